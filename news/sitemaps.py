"""
The sitemap: every live item, every category and the site's fixed pages, with
the time each last changed. Built from ``Article.objects.live()`` on every
request, so a scheduled item joins it at its time and never before.

The items' section is paged ``ArticleSitemap.limit`` to a file (``?p=2``, …,
all listed in ``/sitemap.xml``), counted and paged from the live summary
(``news.listing``), so that every page is as quick as the first.

Every page is listed in each language it exists in, each address with its
alternates (``<xhtml:link rel="alternate" hreflang>``, ``x-default`` the English
one): categories and fixed pages in every language, an item in those of its
public versions (``Article.public_languages()``). The items' pages are paged by
the English items, each followed by its other versions, so paging stays the
live summary's.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils.functional import cached_property

from core import languages
from news.listing import LivePaginator
from news.models import Article, Category, PublicationState, article_urls


def newest_change(articles):
    """The latest release or edit among ``articles`` (``None`` when there are none)."""
    times = articles.aggregate(released=Max("publication_date"), edited=Max("updated"))
    return max((time for time in times.values() if time is not None), default=None)


def with_x_default(url_info):
    """``url_info``'s alternates with ``x-default``: the default language's address."""
    alternates = url_info["alternates"]
    default = next((a["location"] for a in alternates if a["lang_code"] == languages.DEFAULT), None)
    if default and len(alternates) > 1:
        alternates.append({"location": default, "lang_code": "x-default"})
    return url_info


class LanguagesSitemap(Sitemap):
    """Each page in every language, with its alternates."""

    i18n = True
    alternates = True

    @property
    def languages(self):
        # The default language as LANGUAGE_CODE, so that its addresses are reversed unprefixed.
        return [settings.LANGUAGE_CODE, *languages.translations()]

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            url["alternates"] = [
                {**alternate, "lang_code": languages.normalise(alternate["lang_code"])}
                for alternate in url["alternates"]
            ]
        return [with_x_default(url) for url in urls]


class ArticleSitemap(Sitemap):
    # Far below the protocol's 50,000: rendering a page costs time per address.
    limit = 250

    @cached_property
    def paginator(self):
        return LivePaginator(self._items(), self.limit)

    def items(self):
        # The English items, with what public_languages() reads for their other versions.
        return (
            Article.objects.live(language=languages.DEFAULT)
            .only("updated", *PublicationState.FIELDS, *PublicationState.text_fields())
            .order_by("-publication_date", "-pk")
        )

    def get_urls(self, page=1, site=None, protocol=None):
        """The page's items, each followed by its other public versions, all with alternates."""
        url_infos = super().get_urls(page, site, protocol)
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        # Each item's address in each of its languages, one language at a time: one switch of
        # language a page, not one an address; in the active language it is the location the
        # sitemap gave the item.
        versions = [[] for _ in url_infos]
        public = [url_info["item"].public_languages() for url_info in url_infos]
        active = languages.normalise()
        for code in languages.codes():
            with languages.override(code):
                article_url = article_urls()
                for item_versions, url_info, codes in zip(versions, url_infos, public, strict=True):
                    if code not in codes:
                        continue
                    if code == active:
                        location = url_info["location"]
                    else:
                        location = base + article_url(url_info["item"].publication_date, url_info["item"].slug)
                    item_versions.append((code, location))
        urls = []
        for url_info, item_versions in zip(url_infos, versions, strict=True):
            # A page in one language only has no alternates.
            alternates = [{"location": location, "lang_code": code} for code, location in item_versions]
            alternates = alternates if len(alternates) > 1 else []
            for _code, location in item_versions:
                urls.append(with_x_default({**url_info, "location": location, "alternates": list(alternates)}))
        return urls

    @cached_property
    def article_url(self):
        """The items' addresses in the active language (a sitemap is made for each request)."""
        return article_urls()

    def location(self, article):
        return self.article_url(article.publication_date, article.slug)

    def lastmod(self, article):
        return article.last_modified

    def get_latest_lastmod(self):
        return newest_change(Article.objects.live())


class CategorySitemap(LanguagesSitemap):
    def items(self):
        newest = (
            Article.objects.live()
            .filter(category=OuterRef("pk"))
            .order_by("-publication_date")
            .values("publication_date")[:1]
        )
        return Category.objects.annotate(newest_item=Subquery(newest))

    def lastmod(self, category):
        return category.newest_item

    def get_latest_lastmod(self):
        return Article.objects.live().aggregate(newest=Max("publication_date"))["newest"]


class PagesSitemap(LanguagesSitemap):
    """The home page and the news archive change with the newest live item; the contacts page has
    no date."""

    def items(self):
        return ["home", "news:archive", "consular:contacts"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        if name == "consular:contacts":
            return None
        if not hasattr(self, "_newest"):  # one query per request: the view makes a new instance
            self._newest = newest_change(Article.objects.live())
        return self._newest

    def get_latest_lastmod(self):
        return self.lastmod("home")


sitemaps = {"news": ArticleSitemap, "categories": CategorySitemap, "pages": PagesSitemap}
