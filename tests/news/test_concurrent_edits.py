"""Two people editing the same item: the second save is refused with a message
naming who changed it meanwhile, instead of silently overwriting."""

import datetime as dt

import pytest

from news.models import Article
from tests.factories import DraftArticleFactory, LiveArticleFactory
from tests.news.workflow_helpers import CHANGELIST, change_url, form_on_page

pytestmark = pytest.mark.django_db

OPENED = dt.datetime(2020, 10, 26, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def article(time_machine):
    # The clock runs: each save gets its own "updated" time, as in real life.
    time_machine.move_to(OPENED - dt.timedelta(days=1))
    return DraftArticleFactory(title="Consular hours", lead="Open on Monday.")


def test_second_save_is_refused_naming_who_changed_the_item(article, press, editing, time_machine):
    time_machine.move_to(OPENED, tick=False)
    olga_form = form_on_page(press.get(change_url(article)))
    pavel_form = form_on_page(editing.get(change_url(article)))

    time_machine.move_to(OPENED + dt.timedelta(minutes=3), tick=False)
    assert press.post(change_url(article), olga_form | {"title": "Consular hours this week"}).status_code == 302

    time_machine.move_to(OPENED + dt.timedelta(minutes=5), tick=False)
    response = editing.post(change_url(article), pavel_form | {"lead": "Closed on Monday."})

    assert response.status_code == 200
    assert (
        "Olga Ivanova changed this item at 26 Oct 2020 09:33 London, while you were editing it. "
        "Your changes have not been saved." in response.content.decode()
    )
    article.refresh_from_db()
    assert (article.title, article.lead) == ("Consular hours this week", "Open on Monday.")


def test_a_refused_save_keeps_what_was_typed_and_shows_their_version_of_each_differing_field(
    article, press, editing, time_machine
):
    time_machine.move_to(OPENED, tick=False)
    olga_form = form_on_page(press.get(change_url(article)))
    pavel_form = form_on_page(editing.get(change_url(article)))
    time_machine.move_to(OPENED + dt.timedelta(minutes=3), tick=False)
    press.post(change_url(article), olga_form | {"title": "Consular hours this week", "lead": "Open on Tuesday."})

    time_machine.move_to(OPENED + dt.timedelta(minutes=5), tick=False)
    response = editing.post(
        change_url(article), pavel_form | {"title": "Consular hours in November", "lead": "Closed on Monday."}
    )

    content = response.content.decode()
    typed = form_on_page(response)
    assert (typed["title"], typed["lead"]) == ("Consular hours in November", "Closed on Monday.")
    assert "Their version: Consular hours this week" in content
    assert "Their version: Open on Tuesday." in content
    assert "Their version:" not in content.split('id="id_body"', 1)[1].split("</div>", 1)[0]
    # The heading names the item as saved, not the refused title.
    assert "<h2>Consular hours this week</h2>" in content
    assert "<h2>Consular hours in November</h2>" not in content


def test_saving_again_after_the_warning_replaces_the_other_version(article, press, editing):
    olga_form = form_on_page(press.get(change_url(article)))
    pavel_form = form_on_page(editing.get(change_url(article)))
    press.post(change_url(article), olga_form | {"title": "Consular hours this week"})

    refused = editing.post(change_url(article), pavel_form | {"lead": "Closed on Monday."})
    again = editing.post(change_url(article), form_on_page(refused))

    assert again.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.lead) == ("Consular hours", "Closed on Monday.")


def test_the_same_person_in_two_windows_is_told_so(article, editing):
    first_window = form_on_page(editing.get(change_url(article)))
    second_window = form_on_page(editing.get(change_url(article)))
    editing.post(change_url(article), first_window | {"title": "From the first window"})

    response = editing.post(change_url(article), second_window | {"title": "From the second window"})

    assert "You saved this item in another window" in response.content.decode()
    article.refresh_from_db()
    assert article.title == "From the first window"


def test_a_publish_action_meanwhile_also_refuses_the_stale_save(article, press, editing):
    olga_form = form_on_page(press.get(change_url(article)))
    article.status = Article.Status.REVIEW
    article.save()
    editing.post(CHANGELIST, {"action": "publish_now", "_selected_action": [article.pk]})

    response = press.post(change_url(article), olga_form | {"status": "draft", "title": "Stale"})

    # The item is published now, so read-only for her: she stays in the admin,
    # told why, with what she typed to copy.
    assert response.status_code == 403
    assert response.templates[0].name == "admin/news/article/refused.html"
    content = response.content.decode()
    assert ">Stale</textarea>" in content
    assert "Pavel Smirnov changed this item" in content
    assert "the item is published now, and only editors can change it" in content
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and article.title == "Consular hours"


def test_an_unchallenged_save_goes_through(article, press):
    form = form_on_page(press.get(change_url(article)))
    assert form["edit_token"]
    assert press.post(change_url(article), form | {"title": "Fine"}).status_code == 302
    article.refresh_from_db()
    assert article.title == "Fine"


def test_a_stale_form_cannot_smuggle_a_publication_change_past_the_roles(press):
    live = LiveArticleFactory()
    form = form_on_page(press.get(change_url(live)))
    before = Article.objects.filter(pk=live.pk).values("status", "publication_date", "pinned").get()

    response = press.post(
        change_url(live),
        form
        | {
            "edit_token": "2000-01-01T00:00:00+00:00",
            "status": "draft",
            "publication_date_0": "2031-01-01",
            "publication_date_1": "09:00:00",
            "pinned": "on",
        },
    )

    assert response.status_code == 403
    assert "only editors can change it" in response.content.decode()
    assert Article.objects.filter(pk=live.pk).values("status", "publication_date", "pinned").get() == before
