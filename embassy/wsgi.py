"""WSGI entry point: ``gunicorn embassy.wsgi``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "embassy.settings")

application = get_wsgi_application()
