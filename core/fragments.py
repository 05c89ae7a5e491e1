"""
Parts of a page that every page repeats (the navigation, the footer, the head's links), rendered
once per process for each distinct set of what they show, not on every request.

A fragment is a template rendered from exactly the context it is given, which must be hashable
values (strings, numbers, tuples), in the active language, under the active script prefix and
URLconf. Those are its whole key, so a fragment can never be stale: when anything it shows
changes (a category renamed, a new phone number, the year), its context is different and it is
rendered again. Nothing else reaches it: no request, no user, no clock, so no visitor's or staff
member's data can land in one. With ``DEBUG`` on it is rendered every time, so that templates
edited while the development server runs show at once.
"""

from functools import lru_cache

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

# Distinct fragments kept per process (a few per language; each a few kilobytes).
MAX_FRAGMENTS = 256


def fragment(template_name, **context):
    """``template_name`` rendered with ``context`` (hashable values) and nothing else."""
    if settings.DEBUG:
        return mark_safe(render_to_string(template_name, context))
    return _rendered(template_name, tuple(sorted(context.items())), get_language(), get_script_prefix(), get_urlconf())


@lru_cache(maxsize=MAX_FRAGMENTS)
def _rendered(template_name, items, language, script_prefix, urlconf):  # the last three: the key only
    return mark_safe(render_to_string(template_name, dict(items)))


def clear(**kwargs):
    """Forgets every fragment: a receiver of ``setting_changed`` (tests that change the settings
    templates read, such as the static files' addresses)."""
    _rendered.cache_clear()
