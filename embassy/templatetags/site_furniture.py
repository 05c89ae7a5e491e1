"""
What every page repeats around its content, as fragments (``core.fragments``): the head's links,
the main navigation, the side column's categories and the footer. Each is given exactly what it
shows, so it is rendered once per process for each distinct set of that, in each language.
"""

from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.translation import get_language

from core.fragments import fragment

register = template.Library()


def _categories(context):
    return tuple(context.get("news_categories") or ())


def _current(context, categories):
    """The page's address when the navigation links to it (it is marked ``aria-current``), else
    ``""``: so there are as many navigations as links, not as pages."""
    path = getattr(context.get("request"), "path", "")
    slugs = tuple(category.slug for category in categories)
    key = (get_language(), get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    return path if path in _linked(slugs, *key) else ""


@lru_cache(maxsize=64)
def _linked(slugs, language, script_prefix, urlconf, root_urlconf):  # the last four: the key only
    """The addresses the navigation and the side column link to."""
    return frozenset(
        [
            reverse("home"),
            reverse("news:archive"),
            reverse("consular:contacts"),
            *(reverse("news:category", kwargs={"slug": slug}) for slug in slugs),
        ]
    )


@register.simple_tag(takes_context=True)
def site_head(context):
    """The links every page's head carries: icon, font, stylesheets, script and the news feeds."""
    return fragment("includes/site_head.html", site_name=context.get("site_name") or "")


@register.simple_tag(takes_context=True)
def site_nav(context):
    categories = _categories(context)
    return fragment("includes/site_nav.html", news_categories=categories, current=_current(context, categories))


@register.simple_tag(takes_context=True)
def sidebar_categories(context):
    categories = _categories(context)
    return fragment(
        "news/includes/sidebar_categories.html", news_categories=categories, current=_current(context, categories)
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    masthead = context.get("masthead") or {}
    return fragment(
        "includes/site_footer.html",
        site_name=context.get("site_name") or "",
        contact=masthead.get("contact"),  # a frozen dataclass (masthead.data.Contact), or None
        year=str(timezone.localtime().year),  # London's ("2026", not a localised number)
    )


@register.simple_tag(takes_context=True)
def site_title(context):
    """The site's name and logo, linked to the home page."""
    branding = context.get("branding")
    return fragment(
        "includes/site_title.html",
        site_name=context.get("site_name") or "",
        logo=branding["logo"] if branding else None,  # a frozen dataclass (branding.data.Logo)
    )


@register.simple_tag
def site_search():
    """The header's search box."""
    return fragment("includes/site_search.html")
