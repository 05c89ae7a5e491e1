"""
The sitemap: every live item, every category and the site's fixed pages, with
the time each last changed. Built from ``Article.objects.live()`` on every
request, so a scheduled item joins it at its time and never before.

The items' section is paged ``ArticleSitemap.limit`` to a file (``?p=2``, …,
all listed in ``/sitemap.xml``), counted and paged from the live summary
(``news.listing``), so that every page is as quick as the first.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils.functional import cached_property

from news.listing import LivePaginator
from news.models import Article, Category


def newest_change(articles):
    """The latest release or edit among ``articles`` (``None`` when there are none)."""
    times = articles.aggregate(released=Max("publication_date"), edited=Max("updated"))
    return max((time for time in times.values() if time is not None), default=None)


class ArticleSitemap(Sitemap):
    # Far below the protocol's 50,000: rendering a page costs time per address.
    limit = 250

    @cached_property
    def paginator(self):
        return LivePaginator(self._items(), self.limit)

    def items(self):
        return Article.objects.live().only("slug", "publication_date", "updated").order_by("-publication_date", "-pk")

    def lastmod(self, article):
        return article.last_modified

    def get_latest_lastmod(self):
        return newest_change(Article.objects.live())


class CategorySitemap(Sitemap):
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


class PagesSitemap(Sitemap):
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
