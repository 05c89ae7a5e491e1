"""The consular contacts' texts in each language (django-modeltranslation): what staff write
that a visitor reads. Numbers, e-mail addresses and slugs are the same in every language."""

from modeltranslation.translator import TranslationOptions, register

from consular.models import Email, Office, Phone


@register(Office)
class OfficeTranslationOptions(TranslationOptions):
    fields = ("name", "address", "opening_hours", "notes")


@register(Phone)
class PhoneTranslationOptions(TranslationOptions):
    fields = ("label",)


@register(Email)
class EmailTranslationOptions(TranslationOptions):
    fields = ("label",)
