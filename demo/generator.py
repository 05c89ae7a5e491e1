"""
Generated news items in bulk: for benchmarks at scale and for staff trying the
site with a full newsroom (``manage.py generate_news``).

The text is English-like news: words follow Zipf's law over a vocabulary shaped
like a newsroom's (common English words and the embassy's own terms at the
head, people's names and job titles in the middle, a long tail of rare words),
with sentences of the demo articles mixed in, so that a search word matches as
large a share of the items as it would in real news. Publication times are
spread over the past years; a few items are drafts, in review, scheduled or
expiring, as in a real newsroom.

About half the items have a Russian version (``RussianTextGenerator``): Russian
words, in all their forms, drawn by the same law from the words of the demo's
Russian texts, with their sentences mixed in, so that Russian search is timed
on a realistic share of matches. It draws from its own random stream, so the
English text is the same as without it.
"""

import datetime as dt
import random
import re
from contextlib import contextmanager

from django.db import connections, transaction
from django.utils import timezone
from slugify import slugify

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

SYLLABLES = (
    "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu "
    "ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu sh ch ov sk"
).split()

# The categories generated items go into when the site has none (those of the demo).
DEFAULT_CATEGORIES = [
    ("speeches-interviews-articles", "Speeches, interviews, articles"),
    ("statements", "Statements"),
    ("comments", "Comments"),
    ("press-releases", "Press releases"),
    ("embassy-news", "Embassy news"),
]

BATCH_SIZE = 1000


class TextGenerator:
    """Titles, leads and bodies of varied English-like news text (see the module's docstring)."""

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


class RussianTextGenerator(TextGenerator):
    """Titles, leads and bodies of Russian news text: the words of the demo's Russian versions
    (``demo.russian``), most frequent first, with a tail of generated words, and their sentences."""

    def __init__(self, seed=20201027, pool_size=60_000, tail_size=5_000):
        from demo.russian import ARTICLES

        self.random = random.Random(seed + 1)
        texts = [" ".join(re.sub(r"<[^>]+>", " ", " ".join(article.values())).split()) for article in ARTICLES.values()]
        counts = {}
        for word in re.findall(r"[а-яё]+", " ".join(texts).lower()):
            counts[word] = counts.get(word, 0) + 1
        head = sorted(counts, key=lambda word: (-counts[word], word))
        tail = set()
        while len(tail) < tail_size:
            tail.add("".join(self.random.choices(RUSSIAN_SYLLABLES, k=self.random.randint(2, 4))))
        self.vocabulary = head + sorted(tail - set(head)) + RARE_RUSSIAN_WORDS
        weights = [1 / (rank + 2) for rank in range(len(self.vocabulary) - len(RARE_RUSSIAN_WORDS))]
        weights += [0.000005] * len(RARE_RUSSIAN_WORDS)
        self.cumulative = list(_accumulate(weights))
        demo = []
        for text in texts:
            demo += [s.strip() for s in re.split(r"(?<=[.?!])\s+", text) if len(s.split()) > 4]
        self.sentences = demo + [self._sentence() for _ in range(pool_size)]


RUSSIAN_SYLLABLES = "ба бе би бо ва ве ви во да де ди до ка ке ки ко ла ле ли ло ма ме ми мо на не ни ра ре".split()
RARE_RUSSIAN_WORDS = "зоология ксилофон мармелад гобелен".split()


def _accumulate(values):
    total = 0.0
    for value in values:
        total += value
        yield total


def generate_articles(count, years=12, seed=20201027, using="default", progress=None, russian_share=0.5):
    """
    Create ``count`` items spread over the past ``years`` years in the site's categories
    (the demo's five when there are none): about 97 % live, 1 % drafts, 0.5 % in review,
    1 % scheduled within the next 30 days and 0.5 % with an expiry time (half of them past);
    ``russian_share`` of them (half) with a Russian version.
    Inserted with ``bulk_create`` in batches of ``BATCH_SIZE`` (the body is sanitised all the
    same, and on PostgreSQL the search trigger fills the vectors); ``progress(done)`` is called
    after each batch. Returns the number created.
    """
    from news.models import Article, Category

    text = TextGenerator(seed=seed, pool_size=min(60_000, max(2_000, count)))
    russian = RussianTextGenerator(seed=seed, pool_size=min(30_000, max(1_000, count // 2)))
    rng = text.random
    categories = list(Category.objects.using(using).all())
    if not categories:
        categories = [
            Category.objects.using(using).create(name=name, slug=slug, order=order, is_featured=order == 0)
            for order, (slug, name) in enumerate(DEFAULT_CATEGORIES)
        ]
    now = timezone.now()
    span = int(dt.timedelta(days=365 * years).total_seconds())
    first_number = (Article.objects.using(using).order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    created = 0
    while created < count:
        batch = []
        for n in range(first_number + created, first_number + min(created + BATCH_SIZE, count)):
            title = text.title()
            state = rng.random()
            published = now - dt.timedelta(seconds=rng.randint(60, span))
            article = Article(
                title=title,
                slug=f"{slugify(title, max_length=80, word_boundary=True)}-{n}",
                category=rng.choice(categories),
                lead=text.lead(),
                body=text.body(),
                status=Article.Status.PUBLISHED,
                publication_date=published,
            )
            if state < 0.01:
                article.status = Article.Status.DRAFT
            elif state < 0.015:
                article.status = Article.Status.REVIEW
            elif state < 0.025:
                article.publication_date = now + dt.timedelta(seconds=rng.randint(60, 30 * 86400))
            elif state < 0.03:
                article.expires_at = article.publication_date + dt.timedelta(days=rng.randint(1, 60))
                if state < 0.0275 and article.expires_at > now:  # half of them expired already
                    article.expires_at = now - dt.timedelta(seconds=rng.randint(60, 86400))
                    article.publication_date = min(article.publication_date, article.expires_at - dt.timedelta(days=1))
            if russian.random.random() < russian_share:
                article.title_ru, article.lead_ru, article.body_ru = russian.title(), russian.lead(), russian.body()
            article.created = article.updated = min(article.publication_date, now)
            if rng.random() < 0.1:  # corrected after its release
                article.updated = min(article.created + dt.timedelta(seconds=rng.randint(60, 3 * 86400)), now)
            batch.append(article)
        with transaction.atomic(using=using):
            taken = set(
                Article.objects.using(using).filter(slug__in=[a.slug for a in batch]).values_list("slug", flat=True)
            )
            for article in batch:
                if article.slug in taken:
                    article.slug = f"{article.slug}-{rng.getrandbits(32):x}"
            with stated_timestamps(Article):
                Article.objects.using(using).bulk_create(batch)
        created += len(batch)
        if progress:
            progress(created)
    analyze(using)
    return created


@contextmanager
def stated_timestamps(model):
    """Within the block ``created`` and ``updated`` keep the values set on the instances
    (generated items were created when they were released, not now): a second UPDATE of
    every row would double the table."""
    fields = [model._meta.get_field(name) for name in ("created", "updated")]
    saved = [(field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, (auto_now, auto_now_add) in zip(fields, saved, strict=True):
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def analyze(using="default"):
    """Fresh planner statistics after a bulk load (PostgreSQL; SQLite's ANALYZE otherwise)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and connection.get_autocommit():
            cursor.execute("VACUUM (ANALYZE) news_article")
        else:
            cursor.execute("ANALYZE news_article")
