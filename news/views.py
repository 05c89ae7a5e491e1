import datetime
from urllib.parse import urlencode

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import (
    DateDetailView,
    ListView,
    MonthArchiveView,
    TemplateView,
    YearArchiveView,
)

from core import languages
from documents.pages import with_documents_flag
from news.forms import SearchForm
from news.listing import (
    LATEST_ON_HOME,
    NEIGHBOUR_FIELDS,
    LivePaginator,
    Scope,
    archive_links,
    listed_items,
    live_summary,
    period_languages,
    read_summary,
)
from news.models import Article, Category
from news.pagination import is_page_number
from news.related import see_also, with_choice_flag
from news.search import CappedPaginator
from pagecache.keys import PAGE_NUMBERS, PARAMETERS

# The newest other items in an item page's side column.
SIDEBAR_LATEST = 5


class LiveArticleMixin:
    """Every public news view shows ``Article.objects.live()`` and nothing else, newest first
    (items released at the same time: the last created first, so that each is on exactly one
    page), twenty a page, and takes only digits as a page number. Lists never load bodies, and
    are counted and paged from the live summary (``news.listing``): a deep page costs what
    page 1 does."""

    model = Article
    date_field = "publication_date"
    month_format = "%m"
    day_format = "%d"
    paginate_by = 20
    # Stated here, not left to Meta.ordering: the date views' own default is the date alone.
    ordering = ("-publication_date", "-pk")

    def get_queryset(self):
        return Article.objects.live().order_by(*self.ordering)

    @cached_property
    def live_summary(self):
        return live_summary()

    def listing_scope(self):
        """Which live items the list holds (all of them here)."""
        return Scope()

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return LivePaginator(
            queryset, per_page, orphans, allow_empty_first_page, scope=self.listing_scope(), summary=self.live_summary
        )

    def paginate_queryset(self, queryset, page_size):
        page = self.kwargs.get(self.page_kwarg) or self.request.GET.get(self.page_kwarg) or "1"
        if not is_page_number(page):
            raise Http404(_("A page number is written in digits."))
        paginator, page, items, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = self.page_items(items)
        return paginator, page, page.object_list, is_paginated

    def page_items(self, items):
        """What the page lists of ``items`` (the page's rows): their values as a list shows them
        (``ListedItem``: no model instances, no bodies)."""
        return listed_items(items)


class HomeView(TemplateView):
    template_name = "news/home.html"

    def get_context_data(self, **kwargs):
        featured = Article.objects.featured()
        latest = live_summary().newest(LATEST_ON_HOME, exclude=featured)
        return super().get_context_data(featured=featured, latest=latest, **kwargs)


class ArchiveNavigationMixin:
    """The months that have live items, for the archive's browse-by-date links (from the live
    summary, not from every item)."""

    def get_context_data(self, **kwargs):
        months = self.live_summary.months()
        return super().get_context_data(archive_months=months, archive_years=archive_links(months), **kwargs)


class ArticleArchiveView(LiveArticleMixin, ArchiveNavigationMixin, ListView):
    """All messages, newest first. At the address of an item in another language only (``/ru/…``
    of an item in English only) it says so above the list (``english_only``: that item)."""

    template_name = "news/article_archive.html"
    english_only = None

    def get_context_data(self, **kwargs):
        if self.english_only is None:
            return super().get_context_data(**kwargs)
        # Not this item's Russian version: no alternates, not indexed; the switcher leads to the item.
        with languages.override(languages.DEFAULT):
            english_url = self.english_only.get_absolute_url()
        return super().get_context_data(
            english_only=self.english_only,
            english_only_url=english_url,
            page_languages=self.english_only.public_languages(),
            no_alternates=True,
            switch_to_same_address=True,
            **kwargs,
        )

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.english_only is not None:
            response["X-Robots-Tag"] = "noindex"
        return response


class SummaryDatesMixin:
    """For the date archives: whether the period has live items, and the previous and next
    periods that have some, come from the live summary, not from a query each. ``live()``
    already leaves out what is not released yet, so the views' own future filter is off."""

    allow_future = True
    allow_empty = False

    def get_dated_queryset(self, **lookup):
        if not self.listing_scope().months(self.live_summary):
            raise Http404(_("No items in this period."))
        return self.get_queryset().filter(**lookup)

    def neighbour_period(self, date, later, period):
        """The first of the nearest ``period`` ("year" or "month") before ``date``'s (after it if
        ``later``) that has live items, or ``None``."""
        start = date.replace(month=1, day=1) if period == "year" else date.replace(day=1)
        starts = {month.replace(month=1) if period == "year" else month for month in self.live_summary.months()}
        if later:
            return min((day for day in starts if day > start), default=None)
        return max((day for day in starts if day < start), default=None)


class PeriodLanguagesMixin:
    """A date archive exists in the languages with live items in its year or month
    (``news.listing.period_languages``). A request that computes its own language's live summary
    (nothing cached) asks the other languages by a query each rather than computing theirs too."""

    computed_summary = False  # whether this request computed its own language's summary whole

    @cached_property
    def live_summary(self):
        summary, self.computed_summary = read_summary()
        return summary

    def get_context_data(self, **kwargs):
        summary = self.live_summary  # read first: it says whether this request computed it
        exists_in = period_languages(summary, self.listing_scope(), compute=not self.computed_summary)
        return super().get_context_data(page_languages=exists_in, **kwargs)


class ArticleYearArchiveView(
    PeriodLanguagesMixin, LiveArticleMixin, ArchiveNavigationMixin, SummaryDatesMixin, YearArchiveView
):
    """One year's messages, newest first."""

    template_name = "news/article_archive_year.html"
    make_object_list = True

    def listing_scope(self):
        year = int(self.get_year())
        return Scope(first_day=datetime.date(year, 1, 1), last_day=datetime.date(year, 12, 31))

    def get_date_list(self, queryset, date_type=None, ordering="ASC"):
        """The year's months with live items, from the live summary."""
        year = int(self.get_year())
        months = [month for month in self.live_summary.months() if month.year == year]
        return months if ordering == "DESC" else months[::-1]

    def get_next_year(self, date):
        return self.neighbour_period(date, True, "year")

    def get_previous_year(self, date):
        return self.neighbour_period(date, False, "year")


class ArticleMonthArchiveView(
    PeriodLanguagesMixin, LiveArticleMixin, ArchiveNavigationMixin, SummaryDatesMixin, MonthArchiveView
):
    """One month's messages, newest first."""

    template_name = "news/article_archive_month.html"

    def listing_scope(self):
        first = datetime.date(int(self.get_year()), int(self.get_month()), 1)
        last = (first + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
        return Scope(first_day=first, last_day=last)

    def get_date_list(self, queryset, date_type=None, ordering="ASC"):
        """The month's days with items, left unevaluated (the page does not show them)."""
        return queryset.dates(self.get_date_field(), date_type or self.get_date_list_period(), ordering)

    def get_next_month(self, date):
        return self.neighbour_period(date, True, "month")

    def get_previous_month(self, date):
        return self.neighbour_period(date, False, "month")


class CategoryView(LiveArticleMixin, ListView):
    template_name = "news/category_detail.html"

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return super().get_queryset().filter(category=self.category)

    def listing_scope(self):
        return Scope(category_id=self.category.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


class ArticleDetailView(LiveArticleMixin, DateDetailView):
    template_name = "news/article_detail.html"

    def get_queryset(self):
        article = Article.objects.live().select_related("category", "image").defer(*Article.SEARCH_VECTORS)
        return with_choice_flag(with_documents_flag(article))

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            # A live item that used to be at this address (its slug or date changed).
            moved = Article.objects.live().filter(old_addresses__old_path=request.path).first()
            if moved is None:
                return self.in_english_only(request)
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(moved.get_absolute_url() + (f"?{query}" if query else ""))

    def in_english_only(self, request):
        """At the Russian address of an item live in English only: the Russian news list, saying
        that the item is in English only (the switcher on the English page leads here; never a
        404). Anything else is the 404 it was."""
        if languages.normalise() == languages.DEFAULT:
            raise Http404(_("No item is published at this address."))
        with languages.override(languages.DEFAULT):
            try:
                queryset = Article.objects.live(language=languages.DEFAULT).defer("body", *Article.SEARCH_VECTORS)
                article = super().get_object(queryset)
            except Http404:
                article = None
        if article is None:
            raise Http404(_("No item is published at this address."))
        return ArticleArchiveView.as_view(english_only=article)(request)

    def get_context_data(self, **kwargs):
        summary = self.live_summary  # LiveArticleMixin: read once a request
        # The neighbours' links: known from the summary's newest items for one of them (the items
        # read most), else read.
        neighbours = summary.neighbours(self.object)
        if neighbours is None:
            live = Article.objects.live().only(*NEIGHBOUR_FIELDS)
            neighbours = (live.before(self.object).first(), live.after(self.object).first())
        return super().get_context_data(
            older_article=neighbours[0],
            newer_article=neighbours[1],
            sidebar_latest=summary.newest(SIDEBAR_LATEST, exclude=self.object),
            see_also=see_also(self.object, summary=summary),
            page_languages=self.object.public_languages(),
            # Not in Russian: the Russian address still answers (the Russian list, saying so).
            switch_to_same_address=True,
            **kwargs,
        )


@method_decorator(never_cache, name="dispatch")
class ArticlePreviewView(ArticleDetailView):
    """Staff only: any item (draft, in review, scheduled, expired) exactly as its
    public page will show it, marked as a preview, never cached nor indexed.
    Everyone else gets a 404, as at the item's public address. "Staff" means
    exactly what the admin requires, second factor included (the project's
    admin site decides), plus permission to view articles."""

    def get_queryset(self):
        from django.contrib import admin

        if not (admin.site.has_permission(self.request) and self.request.user.has_perm("news.view_article")):
            raise Http404
        return Article.objects.select_related("category")

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    def in_english_only(self, request):
        raise Http404

    def get_context_data(self, **kwargs):
        from news.workflow import state_label

        return super().get_context_data(preview=True, preview_state=state_label(self.object), **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class SearchView(LiveArticleMixin, ListView):
    """Live items matching the words, category and dates asked for, best match first, with the
    words marked in each title and snippet."""

    template_name = "news/article_search.html"
    paginator_class = CappedPaginator

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return self.paginator_class(queryset, per_page, orphans, allow_empty_first_page)

    def get_queryset(self):
        self.form = SearchForm(self.request.GET or None)
        if self.form.is_valid() and self.form.has_criteria():
            return self.form.filter(super().get_queryset())
        return Article.objects.none()

    def page_items(self, items):
        """The page's results with their headlines (``news.search.Found``), read in one query."""
        return items.results(getattr(self.form, "cleaned_data", {}).get("q", ""))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(form=self.form, **kwargs)
        parameters = self.request.GET.copy()
        parameters.pop("page", None)
        if self.form.is_bound and self.form.is_valid() and "q" in parameters:
            parameters["q"] = self.form.cleaned_data["q"]  # the words as searched, bounded
        context["query_string"] = parameters.urlencode()
        # The same search in the other language (the switcher, the alternates): what the page reads,
        # the words as searched.
        reads = [name for name in PARAMETERS["news:search"] if name not in PAGE_NUMBERS]
        context["language_query"] = urlencode([(k, v) for k in reads for v in parameters.getlist(k)])
        return context
