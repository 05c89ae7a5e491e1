"""
The read-only news API. Like every public surface it shows
``Article.objects.live()`` and nothing else; querysets are built per request
(in ``get_queryset``), never at import, so "now" is always now.
"""

from rest_framework.pagination import PageNumberPagination
from rest_framework.viewsets import ReadOnlyModelViewSet

from news.api.filters import ArticleFilter
from news.api.serializers import ArticleDetailSerializer, ArticleSerializer, CategorySerializer
from news.models import Article, Category

SLUG = "[-a-zA-Z0-9_]+"


class NewsPagination(PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class ArticleViewSet(ReadOnlyModelViewSet):
    """Published news items, newest first (best match first with ``q``)."""

    lookup_field = "slug"
    lookup_value_regex = SLUG
    filterset_class = ArticleFilter
    pagination_class = NewsPagination

    def get_queryset(self):
        return Article.objects.live().select_related("category", "image")

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


class CategoryViewSet(ReadOnlyModelViewSet):
    """News categories, with how many published items each has."""

    lookup_field = "slug"
    lookup_value_regex = SLUG
    serializer_class = CategorySerializer
    pagination_class = None

    def get_queryset(self):
        return Category.objects.with_live_counts()
