"""
Every public page type loads in a real browser with nothing broken: no console
error, no uncaught exception, no failed request and no HTTP error, the
"page not found" document's own 404 apart.
"""

import pytest
from playwright.sync_api import expect

from tests.factories import (
    CategoryFactory,
    FeaturedCategoryFactory,
    LiveArticleFactory,
    OfficeFactory,
    PhoneFactory,
    ScheduledArticleFactory,
)

pytestmark = pytest.mark.browser

BODY = """
<h2>People-to-people contacts</h2>
<p>The links between <strong>ordinary people</strong> remain of <em>lasting</em> importance.</p>
<ul><li>Teachers</li><li>Translators</li></ul>
<blockquote><p>Cultural ties are built slowly.</p></blockquote>
<table><tbody><tr><th><p>Day</p></th><th><p>Hours</p></th></tr><tr><td><p>Monday</p></td><td><p>09:00</p></td></tr></tbody></table>
<p>Write to <a href="mailto:consular@example.org">consular@example.org</a>.</p>
"""


@pytest.fixture
def site(masthead_content):
    """A small news site: a pinned speech, a press release, enough news for two
    archive pages, a scheduled item and the contact page's offices."""
    speeches = FeaturedCategoryFactory()
    press = CategoryFactory(name="Press releases", slug="press-releases")
    speech = LiveArticleFactory(
        category=speeches, pinned=True, title="Ambassador's address at the Russia Day reception", body=BODY
    )
    release = LiveArticleFactory(category=press, title="Changes to the visa procedure", body=BODY)
    LiveArticleFactory.create_batch(20, category=press)
    scheduled = ScheduledArticleFactory(category=press, title="Not yet released")
    PhoneFactory(office=OfficeFactory(name="Embassy reception", address="6/7 Kensington Palace Gardens\nLondon W8 4QP"))
    return {"speech": speech, "release": release, "press": press, "scheduled": scheduled}


PAGES = {
    "home": (lambda site: "/", "Ambassador's address at the Russia Day reception"),
    "article": (lambda site: site["release"].get_absolute_url(), "Changes to the visa procedure"),
    "archive": (lambda site: "/news/", "All messages"),
    "archive-page-2": (lambda site: "/news/?page=2", "All messages"),
    "category": (lambda site: site["press"].get_absolute_url(), "Press releases"),
    "contacts": (lambda site: "/contacts/", "Contacts"),
}


# The same pages in Russian (the release is in English only: its Russian address is the Russian
# news list saying so).
RUSSIAN_PAGES = {
    "home-ru": (lambda site: "/ru/", "Последние события"),
    "article-in-english-only-ru": (lambda site: "/ru" + site["release"].get_absolute_url(), "Все сообщения"),
    "archive-ru": (lambda site: "/ru/news/", "Все сообщения"),
    "category-ru": (lambda site: "/ru" + site["press"].get_absolute_url(), "Press releases"),
    "contacts-ru": (lambda site: "/ru/contacts/", "Контакты"),
}


@pytest.mark.parametrize("name", RUSSIAN_PAGES)
def test_russian_page_loads_without_browser_errors(page, live_server, site, browser_problems, name):
    path, heading = RUSSIAN_PAGES[name]

    response = page.goto(live_server.url + path(site))
    page.wait_for_load_state("networkidle")

    assert response.status == 200
    assert page.evaluate("document.documentElement.lang") == "ru"
    expect(page.get_by_role("heading", name=heading).first).to_be_visible()
    expect(page.get_by_role("list", name="Местное время")).to_be_visible()
    assert browser_problems.all() == []


@pytest.mark.parametrize("name", PAGES)
def test_public_page_loads_without_browser_errors(page, live_server, site, browser_problems, name):
    path, heading = PAGES[name]
    url = live_server.url + path(site)

    response = page.goto(url)
    page.wait_for_load_state("networkidle")

    assert response.status == 200
    expect(page.get_by_role("heading", name=heading).first).to_be_visible()
    expect(page.get_by_role("list", name="Local time")).to_be_visible()
    assert browser_problems.all() == []


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(lambda site: "/no-such-page/", id="unknown-url"),
        pytest.param(lambda site: site["scheduled"].get_absolute_url(), id="scheduled-article"),
        pytest.param(lambda site: "/news/?page=99", id="page-out-of-range"),
    ],
)
def test_not_found_page_loads_without_browser_errors(page, live_server, site, browser_problems, path):
    url = live_server.url + path(site)

    response = page.goto(url)
    page.wait_for_load_state("networkidle")

    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(page.get_by_role("list", name="Local time")).to_be_visible()  # the masthead is there too
    expect(page.get_by_role("link", name="Go to the home page")).to_be_visible()
    assert browser_problems.all(expected_status_of=(url, 404)) == []
    # The listeners did see the document's own 404, so a clean list means clean.
    assert (url, 404) in browser_problems.http_errors
    assert [url] == [where for _text, where in browser_problems.console_errors]
