"""
The API's lists page plain values (``news.listed.ListedArticle``), not model instances: the
paginators below make each page's items with ``listed_articles``.
"""

from django.core.paginator import Paginator

from news.listed import listed_articles
from news.listing import LivePaginator
from news.search import CappedPaginator


class ListedPages:
    """A paginator whose pages hold ``ListedArticle``s (``_get_page``: Django's hook for the
    page a paginator makes)."""

    def _get_page(self, object_list, *args, **kwargs):
        return super()._get_page(listed_articles(object_list), *args, **kwargs)


class ListedPaginator(ListedPages, Paginator):
    """Pages of a list a filter narrows past what the live summary counts (it is counted)."""


class ListedLivePaginator(ListedPages, LivePaginator):
    """Pages of a list counted and paged from the live summary."""


class ListedCappedPaginator(ListedPages, CappedPaginator):
    """Pages of a search's matches, counted up to ``MAX_COUNTED``."""
