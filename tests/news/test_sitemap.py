"""sitemap.xml (an index of sections) and robots.txt."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from tests.factories import CategoryFactory, LiveArticleFactory
from tests.news.moments import NOW

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def entries(response):
    """``{loc: lastmod}`` of a sitemap or a sitemap index."""
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {node.findtext(f"{SM}loc"): node.findtext(f"{SM}lastmod") for node in root}


def test_sitemap_index_lists_the_sections_with_their_last_change(client, db, frozen):
    LiveArticleFactory(publication_date=dt.datetime(2020, 10, 26, 9, 0, tzinfo=dt.UTC))

    index = entries(client.get("/sitemap.xml"))

    assert set(index) == {
        "http://testserver/sitemap-news.xml",
        "http://testserver/sitemap-categories.xml",
        "http://testserver/sitemap-pages.xml",
    }
    assert index["http://testserver/sitemap-categories.xml"].startswith("2020-10-26T09:00:00")


def test_news_sitemap_lists_every_live_item_with_its_last_change(client, db, time_machine):
    time_machine.move_to(dt.datetime(2020, 10, 20, 12, 0, tzinfo=dt.UTC), tick=False)
    edited_before_release = LiveArticleFactory(
        slug="scheduled-then-released", publication_date=dt.datetime(2020, 10, 26, 9, 0, tzinfo=dt.UTC)
    )
    time_machine.move_to(dt.datetime(2020, 10, 22, 12, 0, tzinfo=dt.UTC), tick=False)
    edited_after_release = LiveArticleFactory(
        slug="released-then-edited", publication_date=dt.datetime(2020, 10, 21, 9, 0, tzinfo=dt.UTC)
    )
    time_machine.move_to(NOW, tick=False)

    urls = entries(client.get("/sitemap-news.xml"))

    assert urls == {
        f"http://testserver{edited_before_release.get_absolute_url()}": "2020-10-26",
        f"http://testserver{edited_after_release.get_absolute_url()}": "2020-10-22",
    }


def test_categories_and_pages_sitemaps(client, db, frozen):
    statements = CategoryFactory(name="Statements", slug="statements")
    CategoryFactory(name="Comments", slug="comments")
    LiveArticleFactory(category=statements, publication_date=dt.datetime(2020, 10, 26, 9, 0, tzinfo=dt.UTC))

    categories = entries(client.get("/sitemap-categories.xml"))
    pages = entries(client.get("/sitemap-pages.xml"))

    # Each in both languages (the Russian pages under /ru/).
    assert categories == {
        "http://testserver/news/category/statements/": "2020-10-26",
        "http://testserver/news/category/comments/": None,
        "http://testserver/ru/news/category/statements/": "2020-10-26",
        "http://testserver/ru/news/category/comments/": None,
    }
    assert pages == {
        "http://testserver/": "2020-10-27",
        "http://testserver/news/": "2020-10-27",
        "http://testserver/contacts/": None,
        "http://testserver/ru/": "2020-10-27",
        "http://testserver/ru/news/": "2020-10-27",
        "http://testserver/ru/contacts/": None,
    }


@pytest.mark.parametrize("url", ["/sitemap-nothing.xml", "/sitemap-news.xml?p=2", "/sitemap-news.xml?p=x"])
def test_unknown_sitemap_section_or_page_is_404(client, db, frozen, url):
    LiveArticleFactory()
    assert client.get(url).status_code == 404


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /news/search/" in lines


def test_robots_txt_does_not_reveal_the_admin(client, db, settings):
    assert "admin" not in client.get("/robots.txt").content.decode()


@pytest.mark.usefixtures("rendered_every_time")  # counts what a render costs
def test_sitemap_costs_a_fixed_number_of_queries(client, db, frozen, django_assert_max_num_queries):
    for _ in range(30):
        LiveArticleFactory(category=CategoryFactory())

    client.get("/sitemap.xml")  # warm the masthead cache (the sitemap templates get the site's context)

    # Per section: its size and its last change.
    with django_assert_max_num_queries(5):
        client.get("/sitemap.xml")
    with django_assert_max_num_queries(2):
        client.get("/sitemap-news.xml")
    with django_assert_max_num_queries(2):
        client.get("/sitemap-categories.xml")
