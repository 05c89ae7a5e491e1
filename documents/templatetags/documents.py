from django import template

from documents.models import Attachment
from documents.pages import lists_documents

register = template.Library()


@register.simple_tag
def item_documents(article):
    """The documents ``article`` lists, in order (one query). The item's page is public only
    while the item is live, so these are a live item's documents (or a preview's). No query for
    an item known to list none (``documents.pages.with_documents_flag``)."""
    if not lists_documents(article):
        return []
    return [attachment.document for attachment in Attachment.objects.filter(article=article).listed()]
