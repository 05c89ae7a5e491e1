import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from news.models import Article
from tests.factories import (
    CategoryFactory,
    DraftArticleFactory,
    FeaturedCategoryFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)

RELEASE = dt.datetime(2020, 10, 27, 18, 0, tzinfo=dt.UTC)


def test_live_is_published_items_whose_time_has_come(db):
    live = LiveArticleFactory()
    DraftArticleFactory()
    ScheduledArticleFactory()
    DraftArticleFactory(publication_date=live.publication_date - dt.timedelta(days=1))

    assert list(Article.objects.live()) == [live]


def test_scheduled_item_goes_live_at_its_minute_with_nothing_run(db, time_machine):
    time_machine.move_to(RELEASE - dt.timedelta(days=1), tick=False)
    article = LiveArticleFactory(publication_date=RELEASE)

    time_machine.move_to(RELEASE - dt.timedelta(seconds=1), tick=False)
    assert not Article.objects.live().filter(pk=article.pk).exists()
    assert article.state == Article.State.SCHEDULED
    assert list(Article.objects.scheduled()) == [article]

    time_machine.move_to(RELEASE + dt.timedelta(seconds=1), tick=False)
    assert Article.objects.live().filter(pk=article.pk).exists()
    assert article.state == Article.State.LIVE
    assert article.is_live()


def test_draft_state_wins_over_a_past_date(db):
    article = DraftArticleFactory()
    assert article.state == Article.State.DRAFT
    assert not article.is_live()
    assert list(Article.objects.drafts()) == [article]


def test_featured_is_the_newest_pinned_live_item_of_the_featured_category(db):
    featured = FeaturedCategoryFactory()
    old_pinned = LiveArticleFactory(category=featured, pinned=True, publication_date=RELEASE - dt.timedelta(days=9))
    new_pinned = LiveArticleFactory(category=featured, pinned=True, publication_date=RELEASE - dt.timedelta(days=5))
    LiveArticleFactory(category=featured, publication_date=RELEASE - dt.timedelta(days=1))
    ScheduledArticleFactory(category=featured, pinned=True)
    DraftArticleFactory(category=featured, pinned=True)
    LiveArticleFactory(pinned=True)  # another category

    assert Article.objects.featured() == new_pinned
    assert old_pinned != new_pinned


def test_featured_falls_back_to_the_newest_live_item_of_the_category(db):
    featured = FeaturedCategoryFactory()
    LiveArticleFactory(category=featured, publication_date=RELEASE - dt.timedelta(days=5))
    newest = LiveArticleFactory(category=featured, publication_date=RELEASE - dt.timedelta(days=1))
    ScheduledArticleFactory(category=featured)

    assert Article.objects.featured() == newest


def test_featured_is_none_without_a_featured_category(db):
    LiveArticleFactory(pinned=True)
    assert Article.objects.featured() is None


def test_only_one_category_can_be_featured(db):
    FeaturedCategoryFactory()
    other = CategoryFactory.build(name="Statements", slug="statements", is_featured=True)
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "already featured" in str(error.value)


def test_url_uses_the_london_date(db):
    # 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    article = LiveArticleFactory(slug="midnight", publication_date=dt.datetime(2020, 6, 30, 23, 30, tzinfo=dt.UTC))
    assert article.get_absolute_url() == "/news/2020/07/01/midnight/"


@pytest.mark.parametrize(
    ("dirty", "forbidden"),
    [
        ("<p>Hi</p><script>alert(1)</script>", "<script"),
        ('<p onclick="alert(1)">Hi</p>', "onclick"),
        ('<p><a href="javascript:alert(1)">x</a></p>', "javascript:"),
        ('<p><img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x"></p>', "data:"),
        ('<p><img src="x" onerror="alert(1)" alt="x"></p>', "onerror"),
        ("<iframe src='https://example.org'></iframe><p>x</p>", "<iframe"),
        ('<p style="background:url(javascript:alert(1))">x</p>', "style"),
        ("<svg><script>alert(1)</script></svg>", "<svg"),
    ],
)
def test_body_is_sanitised_when_saved_from_code(db, dirty, forbidden):
    article = LiveArticleFactory(body=dirty)
    article.refresh_from_db()
    assert forbidden not in article.body.lower()


def test_body_is_sanitised_in_bulk_create(db):
    category = CategoryFactory()
    Article.objects.bulk_create(
        [Article(title="t", slug="t", category=category, lead="l", body="<p>ok</p><script>alert(1)</script>")]
    )
    assert Article.objects.get().body == "<p>ok</p>"


def test_body_keeps_what_the_editor_produces(db):
    html = (
        "<h2>Heading</h2><p><strong>bold</strong> <em>italic</em> "
        '<a href="https://www.gov.uk/">link</a></p><ul><li>one</li></ul><blockquote><p>quote</p></blockquote>'
        "<table><tbody><tr><th>Day</th><td>Hours</td></tr></tbody></table>"
        '<figure><img src="/media/a.jpg" alt="A"><figcaption>Caption</figcaption></figure>'
    )
    article = LiveArticleFactory(body=html)
    article.refresh_from_db()
    for fragment in ("<h2>", "<strong>", "<em>", 'href="https://www.gov.uk/"', "<ul>", "<blockquote>", "<table>",
                     "<th>", "<figure>", 'alt="A"', "<figcaption>"):
        assert fragment in article.body
