"""
Every public page is served from the cache on a second visit with no SQL
query at all; addresses that differ only in what the page ignores share one
entry.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.pagecache.pages import every_page_kind, public_content, visit


@pytest.fixture
def article(db):
    return public_content()


def test_every_public_page_kind_runs_no_query_on_a_second_visit(client, article):
    for url in every_page_kind(article):
        first, cold = visit(client, url)
        assert first.status_code == 200, url
        second, warm = visit(client, url)
        assert cold > 0, url
        assert warm == 0, url
        assert second.status_code == 200, url
        assert second.content == first.content, url


def test_a_head_request_is_answered_from_the_cache(client, article):
    client.get("/news/")

    with CaptureQueriesContext(connection) as queries:
        response = client.head("/news/")

    assert response.status_code == 200
    assert len(queries.captured_queries) == 0
    assert response["ETag"] == client.get("/news/")["ETag"]


def test_parameters_a_page_does_not_read_are_served_the_page_without_them(client, article):
    client.get("/")

    response, queries = visit(client, "/?utm_source=newsletter&fbclid=abc")

    assert response.status_code == 200
    assert queries == 0


def test_an_answer_to_unread_parameters_is_not_stored(client, article):
    visit(client, "/news/?utm_source=newsletter")

    _, queries = visit(client, "/news/?utm_source=newsletter")

    assert queries > 0  # the archive's own page was never stored under another address's key


def test_a_page_number_written_differently_is_the_same_page(client, article):
    client.get("/news/")

    for url in ["/news/?page=1", "/news/?page=01"]:
        response, queries = visit(client, url)
        assert response.status_code == 200, url
        assert queries == 0, url


def test_a_page_number_out_of_range_is_still_a_404(client, article):
    client.get("/news/")

    assert client.get("/news/?page=2").status_code == 404
    assert client.get("/news/?page=2").status_code == 404


def test_the_page_cache_can_be_switched_off(client, article, settings):
    settings.EMBASSY_PAGE_CACHE = False
    client.get("/")

    response, queries = visit(client, "/")

    assert queries > 0
    assert not response.has_header("ETag")


def test_a_head_request_on_a_cold_cache_stores_nothing(client, article):
    assert client.head("/news/").status_code == 200

    response, queries = visit(client, "/news/")

    assert queries > 0
    assert b"On visas" in response.content


def test_pages_cached_by_a_release_with_another_entry_shape_are_never_read(client, article, monkeypatch):
    """During a deploy, workers of two releases share Redis: an older worker cannot unpickle an
    entry with a field it does not know (a 500), so each release reads only its own shape's."""
    from pagecache import keys

    monkeypatch.setattr(keys, "ENTRY_FORMAT", "v1")
    visit(client, "/news/")
    _, queries = visit(client, "/news/")
    assert queries == 0  # cached, for this shape

    monkeypatch.setattr(keys, "ENTRY_FORMAT", "v2")
    response, queries = visit(client, "/news/")
    assert response.status_code == 200
    assert queries > 0  # rendered: the other shape's entry was not read
