"""
The news categories for the navigation on every page, cached: no query once
warm. Saving or deleting a category clears the entry.
"""

from django.utils.functional import SimpleLazyObject

from core.cached import CachedRead


def _read():
    from news.models import Category

    return list(Category.objects.values_list("name", "slug"))


category_links = CachedRead("embassy:news-categories:v1", _read)


def news_categories(request):
    """The categories, read only by a page that shows them (the admin's do not)."""
    return {
        "news_categories": SimpleLazyObject(
            lambda: [{"name": name, "slug": slug} for name, slug in category_links.get()]
        )
    }


def connect_invalidation():
    from news.models import Category

    category_links.clear_on_change_of(Category)
