"""The workflow's transitions and the words the history uses for them."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from news import workflow
from news.models import Article
from tests.factories import DraftArticleFactory, ExpiredArticleFactory, LiveArticleFactory, ScheduledArticleFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2020, 10, 26, 9, 30, tzinfo=dt.UTC)
RELEASE = dt.datetime(2020, 10, 27, 18, 0, tzinfo=dt.UTC)
HOUR, DAY = dt.timedelta(hours=1), dt.timedelta(days=1)


@pytest.fixture(autouse=True)
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)


def test_london_reads_summer_and_winter_times_in_london():
    assert workflow.london(RELEASE) == "27 Oct 2020 18:00 London"
    assert workflow.london(dt.datetime(2020, 6, 30, 23, 30, tzinfo=dt.UTC)) == "1 Jul 2020 00:30 London"


@pytest.mark.parametrize(
    ("old_status", "old_date", "new_status", "new_date", "words"),
    [
        (None, None, "published", RELEASE, "Scheduled for 27 Oct 2020 18:00 London."),
        ("review", NOW, "published", NOW, "Published."),
        ("published", RELEASE, "published", RELEASE + HOUR, "Rescheduled for 27 Oct 2020 19:00 London."),
        ("published", NOW, "published", NOW - DAY, "Publication time changed to 25 Oct 2020 09:30 London."),
        ("published", NOW, "draft", NOW, "Unpublished."),
        ("draft", NOW, "review", NOW, "Submitted for review."),
        ("review", NOW, "draft", NOW, "Returned to draft."),
        ("draft", NOW, "draft", RELEASE, ""),
        ("published", NOW, "published", NOW, ""),
    ],
)
def test_describe_change(old_status, old_date, new_status, new_date, words):
    article = Article(status=new_status, publication_date=new_date)
    assert workflow.describe_change(old_status, old_date, article) == words


def test_schedule_publishes_for_a_future_time_only():
    article = DraftArticleFactory()
    with pytest.raises(ValidationError, match="in the future"):
        workflow.schedule(article, NOW)
    assert workflow.schedule(article, RELEASE) == "Scheduled for 27 Oct 2020 18:00 London."
    article.refresh_from_db()
    assert article.state == Article.State.SCHEDULED and article.publication_date == RELEASE


def test_schedule_keeps_expiry_after_publication():
    article = DraftArticleFactory(expires_at=RELEASE)
    with pytest.raises(ValidationError):
        workflow.schedule(article, RELEASE + dt.timedelta(hours=1))


def test_publish_now_revives_an_expired_item():
    article = ExpiredArticleFactory()
    workflow.publish_now(article)
    article.refresh_from_db()
    assert article.is_live() and article.publication_date == NOW and article.expires_at is None


def test_publish_now_keeps_a_future_expiry():
    article = ScheduledArticleFactory(expires_at=NOW + dt.timedelta(days=30))
    workflow.publish_now(article)
    article.refresh_from_db()
    assert article.is_live() and article.expires_at == NOW + dt.timedelta(days=30)


def test_transitions_refuse_what_makes_no_sense():
    with pytest.raises(ValidationError, match="already live"):
        workflow.publish_now(LiveArticleFactory())
    with pytest.raises(ValidationError, match="not published"):
        workflow.unpublish(DraftArticleFactory())
    with pytest.raises(ValidationError, match="already published"):
        workflow.submit_for_review(LiveArticleFactory())


def test_pin_unpins_only_the_same_category():
    first = LiveArticleFactory(pinned=True)
    second = LiveArticleFactory(category=first.category)
    elsewhere = LiveArticleFactory(pinned=True)

    assert workflow.pin(second) == [first]

    pinned = set(Article.objects.filter(pinned=True).values_list("pk", flat=True))
    assert pinned == {second.pk, elsewhere.pk}
