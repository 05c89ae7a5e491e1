"""A notice's text in each language (django-modeltranslation); a notice with no Russian text
shows its English text on the Russian pages, marked as English (templates/includes/notices.html):
an emergency is never left out of a language."""

from modeltranslation.translator import TranslationOptions, register

from notices.models import Notice


@register(Notice)
class NoticeTranslationOptions(TranslationOptions):
    fields = ("text",)
