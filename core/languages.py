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


def translations():
    """The codes other than the default: the languages a version may be missing in."""
    return tuple(code for code in codes() if code != DEFAULT)
