"""The caches embassy/settings.py makes with ``REDIS_URL`` set, for tests that run against a Redis."""

import os

from tests.embassy.environments import PRODUCTION, settings_for


def caches_with_redis(monkeypatch, url):
    # settings_for() clears every variable the settings read; the browser tests' event loop needs
    # DJANGO_ALLOW_ASYNC_UNSAFE to stay as it was for the rest of the test.
    unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    configured = settings_for(monkeypatch, **PRODUCTION, REDIS_URL=url)["CACHES"]
    if unsafe is not None:
        monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", unsafe)
    return configured
