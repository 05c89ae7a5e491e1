"""
Lists at scale (news.listing): counts, month lists and deep pages come from the
live summary, and are exactly what counting and OFFSET would give, across a
scheduled release or an expiry, and after any write to the articles, with
nothing run in between.
"""

import datetime as dt
import math
import re

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news.listing import LivePaginator, Scope, live_summary
from news.models import Article
from tests.factories import (
    CategoryFactory,
    DraftArticleFactory,
    ExpiredArticleFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)
from tests.news.moments import NOW

# These tests read what a page renders (its context, its queries): the page cache is off.
pytestmark = pytest.mark.usefixtures("rendered_every_time")

ORDER = ("-publication_date", "-pk")


@pytest.fixture
def newsroom(db, frozen):
    """47 live items over five months across a summer-time change (three released at the same
    second), two categories, and a draft, a scheduled and an expired item that never show."""
    first, second = CategoryFactory(slug="statements"), CategoryFactory(slug="comments")
    times = [NOW - dt.timedelta(days=3 * n, hours=n) for n in range(44)] + [NOW - dt.timedelta(days=40)] * 3
    for n, time in enumerate(times):
        LiveArticleFactory(title=f"Item {n}", category=first if n % 3 else second, publication_date=time)
    DraftArticleFactory(category=first, publication_date=NOW - dt.timedelta(days=2))
    ScheduledArticleFactory(category=first, publication_date=NOW + dt.timedelta(minutes=5))
    ExpiredArticleFactory(category=first, publication_date=NOW - dt.timedelta(days=20))
    return first, second


def pages(paginator):
    return [[a.pk for a in paginator.page(n).object_list] for n in paginator.page_range]


def titles(response):
    return [a.title for a in response.context["page_obj"].object_list]


def offset_page(queryset, number, per_page=20):
    return [a.title for a in Paginator(queryset.order_by(*ORDER), per_page).page(number).object_list]


@pytest.mark.parametrize("per_page", [1, 4, 7, 20])
def test_every_page_holds_exactly_what_offset_paging_would(newsroom, per_page):
    first, _ = newsroom
    scopes = [
        (Scope(), Article.objects.live()),
        (Scope(category_id=first.pk), Article.objects.live().filter(category=first)),
        (Scope(first_day=dt.date(2020, 9, 10)), Article.objects.live().published_between(dt.date(2020, 9, 10))),
        (
            Scope(first_day=dt.date(2020, 8, 3), last_day=dt.date(2020, 10, 2)),
            Article.objects.live().published_between(dt.date(2020, 8, 3), dt.date(2020, 10, 2)),
        ),
    ]
    for scope, queryset in scopes:
        queryset = queryset.order_by(*ORDER)
        live = LivePaginator(queryset, per_page, scope=scope)
        counted = Paginator(queryset, per_page)
        assert live.count == counted.count > 0
        assert live.num_pages == counted.num_pages
        assert pages(live) == pages(counted)


def test_archive_pages_deep_and_last_show_what_offset_would(client, newsroom):
    live = Article.objects.live()
    last = math.ceil(live.count() / 20)
    assert last == 3
    for number in range(1, last + 1):
        response = client.get(reverse("news:archive"), {"page": number})
        assert titles(response) == offset_page(live, number)
        assert f"Page {number} of {last}" in response.content.decode()
    assert client.get(reverse("news:archive"), {"page": last + 1}).status_code == 404


def test_category_year_and_month_pages_show_what_offset_would(client, newsroom):
    first, _ = newsroom
    live = Article.objects.live()
    in_category = live.filter(category=first)
    for number in (1, 2):
        assert titles(client.get(first.get_absolute_url(), {"page": number})) == offset_page(in_category, number)
    assert client.get(first.get_absolute_url(), {"page": 3}).status_code == 404

    october = live.published_between(dt.date(2020, 10, 1), dt.date(2020, 10, 31))
    response = client.get(reverse("news:archive_month", kwargs={"year": 2020, "month": 10}))
    assert titles(response) == offset_page(october, 1)
    year = client.get(reverse("news:archive_year", kwargs={"year": 2020}), {"page": 2})
    assert titles(year) == offset_page(live.published_between(dt.date(2020, 1, 1), dt.date(2020, 12, 31)), 2)


def test_the_api_pages_deep_and_counts_what_is_live(client, newsroom):
    live = Article.objects.live()
    body = client.get("/api/v1/news/", {"page": 3, "page_size": 10}).json()
    assert body["count"] == live.count() == 47
    assert [item["title"] for item in body["results"]] == offset_page(live, 3, per_page=10)
    assert client.get("/api/v1/news/", {"page": 6, "page_size": 10}).status_code == 404

    since = client.get("/api/v1/news/", {"date_from": "2020-09-10", "category": "statements"}).json()
    expected = live.published_between(dt.date(2020, 9, 10)).filter(category__slug="statements")
    assert since["count"] == expected.count()
    assert [item["title"] for item in since["results"]] == offset_page(expected, 1)


def test_the_month_list_is_the_months_with_live_items(client, newsroom):
    DraftArticleFactory(publication_date=dt.datetime(2019, 1, 10, tzinfo=dt.UTC))
    ExpiredArticleFactory(publication_date=dt.datetime(2019, 2, 10, tzinfo=dt.UTC))
    # 00:30 on 1 May in London is still April in UTC: the month is London's.
    LiveArticleFactory(publication_date=dt.datetime(2019, 4, 30, 23, 30, tzinfo=dt.UTC))

    response = client.get(reverse("news:archive"))

    expected = [d.date() for d in Article.objects.live().datetimes("publication_date", "month", order="DESC")]
    assert response.context["archive_months"] == expected
    content = response.content.decode()
    assert 'href="/news/2019/05/"' in content
    assert 'href="/news/2019/04/"' not in content
    assert 'href="/news/2019/01/"' not in content and 'href="/news/2019/02/"' not in content


def test_a_scheduled_item_is_counted_at_its_second_and_an_expired_one_leaves_at_its_second(client, db, frozen):
    for n in range(20):
        LiveArticleFactory(title=f"Old {n}", publication_date=NOW - dt.timedelta(days=n + 1))
    release = NOW + dt.timedelta(minutes=5)
    ScheduledArticleFactory(title="Scheduled", publication_date=dt.datetime(2020, 11, 2, 9, 0, tzinfo=dt.UTC))
    LiveArticleFactory(title="Leaving", publication_date=NOW - dt.timedelta(days=30), expires_at=release)
    archive = reverse("news:archive")

    before = client.get(archive)  # fills the summary
    assert before.context["paginator"].count == 21
    assert before.context["paginator"].num_pages == 2

    frozen.move_to(release - dt.timedelta(seconds=1), tick=False)
    assert client.get(archive).context["paginator"].count == 21
    frozen.move_to(release, tick=False)
    at_expiry = client.get(archive)
    assert at_expiry.context["paginator"].count == 20
    assert at_expiry.context["paginator"].num_pages == 1
    assert client.get(archive, {"page": 2}).status_code == 404

    frozen.move_to(dt.datetime(2020, 11, 2, 8, 59, 59, tzinfo=dt.UTC), tick=False)
    assert dt.date(2020, 11, 1) not in client.get(archive).context["archive_months"]
    frozen.move_to(dt.datetime(2020, 11, 2, 9, 0, tzinfo=dt.UTC), tick=False)
    released = client.get(archive)
    assert released.context["paginator"].count == 21
    assert titles(released)[0] == "Scheduled"
    assert released.context["archive_months"][0] == dt.date(2020, 11, 1)
    assert client.get(reverse("news:archive_month", kwargs={"year": 2020, "month": 11})).status_code == 200


def test_any_write_to_the_articles_shows_in_the_counts_at_once(client, newsroom):
    first, _ = newsroom
    archive = reverse("news:archive")
    assert client.get(archive).context["paginator"].count == 47

    # Writes that send no model signals at all: the database's trigger sees them.
    Article.objects.filter(title="Item 0").update(status=Article.Status.DRAFT)
    assert client.get(archive).context["paginator"].count == 46
    Article.objects.filter(title__in=["Item 1", "Item 2"]).delete()
    assert client.get(archive).context["paginator"].count == 44
    Article.objects.filter(title="Item 4").update(category=CategoryFactory(slug="moved"))
    assert client.get(first.get_absolute_url()).context["paginator"].count == Article.objects.live().filter(
        category=first
    ).count()
    api = client.get("/api/v1/categories/").json()
    counted = {slug: Article.objects.live().filter(category__slug=slug).count() for slug in ("statements", "comments")}
    assert {c["slug"]: c["article_count"] for c in api} == {**counted, "moved": 1}


def test_the_summary_costs_a_few_queries_once_and_one_small_query_after(newsroom):
    with CaptureQueriesContext(connection) as filling:
        live_summary()
    with CaptureQueriesContext(connection) as reading:
        summary = live_summary()
    # The count of writes, the next release, the next expiry, the grouped counts, the newest items.
    assert len(filling) == 5
    assert len(reading) == 1  # the count of writes
    assert summary.count() == 47


def test_deep_pages_cost_what_page_one_does(client, newsroom, django_assert_num_queries):
    client.get(reverse("news:archive"))  # the masthead and the summary
    with CaptureQueriesContext(connection) as first:
        client.get(reverse("news:archive"))
    with django_assert_num_queries(len(first)):
        client.get(reverse("news:archive"), {"page": 3})


LISTS = [
    reverse("home"),
    reverse("news:archive"),
    reverse("news:archive") + "?page=2",
    "/news/category/statements/",
    "/news/2020/",
    "/news/2020/10/",
    "/news/feed/rss/",
    "/news/feed/atom/",
    "/sitemap.xml",
    "/sitemap-news.xml",
    "/api/v1/news/",
]


@pytest.mark.parametrize("path", LISTS)
def test_lists_never_load_bodies(client, newsroom, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    body = connection.ops.quote_name("body")
    selects = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT")]
    loading = [sql for sql in selects if body in sql.split(" FROM ")[0] or "search_vector" in sql.split(" FROM ")[0]]
    if path == reverse("home"):
        # The featured item, shown in full: looked for among the pinned items, then the newest.
        assert 1 <= len(loading) <= 2
        assert all("is_featured" in sql and "search_vector" not in sql.split(" FROM ")[0] for sql in loading)
    else:
        assert loading == []


def test_the_items_sitemap_is_paged_and_each_page_holds_what_offset_would(client, newsroom, monkeypatch):
    from news.sitemaps import ArticleSitemap

    monkeypatch.setattr(ArticleSitemap, "limit", 10)
    live = list(Article.objects.live().order_by(*ORDER))
    index = client.get("/sitemap.xml").content.decode()
    assert index.count("/sitemap-news.xml") == 5  # 47 items, ten a page
    for number in range(1, 6):
        page = client.get("/sitemap-news.xml", {"p": number}).content.decode()
        expected = live[(number - 1) * 10 : number * 10]
        assert [a.get_absolute_url() for a in expected] == re.findall(r"<loc>https?://[^/]+(/news/[^<]+)</loc>", page)
    assert client.get("/sitemap-news.xml", {"p": 6}).status_code == 404
