"""The image library's texts in each language (django-modeltranslation): the alt text, the
caption and the credit are all read by visitors (or their screen readers)."""

from modeltranslation.translator import TranslationOptions, register

from images.models import Image


@register(Image)
class ImageTranslationOptions(TranslationOptions):
    fields = ("alt_text", "caption", "credit")
