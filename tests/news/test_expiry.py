"""An optional expiry time takes a published item off the public site by itself."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from news.models import Article
from tests.factories import (
    CategoryFactory,
    DraftArticleFactory,
    ExpiredArticleFactory,
    FeaturedCategoryFactory,
    LiveArticleFactory,
)

RELEASE = dt.datetime(2020, 10, 27, 18, 0, tzinfo=dt.UTC)
EXPIRY = dt.datetime(2020, 11, 3, 18, 0, tzinfo=dt.UTC)


@pytest.fixture
def expiring(db, time_machine):
    time_machine.move_to(RELEASE - dt.timedelta(days=1), tick=False)
    return LiveArticleFactory(title="Visa centre closed this week", publication_date=RELEASE, expires_at=EXPIRY)


def test_item_leaves_the_public_site_at_its_expiry_time_with_nothing_run(expiring, time_machine):
    time_machine.move_to(EXPIRY - dt.timedelta(seconds=1), tick=False)
    assert list(Article.objects.live()) == [expiring]
    assert expiring.state == Article.State.LIVE
    assert not Article.objects.expired().exists()

    time_machine.move_to(EXPIRY + dt.timedelta(seconds=1), tick=False)
    assert not Article.objects.live().exists()
    assert expiring.state == Article.State.EXPIRED
    assert not expiring.is_live()
    assert list(Article.objects.expired()) == [expiring]


def test_expired_item_is_gone_from_every_public_page(expiring, client, time_machine):
    url = expiring.get_absolute_url()
    time_machine.move_to(EXPIRY - dt.timedelta(seconds=1), tick=False)
    assert client.get(url).status_code == 200
    assert expiring.title in client.get("/").content.decode()
    assert expiring.title in client.get(reverse("news:archive")).content.decode()

    time_machine.move_to(EXPIRY + dt.timedelta(seconds=1), tick=False)
    assert client.get(url).status_code == 404
    assert expiring.title not in client.get("/").content.decode()
    assert expiring.title not in client.get(reverse("news:archive")).content.decode()
    assert expiring.title not in client.get(expiring.category.get_absolute_url()).content.decode()


def test_an_expired_pinned_item_is_no_longer_featured(db):
    featured = FeaturedCategoryFactory()
    ExpiredArticleFactory(category=featured, pinned=True)
    newest_live = LiveArticleFactory(category=featured)
    assert Article.objects.featured() == newest_live


def test_items_without_expiry_stay_live(db, time_machine):
    article = LiveArticleFactory(expires_at=None)
    time_machine.move_to(dt.datetime(2100, 1, 1, tzinfo=dt.UTC), tick=False)
    assert list(Article.objects.live()) == [article]


def test_expiry_of_a_draft_does_not_make_it_expired(db):
    draft = DraftArticleFactory(expires_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
                                publication_date=dt.datetime(1999, 1, 1, tzinfo=dt.UTC))
    assert draft.state == Article.State.DRAFT
    assert not Article.objects.expired().exists()


@pytest.mark.parametrize("expires_at", [RELEASE, RELEASE - dt.timedelta(minutes=1)])
def test_expiry_must_come_after_publication(db, expires_at):
    article = LiveArticleFactory.build(category=CategoryFactory(), publication_date=RELEASE, expires_at=expires_at)
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert error.value.message_dict == {"expires_at": ["The expiry time must be after the publication time."]}


def test_admin_refuses_an_expiry_before_publication_with_a_form_error(admin_client):
    category = CategoryFactory()
    response = admin_client.post(
        reverse("admin:news_article_add"),
        {
            "title": "Statement",
            "slug": "statement",
            "category": category.pk,
            "lead": "Lead.",
            "body": "<p>Text</p>",
            "status": "published",
            "publication_date_0": "2020-10-27",
            "publication_date_1": "18:00:00",
            "expires_at_0": "2020-10-27",
            "expires_at_1": "17:00:00",
        },
    )
    assert response.status_code == 200
    assert "The expiry time must be after the publication time." in response.content.decode()
    assert not Article.objects.exists()


def test_admin_lists_expired_items_with_their_own_badge_and_filter(admin_client):
    ExpiredArticleFactory(title="Old notice")
    LiveArticleFactory(title="Current notice")

    response = admin_client.get(reverse("admin:news_article_changelist"), {"state": "expired"})

    content = response.content.decode()
    assert "Old notice" in content and "Current notice" not in content
    assert 'state-badge--expired">Expired<' in content
