"""
The notices every page reads, cached: the ones not ended yet, with the moment they were read.

Which of them are shown, and when the next one starts or ends, is worked out per request from
the current time (``current()``, ``next_change()``), so a cached entry never shows a notice
early or late. Saving or deleting a notice clears the entry; without Redis another worker keeps
its own entry to the end of the minute at most (``core.cached.read_timeout``, as the masthead does).
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from core.cached import read_timeout

CACHE_KEY = "embassy:notices:v1"

# Warnings first, then the newest.
_ORDER = {"warning": 0, "info": 1}


def _read(now):
    from notices.models import Notice

    return {"read_at": now, "notices": list(Notice.objects.unended(now).order_by("-starts_at", "-pk"))}


def unended(now):
    """The notices not ended at ``now``: from the cache (one indexed query when it is cold)."""
    data = cache.get(CACHE_KEY)
    if data is None or data["read_at"] > now:  # a clock set back may need notices ended since
        data = _read(now)
        cache.set(CACHE_KEY, data, read_timeout())
    return data["notices"]


def current(now=None):
    """The notices shown at ``now`` (default: now), warnings first, then the newest."""
    now = now or timezone.now()
    shown = [notice for notice in unended(now) if notice.is_current(now)]
    return sorted(shown, key=lambda notice: _ORDER.get(notice.severity, len(_ORDER)))


def next_change(after):
    """The first moment after ``after`` at which a notice appears or leaves (``None``: none due)."""
    moments = []
    for notice in unended(after):
        moments += [moment for moment in (notice.starts_at, notice.ends_at) if moment and moment > after]
    return min(moments, default=None)


def invalidate(**kwargs):
    cache.delete(CACHE_KEY)
    # A request between the save and the commit may have re-read the old rows.
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))


def connect_invalidation():
    from notices.models import Notice

    post_save.connect(invalidate, sender=Notice, dispatch_uid="notices-save")
    post_delete.connect(invalidate, sender=Notice, dispatch_uid="notices-delete")
