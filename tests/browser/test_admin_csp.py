"""
The admin and its rich-text editor work under the site's strict
Content-Security-Policy (no inline script, no eval): the browser reports no
violation while staff sign in, open the article form, type into the editor
and save.
"""

import pytest
from playwright.sync_api import expect

from news.models import Article
from tests.browser.helpers import BODY_EDITOR, labelled, sign_in
from tests.factories import CategoryFactory

pytestmark = pytest.mark.browser


def csp_violations(browser_problems):
    return [error for error in browser_problems.console_errors if "Content Security Policy" in error[0]]


def test_staff_write_in_the_editor_under_the_content_security_policy(page, live_server, superuser, browser_problems):
    CategoryFactory(name="Press releases", slug="press-releases")

    sign_in(page, live_server, superuser.username)

    response = page.goto(live_server.url + "/admin/news/article/add/")
    policy = response.headers["content-security-policy"]
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "'sha256-" in script_src  # the editor's import map, allowed by its hash
    assert "frame-ancestors 'none'" in policy

    labelled(page, "Title").fill("Typed under a strict policy")
    page.get_by_label("Category").select_option(label="Press releases")
    labelled(page, "Lead paragraph").fill("A lead.")
    body = page.locator(f"{BODY_EDITOR} [contenteditable=true]")
    body.click()
    body.press_sequentially("Written in the editor.")
    page.locator(BODY_EDITOR).get_by_role("button", name="bold", exact=True).click()
    body.press_sequentially(" Bold too.")
    expect(body.locator("strong")).to_have_text("Bold too.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    article = Article.objects.get(title="Typed under a strict policy")
    assert article.body == "<p>Written in the editor.<strong> Bold too.</strong></p>"
    assert csp_violations(browser_problems) == []
    assert browser_problems.page_errors == []


def test_public_pages_raise_no_policy_violation(page, live_server, masthead_content, browser_problems):
    from tests.factories import LiveArticleFactory

    article = LiveArticleFactory(title="A statement", body="<p>Text with <strong>bold</strong>.</p>")

    for url in ["/", "/news/", article.get_absolute_url(), "/contacts/"]:
        page.goto(live_server.url + url)

    assert csp_violations(browser_problems) == []
    assert browser_problems.page_errors == []
