"""
Form inputs whose markup is written in Python instead of through the template
engine: the same markup as Django's own templates (``input.html`` and
``attrs.html`` in django/forms/templates/django/forms/widgets/), from the same
widget context (``get_context()``: the name, the formatted value, the id, the
``aria-*`` attributes of a field with errors), for a tenth of the CPU. A public
page that renders a form on every uncached request (the search page) uses them.
"""

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe


def flat_attributes(attrs):
    """``attrs`` as Django's ``attrs.html`` writes them: `` name="value"`` each, escaped; a
    ``True`` value is the bare name, a ``False`` one is left out."""
    return mark_safe(
        "".join(
            ""
            if value is False
            else f" {conditional_escape(name)}"
            if value is True
            else f' {conditional_escape(name)}="{conditional_escape(value)}"'
            for name, value in attrs.items()
        )
    )


class PlainInput:
    """Mixin for an ``<input>`` widget: ``render()`` writes the markup of Django's ``input.html``
    itself."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        return format_html(
            '<input type="{}" name="{}"{}{}>', widget["type"], widget["name"], value, flat_attributes(widget["attrs"])
        )


class TextInput(PlainInput, forms.TextInput):
    pass


class DateInput(PlainInput, forms.DateInput):
    pass
