"""
The API's lists as plain values: what ``ArticleSerializer`` shows of each item, read in one
``values_list`` in the active language, not as Article, Category and Image instances. Making
those, and django-modeltranslation's look-up of the language at every translated attribute, was
most of what a list cost (the site's lists do the same: ``news.listing.ListedItem``).

The titles and leads are read in the active language only: ``live(language)`` holds the items
written in it. A category's name and an image's description fall back to the default language's
where none is written, as django-modeltranslation's attributes do.
"""

import datetime
from typing import NamedTuple

from django.core.paginator import Paginator
from django.db.models.fields.files import FieldFile

from core import languages
from images.models import Image
from news.listing import LivePaginator
from news.models import category_url, last_modified
from news.search import CappedPaginator


class ListedCategory(NamedTuple):
    name: str
    slug: str

    def get_absolute_url(self):
        return category_url(self.slug)


class ListedImage(NamedTuple):
    file: FieldFile  # the original, as the model's own field gives it (``file.url``)
    width: int
    height: int
    alt_text: str


class ListedArticle(NamedTuple):
    slug: str
    title: str
    lead: str
    publication_date: datetime.datetime
    updated: datetime.datetime
    category: ListedCategory
    image: ListedImage | None

    @property
    def last_modified(self):
        return last_modified(self.publication_date, self.updated)


def _translated(name, language):
    """The columns of ``name`` in ``language`` and in the default one (its fallback)."""
    return f"{name}_{language}", f"{name}_{languages.DEFAULT}"


def listed_articles(articles):
    """The rows of ``articles`` (a ``live()`` queryset, perhaps sliced) as ``ListedArticle``s, in
    its order."""
    language = languages.normalise()
    columns = (
        "slug",
        f"title_{language}",
        f"lead_{language}",
        "publication_date",
        "updated",
        *_translated("category__name", language),
        "category__slug",
        "image__file",
        "image__width",
        "image__height",
        *_translated("image__alt_text", language),
    )
    # In the default language a translated column and its fallback are one column, read once.
    read = list(dict.fromkeys(columns))
    positions = [read.index(column) for column in columns]
    file_field = Image._meta.get_field("file")
    items = []
    for row in articles.values_list(*read):
        (
            slug,
            title,
            lead,
            published,
            updated,
            name,
            default_name,
            category_slug,
            file,
            width,
            height,
            alt,
            default_alt,
        ) = (row[position] for position in positions)
        image = ListedImage(FieldFile(None, file_field, file), width, height, alt or default_alt) if file else None
        category = ListedCategory(name or default_name, category_slug)
        items.append(ListedArticle(slug, title, lead, published, updated, category, image))
    return items


class ListedPages:
    """A paginator whose pages hold ``ListedArticle``s (``_get_page``: Django's hook for the
    page a paginator makes)."""

    def _get_page(self, object_list, *args, **kwargs):
        return super()._get_page(listed_articles(object_list), *args, **kwargs)


class ListedPaginator(ListedPages, Paginator):
    """Pages of a list a filter narrows past what the live summary counts (it is counted)."""


class ListedLivePaginator(ListedPages, LivePaginator):
    """Pages of a list counted and paged from the live summary."""


class ListedCappedPaginator(ListedPages, CappedPaginator):
    """Pages of a search's matches, counted up to ``MAX_COUNTED``."""
