"""
Cached pages and the version that makes them all stale at once.

Pages live in the ``pages`` cache (Redis when ``REDIS_URL`` is set, shared by
every worker; otherwise a memory cache in each process) beside one version
token. Every entry carries the version it was made under and is served only
while that is still the current version, so ``invalidate()`` clears every page
on every worker sharing the cache by writing one key. Pages a visitor can vary
at will (``PageKey.bounded``) are kept in ``pages_bounded``, a small memory
cache in each process, checked against the same shared version.
"""

import time
import uuid
from typing import NamedTuple

from django.core.cache import caches
from django.db import connection, transaction

VERSION_KEY = "pagecache:version"
# How long a page is kept past its end (seconds): the page rendered after it within the same
# second still finds it, and knows that its Last-Modified second dates both (``Entry.shared_second``).
KEPT_PAST_END = 1


class Entry(NamedTuple):
    version: str
    filled: float  # when it was rendered (epoch seconds)
    expires: float  # when it stops being true: the next release or expiry, or the end of the minute
    status: int
    headers: tuple
    content: bytes
    # Its Last-Modified second also dates another version of the page, cached before a change
    # within that second: If-Modified-Since cannot tell the two apart (the ETag can).
    shared_second: bool = False

    def fresh(self, version, now):
        return self.version == version and self.filled <= now < self.expires


def _shared():
    return caches["pages"]


def _cache_for(page):
    return caches["pages_bounded"] if page.bounded else _shared()


def _new_version():
    return uuid.uuid4().hex[:16]


def current_version(found=None):
    """The shared version (``found``: as already read), started when there is none yet."""
    if found is not None:
        return found
    shared = _shared()
    shared.add(VERSION_KEY, _new_version(), timeout=None)
    # Unreadable (the cache is down): a version of its own, which no entry will match.
    return shared.get(VERSION_KEY) or _new_version()


def fetch(page):
    """``(entry or None, current version)`` for ``page``: one round trip to the shared cache."""
    if page.bounded:
        version = _shared().get(VERSION_KEY)
        entry = caches["pages_bounded"].get(page.key)
    else:
        found = _shared().get_many([VERSION_KEY, page.key])
        version, entry = found.get(VERSION_KEY), found.get(page.key)
    return entry, current_version(version)


def save(page, entry):
    left = entry.expires - time.time()
    if left > 0:
        _cache_for(page).set(page.key, entry, timeout=left + KEPT_PAST_END)


def _bump():
    _shared().set(VERSION_KEY, _new_version(), timeout=None)


def invalidate(**kwargs):
    """Makes every cached page stale, at once and on every worker sharing the cache. A signal
    receiver as it is (it takes any arguments): connect anything that changes what the public
    sees to it. Inside a transaction it clears again when the transaction commits, since a page
    rendered meanwhile may show the rows as they were."""
    _bump()
    if connection.in_atomic_block and not any(item[1] is _bump for item in connection.run_on_commit):
        transaction.on_commit(_bump)
