"""Documents as enclosures of the news feeds (``news.feeds``)."""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils.feedgenerator import Enclosure

from documents.models import Attachment
from documents.views import CONTENT_TYPE

# What an enclosure shows of a document: its address (key and name) and its length.
ENCLOSURE_FIELDS = ("article", "document__key", "document__original_name", "document__size")


def prefetch_documents(articles):
    """Reads the documents of ``articles`` (a list of items) in one query, of them only the columns
    an enclosure shows: ``article.listed_attachments``."""
    listed = Attachment.objects.listed().only(*ENCLOSURE_FIELDS)
    prefetch_related_objects(articles, Prefetch("attachments", queryset=listed, to_attr="listed_attachments"))


def document_enclosures(article):
    """An ``Enclosure`` (absolute URL, length in bytes, ``application/pdf``) per document the item lists."""
    request = article.feed_request
    return [
        Enclosure(request.build_absolute_uri(a.document.get_absolute_url()), str(a.document.size), CONTENT_TYPE)
        for a in getattr(article, "listed_attachments", ())
    ]
