"""Documents as enclosures of the news feeds (``news.feeds``)."""

from django.utils.feedgenerator import Enclosure

from documents.views import CONTENT_TYPE


def document_enclosures(documents, request):
    """An ``Enclosure`` (absolute URL, length in bytes, ``application/pdf``) per document
    (``documents.listing.ListedDocument``)."""
    return [
        Enclosure(request.build_absolute_uri(document.get_absolute_url()), str(document.size), CONTENT_TYPE)
        for document in documents
    ]
