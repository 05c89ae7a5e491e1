"""Site-wide views: the health check, the friendly error pages and the site's own pages
(accessibility, privacy)."""

import logging
import sys
import uuid

from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.template import TemplateDoesNotExist, loader
from django.templatetags.static import static
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.generic import TemplateView

from embassy.unavailable import database_unavailable_response

logger = logging.getLogger(__name__)


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def _cache_ok():
    # A round trip, not a ping: the Redis backend ignores connection errors
    # (pages must not fail with it), so a failed write shows as a wrong read.
    key, value = "embassy:healthz", uuid.uuid4().hex
    try:
        cache.set(key, value, 10)
        return cache.get(key) == value
    except Exception:
        return False


@never_cache
def healthz(request):
    """
    For a load balancer: {"database": "ok"|"unavailable", "cache": ...}.
    200 while pages can be served, i.e. while the database answers; a cache
    outage only slows pages down, so it is reported but keeps the 200.
    """
    database = _database_ok()
    cache_ok = _cache_ok()
    return JsonResponse(
        {
            "status": ("ok" if cache_ok else "degraded") if database else "unavailable",
            "database": "ok" if database else "unavailable",
            "cache": "ok" if cache_ok else "unavailable",
        },
        status=200 if database else 503,
    )


def _render_error_page(request, template_name, status):
    """The error page in the site's look with the masthead, or without the
    request (no context processor, no database) if that fails."""
    try:
        template = loader.get_template(template_name)
    except TemplateDoesNotExist:
        return HttpResponse(status=status)
    try:
        return HttpResponse(template.render({}, request), status=status)
    except Exception:
        logger.exception("The %s page could not be rendered with the masthead", status)
        return HttpResponse(template.render({}), status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    return _render_error_page(request, "400.html", 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return _render_error_page(request, "403.html", 403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return _render_error_page(request, "404.html", 404)


@requires_csrf_token
def server_error(request):
    """500, or the static 503 page when the error is the database being
    unreachable (raised outside a view, e.g. by a middleware)."""
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        return database_unavailable_response()
    return _render_error_page(request, "500.html", 500)


def favicon(request):
    """Browsers ask for /favicon.ico where a page names no icon (feeds, the API)."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


class SitePageView(TemplateView):
    """One of the site's own pages (accessibility, privacy), written out in each language:
    ``pages/<page>.<language>.html`` for the active language, English where there is none."""

    page = None

    def get_template_names(self):
        language = (get_language() or "en").split("-")[0]
        return [f"pages/{self.page}.{language}.html", f"pages/{self.page}.en.html"]
