"""
Lists are built without a template include per item, addresses without a
reverse() per link, and the browse-by-date list once per month list: what the
pages show stays exactly what it was, and nothing built once goes stale.
"""

import datetime as dt
import re

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation

from news.models import article_url, article_urls
from tests.factories import LiveArticleFactory, ScheduledArticleFactory
from tests.news.moments import NOW


def test_an_items_address_is_the_one_its_url_pattern_gives_at_any_prefix():
    moments = [
        dt.datetime(2020, 3, 29, 0, 30, tzinfo=dt.UTC),  # 00:30 GMT, the night the clocks go forward
        dt.datetime(2020, 10, 24, 23, 30, tzinfo=dt.UTC),  # already the 25th in London (BST)
        dt.datetime(999, 1, 2, 12, 0, tzinfo=dt.UTC),  # a year under four digits
    ]
    try:
        for prefix in ("/", "/embassy/"):
            set_script_prefix(prefix)
            for moment in moments:
                london = moment.astimezone(dt.timezone(dt.timedelta(hours=1 if moment.month == 10 else 0)))
                expected = reverse(
                    "news:article",
                    kwargs={"year": london.year, "month": london.month, "day": london.day, "slug": "a-slug_2"},
                )
                assert article_url(moment, "a-slug_2") == expected
                assert expected.startswith(prefix)
            # A slug the pattern does not take is refused, as reverse() refuses it.
            with pytest.raises(NoReverseMatch):
                article_url(moments[0], "пресс релиз")
    finally:
        set_script_prefix("/")


def test_addresses_for_a_list_are_those_of_the_language_and_prefix_active_when_it_was_made():
    moment = dt.datetime(2020, 10, 24, 23, 30, tzinfo=dt.UTC)
    try:
        with translation.override("ru"):
            set_script_prefix("/embassy/")
            russian = article_urls()
        english = article_urls()
        set_script_prefix("/")

        assert russian(moment, "a-slug") == "/embassy/ru/news/2020/10/25/a-slug/"
        assert english(moment, "a-slug") == "/embassy/news/2020/10/25/a-slug/"
        assert article_urls()(moment, "a-slug") == article_url(moment, "a-slug") == "/news/2020/10/25/a-slug/"
    finally:
        set_script_prefix("/")


def test_list_items_show_the_london_date_the_title_link_and_the_lead(client, db, frozen):
    item = LiveArticleFactory(
        title="Talks <in> Geneva",
        lead="Both sides & more",
        publication_date=dt.datetime(2020, 10, 24, 23, 30, tzinfo=dt.UTC),
    )

    home = client.get("/").content.decode()
    archive = client.get(reverse("news:archive")).content.decode()

    for page, level in ((home, 3), (archive, 2)):
        assert (
            f'<h{level} class="news-item__title"><time datetime="2020-10-25T00:30:00+01:00">25.10.2020</time>'
            f' - <a href="{item.get_absolute_url()}">Talks &lt;in&gt; Geneva</a></h{level}>'
        ) in page
        assert '<p class="news-item__lead">Both sides &amp; more</p>' in page
    assert item.get_absolute_url() == "/news/2020/10/25/" + item.slug + "/"


def test_the_side_column_lists_the_latest_items_with_their_london_date_and_title_link(client, db, frozen):
    shown = LiveArticleFactory(title="Shown", publication_date=NOW - dt.timedelta(days=3))
    item = LiveArticleFactory(
        title="Talks <in> Geneva", publication_date=dt.datetime(2020, 10, 24, 23, 30, tzinfo=dt.UTC)
    )

    page = client.get(shown.get_absolute_url()).content.decode()

    assert (
        '<li><time datetime="2020-10-25T00:30:00+01:00">25.10.2020</time>'
        f' <a href="{item.get_absolute_url()}">Talks &lt;in&gt; Geneva</a></li>'
    ) in page
    assert f'<a href="{shown.get_absolute_url()}">Shown</a></li>' not in page  # the item shown is left out


def test_the_browse_by_date_list_gains_a_month_at_the_release_and_marks_the_page_it_is_on(client, db, frozen):
    LiveArticleFactory(publication_date=NOW - dt.timedelta(days=40))
    ScheduledArticleFactory(publication_date=dt.datetime(2020, 11, 2, 9, 0, tzinfo=dt.UTC))
    archive = reverse("news:archive")
    november = 'href="/news/2020/11/"'

    assert november not in client.get(archive).content.decode()
    frozen.move_to(dt.datetime(2020, 11, 2, 9, 0, tzinfo=dt.UTC), tick=False)
    assert november in client.get(archive).content.decode()

    month_page = client.get(reverse("news:archive_month", kwargs={"year": 2020, "month": 9})).content.decode()
    year_page = client.get(reverse("news:archive_year", kwargs={"year": 2020})).content.decode()
    assert re.findall(r'<a (?:class="archive-nav__year" )?href="([^"]+)" aria-current="page"', month_page) == [
        "/news/2020/09/"
    ]
    assert re.findall(r'<a (?:class="archive-nav__year" )?href="([^"]+)" aria-current="page"', year_page) == [
        "/news/2020/"
    ]
    assert 'aria-current="page"' not in client.get(archive).content.decode().split('class="archive-nav"')[1]
