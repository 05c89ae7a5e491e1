"""
Production settings for a server a test starts (gunicorn), except for static
files: the manifest storage needs `collectstatic`, which these tests leave to
deployment; plain storage serves the same pages without it.
"""

from embassy.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
