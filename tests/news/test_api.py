"""The read-only JSON API: news list and detail, categories, the OpenAPI schema."""

import datetime as dt

import jsonschema
import pytest
import yaml
from django.test import Client

from news.models import Article
from news.search import CappedPaginator
from tests.factories import CategoryFactory, DraftArticleFactory, ImageFactory, LiveArticleFactory
from tests.news.moments import NOW

NEWS = "/api/v1/news/"


def slugs(response):
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["results"]]


def api_schema(client):
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    return response.json()


def assert_documented(response, path):
    """The answer's status is documented for the GET at ``path``, and its body is the one documented."""
    schema = api_schema(Client())
    documented = schema["paths"][path]["get"]["responses"]
    assert str(response.status_code) in documented, (response.status_code, sorted(documented))
    body = documented[str(response.status_code)]["content"]["application/json"]["schema"]
    jsonschema.validate(response.json(), {**body, "components": schema["components"]})


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
        ({"date_from": "2020-13-45"}, "date_from", "Enter a date as YYYY-MM-DD."),
        ({"date_from": "2020-1-5"}, "date_from", "Enter a date as YYYY-MM-DD."),
        ({"date_to": "10/26/2020"}, "date_to", "Enter a date as YYYY-MM-DD."),
        ({"date_to": "20201026"}, "date_to", "Enter a date as YYYY-MM-DD."),
        ({"page_size": "0"}, "page_size", "Enter a whole number, 1 or more."),
        ({"page_size": "-5"}, "page_size", "Enter a whole number, 1 or more."),
        ({"page_size": "1.5"}, "page_size", "Enter a whole number, 1 or more."),
        ({"page_size": "ten"}, "page_size", "Enter a whole number, 1 or more."),
    ],
)
def test_bad_filters_are_a_documented_400_that_says_why(client, db, frozen, params, field, message):
    response = client.get(NEWS, params)

    assert response.status_code == 400
    assert response.json() == {field: [message]}
    assert_documented(response, "/api/v1/news/")


@pytest.mark.parametrize("category", ["no-such-category", "\x00", "Ünïcödé\u0084 ☃", "a" * 500])
def test_a_category_no_one_has_gives_an_empty_list(client, frozen, statements, category):
    LiveArticleFactory(slug="a-statement", category=statements)

    response = client.get(NEWS, {"category": category, "q": "statement\x01\x1f"})

    assert slugs(response) == []
    assert response.json()["count"] == 0


def test_an_empty_parameter_is_the_same_as_none(client, frozen, statements):
    for n in range(25):
        LiveArticleFactory(category=statements, publication_date=NOW - dt.timedelta(hours=n))

    response = client.get(NEWS, {name: "" for name in ("q", "category", "date_from", "date_to", "page", "page_size")})

    assert response.json()["count"] == 25
    assert len(slugs(response)) == 20
    assert slugs(response) == slugs(client.get(NEWS))


def test_a_date_from_after_the_date_to_gives_an_empty_list(client, frozen, statements):
    LiveArticleFactory(category=statements, publication_date=dt.datetime(2020, 10, 5, 12, tzinfo=dt.UTC))

    assert slugs(client.get(NEWS, {"date_from": "2020-10-10", "date_to": "2020-10-01"})) == []


@pytest.mark.parametrize("page_size, shown", [("1", 1), ("07", 7), ("100", 100), ("101", 100), ("9" * 5000, 100)])
def test_page_size_is_a_whole_number_and_at_most_one_hundred(client, frozen, statements, page_size, shown):
    Article.objects.bulk_create(
        LiveArticleFactory.build(category=statements, slug=f"item-{n}", publication_date=NOW - dt.timedelta(hours=n))
        for n in range(120)
    )

    assert len(slugs(client.get(NEWS, {"page_size": page_size}))) == shown


@pytest.mark.parametrize("page", ["0", "3", "abc", "-1", "1.0"])
def test_a_page_that_does_not_exist_is_a_documented_404(client, frozen, statements, page):
    LiveArticleFactory(category=statements)

    response = client.get(NEWS, {"page": page, "page_size": "1"})

    assert response.status_code == 404
    assert_documented(response, "/api/v1/news/")


@pytest.mark.parametrize(
    "address, operation",
    [
        ("/api/v1/news/no-such-item/", "/api/v1/news/{slug}/"),
        ("/api/v1/news/%C2%84/", "/api/v1/news/{slug}/"),
        ("/api/v1/news/a%00b/", "/api/v1/news/{slug}/"),
        ("/api/v1/news/a%2Fb/", "/api/v1/news/{slug}/"),
        ("/api/v1/categories/no-such-category/", "/api/v1/categories/{slug}/"),
        ("/api/v1/categories/%E2%98%83/", "/api/v1/categories/{slug}/"),
    ],
)
def test_an_unknown_slug_is_a_documented_json_404(client, frozen, statements, address, operation):
    response = client.get(address)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"detail"}
    assert_documented(response, operation)


def test_any_other_api_address_is_a_json_404_and_the_site_keeps_its_html_404(client, db):
    for address in ("/api/", "/api/v2/", "/api/v1/news/a/b/", "/api/v1/nothing%0A/"):
        response = client.get(address)
        assert (response.status_code, response.json()) == (404, {"detail": "Not found."}), address
        assert client.post(address).status_code == 404, address

    assert client.get("/api/v1/news", follow=False)["Location"] == "/api/v1/news/"  # the slash is still added
    page = client.get("/news/no/such/page/")
    assert page.status_code == 404 and page["Content-Type"].startswith("text/html")


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


@pytest.mark.parametrize(
    "path, statuses",
    [
        # 400: a refused parameter (every operation takes ?lang=en|ru).
        ("/api/v1/news/", {"200", "304", "400", "404"}),
        ("/api/v1/news/{slug}/", {"200", "304", "400", "404"}),
        ("/api/v1/categories/", {"200", "304", "400"}),
        ("/api/v1/categories/{slug}/", {"200", "304", "400", "404"}),
    ],
)
def test_every_operation_documents_every_answer_and_conditional_requests(client, db, path, statuses):
    operation = api_schema(client)["paths"][path]["get"]

    assert set(operation["responses"]) == statuses
    assert "content" not in operation["responses"]["304"]  # no body
    headers = {p["name"] for p in operation["parameters"] if p["in"] == "header"}
    assert headers == {"If-None-Match", "If-Modified-Since"}
    assert set(operation["responses"]["200"]["headers"]) == {"ETag", "Last-Modified"}
    if "404" in statuses:
        error = operation["responses"]["404"]["content"]["application/json"]["schema"]
        assert error == {"$ref": "#/components/schemas/NotFound"}


def test_the_news_list_parameters_state_their_bounds_and_empty_values(client, db):
    operation = api_schema(client)["paths"]["/api/v1/news/"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"] if p["in"] == "query"}
    empty = {"type": "string", "maxLength": 0}

    assert parameters["page"]["schema"] == {"oneOf": [{"type": "integer", "minimum": 1}, empty]}
    assert parameters["page_size"]["schema"] == {"oneOf": [{"type": "integer", "minimum": 1}, empty]}
    assert "at most 100" in parameters["page_size"]["description"]
    for name in ("date_from", "date_to"):
        assert parameters[name]["schema"] == {"oneOf": [{"type": "string", "format": "date"}, empty]}
        assert "Empty: no such bound" in parameters[name]["description"]
    for name in ("q", "category"):
        assert parameters[name]["schema"] == {"type": "string"}  # any text: never a 400
    assert parameters["lang"]["schema"] == {"oneOf": [{"type": "string", "enum": ["en", "ru"]}, empty]}
    refused = api_schema(client)["components"]["schemas"]["NewsListError"]["properties"]
    assert set(refused) == {"date_from", "date_to", "page_size", "lang"}


@pytest.mark.usefixtures("rendered_every_time")  # counts what a render costs
def test_the_news_list_costs_a_fixed_number_of_queries(client, db, frozen, django_assert_max_num_queries):
    for n in range(30):
        LiveArticleFactory(
            category=CategoryFactory(), image=ImageFactory(file__width=40, file__height=20) if n < 3 else None
        )

    client.get(NEWS)  # fills the live summary (counts, news.listing)

    with django_assert_max_num_queries(2):  # the count of writes (is the summary current?) and the page
        client.get(NEWS)
    with django_assert_max_num_queries(2):
        client.get(NEWS, {"page": 2})
    with django_assert_max_num_queries(3):
        client.get(NEWS, {"q": "article", "category": "category-1"})
    with django_assert_max_num_queries(2):  # the count of writes and the categories
        client.get("/api/v1/categories/")


@pytest.mark.usefixtures("rendered_every_time")  # counts what a render does
def test_the_news_list_reads_its_filters_once(client, db, frozen, monkeypatch):
    from news.api.filters import ArticleFilter

    statements = CategoryFactory(slug="statements")
    LiveArticleFactory(category=statements, publication_date=NOW - dt.timedelta(days=1))
    LiveArticleFactory(publication_date=NOW - dt.timedelta(days=2))
    made = []
    original_init = ArticleFilter.__init__

    def counting_init(self, *args, **kwargs):
        made.append(type(self).__name__)
        original_init(self, *args, **kwargs)

    monkeypatch.setattr(ArticleFilter, "__init__", counting_init)

    answer = client.get(NEWS, {"category": "statements", "date_from": "2000-01-01"})

    # One filter set filters the list, and the pagination reads its form to count from the summary.
    assert made == ["WordsLastArticleFilter"]
    assert answer.json()["count"] == 1
