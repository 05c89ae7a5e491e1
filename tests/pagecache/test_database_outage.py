"""While the database is unreachable, a page still fresh in the cache is served; others get the 503 page."""

import pytest

from tests.embassy.outages import database_unreachable
from tests.pagecache.pages import public_content


@pytest.mark.django_db(transaction=True)
def test_a_cached_page_is_served_while_the_database_is_unreachable(client):
    article = public_content()
    assert client.get(article.get_absolute_url()).status_code == 200

    with database_unreachable():
        cached = client.get(article.get_absolute_url())
        uncached = client.get("/news/")

    assert cached.status_code == 200
    assert "On visas" in cached.content.decode()
    assert uncached.status_code == 503
