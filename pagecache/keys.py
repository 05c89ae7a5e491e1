"""
Which requests the page cache may answer, and the key of the page each asks for.

A page's key is its scheme, host, path and the query parameters the page
really reads (``PARAMETERS``), so ``/?utm_source=x`` is the home page. Only
page numbers keep a request in the shared cache; anything else a visitor can
vary at will (search words, filters, an unusual ``Accept``) goes to a small
per-process cache instead, so a flood of unique query strings can neither grow
the shared cache nor push the hot pages out of it.
"""

import functools
import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import Resolver404, resolve

from core import languages

PAGE_NUMBER = ("page",)
LANGUAGE = "lang"

# The query parameters each public page reads, by URL name. A page left out reads none.
PARAMETERS = {
    "news:archive": PAGE_NUMBER,
    "news:archive_year": PAGE_NUMBER,
    "news:archive_month": PAGE_NUMBER,
    "news:category": PAGE_NUMBER,
    "news:search": ("q", "category", "date_from", "date_to", "page"),
    "api:article-list": (LANGUAGE, "q", "category", "date_from", "date_to", "page", "page_size"),
    "api:article-detail": (LANGUAGE,),
    "api:category-list": (LANGUAGE,),
    "api:category-detail": (LANGUAGE,),
    "api:schema": ("format",),
    "sitemap": ("p",),
    "sitemap-section": ("p",),
}

# Parameters that are page numbers: as many values as there are pages, so they stay in the shared cache.
PAGE_NUMBERS = frozenset({"page", "p"})

# The API's language (?lang=): one of a few values, so those stay in the shared cache too.
LANGUAGE_VALUES = frozenset({"", "en", "ru"})

# The API answers by its Accept header (a 406 for what it cannot give); these common values are
# kept in the shared cache, any other in the bounded one.
COMMON_ACCEPTS = frozenset({"", "*/*", "application/json"})

# The messages framework's cookie (django.contrib.messages.storage.cookie.CookieStorage).
MESSAGES_COOKIE = "messages"


@dataclass(frozen=True)
class PageKey:
    key: str
    # In the small per-process cache (search words, filters, ...) rather than the shared one.
    bounded: bool
    # The query holds exactly what the page reads: the answer may be stored. With anything
    # else in it (utm_source=...), a stored page is served, but the answer is not stored.
    exact: bool


# The shape of a cached page (``pagecache.store.Entry``), in every page's key: workers of two
# releases sharing Redis during a deploy never read each other's pages (an older worker cannot
# unpickle an entry with a field it does not know). Change it whenever Entry changes.
ENTRY_FORMAT = "v2"  # v2: Entry.shared_second


def carries_session(request):
    """Whether the request comes with a session or messages cookie (signed-in staff, a preview,
    a message waiting): never answered from the cache, never stored."""
    if not request.META.get("HTTP_COOKIE"):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies


@functools.cache
def _excluded_prefixes():
    return (
        settings.STATIC_URL,
        settings.MEDIA_URL,
        "/" + settings.EMBASSY_ADMIN_URL,
        "/healthz",
        *(f"/{code}/news/preview/" for code in languages.translations()),
        "/news/preview/",
    )


@functools.lru_cache(maxsize=4096)
def view_name(urlconf, path):
    """The URL name of the page at ``path`` (``None`` when nothing answers there)."""
    try:
        return resolve(path, urlconf).view_name
    except Resolver404:
        return None


def _page_number(value):
    """A page number as the page reads it ("007" is page 7); ``None`` for the first page."""
    if value.isascii() and value.isdigit() and len(value) < 12:
        value = str(int(value))
    return None if value in ("", "1") else value


def for_request(request):
    """The key of the page ``request`` asks for, or ``None`` when the cache must stay out of it
    (not a GET or HEAD, the admin, static files, a host that is not allowed, a plain-HTTP request
    about to be redirected to HTTPS, or an address nothing answers at)."""
    if request.method not in ("GET", "HEAD"):
        return None
    path = request.path_info
    if path.startswith(_excluded_prefixes()):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None  # the rest of the stack answers 400 and logs it
    secure = request.is_secure()
    if settings.SECURE_SSL_REDIRECT and not secure:
        return None
    name = view_name(settings.ROOT_URLCONF, path)
    if name is None:
        return None
    reads = PARAMETERS.get(name, ())
    query, exact, bounded = "", True, False
    if request.META.get("QUERY_STRING"):
        items = []
        for parameter in sorted(request.GET):
            values = request.GET.getlist(parameter)
            if parameter not in reads:
                exact = False
            elif parameter in PAGE_NUMBERS:
                if (number := _page_number(values[-1])) is not None:
                    items.append((parameter, number))
            elif parameter == LANGUAGE and values[-1] in LANGUAGE_VALUES:
                if values[-1] not in ("", "en"):  # English, the default, is the address without it
                    items.append((parameter, values[-1]))
            else:
                bounded = True
                items.extend((parameter, value) for value in values)
        query = urlencode(items)
    accept = ""
    if name.startswith("api:"):
        accept = request.META.get("HTTP_ACCEPT", "")
        bounded = bounded or accept not in COMMON_ACCEPTS
    address = f"{'https' if secure else 'http'}://{host}{path}?{query}\n{accept}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return PageKey(key=f"page:{ENTRY_FORMAT}:{digest}", bounded=bounded, exact=exact)
