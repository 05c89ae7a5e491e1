"""
A visitor's walk through the public site on a 390×844 phone and on a desktop:
home → an article → the archive's page 2 → a category (reached from the
navigation) → search, with and without results → contacts, and every other
page kind (a year and a month, a 404, the accessibility and privacy pages).

On the phone the masthead keeps everything it shows (date, clocks, consular
contact, both day counters), yet the first heading of each page's <main>
starts within 320 px of the top; the same holds with Russian-length text
(the Russian site under /ru/: a long Russian site name, Russian clocks, counters and month names). The
consular contact opens from its disclosure; on a desktop, article and archive
pages have their side column beside the text.
"""

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.factories import (
    CategoryFactory,
    FeaturedCategoryFactory,
    IncidentCounterFactory,
    LiveArticleFactory,
    masthead_contact,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
PHONE_HEADING_LIMIT = 320

# The first heading of <main> that a sighted visitor sees (the home page's h1 is for screen readers).
FIRST_HEADING_TOP = """() => {
  const headings = [...document.querySelectorAll("main h1, main h2, main h3")]
    .filter((h) => h.getBoundingClientRect().width > 1);
  return headings.length ? headings[0].getBoundingClientRect().top + window.scrollY : null;
}"""

ENGLISH_COUNTERS = [
    "{days} days have passed since the Salisbury incident - the Russian side has still received "
    "no official information on the investigation",
    "{days} days have passed since the death of Nikolay Glushkov on British soil - the Russian "
    "side has still received no information on the investigation",
]
RUSSIAN_COUNTERS = [
    "{days} дней прошло с момента инцидента в Солсбери – российская сторона до сих пор не получила "
    "никакой официальной информации о ходе расследования",
    "{days} дней прошло с момента гибели Николая Глушкова на британской земле – российская сторона "
    "до сих пор не получила никакой информации о ходе расследования",
]
RUSSIAN_SITE_NAME = "Посольство Российской Федерации в Соединённом Королевстве Великобритании и Северной Ирландии"

# What the walk reads and types in each language: the Russian site lives under /ru/, with every
# item, category and counter in Russian (and a long Russian site name).
ENGLISH = {
    "prefix": "",
    "counters": ENGLISH_COUNTERS,
    "release": "Changes to the visa procedure",
    "press": "Press releases",
    "found": "visa",
    "accessibility": "WCAG",
    "privacy": "sets no cookies",
}
RUSSIAN = {
    "prefix": "/ru",
    "counters": RUSSIAN_COUNTERS,
    "release": "Изменения в визовом режиме",
    "press": "Пресс-релизы",
    "found": "визовом",
    "accessibility": "Руководству",
    "privacy": "не устанавливает никаких файлов cookie",
}


@pytest.fixture(params=["english", "russian"])
def text(request, settings):
    """The site in English, or the Russian site (under /ru/, its text as long as Russian runs)."""
    if request.param == "russian":
        settings.EMBASSY_SITE_NAME = RUSSIAN_SITE_NAME
        return RUSSIAN
    return ENGLISH


def russian(text, **fields):
    """The Russian version's fields when the walk is in Russian."""
    return {f"{name}_ru": value for name, value in fields.items()} if text is RUSSIAN else {}


@pytest.fixture
def newsroom(db, text, time_machine):
    time_machine.move_to(dt.datetime(2026, 10, 27, 15, 0, tzinfo=dt.UTC), tick=True)
    masthead_contact()
    starts = [dt.date(2018, 3, 4), dt.date(2018, 3, 12)]
    for order, (sentence, start) in enumerate(zip(text["counters"], starts, strict=True)):
        IncidentCounterFactory(
            sentence=ENGLISH_COUNTERS[order], start_date=start, order=order, **russian(text, sentence=sentence)
        )
    speeches = FeaturedCategoryFactory(
        name="Speeches, interviews, articles", slug="speeches", **russian(text, name="Выступления, интервью, статьи")
    )
    press = CategoryFactory(name="Press releases", slug="press-releases", **russian(text, name="Пресс-релизы"))
    CategoryFactory(name="Statements", slug="statements", **russian(text, name="Заявления"))
    LiveArticleFactory(
        category=speeches,
        pinned=True,
        title="Ambassador's address at the Russia Day reception",
        **russian(text, title="Выступление Посла на приёме по случаю Дня России", lead="Текст выступления."),
    )
    release = LiveArticleFactory(
        category=press,
        title="Changes to the visa procedure",
        publication_date=dt.datetime(2026, 10, 20, 9, 30, tzinfo=dt.UTC),
        **russian(text, title="Изменения в визовом режиме", lead="О новом порядке подачи документов."),
    )
    LiveArticleFactory.create_batch(
        22,
        category=press,
        publication_date=dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC),
        **russian(text, title="Сообщение пресс-службы", lead="Краткое содержание сообщения."),
    )
    return {"release": release, "press": press, "prefix": text["prefix"], "text": text}


def open_at(page, viewport):
    page.set_viewport_size(viewport)
    return page


def first_heading_top(page):
    page.wait_for_load_state("load")
    top = page.evaluate(FIRST_HEADING_TOP)
    assert top is not None, f"{page.url} has no heading in <main>"
    return top


def assert_heading_near_top(page, viewport):
    """On a phone, the page's first heading is within 320 px of the top (the masthead all there)."""
    if viewport is PHONE:
        top = first_heading_top(page)
        assert top <= PHONE_HEADING_LIMIT, f"{page.url}: the first heading starts at {top:.0f} px"
    masthead = page.locator(".masthead")
    expect(masthead.locator(".masthead__today time")).to_be_visible()
    expect(masthead.locator(".masthead__clocks")).to_be_visible()
    expect(masthead.locator(".masthead__counter-list li")).to_have_count(2)


def assert_side_column(page):
    """On a desktop the side column sits to the right of the text, level with it."""
    main = page.locator(".page-columns__main").bounding_box()
    side = page.locator(".sidebar").bounding_box()
    assert side["x"] >= main["x"] + main["width"]
    assert side["y"] < main["y"] + 200


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_visitor_walks_from_home_to_contacts_with_headings_in_sight(page, live_server, newsroom, viewport):
    prefix, text = newsroom["prefix"], newsroom["text"]
    open_at(page, viewport)
    page.goto(live_server.url + prefix + "/")
    assert_heading_near_top(page, viewport)

    # The consular contact: a line on a desktop, a disclosure that opens on a phone.
    phone_link = page.locator(".masthead a[href^='tel:']").locator("visible=true")
    if viewport is PHONE:
        expect(phone_link).to_have_count(0)
        page.locator(".masthead__disclosure summary").click()
    expect(phone_link).to_have_count(1)
    expect(phone_link).to_have_text("+44 (0) 203 668 7474")

    # An article from the home page's latest events.
    page.locator(".latest").get_by_role("link", name=text["release"]).click()
    expect(page).to_have_url(live_server.url + prefix + newsroom["release"].get_absolute_url())
    expect(page.locator("main h1")).to_have_text(text["release"])
    assert_heading_near_top(page, viewport)
    if viewport is DESKTOP:
        assert_side_column(page)

    # The archive from the navigation, then its second page.
    page.locator(f".site-nav a[href='{prefix}/news/']").click()
    page.locator(".pagination a[rel='next']").click()
    expect(page).to_have_url(live_server.url + prefix + "/news/?page=2")
    assert_heading_near_top(page, viewport)
    if viewport is DESKTOP:
        assert_side_column(page)

    # A category, from the navigation's list of categories.
    categories = page.locator(".site-nav__categories")
    expect(categories.get_by_role("link", name=text["press"])).to_be_hidden()
    categories.locator("summary").click()
    categories.get_by_role("link", name=text["press"]).click()
    expect(page).to_have_url(live_server.url + prefix + "/news/category/press-releases/")
    expect(page.locator("main h1")).to_have_text(text["press"])
    assert_heading_near_top(page, viewport)

    # Search from the header's box: words that match, then words that do not.
    search = page.locator(".site-search input[name='q']")
    search.fill(text["found"])
    search.press("Enter")
    expect(page.locator(".search-result").first).to_be_visible()
    assert_heading_near_top(page, viewport)
    search = page.locator(".site-search input[name='q']")
    search.fill("zzzqqxnothing")
    search.press("Enter")
    expect(page.locator(".search-result")).to_have_count(0)
    assert_heading_near_top(page, viewport)

    # Contacts.
    page.locator(f".site-nav a[href='{prefix}/contacts/']").click()
    expect(page).to_have_url(live_server.url + prefix + "/contacts/")
    assert_heading_near_top(page, viewport)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("path", ["/news/2026/", "/news/2026/09/", "/no-such-page/", "/accessibility/", "/privacy/"])
def test_other_page_kinds_keep_their_heading_in_sight(page, live_server, newsroom, viewport, path):
    open_at(page, viewport)
    page.goto(live_server.url + newsroom["prefix"] + path)
    assert_heading_near_top(page, viewport)
    if viewport is DESKTOP and path.startswith("/news/"):
        assert_side_column(page)


# Where the side column's first heading starts, against the page's h1, and how big it is.
SIDE_COLUMN_START = """() => {
  const heading = document.querySelector(".sidebar h2");
  const top = (element) => element.getBoundingClientRect().top;
  return {
    offset: top(heading) - top(document.querySelector("main h1")),
    size: getComputedStyle(heading).fontSize,
    rule: getComputedStyle(heading.closest(".sidebar > *")).borderTopWidth,
  };
}"""


def test_an_items_see_also_opens_its_side_column_as_categories_open_an_archives(page, live_server, newsroom):
    """On a desktop, "See also" starts level with the item's title, under a heading like the
    archive's "Categories", with no rule above it: no gap at the top of the side column."""
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + newsroom["prefix"] + "/news/")
    archive = page.evaluate(SIDE_COLUMN_START)

    page.goto(live_server.url + newsroom["prefix"] + newsroom["release"].get_absolute_url())
    expect(page.locator(".sidebar h2").first).to_have_id("related-heading")
    item = page.evaluate(SIDE_COLUMN_START)

    assert abs(item["offset"]) <= 2, f"See also starts {item['offset']:.0f} px below the item's title"
    assert abs(archive["offset"]) <= 2
    assert item["size"] == archive["size"]
    assert item["rule"] == archive["rule"] == "0px"


def test_footer_links_reach_the_accessibility_and_privacy_pages(page, live_server, newsroom):
    prefix, text = newsroom["prefix"], newsroom["text"]
    page.goto(live_server.url + prefix + "/")
    footer = page.locator(".site-footer")
    expect(footer.locator(f"a[href='{prefix}/news/feed/rss/']")).to_be_visible()
    expect(footer.locator("a[href^='tel:']")).to_have_text("+44 (0) 203 668 7474")
    footer.locator(f"a[href='{prefix}/accessibility/']").click()
    expect(page.locator("main h1")).to_be_visible()
    expect(page.locator("main")).to_contain_text(text["accessibility"])
    page.locator(f".site-footer a[href='{prefix}/privacy/']").click()
    expect(page.locator("main")).to_contain_text(text["privacy"])
    assert page.context.cookies() == []


def test_a_printed_article_is_the_text_in_a_serif_with_its_links_written_out(page, live_server, newsroom):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + newsroom["prefix"] + newsroom["release"].get_absolute_url())
    category_link = page.locator(".article__meta a")
    expect(page.locator(".site-nav")).to_be_visible()

    page.emulate_media(media="print")

    for chrome in (".masthead", ".site-nav", ".site-search", ".sidebar", ".site-footer"):
        expect(page.locator(chrome)).to_be_hidden()
    expect(page.locator("main h1")).to_be_visible()
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith('"Embassy Serif"')
    printed = category_link.evaluate("link => getComputedStyle(link, '::after').content")
    assert printed == f'" ({newsroom["prefix"]}/news/category/press-releases/)"'
