"""Lead images for a few demo articles (``manage.py load_demo``).

Simple abstract illustrations in the site's palette, drawn with Pillow when
the demo is loaded: nothing is fetched and no picture is kept in the
repository. They enter the image library like any upload (validation,
metadata stripping, renditions), so lead images, feed enclosures, og:image
and ``srcset`` can all be seen on a local site.

Each has a fixed library key, so loading the demo again finds it instead of
making another one, and leaves alone whatever staff have changed since.
"""

import io
import uuid

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw

from images.models import Image

NAVY = (12, 45, 87)
NAVY_DARK = (7, 29, 58)
RED = (163, 20, 28)
WHITE = (255, 255, 255)
TINT = (243, 245, 248)
LINE = (216, 221, 228)
GREY = (184, 192, 204)

SIZE = (1600, 900)
# Drawn this many times larger and scaled down, for smooth edges.
SCALE = 2
CREDIT = "Illustration made for the demo content"
# Library keys of the demo images: uuid5 of the article's slug.
NAMESPACE = uuid.UUID("6f1c1b52-8f4e-4c39-9a0e-2d5a3c7b9e11")


def _circles(draw, w, h):
    draw.rectangle((0, 0, w, h), fill=TINT)
    for x, y, r, colour in [
        (0.34, 0.55, 0.30, NAVY),
        (0.58, 0.42, 0.24, GREY),
        (0.70, 0.62, 0.17, RED),
        (0.20, 0.25, 0.07, LINE),
    ]:
        cx, cy, radius = x * w, y * h, r * h
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colour)


def _film_strip(draw, w, h):
    draw.rectangle((0, 0, w, h), fill=TINT)
    top, bottom = 0.28 * h, 0.72 * h
    draw.rectangle((0, top, w, bottom), fill=NAVY)
    frame_w, gap = 0.16 * w, 0.035 * w
    x = -0.05 * w
    while x < w:
        draw.rectangle((x, top + 0.07 * h, x + frame_w, bottom - 0.07 * h), fill=WHITE)
        x += frame_w + gap
    radius = 0.13 * h
    cx, cy = 0.78 * w, 0.22 * h
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=RED)


def _grid(draw, w, h):
    draw.rectangle((0, 0, w, h), fill=WHITE)
    colours = [NAVY, LINE, RED, GREY, NAVY_DARK, TINT, GREY, NAVY]
    cols, rows = 8, 4
    cell = min(w / (cols + 1), h / (rows + 1))
    left, top = (w - cols * cell) / 2, (h - rows * cell) / 2
    pad = 0.08 * cell
    for row in range(rows):
        for col in range(cols):
            colour = colours[(row * 3 + col) % len(colours)]
            box = (
                left + col * cell + pad,
                top + row * cell + pad,
                left + (col + 1) * cell - pad,
                top + (row + 1) * cell - pad,
            )
            if (row + col) % 3 == 1:
                draw.ellipse(box, fill=colour)
            else:
                draw.rectangle(box, fill=colour)


def _keys(draw, w, h):
    draw.rectangle((0, 0, w, h), fill=TINT)
    radius = 0.62 * w
    cx, cy = w / 2, 1.05 * h
    draw.ellipse((cx - radius, cy - radius * 0.75, cx + radius, cy + radius * 0.75), fill=RED)
    keys = 14
    key_w = w / keys
    key_top = 0.45 * h
    draw.rectangle((0, key_top, w, h), fill=NAVY_DARK)
    for i in range(keys):
        draw.rectangle((i * key_w + 0.04 * key_w, key_top, (i + 1) * key_w - 0.04 * key_w, h), fill=WHITE)
    for i in range(keys - 1):
        if i % 7 in (2, 6):
            continue
        x = (i + 1) * key_w
        draw.rectangle((x - 0.3 * key_w, key_top, x + 0.3 * key_w, key_top + 0.32 * h), fill=NAVY)


def _bridge(draw, w, h):
    draw.rectangle((0, 0, w, h), fill=TINT)
    water = 0.74 * h
    draw.rectangle((0, water, w, h), fill=LINE)
    deck_top, deck = 0.36 * h, 0.46 * h
    draw.rectangle((0.06 * w, deck_top, 0.94 * w, water), fill=NAVY)
    draw.rectangle((0.06 * w, deck_top - 0.035 * h, 0.94 * w, deck_top), fill=RED)
    span = 0.88 * w / 3
    for i in range(3):
        cx = 0.06 * w + span * (i + 0.5)
        half = span * 0.36
        draw.ellipse((cx - half, deck + 0.04 * h, cx + half, deck + 0.04 * h + 2 * half), fill=TINT)
        draw.rectangle((cx - half, deck + 0.04 * h + half, cx + half, water), fill=TINT)
    draw.rectangle((0, water, w, h), fill=LINE)


# (article slug, file name, alt text, drawing)
DEMO_IMAGES = [
    (
        "ambassadors-address-at-the-russia-day-reception",
        "demo-circles.jpg",
        "Abstract illustration: overlapping navy, grey and red circles on a pale grey background",
        _circles,
    ),
    (
        "russian-film-week-screening-programme",
        "demo-film-strip.jpg",
        "Abstract illustration: a navy band with white frames, like a film strip, and a red circle above it",
        _film_strip,
    ),
    (
        "exhibition-of-russian-lacquer-miniatures-opens-at-the-embassy",
        "demo-grid.jpg",
        "Abstract illustration: a grid of navy, red and grey squares and circles on white",
        _grid,
    ),
    (
        "embassy-hosts-a-concert-by-young-pianists",
        "demo-keys.jpg",
        "Abstract illustration: white and navy bars like piano keys in front of a red curve",
        _keys,
    ),
    (
        "ambassadors-interview-to-cultural-bridges-quarterly",
        "demo-bridge.jpg",
        "Abstract illustration: a navy bridge with three arches and a red line along its top, over grey water",
        _bridge,
    ),
]


def image_key(slug):
    return uuid.uuid5(NAMESPACE, slug)


def draw(drawing):
    """A 1600 × 900 JPEG of ``drawing``, as bytes."""
    w, h = SIZE[0] * SCALE, SIZE[1] * SCALE
    picture = PILImage.new("RGB", (w, h), WHITE)
    drawing(ImageDraw.Draw(picture), w, h)
    picture = picture.resize(SIZE, PILImage.Resampling.BOX)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def add_demo_images(articles):
    """Give the demo articles in ``articles`` ({slug: Article}) their lead
    images. An image is made only when its key is not in the library yet, and
    set on its article only when the article has no lead image: a second run
    changes nothing, and staff's choices stay. Returns how many were made."""
    made = 0
    for slug, filename, alt_text, drawing in DEMO_IMAGES:
        key = image_key(slug)
        if Image.objects.filter(key=key).exists():
            continue
        image = Image(key=key, alt_text=alt_text, credit=CREDIT, file=ContentFile(draw(drawing), name=filename))
        image.full_clean()
        image.save()
        made += 1
        article = articles.get(slug)
        if article is not None and article.image_id is None:
            article.image = image
            article.save(update_fields=["image", "updated"])
    return made
