"""
The read-only news API. Like every public surface it shows
``Article.objects.live()`` and nothing else; querysets are built per request
(in ``get_queryset``), never at import, so "now" is always now.
"""

from functools import partial

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.views import APIView
from rest_framework.viewsets import ReadOnlyModelViewSet

from core import languages
from news.api import schema
from news.api.filters import ArticleFilter
from news.api.listing import ListedCappedPaginator, ListedLivePaginator, ListedPaginator
from news.api.serializers import ArticleDetailSerializer, ArticleSerializer, CategorySerializer
from news.listing import Scope
from news.models import Article, Category
from news.pagination import is_page_number
from news.search import MAX_COUNTED, clean_query

SLUG = "[-a-zA-Z0-9_]+"


class LanguageParameterMixin:
    """``?lang=en|ru`` picks the language of the answer (English when absent or empty; anything
    else is a 400): Russian lists and items hold the items with a public Russian version only,
    as the /ru/ pages do, and their addresses are the /ru/ ones."""

    language_parameter = "lang"

    def requested_language(self, request):
        value = request.query_params.get(self.language_parameter) or schema.DEFAULT_LANGUAGE
        if value not in dict(settings.LANGUAGES):
            raise ValidationError(
                {
                    self.language_parameter: [
                        _("Choose one of: %(choices)s.") % {"choices": ", ".join(dict(settings.LANGUAGES))}
                    ]
                },
                code="invalid",
            )
        return value

    def initial(self, request, *args, **kwargs):
        self._language_before = translation.get_language()
        super().initial(request, *args, **kwargs)
        language = self.requested_language(request)
        # The default language as LANGUAGE_CODE: its addresses are the unprefixed ones.
        translation.activate(settings.LANGUAGE_CODE if language == languages.DEFAULT else language)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if getattr(self, "_language_before", None):
            response.headers.setdefault("Content-Language", translation.get_language())
            translation.activate(self._language_before)
        return response


class NewsPagination(PageNumberPagination):
    """
    Twenty items a page (``page_size`` up to 100; digits only, else a 400);
    ``page`` takes digits only (else a 404).
    A search (``q``) counts at most ``MAX_COUNTED`` matches, as the search page
    does: past them ``count_capped`` is true, ``count`` stops there, and so do
    the pages, so that a common word costs a short scan instead of counting
    every match. Without ``q`` the list is counted and paged from the live summary
    (``news.listing``): ``?page=4000`` costs what page 1 does.
    """

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    last_page_strings = ()

    def paginate_queryset(self, queryset, request, view=None):
        if clean_query(request.query_params.get("q")):
            self.django_paginator_class = ListedCappedPaginator
        elif (scope := listing_scope(request, getattr(view, "filterset", None))) is not None:
            self.django_paginator_class = partial(ListedLivePaginator, scope=scope)
        else:
            self.django_paginator_class = ListedPaginator
        return super().paginate_queryset(queryset, request, view)

    def get_page_size(self, request):
        value = request.query_params.get(self.page_size_query_param)
        if not value:
            return self.page_size
        digits = value.lstrip("0")
        if not is_page_number(value) or not digits:
            raise ValidationError({self.page_size_query_param: [_("Enter a whole number, 1 or more.")]}, code="invalid")
        if len(digits) > len(str(self.max_page_size)):  # past the maximum (never int() of 5,000 digits)
            return self.max_page_size
        return min(int(digits), self.max_page_size)

    def get_page_number(self, request, paginator):
        number = super().get_page_number(request, paginator)
        if not is_page_number(number):
            raise NotFound(self.invalid_page_message)
        return number

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        response.data["count_capped"] = getattr(self.page.paginator, "capped", False)
        return response

    def get_paginated_response_schema(self, schema):
        schema = super().get_paginated_response_schema(schema)
        schema["required"] = [*schema["required"], "count_capped"]
        schema["properties"]["count"]["description"] = (
            f"How many items there are; with q, counted up to {MAX_COUNTED:,} only (see count_capped)."
        )
        schema["properties"]["count_capped"] = {
            "type": "boolean",
            "description": (
                f"True when a search (q) matches more than {MAX_COUNTED:,} items: count is then "
                f"{MAX_COUNTED:,} and only the pages of the best {MAX_COUNTED:,} matches exist."
            ),
        }
        return schema


def listing_scope(request, filterset=None):
    """The live items a list without ``q`` holds, as a ``Scope`` for ``LivePaginator``; ``None``
    when a filter narrows it in a way a scope cannot say (it is then counted). ``filterset``: the
    one the list was filtered with, when there is one (its form is read, not made again)."""
    if filterset is None:
        filterset = ArticleFilter(request.query_params, queryset=Article.objects.none(), request=request)
    if not filterset.is_valid():
        return None
    data = filterset.form.cleaned_data
    if any(value for name, value in data.items() if name not in {"q", "category", "date_from", "date_to"}):
        return None
    category_id = None
    if slug := data.get("category"):
        category_id = Category.objects.with_slug(slug).values_list("pk", flat=True).first()
        if category_id is None:  # no such category: an empty list, counted in no time
            return None
    return Scope(category_id, data.get("date_from"), data.get("date_to"))


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, leaving the view the filter set it read the query with
    (``view.filterset``), so that the pagination reads that one (``listing_scope``)."""

    def get_filterset(self, request, queryset, view):
        view.filterset = super().get_filterset(request, queryset, view)
        return view.filterset


class WordsLastArticleFilter(ArticleFilter):
    """``ArticleFilter`` with the words applied after the category and the dates, as on the search
    page: a search ranks the newest matches of what the other filters leave (``news.search``)."""

    def filter_queryset(self, queryset):
        for name, value in sorted(self.form.cleaned_data.items(), key=lambda item: item[0] == "q"):
            queryset = self.filters[name].filter(queryset, value)
        return queryset


@extend_schema_view(
    list=extend_schema(
        parameters=schema.news_list_parameters(NewsPagination),
        responses=schema.list_responses(
            ArticleSerializer,
            refused=schema.NewsListErrorSerializer,
            not_found="No such page: past the last one, 0, or not written in digits.",
        ),
    ),
    retrieve=extend_schema(
        description="One published news item, with its body.",
        parameters=[schema.LANGUAGE, *schema.CONDITIONAL_GET],
        responses=schema.detail_responses(
            ArticleDetailSerializer, "No published item has this slug (in this language).", refused=True
        ),
    ),
)
class ArticleViewSet(LanguageParameterMixin, ReadOnlyModelViewSet):
    """Published news items, newest first (best match first with ``q``; a search counts its
    matches up to a limit only: see ``count_capped``)."""

    lookup_field = "slug"
    lookup_value_regex = SLUG
    filter_backends = [FilterBackend]
    filterset_class = WordsLastArticleFilter
    pagination_class = NewsPagination

    def get_queryset(self):
        articles = Article.objects.live().order_by("-publication_date", "-pk")
        if self.action == "retrieve":
            return articles.select_related("category", "image").defer(*Article.SEARCH_VECTORS)
        # A list's pages read only what ArticleSerializer shows, as plain values (news.api.listing).
        return articles

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


@extend_schema_view(
    list=extend_schema(
        parameters=[schema.LANGUAGE, *schema.CONDITIONAL_GET],
        responses=schema.list_responses(CategorySerializer, refused=schema.LanguageErrorSerializer),
    ),
    retrieve=extend_schema(
        description="One news category, with how many published items it has.",
        parameters=[schema.LANGUAGE, *schema.CONDITIONAL_GET],
        responses=schema.detail_responses(CategorySerializer, "No category has this slug.", refused=True),
    ),
)
class CategoryViewSet(LanguageParameterMixin, ReadOnlyModelViewSet):
    """News categories, with how many published items each has."""

    lookup_field = "slug"
    lookup_value_regex = SLUG
    serializer_class = CategorySerializer
    pagination_class = None

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema: no counts (they are read from the database)
            return Category.objects.none()
        return Category.objects.with_live_counts()


@extend_schema(exclude=True)
class NotFoundView(APIView):
    """Any other address under ``/api/`` (a slug that is not written as one included): the
    API's JSON 404, not the site's HTML page, whatever the method."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        raise NotFound()
