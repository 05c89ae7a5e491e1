"""The read-only JSON API: news list and detail, categories, the OpenAPI schema."""

import datetime as dt

import pytest
import yaml

from news.search import CappedPaginator
from tests.factories import CategoryFactory, DraftArticleFactory, ImageFactory, LiveArticleFactory
from tests.news.moments import NOW

NEWS = "/api/v1/news/"


def slugs(response):
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["results"]]


def test_news_list_is_paginated_twenty_a_page_newest_first(client, frozen, statements):
    for n in range(25):
        LiveArticleFactory(slug=f"item-{n:02d}", category=statements, publication_date=NOW - dt.timedelta(hours=n))

    first = client.get(NEWS)
    body = first.json()

    assert first["Content-Type"] == "application/json"
    assert body["count"] == 25
    assert body["count_capped"] is False
    assert body["next"] == "http://testserver/api/v1/news/?page=2"
    assert body["previous"] is None
    assert slugs(first) == [f"item-{n:02d}" for n in range(20)]
    assert slugs(client.get(NEWS, {"page": 2})) == [f"item-{n:02d}" for n in range(20, 25)]
    assert len(slugs(client.get(NEWS, {"page_size": 5}))) == 5
    assert len(slugs(client.get(NEWS, {"page_size": 1000}))) == 25  # at most 100


@pytest.mark.parametrize("page", ["3", "0", "abc", "\x00"])
def test_a_page_beyond_the_list_is_404(client, frozen, statements, page):
    for _ in range(25):
        LiveArticleFactory(category=statements)
    response = client.get(NEWS, {"page": page})
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page."}


def test_a_news_item_in_the_list(client, frozen, statements):
    image = ImageFactory(file__width=400, file__height=200, alt_text="The embassy at night")
    LiveArticleFactory(
        title="Statement on visas",
        slug="statement-on-visas",
        lead="The new rules.",
        body="<p>In full.</p>",
        category=statements,
        image=image,
        publication_date=dt.datetime(2020, 10, 26, 9, 30, tzinfo=dt.UTC),
    )

    (item,) = client.get(NEWS).json()["results"]

    assert item == {
        "slug": "statement-on-visas",
        "title": "Statement on visas",
        "url": "http://testserver/news/2020/10/26/statement-on-visas/",
        "category": {
            "name": "Statements",
            "slug": "statements",
            "url": "http://testserver/news/category/statements/",
        },
        "lead": "The new rules.",
        "publication_date": "2020-10-26T09:30:00Z",
        "last_modified": "2020-10-27T15:00:00Z",
        "image": {
            "url": f"http://testserver{image.file.url}",
            "width": 400,
            "height": 200,
            "alt": "The embassy at night",
        },
    }


def test_news_detail_adds_the_body(client, frozen, statements):
    LiveArticleFactory(slug="statement-on-visas", body="<p>In <strong>full</strong>.</p>", category=statements)

    response = client.get(f"{NEWS}statement-on-visas/")

    assert response.status_code == 200
    assert response.json()["body"] == "<p>In <strong>full</strong>.</p>"
    assert response.json()["image"] is None


@pytest.mark.parametrize("slug", ["no-such-item", "a%00b", "draft-item"])
def test_unknown_or_unpublished_item_is_404(client, frozen, statements, slug):
    DraftArticleFactory(slug="draft-item", category=statements)
    assert client.get(f"{NEWS}{slug}/").status_code == 404


def test_news_filtered_by_category(client, frozen, statements):
    LiveArticleFactory(slug="a-statement", category=statements)
    LiveArticleFactory(slug="a-comment")

    assert slugs(client.get(NEWS, {"category": "statements"})) == ["a-statement"]


def test_news_filtered_by_dates_in_london_time(client, frozen, statements):
    LiveArticleFactory(slug="first-of-october", publication_date=dt.datetime(2020, 9, 30, 23, 30, tzinfo=dt.UTC))
    LiveArticleFactory(slug="september", publication_date=dt.datetime(2020, 9, 30, 22, 30, tzinfo=dt.UTC))
    LiveArticleFactory(slug="late-october", publication_date=dt.datetime(2020, 10, 21, 9, 0, tzinfo=dt.UTC))

    assert slugs(client.get(NEWS, {"date_from": "2020-10-01", "date_to": "2020-10-20"})) == ["first-of-october"]
    assert slugs(client.get(NEWS, {"date_to": "2020-09-30"})) == ["september"]


def test_news_searched_by_words_best_match_first(client, frozen, statements):
    LiveArticleFactory(slug="body-match", title="Other", body="<p>About the reception.</p>")
    LiveArticleFactory(slug="title-match", title="The reception", publication_date=NOW - dt.timedelta(days=30))
    LiveArticleFactory(slug="no-match", title="Nothing")

    assert slugs(client.get(NEWS, {"q": "reception"})) == ["title-match", "body-match"]
    assert slugs(client.get(NEWS, {"q": "reception", "category": "statements"})) == []


@pytest.mark.parametrize(
    "params, field, message",
    [
        ({"category": "no-such-category"}, "category", "Select a valid choice"),
        ({"date_from": "2020-13-45"}, "date_from", "Enter a valid date."),
    ],
)
def test_bad_filters_are_a_400_that_says_why(client, db, frozen, params, field, message):
    response = client.get(NEWS, params)
    assert response.status_code == 400
    assert message in response.json()[field][0]


@pytest.mark.parametrize(
    "query, found",
    [
        ('"visa', ["visa-centre"]),
        ("visa & | ! ( ) :*", ["visa-centre"]),
        ("'; DROP TABLE news_article; --", ["visa-centre"]),
        ("visa\x00centre", ["visa-centre"]),
        ("visa\x01\x1f\x7f", ["visa-centre"]),
        ("visa " * 2000, ["visa-centre"]),
        ("visa centre " + "x" * 10_000, ["visa-centre"]),
        ("v" * 10_000, []),
        ("Лавров", ["lavrov"]),
        ("-", []),
    ],
)
def test_odd_search_words_are_searched_as_on_the_search_page(client, frozen, statements, query, found):
    LiveArticleFactory(slug="visa-centre", title="Visa centre", body="<p>Never DROP TABLE news_article, they say.</p>")
    LiveArticleFactory(slug="lavrov", title="Сергей Лавров о визах")

    assert slugs(client.get(NEWS, {"q": query})) == found


def test_words_only_in_the_markup_are_not_found(client, frozen, statements):
    LiveArticleFactory(slug="reception", body='<p><a href="https://example.org/">Photos</a> &amp; more</p>')

    assert slugs(client.get(NEWS, {"q": "href"})) == []
    assert slugs(client.get(NEWS, {"q": "amp"})) == []
    assert slugs(client.get(NEWS, {"q": "photos"})) == ["reception"]


def test_a_search_counts_its_matches_up_to_a_cap_like_the_search_page(client, frozen, statements, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "cap", 30)
    for n in range(45):
        LiveArticleFactory(
            slug=f"visa-{n:02d}", title=f"Visa notice {n:02d}", publication_date=NOW - dt.timedelta(hours=n)
        )
    LiveArticleFactory(slug="reception", title="Reception")

    first = client.get(NEWS, {"q": "visa"}).json()
    assert (first["count"], first["count_capped"]) == (30, True)
    assert len(slugs(client.get(NEWS, {"q": "visa", "page": 2}))) == 10
    assert client.get(NEWS, {"q": "visa", "page": 3}).status_code == 404  # beyond the counted matches

    few = client.get(NEWS, {"q": "reception"}).json()
    assert (few["count"], few["count_capped"]) == (1, False)
    everything = client.get(NEWS).json()  # the plain list is counted in full
    assert (everything["count"], everything["count_capped"]) == (46, False)


def test_categories_with_their_published_item_counts(client, frozen, statements):
    CategoryFactory(name="Comments", slug="comments")
    LiveArticleFactory(category=statements)
    LiveArticleFactory(category=statements)
    DraftArticleFactory(category=statements)
    LiveArticleFactory(category=statements, publication_date=NOW + dt.timedelta(hours=1))

    response = client.get("/api/v1/categories/")

    assert response.status_code == 200
    assert {c["slug"]: c["article_count"] for c in response.json()} == {"statements": 2, "comments": 0}
    detail = client.get("/api/v1/categories/statements/").json()
    assert detail == {
        "name": "Statements",
        "slug": "statements",
        "url": "http://testserver/news/category/statements/",
        "article_count": 2,
    }


def test_the_api_is_read_only(client, frozen, statements):
    LiveArticleFactory(slug="an-item", category=statements)
    assert client.post(NEWS, {"title": "x"}).status_code == 405
    assert client.delete(f"{NEWS}an-item/").status_code == 405
    assert client.put("/api/v1/categories/statements/", {}).status_code == 405


def test_the_openapi_schema_documents_the_api(client, db):
    response = client.get("/api/schema/")

    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) >= {
        "/api/v1/news/",
        "/api/v1/news/{slug}/",
        "/api/v1/categories/",
        "/api/v1/categories/{slug}/",
    }
    parameters = {p["name"] for p in schema["paths"]["/api/v1/news/"]["get"]["parameters"]}
    assert parameters >= {"q", "category", "date_from", "date_to", "page", "page_size"}
    page = schema["components"]["schemas"]["PaginatedArticleList"]
    assert page["properties"]["count_capped"]["type"] == "boolean"
    assert "1,000" in page["properties"]["count_capped"]["description"]
    assert "count_capped" in page["required"]
    assert set(schema["paths"]["/api/v1/news/"]) == {"get"}
    assert client.get("/api/schema/?format=json").json()["info"]["title"] == "Embassy news API"


@pytest.mark.usefixtures("rendered_every_time")  # counts what a render costs
def test_the_news_list_costs_a_fixed_number_of_queries(client, db, frozen, django_assert_max_num_queries):
    for n in range(30):
        LiveArticleFactory(
            category=CategoryFactory(), image=ImageFactory(file__width=40, file__height=20) if n < 3 else None
        )

    with django_assert_max_num_queries(2):
        client.get(NEWS)
    with django_assert_max_num_queries(3):
        client.get(NEWS, {"q": "article", "category": "category-1"})
    with django_assert_max_num_queries(1):
        client.get("/api/v1/categories/")
