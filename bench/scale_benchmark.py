"""
Page benchmark at scale (not a test): how long does each kind of public page
take to render, uncached, with 100,000 items in PostgreSQL?

    .venv/bin/python bench/scale_benchmark.py                # 100,000 items, median of 7, target ≤ 50 ms
    .venv/bin/python bench/scale_benchmark.py --runs 15
    .venv/bin/python bench/scale_benchmark.py --lang ru        # the pages in another language of the site
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/other_name .venv/bin/python bench/scale_benchmark.py

It uses its own PostgreSQL database (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/embassy_scale_bench). When that database
is missing or holds fewer items than --items, it is created, migrated and
filled with the demo content plus ``manage.py generate_news`` (a few minutes,
once); afterwards it is reused (migrated, never dropped unless --rebuild).

Each page kind is requested through Django's test client with production
settings (debug off), once to warm up and then --runs times. Before every
timed request the whole cache is cleared, so nothing of the page is served
from a cache; the table shows the median and the queries of one request:

- "ms": the live summary of every language (counts and months, ``news.listing``)
  is ready, as it is between two changes to the news;
- "after write": the summary is ready and one item (of the month archive's
  month) has just been edited, so the request brings the summary up to date
  (it recounts the months the write touched): the first request after an edit;
- "after release": the summary is ready but past its time, as it is for the
  first request after a scheduled release or an expiry, so the request brings
  it up to date (it recounts the months the clock changed);
- "cold ms": nothing at all in the cache (a new cache: after a restart with
  each process's own memory cache, or a flushed Redis), when that request
  computes the whole summary.

Deep pages (the middle and the last) are also shown as a ratio to page 1. Then the editor's admin
article list (signed in as an editor; target ≤ 300 ms). The machine's load
average is printed first: on a shared machine, compare figures of one run.
"""

import argparse
import os
import secrets
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.databases import database_exists, database_name, server_command  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/embassy_scale_bench"
TARGET_MS = 50.0


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000, help="generated items the database must hold")
    parser.add_argument("--runs", type=int, default=7, help="timed requests per page (the median is shown)")
    parser.add_argument("--rebuild", action="store_true", help="drop and rebuild the benchmark database")
    parser.add_argument("--lang", help="request the pages in this language of the site (e.g. ru): see bench/pages.py")
    return parser.parse_args()


def prepare_database(url, items, rebuild):
    """Create, migrate and fill the benchmark database when needed (debug on for load_demo and
    generate_news, which refuse to run without it); then switch to production settings."""
    name = database_name(url)
    if rebuild:
        server_command(url, f"DROP DATABASE IF EXISTS {name}")
    if not database_exists(url):
        print(f"Creating database {name} …")
        server_command(url, f"CREATE DATABASE {name}")

    import django
    from django.conf import settings

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from news.models import Article

    have = Article.objects.count()
    if have < items:
        settings.DEBUG = True  # the two commands refuse to run on a production site
        try:
            call_command("load_demo", verbosity=0)
            print(f"Generating {items - have:,} items …")
            call_command("generate_news", items - have)
        finally:
            settings.DEBUG = False
    connection.close()


def configure_environment(url, media):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "embassy.settings"
    os.environ["DJANGO_DEBUG"] = "0"  # as in production
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    os.environ["DJANGO_HTTPS"] = "0"
    os.environ["DJANGO_ADMIN_OTP"] = "0"  # the editor below signs in without a second factor
    os.environ.pop("REDIS_URL", None)  # a memory cache of its own, cleared before every request
    os.environ["EMBASSY_PAGE_CACHE"] = "0"  # every request rendered: this measures rendering
    os.environ.setdefault("DJANGO_MEDIA_ROOT", str(media))


# The search words timed, in each language: a common word, two words, a word left out (in
# Russian the slowest query of bench/search_benchmark.py, a phrase in most Russian versions).
SEARCHES = {
    "en": ("embassy", "visa treaty", "sanctions -trade"),
    "ru": ("посольства", "консульский отдел", "визы -журналистов"),
}


def pages(lang=None):
    """(label, URL) for every public page kind in ``lang`` (default: English), with deep pages
    chosen from that language's live items."""
    import math

    from news.models import Article, Category

    live = Article.objects.live(lang)
    searches = SEARCHES.get(lang or "en", SEARCHES["en"])
    total = live.count()
    last = max(1, math.ceil(total / 20))
    middle_page = max(2, last // 2)  # 20 a page, in the pages and in the API
    category = Category.objects.order_by("pk").first()
    category_last = max(1, math.ceil(live.filter(category=category).count() / 20))
    middle = live.order_by("-publication_date", "-pk")[total // 2]
    month = middle.publication_date
    from core.clocks import LONDON

    month = month.astimezone(LONDON)
    from news.sitemaps import ArticleSitemap

    sitemap_pages = max(1, math.ceil(total / ArticleSitemap.limit))
    return [
        ("home", "/"),
        ("archive page 1", "/news/"),
        ("archive page 2", "/news/?page=2"),
        (f"archive middle page ({middle_page:,})", f"/news/?page={middle_page}"),
        (f"archive last page ({last:,})", f"/news/?page={last}"),
        ("category page 1", category.get_absolute_url()),
        (f"category last page ({category_last:,})", f"{category.get_absolute_url()}?page={category_last}"),
        ("year archive", f"/news/{month.year}/"),
        ("year archive last page", None),  # filled in below
        ("month archive", f"/news/{month.year}/{month.month:02d}/"),
        ("article", middle.get_absolute_url()),
        ("contacts", "/contacts/"),
        ("feed RSS", "/news/feed/rss/"),
        ("feed Atom", "/news/feed/atom/"),
        ("category feed", f"{category.get_absolute_url()}feed/rss/"),
        ("sitemap.xml", "/sitemap.xml"),
        ("sitemap-news.xml", "/sitemap-news.xml"),
        ("sitemap-news.xml?p=2", "/sitemap-news.xml?p=2"),
        (f"sitemap-news.xml last (p={sitemap_pages})", f"/sitemap-news.xml?p={sitemap_pages}"),
        ("sitemap-categories.xml", "/sitemap-categories.xml"),
        ("sitemap-pages.xml", "/sitemap-pages.xml"),
        ("robots.txt", "/robots.txt"),
        ("API list", "/api/v1/news/"),
        (f"API list ?page={middle_page}", f"/api/v1/news/?page={middle_page}"),
        ("API detail", f"/api/v1/news/{middle.slug}/"),
        ("API categories", "/api/v1/categories/"),
        *((f"search {words!r}", f"/news/search/?{urlencode({'q': words})}") for words in searches),
        (f"API search {searches[0]!r}", f"/api/v1/news/?{urlencode({'q': searches[0]})}"),
    ], month, middle


def warm_summary():
    """What stays cached between two changes to the news: the live summary of every language (a
    date archive reads the other languages' too, for its alternates)."""
    from news.listing import live_summaries

    live_summaries()


def past_its_time():
    """Every language's cached summary made past its time, as the clock passing the next release
    or expiry makes it (here, without waiting for one: its bound set a second back)."""
    import dataclasses
    import datetime

    from django.core.cache import cache
    from django.utils import timezone

    from core import languages
    from news.listing import CACHE_KEY

    for code in languages.codes():
        key = CACHE_KEY.format(language=code)
        summary = cache.get(key)
        bound = timezone.now() - datetime.timedelta(seconds=1)
        cache.set(key, dataclasses.replace(summary, valid_until=bound))


def admin_pages():
    from django.conf import settings

    admin = f"/{settings.EMBASSY_ADMIN_URL}news/article/"
    return [
        ("admin article list", admin),
        ("admin article list, page 500", f"{admin}?p=500"),
        ("admin article list, live only", f"{admin}?state=live"),
        ("admin article list, a year", f"{admin}?publication_date__year=2020"),
        ("admin article list, title search", f"{admin}?q=embassy"),
    ]


def editor_client():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from news.roles import EDITORS

    user, _ = get_user_model().objects.get_or_create(username="bench-editor", defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name=EDITORS))
    client = Client()
    client.force_login(user)
    return client


def measure(client, url, runs, mode, edited=None):
    """Status, queries of one request and the median ms of ``runs`` requests of ``url``, each after
    clearing the cache: ``mode`` "warm" (the live summary then filled), "written" (filled, then
    ``edited`` written), "released" (filled, then made past its time, as a release or an expiry
    makes it) or "cold" (nothing cached); ``None``: signed in, the session kept."""
    from django.core.cache import caches
    from django.db import connection
    from django.db.models import F
    from django.test.utils import CaptureQueriesContext

    from news.models import Article

    timings = []
    for run in range(runs + 1):
        if mode is not None:
            for cache in caches.all():
                cache.clear()
        if mode in ("warm", "written", "released"):
            warm_summary()
        if mode == "released":
            past_its_time()
        if mode == "written":
            Article.objects.filter(pk=edited.pk).update(title=F("title"))  # an edit, as the trigger sees it
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
        if run:
            timings.append(elapsed)
    return response.status_code, len(queries.captured_queries), statistics.median(timings)


def main():
    args = parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    configure_environment(url, ROOT / "bench" / ".media")
    prepare_database(url, args.items, args.rebuild)

    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    override_settings(
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ).enable()

    from bench.pages import check_language, localized
    from news.models import Article

    check_language(args.lang)
    listed, month, edited = pages(args.lang)
    year_total = Article.objects.live(args.lang).filter(publication_date__year=month.year).count()
    listed = [
        (label, localized(path if path else f"/news/{month.year}/?page={max(1, -(-year_total // 20))}", args.lang))
        for label, path in listed
    ]
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*), pg_size_pretty(pg_total_relation_size('news_article')) FROM news_article")
        total, size = cursor.fetchone()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"{total:,} items ({Article.objects.live().count():,} live), table {size}; median of {args.runs} requests")
    print(f"load average before the run: {load} ({os.cpu_count()} CPUs)")
    print()
    client = Client()
    print(
        f"{'page':<36} {'status':>6} {'queries':>7} {'ms':>8} {'after write':>11} {'after release':>13} "
        f"{'cold ms':>8}  path"
    )
    results, written, released = {}, {}, {}
    for label, path in listed:
        status, queries, warm = measure(client, path, args.runs, "warm")
        _, _, after_write = measure(client, path, args.runs, "written", edited)
        _, _, after_release = measure(client, path, args.runs, "released")
        _, _, cold = measure(client, path, args.runs, "cold")
        results[label], written[label], released[label] = warm, after_write, after_release
        print(
            f"{label:<36} {status:>6} {queries:>7} {warm:>8.1f} {after_write:>11.1f} {after_release:>13.1f} "
            f"{cold:>8.1f}  {path}"
        )
    print()
    editor = editor_client()
    for label, path in admin_pages():
        status, queries, elapsed = measure(editor, path, args.runs, None)
        print(f"{label:<36} {status:>6} {queries:>7} {elapsed:>8.1f} {'':>11} {'':>13} {'':>8}  {path}")
    print()
    first = results["archive page 1"]
    for label in results:
        if label.startswith(("archive middle page", "archive last page")):
            print(f"{label} / page 1: {results[label] / first:.2f}×")
    for name, figures in (
        ("Slowest page", results),
        ("Slowest page after a write", written),
        ("Slowest page after a release", released),
    ):
        slowest = max(figures, key=figures.get)
        print(
            f"{name}: {slowest} {figures[slowest]:.1f} ms; target ≤ {TARGET_MS:.0f} ms: "
            f"{'met' if figures[slowest] <= TARGET_MS else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
