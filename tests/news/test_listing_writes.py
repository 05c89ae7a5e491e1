"""
After a write to the articles, the live summary (news.listing) recounts only the London months
the write touched (the trigger of news.changes notes them), and is then exactly what counting
everything would give: for edits, unpublishing, deleting, moving an item to another category or
month, scheduling and expiring, with the clock stopped and moved to the second. Each runs with
each process's own memory cache and with Redis shared by every worker.
"""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core import languages
from news import listing
from news.changes import KEPT_WRITES, ArticleChanges
from news.listing import compute_summary, live_summary
from news.models import Article
from tests.factories import CategoryFactory, LiveArticleFactory
from tests.news.moments import NOW
from tests.pagecache.conftest import cache_backend, redis_url  # noqa: F401 - fixtures: memory and Redis

pytestmark = pytest.mark.usefixtures("rendered_every_time", "cache_backend")


@pytest.fixture
def newsroom(db, frozen):
    """Thirty live items over three London months (the first at London midnight, which is still
    September in UTC), in two categories; the summary filled."""
    first, second = CategoryFactory(slug="statements"), CategoryFactory(slug="comments")
    times = [dt.datetime(2020, 9, 30, 23, 0, tzinfo=dt.UTC)]  # 1 October 00:00 in London (BST)
    times += [NOW - dt.timedelta(days=2 * n + 1) for n in range(29)]
    for n, time in enumerate(times):
        LiveArticleFactory(title=f"Item {n}", category=first if n % 3 else second, publication_date=time)
    for language in languages.codes():
        live_summary(language)
    return first, second


@pytest.fixture
def no_full_recount(monkeypatch):
    """Fails the test if the summary is computed whole instead of recounting the months written."""

    def refused(*args, **kwargs):
        raise AssertionError("the whole summary was recomputed")

    monkeypatch.setattr(listing, "compute_summary", refused)


def exact():
    """What counting every live item now gives."""
    return compute_summary().counts


def archive_count(client, path=None):
    return client.get(path or reverse("news:archive")).context["paginator"].count


def test_an_edit_recounts_only_its_month_in_one_bounded_query(newsroom, no_full_recount):
    Article.objects.filter(title="Item 3").update(title="Item 3, corrected")

    with CaptureQueriesContext(connection) as queries:
        summary = live_summary()

    # The count of writes, the months written since, the next release, the next expiry, the
    # recount, the newest items.
    assert len(queries) == 6
    recount = queries.captured_queries[-2]["sql"]
    assert "GROUP BY" in recount.upper() and "publication_date" in recount
    assert summary.counts == exact()
    with CaptureQueriesContext(connection) as again:
        live_summary()
    assert len(again) == 1  # up to date: the count of writes only


def test_unpublishing_and_deleting_show_in_the_counts_at_once(client, newsroom, no_full_recount):
    assert archive_count(client) == 30

    Article.objects.filter(title="Item 0").update(status=Article.Status.DRAFT)
    assert archive_count(client) == 29
    assert client.get(reverse("news:archive_month", kwargs={"year": 2020, "month": 10})).status_code == 200

    Article.objects.filter(title__in=["Item 1", "Item 2"]).delete()
    assert archive_count(client) == 27
    assert live_summary().counts == exact()


def test_a_category_change_moves_the_count_to_the_new_category(client, newsroom, no_full_recount):
    first, second = newsroom
    before = {first.pk: live_summary().count(first.pk), second.pk: live_summary().count(second.pk)}

    Article.objects.filter(title="Item 1").update(category=second)

    assert archive_count(client, first.get_absolute_url()) == before[first.pk] - 1
    assert archive_count(client, second.get_absolute_url()) == before[second.pk] + 1
    api = {c["slug"]: c["article_count"] for c in client.get("/api/v1/categories/").json()}
    assert api == {"statements": before[first.pk] - 1, "comments": before[second.pk] + 1}
    assert live_summary().counts == exact()


def test_moving_an_item_to_another_month_recounts_both_months(client, newsroom, no_full_recount):
    # Item 0 is the only item of 1 October 00:00 London time; moved to 2019 it leaves the month.
    october = live_summary().count(year=2020, month=10)
    Article.objects.filter(title="Item 0").update(publication_date=dt.datetime(2019, 5, 5, tzinfo=dt.UTC))

    summary = live_summary()
    assert summary.count(year=2020, month=10) == october - 1
    assert summary.count(year=2019, month=5) == 1
    assert dt.date(2019, 5, 1) in client.get(reverse("news:archive")).context["archive_months"]
    assert summary.counts == exact()


def test_an_item_scheduled_before_the_summarys_bound_is_counted_at_its_second(client, newsroom, frozen):
    later = NOW + dt.timedelta(hours=2)
    LiveArticleFactory(title="Far", publication_date=later)
    live_summary()  # valid until the release in two hours
    soon = NOW + dt.timedelta(minutes=3)
    LiveArticleFactory(title="Soon", publication_date=soon)  # written after: a recount, a nearer bound

    assert archive_count(client) == 30
    frozen.move_to(soon - dt.timedelta(seconds=1), tick=False)
    assert archive_count(client) == 30
    frozen.move_to(soon, tick=False)
    assert archive_count(client) == 31
    assert client.get(reverse("news:archive")).context["page_obj"].object_list[0].title == "Soon"
    frozen.move_to(later, tick=False)
    assert archive_count(client) == 32
    assert live_summary().counts == exact()


def test_an_expiry_set_by_an_edit_takes_the_item_off_at_its_second(client, newsroom, frozen):
    leaves = NOW + dt.timedelta(minutes=10)
    Article.objects.filter(title="Item 4").update(expires_at=leaves)

    assert archive_count(client) == 30
    frozen.move_to(leaves - dt.timedelta(seconds=1), tick=False)
    assert archive_count(client) == 30
    frozen.move_to(leaves, tick=False)
    assert archive_count(client) == 29
    assert live_summary().counts == exact()


def test_a_release_and_an_expiry_recount_only_their_months_not_the_whole_summary(
    client, newsroom, frozen, no_full_recount
):
    LiveArticleFactory(title="Soon", publication_date=NOW + dt.timedelta(minutes=3))
    Article.objects.filter(title="Item 20").update(expires_at=NOW + dt.timedelta(minutes=5))  # of September
    before = live_summary()  # the two writes taken in: valid until the release
    frozen.move_to(NOW + dt.timedelta(minutes=10), tick=False)  # past the release and the expiry

    with CaptureQueriesContext(connection) as queries:
        summary = live_summary()

    # The count of writes, the months written since, the months the clock changed, the next
    # release, the next expiry, one recount of those months, the newest items.
    assert len(queries) == 7
    assert summary.counts == exact()
    assert summary.count(year=2020, month=10) == before.count(year=2020, month=10) + 1
    assert summary.count(year=2020, month=9) == before.count(year=2020, month=9) - 1
    assert archive_count(client) == 30  # one released, one expired
    assert client.get(reverse("news:archive")).context["page_obj"].object_list[0].title == "Soon"


def test_a_release_among_more_months_than_are_recounted_recomputes_the_whole_summary(newsroom, frozen, monkeypatch):
    computed = []
    whole = listing.compute_summary
    monkeypatch.setattr(listing, "compute_summary", lambda *a: computed.append(a) or whole(*a))
    # Items of more past months than are recounted one by one, all expiring at one minute.
    category = CategoryFactory(slug="history")
    for n in range(listing.MAX_RECOUNTED_MONTHS + 1):
        LiveArticleFactory(
            category=category,
            publication_date=dt.datetime(2015 + n // 12, 1 + n % 12, 10, tzinfo=dt.UTC),
            expires_at=NOW + dt.timedelta(minutes=5),
        )
    live_summary()
    computed.clear()
    frozen.move_to(NOW + dt.timedelta(minutes=6), tick=False)

    assert live_summary().counts == exact()
    assert len(computed) == 1


def test_writes_over_many_months_or_past_the_kept_notes_recompute_the_whole_summary(newsroom, monkeypatch):
    computed = []
    whole = listing.compute_summary
    monkeypatch.setattr(listing, "compute_summary", lambda *a: computed.append(a) or whole(*a))

    # One statement over thirty months: more than are recounted one by one.
    category = CategoryFactory(slug="history")
    Article.objects.bulk_create(
        Article(
            title=f"Old {n}",
            slug=f"old-{n}",
            category=category,
            lead="Lead.",
            body="<p>Body.</p>",
            status=Article.Status.PUBLISHED,
            publication_date=dt.datetime(2015 + n // 12, 1 + n % 12, 10, tzinfo=dt.UTC),
        )
        for n in range(30)
    )
    assert live_summary().counts == exact()
    assert len(computed) == 1

    # Notes older than the last KEPT_WRITES counts are gone: a summary that old cannot be updated.
    writes = ArticleChanges.objects.current()
    ArticleChanges.objects.filter(pk=1).update(count=writes + KEPT_WRITES + 1)
    Article.objects.filter(title="Item 5").update(title="Item 5, corrected")
    assert ArticleChanges.objects.months_written_since(writes)[1] is None
    assert live_summary().counts == exact()
    assert len(computed) == 2


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_a_truncate_recomputes_the_whole_summary(newsroom):
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's transaction defers them
        cursor.execute("TRUNCATE news_article CASCADE")
    assert ArticleChanges.objects.months_written_since(0)[1] is None
    assert live_summary().count() == 0


def latest_titles(client, path):
    """The titles of the home page's "Latest events", or of an item page's side column."""
    content = client.get(path).content.decode()
    start = content.index('class="latest"') if path == "/" else content.index('id="sidebar-latest"')
    return re.findall(r'<a href="/news/[^"]+">([^<]+)</a>', content[start : content.index("</section>", start)])


def test_the_newest_items_on_home_and_beside_an_item_follow_every_write_and_the_clock(client, newsroom, frozen):
    item_page = Article.objects.get(title="Item 5").get_absolute_url()
    assert latest_titles(client, "/")[:2] == ["Item 1", "Item 2"]
    assert latest_titles(client, item_page) == ["Item 1", "Item 2", "Item 3", "Item 4", "Item 6"]

    Article.objects.filter(title="Item 1").update(title="Item 1, corrected")
    assert latest_titles(client, "/")[0] == "Item 1, corrected"
    assert latest_titles(client, item_page)[0] == "Item 1, corrected"

    soon = LiveArticleFactory(title="Soon", publication_date=NOW + dt.timedelta(minutes=3))
    assert "Soon" not in latest_titles(client, "/")
    frozen.move_to(NOW + dt.timedelta(minutes=3), tick=False)
    assert latest_titles(client, "/")[0] == "Soon"
    assert latest_titles(client, item_page)[0] == "Soon"

    Article.objects.filter(pk=soon.pk).update(status=Article.Status.DRAFT)
    assert latest_titles(client, "/")[0] == "Item 1, corrected"
    assert len(latest_titles(client, "/")) == 10


def test_each_languages_latest_events_are_its_own_titles_and_leads_whichever_is_served_first(client, db, frozen):
    from tests.factories import RussianArticleFactory

    RussianArticleFactory(title="Press release", title_ru="Пресс-релиз", lead_ru="Вводный абзац по-русски.")
    LiveArticleFactory(title="In English only", publication_date=NOW - dt.timedelta(hours=1))

    russian = client.get("/ru/").content.decode()
    english = client.get("/").content.decode()

    assert "Пресс-релиз" in russian and "Вводный абзац по-русски." in russian
    assert "In English only" not in russian  # not written in Russian: not on the Russian site
    assert "Press release" in english and "In English only" in english
    assert "Пресс-релиз" not in english
