"""
The site's own pages in the footer: the accessibility statement and the privacy page, in English
and in Russian; the footer itself; and the privacy page's promise that the public site sets no
cookies, checked on every page kind.
"""

import datetime as dt

import pytest
from django.test import RequestFactory
from django.utils import translation

from embassy.views import SitePageView
from tests.factories import CategoryFactory, LiveArticleFactory, masthead_contact

pytestmark = pytest.mark.django_db


def render_page(page, language):
    """The page as the view renders it with ``language`` active."""
    with translation.override(language):
        request = RequestFactory().get(f"/{page}/")
        return SitePageView.as_view(page=page)(request).render().content.decode()


def test_the_accessibility_statement_says_what_the_site_aims_for_and_whom_to_tell(client):
    masthead_contact(email="consular@example.org")

    content = client.get("/accessibility/").content.decode()

    assert "<h1>Accessibility statement</h1>" in content
    assert "WCAG) 2.2 at level AA" in content
    assert '<a href="mailto:consular@example.org">consular@example.org</a>' in content


def test_the_privacy_page_says_the_public_site_sets_no_cookies(client):
    content = client.get("/privacy/").content.decode()

    assert "<h1>Privacy</h1>" in content
    assert "The public site sets no cookies" in content
    assert "There are no analytics" in content


@pytest.mark.parametrize(
    ("page", "russian"),
    [
        ("accessibility", "Сайт стремится соответствовать Руководству по доступности веб-контента (WCAG) 2.2"),
        ("privacy", "Общедоступная часть сайта не устанавливает никаких файлов cookie"),
    ],
)
def test_each_site_page_has_its_russian_text_when_russian_is_active(page, russian):
    english = render_page(page, "en")
    content = render_page(page, "ru")

    assert russian in content
    assert russian not in english
    assert '<html lang="ru">' in content


def test_a_language_without_its_own_text_gets_the_english_one():
    assert "The public site sets no cookies" in render_page("privacy", "de")


def test_the_footer_has_the_consular_contact_the_feed_the_site_pages_and_a_copyright_line(client, time_machine):
    time_machine.move_to(dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC))
    masthead_contact(phone="+44 (0) 203 668 7474", email="consular@example.org")

    content = client.get("/").content.decode()
    footer = content[content.index('<footer class="site-footer">') :]

    assert '<a href="tel:+442036687474">+44 (0) 203 668 7474</a>' in footer
    assert '<a href="mailto:consular@example.org">consular@example.org</a>' in footer
    assert '<a href="/news/feed/rss/">News feed (RSS)</a>' in footer
    assert '<a href="/accessibility/">Accessibility statement</a>' in footer
    assert '<a href="/privacy/">Privacy</a>' in footer
    assert "© 2026 Embassy of the Russian Federation in the United Kingdom" in footer


def page_kinds():
    category = CategoryFactory(name="Press releases", slug="press-releases")
    article = LiveArticleFactory(category=category, title="Changes to the visa procedure")
    LiveArticleFactory.create_batch(21, category=category)
    year = article.publication_date.year
    return [
        "/",
        article.get_absolute_url(),
        "/news/",
        "/news/?page=2",
        category.get_absolute_url(),
        f"/news/{year}/",
        "/news/search/?q=visa",
        "/news/search/?q=nothingmatchesthis",
        "/contacts/",
        "/accessibility/",
        "/privacy/",
        "/no-such-page/",
        "/news/feed/rss/",
    ]


def test_no_public_page_sets_a_cookie(client):
    masthead_contact()
    for path in page_kinds():
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert not response.cookies, f"{path} sets {list(response.cookies)}"
        assert "Set-Cookie" not in response.headers, path
