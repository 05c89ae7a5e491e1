"""
Every payload of the XSS corpus, stored through the admin, then loaded in
Chromium on the public pages (and the admin's list and editor): none runs.

Twice: as a visitor's browser (the Content-Security-Policy on), and with the
policy bypassed, which proves the sanitiser alone holds.
"""

import pytest

from news.models import Article
from tests.factories import CategoryFactory, LiveArticleFactory
from tests.security.xss import PAYLOADS, article_fields, store_through_admin

pytestmark = pytest.mark.browser

# A payload that runs calls __xss(n), alert(), confirm() or prompt(); each
# frame reports it on the console, where the test listens.
TRAP = """
window.__xss = (n) => console.log("XSS RAN " + n);
for (const name of ["alert", "confirm", "prompt"]) {
  const original = window[name];
  window[name] = (n) => { console.log("XSS RAN " + name + " " + n); };
}
"""


@pytest.fixture
def stored_payloads(live_server, admin_client):
    category = CategoryFactory(name="Statements", slug="statements")
    for number, payload in enumerate(PAYLOADS, start=1):
        article, _refusal = store_through_admin(admin_client, category, number, payload)
        if article is None:  # refused by the admin (alt text); stored from code
            LiveArticleFactory(category=category, **article_fields(number, payload))
    return Article.objects.filter(slug__startswith="xss-").order_by("pk")


def watched_page(browser, live_server, admin_client, bypass_csp):
    context = browser.new_context(bypass_csp=bypass_csp, base_url=live_server.url)
    context.add_cookies(
        [{"name": "sessionid", "value": admin_client.cookies["sessionid"].value, "url": live_server.url}]
    )
    context.add_init_script(TRAP)
    page = context.new_page()
    page.set_default_timeout(10_000)
    ran, violations = [], []

    def on_console(message):
        if "XSS RAN" in message.text:
            ran.append((page.url, message.text))
        elif "Content Security Policy" in message.text:
            violations.append((page.url, message.text))

    page.on("console", on_console)
    page.on("dialog", lambda dialog: (ran.append((page.url, f"dialog {dialog.message}")), dialog.dismiss()))
    return context, page, ran, violations


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "csp-bypassed"])
def test_no_stored_payload_runs_in_chromium(browser, live_server, admin_client, stored_payloads, bypass_csp):
    context, page, ran, violations = watched_page(browser, live_server, admin_client, bypass_csp)
    urls = [article.get_absolute_url() for article in stored_payloads]
    urls += ["/", "/news/", "/news/?page=2", "/news/category/statements/", "/news/search/?q=xss"]
    urls += ["/admin/news/article/", "/admin/news/article/?p=2"]
    urls += [f"/admin/news/article/{article.pk}/change/" for article in stored_payloads[:8]]

    for url in urls:
        page.goto(url, wait_until="load")
        page.wait_for_timeout(50)  # autofocus, ontoggle and the like fire just after load
    page.wait_for_timeout(1_000)  # <animate dur=1s>, <marquee> and other late starters
    context.close()

    assert len(urls) > len(PAYLOADS)
    assert ran == []
    if not bypass_csp:
        # Nothing left in the pages even tried something the policy blocks.
        assert violations == []
