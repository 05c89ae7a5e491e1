"""
Production settings: secrets only from the environment, a clear refusal to
start without them, and a clean `check --deploy`. Environments differ only in
the variables they set (tests/embassy/environments.py loads the real module).
"""

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.embassy.environments import LOCAL, PRODUCTION, manage, settings_for


def test_production_passes_the_deployment_check_without_a_warning():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_plain_http_is_a_visible_choice_the_deployment_check_warns_about():
    result = manage("check", "--deploy", **PRODUCTION, DJANGO_HTTPS="0")

    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr


@pytest.mark.parametrize(
    "env,message",
    [
        ({"DJANGO_ALLOWED_HOSTS": "www.example.org"}, "DJANGO_SECRET_KEY is not set"),
        ({"DJANGO_SECRET_KEY": "changeme", "DJANGO_ALLOWED_HOSTS": "www.example.org"}, "too weak"),
        ({"DJANGO_SECRET_KEY": "django-insecure-" + "x1y2z3" * 10, "DJANGO_ALLOWED_HOSTS": "x.org"}, "too weak"),
        ({"DJANGO_SECRET_KEY": "a" * 60, "DJANGO_ALLOWED_HOSTS": "www.example.org"}, "too weak"),
        ({"DJANGO_SECRET_KEY": PRODUCTION["DJANGO_SECRET_KEY"]}, "DJANGO_ALLOWED_HOSTS is not set"),
        ({**PRODUCTION, "DJANGO_ADMIN_OTP": "yes"}, 'DJANGO_ADMIN_OTP must be "1" or "0"'),
    ],
    ids=["no-key", "short-key", "django-insecure-key", "one-letter-key", "no-hosts", "bad-switch"],
)
def test_production_refuses_to_start_with_a_clear_message(env, message):
    result = manage("check", **{"DJANGO_DEBUG": "0", **env})

    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("django.core.exceptions.ImproperlyConfigured:")
    assert message in last_line


def test_production_serves_https_only_with_secure_http_only_cookies_and_a_second_factor(monkeypatch):
    production = settings_for(monkeypatch, **PRODUCTION)

    assert production["DEBUG"] is False
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and production["SECURE_HSTS_PRELOAD"]
    assert production["SESSION_COOKIE_SECURE"] and production["SESSION_COOKIE_HTTPONLY"]
    assert production["CSRF_COOKIE_SECURE"] and production["CSRF_COOKIE_HTTPONLY"]
    assert production["EMBASSY_ADMIN_OTP"] is True
    assert production["EMBASSY_ADMIN_URL"] == "admin/"
    assert len(production["AUTH_PASSWORD_VALIDATORS"]) == 4


def test_local_demo_runs_on_plain_http_without_a_second_factor(monkeypatch):
    local = settings_for(monkeypatch, **LOCAL)

    assert local["DEBUG"] is True
    assert local["SECURE_SSL_REDIRECT"] is False
    assert local["SECURE_HSTS_SECONDS"] == 0
    assert local["SESSION_COOKIE_SECURE"] is False
    assert local["EMBASSY_ADMIN_OTP"] is False


def test_environments_differ_in_values_never_in_apps_or_middleware(monkeypatch):
    production = settings_for(monkeypatch, **PRODUCTION)
    local = settings_for(monkeypatch, **LOCAL)

    assert production["INSTALLED_APPS"] == local["INSTALLED_APPS"]
    assert production["MIDDLEWARE"] == local["MIDDLEWARE"]
    assert production["CONTENT_SECURITY_POLICY"] == local["CONTENT_SECURITY_POLICY"]


def test_each_switch_is_a_variable(monkeypatch):
    switched = settings_for(
        monkeypatch,
        **PRODUCTION,
        DJANGO_HTTPS="0",
        DJANGO_ADMIN_OTP="0",
        DJANGO_ADMIN_URL="/staff-7f3a",
        DJANGO_PROXY_COUNT="1",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )

    assert switched["SECURE_SSL_REDIRECT"] is False and switched["SESSION_COOKIE_SECURE"] is False
    assert switched["EMBASSY_ADMIN_OTP"] is False
    assert switched["EMBASSY_ADMIN_URL"] == "staff-7f3a/"
    assert switched["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    cache = switched["CACHES"]["default"]
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/3"
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True


def test_an_empty_admin_path_is_refused(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="DJANGO_ADMIN_URL"):
        settings_for(monkeypatch, **PRODUCTION, DJANGO_ADMIN_URL="/")


def test_the_admin_moves_to_the_configured_path():
    script = (
        "from django.urls import resolve, reverse, Resolver404\n"
        "print(reverse('admin:index'))\n"
        "try:\n    resolve('/admin/')\nexcept Resolver404:\n    print('old path gone')\n"
    )
    result = manage("shell", "--verbosity", "0", "-c", script, **PRODUCTION, DJANGO_ADMIN_URL="staff-7f3a/")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["/staff-7f3a/", "old", "path", "gone"]
