"""
The search page's fields (words, category, dates) written in Python instead of a template loop:
the page renders its form on every uncached request, and the loop (a label, an input and the
errors of each field, an option per category) cost more CPU than the rest of its form.
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from embassy.templatetags.language_links import lang_attribute

register = template.Library()

FIELD = (
    '<div class="search-form__field search-form__field--{name}">\n'
    '        <label for="{id}">{label}</label>\n'
    "        {input}\n"
    "        {errors}\n"
    "      </div>"
)
ERRORS = '<div class="form-errors" role="alert">{}</div>'
OPTION = '<option value="{value}"{selected}{lang}>{name}</option>'


@register.simple_tag(takes_context=True)
def search_fields(context, form):
    """Each field of ``form`` (``news.forms.SearchForm``): its label, its input and its errors.
    The category menu lists the navigation's cached categories (``news_categories``: no query),
    each in the page's language or marked ``lang`` where it falls back."""
    fields = []
    for field in form:
        if field.name == "category":
            control = category_menu(field, context.get("news_categories") or ())
        else:
            control = str(field)
        fields.append(
            FIELD.format(
                name=field.name,
                id=conditional_escape(field.id_for_label),
                label=conditional_escape(field.label),
                input=control,
                errors=ERRORS.format(field.errors) if field.errors else "",
            )
        )
    return mark_safe("\n      ".join(fields))


def category_menu(field, categories):
    """The ``<select>`` of the categories, the one asked for selected ("All categories" when
    none is)."""
    selected = field.value() or ""
    empty = conditional_escape(field.field.empty_label)
    options = [OPTION.format(value="", selected="" if selected else " selected", lang="", name=empty)]
    options += [
        OPTION.format(
            value=conditional_escape(category.slug),
            selected=" selected" if category.slug == selected else "",
            lang=lang_attribute(category.lang),
            name=conditional_escape(category.name),
        )
        for category in categories
    ]
    name, id_ = conditional_escape(field.html_name), conditional_escape(field.id_for_label)
    return f'<select name="{name}" id="{id_}">\n          ' + "\n          ".join(options) + "\n          </select>"
