"""
A small read from the database (a few rows every page shows) kept in the shared
cache, and cleared whenever a row of the models it reads is saved or deleted.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save


class CachedRead:
    """``read()`` cached under ``key`` for at most the masthead's timeout; ``clear_on_change_of``
    connects the models whose rows it reads."""

    def __init__(self, key, read):
        self.key = key
        self.read = read

    def get(self):
        data = cache.get(self.key)
        if data is None:
            data = self.read()
            cache.set(self.key, data, settings.EMBASSY_MASTHEAD_CACHE_TIMEOUT)
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
