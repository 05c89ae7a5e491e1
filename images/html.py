"""
Library images inside rich text.

The body editor (django-prose-editor's Image and Figure extensions) inserts a
plain ``<img src alt>``. When ``src`` is the address of an image from the
library (``/media/images/<key>/...``, as shown in the image admin), the page
gets the library's renditions: ``srcset``, ``sizes``, ``width``, ``height``,
lazy loading, and the library's alt text when the editor's was left empty.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

from images.models import Image

# A whole <img> tag: quoted attribute values may hold ">" and "<" (the
# sanitiser's serialiser escapes neither inside attributes).
IMG_TAG = re.compile(r"""<img\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.IGNORECASE)

# The article column: the --measure (44rem) on wide screens, the screen less
# the container's padding on narrow ones.
SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)"


class _StartTag(HTMLParser):
    attrs = ()

    def handle_starttag(self, tag, attrs):
        self.attrs = attrs

    handle_startendtag = handle_starttag


def _attributes(tag):
    parser = _StartTag(convert_charrefs=True)
    parser.feed(tag)
    parser.close()
    return {name: value or "" for name, value in parser.attrs}


def _media_path(src):
    path = urlsplit(src).path
    return path[len(settings.MEDIA_URL) :] if path.startswith(settings.MEDIA_URL) else None


def _key(path):
    """The image key in a library path (``images/<key>/<file>``), else ``None``."""
    parts = path.split("/")
    return parts[1] if len(parts) == 3 else None


def _library(tags):
    """{media path: Image} for the tags' sources that are library images."""
    paths = {path for tag in tags if (path := _media_path(_attributes(tag).get("src", "")))}
    by_key = {image.key.hex: image for image in Image.objects.from_paths(paths)}
    return {path: by_key[key] for path in paths if (key := _key(path)) in by_key}


def image_attributes(image, *, alt=None, eager=False, sizes=SIZES):
    """The ``<img>`` attributes that serve ``image`` responsively."""
    shown = image.default_rendition
    attributes = {"src": shown["url"]}
    if image.renditions:
        attributes |= {"srcset": image.srcset, "sizes": sizes}
    attributes |= {"width": shown["width"], "height": shown["height"], "alt": alt or image.alt_text}
    attributes |= {"fetchpriority": "high"} if eager else {"loading": "lazy", "decoding": "async"}
    return attributes


def render_attributes(attributes):
    return " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items())


def with_library_images(html):
    """``html`` (already sanitised) with its library images served responsively."""
    tags = IMG_TAG.findall(html or "")
    library = _library(tags) if tags else {}
    if not library:
        return mark_safe(html or "")  # noqa: S308 - sanitised when saved

    def replace(match):
        attributes = _attributes(match.group(0))
        image = library.get(_media_path(attributes.get("src", "")) or "")
        if image is None:
            return match.group(0)
        return f"<img {render_attributes(image_attributes(image, alt=attributes.get('alt', '').strip()))}>"

    return mark_safe(IMG_TAG.sub(replace, html))  # noqa: S308 - sanitised when saved; attributes escaped here


def images_without_alt(html):
    """The ``src`` of each image in ``html`` that has no alt text and is not
    from the library (whose alt text is used instead)."""
    tags = IMG_TAG.findall(html or "")
    missing = [tag for tag in tags if not _attributes(tag).get("alt", "").strip()]
    if not missing:
        return []
    library = _library(missing)
    sources = [_attributes(tag).get("src", "") for tag in missing]
    return [src for src in sources if (_media_path(src) or "") not in library]
