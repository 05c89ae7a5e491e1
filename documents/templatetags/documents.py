from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from documents.listing import listed_documents
from documents.pages import lists_documents
from embassy.templatetags.language_links import lang_attribute

register = template.Library()

# The markup of an item's list of documents, written in Python (an item's page renders it on
# every uncached request).
SECTION = (
    '<section class="documents" aria-labelledby="documents-heading">\n'
    '  <h2 id="documents-heading" class="documents__heading">{heading}</h2>\n'
    '  <ul class="documents__list">\n'
    "{items}\n"
    "  </ul>\n"
    "</section>"
)
ITEM = (
    '    <li class="documents__item">\n'
    '      <a class="documents__link" href="{url}" type="application/pdf" aria-describedby="document-{key}"{lang}>'
    "{title}</a>\n"
    '      <span class="documents__meta" id="document-{key}">{meta}</span>\n'
    "    </li>"
)


@register.simple_tag
def document_list(article):
    """The documents ``article`` lists, in order, each linked (PDF) with its size: one query,
    none for an item known to list none (``documents.pages.with_documents_flag``). The item's page
    is public only while the item is live, so these are a live item's documents (or a
    preview's)."""
    documents = listed_documents([article.pk]).get(article.pk, []) if lists_documents(article) else []
    if not documents:
        return ""
    items = [
        ITEM.format(
            url=conditional_escape(document.get_absolute_url()),
            key=document.key.hex,
            lang=lang_attribute(document.lang),
            title=conditional_escape(document.title),
            meta=conditional_escape(
                gettext("%(type)s, %(size)s") % {"type": document.file_type, "size": document.human_size}
            ),
        )
        for document in documents
    ]
    return mark_safe(SECTION.format(heading=conditional_escape(gettext("Documents")), items="\n".join(items)))
