from django_filters import rest_framework as filters

from news.models import Article, Category
from news.search import MAX_QUERY_LENGTH


class ArticleFilter(filters.FilterSet):
    q = filters.CharFilter(
        method="filter_words",
        max_length=MAX_QUERY_LENGTH,
        help_text="Words to search for in the title, lead and body; results come best match first.",
    )
    category = filters.ModelChoiceFilter(
        field_name="category",
        to_field_name="slug",
        queryset=Category.objects.all(),
        help_text="A category's slug.",
    )
    date_from = filters.DateFilter(method="filter_date_from", help_text="Published on or after this date (London).")
    date_to = filters.DateFilter(method="filter_date_to", help_text="Published on or before this date (London).")

    class Meta:
        model = Article
        fields = ["q", "category", "date_from", "date_to"]

    def filter_words(self, queryset, name, value):
        return queryset.search(value)

    def filter_date_from(self, queryset, name, value):
        return queryset.published_between(first_day=value)

    def filter_date_to(self, queryset, name, value):
        return queryset.published_between(last_day=value)
