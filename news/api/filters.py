from django_filters import rest_framework as filters

from news.forms import SearchQueryField
from news.models import Article, Category
from news.search import MAX_COUNTED, MAX_QUERY_LENGTH


class SearchQueryFilter(filters.CharFilter):
    """Search words, cleaned as on the search page: no query is refused."""

    field_class = SearchQueryField


class ArticleFilter(filters.FilterSet):
    q = SearchQueryFilter(
        method="filter_words",
        help_text=(
            "Words to search for in the title, lead and body; results come best match first. "
            f"Control characters are ignored and a query is cut to {MAX_QUERY_LENGTH} characters "
            f"at a word boundary. At most {MAX_COUNTED:,} results are counted (see count_capped)."
        ),
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
