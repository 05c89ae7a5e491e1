"""The site's URLs plus views that fail, for the error page tests."""

from django.db import OperationalError
from django.urls import path

from embassy.urls import *  # noqa: F403  (the handlers too)
from embassy.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("a bug in a view")


def database_gone_view(request):
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [
    *site_urlpatterns,
    path("broken/", broken_view),
    path("database-gone/", database_gone_view),
]
