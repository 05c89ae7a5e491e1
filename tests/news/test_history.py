"""Every save keeps a revision (who, when, which fields); editors compare two
revisions and restore an earlier one."""

import datetime as dt
import logging

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from reversion.models import Version

from news.models import Article
from tests.factories import CategoryFactory, DraftArticleFactory
from tests.news.workflow_helpers import ADD, CHANGELIST, article_form, change_url, form_on_page

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2020, 10, 26, 9, 30, tzinfo=dt.UTC)


def history_url(article):
    return reverse("admin:news_article_history", args=[article.pk])


def compare_url(article):
    return reverse("admin:news_article_compare", args=[article.pk])


def versions(article):
    """Oldest first."""
    return list(Version.objects.get_for_object(article).select_related("revision__user").order_by("pk"))


@pytest.fixture
def running_from_now(time_machine):
    time_machine.move_to(NOW, tick=True)


@pytest.fixture
def editing(running_from_now, editing):
    """The editor, with the clock running from NOW."""
    return editing


@pytest.fixture
def edited(editing):
    """An item written, then retitled and given a new lead, through the admin."""
    category = CategoryFactory()
    editing.post(ADD, article_form(DraftArticleFactory.build(category=category, slug="talks", title="Talks begin")))
    article = Article.objects.get(slug="talks")
    form = form_on_page(editing.get(change_url(article)))
    editing.post(change_url(article), form | {"title": "Talks resume", "lead": "A new lead paragraph."})
    article.refresh_from_db()
    return article


def test_every_save_keeps_a_revision_with_who_and_which_fields(edited):
    first, second = versions(edited)

    assert first.field_dict["title"] == "Talks begin"
    assert second.field_dict["title"] == "Talks resume"
    assert first.revision.user.username == second.revision.user.username == "pavel"
    assert first.revision.get_comment() == "Added."
    assert second.revision.get_comment() == "Changed Title and Lead paragraph."


def test_history_page_lists_who_changed_what(editing, edited):
    content = editing.get(history_url(edited)).content.decode()
    assert "Changed Title and Lead paragraph." in content
    assert "pavel (Pavel Smirnov)" in content
    assert 'name="from"' in content and "Compare the chosen versions" in content


def test_editor_compares_two_revisions(editing, edited):
    first, second = versions(edited)

    response = editing.get(compare_url(edited), {"from": second.pk, "to": first.pk})  # either order

    content = response.content.decode()
    assert response.status_code == 200
    assert "Talks <del>begin</del><ins>resume</ins>" in content
    assert "version-diff__row--lead" in content
    assert "version-diff__row--category" not in content  # unchanged fields are left out


def test_compare_with_bad_versions_explains_instead_of_failing(editing, edited):
    first, second = versions(edited)
    other = DraftArticleFactory()
    for article, query in [
        (edited, {}),
        (edited, {"from": "x", "to": "1"}),
        (edited, {"from": 999999, "to": first.pk}),
        (other, {"from": first.pk, "to": second.pk}),  # another item's versions
    ]:
        response = editing.get(compare_url(article), query, follow=True)
        assert response.status_code == 200
        assert "Choose two versions of this item to compare." in response.content.decode()


def test_editor_restores_an_earlier_revision(editing, edited):
    first, _second = versions(edited)
    restore_url = reverse("admin:news_article_revision", args=[edited.pk, first.pk])

    page = editing.get(restore_url)
    form = form_on_page(page)
    assert form["title"] == "Talks begin"

    response = editing.post(restore_url, form)

    assert response.status_code == 302
    edited.refresh_from_db()
    assert (edited.title, edited.lead) == ("Talks begin", "The lead paragraph of Talks begin.")
    latest = versions(edited)[-1]
    assert latest.field_dict["title"] == "Talks begin"
    assert latest.revision.get_comment().startswith("Reverted to previous version")
    assert latest.revision.user.username == "pavel"


def test_opening_an_old_revision_changes_nothing(editing, edited):
    first, _second = versions(edited)
    editing.get(reverse("admin:news_article_revision", args=[edited.pk, first.pk]))
    edited.refresh_from_db()
    assert edited.title == "Talks resume"
    assert len(versions(edited)) == 2


def test_press_officer_reads_the_history_but_cannot_restore(edited, press):
    first, second = versions(edited)

    assert "Changed Title and Lead paragraph." in press.get(history_url(edited)).content.decode()
    assert press.get(compare_url(edited), {"from": first.pk, "to": second.pk}).status_code == 200
    restore_url = reverse("admin:news_article_revision", args=[edited.pk, first.pk])
    assert press.get(restore_url).status_code == 403
    assert press.post(restore_url, form_on_page(press.get(change_url(edited)))).status_code == 403
    assert press.get(reverse("admin:news_article_recoverlist")).status_code == 403
    edited.refresh_from_db()
    assert edited.title == "Talks resume"


def test_actions_keep_a_revision_naming_who_published(editing):
    article = DraftArticleFactory(status=Article.Status.REVIEW)

    editing.post(CHANGELIST, {"action": "publish_now", "_selected_action": [article.pk]})

    (version,) = versions(article)
    assert version.field_dict["status"] == Article.Status.PUBLISHED
    assert version.revision.get_comment() == "Published."
    assert version.revision.user.username == "pavel"


def test_a_body_the_editor_only_reformatted_is_not_listed_as_changed(editing):
    article = DraftArticleFactory(body="<p>Hello <strong>world</strong></p>")
    form = form_on_page(editing.get(change_url(article)))

    # What the editor posts back: the same text, serialised its own way.
    reformatted = '<p class="">Hello <strong>world</strong></p>'
    editing.post(change_url(article), form | {"title": "Retitled", "body": reformatted})

    (version,) = versions(article)
    assert version.revision.get_comment() == "Changed Title."


def test_restoring_an_items_version_from_a_bulk_action_leaves_the_other_items_alone(editing, caplog):
    caplog.set_level(logging.INFO, logger="embassy.audit")
    first = DraftArticleFactory(status=Article.Status.REVIEW, title="Visa rules")
    second = DraftArticleFactory(status=Article.Status.REVIEW, title="Consular hours")
    editing.post(CHANGELIST, {"action": "publish_now", "_selected_action": [first.pk, second.pk]})
    # Afterwards both change: the second is unpublished and retitled, the first retitled.
    form = form_on_page(editing.get(change_url(second)))
    editing.post(change_url(second), form | {"title": "Consular hours (withdrawn)", "_unpublish": "Unpublish"})
    form = form_on_page(editing.get(change_url(first)))
    editing.post(change_url(first), form | {"title": "Visa rules, revised"})
    published = versions(first)[0]
    assert published.revision.version_set.count() == 2  # the bulk action saved both in one revision
    restore_url = reverse("admin:news_article_revision", args=[first.pk, published.pk])

    response = editing.post(restore_url, form_on_page(editing.get(restore_url)))

    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.title, first.status) == ("Visa rules", Article.Status.PUBLISHED)
    assert (second.title, second.status) == ("Consular hours (withdrawn)", Article.Status.DRAFT)
    assert not Article.objects.live().filter(pk=second.pk).exists()
    assert len(versions(second)) == 2  # nothing new for the other item


def test_a_restore_is_in_the_admin_history_and_the_audit_trail(editing, edited, caplog):
    caplog.set_level(logging.INFO, logger="embassy.audit")
    first, _second = versions(edited)
    restore_url = reverse("admin:news_article_revision", args=[edited.pk, first.pk])

    editing.post(restore_url, form_on_page(editing.get(restore_url)))

    entry = LogEntry.objects.filter(object_id=str(edited.pk)).order_by("-pk").first()
    assert entry.user.username == "pavel"
    message = "Reverted to previous version, saved on 26 Oct 2020 09:30 London by pavel."
    assert entry.get_change_message().startswith(message)
    assert versions(edited)[-1].revision.get_comment().startswith(message)
    assert message in editing.get(history_url(edited)).content.decode()
    [record] = [r for r in caplog.records if getattr(r, "event", None) == "article_restored"]
    assert (record.user, record.article_id, record.version_id) == ("pavel", edited.pk, first.pk)
    assert record.title == "Talks begin"


def test_restoring_a_published_version_of_a_draft_logs_the_publication(editing, caplog):
    caplog.set_level(logging.INFO, logger="embassy.audit")
    article = DraftArticleFactory(status=Article.Status.REVIEW, title="Statement")
    editing.post(CHANGELIST, {"action": "publish_now", "_selected_action": [article.pk]})
    editing.post(CHANGELIST, {"action": "unpublish", "_selected_action": [article.pk]})
    published = versions(article)[0]
    restore_url = reverse("admin:news_article_revision", args=[article.pk, published.pk])
    caplog.clear()

    editing.post(restore_url, form_on_page(editing.get(restore_url)))

    assert Article.objects.live().filter(pk=article.pk).exists()
    [record] = [r for r in caplog.records if getattr(r, "event", None) == "publication_changed"]
    assert (record.status_before, record.status, record.user) == ("draft", "published", "pavel")
    entry = LogEntry.objects.filter(object_id=str(article.pk)).order_by("-pk").first()
    assert "Published." in entry.get_change_message()


def test_editor_recovers_a_deleted_item_from_its_last_version(editing, edited, caplog):
    caplog.set_level(logging.INFO, logger="embassy.audit")
    editing.post(reverse("admin:news_article_delete", args=[edited.pk]), {"post": "yes"})
    assert not Article.objects.exists()
    deleted = Version.objects.get_deleted(Article).first()
    recover_url = reverse("admin:news_article_recover", args=[deleted.pk])

    form = form_on_page(editing.get(recover_url))
    assert form["title"] == "Talks resume"
    response = editing.post(recover_url, form)

    assert response.status_code == 302
    recovered = Article.objects.get()
    assert (recovered.title, recovered.slug) == ("Talks resume", edited.slug)
    wanted = ["article_deleted", "article_restored"]
    assert [r.event for r in caplog.records if getattr(r, "event", None) in wanted] == wanted


def test_a_time_with_seconds_sent_back_as_its_minute_is_no_change(editing):
    # Saved from code (an import, the demo) at 09:30:07: the form shows 09:30.
    article = DraftArticleFactory(slug="talks", title="Talks begin", publication_date=NOW + dt.timedelta(seconds=7))
    form = form_on_page(editing.get(change_url(article)))
    assert form["publication_date_1"] == "09:30" or form["publication_date_1"].startswith("10:30")

    editing.post(change_url(article), form | {"title": "Talks resume"})

    article.refresh_from_db()
    assert article.title == "Talks resume"
    assert article.publication_date == NOW + dt.timedelta(seconds=7)  # not moved to the minute
    assert Version.objects.get_for_object(article).first().revision.get_comment() == "Changed Title."
