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
    assert workflow.schedule(article, RELEASE).describe() == "Scheduled for 27 Oct 2020 18:00 London."
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

    assert [other.article for other in workflow.pin(second).knock_on] == [first]

    pinned = set(Article.objects.filter(pinned=True).values_list("pk", flat=True))
    assert pinned == {second.pk, elsewhere.pk}


# The door: every change to an item's publication sends one signal with the
# state before and after.


@pytest.fixture
def heard():
    changes = []

    def listen(sender, change, **kwargs):
        changes.append(change)

    workflow.publication_changed.connect(listen, dispatch_uid="test-listener")
    yield changes
    workflow.publication_changed.disconnect(dispatch_uid="test-listener")


def test_publishing_from_the_admin_form_sends_one_signal_with_before_and_after(editing, heard):
    from tests.news.workflow_helpers import change_url, form_on_page

    article = DraftArticleFactory(status=Article.Status.REVIEW)
    form = form_on_page(editing.get(change_url(article)))

    editing.post(change_url(article), form | {"_publish": "Publish now"})

    [change] = heard
    assert change.action == workflow.Action.PUBLISH
    assert (change.before.status, change.after.status) == ("review", "published")
    assert change.after.is_live() and change.user.username == "pavel"


def test_pinning_sends_a_signal_for_the_pinned_item_and_each_item_it_replaced(heard):
    first = LiveArticleFactory(pinned=True)
    second = LiveArticleFactory(category=first.category)

    workflow.pin(second)

    assert [(c.article.pk, c.action, c.before.pinned, c.after.pinned) for c in heard] == [
        (first.pk, workflow.Action.UNPIN, True, False),
        (second.pk, workflow.Action.PIN, False, True),
    ]


def test_an_import_goes_through_the_door(heard, tmp_path):
    from news.transfer import import_file
    from tests.factories import CategoryFactory

    CategoryFactory(slug="statements")
    source = tmp_path / "news.jsonl"
    source.write_text(
        '{"title": "Visa rules", "category": "statements", "publication_date": "2020-10-20T10:00", "lead": "L"}\n'
    )

    import_file(source)

    [change] = heard
    assert (change.action, change.before, change.after.status) == (workflow.Action.IMPORT, None, "published")


def test_a_press_officer_cannot_publish_through_the_door_whatever_calls_it():
    from django.core.exceptions import PermissionDenied

    from tests.news.workflow_helpers import press_officer

    article = DraftArticleFactory()
    with pytest.raises(PermissionDenied):
        workflow.publish_now(article, press_officer())
    article.status = Article.Status.PUBLISHED
    with pytest.raises(PermissionDenied):
        workflow.save(article, press_officer("olga2"))
    assert Article.objects.get(pk=article.pk).status == Article.Status.DRAFT
