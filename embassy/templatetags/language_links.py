"""
The page's other languages: the ``<link rel="alternate" hreflang>`` tags in its head and the
language switcher, a plain link in its header (no script, no form, no cookie: the same for every
visitor, so the page stays cacheable, and crawlable).

A page says which languages it really exists in with ``page_languages`` in its context (an item:
the languages of its public versions; a date archive: those with items in that period); by default
a page exists in every language. The alternates list exactly those (plus ``x-default``, the English
page), and only on first pages of lists: page 3 of the English list is not page 3 of the Russian
one. The switcher leads to the same page in the other language and never to a 404: to the first
page of a list; to the item's own Russian address for an item in English only, where the Russian
news list says that it is in English only (``news.views.ArticleDetailView``); to the other
language's news list for a date archive with nothing in that language; to the home page from an
error page.
"""

from urllib.parse import urlencode

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core import languages
from pagecache.keys import PAGE_NUMBERS, PARAMETERS

register = template.Library()


def _address(match, language, query):
    with languages.override(language):
        try:
            url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return None
    return f"{url}?{query}" if query else url


def _query(request, view_name):
    """What the page reads from its query string, page numbers left out (the first page)."""
    reads = [name for name in PARAMETERS.get(view_name, ()) if name not in PAGE_NUMBERS]
    return urlencode([(name, value) for name in reads for value in request.GET.getlist(name)])


def _home(language):
    with languages.override(language):
        return reverse("home")


def _news_list(language):
    with languages.override(language):
        return reverse("news:archive")


# Their markup, written in Python: an inclusion template cost more than working out the links.
ALTERNATE = '<link rel="alternate" hreflang="{}" href="{}">\n  '
SWITCH = '<li><a href="{href}" hreflang="{code}" lang="{code}">{name}</a></li>'


@register.simple_tag(takes_context=True)
def language_links(context, where):
    """``where="head"``: the alternates; ``where="switcher"``: the link to the other language."""
    alternates, switches = links(context, where)
    markup = "".join(ALTERNATE.format(escape(a["hreflang"]), escape(a["href"])) for a in alternates)
    if switches:
        items = "".join(SWITCH.format(**{key: escape(value) for key, value in s.items()}) for s in switches)
        markup += f'<ul class="language-switcher">{items}</ul>'
    return mark_safe(markup + "\n")


def links(context, where):
    """``(alternates, switches)``: ``{"hreflang", "href"}`` and ``{"code", "href", "name"}``."""
    request = context.get("request")
    current = languages.normalise()
    match = getattr(request, "resolver_match", None) if request is not None else None
    names = languages.codes()
    default = languages.DEFAULT
    exists_in = context.get("page_languages")
    if exists_in is None:
        exists_in = tuple(names)
    first_page = request is not None and not any(request.GET.get(name) not in (None, "", "1") for name in PAGE_NUMBERS)
    query = context.get("language_query")  # the view's own, cleaned (the search's words as searched)
    if query is None:
        query = _query(request, match.view_name) if match is not None and match.url_name else ""

    alternates = []
    if where == "head" and match is not None and match.url_name and first_page and not context.get("no_alternates"):
        for code in names:
            if code in exists_in and (url := _address(match, code, query)):
                alternates.append({"hreflang": code, "href": request.build_absolute_uri(url)})
        default_href = next((a["href"] for a in alternates if a["hreflang"] == default), None)
        if len(alternates) > 1 and default_href:
            alternates.append({"hreflang": "x-default", "href": default_href})
        else:
            alternates = []  # a page in one language only has no alternates

    switches = []
    if where == "switcher":
        for code in languages.codes():
            if code == current:
                continue
            if match is None or not match.url_name:
                url = _home(code)  # an error page: the same page would be one too
            elif code in exists_in or context.get("switch_to_same_address"):
                url = _address(match, code, query) or _news_list(code)
            else:
                url = _news_list(code)
            info = translation.get_language_info(code)
            switches.append({"code": code, "href": url, "name": info["name_local"]})
    return alternates, switches


@register.filter
def fallback_lang(obj, field):
    """`` lang="en"`` when ``obj``'s ``field`` shows its default-language text on a page in
    another language (no translation written: django-modeltranslation falls back), else ``""``:
    ``<h2{{ category|fallback_lang:"name" }}>{{ category.name }}</h2>``."""
    default = languages.DEFAULT
    code = languages.normalise()
    if obj is None or code == default:
        return ""
    if getattr(obj, f"{field}_{code}", None) or not getattr(obj, f"{field}_{default}", None):
        return ""
    return lang_attribute(default)


def lang_attribute(code):
    """`` lang="code"`` for a text in another language than its page's (``code``), else ``""``."""
    return mark_safe(f' lang="{code}"') if code else ""
