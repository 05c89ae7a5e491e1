"""
A reader switches an article to Russian and back with the plain link in the header, and the
masthead's script keeps the Russian clocks, date and day counts going (its plural forms too).
"""

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.factories import CategoryFactory, IncidentCounterFactory, LiveArticleFactory, masthead_contact

pytestmark = pytest.mark.browser


@pytest.fixture
def browser_context_args(browser_context_args):
    # A browser that prefers English: only the link changes the language.
    return {**browser_context_args, "locale": "en-GB", "timezone_id": "Asia/Tokyo"}


@pytest.fixture
def article(transactional_db):
    masthead_contact()
    IncidentCounterFactory(
        sentence="{n_days} since the event", sentence_ru="{n_days} с события", start_date=dt.date(2020, 10, 7)
    )
    return LiveArticleFactory(
        title="On visas",
        title_ru="О визах",
        lead="The embassy's visa rules.",
        lead_ru="Визовые правила посольства.",
        category=CategoryFactory(name="Statements", name_ru="Заявления", slug="statements"),
        publication_date=dt.datetime(2020, 10, 20, 12, 0, tzinfo=dt.UTC),
    )


def test_a_reader_switches_an_article_to_russian_and_back(page, live_server, article):
    page.goto(live_server.url + article.get_absolute_url())
    expect(page.locator("h1")).to_have_text("On visas")

    page.get_by_role("link", name="Русский").click()

    expect(page).to_have_url(live_server.url + "/ru" + article.get_absolute_url())
    expect(page.locator("h1")).to_have_text("О визах")
    assert page.evaluate("document.documentElement.lang") == "ru"
    expect(page.get_by_role("navigation", name="Основное меню").get_by_role("link", name="Новости")).to_be_visible()

    page.get_by_role("link", name="English").click()

    expect(page).to_have_url(live_server.url + article.get_absolute_url())
    expect(page.locator("h1")).to_have_text("On visas")


def test_the_russian_masthead_keeps_ticking_with_russian_words(page, live_server, article, time_machine):
    moment = dt.datetime(2020, 10, 27, 23, 59, tzinfo=dt.UTC)  # GMT: London is UTC
    time_machine.move_to(moment, tick=False)
    page.clock.install(time=moment)
    page.goto(live_server.url + "/ru/")
    clocks = page.get_by_role("list", name="Местное время").get_by_role("listitem")
    expect(clocks).to_have_text(["Москва: 02:59", "Лондон: 23:59"])
    expect(page.locator(".masthead__today time")).to_have_text("27 октября 2020")
    expect(page.locator(".masthead__counters li")).to_have_text("20 дней с события")

    page.clock.fast_forward("01:00")

    expect(clocks).to_have_text(["Москва: 03:00", "Лондон: 00:00"])
    expect(page.locator(".masthead__today time")).to_have_text("28 октября 2020")
    expect(page.locator(".masthead__counters li")).to_have_text("21 день с события")
