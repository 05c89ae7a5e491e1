"""
A cached page is never early and never late: with the clock frozen and the
cache warm, a scheduled item appears at its second and an expiring one leaves
at its second, the masthead's clock moves on at the minute, and no
``max-age`` reaches past any of these moments.
"""

import datetime as dt
import math

import pytest

from tests.factories import ExpiredArticleFactory, LiveArticleFactory, ScheduledArticleFactory
from tests.pagecache.pages import at, cache_control, public_content, visit


def test_a_scheduled_item_appears_at_its_second_on_a_warm_cache(client, clock):
    article = public_content()
    ScheduledArticleFactory(
        title="The embassy's statement at half past", publication_date=at(30), category=article.category
    )
    pages = ["/", "/news/", article.category.get_absolute_url(), "/news/feed/rss/", "/api/v1/news/"]
    for url in pages:
        assert "statement at half past" not in client.get(url).content.decode()

    clock.move_to(at(29.999))
    for url in pages:
        response, queries = visit(client, url)
        assert queries == 0, url  # still served from the cache ...
        assert "statement at half past" not in response.content.decode(), url  # ... and right to be

    clock.move_to(at(30))
    for url in pages:
        assert "statement at half past" in client.get(url).content.decode(), url


def test_a_scheduled_item_s_own_address_answers_at_its_second(client, clock):
    public_content()
    scheduled = ScheduledArticleFactory(publication_date=at(30))
    url = scheduled.get_absolute_url()
    assert client.get(url).status_code == 404

    clock.move_to(at(29.999))
    assert client.get(url).status_code == 404
    clock.move_to(at(30))
    assert client.get(url).status_code == 200


def test_an_expiring_item_leaves_at_its_second_on_a_warm_cache(client, clock):
    article = public_content()
    expiring = LiveArticleFactory(title="A notice until half past", expires_at=at(30), category=article.category)
    lists = ["/", "/news/", article.category.get_absolute_url(), "/api/v1/news/"]
    pages = [*lists, expiring.get_absolute_url()]
    for url in pages:
        assert "notice until half past" in client.get(url).content.decode(), url

    clock.move_to(at(29.999))
    for url in pages:
        response, queries = visit(client, url)
        assert queries == 0, url
        assert "notice until half past" in response.content.decode(), url

    clock.move_to(at(30))
    for url in lists:
        assert "notice until half past" not in client.get(url).content.decode(), url
    assert client.get(expiring.get_absolute_url()).status_code == 404


def test_the_masthead_clock_moves_on_at_the_minute(client, clock):
    public_content()
    assert "12:00" in client.get("/").content.decode()

    clock.move_to(at(59.999))
    response, queries = visit(client, "/")
    assert queries == 0
    assert "12:00" in response.content.decode()

    clock.move_to(at(60))
    response, queries = visit(client, "/")
    assert queries > 0
    assert "12:01" in response.content.decode()


def test_max_age_ends_at_the_next_release(client, clock):
    article = public_content()
    ScheduledArticleFactory(publication_date=at(40))
    clock.move_to(at(10))

    for url in ["/", article.get_absolute_url(), "/api/v1/news/"]:
        directives = cache_control(client.get(url))
        assert directives["public"] is True
        # One second less than the 30 left: see the next test.
        assert directives["max-age"] == directives["s-maxage"] == 29, url

    clock.move_to(at(25.5))
    response, queries = visit(client, "/")
    assert queries == 0
    assert cache_control(response)["max-age"] == 13  # counted from 26, less one: never past the release


@pytest.mark.parametrize("sent", [10, 10.001, 10.5, 10.999])
def test_a_cache_counting_whole_seconds_never_keeps_a_page_past_the_release(client, clock, sent):
    """nginx keeps a page until the end of the second its lifetime ends in, counted from the
    second it got the page in: a page sent at 10.999 that reaches it at 11.001 with 29 seconds
    (all of them, rounded down) would be kept until 40.999, past a release at 40."""
    public_content()
    ScheduledArticleFactory(publication_date=at(40))
    clock.move_to(at(sent))

    max_age = cache_control(client.get("/news/"))["max-age"]

    got = math.ceil(sent)  # the latest second the page can reach the cache in, within a second of sending
    kept_until = got + max_age + 1
    assert kept_until <= 40
    assert kept_until >= 39  # and not much shorter than need be


def test_max_age_ends_at_the_next_expiry(client, clock):
    public_content()
    LiveArticleFactory(expires_at=at(20))

    assert cache_control(client.get("/news/"))["max-age"] == 19


def test_max_age_ends_with_the_london_minute_when_nothing_is_due(client, clock):
    public_content()
    ScheduledArticleFactory(publication_date=at(3600))
    ExpiredArticleFactory()
    clock.move_to(at(12))

    assert cache_control(client.get("/"))["max-age"] == 47


def test_in_summer_time_the_minute_still_ends_on_the_minute(client, clock):
    public_content()
    clock.move_to(dt.datetime(2020, 7, 1, 11, 30, 45, tzinfo=dt.UTC))  # 12:30:45 BST

    response = client.get("/")

    assert "12:30" in response.content.decode()
    assert cache_control(response)["max-age"] == 14


def test_a_clock_set_back_never_serves_a_page_rendered_in_its_future(client, clock):
    public_content()
    ScheduledArticleFactory(title="Released at half past", publication_date=at(30))
    clock.move_to(at(40))
    assert "Released at half past" in client.get("/").content.decode()

    clock.move_to(at(20))

    assert "Released at half past" not in client.get("/").content.decode()
