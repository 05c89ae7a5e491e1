"""
Search benchmark (not a test): how fast is the search page on a large newsroom?

    .venv/bin/python bench/search_benchmark.py               # 100,000 articles, target: median < 50 ms
    .venv/bin/python bench/search_benchmark.py --articles 20000 --runs 20 --keep

It creates its own PostgreSQL database, ``embassy_bench`` (on the server of
BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/embassy_bench;
any existing database of that name is dropped), migrates it, loads generated
articles with COPY (the search trigger fills their vectors), and then times
the search page's own query path for a set of queries: the count, one page of
20 ranked rows, and the headlines for those 20 (news.views.SearchView and
news.search). It prints the median, 90th percentile and row counts per query,
and the overall median, also for the whole page as the view renders it and for
the JSON API's list (/api/v1/news/?q=…, rendered), and the slowest query's
median. The database is dropped at the end unless --keep. About two minutes on
2 cores.
"""

import argparse
import csv
import datetime as dt
import io
import os
import random
import re
import secrets
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/embassy_bench"
TARGET_MS = 50.0

QUERIES = [
    "embassy",  # in most items
    "visa",
    "consular passport",
    "ambassador reception",
    '"foreign ministry"',
    "sanctions -trade",
    "commemoration or memorial",
    "interview",
    "treaty security",
    "johnson",  # a name
    "zoology",  # rare
    "xylophone quartz",  # nothing
]

DOMAIN_WORDS = """
embassy ambassador consular consulate visa visas passport passports citizen citizens diplomatic diplomat
ministry foreign minister statement spokesperson briefing press release reception ceremony wreath memorial
commemoration anniversary cooperation relations bilateral sanctions trade cultural exhibition concert
interview article comment treaty convention negotiations security embassy's government parliament
delegation visit talks agreement document documents notarial certificate appointment registration
application applications London Moscow Kensington United Kingdom Russian Federation British journalists
accreditation media question answer history archive veterans victory remembrance school teachers language
students university museum orchestra ballet literature translation community compatriots heritage Arctic
convoy sailors monument cemetery graves humanitarian detention assistance nationals travel advice
""".split()

RARE_WORDS = "zoology quasar marmalade tapestry lighthouse glacier saxophone origami".split()


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30, help="timed runs per query")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true", help="reuse a kept database instead of rebuilding it")
    return parser.parse_args()


def configure_environment(url):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "embassy.settings"
    # Debug off as in production (debug on would record every query), with bench-only values.
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost")


def server_command(url, sql):
    """Run ``sql`` on the server's maintenance database (CREATE/DROP DATABASE cannot run inside it)."""
    import psycopg2

    parts = urlsplit(url)
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    connection = psycopg2.connect(maintenance)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()


def database_name(url):
    name = urlsplit(url).path.lstrip("/")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name) or name in {"postgres", "embassy", "template0", "template1"}:
        sys.exit(f"Refusing to use {name!r} as the throw-away benchmark database: name one of its own.")
    return name


# Text


SYLLABLES = (
    "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu "
    "ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu sh ch ov sk"
).split()


class TextGenerator:
    """
    Varied English-like news text. Words follow Zipf's law over a vocabulary shaped like a
    newsroom's: common English words and the embassy's own terms at the head, people's names,
    places and job titles in the middle, and a long tail of rare (made-up) words, so that a
    query word matches as large a share of the items as it would in real news. Sentences from
    the demo articles are mixed in.
    """

    def __init__(self, seed=20201027, pool_size=60_000, tail_size=20_000):
        from faker.providers.job.en_US import Provider as Jobs
        from faker.providers.lorem.en_US import Provider as Lorem
        from faker.providers.person.en_US import Provider as People

        from demo.articles import ARTICLES

        self.random = random.Random(seed)
        head = list(dict.fromkeys(Lorem.word_list))
        self.random.shuffle(head)
        for word in DOMAIN_WORDS:  # the embassy's terms among the first few hundred words
            head.insert(self.random.randint(0, 600), word)
        middle = {w.strip(",()").lower() for job in Jobs.jobs for w in job.split()} | set(People.last_names)
        middle = sorted(middle - set(head))
        self.random.shuffle(middle)
        tail = set()
        while len(tail) < tail_size:
            tail.add("".join(self.random.choices(SYLLABLES, k=self.random.randint(2, 4))))
        tail = sorted(tail - set(head) - set(middle))
        self.random.shuffle(tail)
        self.vocabulary = list(dict.fromkeys(head + middle + tail)) + RARE_WORDS
        weights = [1 / (rank + 2) for rank in range(len(self.vocabulary) - len(RARE_WORDS))]
        weights += [0.000005] * len(RARE_WORDS)
        self.cumulative = list(_accumulate(weights))
        demo = []
        for article in ARTICLES:
            text = re.sub(r"<[^>]+>", " ", f"{article['lead']} {article['body']}")
            demo += [s.strip() for s in re.split(r"(?<=[.?!])\s+", text) if len(s.split()) > 4]
        self.sentences = demo + [self._sentence() for _ in range(pool_size)]

    def _words(self, count):
        return self.random.choices(self.vocabulary, cum_weights=self.cumulative, k=count)

    def _sentence(self):
        words = self._words(self.random.randint(7, 24))
        return " ".join(words).capitalize() + self.random.choice(".....?!")

    def title(self):
        return " ".join(self._words(self.random.randint(4, 10))).capitalize()

    def lead(self):
        return " ".join(self.random.sample(self.sentences, self.random.randint(1, 2)))

    def body(self):
        paragraphs = []
        for _ in range(self.random.randint(2, 6)):
            paragraphs.append("<p>" + " ".join(self.random.sample(self.sentences, self.random.randint(2, 5))) + "</p>")
        if self.random.random() < 0.3:
            paragraphs.insert(1, f"<h2>{self.title()}</h2>")
        return "\n".join(paragraphs)


def _accumulate(values):
    total = 0.0
    for value in values:
        total += value
        yield total


# Loading


def load_articles(count, text):
    from django.db import connection
    from django.utils import timezone

    from news.models import Article, Category

    categories = [
        Category.objects.create(name=name, slug=slug, order=order)
        for order, (slug, name) in enumerate(
            [
                ("speeches-interviews-articles", "Speeches, interviews, articles"),
                ("statements", "Statements"),
                ("comments", "Comments"),
                ("press-releases", "Press releases"),
                ("embassy-news", "Embassy news"),
            ]
        )
    ]
    now = timezone.now()
    fields = [f for f in Article._meta.concrete_fields if f.column not in {"id", "search_vector"}]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    rng = text.random

    def row(n):
        published = now - dt.timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 12))
        state = rng.random()
        values = {
            "title": text.title(),
            "slug": f"bench-article-{n}",
            "category_id": rng.choice(categories).pk,
            "lead": text.lead(),
            "body": text.body(),
            "publication_date": published if state > 0.02 else now + dt.timedelta(days=rng.randint(1, 30)),
            "status": Article.Status.PUBLISHED if state > 0.01 else Article.Status.DRAFT,
            "created": published,
            "updated": published,
        }
        return [
            _csv_value(f, values[f.attname] if f.attname in values else f.get_default(), connection) for f in fields
        ]

    started = time.perf_counter()
    batch = 5_000
    with connection.cursor() as cursor:
        for first in range(0, count, batch):
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            for n in range(first, min(first + batch, count)):
                writer.writerow(row(n))
            buffer.seek(0)
            cursor.cursor.copy_expert(f"COPY news_article ({columns}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer)
            done = min(first + batch, count)
            print(
                f"\r  loaded {done:,} of {count:,} articles ({time.perf_counter() - started:.0f} s)", end="", flush=True
            )
    print()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE news_article")


def _csv_value(field, value, connection):
    """One value as PostgreSQL's CSV COPY reads it (with NULL as \\N)."""
    value = field.get_db_prep_save(value, connection)
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if hasattr(value, "adapted"):  # psycopg2's Json wrapper
        value = value.dumps(value.adapted)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


# Timing


def time_query_path(query, runs):
    """The search page's database work for ``query``: count, one page of 20, its headlines."""
    from news.forms import SearchForm
    from news.models import Article
    from news.views import SearchView

    timings = []
    count = 0
    for _ in range(runs + 1):
        started = time.perf_counter()
        form = SearchForm({"q": query})
        assert form.is_valid(), form.errors
        queryset = form.filter(Article.objects.live().select_related("category"))
        paginator = SearchView.paginator_class(queryset, SearchView.paginate_by)
        page = paginator.page(1)
        rows = list(page.object_list)
        Article.objects.filter(pk__in=[a.pk for a in rows]).headlines(query)
        count = f"{paginator.count:,}+" if paginator.capped else f"{paginator.count:,}"
        timings.append((time.perf_counter() - started) * 1000)
    return timings[1:], count, len(rows)


def time_view(view, path, query, runs):
    """Milliseconds per request for ``view`` answering ``path?q=query``, rendered; the first run warms up."""
    from django.test import RequestFactory

    factory = RequestFactory()
    timings = []
    for _ in range(runs + 1):
        request = factory.get(path, {"q": query})
        started = time.perf_counter()
        response = view(request)
        response.render()
        assert response.status_code == 200, response.content
        timings.append((time.perf_counter() - started) * 1000)
    return timings[1:]


def time_page(query, runs):
    """The whole search page as the view renders it (templates and masthead included)."""
    from news.views import SearchView

    return time_view(SearchView.as_view(), "/news/search/", query, runs)


def time_api(query, runs):
    """The JSON API's news list for ``query`` (first page, rendered), as news.api.views serves it."""
    from news.api.views import ArticleViewSet

    return time_view(ArticleViewSet.as_view({"get": "list"}), "/api/v1/news/", query, runs)


def explain(query):
    from django.core.paginator import Paginator
    from django.db import connection

    from news.forms import SearchForm
    from news.models import Article

    form = SearchForm({"q": query})
    form.is_valid()
    queryset = form.filter(Article.objects.live().select_related("category"))
    sql, params = Paginator(queryset, 20).page(1).object_list.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    args = parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    name = database_name(url)
    configure_environment(url)

    if not args.reuse:
        print(f"Creating database {name} …")
        server_command(url, f"DROP DATABASE IF EXISTS {name}")
        server_command(url, f"CREATE DATABASE {name}")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings

    # Plain static files: the page timing needs no collectstatic manifest.
    override_settings(
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ).enable()

    try:
        if not args.reuse:
            call_command("migrate", verbosity=0)
            print(f"Generating and loading {args.articles:,} articles …")
            started = time.perf_counter()
            load_articles(args.articles, TextGenerator())
            print(f"  done in {time.perf_counter() - started:.0f} s")
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*), pg_size_pretty(pg_total_relation_size('news_article')) FROM news_article")
            total, size = cursor.fetchone()
            cursor.execute("SELECT pg_size_pretty(pg_relation_size('news_article_search_idx'))")
            (index_size,) = cursor.fetchone()
        print(f"{total:,} articles, table {size}, GIN index {index_size}")
        print()
        print(f"{'query':<28} {'matches':>8} {'median ms':>10} {'p90 ms':>8} {'page ms':>8} {'api ms':>8}")
        medians, page_medians, api_medians = [], [], []
        for query in QUERIES:
            timings, count, shown = time_query_path(query, args.runs)
            page_timings = time_page(query, max(5, args.runs // 3))
            api_timings = time_api(query, max(5, args.runs // 3))
            medians.append(statistics.median(timings))
            page_medians.append(statistics.median(page_timings))
            api_medians.append(statistics.median(api_timings))
            print(
                f"{query:<28} {count:>8} {statistics.median(timings):>10.1f} "
                f"{percentile(timings, 0.9):>8.1f} {statistics.median(page_timings):>8.1f} "
                f"{statistics.median(api_timings):>8.1f}"
            )
        print()
        overall = statistics.median(medians)
        slowest = max(medians)
        slowest_api = max(api_medians)
        print(f"Median search time (count + 20 ranked rows + their headlines): {overall:.1f} ms")
        print(f"Median of the whole page as rendered:                       {statistics.median(page_medians):.1f} ms")
        print(f"Median of the API list (/api/v1/news/?q=…) as rendered:     {statistics.median(api_medians):.1f} ms")
        print(f"Slowest query's median, search:   {slowest:.1f} ms ({QUERIES[medians.index(slowest)]!r})")
        print(f"Slowest query's median, API list: {slowest_api:.1f} ms ({QUERIES[api_medians.index(slowest_api)]!r})")
        print(f"Target: under {TARGET_MS:.0f} ms: {'met' if overall < TARGET_MS else 'NOT met'}")
        if os.environ.get("BENCH_EXPLAIN"):
            print()
            print(explain(os.environ["BENCH_EXPLAIN"]))
    finally:
        connection.close()
        if not args.keep:
            server_command(url, f"DROP DATABASE IF EXISTS {name}")
            print(f"Dropped database {name}.")


if __name__ == "__main__":
    main()
