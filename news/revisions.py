"""
What changed between two saved versions of an article (django-reversion),
for the admin's compare view: one row per changed field, text fields as a
word-by-word diff (``<del>`` / ``<ins>``), other fields as "before → after".
"""

import difflib
import re

from django.db import models
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from news.models import Article
from news.workflow import london

# Bookkeeping, not content: left out of the comparison.
NOT_COMPARED = {"id", "created", "updated", *Article.SEARCH_VECTORS, "image_width", "image_height"}

# Words, runs of white space and whole HTML tags.
TOKENS = re.compile(r"<[^>]*>|\s+|[^\s<]+")


def text_diff(old, new):
    """HTML: ``old`` turned into ``new`` word by word, escaped, with
    removals in ``<del>`` and additions in ``<ins>``."""
    before, after = TOKENS.findall(old or ""), TOKENS.findall(new or "")
    parts = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(before[i1:i2])))
            continue
        if i2 > i1:
            parts.append(format_html("<del>{}</del>", "".join(before[i1:i2])))
        if j2 > j1:
            parts.append(format_html("<ins>{}</ins>", "".join(after[j1:j2])))
    return mark_safe("".join(parts))


def display(field, value):
    """A field's stored value as an editor reads it."""
    if value is None or value == "":
        return "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else _("(deleted: %(pk)s)") % {"pk": value}
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(field, models.DateTimeField):
        return london(value)
    if isinstance(field, models.FileField):
        return str(value)
    return str(value)


def changes(old_version, new_version):
    """[{"label", "name", "diff"}] for every field that differs."""
    old, new = old_version.field_dict, new_version.field_dict
    rows = []
    for field in Article._meta.concrete_fields:
        if field.name in NOT_COMPARED or field.attname not in old or field.attname not in new:
            continue
        before, after = old[field.attname], new[field.attname]
        if before == after:
            continue
        if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
            diff = text_diff(before, after)
        else:
            diff = format_html(
                '<del>{}</del> <span aria-hidden="true">→</span> <ins>{}</ins>',
                display(field, before),
                display(field, after),
            )
        rows.append({"label": capfirst(field.verbose_name), "name": field.name, "diff": diff})
    return rows
