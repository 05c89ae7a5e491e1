"""
Failing gracefully: friendly error pages in the site's look, a static 503
while the database is unreachable (and recovery without a restart), pages
served from the database while Redis is down, and /healthz for a load balancer.
"""

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.db import OperationalError, connection
from django.test import Client, RequestFactory

from embassy.views import server_error
from tests.embassy.environments import BASE_DIR, PRODUCTION, environment, settings_for
from tests.embassy.outages import RedisServer, TcpProxy, database_unreachable, free_port
from tests.factories import CategoryFactory, LiveArticleFactory, masthead_contact


def visible_text(response):
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def assert_no_internals(response):
    content = response.content.decode()
    for leak in ("Traceback", "OperationalError", "RuntimeError", "psycopg", "sqlite3", 'File "'):
        assert leak not in content


# The error pages.


def test_page_not_found_is_friendly_and_keeps_the_masthead(client, db):
    masthead_contact(phone="+44 (0) 203 668 7474")

    response = client.get("/news/no-such-thing/")

    assert response.status_code == 404
    text = visible_text(response)
    assert "Page not found" in text
    assert "+44 (0) 203 668 7474" in text  # the masthead
    assert 'class="site-nav"' in response.content.decode()


def test_bad_request_is_friendly_and_keeps_the_masthead(client, db):
    masthead_contact(phone="+44 (0) 203 668 7474")

    response = client.get("/", HTTP_HOST="attacker.example")

    assert response.status_code == 400
    text = visible_text(response)
    assert "The request could not be understood" in text
    assert "+44 (0) 203 668 7474" in text


def test_permission_denied_is_friendly(client, db, django_user_model):
    clerk = django_user_model.objects.create_user("clerk", password="x-long-pass-phrase", is_staff=True)
    client.force_login(clerk)
    article = LiveArticleFactory()

    response = client.get(f"/admin/news/article/{article.pk}/delete/")

    # Refused in the admin: an admin page saying so, not the public site's.
    assert response.status_code == 403
    assert "You do not have permission to do this." in visible_text(response)
    assert "Embassy website administration" in visible_text(response)


def test_a_form_sent_without_its_security_token_is_explained(db):
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "x", "password": "y"})

    assert response.status_code == 403
    text = visible_text(response)
    assert "The form could not be sent" in text
    assert "reload the page" in text


@pytest.mark.urls("tests.embassy.failing_urls")
def test_server_error_is_friendly_with_the_masthead_and_no_internals(db):
    masthead_contact(phone="+44 (0) 203 668 7474")

    response = Client(raise_request_exception=False).get("/broken/")

    assert response.status_code == 500
    text = visible_text(response)
    assert "Something went wrong" in text
    assert "+44 (0) 203 668 7474" in text
    assert_no_internals(response)


# The database unreachable.


@pytest.mark.urls("tests.embassy.failing_urls")
def test_a_view_losing_the_database_answers_503_with_the_static_page(client, db):
    response = client.get("/database-gone/")

    assert response.status_code == 503
    assert "Temporarily unavailable" in visible_text(response)
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert_no_internals(response)


def test_the_database_lost_outside_a_view_also_answers_503(db):
    request = RequestFactory().get("/")
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(request)

    assert response.status_code == 503
    assert "Temporarily unavailable" in response.content.decode()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("rendered_every_time")  # a warm page cache serves on: tests/pagecache/test_database_outage.py
def test_public_pages_answer_503_while_the_database_is_unreachable_and_recover(client):
    category = CategoryFactory(name="Statements", slug="statements")
    article = LiveArticleFactory(category=category, title="Statement on visas")
    urls = ["/", "/news/", article.get_absolute_url(), category.get_absolute_url(), "/contacts/"]
    assert all(client.get(url).status_code == 200 for url in urls)

    with database_unreachable():
        for url in urls:
            response = client.get(url)
            assert response.status_code == 503, url
            assert "temporarily unavailable" in visible_text(response).lower()
            assert_no_internals(response)
        health = client.get("/healthz")
        assert health.status_code == 503
        assert health.json()["database"] == "unavailable"

    recovered = client.get(article.get_absolute_url())
    assert recovered.status_code == 200
    assert "Statement on visas" in visible_text(recovered)


@pytest.fixture
def gunicorn_through_proxy(transactional_db):
    """The site under gunicorn, its PostgreSQL connection through a proxy the
    test can cut: a database that goes away under a running server."""
    if connection.vendor != "postgresql":
        pytest.skip("cuts a PostgreSQL network connection; SQLite is a local file")
    proxy = TcpProxy(upstream_port=int(connection.settings_dict["PORT"] or 5432))
    proxy.restore()
    port = free_port()
    db = connection.settings_dict
    env = environment(
        **{
            **PRODUCTION,
            "DJANGO_HTTPS": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
            "DJANGO_SETTINGS_MODULE": "tests.embassy.server_settings",
            # Every request rendered: the page cache would answer from memory (test_database_outage.py).
            "EMBASSY_PAGE_CACHE": "0",
        }
    )
    server = subprocess.Popen(
        [os.path.join(os.path.dirname(sys.executable), "gunicorn"), "embassy.wsgi", "-b", f"127.0.0.1:{port}",
         "-w", "1", "--timeout", "30"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while http_get(base + "/healthz")[0] != 200:
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
        yield base, proxy
    finally:
        server.terminate()
        server.wait(timeout=10)
        proxy.cut()


def http_get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return None, ""


def test_a_running_server_survives_the_database_going_away_and_coming_back(gunicorn_through_proxy):
    base, proxy = gunicorn_through_proxy
    article = LiveArticleFactory(title="Statement on visas")
    assert http_get(base + article.get_absolute_url())[0] == 200  # a persistent connection now open

    proxy.cut()
    status, body = http_get(base + article.get_absolute_url())
    assert status == 503
    assert "Temporarily unavailable" in body and "Traceback" not in body
    status, body = http_get(base + "/healthz")
    assert status == 503 and json.loads(body)["database"] == "unavailable"

    proxy.restore()
    status, body = http_get(base + article.get_absolute_url())
    assert status == 200 and "Statement on visas" in body
    assert http_get(base + "/healthz")[0] == 200


# Redis down.


@pytest.fixture
def redis_server():
    if RedisServer.executable is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_cache(settings, monkeypatch, redis_server):
    """The cache as production configures it with REDIS_URL."""
    settings.CACHES = settings_for(monkeypatch, **PRODUCTION, REDIS_URL=redis_server.url)["CACHES"]
    return redis_server


def test_pages_are_served_from_the_database_while_redis_is_down(client, db, redis_cache):
    masthead_contact(phone="+44 (0) 203 668 7474")
    article = LiveArticleFactory(title="Statement on visas")
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert client.get("/").status_code == 200  # the masthead is cached in Redis now

    redis_cache.stop()

    for url in ["/", "/news/", article.get_absolute_url(), "/contacts/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "+44 (0) 203 668 7474" in visible_text(response)  # read from the database
    health = client.get("/healthz")
    assert health.status_code == 200  # pages still work: keep the instance in the pool
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "unavailable"}


def test_a_redis_url_to_a_closed_port_still_serves_pages(client, db, settings, monkeypatch):
    settings.CACHES = settings_for(monkeypatch, **PRODUCTION, REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")["CACHES"]
    LiveArticleFactory(title="Statement on visas")

    response = client.get("/")

    assert response.status_code == 200
    assert "Statement on visas" in visible_text(response)


def test_healthz_reports_database_and_cache_as_json(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]
