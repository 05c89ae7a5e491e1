"""The sitemap's pages and index are written by ``news.templatetags.sitemap_xml`` instead of
Django's templates, for speed: what they write is what those templates would, byte for byte."""

import datetime as dt

import pytest
from django.contrib.sitemaps.views import SitemapIndexItem
from django.template.loader import render_to_string

URLSET = [
    {
        "location": "http://testserver/news/2020/10/26/visas-&-passports/",
        # 23:30 UTC in summer is the next day in London: the day is London's.
        "lastmod": dt.datetime(2020, 7, 1, 23, 30, tzinfo=dt.UTC),
        "changefreq": None,
        "priority": None,
        "alternates": [
            {"location": "http://testserver/news/2020/10/26/visas-&-passports/", "lang_code": "en"},
            {"location": "http://testserver/ru/news/2020/10/26/visas-&-passports/", "lang_code": "ru"},
            {"location": "http://testserver/news/2020/10/26/visas-&-passports/", "lang_code": "x-default"},
        ],
    },
    {
        "location": "http://testserver/contacts/",
        "lastmod": None,
        "changefreq": "daily",
        "priority": 0.5,
        "alternates": [],
    },
    {"location": "http://testserver/news/", "lastmod": dt.date(2020, 10, 27), "alternates": []},
    {"location": 'http://testserver/news/?q="<tag>"', "lastmod": None, "alternates": []},
]

INDEX = [
    SitemapIndexItem(
        "http://testserver/sitemap-news.xml?p=2&x=1", dt.datetime(2020, 7, 26, 9, 0, 0, 5, tzinfo=dt.UTC)
    ),
    SitemapIndexItem("http://testserver/sitemap-news.xml", dt.datetime(2020, 1, 5, 23, 59, tzinfo=dt.UTC)),
    SitemapIndexItem("http://testserver/sitemap-pages.xml", None),
]


@pytest.mark.parametrize("urlset", [URLSET, URLSET[:1], []])
def test_a_sitemap_page_is_written_as_django_s_template_writes_it(urlset):
    ours = render_to_string("sitemaps/urlset.xml", {"urlset": urlset})

    assert ours == render_to_string("sitemap.xml", {"urlset": urlset})
    assert "<lastmod>2020-07-02</lastmod>" in ours or urlset == []
    assert "&amp;-passports" in ours or urlset == []


@pytest.mark.parametrize("sitemaps", [INDEX, []])
def test_the_sitemap_index_is_written_as_django_s_template_writes_it(sitemaps):
    ours = render_to_string("sitemaps/index.xml", {"sitemaps": sitemaps})

    assert ours == render_to_string("sitemap_index.xml", {"sitemaps": sitemaps})
    assert "<lastmod>2020-07-26T10:00:00.000005+01:00</lastmod>" in ours or sitemaps == []
