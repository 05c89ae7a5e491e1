"""
What every page repeats (the head's links, the navigation, the side column's categories, the
footer) is rendered once per process for each distinct set of what it shows
(``core.fragments``): it must still be exactly what rendering it every time would give, in each
language, on each page, after every change staff make and at London's New Year.
"""

import datetime as dt
import re

import pytest
from django.urls import reverse

from news.models import Article, Category
from tests.factories import CategoryFactory, LiveArticleFactory, masthead_contact

pytestmark = pytest.mark.usefixtures("rendered_every_time")


@pytest.fixture
def categories(db, frozen):
    statements = CategoryFactory(name="Statements", name_ru="Заявления", slug="statements")
    comments = CategoryFactory(name="Comments", slug="comments")  # no Russian name
    LiveArticleFactory(category=statements, title="A statement")
    return statements, comments


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC), tick=False)
    return time_machine


def nav_links(html):
    """``[(href, attributes, text)]`` of the main navigation's links."""
    nav = html[html.index('class="site-nav"') : html.index("</nav>", html.index('class="site-nav"'))]
    return re.findall(r'<a href="([^"]+)"([^>]*)>([^<]+)</a>', nav)


def sidebar_links(html):
    start = html.index('id="sidebar-categories"')
    return re.findall(r'<a href="([^"]+)"([^>]*)>([^<]+)</a>', html[start : html.index("</nav>", start)])


def test_each_language_names_the_categories_in_it_whichever_was_served_first(client, categories):
    russian = client.get("/ru/news/").content.decode()
    english = client.get("/news/").content.decode()

    assert ("/news/category/statements/", "", "Statements") in nav_links(english)
    assert ("/news/category/comments/", "", "Comments") in nav_links(english)
    assert ("/ru/news/category/statements/", "", "Заявления") in nav_links(russian)
    # No Russian name: the English one, marked as English.
    assert ("/ru/news/category/comments/", ' lang="en"', "Comments") in nav_links(russian)
    assert ("/news/category/statements/", "", "Statements") in sidebar_links(english)
    assert ("/ru/news/category/comments/", ' lang="en"', "Comments") in sidebar_links(russian)
    assert "Заявления" not in english


def test_the_navigation_marks_the_page_it_links_to_and_no_other(client, categories):
    statements_url = reverse("news:category", kwargs={"slug": "statements"})

    on_category = nav_links(client.get(statements_url).content.decode())
    on_news = nav_links(client.get("/news/").content.decode())
    on_item = nav_links(client.get(Article.objects.get(title="A statement").get_absolute_url()).content.decode())

    assert [href for href, attributes, _ in on_category if "aria-current" in attributes] == [statements_url]
    assert [href for href, attributes, _ in on_news if "aria-current" in attributes] == ["/news/"]
    assert [href for href, attributes, _ in on_item if "aria-current" in attributes] == []
    sidebar = sidebar_links(client.get("/news/").content.decode())
    assert not [href for href, attributes, _ in sidebar if "aria-current" in attributes]


def test_a_renamed_added_or_deleted_category_shows_on_the_next_page(client, categories):
    client.get("/news/")
    statements, comments = categories

    Category.objects.filter(pk=statements.pk).update(name_en="Official statements")
    statements.refresh_from_db()
    statements.save()  # the cached read is cleared by a save, as the admin's is
    CategoryFactory(name="Press releases", slug="press-releases")
    comments.delete()

    names = [text for _, _, text in nav_links(client.get("/news/").content.decode())]
    assert "Official statements" in names and "Press releases" in names
    assert "Statements" not in names and "Comments" not in names


def test_the_footer_shows_the_consular_contact_as_it_is_now(client, categories):
    office = masthead_contact(phone="+44 20 1111 2222")
    assert "+44 20 1111 2222" in client.get("/news/").content.decode()

    phone = office.phones.get()
    phone.number = "+44 20 3333 4444"
    phone.save()

    footer = client.get("/news/").content.decode().split('class="site-footer"')[1]
    assert "+44 20 3333 4444" in footer and "+44 20 1111 2222" not in footer


def test_the_footers_year_turns_at_london_midnight_on_new_years_eve(client, categories, frozen):
    # 31 December 2026, 23:59:59 in London (GMT: London is UTC).
    frozen.move_to(dt.datetime(2026, 12, 31, 23, 59, 59, tzinfo=dt.UTC), tick=False)
    assert "© 2026 " in client.get("/news/").content.decode()
    frozen.move_to(dt.datetime(2027, 1, 1, 0, 0, 0, tzinfo=dt.UTC), tick=False)
    assert "© 2027 " in client.get("/news/").content.decode()


def test_the_head_links_the_stylesheets_and_the_feeds_of_the_pages_language(client, categories):
    english = client.get("/news/").content.decode()
    russian = client.get("/ru/news/").content.decode()

    assert 'href="/static/css/site.css"' in english and 'href="/static/css/site.css"' in russian
    assert 'type="application/rss+xml"' in english
    assert 'href="/news/feed/rss/"' in english and 'href="/ru/news/feed/rss/"' in russian
    assert 'href="/ru/news/feed/rss/"' not in english


def test_each_language_lists_the_categories_in_its_own_order_whichever_was_served_first(client, db, frozen):
    CategoryFactory(name="Consular", name_ru="Консульские вопросы", slug="consular")
    CategoryFactory(name="Statements", name_ru="Заявления", slug="statements")

    russian = [text for _, _, text in nav_links(client.get("/ru/news/").content.decode())]
    english = [text for _, _, text in nav_links(client.get("/news/").content.decode())]

    # The same order number: by name, in each language's alphabet.
    assert [name for name in english if name in ("Consular", "Statements")] == ["Consular", "Statements"]
    assert [name for name in russian if name in ("Заявления", "Консульские вопросы")] == [
        "Заявления",
        "Консульские вопросы",
    ]
