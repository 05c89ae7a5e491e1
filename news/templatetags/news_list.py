from functools import lru_cache

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils import dateformat, formats, timezone
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.clocks import html_datetime
from embassy.templatetags.language_links import lang_attribute
from news.listing import archive_links
from news.models import article_urls, category_url

register = template.Library()

# The markup of one item in a list of news (home, archive, categories, months). Built in Python:
# an {% include %} per item cost more CPU than all the rest of a listing page.
ITEM = (
    '<article class="news-item">\n'
    '  <h{level} class="news-item__title"><time datetime="{datetime}">{date}</time>'
    ' - <a href="{url}">{title}</a></h{level}>\n'
    '  <p class="news-item__lead">{lead}</p>\n'
    "</article>"
)


@register.simple_tag
def article_list(articles, level=3):
    """The items of a list, each with its London date, its title linked to it and its lead.
    ``level`` is the heading level of the titles: 3 under a section's h2 (home), 2 right under
    the page's h1."""
    dated, level = dating(), int(level)
    items = [
        ITEM.format(level=level, title=conditional_escape(a.title), lead=conditional_escape(a.lead), **dated(a))
        for a in articles
    ]
    return mark_safe("\n".join(items))


# The markup of one item in a list of headlines (the side column's latest items).
HEADLINE = '<li><time datetime="{datetime}">{date}</time> <a href="{url}">{title}</a></li>'


@register.simple_tag
def headline_list(items):
    """The ``<li>`` items of a list of headlines: each item's London date and its title linked to
    it (written in Python, as ``article_list`` is)."""
    dated = dating()
    return mark_safe("\n".join(HEADLINE.format(title=conditional_escape(i.title), **dated(i)) for i in items))


def dating():
    """``dated(item)``: the ``datetime`` attribute, the date as shown and the address (escaped)
    of an item of a list. What is the same for every item is worked out once a list (the date
    format, the time zone, the address pattern), and a day's date as shown once a process."""
    date_format = formats.get_format("SHORT_DATE_FORMAT")
    language = get_language()
    zone = timezone.get_current_timezone()
    address = article_urls()

    def dated(item):
        published = item.publication_date.astimezone(zone)
        return {
            "datetime": html_datetime(published),
            "date": _short_date(published.date(), date_format, language),
            "url": escape(address(item.publication_date, item.slug)),
        }

    return dated


@lru_cache(maxsize=1024)
def _short_date(day, date_format, language):  # the language: month names are its own
    """``day`` in ``date_format`` (a format of dates only, as SHORT_DATE_FORMAT is), escaped."""
    return escape(dateformat.format(day, date_format))


SEARCH_RESULT = (
    '<article class="news-item search-result">\n'
    '  <h2 class="news-item__title"><time datetime="{datetime}">{date}</time>'
    ' - <a href="{url}">{title}</a></h2>\n'
    '  <p class="search-result__category"><a href="{category_url}"{category_lang}>{category}</a></p>\n'
    '  <p class="news-item__lead search-result__snippet">{snippet}</p>\n'
    "</article>"
)


@register.simple_tag
def search_results(results):
    """A page of search results (``news.search.Found``), each with its London date, its title
    (the words marked) linked to it, its category (each category's link worked out once a page)
    and a snippet with the words marked."""
    dated = dating()
    categories = {}
    items = []
    for found in results:
        category = found.category
        if category not in categories:
            categories[category] = {
                "category_url": escape(category_url(category.slug)),
                "category": conditional_escape(category.name),
                "category_lang": lang_attribute(category.lang),
            }
        title, snippet = conditional_escape(found.title_html), conditional_escape(found.snippet_html)
        items.append(SEARCH_RESULT.format(title=title, snippet=snippet, **dated(found), **categories[category]))
    return mark_safe("\n".join(items))


@register.simple_tag(takes_context=True)
def archive_nav(context, current_year=None, current_month=None):
    """The browse-by-date list of the page's ``archive_months`` (from the live summary of this
    request), the current year or month marked. Its markup depends on nothing else, so it is
    rendered once per month list, address prefix, language and current month, not per page."""
    months = tuple(context.get("archive_months") or ())
    if not months:
        return ""
    if settings.DEBUG:  # templates edited while the development server runs show at once
        return _render_archive_nav(months, current_year, current_month)
    return _archive_nav(months, get_script_prefix(), get_language(), current_year, current_month)


@lru_cache(maxsize=256)
def _archive_nav(months, script_prefix, language, current_year, current_month):
    return _render_archive_nav(months, current_year, current_month)


def _render_archive_nav(months, current_year, current_month):
    return render_to_string(
        "news/includes/archive_nav.html",
        {"archive_years": archive_links(months), "current_year": current_year, "current_month": current_month},
    )
