"""
A press officer writes an item in the admin with the rich-text editor
(django-prose-editor), makes a word bold with the toolbar and the keyboard,
publishes it, and the public page shows it so.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import BODY_EDITOR, PASSWORD, labelled, sign_in
from tests.factories import CategoryFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def press_officer(django_user_model, fast_passwords):
    return django_user_model.objects.create_superuser("press", "press@example.org", PASSWORD)


def test_press_officer_publishes_an_item_with_a_bold_word_from_the_editor(
    page, live_server, press_officer, browser_problems
):
    CategoryFactory(name="Press releases", slug="press-releases")
    sign_in(page, live_server, press_officer.username)

    page.get_by_role("link", name="Articles").first.click()
    page.get_by_role("link", name="Add article").click()
    labelled(page, "Title").press_sequentially("Ambassador meets students")
    expect(page.get_by_label("Web address")).to_have_value("ambassador-meets-students")  # prepopulated
    page.get_by_label("Category").select_option(label="Press releases")
    labelled(page, "Lead paragraph").fill("The Ambassador met students of Russian.")

    editor = page.locator(BODY_EDITOR)
    body = editor.locator("[contenteditable=true]")
    body.click()
    body.press_sequentially("The Ambassador spoke about ")
    editor.get_by_role("button", name="bold", exact=True).click()  # the toolbar's B
    body.press_sequentially("friendship")
    body.press("Control+b")  # and the keyboard's, to end the bold word
    body.press_sequentially(" between our peoples.")
    expect(body.locator("strong")).to_have_text("friendship")

    page.get_by_label("Status").select_option(label="Published")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    page.goto(live_server.url + "/news/")
    page.get_by_role("link", name="Ambassador meets students").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Ambassador meets students")
    article_body = page.locator(".article__body")
    expect(article_body).to_have_text("The Ambassador spoke about friendship between our peoples.")
    expect(article_body.locator("strong")).to_have_text("friendship")
    assert browser_problems.page_errors == []


def test_the_body_editor_checks_spelling(page, live_server, press_officer):
    sign_in(page, live_server, press_officer.username)
    page.goto(live_server.url + "/admin/news/article/add/")

    body = page.locator(f"{BODY_EDITOR} [contenteditable=true]")
    expect(body).to_be_visible()

    # The browser underlines misspelt words in an editable element unless
    # told not to (django-prose-editor's NoSpellCheck extension sets
    # spellcheck="false").
    assert body.get_attribute("spellcheck") != "false"
    assert body.evaluate("element => element.spellcheck") is True
