"""The search page: full-text on PostgreSQL, a simple match on SQLite; both rank, mark and filter."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news.models import Article
from news.search import CappedPaginator
from tests.factories import CategoryFactory, LiveArticleFactory, masthead_contact
from tests.news.moments import NOW

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search features of PostgreSQL"
)


def search(client, **params):
    return client.get(reverse("news:search"), params)


def results(response):
    """The result titles in page order, tags removed."""
    titles = re.findall(r'<h2 class="news-item__title">.*?<a href="[^"]*">(.*?)</a></h2>', response.content.decode())
    return [re.sub(r"<[^>]+>", "", title) for title in titles]


def category_options(response):
    """The category menu's options: ``(value, label, selected)``."""
    select = re.search(r'<select name="category" id="id_category">(.*?)</select>', response.content.decode(), re.S)
    options = re.findall(r'<option value="([^"]*)"( selected)?[^>]*>([^<]*)</option>', select.group(1))
    return [(value, label, bool(selected)) for value, selected, label in options]


def snippets(response):
    return re.findall(r'<p class="news-item__lead search-result__snippet">(.*?)</p>', response.content.decode(), re.S)


def test_search_finds_the_words_in_titles_leads_and_bodies(client, db, frozen):
    LiveArticleFactory(title="New visa rules", lead="Changes from Monday.", body="<p>Details follow.</p>")
    LiveArticleFactory(title="Consular hours", lead="Visa applications are accepted in the morning.")
    LiveArticleFactory(title="Statement", lead="On the events.", body="<p>No <strong>visa</strong> is needed.</p>")
    LiveArticleFactory(title="Remembrance Sunday", lead="Wreaths were laid.", body="<p>At the memorial.</p>")

    page = search(client, q="visa")

    assert page.status_code == 200
    assert sorted(results(page)) == ["Consular hours", "New visa rules", "Statement"]
    assert "3 items found" in page.content.decode()


def test_a_title_match_ranks_above_a_lead_match_above_a_body_match(client, db, frozen):
    LiveArticleFactory(title="Body", lead="Nothing here.", body="<p>About the embassy reception.</p>")
    LiveArticleFactory(
        title="Lead", lead="The reception was held on Monday.", publication_date=NOW - dt.timedelta(days=9)
    )
    LiveArticleFactory(title="The reception", lead="Nothing here.", publication_date=NOW - dt.timedelta(days=30))

    assert results(search(client, q="reception")) == ["The reception", "Lead", "Body"]


def test_each_words_matches_add_up_to_the_rank(client, db, frozen):
    LiveArticleFactory(title="Visa centre", lead="Opens.", body="<p>London.</p>", publication_date=NOW)
    LiveArticleFactory(
        title="London visa centre", lead="Opens.", body="<p>Soon.</p>", publication_date=NOW - dt.timedelta(days=9)
    )
    LiveArticleFactory(
        title="Centre", lead="In London.", body="<p>Visa.</p>", publication_date=NOW - dt.timedelta(days=1)
    )

    # Both words in the title (2.0), then one in the title and one in the body (1.1), then one in
    # the lead and one in the body (0.5): not by date.
    assert results(search(client, q="visa london")) == ["London visa centre", "Visa centre", "Centre"]


def test_every_word_of_the_query_must_match(client, db, frozen):
    LiveArticleFactory(title="Visa centre in London")
    LiveArticleFactory(title="Visa centre in Edinburgh")

    assert results(search(client, q="visa london")) == ["Visa centre in London"]


def test_matched_words_are_marked_in_the_title_and_the_snippet(client, db, frozen):
    LiveArticleFactory(
        title="Passport applications",
        lead="Applications are accepted by appointment.",
        body="<p>The <strong>consular</strong> section answers questions about passports &amp; visas.</p>",
    )

    page = search(client, q="consular")
    (snippet,) = snippets(page)

    assert "<mark>consular</mark>" in snippet
    assert "strong" not in snippet  # the body's tags are not shown as text
    assert "passports &amp; visas" in snippet  # its character references are shown once, escaped

    page = search(client, q="passport applications")
    assert re.search(r"<a href=\"[^\"]+\"><mark>Passport</mark> <mark>applications</mark></a>", page.content.decode())


@pytest.mark.parametrize("query", ["href", "strong", "https", "example", "amp", "nbsp", "lt", "alt", "src", "figure"])
def test_words_that_are_only_in_the_markup_find_nothing(client, db, frozen, query):
    LiveArticleFactory(
        title="Reception",
        lead="At the residence.",
        body=(
            '<p>See <a href="https://example.org/photos">the <strong>photos</strong></a> '
            "&amp; the&nbsp;list &lt;here&gt;.</p>"
            '<figure><img src="/media/a.jpg" alt="Guests"><figcaption>The guests</figcaption></figure>'
        ),
    )

    assert results(search(client, q=query)) == []
    assert results(search(client, q="photos")) == ["Reception"]  # the text of the same body is found


def test_snippets_are_made_of_the_text_not_the_markup(client, db, frozen):
    LiveArticleFactory(
        title="Reception",
        lead="At the residence.",
        body='<p>Guests <a href="https://example.org/">arrived</a> at six.</p><p>Tea&nbsp;&amp;&nbsp;cake.</p>',
    )

    (snippet,) = snippets(search(client, q="guests"))

    assert "href" not in snippet and "example.org" not in snippet
    assert "<mark>Guests</mark> arrived at six. Tea &amp; cake" in " ".join(snippet.split())  # split() folds nbsp


@pytest.mark.skipif(connection.vendor == "postgresql", reason="PostgreSQL's ts_headline cuts its own snippets")
def test_a_snippet_is_the_words_around_the_first_match_with_ellipses_where_it_is_cut(client, db, frozen):
    words = [f"w{n}" for n in range(100)]
    body = "<p>" + " ".join(words[:60]) + "</p><p>Visa " + " ".join(words[60:]) + "</p>"
    LiveArticleFactory(title="Deep", lead="Lead words.", body=body)
    LiveArticleFactory(title="Early visa", lead="Visa rules.", body="<p>" + " ".join(words[:5]) + "</p>")
    LiveArticleFactory(title="In a word", lead="Supervisas.", body="<p>" + " ".join(words) + "</p>")
    titles = ("Deep", "Early visa", "In a word")

    page = search(client, q="visa")
    deep, early, inside = (" ".join(snippets(page)[results(page).index(title)].split()) for title in titles)

    # The eleven words before the first match, and 35 in all.
    assert deep == "… " + " ".join(words[49:60]) + " <mark>Visa</mark> " + " ".join(words[60:83]) + " …"
    assert early == "<mark>Visa</mark> rules. w0 w1 w2 w3 w4"
    # A match inside a word: the snippet starts at the text's start, and runs 35 words.
    assert inside == "Super<mark>visa</mark>s. " + " ".join(words[:34]) + " …"


def test_titles_and_snippets_are_escaped(client, db, frozen):
    LiveArticleFactory(title="<script>alert('title')</script> embassy", lead="<img src=x onerror=alert(1)> embassy")

    content = search(client, q="embassy").content.decode()

    assert "<script>alert" not in content
    assert "<img src=x" not in content and "<img src" not in content.split("<main")[1]
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; <mark>embassy</mark>" in content


def test_search_only_shows_live_items(client, db, frozen):
    LiveArticleFactory(title="Live consular news")
    LiveArticleFactory(title="Draft consular news", status=Article.Status.DRAFT)
    LiveArticleFactory(title="Scheduled consular news", publication_date=NOW + dt.timedelta(minutes=1))

    assert results(search(client, q="consular")) == ["Live consular news"]


def test_search_filters_by_category(client, db, frozen):
    statements = CategoryFactory(name="Statements", slug="statements")
    LiveArticleFactory(title="Statement on visas", category=statements)
    LiveArticleFactory(title="Comment on visas")

    assert results(search(client, q="visas", category="statements")) == ["Statement on visas"]


def test_date_range_is_inclusive_and_in_london_time(client, db, frozen):
    # 30 September 23:30 UTC is 1 October 00:30 in London (BST).
    LiveArticleFactory(title="First of October item", publication_date=dt.datetime(2020, 9, 30, 23, 30, tzinfo=dt.UTC))
    LiveArticleFactory(title="Last of October item", publication_date=dt.datetime(2020, 10, 20, 22, 59, tzinfo=dt.UTC))
    LiveArticleFactory(title="September item", publication_date=dt.datetime(2020, 9, 30, 22, 30, tzinfo=dt.UTC))
    LiveArticleFactory(title="Late October item", publication_date=dt.datetime(2020, 10, 20, 23, 1, tzinfo=dt.UTC))

    page = search(client, q="item", date_from="2020-10-01", date_to="2020-10-20")

    assert sorted(results(page)) == ["First of October item", "Last of October item"]


def test_filters_alone_list_the_newest_items(client, db, frozen):
    statements = CategoryFactory(name="Statements", slug="statements")
    LiveArticleFactory(title="Older statement", category=statements, publication_date=NOW - dt.timedelta(days=2))
    LiveArticleFactory(title="Newer statement", category=statements)
    LiveArticleFactory(title="A comment")

    assert results(search(client, category="statements")) == ["Newer statement", "Older statement"]


def test_an_empty_search_asks_for_words_and_lists_nothing(client, db, frozen):
    LiveArticleFactory(title="Anything")

    page = search(client)

    assert page.status_code == 200
    assert results(page) == []
    assert "Type the words you are looking for" in page.content.decode()


def test_no_match_says_so(client, db, frozen):
    LiveArticleFactory(title="Anything")

    page = search(client, q="zeppelin")

    assert results(page) == []
    assert "Nothing matches your search" in page.content.decode()


def test_results_come_twenty_a_page_and_the_links_keep_the_query(client, db, frozen):
    statements = CategoryFactory(name="Statements", slug="statements")
    for n in range(45):
        LiveArticleFactory(
            title=f"Visa notice {n:02d}", category=statements, publication_date=NOW - dt.timedelta(hours=n)
        )

    first = search(client, q="visa", category="statements")
    third = search(client, q="visa", category="statements", page="3")

    assert len(results(first)) == 20
    assert len(results(third)) == 5
    assert 'href="?q=visa&amp;category=statements&amp;page=2"' in first.content.decode()
    assert "45 items found" in first.content.decode()
    assert "Page 1 of 3" in first.content.decode()


def test_past_a_thousand_results_the_count_stops_and_so_do_the_pages(client, db, frozen, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "cap", 30)
    for n in range(45):
        LiveArticleFactory(title=f"Visa notice {n:02d}", publication_date=NOW - dt.timedelta(hours=n))

    first = search(client, q="visa")

    assert "More than 30 items found: the best matches come first." in first.content.decode()
    assert "Page 1 of 2" in first.content.decode()
    assert len(results(search(client, q="visa", page="2"))) == 10
    assert search(client, q="visa", page="3").status_code == 404


@pytest.mark.parametrize("page", ["4", "0", "-1", "abc", "9" * 30, "\x00"])
def test_a_page_beyond_the_results_or_not_a_number_is_404(client, db, frozen, page):
    for n in range(45):
        LiveArticleFactory(title=f"Visa notice {n}")

    assert search(client, q="visa", page=page).status_code == 404


VISA = "Visa centre opens"
LAVROV = "Сергей Лавров о визах"

# Each odd query and the titles it finds; None where the two databases may rightly differ
# (PostgreSQL stems words and drops stop words, the fallback matches parts of words).
ODD_QUERIES = {
    "empty": ("", []),
    "spaces": ("   ", []),
    "ten thousand characters": ("visa " * 2000, [VISA]),
    "ten thousand characters cut at a word": ("visa centre " + "x" * 10_000, [VISA]),
    "ten thousand characters in one word": ("v" * 10_000, []),
    "unbalanced quote": ('"visa', [VISA]),
    "quoted phrase": ('"visa centre"', [VISA]),
    "tsquery operators": ("visa & | ! ( ) : * <-> <2>", [VISA]),
    "only operators": ("&|!():*", []),
    "minus alone": ("-", []),
    "or alone": ("or", None),
    "only stop words": ("the and of", None),
    "prefix syntax": ("vis:*", None),
    "nul byte": ("visa\x00centre", [VISA]),
    "nul byte alone": ("\x00", []),
    "control characters": ("visa\x01\x1f\x7f", [VISA]),
    "sql fragment": ("'; DROP TABLE news_article; --", [VISA]),
    "sql union": ("visa' UNION SELECT password FROM auth_user --", [VISA]),
    "like wildcards": ("%_\\", None),
    "html": ("<script>alert(1)</script>", []),
    "cyrillic": ("Лавров", [LAVROV]),
    "cyrillic lower case": ("лавров", [LAVROV]),
    "emoji": ("🇷🇺 visa", [VISA]),
    "backslashes": ("\\\\\\", []),
}


@pytest.mark.parametrize("query, found", ODD_QUERIES.values(), ids=ODD_QUERIES.keys())
def test_odd_queries_give_a_normal_results_page(client, db, frozen, django_user_model, query, found):
    django_user_model.objects.create_user("reader", password="a password")
    LiveArticleFactory(
        title=VISA,
        lead="Applications are accepted from 2 November.",
        # Words that look like SQL, to show that such a query is searched for, never run.
        body="<p>Never DROP TABLE news_article, nor SELECT password FROM auth_user with a UNION.</p>",
    )
    LiveArticleFactory(title=LAVROV, lead="Интервью.", body="<p>Текст.</p>")

    page = search(client, q=query, category="", date_from="", date_to="")
    content = page.content.decode()

    assert page.status_code == 200
    assert 'class="form-errors"' not in content
    if found is not None:
        assert results(page) == found
    if found == [] and query.strip("\x00 "):
        assert "Nothing matches your search" in content
    elif found == []:
        assert "Type the words you are looking for" in content
    assert "<script>alert(1)" not in content
    assert Article.objects.count() == 2 and django_user_model.objects.count() == 1


def test_a_long_query_is_searched_up_to_two_hundred_characters_cut_at_a_word(client, db, frozen):
    LiveArticleFactory(title="Visa centre opens")
    query = "visa centre " + "x" * 10_000

    page = search(client, q=query)
    content = page.content.decode()

    assert results(page) == ["Visa centre opens"]
    assert 'name="q" value="visa centre"' in content  # the box shows what was searched
    assert "x" * 50 not in content


def test_control_characters_in_a_query_are_spaces(client, db, frozen):
    LiveArticleFactory(title="Visa centre opens")

    page = search(client, q="visa\x00centre\x07")

    assert results(page) == ["Visa centre opens"]
    assert 'name="q" value="visa centre"' in page.content.decode()
    assert "\x00" not in page.content.decode()


def test_an_underscore_in_a_query_is_no_wildcard(client, db, frozen):
    LiveArticleFactory(title="Visa centre opens", lead="From Monday.")

    assert results(search(client, q="vis_")) == []
    assert results(search(client, q="visa")) == ["Visa centre opens"]


def test_cyrillic_words_are_found(client, db, frozen):
    LiveArticleFactory(title="Интервью Посла", lead="Посол ответил на вопросы о визах.")
    LiveArticleFactory(title="Another item")

    assert results(search(client, q="Посла")) == ["Интервью Посла"]
    assert results(search(client, q="посла")) == ["Интервью Посла"]


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2020-13-45"},
        {"date_to": "yesterday"},
        {"date_from": "2020-1-5"},  # a date is written YYYY-MM-DD, as in the API
        {"date_from": "10/26/2020"},
        {"date_to": "20201026"},
        {"date_to": " 2020-10-26"},
    ],
)
def test_a_date_not_written_yyyy_mm_dd_is_explained_on_a_normal_page(client, db, frozen, params):
    LiveArticleFactory(title="Visa centre opens")
    page = search(client, q="visa", **params)
    assert page.status_code == 200
    assert "Enter a date as YYYY-MM-DD." in page.content.decode()
    assert results(page) == []


@pytest.mark.parametrize(
    "params, reason",
    [
        ({"category": "no-such-category"}, "There is no such category."),
        ({"category": "\x00"}, "There is no such category."),
        ({"category": "Ünïcödé\u0084 ☃"}, "There is no such category."),
        ({"date_from": "2020-10-02", "date_to": "2020-10-01"}, "The “From” date is after the “To” date."),
    ],
)
def test_filters_that_match_nothing_are_searched_and_say_why(client, db, frozen, statements, params, reason):
    LiveArticleFactory(title="Visa centre opens", category=statements, publication_date=NOW - dt.timedelta(days=1))

    page = search(client, q="visa", **params)
    content = page.content.decode()

    assert page.status_code == 200
    assert 'class="form-errors"' not in content  # searched, as the API does, not refused
    assert results(page) == []
    assert "Nothing matches your search" in content
    assert reason in content


def test_a_real_category_with_no_match_gives_no_reason(client, db, frozen, statements):
    LiveArticleFactory(title="Visa centre opens")

    content = search(client, q="visa", category="statements").content.decode()

    assert "Nothing matches your search" in content
    assert "There is no such category." not in content


def test_a_bad_date_is_not_put_back_into_the_date_field(client, db, frozen):
    content = search(client, q="visa", date_from="2020-13-45", date_to="2020-10-01").content.decode()
    assert 'value="2020-13-45"' not in content
    assert 'name="date_to" value="2020-10-01"' in content


@pytest.mark.parametrize("params", [{"date_from": "0001-01-01"}, {"date_to": "9999-12-31"}])
def test_dates_at_the_ends_of_the_calendar_work(client, db, frozen, params):
    LiveArticleFactory(title="Visa centre opens")
    assert results(search(client, q="visa", **params)) == ["Visa centre opens"]


def test_the_category_menu_lists_every_category_and_selects_the_one_asked_for(client, db, frozen, statements):
    CategoryFactory(name="Comments", slug="comments", order=1)
    LiveArticleFactory(title="Visa centre opens", category=statements)
    every = [("", "All categories"), ("statements", "Statements"), ("comments", "Comments")]  # by order, then name

    def selected(**params):
        options = category_options(search(client, **params))
        assert [(value, label) for value, label, _ in options] == every
        return [value for value, _, chosen in options if chosen]

    assert selected() == [""]
    assert selected(q="visa") == [""]
    assert selected(q="visa", category="") == [""]
    assert selected(q="visa", category="comments") == ["comments"]
    assert selected(q="visa", category="no-such-category") == []


def test_every_search_field_has_a_label_naming_its_input(client, db, frozen):
    content = search(client, q="visa").content.decode()

    labels = dict(re.findall(r'<label for="([^"]+)">([^<]+)</label>', content))
    assert labels == {"id_q": "Search for", "id_category": "Category", "id_date_from": "From", "id_date_to": "To"}
    for id_ in labels:
        assert re.search(rf'<(input|select) [^>]*id="{id_}"', content), id_


def test_the_category_menu_escapes_the_names(client, db, frozen):
    CategoryFactory(name='Q&A <"live">', slug="q-and-a")
    content = search(client, q="visa").content.decode()
    assert '<option value="q-and-a">Q&amp;A &lt;&quot;live&quot;&gt;</option>' in content


def test_every_page_has_a_search_box_in_the_header(client, db, frozen):
    content = client.get("/").content.decode()
    assert re.search(r'<form class="site-search" role="search"[^>]*action="/news/search/"', content)
    assert 'name="q"' in content


def test_search_page_is_not_indexed(client, db, frozen):
    assert '<meta name="robots" content="noindex">' in search(client, q="visa").content.decode()


@pytest.mark.usefixtures("rendered_every_time")  # counts what a render costs
def test_search_costs_a_fixed_number_of_queries(client, db, frozen, django_assert_max_num_queries):
    masthead_contact()
    categories = [CategoryFactory() for _ in range(5)]
    for n in range(30):
        LiveArticleFactory(title=f"Visa notice {n}", category=categories[n % 5])
    search(client, q="visa")  # warm the masthead cache

    # The newest matches (what is ranked, and how many), then the page with its headlines and
    # each result's category; the category menu is the navigation's cached list.
    with django_assert_max_num_queries(2):
        page = search(client, q="visa", category=categories[0].slug, date_from="2020-01-01")
    assert len(results(page)) == 6
    with django_assert_max_num_queries(2):
        assert len(results(search(client, q="visa", page="2"))) == 10


@pytest.mark.usefixtures("rendered_every_time")
def test_the_page_of_results_reads_what_a_result_shows_in_one_query(client, db, frozen):
    category = CategoryFactory(name="Consular affairs")
    LiveArticleFactory(title="Visa notice", lead="Visa rules.", body="<p>Visa.</p>", category=category)
    search(client, q="visa")  # the navigation's categories, cached

    with CaptureQueriesContext(connection) as queries:
        page = search(client, q="visa")

    assert results(page) == ["Visa notice"]
    assert f'<a href="/news/category/{category.slug}/">Consular affairs</a>' in page.content.decode()
    assert "<mark>Visa</mark> rules." in snippets(page)[0]
    newest, page_query = (q["sql"] for q in queries.captured_queries)
    selected = page_query.split(" FROM ")[0]
    for column in ('"news_article"."slug"', '"news_article"."publication_date"', '"news_category"."slug"'):
        assert column in selected, column
    assert '"news_category"."name_en"' in selected  # read with the results: never a stale name
    for column in ("title_ru", "lead_ru", "body_ru", "name_ru", "updated", "image_id"):
        assert column not in selected, column  # another language's text, or what no result shows
    assert "LIMIT" in page_query  # the page's rows only


@pytest.mark.usefixtures("rendered_every_time")
def test_a_search_that_matches_nothing_costs_one_query(client, db, frozen, django_assert_num_queries):
    masthead_contact()
    LiveArticleFactory(title="Visa notice")
    search(client, q="visa")  # warm the masthead cache

    with django_assert_num_queries(1):  # the newest matches: none, so no page and no headlines
        page = search(client, q="zeppelin")
    assert "Nothing matches your search" in page.content.decode()
    assert client.get("/api/v1/news/", {"q": "zeppelin"}).json()["count"] == 0


# PostgreSQL: the real full-text search.


@postgresql_only
def test_words_are_matched_by_their_stem(client, db, frozen):
    LiveArticleFactory(title="Visas for journalists")
    LiveArticleFactory(title="Another item")

    assert results(search(client, q="visa")) == ["Visas for journalists"]
    assert "<mark>Visas</mark> for journalists" in search(client, q="visa").content.decode()


@postgresql_only
def test_web_search_syntax_phrases_and_exclusions(client, db, frozen):
    LiveArticleFactory(title="Visa centre in London")
    LiveArticleFactory(title="Centre for visa applicants")
    LiveArticleFactory(title="Visa rules for students")

    assert sorted(results(search(client, q='"visa centre"'))) == ["Visa centre in London"]
    assert sorted(results(search(client, q="visa -students"))) == [
        "Centre for visa applicants",
        "Visa centre in London",
    ]
    assert sorted(results(search(client, q="london or students"))) == [
        "Visa centre in London",
        "Visa rules for students",
    ]


@postgresql_only
def test_the_search_vector_follows_every_kind_of_write(db, frozen):
    article = LiveArticleFactory(title="Original title", lead="A lead.", body="<p>A body.</p>")
    assert list(Article.objects.search("original")) == [article]

    article.title = "Changed title"
    article.save()
    assert not Article.objects.search("original").exists()
    assert list(Article.objects.search("changed")) == [article]

    Article.objects.filter(pk=article.pk).update(body="<p>Updated with a reception</p>")
    assert list(Article.objects.search("reception")) == [article]

    (bulk,) = Article.objects.bulk_create(
        [Article(title="Bulk item", slug="bulk-item", category=article.category, lead="Imported lead.")]
    )
    assert list(Article.objects.search("imported")) == [bulk]


@postgresql_only
def test_each_language_search_vector_has_a_gin_index(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'news_article'")
        definitions = [row[0] for row in cursor.fetchall()]
    assert any("USING gin (search_vector_en)" in definition for definition in definitions)
    assert any("USING gin (search_vector_ru)" in definition for definition in definitions)


def plan_nodes(plan):
    yield plan
    for child in plan.get("Plans", ()):
        yield from plan_nodes(child)


@postgresql_only
def test_headlines_are_made_for_the_page_of_results_only(client, db, frozen):
    for n in range(30):
        LiveArticleFactory(title=f"Visa notice {n}")

    with CaptureQueriesContext(connection) as queries:
        search(client, q="visa")

    (page_query,) = [q["sql"] for q in queries.captured_queries if "ts_headline" in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) " + page_query)
        ((plan,),) = cursor.fetchone()
    nodes = list(plan_nodes(plan["Plan"]))
    ranked = [node for node in nodes if node["Node Type"] == "Sort"]
    headlined = [node for node in nodes if any("ts_headline" in output for output in node.get("Output", ()))]
    assert ranked and headlined and all(node["Actual Rows"] <= 20 for node in headlined)  # a page: 20 of 30
    assert not any("ts_headline" in output for node in ranked for output in node["Output"])


def test_a_common_word_ranks_its_newest_matches_only(client, db, frozen, monkeypatch):
    """A word in half the newsroom is ranked among its newest matches (MAX_RANKED, one more than
    are counted), best first; the count says "more than" and an older, better match is left out."""
    monkeypatch.setattr("news.search.MAX_RANKED", 4)
    monkeypatch.setattr(CappedPaginator, "cap", 3)
    LiveArticleFactory(title="Visa visa visa", publication_date=NOW - dt.timedelta(days=30))
    for n in range(4):
        when = NOW - dt.timedelta(days=n)
        LiveArticleFactory(title=f"Item {n}", lead="Notes.", body="<p>On visa matters.</p>", publication_date=when)
    LiveArticleFactory(title="A visa statement", publication_date=NOW - dt.timedelta(days=5))

    page = search(client, q="visa")

    assert page.context["paginator"].count == 3 and page.context["paginator"].capped
    assert results(page) == ["Item 0", "Item 1", "Item 2"]  # equal ranks: newest first
    assert "Visa visa visa" not in page.content.decode()
    api = client.get("/api/v1/news/", {"q": "visa"}).json()
    assert api["count"] == 3 and api["count_capped"]


def test_a_search_within_a_category_ranks_that_categorys_matches(client, db, frozen, monkeypatch):
    """The category and dates narrow the matches before the newest are taken, on the search page
    and in the API alike: newer matches elsewhere never crowd out the category's own."""
    monkeypatch.setattr("news.search.MAX_RANKED", 2)
    statements = CategoryFactory(slug="statements")
    LiveArticleFactory(title="Visa statement", category=statements, publication_date=NOW - dt.timedelta(days=9))
    for n in range(3):
        LiveArticleFactory(title=f"Visa comment {n}", publication_date=NOW - dt.timedelta(days=n))

    assert results(search(client, q="visa", category="statements")) == ["Visa statement"]
    api = client.get("/api/v1/news/", {"q": "visa", "category": "statements"}).json()
    assert [item["title"] for item in api["results"]] == ["Visa statement"]
    dated = client.get("/api/v1/news/", {"q": "visa", "date_to": "2020-10-20"}).json()
    assert [item["title"] for item in dated["results"]] == ["Visa statement"]
