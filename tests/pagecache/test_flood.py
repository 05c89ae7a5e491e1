"""
A flood of unique query strings neither grows the shared page cache nor
pushes the hot pages out: search words and filters go to a small bounded
cache in each process, and parameters no page reads are never stored.
"""

import pytest
from django.core.cache import caches

from tests.pagecache.pages import public_content, visit

BOUND = 20


@pytest.fixture
def article(db, settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages_bounded": {**settings.CACHES["pages_bounded"], "OPTIONS": {"MAX_ENTRIES": BOUND}},
    }
    return public_content()


def shared_entries():
    pages = caches["pages"]
    if hasattr(pages, "delete_pattern"):  # Redis: this test's keys only
        return len(pages.keys("page:*"))
    return sum(1 for key in pages._cache if ":page:" in key)


def test_a_flood_of_searches_stays_in_the_bounded_cache_and_the_hot_pages_stay(client, article):
    hot = ["/", "/news/", article.get_absolute_url()]
    for url in hot:
        client.get(url)
    before = shared_entries()

    for number in range(3 * BOUND):
        assert client.get(f"/news/search/?q=visas+{number}").status_code == 200
        assert client.get(f"/api/v1/news/?q=visas&date_from=2020-01-{number % 28 + 1:02d}&page_size={number + 1}")

    assert len(caches["pages_bounded"]._cache) <= BOUND
    assert shared_entries() == before
    for url in hot:
        assert visit(client, url)[1] == 0, url


def test_the_latest_searches_are_served_from_the_bounded_cache(client, article):
    client.get("/news/search/?q=visas")

    assert visit(client, "/news/search/?q=visas")[1] == 0


def test_a_flood_of_unread_parameters_stores_nothing(client, article):
    client.get("/news/")
    before = shared_entries()

    for number in range(3 * BOUND):
        response, queries = visit(client, f"/news/?utm_source={number}")
        assert response.status_code == 200
        assert queries == 0  # the archive's own entry answers

    for number in range(BOUND):
        client.get(f"/contacts/?utm_source={number}")  # no entry yet: rendered, not stored

    assert shared_entries() == before
    assert len(caches["pages_bounded"]._cache) == 0


def test_a_flood_of_page_numbers_stores_only_the_pages_that_exist(client, article):
    for number in range(2, 2 + 3 * BOUND):
        assert client.get(f"/news/?page={number}").status_code == 404

    assert shared_entries() == 0
