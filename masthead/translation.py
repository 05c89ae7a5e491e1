"""The day counters' sentences in each language (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from masthead.models import IncidentCounter


@register(IncidentCounter)
class IncidentCounterTranslationOptions(TranslationOptions):
    fields = ("sentence",)
