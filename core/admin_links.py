"""Admin helpers that know no app: a linked line naming an object."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst


def protected_line(admin_site, obj, note):
    """ "Article: <a>Title</a> (note)", as Django lists a protected object on a delete page."""
    opts = obj._meta
    return format_html(
        '{}: <a href="{}">{}</a> ({})',
        capfirst(opts.verbose_name),
        reverse(f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]),
        obj,
        note,
    )
