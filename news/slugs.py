"""Web-address slugs made from titles: Cyrillic transliterated, unique."""

from slugify import slugify

FALLBACK = "item"


def slug_from_title(title, max_length=200):
    """``"Лавров: заявление"`` -> ``"lavrov-zaiavlenie"`` (room left for a ``-N`` suffix)."""
    return slugify(title or "", max_length=max_length - 6, word_boundary=True) or FALLBACK


def unique_slug(queryset, title, max_length=200):
    """The title's slug, with ``-2``, ``-3``… appended when ``queryset`` has it already."""
    base = slug_from_title(title, max_length)
    taken = set(queryset.filter(slug__startswith=base).values_list("slug", flat=True))
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"
