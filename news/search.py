"""
Full-text search over an item's title, lead and body, in the active language.

PostgreSQL does the real thing: each language has its own weighted ``tsvector``
(``Article.search_vector_en`` and ``search_vector_ru``: title A, lead B, body C,
each read with its language's configuration, ``CONFIGS``, so that "посольства"
finds "посольство") that a database trigger keeps current on every insert and
update, whatever path wrote the row (``save()``, ``bulk_create()``,
``update()``, ``COPY``); a GIN index per language serves the match, ``ts_rank``
orders, ``ts_headline`` marks the words in a snippet.

Any other database (SQLite, the embedded default) gets a plain fallback: every
word must appear in the title, the lead or the body's text (the active language's) (its HTML tags and
character references do not count: ``plain_text()``, registered with SQLite as
``news_plain_text``); a title match weighs more than a lead match, which weighs
more than a body match; the snippet is cut from the same plain text and marked
in Python.

Both read the query through ``clean_query()``, as do the search page's form and
the API's filter (``news.forms.SearchQueryField``): any input is searched, none
is refused.

The ``ArticleQuerySet`` methods ``search()`` (the matches, best first) and ``results()`` (a page
of them with their headlines) are the interface; this module holds what they need.
"""

import datetime
import html
import re
from typing import NamedTuple

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import BooleanField, F, FloatField, Func, Q, TextField, Value
from django.db.models.functions import Coalesce, Concat
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core import languages
from core.expressions import AnyOf
from news.context_processors import CategoryLink, category_link

# The text search configuration of each language, in the trigger and in every query; changing
# one needs a migration that rebuilds the vectors (news/migrations/0013_search_vector_per_language).
CONFIGS = {"en": "english", "ru": "russian"}

# The longest query that is searched; longer ones are cut at a word boundary.
MAX_QUERY_LENGTH = 200
# The fallback's SQL grows with every word; more than this many are ignored.
MAX_FALLBACK_WORDS = 8

# Markers around matched words in a headline, so that the text can be escaped first and marked
# afterwards: private-use characters, which the text is cleared of before it is marked
# (``unmarked()``, ``Unmarked``), so that stored text can never open or close a mark.
START, STOP = "\ue000", "\ue001"

SNIPPET_WORDS = 35

# Results counted at most: past this a visitor sees "more than 1,000", and a
# common word costs a short scan instead of counting every match.
MAX_COUNTED = 1000
# Matches ranked at most: the newest ones (one more than are counted, so that the count can say
# "more than"); results are these, best match first.
MAX_RANKED = MAX_COUNTED + 1
WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(query):
    """
    The query as it is searched: NUL bytes and other control characters are
    spaces, white space is folded, and past ``MAX_QUERY_LENGTH`` characters it
    is cut at the last word boundary (mid-word only when there is none).
    """
    query = "".join(ch if ch.isprintable() else " " for ch in (query or ""))
    query = " ".join(query.split())
    if len(query) > MAX_QUERY_LENGTH:
        cut = query[: MAX_QUERY_LENGTH + 1]
        query = cut.rsplit(" ", 1)[0] if " " in cut else cut[:MAX_QUERY_LENGTH]
    return query


TAG = re.compile(r"<[^>]*>")


def plain_text(markup):
    """The text of sanitised HTML as a reader sees it, but for its white space (left as it is):
    tags are spaces, character references are decoded (``&amp;`` is ``&``). The fallback matches
    words in it (a word holds no white space; folding it was most of the CPU)."""
    return html.unescape(TAG.sub(" ", markup or ""))


def register_sqlite_functions(sender, connection, **kwargs):
    """``connection_created`` receiver: ``news_plain_text(body)`` for the fallback's SQL."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("news_plain_text", 1, plain_text, deterministic=True)


def is_postgresql(queryset):
    return connections[queryset.db].vendor == "postgresql"


def words(query):
    """The query's words, for the fallback: operators and punctuation dropped."""
    seen = []
    for word in WORD.findall(query):
        if word.casefold() not in (w.casefold() for w in seen):
            seen.append(word)
    return seen[:MAX_FALLBACK_WORDS]


def language():
    """The language searched: the active one (``core.languages.normalise()``)."""
    return languages.normalise()


def column(name, lang):
    """The column of the translated field ``name`` in ``lang`` (``title_ru``)."""
    return f"{name}_{lang}"


def tsquery(query, lang):
    """
    The query as PostgreSQL reads a web search box, in ``lang``'s configuration: words are
    ANDed, "quoted phrases" stay together, ``or`` and ``-word`` work, and no input is a syntax
    error.
    """
    return SearchQuery(query, search_type="websearch", config=CONFIGS[lang])


def plain_body(lang):
    """The body without its HTML tags, for headlines (the vector's parser skips tags itself)."""
    return Func(
        Coalesce(F(column("body", lang)), Value(""), output_field=TextField()),
        Value(r"<[^>]*>"),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )


# Search


def search(queryset, query):
    query = clean_query(query)
    if not query:
        return queryset.none()
    lang = language()
    if is_postgresql(queryset):
        search_query = tsquery(query, lang)
        vector = column("search_vector", lang)
        matches = queryset.filter(**{vector: search_query})
        newest = newest_matches(matches)
        if not newest:
            return counted(queryset.none(), 0)
        results = (
            queryset.filter(AnyOf(F("pk"), newest))
            .annotate(rank=SearchRank(F(vector), search_query))
            .order_by("-rank", "-publication_date", "-pk")
        )
        return counted(results, len(newest))
    return _fallback_search(queryset, query, lang)


def newest_matches(matches):
    """The keys of the newest ``MAX_RANKED`` of ``matches``: what is ranked. A common word
    matches half the newsroom; ranking only its newest matches keeps a search as quick as a rare
    word's (the newest are found in the date index). They are looked up here, once, rather than
    again by the count and by the page."""
    # rewrite(False): plain keys, without django-modeltranslation's fallback reading of each row.
    newest = matches.rewrite(False).order_by("-publication_date", "-pk").values_list("pk", flat=True)
    return list(newest[:MAX_RANKED])


def counted(results, count):
    """``results`` saying how many they are (``matches_found``), so that ``CappedPaginator`` need
    not count them again; a queryset made from them counts as any other."""
    results.matches_found = count
    return results


def _variants(word):
    # SQLite's LIKE folds case for ASCII letters only: try the usual spellings
    # of other words ("лавров", "Лавров", "ЛАВРОВ").
    if word.isascii():
        return {word}
    return {word, word.lower(), word.upper(), word.capitalize()}


class Contains(Func):
    """
    SQLite: whether ``expression`` contains one of ``spellings``, as ``icontains`` asks it
    (``LIKE '%word%' ESCAPE '\\'``, one per spelling, ORed), but as one expression: a search
    builds a dozen of these per word, and a lookup per spelling cost more CPU to build and
    compile than the query took to run.
    """

    conditional = True
    output_field = BooleanField()

    def __init__(self, expression, spellings, **extra):
        super().__init__(expression, **extra)
        self.spellings = sorted(spellings)

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        likes, values = [], []
        for spelling in self.spellings:
            likes.append(f"{sql} LIKE %s ESCAPE '\\'")
            values += [*params, f"%{connection.ops.prep_for_like_query(spelling)}%"]
        return f"({' OR '.join(likes)})", values


class Both(Func):
    """SQLite: whether both conditions hold (``a AND b``), as one expression."""

    conditional = True
    output_field = BooleanField()
    template = "(%(expressions)s)"
    arg_joiner = " AND "


class Weighed(Func):
    """SQLite: the sum of the weights of the conditions that hold, from ``(condition, weight)``
    pairs (``CASE WHEN condition THEN weight ELSE 0 END`` each, added in order), as one
    expression: cheaper to build than a ``Case(When())`` per condition."""

    output_field = FloatField()

    def __init__(self, weighed, **extra):
        super().__init__(*(condition for condition, _ in weighed), **extra)
        self.weights = [weight for _, weight in weighed]

    def as_sql(self, compiler, connection, **extra_context):
        cases, values = [], []
        for condition, weight in zip(self.source_expressions, self.weights, strict=True):
            sql, params = compiler.compile(condition)
            cases.append(f"CASE WHEN {sql} THEN %s ELSE %s END")
            values += [*params, weight, 0.0]
        return f"({' + '.join(cases)})", values


class PlainText(Func):
    """SQLite: the body's text without its markup (``plain_text()``)."""

    function = "news_plain_text"
    output_field = TextField()


def _fallback_search(queryset, query, lang):
    terms = words(query)
    if not terms:
        return queryset.none()
    matches = queryset
    title_column, lead_column, body_column = (F(column(name, lang)) for name in ("title", "lead", "body"))
    body_text = PlainText(column("body", lang))
    weighed = []
    for word in terms:
        spellings = _variants(word)
        title, lead = Contains(title_column, spellings), Contains(lead_column, spellings)
        # The cheap match on the stored HTML first, so that only its rows have their text
        # extracted: a word of the text is in the HTML as it is (the sanitiser writes every
        # character as itself but for & < > and the no-break space).
        body = Both(Contains(body_column, spellings), Contains(body_text, spellings))
        matches = matches.filter(Q(title) | Q(lead) | Q(body))
        weighed += [(title, 1.0), (lead, 0.4), (body, 0.1)]
    newest = newest_matches(matches)
    if not newest:
        return counted(queryset.none(), 0)
    results = (
        queryset.filter(AnyOf(F("pk"), newest))
        .annotate(rank=Weighed(weighed))
        .order_by("-rank", "-publication_date", "-pk")
    )
    return counted(results, len(newest))


class CappedPaginator(Paginator):
    """Counts at most ``MAX_COUNTED`` results (``capped`` says when there are more); the pages
    beyond them do not exist."""

    cap = MAX_COUNTED

    @cached_property
    def count(self):
        found = getattr(self.object_list, "matches_found", None)
        if found is None:
            found = self.object_list.order_by().values("pk")[: self.cap + 1].count()
        self.capped = found > self.cap
        return min(found, self.cap)

    capped = False


# Headlines


class Found(NamedTuple):
    """A search result as its page shows it: plain values, its title and snippet safe HTML with
    the words marked (``results()``)."""

    pk: int
    slug: str
    publication_date: datetime.datetime
    category: CategoryLink  # its name in the active language, or the default one's, marked
    title_html: str
    snippet_html: str


def results(queryset, query):
    """The rows of ``queryset`` (one page of results, in its order) as ``Found`` items, in the
    active language: one query reads what a result shows and makes its headline (PostgreSQL's
    ``ts_headline``, evaluated for the page's rows only; the fallback's, in Python)."""
    if queryset.query.is_empty():  # nothing matched, or nothing was asked: no query to build
        return []
    query = clean_query(query)
    lang = language()
    title_column, lead_column, body_column = (column(name, lang) for name in ("title", "lead", "body"))
    # The category's name in the active language and in the default one (one column when they are one).
    names = list(dict.fromkeys([f"category__name_{lang}", f"category__name_{languages.DEFAULT}"]))
    shown = ("pk", "slug", "publication_date", "category__slug", *names)

    def found(row, title_html, snippet_html):
        pk, slug, published, category_slug, name, *default_name = row
        category = category_link(category_slug, name, default_name[0] if default_name else name, lang)
        return Found(pk, slug, published, category, title_html, snippet_html)

    if not query:
        return [
            found(row, escape(title or ""), escape(lead or ""))
            for *row, title, lead in queryset.values_list(*shown, title_column, lead_column)
        ]
    if is_postgresql(queryset):
        rows = queryset.annotate(
            title_headline=title_headline(query, lang), snippet_headline=snippet_headline(query, lang)
        ).values_list(*shown, "title_headline", "snippet_headline")
        return [found(row, _marked(title), _marked(snippet, unescape=True)) for *row, title, snippet in rows]
    pattern = _pattern(words(query))
    return [
        found(row, *_fallback_headline(pattern, title, lead, body))
        for *row, title, lead, body in queryset.values_list(*shown, title_column, lead_column, body_column)
    ]


def title_headline(query, lang):
    """PostgreSQL: the title with every match marked."""
    return SearchHeadline(
        Unmarked(Coalesce(F(column("title", lang)), Value(""), output_field=TextField())),
        tsquery(query, lang),
        config=CONFIGS[lang],
        start_sel=START,
        stop_sel=STOP,
        highlight_all=True,
    )


def snippet_headline(query, lang):
    """PostgreSQL: a snippet of the lead and the body's text around the matches, marked."""
    return SearchHeadline(
        Unmarked(
            Concat(
                Coalesce(F(column("lead", lang)), Value(""), output_field=TextField()),
                Value(" "),
                plain_body(lang),
                output_field=TextField(),
            )
        ),
        tsquery(query, lang),
        config=CONFIGS[lang],
        start_sel=START,
        stop_sel=STOP,
        max_words=SNIPPET_WORDS,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def _fallback_headline(pattern, title, lead, body):
    """The fallback's ``(title_html, snippet_html)``: the words marked in the title, and in a
    snippet of the lead and the body's text."""
    snippet = _snippet(pattern, f"{unmarked(lead)} {unmarked(plain_text(body))}")
    return _marked_text(_mark(pattern, unmarked(title))), _marked_text(snippet)


def unmarked(text):
    """``text`` without the headline markers (the private-use characters U+E000 and U+E001)."""
    text = text or ""
    if START in text or STOP in text:  # rarely: two searches are cheaper than str.translate()
        text = text.replace(START, "").replace(STOP, "")
    return text


class Unmarked(Func):
    """PostgreSQL: ``expression`` without the headline markers, before ``ts_headline`` adds its
    own (``translate()`` drops the characters it has no replacement for)."""

    function = "translate"
    output_field = TextField()

    def __init__(self, expression, **extra):
        super().__init__(expression, Value(START + STOP), Value(""), **extra)


def _marked(text, unescape=False):
    """
    Escapes ``text`` and turns its markers into ``<mark>`` elements. PostgreSQL's
    snippet comes partly from the body's HTML, so its character references are
    decoded first (``&amp;`` shows as ``&``), between the markers, and a reference to a
    marker's character (``&#57344;``) decodes to nothing; the result is escaped all the same.
    """
    marked = []
    for part in MARKER.split(text or ""):
        if part == START:
            marked.append("<mark>")
        elif part == STOP:
            marked.append("</mark>")
        else:
            marked.append(escape(unmarked(html.unescape(part) if unescape else part)))
    return mark_safe("".join(marked))


MARKER = re.compile(f"([{START}{STOP}])")


def _marked_text(text):
    """``_marked()`` for text whose only markers are the ones ``_mark()`` put in (none comes from
    the text itself: it was ``unmarked()`` first): escaped at once, the markers replaced."""
    return mark_safe(html.escape(text).replace(START, "<mark>").replace(STOP, "</mark>"))


def _pattern(terms):
    if not terms:
        return None
    return re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)


def _mark(pattern, text):
    if pattern is None:
        return text
    return pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", text)


def _snippet(pattern, text):
    """``SNIPPET_WORDS`` of the words of ``text`` (split at white space) from the eleventh word
    before the word holding the first match (or from the first word), the matches marked, with
    "…" where words are left out. Only the words shown are split off (a body can be long)."""
    match = pattern.search(text) if pattern else None
    before, cut_before = [], False
    if match is not None:
        prefix = text[: match.start()]
        in_word = bool(prefix) and not prefix[-1].isspace()  # the match starts inside a word
        before = prefix.rsplit(maxsplit=SNIPPET_WORDS // 3 + in_word)
        text = (before.pop() if in_word else "") + text[match.start() :]  # from the match's word on
        cut_before = len(before) > SNIPPET_WORDS // 3
        before = before[1:] if cut_before else before
    wanted = SNIPPET_WORDS - len(before)
    after = text.split(maxsplit=wanted)
    cut_after = len(after) > wanted
    snippet = " ".join(before + after[:wanted])
    return _mark(pattern, ("… " if cut_before else "") + snippet + (" …" if cut_after else ""))
