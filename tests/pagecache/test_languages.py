"""
The page cache keeps each language's page apart (the language is in the path), serves
Russian pages with no query once warm, and says the page's language on every answer it gives,
304s and the WSGI fast path included, without varying on Accept-Language.
"""

import pytest

from tests.pagecache.pages import every_page_kind, public_content, visit
from tests.pagecache.test_wsgi import _keep_the_test_transaction, wsgi_get  # noqa: F401


@pytest.fixture
def article(db):
    article = public_content()
    article.title_ru, article.lead_ru = "О визах", "Визовые правила посольства."
    article.save()
    category = article.category
    category.name_ru = "Заявления"
    category.save()
    return article


def russian_kinds(article):
    """Every public page kind at its Russian address (the API with ?lang=ru)."""
    for url in every_page_kind(article):
        if url.startswith(("/sitemap", "/robots", "/api/schema/")):
            continue  # one address for both languages
        if url.startswith("/api/"):
            yield url + ("&" if "?" in url else "?") + "lang=ru"
        else:
            yield "/ru" + url


def test_the_english_and_the_russian_page_are_different_cached_pages(client, article):
    english, _ = visit(client, "/news/")
    russian, _ = visit(client, "/ru/news/")

    english_again, english_queries = visit(client, "/news/")
    russian_again, russian_queries = visit(client, "/ru/news/")

    assert english_queries == russian_queries == 0
    assert "All messages" in english_again.content.decode() and "Все сообщения" not in english_again.content.decode()
    assert "Все сообщения" in russian_again.content.decode() and "О визах" in russian_again.content.decode()
    assert english_again["Content-Language"].startswith("en") and russian_again["Content-Language"] == "ru"
    assert english_again["ETag"] != russian_again["ETag"]


def test_every_russian_page_kind_runs_no_query_on_a_second_visit(client, article):
    for url in russian_kinds(article):
        first, cold = visit(client, url)
        assert first.status_code == 200, url
        second, warm = visit(client, url)
        assert warm == 0, url
        assert second.content == first.content, url
        assert second["Content-Language"] == "ru", url


def test_a_cached_page_and_a_304_for_it_say_their_language_and_do_not_vary_on_accept_language(client, article):
    client.get("/ru/news/")
    cached = client.get("/ru/news/", headers={"accept-language": "en"})
    not_modified = client.get("/ru/news/", headers={"if-none-match": cached["ETag"]})

    assert cached["Content-Language"] == "ru"
    assert not_modified.status_code == 304
    assert not_modified["Content-Language"] == "ru"
    for response in (cached, not_modified, client.get("/news/")):
        assert "accept-language" not in response.get("Vary", "").lower()


def test_the_wsgi_fast_path_answers_each_language_with_its_own_page(client, article):
    client.get("/ru/news/")
    client.get("/news/")

    _status, russian_headers, russian_body = wsgi_get("/ru/news/")
    _status, english_headers, english_body = wsgi_get("/news/", accept_language="ru")

    assert russian_headers["Content-Language"] == "ru" and "Все сообщения".encode() in russian_body
    assert english_headers["Content-Language"].startswith("en") and b"All messages" in english_body


def test_the_api_in_russian_is_kept_in_the_shared_cache_and_a_bad_language_is_not(client, article):
    from django.test import RequestFactory

    from pagecache import keys

    factory = RequestFactory()
    assert not keys.for_request(factory.get("/api/v1/news/?lang=ru")).bounded
    assert keys.for_request(factory.get("/api/v1/news/?lang=en")) == keys.for_request(factory.get("/api/v1/news/"))
    assert keys.for_request(factory.get("/api/v1/news/?lang=xx")).bounded
    assert keys.for_request(factory.get("/api/v1/news/")) != keys.for_request(factory.get("/api/v1/news/?lang=ru"))
