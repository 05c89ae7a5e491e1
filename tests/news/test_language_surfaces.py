"""
Feeds, sitemaps, the search page and the API in both languages: the Russian feed carries the
Russian versions, the sitemaps list every page in each language it exists in with its alternates,
the Russian search page searches the Russian versions, and the API's ``lang`` picks the language
(a bad one is a 400).
"""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import CategoryFactory, ImageFactory, LiveArticleFactory
from tests.news.test_search import category_options, results, snippets

NOW = dt.datetime(2020, 10, 27, 15, 0, tzinfo=dt.UTC)
XHTML = "http://www.w3.org/1999/xhtml"


@pytest.fixture
def items(db, time_machine):
    time_machine.move_to(NOW, tick=False)
    statements = CategoryFactory(name="Statements", name_ru="Заявления", slug="statements")
    both = LiveArticleFactory(
        title="On visas",
        title_ru="О визах",
        lead="The embassy's visa rules.",
        lead_ru="Визовые правила посольства.",
        slug="on-visas",
        category=statements,
        publication_date=dt.datetime(2020, 10, 20, 12, 0, tzinfo=dt.UTC),
    )
    english_only = LiveArticleFactory(
        title="Only in English",
        slug="only-in-english",
        category=statements,
        publication_date=dt.datetime(2020, 10, 21, 12, 0, tzinfo=dt.UTC),
    )
    return both, english_only


def test_the_russian_feed_carries_the_russian_versions_only(client, items):
    body = client.get("/ru/news/feed/rss/").content.decode()

    assert "<language>ru</language>" in body
    assert "<title>О визах</title>" in body
    assert "Визовые правила посольства." in body
    assert "http://testserver/ru/news/2020/10/20/on-visas/" in body
    assert "<category>Заявления</category>" in body
    assert "Only in English" not in body and "On visas" not in body
    assert "Посольство Российской Федерации в Соединённом Королевстве: новости" in body


def test_the_english_feed_keeps_the_english_versions(client, items):
    body = client.get("/news/feed/rss/").content.decode()

    assert "<title>On visas</title>" in body and "<title>Only in English</title>" in body
    assert "О визах" not in body
    assert "http://testserver/news/2020/10/20/on-visas/" in body


def test_the_russian_category_atom_feed_is_russian(client, items):
    body = client.get("/ru/news/category/statements/feed/atom/").content.decode()

    assert 'xml:lang="ru"' in body and "<title>О визах</title>" in body


def test_the_items_sitemap_lists_each_version_with_its_alternates(client, items):
    body = client.get("/sitemap-news.xml").content.decode()
    entries = re.findall(r"<url>(.*?)</url>", body, re.S)
    by_location = {re.search(r"<loc>(.*?)</loc>", entry).group(1): entry for entry in entries}

    english, russian = (
        "http://testserver/news/2020/10/20/on-visas/",
        "http://testserver/ru/news/2020/10/20/on-visas/",
    )
    assert set(by_location) == {english, russian, "http://testserver/news/2020/10/21/only-in-english/"}
    for location in (english, russian):
        links = re.findall(r'<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', by_location[location])
        assert links == [("en", english), ("ru", russian), ("x-default", english)]
    assert "xhtml:link" not in by_location["http://testserver/news/2020/10/21/only-in-english/"]


def test_the_items_sitemap_follows_each_item_with_its_other_versions_newest_first(client, items):
    LiveArticleFactory(
        title="Newest",
        title_ru="Новейшее",
        lead="The lead.",
        lead_ru="Вводный абзац.",
        slug="newest",
        publication_date=dt.datetime(2020, 10, 22, 12, 0, tzinfo=dt.UTC),
    )

    body = client.get("/sitemap-news.xml").content.decode()

    assert re.findall(r"<loc>(.*?)</loc>", body) == [
        "http://testserver/news/2020/10/22/newest/",
        "http://testserver/ru/news/2020/10/22/newest/",
        "http://testserver/news/2020/10/21/only-in-english/",
        "http://testserver/news/2020/10/20/on-visas/",
        "http://testserver/ru/news/2020/10/20/on-visas/",
    ]


def test_the_items_sitemap_costs_the_same_queries_however_many_items_have_russian_versions(client, items):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap-news.xml").status_code == 200
        return len(captured.captured_queries)

    before = queries()
    LiveArticleFactory.create_batch(
        5, title_ru="Ещё заметка", lead_ru="Её вводный абзац.", publication_date=NOW - dt.timedelta(days=2)
    )
    from tests.conftest import clear_caches

    clear_caches()
    assert queries() == before


def test_the_categories_and_pages_sitemaps_list_both_languages_with_x_default(client, items):
    for section, path in (("categories", "/news/category/statements/"), ("pages", "/contacts/")):
        body = client.get(f"/sitemap-{section}.xml").content.decode()
        assert f"<loc>http://testserver{path}</loc>" in body, section
        assert f"<loc>http://testserver/ru{path}</loc>" in body, section
        assert f'hreflang="x-default" href="http://testserver{path}"' in body, section


def test_the_api_answers_in_russian_with_lang_ru(client, items):
    answer = client.get("/api/v1/news/?lang=ru")

    assert answer.status_code == 200
    assert answer["Content-Language"] == "ru"
    results = answer.json()["results"]
    assert [item["title"] for item in results] == ["О визах"]
    assert results[0]["url"] == "http://testserver/ru/news/2020/10/20/on-visas/"
    assert results[0]["category"]["name"] == "Заявления"
    assert answer.json()["count"] == 1


def test_each_api_answer_links_items_and_categories_in_its_own_language(client, items):
    """The addresses are looked up once a list, never once for good: answers in turn keep theirs."""
    for lang, prefix in [("en", ""), ("ru", "/ru"), ("en", ""), ("ru", "/ru")]:
        for item in client.get(f"/api/v1/news/?lang={lang}").json()["results"]:
            assert item["url"].startswith(f"http://testserver{prefix}/news/20"), lang
            assert item["category"]["url"] == f"http://testserver{prefix}/news/category/statements/", lang
        detail = client.get(f"/api/v1/news/on-visas/?lang={lang}").json()
        assert detail["url"] == f"http://testserver{prefix}/news/2020/10/20/on-visas/", lang
        categories = client.get(f"/api/v1/categories/?lang={lang}").json()
        assert categories[0]["url"] == f"http://testserver{prefix}/news/category/statements/", lang


def test_the_russian_search_page_searches_the_russian_versions_and_names_the_categories_in_russian(client, items):
    CategoryFactory(name="Comments", slug="comments", order=1)  # no Russian name yet

    page = client.get("/ru/news/search/", {"q": "посольства", "category": "statements"})

    assert results(page) == ["О визах"]
    (snippet,) = snippets(page)
    assert snippet.startswith("Визовые правила <mark>посольства</mark>")
    options = category_options(page)
    assert [label for _, label, _ in options] == ["Все рубрики", "Заявления", "Comments"]
    assert [value for value, _, chosen in options if chosen] == ["statements"]


def test_a_russian_search_result_names_its_category_in_russian_or_marks_the_english_name(client, items):
    untranslated = CategoryFactory(name="Comments", slug="comments")
    LiveArticleFactory(
        title="Comment", title_ru="Комментарий посольства", lead_ru="Вводный абзац.", category=untranslated
    )

    content = client.get("/ru/news/search/", {"q": "посольства"}).content.decode()

    assert '<a href="/ru/news/category/statements/">Заявления</a>' in content
    assert '<a href="/ru/news/category/comments/" lang="en">Comments</a>' in content


def test_the_api_answers_in_english_without_lang_or_with_lang_en(client, items):
    for path in ("/api/v1/news/", "/api/v1/news/?lang=en", "/api/v1/news/?lang="):
        titles = [item["title"] for item in client.get(path).json()["results"]]
        assert titles == ["Only in English", "On visas"], path


def test_the_russian_api_and_feed_name_a_category_and_describe_an_image_in_english_where_no_russian_is_written(
    client, items
):
    comments = CategoryFactory(name="Comments", slug="comments", order=1)  # no Russian name yet
    described = ImageFactory(alt_text="The embassy at night", alt_text_ru="Посольство ночью")
    undescribed = ImageFactory(alt_text="The ambassador")  # no Russian description yet
    for slug, category, image in [("on-trade", comments, described), ("on-culture", items[0].category, undescribed)]:
        LiveArticleFactory(
            slug=slug,
            title_ru="Статья",
            lead_ru="Вводка.",
            category=category,
            image=image,
            publication_date=dt.datetime(2020, 10, 22, 12, 0, tzinfo=dt.UTC),
        )

    listed = {item["slug"]: item for item in client.get("/api/v1/news/?lang=ru").json()["results"]}
    shown = {slug: client.get(f"/api/v1/news/{slug}/?lang=ru").json() for slug in listed}

    for answer in (listed, shown):
        assert answer["on-trade"]["category"]["name"] == "Comments"
        assert answer["on-trade"]["image"]["alt"] == "Посольство ночью"
        assert answer["on-culture"]["category"]["name"] == "Заявления"
        assert answer["on-culture"]["image"]["alt"] == "The ambassador"
        assert answer["on-visas"]["image"] is None
    assert listed == {slug: {k: v for k, v in item.items() if k != "body"} for slug, item in shown.items()}
    feed = client.get("/ru/news/feed/rss/").content.decode()
    assert "<category>Comments</category>" in feed and "<category>Заявления</category>" in feed


def test_an_item_without_a_russian_version_is_a_404_in_russian(client, items):
    assert client.get("/api/v1/news/only-in-english/?lang=ru").status_code == 404
    assert client.get("/api/v1/news/on-visas/?lang=ru").json()["title"] == "О визах"


@pytest.mark.parametrize(
    "path", ["/api/v1/news/?lang=fr", "/api/v1/news/on-visas/?lang=RU", "/api/v1/categories/?lang=xx"]
)
def test_a_language_the_api_does_not_have_is_a_400_saying_why(client, items, path):
    answer = client.get(path)

    assert answer.status_code == 400
    assert list(answer.json()) == ["lang"]
    assert "en, ru" in answer.json()["lang"][0]


def test_the_api_schema_documents_the_language_parameter(client, db):
    schema = client.get("/api/schema/?format=json").json()
    for path in ("/api/v1/news/", "/api/v1/news/{slug}/", "/api/v1/categories/"):
        parameters = {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}
        assert parameters["lang"]["schema"]["oneOf"][0]["enum"] == ["en", "ru"], path
        assert "400" in schema["paths"][path]["get"]["responses"], path
