"""
Lists of live items that stay fast at any size: no ``COUNT(*)`` over every
live item per request, no month list scanned from every item, and no deep
``OFFSET``.

The *live summary* says how many live items each London month holds in each
category. One grouped query computes it (from a covering index on
PostgreSQL); it is kept in the cache with the count of writes to the articles
table it has seen (``news.changes``, kept by a trigger in the same transaction
as the write), and is exact only until the next moment the clock changes what
``Article.objects.live()`` shows (``Article.objects.next_change()``: the next
release or expiry). A reader that finds more writes than the summary has seen
recounts only the months those writes touched (the trigger notes them), in
one query bounded to those months; a reader that finds it past its time
recounts only the months of the items the clock has released or expired
since (one indexed query finds them). So it is never older than the data or
the clock, on any worker, with or without a shared cache, nothing has to run
for a scheduled item to be counted at its second, and neither an edit nor a
release costs the next request more than a month's recount.

From it come the archive's month list, every count (the paginators' and the
categories' in the API) and where a deep page starts: ``LivePaginator`` finds
the month that holds page N's first item from the monthly counts and reads
from the start of that month, so the database skips at most one month's
items, whatever the page number, and skips them in an index.
"""

import datetime
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from typing import NamedTuple

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Q, Subquery
from django.db.models.functions import TruncMonth
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language

from core import languages
from core.clocks import LONDON

CACHE_KEY = "news:live-summary:v4:{language}"  # v4: with each category's newest items
# How long a summary stays in the cache unread (every reader that brings it up to date keeps it).
MAX_AGE = 24 * 60 * 60
# More months written than this since the summary was made: it is made again whole.
MAX_RECOUNTED_MONTHS = 24
# The home page's "Latest events".
LATEST_ON_HOME = 10
# The newest live items a summary keeps, for the short lists of the home page and the side
# column: one more than the home page shows, which leaves the featured item out of its list.
NEWEST_KEPT = LATEST_ON_HOME + 1
# What an item's older and newer links show of it (its date, its title linked to it).
NEIGHBOUR_FIELDS = ("title", "slug", "publication_date")
# The newest live items a summary keeps of each category, for an item's "See also" when staff
# chose none (``news.related.SEE_ALSO_COUNT``): one more, which leaves the item itself out.
CATEGORY_NEWEST_KEPT = 5
# The newest live items a summary reads in one go, for both: a category with none among them
# costs one more read.
NEWEST_READ = 50


def month_start(year, month):
    """The start of a London month, as an aware datetime."""
    return datetime.datetime(year, month, 1, tzinfo=LONDON)


def next_month(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


@dataclass(frozen=True)
class LiveSummary:
    """Live items (in one language) per London month and category, and the newest of them, as
    they are until ``valid_until``."""

    counts: dict = field(default_factory=dict)  # {(year, month, category_id): count}
    valid_until: datetime.datetime | None = None
    writes: int = 0  # the count of writes to the articles it has seen (news.changes)
    latest: tuple = ()  # the newest NEWEST_KEPT live items, newest first (ListedItem)
    # {category_id: the newest CATEGORY_NEWEST_KEPT live items of it, newest first (ListedItem, no lead)}
    category_newest: dict = field(default_factory=dict)
    made_at: datetime.datetime | None = None  # the moment it is true from

    def is_current(self):
        """True now: the clock is between the moment it was made for and ``valid_until``."""
        now = timezone.now()
        return (self.made_at is None or self.made_at <= now) and (self.valid_until is None or now < self.valid_until)

    def months(self, category_id=None):
        """The months with live items (``date``, the 1st), newest first."""
        return [datetime.date(year, month, 1) for year, month in sorted(self.per_month(category_id), reverse=True)]

    def count(self, category_id=None, year=None, month=None):
        """How many live items there are (in a category, a year, a month)."""
        return sum(
            count
            for (y, m, category), count in self.counts.items()
            if (category_id is None or category == category_id)
            and (year is None or y == year)
            and (month is None or m == month)
        )

    def per_month(self, category_id=None):
        """``{(year, month): live items}`` (in a category)."""
        totals = {}
        for (year, month, category), count in self.counts.items():
            if count and (category_id is None or category == category_id):
                totals[year, month] = totals.get((year, month), 0) + count
        return totals

    def newest(self, count, exclude=None):
        """The newest ``count`` live items (at most ``NEWEST_KEPT``), but ``exclude`` (an item)."""
        return _first(self.latest, NEWEST_KEPT, count, exclude)

    def newest_in(self, category_id, count, exclude=None):
        """The newest ``count`` live items of a category (at most ``CATEGORY_NEWEST_KEPT``), but
        ``exclude`` (an item); without their leads."""
        return _first(self.category_newest.get(category_id, ()), CATEGORY_NEWEST_KEPT, count, exclude)

    def neighbours(self, article):
        """``(older, newer)`` of ``article`` (``None`` for the oldest and the newest live item)
        when it is one of the newest items the summary keeps and both are known from them, else
        ``None`` (then they are read)."""
        position = next((n for n, item in enumerate(self.latest) if item.pk == article.pk), None)
        if position is None:
            return None
        newer = self.latest[position - 1] if position else None
        if position + 1 < len(self.latest):
            return self.latest[position + 1], newer
        if len(self.latest) < NEWEST_KEPT:  # it keeps every live item: this is the oldest
            return None, newer
        return None

    def by_category(self):
        """``{category_id: live items}``."""
        totals = {}
        for (_, _, category), count in self.counts.items():
            totals[category] = totals.get(category, 0) + count
        return totals


def _first(items, kept, count, exclude):
    """The first ``count`` of ``items`` (a summary keeps ``kept`` of them), but ``exclude``."""
    if count > kept - (exclude is not None):
        raise ValueError(f"the summary keeps {kept} such items only")
    excluded = getattr(exclude, "pk", None)
    return [item for item in items if item.pk != excluded][:count]


def compute_summary(writes=0, language=None):
    """The live summary in ``language`` (default: the active one) as of now, when the count of
    writes is ``writes``: one grouped query,
    plus the two indexed ones of ``next_change``."""
    from news.models import Article

    # The bound first: an item released between the two queries makes it past at once (recomputed).
    made_at = timezone.now()
    valid_until = Article.objects.next_change(after=made_at)
    counts = grouped_counts(Article.objects.live(language))
    return LiveSummary(counts, valid_until, writes, *newest_live(language, counts), made_at)


class ListedItem(NamedTuple):
    """A live item as a list shows it, in one language: plain values, so that a list page and
    every page reading the summary make and unpickle no model instances."""

    pk: int
    title: str
    slug: str
    publication_date: datetime.datetime
    lead: str = ""  # not kept for a category's newest in the summary (no list of them shows it)

    def get_absolute_url(self):
        from news.models import article_url

        return article_url(self.publication_date, self.slug)


def listed_columns(language=None):
    """The columns of a ``ListedItem`` in ``language`` (default: the active one): its title and
    lead as written in it, as ``live(language)`` requires them to be."""
    language = languages.normalise(language)
    return ("pk", f"title_{language}", "slug", "publication_date", f"lead_{language}")


def listed_items(live):
    """The items of ``live`` (a ``live()`` queryset, perhaps sliced) as ``ListedItem``s."""
    return [ListedItem(*row) for row in live.values_list(*listed_columns())]


def newest_live(language, counts):
    """``(latest, category_newest)`` of a summary with ``counts``: the newest ``NEWEST_KEPT``
    live items in ``language``, and the newest ``CATEGORY_NEWEST_KEPT`` of each category with
    live items (``ListedItem``; what a write or the clock can change of them is re-read with
    the summary). One read of the newest ``NEWEST_READ`` items holds them all but for a
    category with none among those (one more small indexed read for each). Their title and
    lead are those written in ``language``, as ``live(language)`` requires them to be."""
    from news.models import Article

    columns = (*listed_columns(language), "category_id")
    live = Article.objects.live(language).order_by("-publication_date", "-pk").values_list(*columns)
    rows = list(live[:NEWEST_READ])
    latest = tuple(ListedItem(*row[:5]) for row in rows[:NEWEST_KEPT])
    wanted = {}
    for (_, _, category), count in counts.items():
        wanted[category] = min(wanted.get(category, 0) + count, CATEGORY_NEWEST_KEPT)
    by_category = {category: [] for category, count in wanted.items() if count}
    for pk, title, slug, publication_date, _lead, category in rows:
        if len(by_category.get(category, ())) < wanted.get(category, 0):
            by_category[category].append(ListedItem(pk, title, slug, publication_date))
    for category, items in by_category.items():
        if len(items) < wanted[category] and len(rows) == NEWEST_READ:  # older than those read
            items[:] = [ListedItem(*row[:4]) for row in live.filter(category_id=category)[:CATEGORY_NEWEST_KEPT]]
    return latest, {category: tuple(items) for category, items in by_category.items()}


def grouped_counts(live):
    """``{(year, month, category_id): count}`` of the items of ``live`` (a ``live()`` queryset)."""
    rows = (
        live.order_by()
        .annotate(month=TruncMonth("publication_date", tzinfo=LONDON))
        .values_list("month", "category_id")
        .annotate(count=Count("pk"))
    )
    counts = {}
    for month, category, count in rows:
        month = month.astimezone(LONDON)
        counts[(month.year, month.month, category)] = count
    return counts


def months_changed_by_clock(since):
    """The London months ``(year, month)`` of the items that the clock has released or expired
    from ``since`` (a summary's ``valid_until``: the first such moment after it was made) to
    now, whatever their state now; ``None`` when they are more than are recounted one by one."""
    from news.models import Article

    now = timezone.now()
    moved = (
        Article.objects.filter(
            Q(publication_date__gte=since, publication_date__lte=now) | Q(expires_at__gte=since, expires_at__lte=now)
        )
        .order_by()
        .annotate(month=TruncMonth("publication_date", tzinfo=LONDON))
        .values_list("month", flat=True)
        .distinct()
    )
    months = {
        (month.astimezone(LONDON).year, month.astimezone(LONDON).month) for month in moved[: MAX_RECOUNTED_MONTHS + 1]
    }
    return None if len(months) > MAX_RECOUNTED_MONTHS else months


def updated_summary(summary, language=None):
    """``summary`` brought up to date by recounting only the London months written since it
    was made and, when it is past its time, the months of the items the clock has released or
    expired since (``None`` when that is not known or is too many months: then it is made
    again)."""
    from news.changes import ArticleChanges
    from news.models import Article

    made_at = timezone.now()
    if summary.made_at is None or made_at < summary.made_at:
        return None  # the clock was set back: the clock's changes since are not known
    writes, months = ArticleChanges.objects.months_written_since(summary.writes)
    if months is not None and not summary.is_current():
        by_clock = months_changed_by_clock(summary.valid_until)
        months = None if by_clock is None else months | by_clock
    if months is None or len(months) > MAX_RECOUNTED_MONTHS:
        return None
    # The bound first, as in compute_summary (a write may have scheduled something).
    valid_until = Article.objects.next_change(after=made_at)
    counts = {key: count for key, count in summary.counts.items() if key[:2] not in months}
    if months:
        within = Q()
        for year, month in months:
            within |= Q(
                publication_date__gte=month_start(year, month),
                publication_date__lt=month_start(*next_month(year, month)),
            )
        counts.update(grouped_counts(Article.objects.live(language).filter(within)))
    return LiveSummary(counts, valid_until, writes, *newest_live(language, counts), made_at)


def live_summary(language=None, writes=None, compute=True):
    """The live summary in ``language`` (default: the active one), from the cache when it is
    still exact, else brought up to date (the months written, released or expired since) or
    computed, and cached
    (one entry per language). ``writes``: the count of writes (``news.changes``) when the caller
    has read it in this request already (another language's summary), so it is read once.
    ``compute=False``: ``None`` instead of computing a summary the cache holds none of."""
    return read_summary(language, writes, compute)[0]


def read_summary(language=None, writes=None, compute=True):
    """``(live_summary(…), computed)``: ``computed`` is true when the summary was computed
    whole for this call (the cache held none that could be brought up to date)."""
    from news.changes import ArticleChanges

    language = languages.normalise(language)
    key = CACHE_KEY.format(language=language)
    if writes is None:
        writes = ArticleChanges.objects.current()
    summary = cache.get(key)
    if summary is not None and summary.writes >= writes and summary.is_current():
        return summary, False
    summary = updated_summary(summary, language) if summary is not None else None
    computed = summary is None
    if computed:
        if not compute:
            return None, False
        summary = compute_summary(writes, language)
    # Kept past its ``valid_until``: it is served only while current, and the reader after a
    # release or expiry brings it up to date from the months the clock changed.
    cache.set(key, summary, MAX_AGE)
    return summary, computed


def live_summaries():
    """``{language: live summary}`` for every language, the count of writes read once."""
    from news.changes import ArticleChanges

    writes = ArticleChanges.objects.current()
    return {code: live_summary(code, writes) for code in languages.codes()}


def period_languages(summary, scope, compute=True):
    """The languages with live items in ``scope`` (a date archive's ``Scope``: its year or month),
    for the alternates of the archive whose own language's summary is ``summary``: each other
    language's months come from its summary; ``compute=False`` (this request computed its own
    already) asks a language whose summary the cache holds none of (after a restart or a flush) by
    one indexed query instead, so that no request computes two languages' whole summaries."""
    from news.models import Article

    current = languages.normalise()
    found = []
    for code in languages.codes():
        other = summary if code == current else live_summary(code, summary.writes, compute=compute)
        if other is not None:
            live_there = bool(scope.months(other))
        else:
            live_there = Article.objects.live(code).published_between(scope.first_day, scope.last_day).exists()
        if live_there:
            found.append(code)
    return tuple(found)


def archive_links(months):
    """``[(year, year_url, [(month, month_url), …]), …]`` for the browse-by-date list of
    ``months`` (newest first): the addresses are worked out once per month list and process,
    not on every page (a dozen years are some 150 of them)."""
    return _archive_links(tuple(months), get_script_prefix(), get_language())


@lru_cache(maxsize=32)
def _archive_links(months, script_prefix, language):  # the language: /ru/ addresses are its own
    return [
        (
            year,
            reverse("news:archive_year", kwargs={"year": year}),
            [(m, reverse("news:archive_month", kwargs={"year": m.year, "month": m.month})) for m in in_year],
        )
        for year, in_year in groupby(months, key=lambda month: month.year)
    ]


@dataclass(frozen=True)
class Scope:
    """Which live items a list shows: all, or one category's, between two London days (either
    may be open)."""

    category_id: int | None = None
    first_day: datetime.date | None = None
    last_day: datetime.date | None = None

    def months(self, summary):
        """``(year, month, whole)`` of the months of the scope that have live items, newest
        first; ``whole`` is false for a month the dates cut."""
        months = []
        for day in summary.months(self.category_id):
            start, end = day, datetime.date(*next_month(day.year, day.month), 1) - datetime.timedelta(days=1)
            if (self.first_day and end < self.first_day) or (self.last_day and start > self.last_day):
                continue
            whole = (not self.first_day or self.first_day <= start) and (not self.last_day or end <= self.last_day)
            months.append((day.year, day.month, whole))
        return months


class LivePaginator(Paginator):
    """
    Pages of live items without counting or skipping them all. ``object_list`` must be
    ``Article.objects.live()`` narrowed to ``scope`` and nothing else, newest first
    (``-publication_date, -pk``). The count comes from the live summary (a month the scope's
    dates cut is counted by a query bounded to that month), and page N is read from the
    start of the month that holds its first item.
    """

    def __init__(self, object_list, per_page, orphans=0, allow_empty_first_page=True, *, scope=None, summary=None):
        super().__init__(object_list, per_page, orphans, allow_empty_first_page)
        self.scope = scope or Scope()
        self._summary = summary

    @cached_property
    def summary(self):
        return self._summary or live_summary()

    @cached_property
    def buckets(self):
        """``[(end, count)]`` per month of the scope, newest first: ``end`` is the start of the
        next London month (items of this month and older are before it)."""
        buckets = []
        counts = self.summary.per_month(self.scope.category_id)
        for year, month, whole in self.scope.months(self.summary):
            end = month_start(*next_month(year, month))
            if whole:
                count = counts[year, month]
            else:
                count = self.object_list.filter(
                    publication_date__gte=month_start(year, month), publication_date__lt=end
                ).count()
            if count:
                buckets.append((end, count))
        return buckets

    @cached_property
    def count(self):
        return sum(count for _, count in self.buckets)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        items, skipped = self.object_list, 0
        for end, count in self.buckets:
            if bottom < skipped + count:
                if skipped:  # the newer months' items are exactly those from ``end`` on
                    items = items.filter(publication_date__lt=end)
                break
            skipped += count
        start, stop = bottom - skipped, top - skipped
        if start:
            # Skip within the month in the index alone (it holds all the list filters on), then
            # read only the page's rows.
            return self._get_page(items.filter(pk__in=Subquery(items.values("pk")[start:stop])), number, self)
        return self._get_page(items[start:stop], number, self)
