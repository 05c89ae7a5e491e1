"""
Queries and render time per public page (not a test): run against a database
with content, e.g. the demo after `make run`:

    DJANGO_DEBUG=1 .venv/bin/python bench/page_queries.py

Each page is fetched once to warm the caches, then 20 times, in English and
in Russian (/ru/…, the API with ?lang=ru; --english for English only); prints the
queries of a warm request, the median time through Django's test client
(no network, no static files) and the median CPU time of this process per
request (time.process_time: the server's own work, not waiting on the
database server), and the least CPU time of the 20 (steadier on a busy
machine). The page cache is off (EMBASSY_PAGE_CACHE=0): this measures
rendering; bench/throughput.py measures the page cache. The issue 8 target is
at most 5 ms of CPU per uncached render with production settings (debug off):

    export DJANGO_SECRET_KEY="$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')"
    DJANGO_HTTPS=0 DJANGO_STATIC_ROOT=/tmp/static .venv/bin/python manage.py collectstatic --noinput
    DJANGO_HTTPS=0 DJANGO_STATIC_ROOT=/tmp/static .venv/bin/python bench/page_queries.py
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "embassy.settings")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
os.environ.setdefault("EMBASSY_PAGE_CACHE", "0")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from news.models import Article, Category  # noqa: E402


def main():
    article = Article.objects.live().first()
    russian = Article.objects.live(language="ru").first()  # English and Russian: the same item
    category = Category.objects.first()
    if article is None or category is None:
        sys.exit("No live content: run `make run` (or manage.py load_demo) first.")
    english = [
        "/",
        "/news/",
        "/news/?page=2",
        category.get_absolute_url(),
        (russian or article).get_absolute_url(),
        "/contacts/",
        "/news/search/?q=embassy",
        "/news/feed/rss/",
        "/sitemap.xml",
        "/api/v1/news/",
        "/no-such-page/",
    ]
    # Each page in Russian beside the English one (the API: ?lang=ru; one sitemap for both).
    urls = []
    for url in english:
        urls.append(url)
        if url.startswith("/api/"):
            urls.append(url + "?lang=ru")
        elif not url.startswith("/sitemap"):
            urls.append("/ru" + url)
    if "--english" in sys.argv:
        urls = english
    client = Client()
    print(f"{'page':58} status queries median_ms cpu_ms best_cpu_ms  (DEBUG={settings.DEBUG})")
    for url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        count = len(queries.captured_queries)  # read now: each request resets the query log
        times, cpu = [], []
        for _ in range(20):
            start, start_cpu = time.perf_counter(), time.process_time()
            client.get(url)
            cpu.append((time.process_time() - start_cpu) * 1000)
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"{url[:58]:58} {response.status_code:6} {count:7} "
            f"{statistics.median(times):9.1f} {statistics.median(cpu):6.1f} {min(cpu):11.1f}"
        )


if __name__ == "__main__":
    main()
