"""Press officers write and submit for review; editors also publish, schedule,
unpublish, pin and delete. The server enforces it, whatever a POST says."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from news.models import Article
from news.roles import EDITORS, PRESS_OFFICERS
from tests.factories import (
    CategoryFactory,
    DraftArticleFactory,
    ExpiredArticleFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)
from tests.news.workflow_helpers import ADD, CHANGELIST, article_form, change_url, form_on_page

pytestmark = pytest.mark.django_db


def snapshot(article):
    """Everything about an item a crafted POST might try to change."""
    return Article.objects.filter(pk=article.pk).values(
        "title", "status", "publication_date", "expires_at", "pinned", "updated"
    ).get()


def stored_text_and_snapshot(article):
    return snapshot(article) | Article.objects.filter(pk=article.pk).values("slug", "body", "category", "image").get()


def test_the_migration_creates_both_groups_with_their_permissions():
    press = set(Group.objects.get(name=PRESS_OFFICERS).permissions.values_list("codename", flat=True))
    editors = set(Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True))

    assert {"add_article", "change_article", "view_article", "view_category"} <= press
    assert {"add_image", "change_image", "view_image"} <= press  # they upload images
    assert not press & {"publish_article", "delete_article", "change_category", "delete_image"}
    assert {"add_article", "change_article", "delete_article", "publish_article", "change_category"} <= editors
    assert {"add_image", "change_image", "delete_image"} <= editors


def test_press_officer_writes_a_draft_and_submits_it_for_review(press):
    category = CategoryFactory()
    data = article_form(DraftArticleFactory.build(category=category, slug="new-item", title="New item"))

    response = press.post(ADD, data | {"_submit_for_review": "Submit for review"})

    assert response.status_code == 302
    article = Article.objects.get(slug="new-item")
    assert article.status == Article.Status.REVIEW
    assert article.state == Article.State.REVIEW
    assert article.author.username == "olga"
    assert not Article.objects.live().exists()


def test_press_officer_is_offered_draft_and_review_only(press):
    content = press.get(ADD).content.decode()
    assert '<option value="draft"' in content and '<option value="review"' in content
    assert '<option value="published"' not in content
    assert 'name="pinned"' not in content
    assert 'value="Submit for review"' in content and 'value="Publish now"' not in content


def test_press_officer_posting_published_on_a_new_item_is_refused(press):
    data = article_form(DraftArticleFactory.build(category=CategoryFactory(), slug="sneaky"), status="published")

    response = press.post(ADD, data)

    assert response.status_code == 200
    assert "Select a valid choice. published is not one of the available choices." in response.content.decode()
    assert not Article.objects.exists()


def test_press_officer_posting_published_on_a_draft_is_refused(press):
    draft = DraftArticleFactory()
    before = snapshot(draft)

    response = press.post(change_url(draft), article_form(draft, status="published", title="Changed"))

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert snapshot(draft) == before


@pytest.mark.parametrize(
    "crafted",
    [
        {"publication_date_0": "2031-01-01", "publication_date_1": "09:00:00"},
        {"status": "draft"},
        {"expires_at_0": "2031-01-01", "expires_at_1": "09:00:00"},
        {"pinned": "on"},
        {"_publish": "Publish now"},
        {"_unpublish": "Unpublish"},
    ],
    ids=["publication-time", "unpublish-by-status", "expiry", "pin", "publish-button", "unpublish-button"],
)
def test_press_officer_cannot_change_the_publication_of_a_live_item(press, crafted):
    article = LiveArticleFactory()
    before = snapshot(article)
    form = form_on_page(press.get(change_url(article)))
    assert not {"status", "publication_date_0", "expires_at_0", "pinned"} & set(form)  # read-only for them

    response = press.post(change_url(article), form | {"title": "Changed"} | crafted)

    assert response.status_code == 403
    assert snapshot(article) == before


@pytest.mark.parametrize("crafted", [{"pinned": "on"}, {"_publish": "Publish now"}, {"_schedule": "Schedule"}])
def test_press_officer_cannot_pin_or_publish_a_draft(press, crafted):
    draft = DraftArticleFactory()
    before = snapshot(draft)
    form = form_on_page(press.get(change_url(draft)))

    response = press.post(change_url(draft), form | {"title": "Changed"} | crafted)

    assert response.status_code == 403
    assert snapshot(draft) == before


@pytest.mark.parametrize("factory", [LiveArticleFactory, ScheduledArticleFactory, ExpiredArticleFactory])
def test_a_published_item_is_read_only_for_press_officers(press, factory):
    article = factory(title="Statment", body="<p>Text</p>")
    before = stored_text_and_snapshot(article)

    page = press.get(change_url(article))
    content = page.content.decode()
    assert page.status_code == 200
    assert "Statment" in content and 'name="title"' not in content and 'name="_save"' not in content

    crafted = article_form(article, title="Statement", slug="statement", body="<p>Defaced</p>")
    for extra in ({}, {"_save": "Save"}, {"_submit_for_review": "Submit for review"}):
        assert press.post(change_url(article), crafted | extra).status_code == 403

    assert stored_text_and_snapshot(article) == before


def test_press_officer_still_edits_drafts_and_items_in_review(press):
    for status in (Article.Status.DRAFT, Article.Status.REVIEW):
        article = DraftArticleFactory(status=status, title="Statment")
        form = form_on_page(press.get(change_url(article)))

        assert press.post(change_url(article), form | {"title": "Statement"}).status_code == 302
        article.refresh_from_db()
        assert (article.title, article.status) == ("Statement", status)


def test_editor_corrects_the_text_of_a_live_item(editing):
    article = LiveArticleFactory(title="Statment")
    before = snapshot(article)
    form = form_on_page(editing.get(change_url(article)))

    assert editing.post(change_url(article), form | {"title": "Statement"}).status_code == 302

    after = snapshot(article)
    assert after["title"] == "Statement"
    assert (after["status"], after["publication_date"]) == (before["status"], before["publication_date"])


def test_press_officer_cannot_delete(press):
    article = DraftArticleFactory()
    delete_url = reverse("admin:news_article_delete", args=[article.pk])

    assert press.get(delete_url).status_code == 403
    assert press.post(delete_url, {"post": "yes"}).status_code == 403
    press.post(CHANGELIST, {"action": "delete_selected", "_selected_action": [article.pk], "post": "yes"})

    assert Article.objects.filter(pk=article.pk).exists()


@pytest.mark.parametrize("action", ["publish_now", "unpublish", "pin_to_home_page"])
def test_press_officer_cannot_run_editor_actions(press, action):
    draft, live = DraftArticleFactory(), LiveArticleFactory()
    before = [snapshot(draft), snapshot(live)]

    response = press.post(CHANGELIST, {"action": action, "_selected_action": [draft.pk, live.pk]}, follow=True)

    assert "No action selected." in response.content.decode()
    assert [snapshot(draft), snapshot(live)] == before


def test_editor_publishes_an_item_submitted_for_review(editing):
    article = DraftArticleFactory(status=Article.Status.REVIEW)

    response = editing.post(change_url(article), article_form(article, status="published"))

    assert response.status_code == 302
    assert Article.objects.live().get() == article


def test_editor_deletes(editing):
    article = DraftArticleFactory()
    response = editing.post(reverse("admin:news_article_delete", args=[article.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Article.objects.exists()


def test_editor_sees_how_many_items_wait_for_review_and_lists_them(editing):
    waiting = [DraftArticleFactory(status=Article.Status.REVIEW, title=f"Waiting {n}") for n in range(2)]
    DraftArticleFactory(title="Still a draft")
    LiveArticleFactory(title="Already live")
    ScheduledArticleFactory(title="Scheduled already")

    content = editing.get(CHANGELIST).content.decode()
    assert "2 items waiting for review" in content

    queue = editing.get(CHANGELIST, {"state": "review"}).content.decode()
    assert all(article.title in queue for article in waiting)
    assert "Still a draft" not in queue and "Already live" not in queue and "Scheduled already" not in queue
    assert 'state-badge--review">In review<' in queue


def test_no_review_count_when_nothing_waits(editing):
    DraftArticleFactory()
    assert "waiting for review" not in editing.get(CHANGELIST).content.decode()


def test_press_officer_item_published_by_editor_keeps_its_author(press, editing):
    category = CategoryFactory()
    data = article_form(DraftArticleFactory.build(category=category, slug="by-olga"), status="review")
    press.post(ADD, data)
    article = Article.objects.get(slug="by-olga")

    editing.post(change_url(article), article_form(article, status="published", author=article.author_id))

    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.author.username == "olga"
    assert article.publication_date < dt.datetime.now(dt.UTC)


def test_a_refused_press_officer_stays_in_the_admin_with_a_message_and_what_she_typed(press):
    draft = DraftArticleFactory(title="Consular hours")
    form = form_on_page(press.get(change_url(draft)))

    response = press.post(
        change_url(draft),
        form | {"title": "Consular hours this week", "lead": "Closed on Monday.", "_publish": "Publish now"},
    )

    assert response.status_code == 403
    assert [t.name for t in response.templates][0] == "admin/news/article/refused.html"
    content = response.content.decode()
    assert "Access denied" not in content
    assert "Only editors can publish, schedule, unpublish or pin. Ask an editor." in content
    assert ">Consular hours this week</textarea>" in content and ">Closed on Monday.</textarea>" in content
    assert f'href="{change_url(draft)}"' in content
    assert Article.objects.get(pk=draft.pk).title == "Consular hours"


def test_a_published_item_tells_the_press_officer_why_it_is_read_only(press):
    article = LiveArticleFactory()

    content = press.get(change_url(article)).content.decode()

    assert '<p class="readonly-reason">Live: ask an editor to change it.</p>' in content


def test_a_press_officer_refused_a_restore_stays_in_the_admin(press):
    article = DraftArticleFactory()
    response = press.get(reverse("admin:news_article_revision", args=[article.pk, 1]))

    assert response.status_code == 403
    assert "Only editors can restore a version. Ask an editor." in response.content.decode()
