"""The static "temporarily unavailable" page, shown while the database is down."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

# Seconds a client or load balancer should wait before trying again.
RETRY_AFTER = 30


def database_unavailable_response():
    """503, rendered without the request: no context processor, so nothing
    on the page needs the database."""
    response = HttpResponse(render_to_string("503.html", {"site_name": settings.EMBASSY_SITE_NAME}), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    add_never_cache_headers(response)
    return response
