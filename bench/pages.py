"""
The public page kinds the benchmarks request, in one list (bench/page_queries.py,
bench/throughput.py and bench/scale_benchmark.py read it), and how a page's
address reads in another language of the site.

``public_pages()`` needs Django set up and a database with live content. To
benchmark another page kind, add it to ``public_pages``; to change how an
address is put in another language, change ``localized``.
"""

import sys
from urllib.parse import urlencode

# The search page's words in each language: "embassy", found in most items.
SEARCHED = {"en": "embassy", "ru": "посольства"}


def site_languages():
    """The language codes of the site (``settings.LANGUAGES``)."""
    from django.conf import settings

    return [code for code, _ in settings.LANGUAGES]


def check_language(lang):
    """Exit with a message when ``lang`` is given and the site has no such language."""
    if lang and lang not in site_languages():
        sys.exit(f"The site has no language {lang!r} (LANGUAGES: {', '.join(site_languages())}).")


def localized(path, lang=None):
    """``path`` as asked for in ``lang``: HTML pages under ``/<lang>/``, the API with
    ``lang=<lang>``; sitemaps and robots.txt are the same in every language. The default
    language (``LANGUAGE_CODE``) and ``None`` leave the path as it is."""
    from django.conf import settings

    if not lang or settings.LANGUAGE_CODE.split("-")[0] == lang:
        return path
    if path.startswith("/api/"):
        return f"{path}{'&' if '?' in path else '?'}lang={lang}"
    if path.startswith(("/sitemap", "/robots.txt")):
        return path
    return f"/{lang}{path}"


def public_pages(lang=None):
    """``[(kind, path)]``: one address of every public page kind, chosen from the live content."""
    from core.clocks import LONDON
    from news.models import Article

    check_language(lang)
    # In ``lang``: its newest live item (a real page in it, not the "in English only" one).
    live = Article.objects.live(lang or None)
    article = live.select_related("category").order_by("-publication_date", "-pk").first()
    if article is None:
        sys.exit("No live content: run `make run` (or manage.py load_demo) first.")
    date = article.publication_date.astimezone(LONDON)
    category = article.category.get_absolute_url()
    pages = [
        ("home", "/"),
        ("archive", "/news/"),
        *([("archive-page-2", "/news/?page=2")] if live.count() > 20 else []),  # 20 a page
        ("category", category),
        ("year", f"/news/{date:%Y}/"),
        ("month", f"/news/{date:%Y}/{date:%m}/"),
        ("article", article.get_absolute_url()),
        ("contacts", "/contacts/"),
        ("search", f"/news/search/?{urlencode({'q': SEARCHED.get(lang or 'en', 'embassy')})}"),
        ("rss", "/news/feed/rss/"),
        ("atom", "/news/feed/atom/"),
        ("category-rss", f"{category}feed/rss/"),
        ("sitemap", "/sitemap.xml"),
        ("sitemap-news", "/sitemap-news.xml"),
        ("robots", "/robots.txt"),
        ("api-list", "/api/v1/news/"),
        ("api-detail", f"/api/v1/news/{article.slug}/"),
        ("api-categories", "/api/v1/categories/"),
    ]
    return [(kind, localized(path, lang)) for kind, path in pages]
