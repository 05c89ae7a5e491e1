"""``{{ moment|html_datetime }}``: the one way a ``<time datetime>`` attribute is written."""

from django import template

from core.clocks import html_datetime as _html_datetime

register = template.Library()


@register.filter
def html_datetime(moment):
    """A date and time as a valid ``datetime`` attribute (London time, whole seconds)."""
    return _html_datetime(moment)
