"""
The newsroom's day in a real browser: a press officer writes an item in the
rich-text editor (a bold phrase, a link, an image from the library) and submits
it for review; an editor schedules it; once the clock passes its time the item
is on the home page, with nothing run in between.

The live server runs in this process, so time-machine moves its clock too.
"""

import datetime as dt
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from PIL import Image as PillowImage
from playwright.sync_api import expect

from core.clocks import LONDON
from news.models import Article
from news.roles import EDITORS, PRESS_OFFICERS
from tests.browser.helpers import BODY_EDITOR, labelled, sign_in
from tests.factories import CategoryFactory, FeaturedCategoryFactory, LiveArticleFactory

pytestmark = pytest.mark.browser

TITLE = "Ambassador meets students of Russian"


@pytest.fixture
def newsroom(transactional_db, fast_passwords):
    users = {}
    for username, group in (("press", PRESS_OFFICERS), ("editor", EDITORS)):
        user = get_user_model().objects.create_user(username, password=f"{username}-demo-2026", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    FeaturedCategoryFactory()
    LiveArticleFactory(title="An older item", publication_date=timezone.now() - dt.timedelta(days=2))
    CategoryFactory(name="Press releases", slug="press-releases")
    return users


def sign_in_as(page, live_server, username):
    sign_in(page, live_server, username, password=f"{username}-demo-2026")


def png(width=64, height=48):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(page, live_server):
    """The image library's upload form; returns the address the body editor takes."""
    page.goto(live_server.url + "/admin/images/image/add/")
    page.get_by_label("File").set_input_files({"name": "students.png", "mimeType": "image/png", "buffer": png()})
    page.get_by_label("Alt text").or_(page.get_by_label("Alternative text")).first.fill("Students in a classroom")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    return page.get_by_label("Image address").input_value()


def settle_selection(page):
    """Let the editor take in a caret the browser has just moved: it reads the
    DOM selection on the (asynchronous) selectionchange event."""
    page.wait_for_function("window.getSelection().isCollapsed")
    page.evaluate("new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))")


def select_backwards(body, characters):
    for _ in range(characters):
        body.press("Shift+ArrowLeft")


def test_press_officer_submits_editor_schedules_and_the_item_goes_live_by_itself(
    page, live_server, newsroom, time_machine, browser_problems
):
    # Press officer: an image for the library, then the item.
    sign_in_as(page, live_server, "press")
    image_address = upload_image(page, live_server)

    page.goto(live_server.url + "/admin/news/article/add/")
    labelled(page, "Title").press_sequentially(TITLE)
    page.get_by_label("Category").select_option(label="Press releases")
    labelled(page, "Lead paragraph").fill("The Ambassador met students of Russian at a London school.")

    editor = page.locator(BODY_EDITOR)
    body = editor.locator("[contenteditable=true]")
    body.click()
    body.press_sequentially("The Ambassador spoke about ")
    body.press("Control+b")
    body.press_sequentially("friendship between our peoples")
    body.press("Control+b")
    body.press_sequentially(". Read the full statement.")
    body.press("ArrowLeft")
    select_backwards(body, len("full statement"))
    editor.get_by_role("button", name="insert link").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("URL").fill("https://www.example.org/statement")
    dialog.get_by_role("button", name="Update").click()
    expect(dialog).to_be_hidden()
    body.press("Control+End")  # the end of the text, not of a wrapped line
    settle_selection(page)
    body.press("Enter")
    editor.get_by_role("button", name="figure", exact=True).click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Image URL").fill(image_address)
    dialog.get_by_label("Alternative Text").fill("Students in a classroom")
    dialog.get_by_role("button", name="Insert").click()
    expect(dialog).to_be_hidden()

    expect(body.locator("strong")).to_have_text("friendship between our peoples")
    expect(body.locator("a")).to_have_text("full statement")
    expect(body.locator("img")).to_have_count(1)
    expect(page.get_by_role("button", name="Publish now")).to_have_count(0)  # not theirs to press

    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".messagelist")).to_contain_text("Submitted for review.")
    expect(page.locator("#result_list")).to_contain_text("In review")

    # Editor: the review queue, then "Schedule for the publication time".
    sign_in_as(page, live_server, "editor")
    page.goto(live_server.url + "/admin/news/article/")
    page.get_by_role("link", name="1 item waiting for review").click()
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_text("London time, GMT/BST.").first).to_be_visible()

    release = (timezone.now() + dt.timedelta(hours=2)).astimezone(LONDON).replace(second=0, microsecond=0)
    page.locator("#id_publication_date_0").fill(release.strftime("%d/%m/%Y"))
    page.locator("#id_publication_date_1").fill(release.strftime("%H:%M"))
    page.get_by_role("button", name="Schedule for the publication time").click()

    london = f"{release.day} {release:%b %Y %H:%M} London"
    expect(page.locator(".messagelist")).to_contain_text(f"Scheduled for {london}.")
    page.get_by_role("link", name="Upcoming releases").click()
    expect(page.locator("#upcoming-releases")).to_contain_text(TITLE)
    page.get_by_role("link", name="Articles").last.click()
    expect(page.locator("#result_list")).to_contain_text(f"Scheduled · {london}")
    article = Article.objects.get(title=TITLE)
    assert article.publication_date == release
    assert article.author.username == "press"

    # The public: nothing yet, a minute before; there a minute after. Each time a visitor with a
    # browser cache of their own (pages may be kept until the next release: the server's clock
    # jumps ahead here, the browser's does not).
    browser = page.context.browser
    page = browser.new_page()
    time_machine.move_to(release - dt.timedelta(minutes=1))
    page.goto(live_server.url + "/")
    expect(page.get_by_role("link", name="An older item")).to_be_visible()
    expect(page.get_by_role("link", name=TITLE)).to_have_count(0)

    time_machine.move_to(release + dt.timedelta(minutes=1))
    page = browser.new_page()
    page.goto(live_server.url + "/")
    page.get_by_role("link", name=TITLE).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    article_body = page.locator(".article__body")
    expect(article_body.locator("strong")).to_have_text("friendship between our peoples")
    expect(article_body.get_by_role("link", name="full statement")).to_have_attribute(
        "href", "https://www.example.org/statement"
    )
    expect(article_body.get_by_role("img", name="Students in a classroom")).to_be_visible()
    assert browser_problems.page_errors == []
