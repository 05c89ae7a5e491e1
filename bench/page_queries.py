"""
Queries and render time per public page (not a test): run against a database
with content, e.g. the demo after `make run`:

    DJANGO_DEBUG=1 .venv/bin/python bench/page_queries.py

Each page is fetched once to warm the caches, then 20 times; prints the
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
    DJANGO_HTTPS=0 DJANGO_STATIC_ROOT=/tmp/static .venv/bin/python bench/page_queries.py --lang ru

The page kinds come from bench/pages.py; ``--lang`` asks for them in another
language of the site (exits when LANGUAGES lacks it).
"""

import argparse
import logging
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

from bench.pages import check_language, localized, public_pages  # noqa: E402

TARGET_CPU_MS = 5.0


def parse_args():
    parser = argparse.ArgumentParser(description="Queries and CPU ms per uncached render of every public page kind.")
    parser.add_argument("--lang", help="request the pages in this language of the site (e.g. ru): see bench/pages.py")
    parser.add_argument("--runs", type=int, default=20, help="timed requests per page (default 20)")
    return parser.parse_args()


def main():
    args = parse_args()
    check_language(args.lang)
    logging.getLogger("django.request").setLevel(logging.ERROR)  # not a line per 404
    urls = [*public_pages(args.lang), ("not-found", localized("/no-such-page/", args.lang))]
    client = Client()
    print(f"{'page':15} {'path':44} status queries median_ms cpu_ms best_cpu_ms  (DEBUG={settings.DEBUG})")
    over = []
    for kind, url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        count = len(queries.captured_queries)  # read now: each request resets the query log
        times, cpu = [], []
        for _ in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            client.get(url)
            cpu.append((time.process_time() - start_cpu) * 1000)
            times.append((time.perf_counter() - start) * 1000)
        if statistics.median(cpu) > TARGET_CPU_MS:
            over.append(kind)
        print(
            f"{kind:15} {url[:44]:44} {response.status_code:6} {count:7} "
            f"{statistics.median(times):9.1f} {statistics.median(cpu):6.1f} {min(cpu):11.1f}"
        )
    print(f"target: at most {TARGET_CPU_MS:.0f} ms of CPU per uncached render (median of {args.runs}): "
          + (f"NOT met by {', '.join(over)}" if over else "met by every page kind"))


if __name__ == "__main__":
    main()
