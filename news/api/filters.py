from django_filters import rest_framework as filters

from news.forms import CategoryField, IsoDateField, SearchQueryField
from news.models import Article


class SearchQueryFilter(filters.CharFilter):
    """Search words, cleaned as on the search page: no query is refused."""

    field_class = SearchQueryField


class CategoryFilter(filters.Filter):
    """A category's slug, read as on the search page: one that names no category matches nothing."""

    field_class = CategoryField


class IsoDateFilter(filters.DateFilter):
    """A date written YYYY-MM-DD, read as on the search page: any other spelling is a 400."""

    field_class = IsoDateField


class ArticleFilter(filters.FilterSet):
    """The news list's filters. What each parameter accepts is documented in ``news.api.schema``;
    an empty value is the same as none."""

    q = SearchQueryFilter(method="filter_words")
    category = CategoryFilter(method="filter_category")
    date_from = IsoDateFilter(method="filter_date_from")
    date_to = IsoDateFilter(method="filter_date_to")

    class Meta:
        model = Article
        fields = ["q", "category", "date_from", "date_to"]

    def get_form_class(self):
        """The form class, built once per filter set class (django-filter builds one per request,
        labels and all): the fields depend on nothing of the request, and each form copies them."""
        cls = type(self)
        if "_built_form_class" not in cls.__dict__:
            cls._built_form_class = super().get_form_class()
        return cls._built_form_class

    def filter_words(self, queryset, name, value):
        return queryset.search(value)

    def filter_category(self, queryset, name, value):
        return queryset.in_category(value)

    def filter_date_from(self, queryset, name, value):
        return queryset.published_between(first_day=value)

    def filter_date_to(self, queryset, name, value):
        return queryset.published_between(last_day=value)
