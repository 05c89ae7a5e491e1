"""Editors publish now, schedule for a London time and unpublish; the admin
says which zone its times are in, and its history says who did what."""

import datetime as dt
import re

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from news.models import Article
from tests.factories import DraftArticleFactory, LiveArticleFactory, ScheduledArticleFactory
from tests.news.workflow_helpers import ADD, CHANGELIST, article_form, change_url, form_on_page, press_officer

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2020, 10, 26, 9, 30, tzinfo=dt.UTC)  # Monday morning, GMT since 25 October
RELEASE = dt.datetime(2020, 10, 27, 18, 0, tzinfo=dt.UTC)  # 18:00 in London
UPCOMING = reverse("admin:news_article_upcoming")


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)


@pytest.fixture
def editing(frozen, editing):
    """The editor, with the clock stopped at NOW."""
    return editing


def history(client, article):
    return client.get(reverse("admin:news_article_history", args=[article.pk])).content.decode()


def log_messages(article):
    return [
        (entry.user.username, entry.get_change_message())
        for entry in LogEntry.objects.filter(object_id=str(article.pk)).order_by("pk")
    ]


def test_time_fields_say_they_are_london_time(editing):
    content = editing.get(ADD).content.decode()
    assert content.count("London time, GMT/BST.") == 2  # publication and expiry time


def test_admin_shows_and_takes_summer_times_as_london_time(editing):
    article = DraftArticleFactory()
    data = article_form(article, publication_date_0="2021-06-30", publication_date_1="18:00:00")

    editing.post(change_url(article), data)

    article.refresh_from_db()
    assert article.publication_date == dt.datetime(2021, 6, 30, 17, 0, tzinfo=dt.UTC)  # BST is UTC+1
    form = form_on_page(editing.get(change_url(article)))
    assert (form["publication_date_0"], form["publication_date_1"]) == ("30/06/2021", "18:00")


def test_badge_of_a_scheduled_item_reads_its_london_release_time(editing):
    ScheduledArticleFactory(publication_date=RELEASE)
    ScheduledArticleFactory(publication_date=dt.datetime(2020, 10, 30, 23, 30, tzinfo=dt.UTC))
    LiveArticleFactory(expires_at=dt.datetime(2020, 11, 3, 18, 0, tzinfo=dt.UTC))

    badges = re.findall(r'state-badge--\w+">([^<]+)<', editing.get(CHANGELIST).content.decode())

    assert sorted(badges) == [
        "Live · until 3 Nov 2020 18:00 London",
        "Scheduled · 27 Oct 2020 18:00 London",
        "Scheduled · 30 Oct 2020 23:30 London",
    ]


def test_editor_publishes_now_from_the_item_page(editing):
    article = DraftArticleFactory(status=Article.Status.REVIEW, publication_date=NOW - dt.timedelta(days=3))

    response = editing.post(change_url(article), form_on_page(editing.get(change_url(article))) | {"_publish": "1"})

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_live() and article.publication_date == NOW
    assert log_messages(article) == [("pavel", "Published.")]


def test_editor_schedules_for_the_publication_time(editing, time_machine):
    article = DraftArticleFactory(status=Article.Status.REVIEW)
    form = form_on_page(editing.get(change_url(article)))

    response = editing.post(
        change_url(article),
        form | {"publication_date_0": "2020-10-27", "publication_date_1": "18:00:00", "_schedule": "1"},
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.state == Article.State.SCHEDULED
    assert article.publication_date == RELEASE
    assert log_messages(article) == [
        ("pavel", "Scheduled for 27 Oct 2020 18:00 London. Changed Publication time (London).")
    ]
    assert "Scheduled for 27 Oct 2020 18:00 London." in history(editing, article)
    assert "pavel" in history(editing, article)

    time_machine.move_to(RELEASE + dt.timedelta(seconds=1), tick=False)
    assert editing.get(article.get_absolute_url()).status_code == 200


def test_scheduling_for_a_past_time_is_a_form_error(editing):
    article = DraftArticleFactory()
    form = form_on_page(editing.get(change_url(article)))

    response = editing.post(
        change_url(article),
        form | {"publication_date_0": "2020-10-25", "publication_date_1": "18:00:00", "_schedule": "1"},
    )

    assert response.status_code == 200
    assert "Choose a publication time in the future to schedule the item." in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_editor_unpublishes_from_the_item_page(editing, client):
    article = LiveArticleFactory()
    url = article.get_absolute_url()

    editing.post(change_url(article), form_on_page(editing.get(change_url(article))) | {"_unpublish": "1"})

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert log_messages(article) == [("pavel", "Unpublished.")]
    client.logout()
    assert client.get(url).status_code == 404


def test_editor_only_sees_buttons_that_apply(editing):
    live = editing.get(change_url(LiveArticleFactory())).content.decode()
    draft = editing.get(change_url(DraftArticleFactory())).content.decode()

    assert 'name="_unpublish"' in live and 'name="_publish"' not in live
    assert 'name="_publish"' in draft and 'name="_unpublish"' not in draft
    assert 'name="_schedule"' in live and 'name="_schedule"' in draft


def test_publish_and_unpublish_actions_log_who_did_them(editing):
    waiting = DraftArticleFactory(status=Article.Status.REVIEW)
    live = LiveArticleFactory()

    editing.post(CHANGELIST, {"action": "publish_now", "_selected_action": [waiting.pk]})
    editing.post(CHANGELIST, {"action": "unpublish", "_selected_action": [live.pk]})

    waiting.refresh_from_db()
    live.refresh_from_db()
    assert waiting.is_live() and waiting.publication_date == NOW
    assert live.status == Article.Status.DRAFT
    assert log_messages(waiting) == [("pavel", "Published.")]
    assert log_messages(live) == [("pavel", "Unpublished.")]
    assert "Published." in history(editing, waiting) and "pavel" in history(editing, waiting)


def test_publish_now_action_leaves_live_items_alone(editing):
    live = LiveArticleFactory()
    before = live.publication_date

    response = editing.post(CHANGELIST, {"action": "publish_now", "_selected_action": [live.pk]}, follow=True)

    live.refresh_from_db()
    assert live.publication_date == before
    assert "is already live" in response.content.decode()
    assert log_messages(live) == []


def test_status_change_in_the_form_is_logged_as_a_schedule(editing):
    article = DraftArticleFactory(status=Article.Status.REVIEW, publication_date=RELEASE)

    editing.post(change_url(article), form_on_page(editing.get(change_url(article))) | {"status": "published"})

    assert log_messages(article) == [("pavel", "Scheduled for 27 Oct 2020 18:00 London. Changed Status.")]


def test_upcoming_lists_scheduled_items_in_release_order(editing):
    later = ScheduledArticleFactory(title="Later release", publication_date=RELEASE + dt.timedelta(days=2))
    sooner = ScheduledArticleFactory(title="Sooner release", publication_date=RELEASE)
    LiveArticleFactory(title="Already out")
    DraftArticleFactory(title="Not scheduled", publication_date=RELEASE + dt.timedelta(days=1))

    content = editing.get(UPCOMING).content.decode()

    assert content.index(sooner.title) < content.index(later.title)
    assert "Already out" not in content and "Not scheduled" not in content
    assert "27 October 2020, 18:00" in content
    assert UPCOMING in editing.get(CHANGELIST).content.decode()


def test_upcoming_is_for_staff_only(client, frozen):
    ScheduledArticleFactory(title="Embargoed statement")
    response = client.get(UPCOMING)
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]

    client.force_login(press_officer())
    assert "Embargoed statement" in client.get(UPCOMING).content.decode()


@pytest.mark.parametrize("state", ["draft", "live"])
def test_pressing_enter_in_a_field_saves_and_never_publishes(editing, state):
    """Browsers submit a form with its first submit button on Enter."""
    article = DraftArticleFactory() if state == "draft" else LiveArticleFactory()
    content = editing.get(change_url(article)).content.decode()
    form = content.split('id="article_form"', 1)[1]
    first_button = re.search(r'<input type="submit"[^>]*name="(\w+)"', form).group(1)
    assert first_button == "_save"


def test_publish_now_with_a_future_time_typed_is_refused_with_the_way_to_schedule(editing):
    article = DraftArticleFactory(status=Article.Status.REVIEW, title="Visa rules")
    form = form_on_page(editing.get(change_url(article)))

    response = editing.post(
        change_url(article),
        form | {"publication_date_0": "27/10/2020", "publication_date_1": "18:00", "_publish": "Publish now"},
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "You typed a publication time in the future (27 Oct 2020 18:00 London)" in content
    assert "press “Schedule for the publication time”" in content
    assert form_on_page(response)["publication_date_1"] == "18:00"  # what was typed stays
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW


def test_publish_now_on_a_scheduled_item_with_its_time_untouched_publishes_now(editing):
    article = ScheduledArticleFactory(publication_date=RELEASE)
    form = form_on_page(editing.get(change_url(article)))

    assert editing.post(change_url(article), form | {"_publish": "Publish now"}).status_code == 302

    article.refresh_from_db()
    assert article.is_live() and article.publication_date == NOW


def test_times_are_shown_as_hh_mm_and_a_bad_date_names_the_expected_format(editing):
    article = DraftArticleFactory(publication_date=RELEASE)
    form = form_on_page(editing.get(change_url(article)))
    assert form["publication_date_1"] == "18:00"

    response = editing.post(
        change_url(article), form | {"publication_date_0": "27.10.20x", "publication_date_1": "6pm"}
    )

    content = response.content.decode()
    assert "Enter the date as DD/MM/YYYY, e.g. 26/10/2020." in content
    assert "Enter the time as HH:MM, 24-hour London time, e.g. 18:00." in content
    assert "Publication time (London)" in content
