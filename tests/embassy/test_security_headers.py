"""
Security headers on every response, and HTTPS as production configures it
(HSTS, the redirect, Secure and HttpOnly cookies).
"""

import pytest
from django.test import Client

from embassy.middleware import importmap_hashes
from tests.embassy.environments import PRODUCTION, settings_for
from tests.factories import LiveArticleFactory

HTTPS_SETTINGS = [
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_REDIRECT_EXEMPT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
]


@pytest.fixture
def production_https(settings, monkeypatch):
    """This test's settings switched to production's HTTPS values, as the real
    settings module computes them."""
    production = settings_for(monkeypatch, **PRODUCTION)
    for name in HTTPS_SETTINGS:
        setattr(settings, name, production[name])
    return production


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize(
    "url",
    ["/", "/news/", "article", "/contacts/", "/no-such-page/", "/admin/login/", "/healthz"],
)
def test_every_response_carries_the_security_headers(client, db, url):
    if url == "article":
        url = LiveArticleFactory().get_absolute_url()

    response = client.get(url)

    csp = directives(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_editor_page_allows_exactly_its_own_import_map(admin_client):
    response = admin_client.get("/admin/news/article/add/")

    script_src = directives(response)["script-src"]
    assert script_src[0] == "'self'"
    assert script_src[1:] == importmap_hashes(response.content)
    assert len(script_src) == 2
    assert "'unsafe-inline'" not in script_src


def test_an_import_map_pointing_off_site_is_never_hashed():
    own = b'<script type="importmap">{"imports": {"a": "/static/a.js"}}</script>'
    foreign = b'<script type="importmap">{"imports": {"a": "https://evil.example/a.js"}}</script>'
    protocol_relative = b'<script type="importmap">{"imports": {"a": "//evil.example/a.js"}}</script>'

    assert len(importmap_hashes(own)) == 1
    assert importmap_hashes(foreign) == []
    assert importmap_hashes(protocol_relative) == []


def test_production_redirects_plain_http_to_https(client, db, production_https):
    response = client.get("/news/")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/news/"


def test_production_sends_hsts_over_https(client, db, production_https):
    response = client.get("/", secure=True)

    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_the_load_balancer_health_check_is_not_redirected(client, db, production_https):
    assert client.get("/healthz").status_code == 200


def test_production_cookies_are_secure_and_http_only(db, django_user_model, settings, production_https):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-pass-phrase")
    browser = Client()
    browser.get("/admin/login/", secure=True)
    csrf = browser.cookies["csrftoken"]

    response = browser.post(
        "/admin/login/",
        {"username": "staff", "password": "a-long-pass-phrase", "csrfmiddlewaretoken": csrf.value},
        secure=True,
    )

    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"]
    assert csrf["secure"] and csrf["httponly"]


def test_the_https_redirect_carries_the_security_headers_too(client, db, production_https):
    response = client.get("/news/")

    assert response.status_code == 301
    csp = directives(response)
    assert csp["script-src"] == ["'self'"] and csp["frame-ancestors"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
