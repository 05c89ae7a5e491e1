"""Paginated public pages take a page number and nothing else: any other value is a 404."""

import datetime as dt

import pytest

from tests.factories import CategoryFactory, LiveArticleFactory

NOW = dt.datetime(2020, 10, 27, 15, 0, tzinfo=dt.UTC)

# Each paginated page with the parameters it needs besides the page number.
PAGES = {
    "archive": ("/news/", {}),
    "category": ("/news/category/statements/", {}),
    "year": ("/news/2020/", {}),
    "month": ("/news/2020/10/", {}),
    "search": ("/news/search/", {"q": "visa"}),
}


@pytest.fixture
def items(db, time_machine):
    time_machine.move_to(NOW, tick=False)
    statements = CategoryFactory(name="Statements", slug="statements")
    for n in range(25):
        LiveArticleFactory(title=f"Visa notice {n}", category=statements, publication_date=NOW - dt.timedelta(hours=n))


def get(client, page, number):
    path, parameters = PAGES[page]
    return client.get(path, {**parameters, "page": number})


@pytest.mark.parametrize("page", PAGES)
def test_page_numbers_within_the_list_work(client, items, page):
    assert get(client, page, "1").status_code == 200
    assert get(client, page, "2").status_code == 200


@pytest.mark.parametrize("number", ["last", "3", "0", "-1", "+2", " 2", "2_0", "٢", "1.0", "0x2"])
@pytest.mark.parametrize("page", PAGES)
def test_a_page_value_that_is_not_a_page_of_the_list_is_404(client, items, page, number):
    assert get(client, page, number).status_code == 404


@pytest.mark.parametrize("number", ["last", "+2", "٢"])
def test_the_api_list_takes_page_numbers_only_too(client, items, number):
    response = client.get("/api/v1/news/", {"page": number})
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page."}
