"""
A Redis that accepts connections but never answers costs each worker one
short timeout per breaker interval, not one per request: pages are rendered
from the database meanwhile, and the outage is logged once, not per request.
"""

import logging
import time

import pytest

from embassy import redis_breaker
from tests.embassy.environments import PRODUCTION, settings_for
from tests.embassy.hung_redis import HungRedis
from tests.embassy.redis_settings import caches_with_redis
from tests.factories import LiveArticleFactory, masthead_contact


@pytest.fixture
def hung_redis(settings, monkeypatch):
    server = HungRedis()
    settings.CACHES = caches_with_redis(monkeypatch, server.url)
    redis_breaker._breakers.clear()
    yield server
    redis_breaker._breakers.clear()
    server.close()


def test_the_redis_timeouts_are_a_fraction_of_a_second(monkeypatch):
    options = settings_for(monkeypatch, **PRODUCTION, REDIS_URL="redis://127.0.0.1:6379/0")["CACHES"]["default"]["OPTIONS"]

    assert options["SOCKET_CONNECT_TIMEOUT"] < 1
    assert options["SOCKET_TIMEOUT"] < 1


def test_a_hung_redis_is_asked_once_per_interval_while_pages_are_served(client, db, hung_redis, caplog):
    masthead_contact(phone="+44 (0) 203 668 7474")
    article = LiveArticleFactory(title="Statement on visas")

    with caplog.at_level(logging.WARNING):
        for url in ["/", "/news/", article.get_absolute_url(), "/contacts/"] * 3:
            response = client.get(url)
            assert response.status_code == 200, url
            assert "+44 (0) 203 668 7474" in response.content.decode()

    assert hung_redis.connections == 1  # one command waited for its timeout; the others were not sent
    warnings = [record for record in caplog.records if record.name == "embassy.redis_breaker"]
    assert len(warnings) == 1
    assert "did not answer" in warnings[0].getMessage()
    assert not [record for record in caplog.records if record.exc_info]


def test_a_hung_redis_is_tried_again_after_the_interval(client, db, hung_redis, monkeypatch):
    monkeypatch.setattr(redis_breaker, "INTERVAL", 0.3)
    LiveArticleFactory()
    client.get("/")
    assert hung_redis.connections == 1

    time.sleep(0.35)
    client.get("/")
    client.get("/")

    assert hung_redis.connections == 2


def test_a_redis_back_in_service_is_used_again(client, db, settings, monkeypatch):
    """Against a real redis-server of the test's own: stopped, then started again."""
    from django.core.cache import caches

    from tests.embassy.outages import RedisServer

    if RedisServer.executable is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer()
    monkeypatch.setattr(redis_breaker, "INTERVAL", 0.3)
    settings.CACHES = caches_with_redis(monkeypatch, server.url)
    redis_breaker._breakers.clear()
    try:
        assert caches["default"].get("anything") is None  # nothing listening: the breaker opens
        server.start()
        time.sleep(0.35)
        caches["default"].set("back", "yes")
        assert caches["default"].get("back") == "yes"
    finally:
        server.stop()
        redis_breaker._breakers.clear()
