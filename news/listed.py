"""
Items as plain values for the lists that show each one's category and lead image (the API's
lists, the news feeds): what they show, read in one ``values_list`` in the active language,
not as Article, Category and Image instances. Making those, and django-modeltranslation's
look-up of the language at every translated attribute, was most of what such a list cost (the
site's own lists read even less: ``news.listing.ListedItem``).

The titles and leads are read in the active language only: ``live(language)`` holds the items
written in it. A category's name and an image's description fall back to the default language's
where none is written, as django-modeltranslation's attributes do.
"""

import datetime
from typing import NamedTuple

from django.db.models.fields.files import FieldFile

from core import languages
from images.models import Image
from news.models import category_url, last_modified


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
    pk: int
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
        "pk",
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
            pk,
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
        items.append(ListedArticle(pk, slug, title, lead, published, updated, category, image))
    return items
