"""
Checking and re-encoding uploaded images with Pillow.

Every way an image enters the site (the image admin, the lead-image popup in
the article admin, ``import_news``) goes through :func:`validate_image_file`
(a model field validator, so ``full_clean`` runs it) and
:func:`clean_original` (run by ``Image.save()``), so the rules hold for all
of them:

- only real JPEG, PNG, WebP and GIF files, as Pillow reads them: the name and
  the declared content type are never trusted;
- at most ``MAX_BYTES`` bytes and ``MAX_PIXELS`` pixels, the pixel count read
  from the header before anything is decoded (decompression bombs), and no
  more than ``MAX_ASPECT_RATIO`` times as long as wide (or wide as tall);
- the stored original is re-encoded from the decoded pixels with the EXIF
  orientation applied, so EXIF (GPS included), XMP, IPTC and comments never
  reach the public site;
- renditions are WebP at ``RENDITION_WIDTHS``, never wider than the original,
  and narrowed further when needed to fit WebP's ``WEBP_MAX`` × ``WEBP_MAX``.

Pillow is imported by the functions that read or write pixels (:func:`pillow`),
not at the top: this module is loaded with the models in every process, and
Pillow is some 3 MiB that a worker serving public pages never needs
(tests/embassy/test_worker_imports.py). :func:`pillow` sets Pillow's own
decompression-bomb limit to ``MAX_PIXELS`` before anything is decoded.
"""

import functools
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from PIL import Image as PILImage

# Pillow's format name -> the stored original's file extension.
FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# A long side more than this many times the short one cannot be shown usefully
# on a page (its renditions would be a few pixels across).
MAX_ASPECT_RATIO = 100
# The largest width and height a WebP file can have.
WEBP_MAX = 16383
RENDITION_WIDTHS = (480, 800, 1200, 1600)
RENDITION_QUALITY = 80
ORIGINAL_JPEG_QUALITY = 90

MESSAGES = {
    "not_an_image": _("Upload a JPEG, PNG, WebP or GIF image. This file is not one (whatever its name says)."),
    "too_big": _("The file is %(size)s; the limit is %(limit)s."),
    "too_many_pixels": _(
        "The image is %(megapixels)s megapixels; the limit is %(limit)s megapixels. "
        "Make it smaller and upload it again."
    ),
    "damaged": _("The image file is damaged or incomplete. Export it again and upload the new file."),
    "too_narrow": _(
        "The image is %(width)s × %(height)s pixels: too long and narrow to show on a page; its long side "
        "may be at most %(limit)s times its short side. Crop it or cut it into parts and upload them."
    ),
}


def pillow():
    """Pillow's ``Image`` module, with its decompression-bomb limit set to ours: a warning past
    ``MAX_PIXELS``, an error past twice that (defence in depth: :func:`_open` checks the size
    before decoding too)."""
    from PIL import Image as PILImage

    PILImage.MAX_IMAGE_PIXELS = MAX_PIXELS
    return PILImage


def _error(code, **params):
    return ValidationError(MESSAGES[code], code=code, params=params or None)


def _rewind(file):
    if hasattr(file, "seek"):
        file.seek(0)


def _too_many_pixels(pixels):
    return _error("too_many_pixels", megapixels=round(pixels / 1_000_000), limit=MAX_PIXELS // 1_000_000)


def _bomb(exception):
    """Pillow's own decompression-bomb refusal (``MAX_IMAGE_PIXELS``, set by
    :func:`pillow`), as the same form error as ours."""
    match = re.search(r"\((\d+) pixels\)", str(exception))
    return _too_many_pixels(int(match.group(1)) if match else MAX_PIXELS + 1)


def _open(file, formats):
    """Pillow's reading of ``file``, refused when it is no allowed format or
    has too many pixels. Only the header has been read."""
    PILImage = pillow()
    _rewind(file)
    try:
        image = PILImage.open(file, formats=formats)
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exception:
        raise _bomb(exception) from None
    except Exception:  # Pillow raises many kinds for a file it cannot read
        raise _error("not_an_image") from None
    if image.format not in FORMATS:
        raise _error("not_an_image")
    width, height = image.size
    if width < 1 or height < 1:
        raise _error("damaged")
    if width * height > MAX_PIXELS:
        raise _too_many_pixels(width * height)
    if max(width, height) > MAX_ASPECT_RATIO * min(width, height):
        raise _error("too_narrow", width=width, height=height, limit=MAX_ASPECT_RATIO)
    return image


def check_size(file):
    """Refuse a file over ``MAX_BYTES`` by its reported size, before reading it."""
    size = getattr(file, "size", None)
    if size is not None and size > MAX_BYTES:
        raise _error("too_big", size=filesizeformat(size), limit=filesizeformat(MAX_BYTES))


def decode(file):
    """The decoded first frame of an uploaded image, or a ``ValidationError``
    saying in words what is wrong with it."""
    check_size(file)
    image = _open(file, list(FORMATS))
    image_format = image.format
    try:
        image.verify()  # structure and checksums, without decoding
    except Exception:
        raise _error("damaged") from None
    image = _open(file, [image_format])  # verify() leaves the image unusable
    PILImage = pillow()
    try:
        image.load()  # a truncated or corrupt file fails here
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exception:
        raise _bomb(exception) from None
    except Exception:
        raise _error("damaged") from None
    return image


def validate_image_file(value):
    """Model field validator: the file is an image the site accepts. A file
    already stored has been through ``clean_original`` and is not re-read."""
    if getattr(value, "_committed", False):
        return
    check_size(value)
    file = getattr(value, "file", value)
    decode(file)
    _rewind(file)


@functools.cache
def _srgb():
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _to_srgb(image, icc_profile):
    """Colours converted from the embedded profile to sRGB, so the profile
    itself can be dropped with the rest of the metadata."""
    from PIL import ImageCms

    if not icc_profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        output_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, _srgb(), outputMode=output_mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


@dataclass
class CleanImage:
    """A decoded image with no metadata left, and its re-encoded file."""

    pixels: "PILImage.Image"
    content: bytes
    format: str

    @property
    def extension(self):
        return FORMATS[self.format]

    @property
    def size(self):
        return self.pixels.size


def clean_original(file):
    """Decode ``file`` and re-encode it in its own format from the pixels
    alone: orientation applied, colours in sRGB, no EXIF, GPS, XMP, IPTC,
    ICC profile or comments. Animated images keep their first frame."""
    from PIL import ImageOps

    image = decode(file)
    image_format = image.format
    transparency = image.info.get("transparency")
    icc_profile = image.info.get("icc_profile")
    image = ImageOps.exif_transpose(image)
    image = _to_srgb(image, icc_profile)
    if image_format == "JPEG" and image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    elif image.mode == "CMYK":
        image = image.convert("RGB")
    # Only what drawing the pixels needs is kept: everything else in
    # ``info`` (exif, xmp, icc_profile, comment, dpi, ...) is metadata.
    image.info = {}
    if transparency is not None and image.mode in ("P", "L", "RGB"):
        image.info["transparency"] = transparency
    options = {"JPEG": {"quality": ORIGINAL_JPEG_QUALITY, "optimize": True}, "WEBP": {"quality": 90}}
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options.get(image_format, {}))
    return CleanImage(pixels=image, content=buffer.getvalue(), format=image_format)


def rendition_widths(width):
    """The rendition widths for an image ``width`` pixels wide: the standard
    widths below it, and the image's own width when it is under the largest
    one. Never wider than the original."""
    widths = [w for w in RENDITION_WIDTHS if w < width]
    if width <= RENDITION_WIDTHS[-1]:
        widths.append(width)
    return widths


def rendition_sizes(width, height):
    """(width, height) of each rendition of a ``width`` × ``height`` image,
    narrowest first: the ``rendition_widths``, each scaled down further when
    needed so that both sides fit in WebP's ``WEBP_MAX`` pixels, proportions
    kept (a tall image's wider renditions all become the one that fits)."""
    sizes = set()
    for target in rendition_widths(width):
        fitting = min(target, WEBP_MAX, width * WEBP_MAX // height)
        target = max(1, fitting)
        sizes.add((target, min(WEBP_MAX, max(1, round(height * target / width)))))
    return sorted(sizes)


def renditions(image):
    """(width, height, WebP bytes) for each rendition of a ``CleanImage``'s
    pixels, narrowest first, all made in memory."""
    PILImage = pillow()
    pixels = image.pixels
    has_alpha = pixels.mode in ("RGBA", "LA", "PA") or (pixels.mode == "P" and "transparency" in pixels.info)
    pixels = pixels.convert("RGBA" if has_alpha else "RGB")
    width, height = pixels.size
    result = []
    for target, target_height in reversed(rendition_sizes(width, height)):
        if (target, target_height) != pixels.size:
            pixels = pixels.resize((target, target_height), PILImage.Resampling.LANCZOS, reducing_gap=3.0)
        buffer = io.BytesIO()
        pixels.save(buffer, "WEBP", quality=RENDITION_QUALITY, method=4)
        result.append((target, target_height, buffer.getvalue()))
    return sorted(result)
