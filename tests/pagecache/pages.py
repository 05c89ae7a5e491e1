"""Helpers for the page-cache tests: one public page of every kind, and the queries a visit runs."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import CategoryFactory, FeaturedCategoryFactory, LiveArticleFactory, masthead_contact

NOON = dt.datetime(2020, 10, 27, 12, 0, tzinfo=dt.UTC)  # GMT in London: London time is UTC


def at(seconds):
    """``seconds`` after ``NOON``, where the ``clock`` fixture stops the clock."""
    return NOON + dt.timedelta(seconds=seconds)


def public_content():
    """A featured item, an item in a category and the masthead's contact; returns the article."""
    masthead_contact(phone="+44 (0) 203 668 7474")
    FeaturedCategoryFactory()
    LiveArticleFactory(category=FeaturedCategoryFactory(), title="The ambassador's interview")
    return LiveArticleFactory(category=CategoryFactory(name="Statements", slug="statements"), title="On visas")


def every_page_kind(article):
    """One address of every kind of public page."""
    date = article.publication_date
    return [
        "/",
        "/news/",
        f"/news/{date:%Y}/",
        f"/news/{date:%Y}/{date:%m}/",
        article.category.get_absolute_url(),
        article.get_absolute_url(),
        "/contacts/",
        "/news/feed/rss/",
        "/news/feed/atom/",
        f"{article.category.get_absolute_url()}feed/rss/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/robots.txt",
        "/news/search/",
        "/news/search/?q=visas",
        "/api/v1/news/",
        f"/api/v1/news/{article.slug}/",
        "/api/v1/news/?q=visas",
        "/api/v1/categories/",
        "/api/v1/categories/statements/",
        "/api/schema/",
    ]


def visit(client, url, **headers):
    """``(response, number of SQL queries it ran)``."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries.captured_queries)


def cache_control(response):
    """The Cache-Control directives as a dict (``{"public": True, "max-age": 12, ...}``)."""
    directives = {}
    for part in response.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            directives[name.lower()] = int(value) if value.isdigit() else True
    return directives
