"""
Content that cannot attack visitors: each payload of the corpus, stored through
the admin in an article's title, lead and body, reaches the public pages as
harmless text or harmless markup. (tests/browser/test_xss.py loads the same
pages in Chromium and watches for a payload running.)
"""

import html

import pytest

from news.models import Article
from tests.factories import CategoryFactory, LiveArticleFactory
from tests.security.xss import PAYLOADS, article_fields, dangerous_markup, store_through_admin


def test_the_corpus_has_at_least_fifty_payloads_of_every_kind():
    assert len(PAYLOADS) >= 50
    assert len(set(PAYLOADS)) == len(PAYLOADS)
    for kind in ("<script", " on", "javascript:", "data:", "<svg", "<math", "style=", "<noscript", "<!--"):
        assert any(kind in payload.lower() for payload in PAYLOADS), kind


def test_the_checker_sees_what_a_browser_would_run():
    """The page check below must be able to fail."""
    assert dangerous_markup('<p><img src=x onerror="__xss(1)"></p>')
    assert dangerous_markup('<a href=" jav&#x09;ascript:__xss(1)">x</a>')
    assert dangerous_markup("<script>__xss(1)</script>")
    assert dangerous_markup('<svg><a href="/">x</a></svg>')
    assert dangerous_markup('<p style="background:url(x)">x</p>')
    assert not dangerous_markup('<p>&lt;script&gt;__xss(1)&lt;/script&gt; <a href="https://example.org/">x</a></p>')


@pytest.mark.parametrize("number,payload", list(enumerate(PAYLOADS, start=1)), ids=lambda v: str(v)[:40])
def test_payload_stored_through_the_admin_is_harmless_on_the_public_pages(admin_client, client, number, payload):
    category = CategoryFactory(name="Statements", slug="statements")
    article, refusal = store_through_admin(admin_client, category, number, payload)
    if article is None:
        # The admin refused it (images in the text need alt text): nothing
        # reached the public. Saved from code instead, it must be harmless too.
        assert "alt text" in refusal
        article = LiveArticleFactory(category=category, **article_fields(number, payload))

    pages = {
        "article": client.get(article.get_absolute_url()),
        "archive": client.get("/news/"),
        "category": client.get(category.get_absolute_url()),
        "home": client.get("/"),
    }

    for name, page in pages.items():
        assert page.status_code == 200, name
        content = page.content.decode()
        assert dangerous_markup(content) == [], f"{name} page of payload {number}"
    # Title and lead are plain text: shown exactly as typed, escaped.
    article_page = pages["article"].content.decode()
    assert html.escape(f"Lead {number} {payload}", quote=False) in article_page.replace("&#x27;", "'").replace(
        "&quot;", '"'
    )


def test_the_sanitiser_also_cleans_bodies_saved_from_code(db):
    article = LiveArticleFactory(
        body='<p onclick="__xss(1)">Hi</p><script>__xss(2)</script><a href="javascript:x">y</a>'
    )

    article.refresh_from_db()

    assert article.body == "<p>Hi</p><a>y</a>"
    assert Article.objects.filter(body__contains="__xss").count() == 0
