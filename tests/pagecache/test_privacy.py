"""
Staff never get a cached page, and no cached page carries anybody's data:
requests with a session (signed-in staff, the preview) bypass the cache and
are marked private, and nothing that sets a cookie, names a CSRF token, leaves
a message or comes from a signed-in user is ever stored.
"""

import pytest

from tests.pagecache.pages import cache_control, public_content, visit


@pytest.fixture
def article(db):
    return public_content()


def test_signed_in_staff_are_never_served_a_cached_page(client, editing, article):
    client.get("/news/")
    assert visit(client, "/news/")[1] == 0

    response, queries = visit(editing, "/news/")

    assert queries > 0
    directives = cache_control(response)
    assert directives.get("private") and directives.get("no-cache")
    assert "public" not in directives


def test_a_page_rendered_for_staff_is_never_served_to_visitors(client, editing, article):
    staff_page, _ = visit(editing, "/news/")
    assert staff_page.status_code == 200

    response, queries = visit(client, "/news/")

    assert queries > 0
    assert "pavel" not in response.content.decode().lower()


def test_the_preview_is_never_cached(client, editing, article):
    url = f"/news/preview/{article.pk}/"
    assert editing.get(url).status_code == 200
    assert visit(editing, url)[1] > 0

    response, queries = visit(client, url)
    assert response.status_code == 404
    assert queries > 0


def test_the_admin_is_never_cached(client, editing, article):
    visit(editing, "/admin/news/article/")
    _, queries = visit(editing, "/admin/news/article/")
    assert queries > 0
    assert client.get("/admin/").status_code == 302


@pytest.mark.urls("tests.pagecache.urls")
@pytest.mark.parametrize(
    "url", ["/test/cookie/", "/test/csrf/", "/test/message/"], ids=["cookie", "csrf-token", "message"]
)
def test_a_page_that_sets_a_cookie_is_never_stored(client, article, url):
    first = client.get(url)
    assert first.cookies

    second = client.__class__().get(url)  # another visitor, without that cookie

    assert second.cookies  # rendered again, not served the first visitor's answer
    assert "public" not in cache_control(second)


@pytest.mark.urls("tests.pagecache.urls")
def test_a_page_a_signed_in_user_loaded_is_never_stored(client, editing, article):
    assert "Hello pavel" in editing.get("/test/user/").content.decode()

    assert "Hello visitor" in client.get("/test/user/").content.decode()


def test_a_visitor_with_a_waiting_message_is_not_served_from_the_cache(client, article):
    client.get("/news/")
    client.cookies["messages"] = "anything"

    response, queries = visit(client, "/news/")

    assert queries > 0
    assert "public" not in cache_control(response)
