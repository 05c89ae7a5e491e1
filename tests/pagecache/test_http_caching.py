"""
What a proxy, a CDN or a browser is told: ``Cache-Control: public`` with
``max-age`` and ``s-maxage``, an ``ETag`` and a ``Last-Modified`` answered with
304 to ``If-None-Match`` and ``If-Modified-Since``, and a truthful ``Vary``.
"""

import pytest

from news import workflow
from tests.factories import ScheduledArticleFactory
from tests.pagecache.pages import at, cache_control, public_content, visit


@pytest.fixture
def article(db):
    return public_content()


@pytest.mark.parametrize("kind", ["page", "api-list", "api-detail", "feed"])
def test_an_unchanged_page_answers_304_to_its_etag(client, article, kind):
    url = {
        "page": "/news/",
        "api-list": "/api/v1/news/",
        "api-detail": f"/api/v1/news/{article.slug}/",
        "feed": "/news/feed/atom/",
    }[kind]
    etag = client.get(url)["ETag"]

    response, queries = visit(client, url, if_none_match=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert cache_control(response)["public"] is True
    assert queries == 0


def test_a_fresh_render_answers_304_to_an_etag_it_matches(client, article, settings):
    etag = client.get("/news/")["ETag"]
    article.save()  # clears the cache; the page is rendered again, the same

    response = client.get("/news/", headers={"if-none-match": etag})

    assert response.status_code == 304


def test_an_unchanged_page_answers_304_to_if_modified_since(client, article):
    last_modified = client.get("/news/")["Last-Modified"]

    response = client.get("/news/", headers={"if-modified-since": last_modified})

    assert response.status_code == 304


def test_a_changed_page_answers_200_with_a_new_etag(client, article):
    etag = client.get("/news/")["ETag"]

    article.title = "On visas: corrected"
    article.save()
    response = client.get("/news/", headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response["ETag"] != etag
    assert "On visas: corrected" in response.content.decode()


def test_a_page_changed_within_its_second_is_not_answered_304_to_that_second(client, clock):
    """Last-Modified counts whole seconds: a page cached and changed within one second is dated
    the same before and after the change, so If-Modified-Since alone cannot tell the two apart."""
    article = public_content()
    clock.move_to(at(10.2))
    before = client.get("/news/")

    clock.move_to(at(10.6))
    article.title = "On visas: corrected"
    workflow.save(article)
    response = client.get("/news/", headers={"if-modified-since": before["Last-Modified"]})

    assert response.status_code == 200
    assert "On visas: corrected" in response.content.decode()
    assert response["Last-Modified"] == before["Last-Modified"]


def test_a_page_an_item_joins_within_its_second_is_not_answered_304_to_that_second(client, clock):
    """The same for an item released by the clock between two whole seconds."""
    article = public_content()
    ScheduledArticleFactory(title="A statement at 30.5", publication_date=at(30.5), category=article.category)
    clock.move_to(at(30.2))
    before = client.get("/news/")

    clock.move_to(at(30.7))
    response = client.get("/news/", headers={"if-modified-since": before["Last-Modified"]})

    assert response.status_code == 200
    assert "A statement at 30.5" in response.content.decode()


def test_a_page_rendered_again_unchanged_within_its_second_still_answers_304(client, clock):
    article = public_content()
    clock.move_to(at(10.2))
    before = client.get("/news/")

    clock.move_to(at(10.6))
    workflow.save(article)  # clears the cache; the page is rendered again, the same
    response = client.get("/news/", headers={"if-modified-since": before["Last-Modified"]})

    assert response.status_code == 304


def test_public_pages_do_not_vary_on_cookies(client, article):
    for url in ["/", "/news/", article.get_absolute_url(), "/api/v1/news/"]:
        assert "cookie" not in client.get(url).get("Vary", "").lower(), url


def test_the_api_schema_varies_on_accept_and_is_kept_apart_for_each(client, article):
    yaml = client.get("/api/schema/")
    assert "Accept" in yaml["Vary"]

    json = client.get("/api/schema/", headers={"accept": "application/vnd.oai.openapi+json"})

    assert json["Content-Type"].startswith("application/vnd.oai.openapi+json")
    assert yaml["Content-Type"].startswith("application/vnd.oai.openapi")
    assert json.content != yaml.content


def test_an_api_answer_is_never_served_for_an_accept_it_cannot_meet(client, article):
    assert client.get("/api/v1/news/").status_code == 200

    assert client.get("/api/v1/news/", headers={"accept": "text/csv"}).status_code == 406


def test_a_cached_answer_keeps_the_security_headers(client, article):
    first = client.get("/news/")
    response, queries = visit(client, "/news/")

    assert queries == 0
    for header in ["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"]:
        assert response[header] == first[header], header


def test_a_404_is_not_marked_public(client, article):
    response = client.get("/news/no-such-thing/")

    assert response.status_code == 404
    assert "public" not in cache_control(response)
