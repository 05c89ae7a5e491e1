"""WSGI entry point: ``gunicorn embassy.wsgi``. Pages fresh in the page cache are answered
before Django's request handling starts (``pagecache.wsgi``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "embassy.settings")

django_application = get_wsgi_application()

from pagecache.wsgi import PageCacheApplication  # noqa: E402 - needs the settings, set up above

application = PageCacheApplication(django_application)
