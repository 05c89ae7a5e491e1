"""
Every staff change that a public page can show is on the next request, from
a warm cache: an edit, publishing, unpublishing, pinning and deleting an item,
and changes to categories, images, day counters and consular contacts.
"""

import pytest
from django.core.cache import caches
from django.db import connection, transaction

from news import workflow
from pagecache.store import VERSION_KEY, current_version, invalidate
from tests.factories import (
    DraftArticleFactory,
    FeaturedCategoryFactory,
    IncidentCounterFactory,
    LiveArticleFactory,
    PhoneFactory,
)
from tests.pagecache.pages import public_content, visit


@pytest.fixture
def article(db):
    return public_content()


def featured_block(client):
    return client.get("/").content.decode().split('class="latest"')[0]


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert visit(client, url)[1] == 0, url


def test_an_edit_shows_on_the_next_request(client, article):
    warm(client, "/", "/news/", article.get_absolute_url(), "/api/v1/news/")

    article.title = "On visas: corrected"
    article.save()

    for url in ["/", "/news/", article.get_absolute_url(), "/api/v1/news/"]:
        assert "On visas: corrected" in client.get(url).content.decode(), url


def test_an_unpublished_item_is_gone_on_the_next_request(client, article):
    url = article.get_absolute_url()
    warm(client, "/news/", url, "/sitemap-news.xml")

    workflow.unpublish(article)

    assert client.get(url).status_code == 404
    assert "On visas" not in client.get("/news/").content.decode()
    assert url not in client.get("/sitemap-news.xml").content.decode()


def test_a_deleted_item_is_gone_on_the_next_request(client, article):
    url = article.get_absolute_url()
    warm(client, "/news/", url, "/news/feed/rss/")

    article.delete()

    assert client.get(url).status_code == 404
    assert "On visas" not in client.get("/news/").content.decode()
    assert "On visas" not in client.get("/news/feed/rss/").content.decode()


def test_an_item_published_now_shows_on_the_next_request(client, article):
    draft = DraftArticleFactory(title="A draft made public", category=article.category)
    warm(client, "/news/")

    workflow.publish_now(draft)

    assert "A draft made public" in client.get("/news/").content.decode()


def test_pinning_shows_on_the_next_request(client, article):
    featured = LiveArticleFactory(title="The pinned speech", category=FeaturedCategoryFactory())
    LiveArticleFactory(title="A newer speech", category=featured.category)
    warm(client, "/")
    assert "The pinned speech" not in featured_block(client)

    workflow.pin(featured)

    assert "The pinned speech" in featured_block(client)


def test_pinning_an_item_of_another_category_puts_it_on_the_home_page_on_the_next_request(client, article):
    LiveArticleFactory(title="The old featured speech", category=FeaturedCategoryFactory())
    other = LiveArticleFactory(title="A statement of another section")
    warm(client, "/")
    assert "The old featured speech" in featured_block(client)

    workflow.pin(other)

    assert "A statement of another section" in featured_block(client)


def test_a_renamed_category_shows_on_the_next_request(client, article):
    category = article.category
    warm(client, category.get_absolute_url(), article.get_absolute_url())

    category.name = "Press statements"
    category.save()

    assert "Press statements" in client.get(category.get_absolute_url()).content.decode()
    assert "Press statements" in client.get(article.get_absolute_url()).content.decode()


def test_a_changed_image_shows_on_the_next_request(client, article):
    from tests.factories import ImageFactory

    image = ImageFactory(alt_text="The embassy at night")
    article.image = image
    article.save()
    warm(client, article.get_absolute_url())

    image.alt_text = "The embassy by day"
    image.save()

    assert "The embassy by day" in client.get(article.get_absolute_url()).content.decode()


def test_a_new_day_counter_shows_on_the_next_request(client, article):
    warm(client, "/", "/contacts/")

    IncidentCounterFactory(sentence="{days} days since the new event", order=5)

    for url in ["/", "/contacts/"]:
        assert "days since the new event" in client.get(url).content.decode(), url


def test_a_changed_consular_phone_shows_on_the_next_request(client, article):
    warm(client, "/", "/contacts/")
    phone = PhoneFactory._meta.model.objects.get(number="+44 (0) 203 668 7474")

    phone.number = "+44 (0) 207 000 0000"
    phone.save()

    for url in ["/", "/contacts/"]:
        assert "+44 (0) 207 000 0000" in client.get(url).content.decode(), url


@pytest.mark.django_db(transaction=True)
def test_a_change_is_cleared_again_when_its_transaction_commits(client):
    """A page rendered by another worker between the save and the commit shows the rows as they
    were: the commit clears the cache once more (once, however many rows the transaction saved)."""
    article = public_content()
    with transaction.atomic():
        article.title = "On visas: corrected"
        article.save()
        LiveArticleFactory(title="A second change in the same transaction")
        during = current_version()
        assert sum(1 for item in connection.run_on_commit if item[1].__module__ == "pagecache.store") == 1

    assert current_version() != during


def test_invalidate_is_a_receiver_for_any_signal(client, article):
    warm(client, "/")

    invalidate(sender=object, instance=article)

    assert visit(client, "/")[1] > 0


def test_with_redis_a_change_made_by_another_worker_shows_on_the_next_request(client, article, cache_backend):
    if cache_backend != "redis":
        pytest.skip("without Redis each worker has its own cache (README: Configuration)")
    warm(client, "/")

    another_worker = caches.create_connection("pages")  # its own connection to the same Redis
    another_worker.set(VERSION_KEY, "set-by-another-worker", timeout=None)

    assert visit(client, "/")[1] > 0
