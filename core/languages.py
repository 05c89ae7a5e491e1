"""
The page's language comes from its address, and from nothing else.

English pages live at today's addresses, with no prefix; Russian ones under
``/ru/`` (``i18n_patterns(..., prefix_default_language=False)`` in
``embassy.urls``). Neither the ``Accept-Language`` header nor a cookie ever
picks the language, so a page is the same for every visitor at its address
and the page cache keys on the path alone.

Django's ``LocaleMiddleware`` is not used: it reads the header and the cookie,
adds ``Vary: Accept-Language`` to every unprefixed page (which would split the
cache and every proxy's by a header that changes nothing) and may redirect an
unprefixed page to a prefixed one. ``LanguageFromPathMiddleware`` does only
the part we want: activate the address's language before the URL is resolved
and say it in ``Content-Language``.
"""

from django.conf import settings
from django.utils import translation


def prefixed_languages():
    """The languages whose pages live under a prefix (all but the default one)."""
    return tuple(code for code, _name in settings.LANGUAGES if code != default_language())


def default_language():
    """The language of unprefixed addresses: ``LANGUAGES``' entry for ``LANGUAGE_CODE``."""
    return translation.get_supported_language_variant(settings.LANGUAGE_CODE)


def language_from_path(path):
    """The language of the page at ``path``: a prefixed language when the path starts with its
    prefix (``/ru/…``, or ``/ru`` itself, which is redirected to ``/ru/``), else the default."""
    for code in prefixed_languages():
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            return code
    return settings.LANGUAGE_CODE


def activate_for_path(path):
    """Activate the language of ``path`` and return it."""
    language = language_from_path(path)
    translation.activate(language)
    return language


class LanguageFromPathMiddleware:
    """Activates the address's language (before the URL is resolved) and says it in the answer's
    ``Content-Language``. Adds no ``Vary``: the language is in the path."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = activate_for_path(request.path_info)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
