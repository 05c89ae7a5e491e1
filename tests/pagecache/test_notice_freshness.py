"""
A site notice appears on every page at its second and leaves at its second from a warm cache,
no page's ``max-age`` reaches past its start or end, and a staff change to a notice shows on the
next request (with each worker's memory cache and with Redis).
"""

import pytest

from tests.factories import NoticeFactory
from tests.pagecache.pages import at, cache_control, public_content, visit

CLOSED = "The consular section is closed on 4 November."


def html_pages(article):
    return ["/", "/news/", article.category.get_absolute_url(), article.get_absolute_url(), "/contacts/"]


def test_a_notice_appears_at_its_second_and_leaves_at_its_second_on_a_warm_cache(client, clock):
    article = public_content()
    NoticeFactory(text=CLOSED, starts_at=at(20), ends_at=at(45))
    pages = html_pages(article)
    for url in pages:
        assert CLOSED not in client.get(url).content.decode(), url

    clock.move_to(at(19.999))
    for url in pages:
        response, queries = visit(client, url)
        assert queries == 0, url  # served from the cache, and right to be
        assert CLOSED not in response.content.decode(), url

    clock.move_to(at(20))
    for url in pages:
        assert CLOSED in client.get(url).content.decode(), url

    clock.move_to(at(44.999))
    for url in pages:
        response, queries = visit(client, url)
        assert queries == 0, url
        assert CLOSED in response.content.decode(), url

    clock.move_to(at(45))
    for url in pages:
        assert CLOSED not in client.get(url).content.decode(), url


def test_max_age_ends_at_the_next_start_of_a_notice(client, clock):
    article = public_content()
    NoticeFactory(starts_at=at(40), ends_at=at(3600))
    clock.move_to(at(10))

    for url in ["/", article.get_absolute_url(), "/news/feed/rss/", "/api/v1/news/"]:
        directives = cache_control(client.get(url))
        assert directives["max-age"] == directives["s-maxage"] == 29, url  # less one: whole-second caches

    clock.move_to(at(25.5))
    response, queries = visit(client, "/")
    assert queries == 0
    assert cache_control(response)["max-age"] == 13  # counted from 26, less one: never past the start


def test_max_age_ends_at_the_end_of_a_notice_shown_now(client, clock):
    public_content()
    NoticeFactory(starts_at=at(-3600), ends_at=at(25))

    assert cache_control(client.get("/news/"))["max-age"] == 24


def test_notices_long_ended_or_far_ahead_leave_the_minute_alone(client, clock):
    public_content()
    NoticeFactory(starts_at=at(-7200), ends_at=at(-3600))
    NoticeFactory(starts_at=at(7200), ends_at=None)
    clock.move_to(at(12))

    assert cache_control(client.get("/"))["max-age"] == 47


def test_a_warm_page_with_a_notice_runs_no_query_and_keeps_its_validators(client, clock):
    article = public_content()
    NoticeFactory(text=CLOSED)
    first = client.get(article.get_absolute_url())
    assert CLOSED in first.content.decode()

    again, queries = visit(client, article.get_absolute_url())
    assert queries == 0
    assert again["ETag"] == first["ETag"] and again["Last-Modified"] == first["Last-Modified"]
    assert client.get(article.get_absolute_url(), headers={"if-none-match": first["ETag"]}).status_code == 304


def test_a_notice_that_starts_makes_a_new_etag(client, clock):
    public_content()
    NoticeFactory(text=CLOSED, starts_at=at(20), ends_at=at(60 * 60))
    before = client.get("/")

    clock.move_to(at(20))
    after = client.get("/", headers={"if-none-match": before["ETag"]})

    assert after.status_code == 200 and CLOSED in after.content.decode()
    assert after["ETag"] != before["ETag"]


@pytest.mark.parametrize("change", ["add", "edit", "delete"])
def test_a_staff_change_to_a_notice_shows_on_the_next_request(client, clock, change):
    article = public_content()
    notice = NoticeFactory(text="The visa centre opens late today.") if change != "add" else None
    pages = html_pages(article)
    for url in pages:
        client.get(url)
        assert visit(client, url)[1] == 0, url

    if change == "add":
        NoticeFactory(text=CLOSED)
    elif change == "edit":
        notice.text = CLOSED
        notice.save()
    else:
        notice.delete()

    for url in pages:
        content = client.get(url).content.decode()
        assert (CLOSED in content) is (change != "delete"), url
        assert "opens late today" not in content, url
