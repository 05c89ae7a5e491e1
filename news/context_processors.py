"""
The news categories for the navigation on every page, cached: no query once
warm. The entry holds every language's name, so one entry serves every
language; saving or deleting a category clears it.
"""

from typing import NamedTuple

from django.utils.functional import SimpleLazyObject

from core import languages
from core.cached import CachedRead


class CategoryLink(NamedTuple):
    """A category as the navigation shows it, in one language: ``lang`` is the default
    language's code when its name is shown in that language (none written in the page's), else
    ``""``."""

    slug: str
    name: str
    lang: str


def _read():
    """``{language: [(slug, {language: name}), …]}``: each language's list in the order the
    categories have in it (``Meta.ordering``: their order, then their name in that language), as
    the API and the admin list them."""
    from news.models import Category

    codes = languages.codes()
    fields = [f"name_{code}" for code in codes]
    listed = {}
    for code in codes:
        with languages.override(code):
            rows = Category.objects.values_list("slug", *fields)
            listed[code] = [(slug, dict(zip(codes, names, strict=True))) for slug, *names in rows]
    return listed


category_links = CachedRead("embassy:news-categories:v3", _read)


def category_link(slug, name, default_name, language):
    """A category as it is shown in ``language``: its ``name`` in it, or, where none is written,
    ``default_name`` (the default language's), marked with that language's code."""
    return CategoryLink(slug, *languages.fallback(name, default_name, language))


def in_language(categories, language):
    """``(CategoryLink, …)`` of the cached ``categories`` in ``language``, in its order, falling
    back to the default language's name where none is written."""
    default = languages.DEFAULT
    return tuple(
        category_link(slug, names.get(language), names[default], language) for slug, names in categories[language]
    )


def news_categories(request):
    """The categories, read only by a page that shows them (the admin's do not)."""
    return {"news_categories": SimpleLazyObject(lambda: in_language(category_links.get(), languages.normalise()))}


def connect_invalidation():
    from news.models import Category

    category_links.clear_on_change_of(Category)
