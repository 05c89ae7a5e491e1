"""
Every page-cache test runs twice: with each process's own memory cache (no
``REDIS_URL``) and with Redis shared by every worker (``REDIS_URL``), on
whichever database the suite runs on (SQLite, or PostgreSQL with
``DATABASE_URL``).

The Redis runs use the server at 127.0.0.1:6379 when one answers there (DB
index ``EMBASSY_TEST_REDIS_DB``, default 1), else start a throw-away
``redis-server`` of their own on a free port; they are skipped only when
neither is possible. Every key goes under a prefix of the test's own and only
those keys are deleted afterwards, so other users of that Redis are never
touched (no FLUSHDB).
"""

import contextlib
import datetime as dt
import os
import socket
import uuid

import pytest
from django.core.cache import caches

from embassy import redis_breaker
from tests.embassy.outages import RedisServer
from tests.embassy.redis_settings import caches_with_redis

SHARED_REDIS = ("127.0.0.1", 6379)


def _shared_redis_answers():
    with contextlib.suppress(OSError), socket.create_connection(SHARED_REDIS, timeout=0.2) as connection:
        connection.sendall(b"PING\r\n")
        return connection.recv(16).startswith(b"+PONG")
    return False


@pytest.fixture(scope="session")
def redis_url():
    """The URL of a Redis to test against: 127.0.0.1:6379 or one started for the session."""
    if _shared_redis_answers():
        yield f"redis://{SHARED_REDIS[0]}:{SHARED_REDIS[1]}/{os.environ.get('EMBASSY_TEST_REDIS_DB', '1')}"
        return
    if RedisServer.executable is None:
        pytest.skip("no Redis at 127.0.0.1:6379 and redis-server is not installed")
    server = RedisServer()
    server.start()
    yield server.url
    server.stop()


@pytest.fixture(params=["memory", "redis"])
def cache_backend(request, settings, monkeypatch):
    """The site's caches as the settings module makes them, without and with ``REDIS_URL``."""
    redis_breaker._breakers.clear()
    if request.param == "memory":
        yield "memory"
        return
    url = request.getfixturevalue("redis_url")
    configured = caches_with_redis(monkeypatch, url)
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    for alias in ("default", "pages"):
        configured[alias]["KEY_PREFIX"] = f"{prefix}-{alias}"
    original = settings.CACHES
    settings.CACHES = configured
    yield "redis"
    for alias in ("default", "pages"):
        caches[alias].delete_pattern("*")  # this test's prefix only
    settings.CACHES = original
    redis_breaker._breakers.clear()


@pytest.fixture(autouse=True)
def _both_caches(cache_backend):
    return cache_backend


@pytest.fixture(autouse=True)
def _a_whole_minute_ahead(time_machine):
    """Each test starts at the beginning of the current London minute, with the clock running:
    the pages it caches live to the minute's end (in Redis too), so none leaves by expiring
    halfway through a test. Tests that set the clock themselves travel on from here."""
    now = dt.datetime.now(dt.UTC)
    time_machine.move_to(now.replace(second=0, microsecond=0), tick=True)


@pytest.fixture
def clock(time_machine, db):
    """The clock stopped at ``tests.pagecache.pages.NOON``."""
    from tests.pagecache.pages import NOON

    time_machine.move_to(NOON, tick=False)
    return time_machine
