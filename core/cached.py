"""
A small read from the database (a few rows every page shows) kept in the shared
cache, and cleared whenever a row of the models it reads is saved or deleted.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save


def read_timeout():
    """Seconds a small read (the masthead, the notices, the categories, the logo) stays cached.
    In a cache every worker shares (Redis), the masthead's timeout: a save clears the entry for all
    of them at once. In a cache of this process's own, to the end of the current minute at most:
    the other workers cannot be told of a save, and their pages end with the minute (the page
    cache), so they read the rows again then and show the change from the next minute on, as
    docs/operations.md says."""
    if settings.EMBASSY_SHARED_CACHE:
        return settings.EMBASSY_MASTHEAD_CACHE_TIMEOUT
    return min(settings.EMBASSY_MASTHEAD_CACHE_TIMEOUT, int(60 - time.time() % 60))  # never past it


class CachedRead:
    """``read()`` cached under ``key`` for ``read_timeout()`` seconds; ``clear_on_change_of``
    connects the models whose rows it reads."""

    def __init__(self, key, read):
        self.key = key
        self.read = read

    def get(self):
        data = cache.get(self.key)
        if data is None:
            data = self.read()
            cache.set(self.key, data, read_timeout())
        return data

    def invalidate(self, **kwargs):
        cache.delete(self.key)
        # A request between the save and the commit may have re-read the old rows.
        transaction.on_commit(lambda: cache.delete(self.key))

    def clear_on_change_of(self, *models):
        for model in models:
            uid = f"{self.key}-{model._meta.label}"
            post_save.connect(self.invalidate, sender=model, weak=False, dispatch_uid=f"{uid}-save")
            post_delete.connect(self.invalidate, sender=model, weak=False, dispatch_uid=f"{uid}-delete")
