"""
The newsroom's everyday flows through the real admin pages in Chromium, where
the page's own scripts run: a second item with a title already used (the
page fills in the slug), pinning an item of a category the home page does not
feature yet, and two people saving the same item.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from news.models import Article, Category
from news.roles import EDITORS, PRESS_OFFICERS
from tests.browser.helpers import labelled, sign_in
from tests.factories import CategoryFactory, DraftArticleFactory, FeaturedCategoryFactory, LiveArticleFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def newsroom(transactional_db, fast_passwords):
    for username, group, name in (("press", PRESS_OFFICERS, "Olga"), ("editor", EDITORS, "Pavel")):
        user = get_user_model().objects.create_user(
            username, password=f"{username}-demo-2026", is_staff=True, first_name=name, last_name="Test"
        )
        user.groups.add(Group.objects.get(name=group))


def sign_in_as(page, live_server, username):
    sign_in(page, live_server, username, password=f"{username}-demo-2026")


def test_a_second_item_with_a_title_already_used_is_saved_at_a_numbered_address(
    page, live_server, newsroom, browser_problems
):
    statements = CategoryFactory(name="Statements", slug="statements")
    LiveArticleFactory(title="Statement on visas", slug="statement-on-visas", category=statements)
    sign_in_as(page, live_server, "editor")

    page.goto(live_server.url + "/admin/news/article/add/")
    labelled(page, "Title").press_sequentially("Statement on visas")
    expect(page.get_by_label("Web address")).to_have_value("statement-on-visas")  # the page's script
    expect(page.locator("#id_title_count")).to_have_text("18 of 200 characters")
    page.get_by_label("Category").select_option(label="Statements")
    labelled(page, "Lead paragraph").fill("The Embassy comments on the new visa rules.")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    expect(page.locator(".messagelist")).to_contain_text("Its web address is …/statement-on-visas-2/")
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["statement-on-visas", "statement-on-visas-2"]
    assert browser_problems.all() == []


def test_pinning_an_item_puts_it_on_the_home_page_in_one_step(page, live_server, newsroom, browser_problems):
    speeches = FeaturedCategoryFactory(name="Speeches, interviews, articles")
    LiveArticleFactory(title="Ambassador's speech", category=speeches, pinned=True)
    statements = CategoryFactory(name="Statements", slug="statements")
    LiveArticleFactory(title="Statement on visas", category=statements)
    sign_in_as(page, live_server, "editor")

    page.goto(live_server.url + "/admin/news/article/")
    page.get_by_role("row", name=re.compile("Statement on visas")).get_by_role("checkbox").check()
    page.locator('select[name="action"]').select_option(label="Pin to home page")
    page.get_by_role("button", name="Go").click()

    messages = page.locator(".messagelist")
    expect(messages).to_contain_text("“Statement on visas” is pinned to the home page.")
    expect(messages).to_contain_text("The home page now features “Statements”")
    page.goto(live_server.url + "/")
    expect(page.locator(".featured")).to_contain_text("Statement on visas")
    expect(page.locator(".featured")).not_to_contain_text("Ambassador's speech")
    assert Category.objects.get(is_featured=True) == statements
    assert browser_problems.all() == []


def test_a_refused_concurrent_save_keeps_what_was_typed_and_shows_their_version(
    page, browser, live_server, newsroom, browser_problems
):
    article = DraftArticleFactory(title="Consular hours", lead="Open on Monday.")
    change_url = f"{live_server.url}/admin/news/article/{article.pk}/change/"
    sign_in_as(page, live_server, "editor")
    page.goto(change_url)

    colleague = browser.new_context(locale="en-GB", timezone_id="Europe/London").new_page()
    try:
        sign_in_as(colleague, live_server, "press")
        colleague.goto(change_url)
        labelled(colleague, "Title").fill("Consular hours this week")
        colleague.get_by_role("button", name="Save", exact=True).click()
        expect(colleague.locator(".messagelist")).to_contain_text("was changed successfully")
    finally:
        colleague.context.close()

    labelled(page, "Title").fill("Consular hours in November")
    labelled(page, "Lead paragraph").fill("Closed on Monday.")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator(".errorlist.nonfield")).to_contain_text("Olga Test changed this item")
    expect(labelled(page, "Title")).to_have_value("Consular hours in November")
    expect(labelled(page, "Lead paragraph")).to_have_value("Closed on Monday.")
    expect(page.locator(".form-row.field-title")).to_contain_text("Their version: Consular hours this week")
    expect(page.locator("#content h2").first).to_have_text("Consular hours this week")

    page.get_by_role("button", name="Save", exact=True).click()  # "replace their changes with mine"
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert (article.title, article.lead) == ("Consular hours in November", "Closed on Monday.")
    assert browser_problems.all() == []


def test_a_browser_in_another_time_zone_is_told_in_a_plain_sentence(browser, live_server, newsroom):
    page = browser.new_context(locale="en-GB", timezone_id="Europe/Moscow").new_page()
    try:
        sign_in_as(page, live_server, "editor")
        page.goto(live_server.url + "/admin/news/article/add/")
        note = page.locator(".form-row.field-publication_date .timezonewarning")
        expect(note).to_have_text(
            re.compile(r"^Type London time here\. Your computer’s clock is [23] hours ahead of London\.$")
        )
        expect(page.locator(".form-row.field-publication_date")).to_contain_text("Publication time (London)")
    finally:
        page.context.close()
