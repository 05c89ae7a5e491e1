"""
RSS 2.0 and Atom feeds of the news, for all categories and for each one.

Feeds list ``Article.objects.live()`` and nothing else, and are built on every
request: nothing cached can hand out an item before its time.
"""

import html
import io
import mimetypes
from dataclasses import dataclass, field
from typing import NamedTuple

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.site import site_name
from documents.feeds import document_enclosures
from documents.listing import listed_documents
from news.listed import ListedArticle, listed_articles
from news.models import Article, Category, article_urls

ITEMS_PER_FEED = 30


class BufferedWrite:
    """A feed generator that writes its XML to memory and hands it to the response in one
    piece: the XML writer's several hundred small writes, each straight through to an
    ``HttpResponse`` (its ``write()`` copies every one), cost more than the items themselves."""

    def write(self, outfile, encoding):
        buffer = io.StringIO()
        super().write(buffer, encoding)
        outfile.write(buffer.getvalue())


class RssFeed(BufferedWrite, Rss201rev2Feed):
    """RSS 2.0, written in one piece."""


class AtomFeed(BufferedWrite, Atom1Feed):
    """Atom 1.0, written in one piece."""


@dataclass
class FeedScope:
    """What one request's feed covers, and where it is served (feed objects are shared between
    requests, so per-request data travels here rather than on ``self``)."""

    request: object
    category: Category | None = None
    # The items' addresses in the feed's language (``news.models.article_urls``).
    article_url: object = field(default_factory=article_urls)


class FeedItem(NamedTuple):
    """An item of one request's feed: the item as plain values, its documents, and the feed."""

    article: ListedArticle
    documents: list
    scope: FeedScope


class NewsFeed(Feed):
    """RSS 2.0: the newest live items."""

    feed_type = RssFeed
    # None: the active language, that of the address (/ru/news/feed/rss/ is the Russian feed).
    language = None

    def get_object(self, request, *args, **kwargs):
        return FeedScope(request)

    def title(self, scope):
        if scope.category:
            return _("%(site)s: %(category)s") % {"site": site_name(), "category": scope.category.name}
        return _("%(site)s: news") % {"site": site_name()}

    def description(self, scope):
        if scope.category:
            return _("The latest items in “%(category)s” from the embassy.") % {"category": scope.category.name}
        return _("News, statements and consular information from the embassy.")

    def subtitle(self, scope):
        return self.description(scope)

    def link(self, scope):
        return scope.category.get_absolute_url() if scope.category else reverse("news:archive")

    def author_name(self):
        return site_name()

    def items(self, scope):
        articles = Article.objects.live()
        if scope.category:
            articles = articles.filter(category=scope.category)
        articles = listed_articles(articles[:ITEMS_PER_FEED])
        documents = listed_documents([article.pk for article in articles])
        return [FeedItem(article, documents.get(article.pk, []), scope) for article in articles]

    def item_title(self, item):
        """The title as text: Atom's ``<title>`` is ``type="text"`` and RSS's is character data, so
        the XML writer's one escaping is all it needs (Django's default escapes it again, and
        readers showed ``Ambassador&#x27;s address``)."""
        return item.article.title

    def item_link(self, item):
        return item.scope.article_url(item.article.publication_date, item.article.slug)

    def item_description(self, item):
        """The lead, which is plain text, as HTML: RSS's ``<description>`` and Atom's
        ``<summary type="html">`` hold HTML, so it is escaped here and once more by the XML
        writer, and a reader shows the text the item's page shows, never markup."""
        return html.escape(item.article.lead)  # what django.utils.html.escape does, less its lazy-text check

    def item_pubdate(self, item):
        return item.article.publication_date

    def item_updateddate(self, item):
        return item.article.last_modified

    def item_categories(self, item):
        return [item.article.category.name]

    def item_enclosures(self, item):
        """The item's documents (PDF), then its lead image. RSS allows one enclosure an item:
        there it is the first document, or the lead image when there is none."""
        enclosures = [*document_enclosures(item.documents, item.scope.request), *self.image_enclosures(item)]
        return enclosures if issubclass(self.feed_type, Atom1Feed) else enclosures[:1]

    def image_enclosures(self, item):
        """The lead image, when there is one and its file is there."""
        image = item.article.image
        if not image:
            return []
        file = image.file  # the library image's metadata-free original
        try:
            length = file.size
        except OSError:
            return []
        mime_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        url = item.scope.request.build_absolute_uri(file.url)
        return [Enclosure(url, str(length), mime_type)]


class NewsAtomFeed(NewsFeed):
    """Atom 1.0: the newest live items."""

    feed_type = AtomFeed


class CategoryNewsFeed(NewsFeed):
    """RSS 2.0: the newest live items in one category."""

    def get_object(self, request, slug):
        return FeedScope(request, get_object_or_404(Category, slug=slug))


class CategoryNewsAtomFeed(CategoryNewsFeed):
    """Atom 1.0: the newest live items in one category."""

    feed_type = AtomFeed
