"""The article list at 100,000 items: deep pages found in an index, no bodies loaded."""

from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db.models import Subquery

from news.models import Article


class IndexPaginator(Paginator):
    """Pages found in an index: a deep page's keys are skipped to in the index alone and only
    its rows are read (``?p=500`` of 100,000 items costs what page 1 does, nearly)."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        keys = self.object_list.values("pk")[bottom:top]
        return self._get_page(self.object_list.filter(pk__in=Subquery(keys)), number, self)


class ArticleChangeList(ChangeList):
    """The article list loads no bodies nor search vectors (its columns need neither)."""

    def get_queryset(self, request, exclude_parameters=None):
        return super().get_queryset(request, exclude_parameters).defer("body", *Article.SEARCH_VECTORS)
