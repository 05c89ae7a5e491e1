"""
The admin of models whose texts have a version per language (django-modeltranslation, each
app's translation.py): each translated field keeps its own name on the form and holds the
English text, and its version in each other language (``title_ru``) stands beside it, so staff
edit both languages side by side and everything that was typed under the old names still is.

The admin's addresses are not under a language prefix, so Django runs it in the default
language (English): the field under its own name reads and writes the ``_en`` column.

Not modeltranslation's ``TranslationAdmin``: it renames every field (``title`` becomes
``title_en``), and its tabbed variant loads jQuery UI from a CDN.
"""

from modeltranslation.translator import NotRegistered, translator

from core import languages


def translated_fields(model):
    """The names of ``model``'s fields that have a column per language."""
    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


def with_translations(model, fields, stacked=()):
    """The lines of a fieldset with each translated field's other languages added: beside it
    on the same line, or on the next line for the fields in ``stacked`` (wide editors)."""
    translated = translated_fields(model)
    lines = []
    for line in fields:
        names = (line,) if isinstance(line, str) else tuple(line)
        added = [f"{name}_{code}" for name in names if name in translated for code in languages.translations()]
        if not added:
            lines.append(line)
        elif set(names) & set(stacked):
            lines.extend([line, *added])
        else:
            lines.append((*names, *added))
    return lines


class TranslatedFieldsMixin:
    """For a ``ModelAdmin`` or an inline: the translated fields side by side (``stacked`` ones
    one under the other), the per-language columns never listed on their own."""

    stacked_translations = ()

    def get_fields(self, request, obj=None):
        columns = {f"{name}_{code}" for name in translated_fields(self.model) for code in languages.codes()}
        return [name for name in super().get_fields(request, obj) if name not in columns]

    def get_fieldsets(self, request, obj=None):
        return [
            (title, {**options, "fields": with_translations(self.model, options["fields"], self.stacked_translations)})
            for title, options in super().get_fieldsets(request, obj)
        ]
