"""
Middleware that keeps the site safe and standing: the Content-Security-Policy
header, and a static 503 page when the database cannot be reached.
"""

import base64
import functools
import hashlib
import json
import logging
import re

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import InterfaceError, OperationalError

from embassy.unavailable import database_unavailable_response

logger = logging.getLogger(__name__)

IMPORTMAP = re.compile(rb'<script type="importmap"[^>]*>(.*?)</script>', re.S)

# The editor's bundle, and the base stylesheet Tiptap (inside it) injects as a
# <style> element when the editor starts.
EDITOR_SCRIPT = "django_prose_editor/editor.js"
TIPTAP_STYLE = re.compile(r"`(\.ProseMirror \{\n  position: relative;\n\}.*?)`", re.S)


def _sha256_source(data):
    return f"'sha256-{base64.b64encode(hashlib.sha256(data).digest()).decode()}'"


@functools.cache
def editor_style_hashes():
    """CSP hash sources for the stylesheet Tiptap injects, read from the
    installed editor bundle, so it follows upgrades of django-prose-editor."""
    path = finders.find(EDITOR_SCRIPT)
    if not path:
        return ()
    with open(path, encoding="utf-8") as bundle:
        match = TIPTAP_STYLE.search(bundle.read())
    if match is None:
        logger.warning("Tiptap's stylesheet was not found in %s: the editor's base styles will be blocked", path)
        return ()
    return (_sha256_source(match.group(1).encode()),)


def _is_own_static(url):
    return isinstance(url, str) and url.startswith(settings.STATIC_URL) and not url.startswith("//")


def _harmless_importmap(source):
    """An import map that only maps module names to the site's own static
    files: the kind django-js-asset renders for the rich-text editor."""
    try:
        data = json.loads(source)
    except ValueError:
        return False
    if not isinstance(data, dict) or set(data) - {"imports", "scopes"}:
        return False
    maps = [data.get("imports", {}), *data.get("scopes", {}).values()]
    return all(isinstance(mapping, dict) and all(_is_own_static(url) for url in mapping.values()) for mapping in maps)


def importmap_hashes(content):
    """CSP hash sources for the page's harmless inline import maps."""
    hashes = []
    for match in IMPORTMAP.finditer(content):
        source = match.group(1)
        if _harmless_importmap(source):
            hashes.append(_sha256_source(source))
    return hashes


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """
    django-csp's middleware, plus two hashes on pages with the rich-text
    editor (django-prose-editor, in the admin):

    - its inline import map (django-js-asset renders one; import maps cannot be
      external files). Only a map that points at the site's own static files
      is hashed, so no other inline script ever runs;
    - the base stylesheet Tiptap injects as a <style> element.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and not getattr(response, "streaming", False)
            and response.get("Content-Type", "").startswith("text/html")
            and b'type="importmap"' in response.content
        ):
            update = dict(parts.update or {})
            hashes = importmap_hashes(response.content)
            if hashes:
                update["script-src"] = [*update.get("script-src", []), *hashes]
            if EDITOR_SCRIPT.encode() in response.content and editor_style_hashes():
                update["style-src"] = [*update.get("style-src", []), *editor_style_hashes()]
            parts.update = update
        return parts


class DatabaseUnavailableMiddleware:
    """
    A view or template that cannot reach the database answers 503 with a
    static page instead of a 500 (or, in debug, a stack trace). Django drops
    the broken connection at the end of the request, so the next request
    connects afresh and the site recovers by itself when the database is back.
    Errors outside views reach the same page through ``embassy.views.server_error``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)):
            logger.error(
                "Database unavailable: %s",
                exception,
                extra={"path": request.path, "status_code": 503},
            )
            return database_unavailable_response()
        return None
