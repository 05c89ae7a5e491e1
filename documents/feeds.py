"""Documents as enclosures of the news feeds (``news.feeds``)."""

from django.utils.feedgenerator import Enclosure

from documents.models import Attachment
from documents.views import CONTENT_TYPE

# What an enclosure shows of a document: its address (key and name) and its length.
ENCLOSURE_FIELDS = ("article", "document__key", "document__original_name", "document__size")


def listed_documents(article_ids):
    """``{item id: [document, …]}``: the documents the items list, each item's in its order, in one
    query, of them only the columns an enclosure shows."""
    listed = {}
    for attachment in Attachment.objects.filter(article__in=article_ids).listed().only(*ENCLOSURE_FIELDS):
        listed.setdefault(attachment.article_id, []).append(attachment.document)
    return listed


def document_enclosures(documents, request):
    """An ``Enclosure`` (absolute URL, length in bytes, ``application/pdf``) per document."""
    return [
        Enclosure(request.build_absolute_uri(document.get_absolute_url()), str(document.size), CONTENT_TYPE)
        for document in documents
    ]
