"""The document library's texts in each language (django-modeltranslation): the title is what
visitors read in an item's list of documents. The file itself is one for all languages."""

from modeltranslation.translator import TranslationOptions, register

from documents.models import Document


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
