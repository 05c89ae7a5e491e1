"""
The site's languages (``settings.LANGUAGES``): the codes content is written in, and which of
them is meant when code is given a language, or none (the active one).
"""

from django.conf import settings
from django.utils import translation

# The language every item is written in first: its version is the item itself.
DEFAULT = "en"


def codes():
    """The language codes of the site, the default first (``("en", "ru")``)."""
    return tuple(code for code, _name in settings.LANGUAGES)


def normalise(language=None):
    """A code of ``codes()``: ``language``, or the active language when it is ``None``
    (``"en-gb"`` is ``"en"``, ``"ru-RU"`` is ``"ru"``); anything unknown is the default."""
    if language is None:
        language = translation.get_language()
    if not language:
        return DEFAULT
    language = str(language).lower().replace("_", "-")
    known = codes()
    if language in known:
        return language
    generic = language.split("-")[0]
    return generic if generic in known else DEFAULT


def fallback(text, default_text, language):
    """``(shown, lang)`` of a translated text in ``language``: its own ``text`` when one is
    written (not white space only), else ``default_text``, the default language's, with ``lang``
    that language's code to mark it (``""`` when the text shown is the page's own language's)."""
    text = (text or "").strip()
    if text or language == DEFAULT or not default_text:
        return text or default_text or "", ""
    return default_text, DEFAULT


def translations():
    """The codes other than the default: the languages a version may be missing in."""
    return tuple(code for code in codes() if code != DEFAULT)


# The page's language comes from its address, and from nothing else.
#
# English pages live at today's addresses, with no prefix; Russian ones under /ru/
# (i18n_patterns(..., prefix_default_language=False) in embassy.urls). Neither the
# Accept-Language header nor a cookie ever picks the language, so a page is the same for every
# visitor at its address and the page cache keys on the path alone.
#
# Django's LocaleMiddleware is not used: it reads the header and the cookie, adds
# "Vary: Accept-Language" to every unprefixed page (which would split the cache and every
# proxy's by a header that changes nothing) and may redirect an unprefixed page to a prefixed
# one. LanguageFromPathMiddleware does only the part we want: activate the address's language
# before the URL is resolved and say it in Content-Language.


def language_from_path(path):
    """The language to activate for the page at ``path``: a translation's code when the path
    starts with its prefix (``/ru/…``, or ``/ru`` itself, which is redirected to ``/ru/``), else
    ``LANGUAGE_CODE`` (the unprefixed addresses' language, as i18n_patterns expects it)."""
    for code in translations():
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            return code
    return settings.LANGUAGE_CODE


class LanguageFromPathMiddleware:
    """Activates the address's language for the request (before the URL is resolved) and says it
    in the answer's ``Content-Language``. Adds no ``Vary``: the language is in the path."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_from_path(request.path_info)
        request.LANGUAGE_CODE = language
        # Only for this request: the thread's language is back as it was afterwards.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


def override(language):
    """``translation.override`` for a page in ``language`` (a code of ``codes()``), as its address
    is reversed: the default language is activated as ``LANGUAGE_CODE``, the language of the
    unprefixed addresses (activating "en" itself would reverse them under /en/)."""
    return translation.override(settings.LANGUAGE_CODE if normalise(language) == DEFAULT else language)
