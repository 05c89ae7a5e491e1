"""What an item's page needs to know of its documents before it asks for them."""

from core.expressions import has_rows
from documents.models import Attachment


def with_documents_flag(articles):
    """``articles``, each knowing whether it lists any document (``has_documents``), in the
    query that reads it: the page of an item that lists none (most) asks for no list."""
    return articles.annotate(has_documents=has_rows(Attachment, "article", articles.model))


def lists_documents(article):
    """Whether ``article`` may list documents: false only when it is known to list none."""
    return getattr(article, "has_documents", True)
