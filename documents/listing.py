"""
The documents items list, as plain values (``ListedDocument``): what an item's page and the news
feeds show of each, read in one ``values_list`` in the active language, not as Attachment and
Document instances (making those, and django-modeltranslation's look-up of the language at every
translated attribute, was most of what the list cost).
"""

import uuid
from typing import NamedTuple

from core import languages
from documents import validation
from documents.models import Attachment, document_url


class ListedDocument(NamedTuple):
    key: uuid.UUID
    title: str
    lang: str  # the default language's code when the title shown is its (none in the page's), else ""
    original_name: str
    size: int  # bytes

    def get_absolute_url(self):
        return document_url(self.key, self.original_name)

    @property
    def file_type(self):
        return "PDF"  # the library holds PDF files only

    @property
    def human_size(self):
        """ "245 KB", as the item's page shows it."""
        return validation.human_size(self.size)


def listed_documents(article_ids):
    """``{item id: [ListedDocument, …]}``: the documents the items list, each item's in the order
    staff gave them, in one query; a title falls back to the default language's where none is
    written in the active one, as django-modeltranslation's attributes do."""
    language, default = languages.normalise(), languages.DEFAULT
    titles = list(dict.fromkeys([f"document__title_{language}", f"document__title_{default}"]))
    rows = (
        Attachment.objects.filter(article__in=article_ids)
        .listed()
        .values_list("article", "document__key", "document__original_name", "document__size", *titles)
    )
    listed = {}
    for article, key, original_name, size, title, *default_title in rows:
        title, lang = languages.fallback(title, default_title[0] if default_title else title, language)
        listed.setdefault(article, []).append(ListedDocument(key, title, lang, original_name, size))
    return listed
