"""
The page cache's middleware: first in the stack, so a page served from the
cache costs no session, sign-in, CSRF or database work at all.

- A request with a session or messages cookie (staff, a preview) is never
  answered from the cache, and its answer is never stored: it gets
  ``Cache-Control: private, no-cache`` so no browser or proxy keeps it either.
- An anonymous GET or HEAD of a public page is answered from the cache while
  the entry is fresh (see ``pagecache.store``), else rendered; a 200 that sets
  no cookie, does not vary on Cookie, names no CSRF token, comes from nobody
  signed in and says nothing of its own about caching is stored until it stops
  being true (``pagecache.lifetime``).
- Every public answer carries ``Cache-Control: public`` with ``max-age`` and
  ``s-maxage`` up to that moment, an ``ETag`` and a ``Last-Modified``, and
  ``If-None-Match`` / ``If-Modified-Since`` get a 304; ``If-Modified-Since``
  alone does not when another version of the page was cached in the same
  second (dates count whole seconds).
"""

import math
import time

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    has_vary_header,
    patch_cache_control,
    set_response_etag,
)
from django.utils.functional import empty
from django.utils.http import http_date
from django.utils.translation import get_language

from core.languages import language_from_path
from pagecache import keys, lifetime, store


def _signed_in(request):
    """Whether the request has loaded a signed-in user (never loads one itself)."""
    user = request.__dict__.get("user")
    if user is None or getattr(user, "_wrapped", None) is empty:
        return False
    return bool(user.is_authenticated)


def storable(request, response):
    """Whether ``response`` is a public page, the same for every anonymous visitor."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Cache-Control")
        and not has_vary_header(response, "Cookie")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not _signed_in(request)
    )


def _lookup(request):
    """``(page key, version, now, the entry found (fresh or not) or None, the cached response or
    None)``; the key is ``None`` when the cache stays out of the request (see
    ``pagecache.keys.for_request``)."""
    page = keys.for_request(request) if settings.EMBASSY_PAGE_CACHE else None
    if page is None:
        return None, None, None, None, None
    now = time.time()
    entry, version = store.fetch(page)
    if entry is None or not entry.fresh(version, now):
        return page, version, now, entry, None
    response = HttpResponse(entry.content, status=entry.status, headers=dict(entry.headers))
    return page, version, now, entry, _public(request, response, entry, now)


def _shares_second(previous, now, content):
    """Whether a page rendered at ``now`` with ``content`` is dated (Last-Modified, whole seconds)
    like another version of it: ``previous``, the entry it replaces, made in the same second with
    other content or itself dated like another."""
    return (
        previous is not None
        and int(previous.filled) == int(now)
        and (previous.shared_second or previous.content != content)
    )


def cached_response(request):
    """The page ``request`` asks for, fresh from the cache (a 304 when the client holds it), or
    ``None`` when it must go to the site (a session, a page the cache stays out of, a miss)."""
    if keys.carries_session(request):
        return None
    # The address's language, to resolve it (the fast path runs before any middleware).
    with translation.override(language_from_path(request.path_info)):
        return _lookup(request)[4]


def max_age(expires, now):
    """The ``max-age`` of a page sent at ``now`` that is true until ``expires`` (both seconds
    since the epoch), for caches that count whole seconds. nginx keeps a page until the end of the
    second its lifetime ends in, counted from the second it got the page in, which may already be
    the next one: counted from the next whole second and one less, the page never outlives
    ``expires`` there, as long as it reaches the cache within a second."""
    return max(0, math.floor(expires - math.ceil(now)) - 1)


def _public(request, response, entry, now):
    """``response`` as a public page that stays true until ``entry.expires``, or a 304."""
    seconds = max_age(entry.expires, now)
    patch_cache_control(response, public=True, max_age=seconds, s_maxage=seconds)
    last_modified = None if entry.shared_second else int(entry.filled)  # then only the ETag gets a 304
    answer = get_conditional_response(
        request, etag=response.headers["ETag"], last_modified=last_modified, response=response
    )
    # The page's language on the page and on a 304 for it (Django's 304 copies only the validators).
    answer.headers.setdefault("Content-Language", get_language())
    return answer


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if keys.carries_session(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                add_never_cache_headers(response)
            return response
        page, version, now, previous, cached = _lookup(request)
        if cached is not None:
            return cached

        response = self.get_response(request)
        if page is None or not storable(request, response):
            return response
        set_response_etag(response)
        response.headers["Last-Modified"] = http_date(now)
        entry = store.Entry(
            version=version,
            filled=now,
            expires=lifetime.expiry(now),
            status=response.status_code,
            headers=tuple(response.items()),
            content=response.content,
            shared_second=_shares_second(previous, now, response.content),
        )
        if page.exact and request.method == "GET":  # a HEAD's body may have been left out on the way
            store.save(page, entry)
        return _public(request, response, entry, time.time())
