"""
A circuit breaker for Redis: after a command fails to reach the server (a
timeout, a refused or dropped connection), every command to that server fails
at once, without touching the network, for ``INTERVAL`` seconds; then one is
tried again. A Redis that accepts connections but never answers thus costs
each worker one socket timeout per interval instead of one (or more) per
request. django-redis (``IGNORE_EXCEPTIONS``) turns the failures into cache
misses, so pages are rendered from the database meanwhile.
"""

import logging
import threading
import time

import redis

logger = logging.getLogger(__name__)

INTERVAL = 5.0


class Breaker:
    def __init__(self):
        self.open_until = 0.0
        self.lock = threading.Lock()

    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self, server, error):
        with self.lock:
            was_closed = not self.is_open()
            self.open_until = time.monotonic() + INTERVAL
        if was_closed:
            logger.warning(
                "Redis at %s did not answer (%s): the cache is not asked for %.0f s",
                server,
                error,
                INTERVAL,
                extra={"event": "redis_breaker_open"},
            )


# One breaker per server in each process, shared by every cache that uses the server.
_breakers = {}


def breaker_for(server):
    return _breakers.setdefault(server, Breaker())


class BreakerRedis(redis.Redis):
    """redis-py's client behind a breaker (django-redis's ``REDIS_CLIENT_CLASS``)."""

    def _server(self):
        kwargs = self.connection_pool.connection_kwargs
        return f"{kwargs.get('host', kwargs.get('path', '?'))}:{kwargs.get('port', '')}"

    def execute_command(self, *args, **options):
        server = self._server()
        breaker = breaker_for(server)
        if breaker.is_open():
            raise redis.ConnectionError(f"Redis at {server} failed less than {INTERVAL:.0f} s ago: not asked")
        try:
            return super().execute_command(*args, **options)
        except (redis.ConnectionError, redis.TimeoutError) as error:
            breaker.trip(server, error)
            raise
