"""Archives by year and by month, linked from the news archive, and older/newer links between items."""

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from news.listing import CACHE_KEY
from tests.factories import LiveArticleFactory


def titles(response):
    return [
        re.sub(r"<[^>]+>", "", t)
        for t in re.findall(r'class="news-item__title">.*?<a href="[^"]*">(.*?)</a>', response.content.decode())
    ]


def at(year, month, day, hour=12, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


def test_year_archive_lists_that_years_items_newest_first(client, db, frozen):
    LiveArticleFactory(title="January 2020", publication_date=at(2020, 1, 15))
    LiveArticleFactory(title="October 2020", publication_date=at(2020, 10, 1))
    LiveArticleFactory(title="December 2019", publication_date=at(2019, 12, 31))

    page = client.get(reverse("news:archive_year", kwargs={"year": 2020}))

    assert page.status_code == 200
    assert titles(page) == ["October 2020", "January 2020"]
    assert "Messages of 2020" in page.content.decode()


def test_month_archive_follows_london_time(client, db, frozen):
    # 30 September 23:30 UTC is 1 October 00:30 in London (BST).
    LiveArticleFactory(title="Just after midnight", publication_date=at(2020, 9, 30, 23, 30))
    LiveArticleFactory(title="Late September", publication_date=at(2020, 9, 30, 22, 30))

    october = client.get(reverse("news:archive_month", kwargs={"year": 2020, "month": 10}))
    september = client.get(reverse("news:archive_month", kwargs={"year": 2020, "month": 9}))

    assert titles(october) == ["Just after midnight"]
    assert titles(september) == ["Late September"]
    assert "Messages of October 2020" in october.content.decode()


def test_month_archive_links_to_the_nearest_months_with_items(client, db, frozen):
    LiveArticleFactory(publication_date=at(2020, 3, 10))
    LiveArticleFactory(publication_date=at(2020, 6, 10))
    LiveArticleFactory(publication_date=at(2020, 10, 10))

    content = client.get("/news/2020/06/").content.decode()

    assert '<a href="/news/2020/03/">← March 2020</a>' in content
    assert '<a href="/news/2020/10/">October 2020 →</a>' in content


def test_archive_page_links_to_every_year_and_month_with_items(client, db, frozen):
    LiveArticleFactory(publication_date=at(2019, 12, 31))
    LiveArticleFactory(publication_date=at(2020, 2, 1))
    LiveArticleFactory(publication_date=at(2020, 10, 1))

    content = client.get(reverse("news:archive")).content.decode()
    nav = content[content.index('class="archive-nav"') :]

    assert re.findall(r'href="(/news/\d{4}/(?:\d\d/)?)"', nav) == [
        "/news/2020/",
        "/news/2020/10/",
        "/news/2020/02/",
        "/news/2019/",
        "/news/2019/12/",
    ]
    assert ">February</a>" in nav and ">Browse by date<" in nav


def test_archives_are_paginated(client, db, frozen):
    for n in range(25):
        LiveArticleFactory(title=f"Item {n:02d}", publication_date=at(2020, 3, 1) + dt.timedelta(hours=n))

    assert len(titles(client.get("/news/2020/"))) == 20
    assert titles(client.get("/news/2020/03/?page=2")) == [f"Item {n:02d}" for n in range(4, -1, -1)]
    assert client.get("/news/2020/03/?page=3").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/news/2018/",  # nothing that year
        "/news/2020/07/",  # nothing that month
        "/news/2020/11/",  # the future
        "/news/2021/",  # the future
        "/news/2020/13/",  # no such month
        "/news/2020/00/",
        "/news/0000/",
        "/news/9999/",
        "/news/9999/12/",
    ],
)
def test_archive_without_items_or_out_of_range_is_404(client, db, frozen, url):
    LiveArticleFactory(publication_date=at(2020, 3, 1))
    assert client.get(url).status_code == 404


def test_article_page_links_to_the_older_and_newer_items(client, db, frozen):
    older = LiveArticleFactory(title="Older item", publication_date=at(2020, 10, 1))
    article = LiveArticleFactory(title="This item", publication_date=at(2020, 10, 2))
    newer = LiveArticleFactory(title="Newer item", publication_date=at(2020, 10, 3))

    content = client.get(article.get_absolute_url()).content.decode()
    assert f'<a href="{older.get_absolute_url()}" rel="prev">Older item</a>' in content
    assert f'<a href="{newer.get_absolute_url()}" rel="next">Newer item</a>' in content

    content = client.get(newer.get_absolute_url()).content.decode()
    assert 'rel="next"' not in content
    assert f'<a href="{article.get_absolute_url()}" rel="prev">This item</a>' in content


def test_items_released_at_the_same_minute_still_link_to_each_other(client, db, frozen):
    first = LiveArticleFactory(title="First", publication_date=at(2020, 10, 1))
    second = LiveArticleFactory(title="Second", publication_date=at(2020, 10, 1))

    assert f'href="{second.get_absolute_url()}" rel="next"' in client.get(first.get_absolute_url()).content.decode()
    assert f'href="{first.get_absolute_url()}" rel="prev"' in client.get(second.get_absolute_url()).content.decode()


@pytest.mark.usefixtures("rendered_every_time")  # counts what a render costs
def test_archives_cost_a_fixed_number_of_queries(client, db, frozen, django_assert_max_num_queries):
    for n in range(30):
        LiveArticleFactory(publication_date=at(2020, 1 + n % 9, 1))
    client.get("/news/2020/")  # warm the masthead cache and the English summary
    client.get("/news/2020/")  # and the Russian one (a request computes one summary at most)

    # The count of writes (the live summary's key) and the page's items: whether the period has
    # items, the previous and next periods, the count and the months for the navigation all come
    # from the live summary, whatever the number of items.
    with django_assert_max_num_queries(2):
        client.get("/news/2020/")
    with django_assert_max_num_queries(2):
        client.get("/news/2020/05/")


@pytest.mark.usefixtures("rendered_every_time")
def test_with_nothing_cached_a_date_archive_computes_one_summary_and_asks_the_other_language(client, db, frozen):
    LiveArticleFactory(publication_date=at(2020, 5, 1), title_ru="Заявление", lead_ru="Вводный абзац.")
    LiveArticleFactory(publication_date=at(2019, 5, 1))  # in English only
    cache.clear()

    year = client.get("/news/2020/")  # computes the English summary; asks whether 2020 has Russian items

    assert cache.get(CACHE_KEY.format(language="en")) is not None
    assert cache.get(CACHE_KEY.format(language="ru")) is None
    assert 'hreflang="ru" href="http://testserver/ru/news/2020/"' in year.content.decode()

    # The next one (its own summary cached) computes the Russian summary, then reads it.
    month, english_only_year = client.get("/news/2020/05/"), client.get("/news/2019/")

    assert cache.get(CACHE_KEY.format(language="ru")).count(year=2020) == 1
    assert 'hreflang="ru" href="http://testserver/ru/news/2020/05/"' in month.content.decode()
    assert 'hreflang="ru"' not in english_only_year.content.decode().split("</head>")[0]


@pytest.mark.parametrize("url", ["/news/2020/", "/news/2020/03/"])
def test_items_released_at_the_same_time_are_each_on_exactly_one_archive_page(client, db, frozen, url):
    items = [LiveArticleFactory(title=f"Item {n:02d}", publication_date=at(2020, 3, 1)) for n in range(25)]
    # Edited in another order: PostgreSQL now stores the rows out of creation order, as a real
    # table does, so an order by time alone would come back in storage order.
    for item in items[1::2] + items[::2]:
        item.save()

    listed = titles(client.get(url)) + titles(client.get(url, {"page": 2}))

    assert sorted(listed) == [f"Item {n:02d}" for n in range(25)]
    assert listed == [f"Item {n:02d}" for n in range(24, -1, -1)]  # newest first: the last created on top


@pytest.mark.usefixtures("rendered_every_time")
def test_with_nothing_cached_the_other_language_is_asked_for_the_london_month(client, db, frozen):
    # 23:30 GMT on 30 April is 00:30 on 1 May in London (BST): a May item in Russian.
    LiveArticleFactory(
        publication_date=dt.datetime(2020, 4, 30, 23, 30, tzinfo=dt.UTC), title_ru="Заявление", lead_ru="Абзац."
    )
    LiveArticleFactory(publication_date=at(2020, 4, 10))  # April, in English only

    cache.clear()
    may = client.get("/news/2020/05/").content.decode().split("</head>")[0]
    cache.clear()
    april = client.get("/news/2020/04/").content.decode().split("</head>")[0]

    assert 'hreflang="ru" href="http://testserver/ru/news/2020/05/"' in may
    assert 'hreflang="ru"' not in april
