"""
The masthead's clocks, date and day counters keep going in the visitor's
browser (static/js/clock.js), right across summer-time changes and London
midnight; without JavaScript the server's text stays.

The server is frozen at the moment the page is served (time-machine) and the
browser's clock is Playwright's fake clock, started at that same moment. The
browser itself is set to Tokyo time, so only the script's own time zones
(Europe/Moscow, Europe/London) can give the right answers.
"""

import datetime as dt

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

UTC = dt.UTC


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "timezone_id": "Asia/Tokyo"}


@pytest.fixture
def open_home_at(page, live_server, masthead_content, time_machine):
    """Serve and show the home page at ``moment`` (UTC), on server and browser alike."""

    def open_home(moment):
        time_machine.move_to(moment, tick=False)
        page.clock.install(time=moment)
        page.goto(live_server.url + "/")
        return page

    return open_home


def clocks(page):
    return page.get_by_role("list", name="Local time").get_by_role("listitem")


def masthead_date(page):
    return page.locator(".masthead__today time")


def counters(page):
    return page.locator(".masthead__counters li")


def test_clocks_advance_by_themselves_a_minute_later(open_home_at):
    page = open_home_at(dt.datetime(2020, 10, 27, 15, 0, tzinfo=UTC))
    expect(clocks(page)).to_have_text(["Moscow: 18:00", "London: 15:00"])
    page.evaluate("window.sameDocument = true")

    page.clock.fast_forward("01:00")

    expect(clocks(page)).to_have_text(["Moscow: 18:01", "London: 15:01"])
    assert page.evaluate("window.sameDocument") is True  # not reloaded: the script did it


def test_clocks_keep_running_minute_after_minute(open_home_at):
    page = open_home_at(dt.datetime(2020, 10, 27, 15, 0, tzinfo=UTC))

    page.clock.run_for("10:00")

    expect(clocks(page)).to_have_text(["Moscow: 18:10", "London: 15:10"])


def test_london_springs_forward_on_29_march_2020_and_moscow_london_becomes_two_hours(open_home_at):
    page = open_home_at(dt.datetime(2020, 3, 29, 0, 59, tzinfo=UTC))
    expect(clocks(page)).to_have_text(["Moscow: 03:59", "London: 00:59"])  # 3 hours apart

    page.clock.fast_forward("01:00")  # 01:00 UTC: British Summer Time begins

    expect(clocks(page)).to_have_text(["Moscow: 04:00", "London: 02:00"])  # 2 hours apart


def test_london_falls_back_on_25_october_2020_and_moscow_london_becomes_three_hours(open_home_at):
    page = open_home_at(dt.datetime(2020, 10, 25, 0, 59, tzinfo=UTC))
    expect(clocks(page)).to_have_text(["Moscow: 03:59", "London: 01:59"])  # 2 hours apart

    page.clock.fast_forward("01:00")  # 01:00 UTC: back to Greenwich Mean Time

    expect(clocks(page)).to_have_text(["Moscow: 04:00", "London: 01:00"])  # 3 hours apart


def test_date_and_day_counters_roll_over_at_london_midnight_not_utc_midnight(open_home_at):
    # 22:59 UTC on 24 October 2020 is 23:59 in London (summer time).
    page = open_home_at(dt.datetime(2020, 10, 24, 22, 59, tzinfo=UTC))
    expect(masthead_date(page)).to_have_text("24 October 2020")
    expect(counters(page)).to_have_text(
        [
            "965 days have passed since the Salisbury incident",
            "957 days have passed since the death of Nikolay Glushkov on British soil",
        ]
    )

    page.clock.fast_forward("01:00")  # London midnight; still 24 October in UTC

    expect(masthead_date(page)).to_have_text("25 October 2020")
    expect(masthead_date(page)).to_have_attribute("datetime", "2020-10-25")
    expect(clocks(page)).to_have_text(["Moscow: 02:00", "London: 00:00"])
    expect(counters(page)).to_have_text(
        [
            "966 days have passed since the Salisbury incident",
            "958 days have passed since the death of Nikolay Glushkov on British soil",
        ]
    )


def test_date_stays_until_london_midnight(open_home_at):
    # 23:59 UTC on 25 October 2020 is 23:59 in London too (winter time).
    page = open_home_at(dt.datetime(2020, 10, 25, 23, 58, 30, tzinfo=UTC))

    page.clock.fast_forward("01:00")

    expect(clocks(page)).to_have_text(["Moscow: 02:59", "London: 23:59"])
    expect(masthead_date(page)).to_have_text("25 October 2020")
    expect(counters(page).first).to_have_text("966 days have passed since the Salisbury incident")


def test_without_javascript_the_server_rendered_masthead_is_shown(browser, live_server, masthead_content, time_machine):
    time_machine.move_to(dt.datetime(2020, 10, 27, 15, 0, tzinfo=UTC), tick=False)
    context = browser.new_context(java_script_enabled=False, locale="en-GB", timezone_id="Asia/Tokyo")
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")

        # The browser's real clock says otherwise; only the server's text can show these.
        expect(clocks(page)).to_have_text(["Moscow: 18:00", "London: 15:00"])
        expect(masthead_date(page)).to_have_text("27 October 2020")
        expect(counters(page)).to_have_text(
            [
                "968 days have passed since the Salisbury incident",
                "960 days have passed since the death of Nikolay Glushkov on British soil",
            ]
        )
        expect(page.get_by_role("banner").get_by_role("link", name="+44 (0) 203 668 7474")).to_be_visible()
    finally:
        context.close()
