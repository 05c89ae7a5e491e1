"""The audit trail records every editorial action that changes what the public
sees, not only status changes: publishing a scheduled item now, new
publication and expiry times, pinning, unpinning and deleting."""

import datetime as dt
import logging

import pytest
from django.urls import reverse

from core.clocks import LONDON
from news.models import Article
from tests.factories import FeaturedCategoryFactory, LiveArticleFactory, ScheduledArticleFactory
from tests.news.workflow_helpers import CHANGELIST, change_url, form_on_page

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2020, 10, 26, 9, 30, tzinfo=dt.UTC)
RELEASE = dt.datetime(2020, 10, 27, 18, 0, tzinfo=dt.UTC)

EVENTS = {"published_now", "rescheduled", "expiry_changed", "pinned", "unpinned", "article_deleted"}


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)


@pytest.fixture
def audited(caplog):
    caplog.set_level(logging.INFO, logger="embassy.audit")


@pytest.fixture
def editing(frozen, audited, editing):
    """The editor, with the clock stopped at NOW and the audit log captured."""
    return editing


def events(caplog, *names):
    return [r for r in caplog.records if r.name == "embassy.audit" and getattr(r, "event", None) in names]


def london_fields(moment):
    when = moment.astimezone(LONDON)
    return {"0": when.strftime("%Y-%m-%d"), "1": when.strftime("%H:%M:%S")}


def with_time(form, name, moment):
    if moment is None:
        return form | {f"{name}_0": "", f"{name}_1": ""}
    return form | {f"{name}_{part}": value for part, value in london_fields(moment).items()}


def test_publish_now_on_a_scheduled_item_is_logged_from_the_list(editing, caplog):
    article = ScheduledArticleFactory(publication_date=RELEASE, title="Embargoed statement")

    editing.post(CHANGELIST, {"action": "publish_now", "_selected_action": [article.pk]})

    [record] = events(caplog, "published_now")
    assert (record.user, record.article_id, record.title) == ("pavel", article.pk, "Embargoed statement")
    assert record.publication_date_before == RELEASE.isoformat()
    assert record.publication_date == NOW.isoformat() and record.state == "live"
    assert events(caplog, "publication_changed") == []  # its status did not change


def test_publish_now_on_a_scheduled_item_is_logged_from_its_page(editing, caplog):
    article = ScheduledArticleFactory(publication_date=RELEASE)

    form = form_on_page(editing.get(change_url(article)))
    assert editing.post(change_url(article), form | {"_publish": "Publish now"}).status_code == 302

    [record] = events(caplog, *EVENTS)
    assert (record.event, record.user) == ("published_now", "pavel")
    assert record.publication_date_before == RELEASE.isoformat()


def test_a_reschedule_is_logged(editing, caplog):
    article = ScheduledArticleFactory(publication_date=RELEASE)
    later = RELEASE + dt.timedelta(days=1)

    form = form_on_page(editing.get(change_url(article)))
    response = editing.post(change_url(article), with_time(form, "publication_date", later) | {"_schedule": "Schedule"})

    assert response.status_code == 302
    [record] = events(caplog, *EVENTS)
    assert (record.event, record.user) == ("rescheduled", "pavel")
    assert (record.publication_date_before, record.publication_date) == (RELEASE.isoformat(), later.isoformat())
    assert record.state == "scheduled"


def test_setting_changing_and_clearing_the_expiry_of_a_live_item_is_logged(editing, caplog):
    article = LiveArticleFactory()
    first, second = NOW + dt.timedelta(days=2), NOW + dt.timedelta(days=3)

    for expiry in (first, second, None):
        form = form_on_page(editing.get(change_url(article)))
        assert editing.post(change_url(article), with_time(form, "expires_at", expiry)).status_code == 302

    records = events(caplog, *EVENTS)
    assert [r.event for r in records] == ["expiry_changed"] * 3
    assert [(r.expires_at_before, r.expires_at) for r in records] == [
        (None, first.isoformat()),
        (first.isoformat(), second.isoformat()),
        (second.isoformat(), None),
    ]
    assert {r.user for r in records} == {"pavel"}


def test_pinning_logs_the_pinned_item_and_the_one_it_replaced(editing, caplog):
    featured = FeaturedCategoryFactory()
    speech = LiveArticleFactory(category=featured, title="Ambassador speech", pinned=True)
    article = LiveArticleFactory(category=featured, title="Minister article")

    editing.post(CHANGELIST, {"action": "pin_to_home_page", "_selected_action": [article.pk]})

    pinned, unpinned = events(caplog, "pinned"), events(caplog, "unpinned")
    assert [(r.article_id, r.user, r.pinned) for r in pinned] == [(article.pk, "pavel", True)]
    assert [(r.article_id, r.user, r.pinned_instead) for r in unpinned] == [(speech.pk, "pavel", article.pk)]


def test_unticking_pinned_is_logged(editing, caplog):
    article = LiveArticleFactory(pinned=True)

    form = form_on_page(editing.get(change_url(article)))
    form.pop("pinned")
    assert editing.post(change_url(article), form).status_code == 302

    [record] = events(caplog, *EVENTS)
    assert (record.event, record.article_id, record.user, record.pinned) == ("unpinned", article.pk, "pavel", False)


def test_deleting_from_the_item_page_is_logged(editing, caplog):
    article = LiveArticleFactory(title="Old notice")
    url = article.get_absolute_url()

    response = editing.post(reverse("admin:news_article_delete", args=[article.pk]), {"post": "yes"})

    assert response.status_code == 302 and not Article.objects.exists()
    [record] = events(caplog, "article_deleted")
    assert (record.article_id, record.title, record.state, record.url, record.user) == (
        article.pk,
        "Old notice",
        "live",
        url,
        "pavel",
    )


def test_deleting_from_the_list_logs_each_item(editing, caplog):
    items = [LiveArticleFactory(title="First notice"), ScheduledArticleFactory(title="Second notice")]

    editing.post(CHANGELIST, {"action": "delete_selected", "_selected_action": [a.pk for a in items], "post": "yes"})

    assert not Article.objects.exists()
    records = events(caplog, "article_deleted")
    assert sorted((r.title, r.state, r.user) for r in records) == [
        ("First notice", "live", "pavel"),
        ("Second notice", "scheduled", "pavel"),
    ]


def test_saving_a_published_item_without_changing_its_times_logs_nothing(editing, caplog, time_machine):
    # Published by "Publish now" (a time with microseconds); the form shows whole seconds.
    time_machine.move_to(NOW + dt.timedelta(microseconds=123456), tick=False)
    article = ScheduledArticleFactory(publication_date=RELEASE, expires_at=RELEASE + dt.timedelta(days=9))
    editing.post(CHANGELIST, {"action": "publish_now", "_selected_action": [article.pk]})
    caplog.clear()

    form = form_on_page(editing.get(change_url(article)))
    assert editing.post(change_url(article), form | {"title": "A better title"}).status_code == 302

    article.refresh_from_db()
    assert article.publication_date == NOW + dt.timedelta(microseconds=123456)
    assert events(caplog, *EVENTS, "publication_changed") == []
