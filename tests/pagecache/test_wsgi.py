"""
Under a WSGI server (gunicorn runs ``embassy.wsgi.application``), a page fresh in
the cache is answered before Django's request handling starts; everything else
goes through Django as before.
"""

import io
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from embassy.wsgi import application
from tests.pagecache.pages import public_content


def wsgi_get(path, method="GET", **headers):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "HTTP_HOST": "testserver", "wsgi.input": io.BytesIO()}
    environ.update({f"HTTP_{name.upper()}": value for name, value in headers.items()})
    setup_testing_defaults(environ)
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=status, headers=dict(headers))

    chunks = application(environ, start_response)
    try:
        body = b"".join(chunks)
    finally:
        getattr(chunks, "close", lambda: None)()
    return answer["status"], answer["headers"], body


@pytest.fixture(autouse=True)
def _keep_the_test_transaction():
    """Django would close the test's database connection at each request's end (its test client
    does the same as this)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def handled_by_django():
    """How many requests reached Django's request handling."""
    count = []

    def started(**kwargs):
        count.append(1)

    request_started.connect(started)
    yield count
    request_started.disconnect(started)


def test_a_cached_page_is_answered_before_django_handles_the_request(client, db, handled_by_django):
    article = public_content()
    status, _, first = wsgi_get(article.get_absolute_url())
    assert status == "200 OK"
    assert len(handled_by_django) == 1

    status, headers, again = wsgi_get(article.get_absolute_url())

    assert status == "200 OK"
    assert again == first
    assert len(handled_by_django) == 1
    assert headers["Cache-Control"].startswith("public")
    assert headers["Content-Security-Policy"] == client.get(article.get_absolute_url())["Content-Security-Policy"]


def test_the_fast_path_answers_304_and_head(db, handled_by_django):
    public_content()
    _, headers, body = wsgi_get("/news/")

    assert wsgi_get("/news/", if_none_match=headers["ETag"])[0] == "304 Not Modified"
    status, head_headers, head_body = wsgi_get("/news/", method="HEAD")
    assert status == "200 OK"
    assert head_body == b""
    assert head_headers["Content-Length"] == str(len(body))
    assert len(handled_by_django) == 1


def test_staff_and_strangers_go_to_django(db, handled_by_django):
    public_content()
    wsgi_get("/news/")

    assert wsgi_get("/news/", cookie="sessionid=whatever")[0] == "200 OK"
    assert wsgi_get("/news/", host="attacker.example")[0].startswith("400")
    assert len(handled_by_django) == 3


def test_a_change_reaches_the_fast_path(db):
    article = public_content()
    wsgi_get("/news/")

    article.title = "On visas: corrected"
    article.save()

    assert b"On visas: corrected" in wsgi_get("/news/")[2]


@pytest.mark.parametrize("path", ["/api/v1/news/%F1%B8%98%BBw/", "/news/%F1%B8%98%BBw/", "/news/лавров/"])
def test_an_address_with_characters_outside_latin_1_is_a_not_found_page_not_an_error(db, path):
    from urllib.parse import unquote_to_bytes

    # As a WSGI server passes it: the path's bytes read as ISO-8859-1 (PEP 3333).
    status, _headers, _body = wsgi_get(unquote_to_bytes(path).decode("iso-8859-1"))

    assert status.startswith("404")
