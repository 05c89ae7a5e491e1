from django import template
from django.utils.safestring import mark_safe

from images.html import image_attributes, render_attributes, with_library_images

register = template.Library()


@register.simple_tag
def responsive_image(image, eager=False, css_class=""):
    """``<img>`` with the image's renditions in ``srcset``, ``width`` and
    ``height``; lazily loaded unless ``eager`` (for images above the fold)."""
    attributes = image_attributes(image, eager=eager)
    if css_class:
        attributes = {"class": css_class} | attributes
    return mark_safe(f"<img {render_attributes(attributes)}>")  # noqa: S308 - every value escaped


@register.filter
def library_images(html):
    """Sanitised rich text with library images served responsively."""
    return with_library_images(html)
