"""
What clears the page cache: the publishing door's ``publication_changed``, and
a save or delete of any row a public page can show (articles, categories,
images, old addresses, consular offices, phones and e-mails, day counters, the site settings (the logo),
anything a new app adds), and a change of settings in tests. Only the apps
listed in ``PRIVATE_APPS``, which no public page shows, leave it alone: staff
sessions, accounts, sign-in records, history.
"""

from django.core.signals import setting_changed
from django.db.models.signals import m2m_changed, post_delete, post_save

from pagecache.store import invalidate

PRIVATE_APPS = frozenset({"admin", "auth", "axes", "contenttypes", "otp_static", "otp_totp", "reversion", "sessions"})


def content_changed(sender, **kwargs):
    if sender._meta.app_label not in PRIVATE_APPS:
        invalidate()


def connect():
    from news.workflow import publication_changed

    # The publishing door's one signal: every change of an item's publication, including
    # what it changes with QuerySet.update() (the featured category when pinning).
    publication_changed.connect(invalidate, dispatch_uid="pagecache-publication-changed")
    post_save.connect(content_changed, dispatch_uid="pagecache-save")
    post_delete.connect(content_changed, dispatch_uid="pagecache-delete")
    m2m_changed.connect(content_changed, dispatch_uid="pagecache-m2m")
    # Settings only change in tests (override_settings), and the pages show some of them.
    setting_changed.connect(invalidate, dispatch_uid="pagecache-settings")
