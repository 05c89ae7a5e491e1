import datetime as dt
import re

import pytest
from django.urls import reverse

from tests.factories import (
    CategoryFactory,
    DraftArticleFactory,
    FeaturedCategoryFactory,
    IncidentCounterFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
    masthead_contact,
)
from tests.news.moments import NOW


def text(response):
    """The page's visible text, tags removed and white space folded."""
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace(" ,", ",")


def test_home_page_masthead_on_27_october_2020(client, db, frozen):
    masthead_contact()
    IncidentCounterFactory(sentence="{days} days have passed since the Salisbury incident - …")
    IncidentCounterFactory(
        sentence="{days} days have passed since the death of Nikolay Glushkov on British soil",
        start_date=dt.date(2018, 3, 12),
    )

    page = client.get("/")

    assert page.status_code == 200
    content = page.content.decode()
    assert "27 October 2020" in content
    assert "Moscow: 18:00" in content
    assert "London: 15:00" in content
    assert "968 days have passed since the Salisbury incident - …" in content
    assert "960 days have passed since the death of Nikolay Glushkov on British soil" in content
    assert "Consular queries" in content
    assert "+44 (0) 203 668 7474" in content
    assert 'href="tel:+442036687474"' in content
    assert 'href="mailto:consular@example.org"' in content


def test_home_page_shows_the_pinned_speech_in_full_and_the_latest_events(client, db, frozen):
    speeches = FeaturedCategoryFactory()
    pinned = LiveArticleFactory(
        category=speeches,
        pinned=True,
        title="Ambassador's speech",
        body="<p>The full text of the speech.</p>",
        publication_date=NOW - dt.timedelta(days=20),
    )
    statement = LiveArticleFactory(
        title="Statement on visas",
        lead="The lead paragraph about visas.",
        publication_date=dt.datetime(2020, 10, 26, 9, 0, tzinfo=dt.UTC),
    )

    page = client.get("/")
    visible = text(page)

    assert "The full text of the speech." in page.content.decode()
    assert "Ambassador&#x27;s speech" in page.content.decode()
    assert "26.10.2020 - Statement on visas" in visible
    assert "The lead paragraph about visas." in visible
    assert statement.get_absolute_url() in page.content.decode()
    assert f'href="{reverse("news:archive")}">All messages</a>' in page.content.decode()
    assert pinned.get_absolute_url() in page.content.decode()


def test_home_page_latest_events_are_the_ten_newest_live_items(client, db, frozen):
    for day in range(1, 13):
        LiveArticleFactory(title=f"Item of day {day}", publication_date=NOW - dt.timedelta(days=day))

    visible = text(client.get("/"))

    assert "Item of day 1 " in visible
    assert "Item of day 10 " in visible
    assert "Item of day 11 " not in visible
    assert visible.index("Item of day 1 ") < visible.index("Item of day 2 ")


def test_draft_and_scheduled_items_are_absent_from_every_public_page(client, db, frozen):
    category = FeaturedCategoryFactory()
    LiveArticleFactory(category=category, title="Visible item")
    draft = DraftArticleFactory(category=category, title="Secret draft", pinned=True)
    scheduled = ScheduledArticleFactory(category=category, title="Embargoed item", pinned=True)

    pages = ["/", reverse("news:archive"), category.get_absolute_url()]
    for url in pages:
        content = client.get(url).content.decode()
        assert "Visible item" in content, url
        assert "Secret draft" not in content, url
        assert "Embargoed item" not in content, url
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_scheduled_item_appears_everywhere_at_its_time_with_nothing_run(client, db, time_machine):
    release = dt.datetime(2020, 10, 27, 18, 0, tzinfo=dt.UTC)
    time_machine.move_to(release - dt.timedelta(days=2), tick=False)
    category = CategoryFactory()
    article = LiveArticleFactory(category=category, title="Embargoed statement", publication_date=release)
    urls = ["/", reverse("news:archive"), category.get_absolute_url()]

    time_machine.move_to(release - dt.timedelta(seconds=1), tick=False)
    assert client.get(article.get_absolute_url()).status_code == 404
    for url in urls:
        assert "Embargoed statement" not in client.get(url).content.decode(), url

    time_machine.move_to(release + dt.timedelta(seconds=1), tick=False)
    assert client.get(article.get_absolute_url()).status_code == 200
    for url in urls:
        assert "Embargoed statement" in client.get(url).content.decode(), url


def test_article_page_at_its_permanent_url(client, db, frozen):
    article = LiveArticleFactory(
        title="Press release on consular hours",
        slug="press-release-on-consular-hours",
        body="<h2>Opening hours</h2><p>Body text.</p>",
        publication_date=dt.datetime(2020, 10, 26, 10, 0, tzinfo=dt.UTC),
    )

    assert article.get_absolute_url() == "/news/2020/10/26/press-release-on-consular-hours/"
    page = client.get(article.get_absolute_url())

    assert page.status_code == 200
    content = page.content.decode()
    assert "<h1" in content and "Press release on consular hours" in content
    assert "<h2>Opening hours</h2>" in content
    assert "26 October 2020, 10:00" in content
    assert "Moscow: 18:00" in content  # the masthead is on every page


def test_every_item_links_its_older_and_newer_neighbours(client, db, frozen):
    # More items than the live summary keeps (the newest items' neighbours come from it, the
    # others' are read), two released at the same second, a draft between them never linked.
    times = [NOW - dt.timedelta(hours=n) for n in range(14)] + [NOW - dt.timedelta(hours=5)]
    items = [LiveArticleFactory(title=f"Item {n}", publication_date=time) for n, time in enumerate(times)]
    DraftArticleFactory(title="A draft", publication_date=NOW - dt.timedelta(minutes=90))
    ordered = sorted(items, key=lambda item: (item.publication_date, item.pk), reverse=True)

    for position, item in enumerate(ordered):
        content = client.get(item.get_absolute_url()).content.decode()
        older = re.search(r'class="article-nav__older">.*?<a href="([^"]+)" rel="prev">', content)
        newer = re.search(r'class="article-nav__newer">.*?<a href="([^"]+)" rel="next">', content)
        expected_older = ordered[position + 1] if position + 1 < len(ordered) else None
        expected_newer = ordered[position - 1] if position else None
        assert (older and older.group(1)) == (expected_older and expected_older.get_absolute_url()), item.title
        assert (newer and newer.group(1)) == (expected_newer and expected_newer.get_absolute_url()), item.title


@pytest.mark.parametrize(
    "url",
    [
        "/news/2020/10/25/the-article/",  # wrong day
        "/news/2020/13/26/the-article/",  # no such month
        "/news/2020/02/31/the-article/",  # no such day
        "/news/2020/10/26/no-such-article/",
    ],
)
def test_article_at_a_wrong_address_is_404(client, db, frozen, url):
    LiveArticleFactory(slug="the-article", publication_date=dt.datetime(2020, 10, 26, 10, 0, tzinfo=dt.UTC))
    assert client.get(url).status_code == 404


def test_archive_lists_twenty_a_page_newest_first(client, db, frozen):
    for n in range(25):
        LiveArticleFactory(title=f"Archive item {n:02d}", publication_date=NOW - dt.timedelta(hours=n + 1))

    first = text(client.get(reverse("news:archive")))
    second = text(client.get(reverse("news:archive") + "?page=2"))

    assert first.index("Archive item 00") < first.index("Archive item 19")
    assert "Archive item 20" not in first
    assert "Page 1 of 2" in first
    assert "Archive item 20" in second and "Archive item 24" in second
    assert "Archive item 19" not in second


@pytest.mark.parametrize("page", ["3", "0", "-1", "abc", "1.5", "9" * 30, "%00"])
def test_archive_page_out_of_range_or_not_a_number_is_404(client, db, frozen, page):
    for n in range(25):
        LiveArticleFactory(publication_date=NOW - dt.timedelta(hours=n + 1))
    response = client.get(reverse("news:archive") + f"?page={page}")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_category_page_lists_only_its_live_items(client, db, frozen):
    statements = CategoryFactory(name="Statements", slug="statements")
    LiveArticleFactory(category=statements, title="A statement")
    LiveArticleFactory(title="A comment")

    page = client.get("/news/category/statements/")

    assert page.status_code == 200
    assert "A statement" in page.content.decode()
    assert "A comment" not in page.content.decode()
    assert client.get("/news/category/statements/?page=2").status_code == 404
    assert client.get("/news/category/no-such-category/").status_code == 404


def test_404_page_carries_the_masthead(client, db, frozen):
    masthead_contact()
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "Page not found" in content
    assert "27 October 2020" in content and "Moscow: 18:00" in content
    assert "+44 (0) 203 668 7474" in content


@pytest.mark.usefixtures("rendered_every_time")  # counts what a render costs
def test_public_pages_cost_a_fixed_number_of_queries(client, db, frozen, django_assert_max_num_queries):
    masthead_contact()
    IncidentCounterFactory()
    featured = FeaturedCategoryFactory()
    other = CategoryFactory()
    articles = [LiveArticleFactory(category=featured if n % 2 else other) for n in range(30)]
    client.get("/")  # warm the masthead cache
    client.get(reverse("news:archive"))  # and the live summary (counts and months, news.listing)

    # The featured item (none is pinned: the pinned ones, then the newest), the count of writes
    # (the live summary: the latest items).
    with django_assert_max_num_queries(3):
        client.get("/")
    articles[1].pinned = True
    articles[1].save()
    client.get("/")
    with django_assert_max_num_queries(2):  # the pinned item, the count of writes
        assert client.get("/").context["featured"] == articles[1]
    with django_assert_max_num_queries(2):  # the count of writes (is the summary current?) and the page
        client.get(reverse("news:archive"))
    with django_assert_max_num_queries(2):
        client.get(reverse("news:archive") + "?page=2")
    with django_assert_max_num_queries(3):  # the category, the count of writes and the page
        client.get(featured.get_absolute_url())
    # The item (knowing it lists no documents and has no chosen "See also" items), the count of
    # writes (the live summary: the side column's latest items), its older and newer neighbours
    # (an old item: read), and "See also", the newest of its category (tests/news/test_related.py
    # counts the other cases).
    with django_assert_max_num_queries(5):
        client.get(articles[0].get_absolute_url())
