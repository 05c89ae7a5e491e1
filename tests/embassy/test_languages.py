"""
English at today's addresses, Russian under /ru/: the language comes from the address only
(never from Accept-Language or a cookie), every page says it (``<html lang>``, ``Content-Language``),
offers the same page in the other language through a plain link, and lists its real alternates.
"""

import datetime as dt
import re

import pytest

from tests.factories import CategoryFactory, LiveArticleFactory, masthead_contact

NOW = dt.datetime(2020, 10, 27, 15, 0, tzinfo=dt.UTC)


def russian(title):
    return {"title_ru": title, "lead_ru": f"Вводный абзац: {title}.", "body_ru": f"<p>{title}.</p>"}


@pytest.fixture
def site(db, time_machine):
    time_machine.move_to(NOW, tick=False)
    masthead_contact()
    statements = CategoryFactory(name="Statements", name_ru="Заявления", slug="statements")
    untranslated = CategoryFactory(name="Visits", slug="visits")
    both = LiveArticleFactory(
        title="On visas",
        slug="on-visas",
        category=statements,
        publication_date=dt.datetime(2020, 10, 20, 12, 0, tzinfo=dt.UTC),
        **russian("О визах"),
    )
    english_only = LiveArticleFactory(
        title="Only in English",
        slug="only-in-english",
        category=untranslated,
        publication_date=dt.datetime(2019, 5, 5, 12, 0, tzinfo=dt.UTC),
    )
    return both, english_only


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def switcher(response):
    """The language switcher's link: (its address, its language)."""
    match = re.search(
        r'<ul class="language-switcher"><li><a href="([^"]+)" hreflang="([^"]+)"', response.content.decode()
    )
    return match.groups() if match else None


def alternates_of(response):
    return {
        lang: href
        for lang, href in re.findall(
            r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', response.content.decode()
        )
    }


def test_english_pages_stay_at_their_addresses_and_say_they_are_english(client, site):
    response = client.get("/news/")

    assert response.status_code == 200
    assert html_lang(response).startswith("en")
    assert response["Content-Language"].startswith("en")
    assert "Accept-Language" not in response.get("Vary", "")


def test_russian_pages_live_under_ru_and_say_they_are_russian(client, site):
    response = client.get("/ru/news/")

    assert response.status_code == 200
    assert html_lang(response) == "ru"
    assert response["Content-Language"] == "ru"
    assert "Все сообщения" in response.content.decode()
    assert "Accept-Language" not in response.get("Vary", "")


def test_neither_the_accept_language_header_nor_a_cookie_picks_the_language(client, site):
    client.cookies["django_language"] = "ru"

    response = client.get("/news/", headers={"accept-language": "ru-RU,ru;q=0.9"})

    assert html_lang(response).startswith("en")
    assert "All messages" in response.content.decode()
    assert response.status_code == 200  # and no redirect to /ru/


def test_the_russian_home_without_its_slash_is_redirected_to_it(client, site):
    response = client.get("/ru")

    assert response.status_code == 301
    assert response["Location"] == "/ru/"


def test_english_has_no_prefix_and_the_api_admin_and_health_check_have_no_russian_address(client, site):
    for path in ("/en/news/", "/ru/api/v1/news/", "/ru/healthz", "/ru/sitemap.xml"):
        assert client.get(path).status_code == 404, path


def test_an_error_page_is_in_the_language_of_its_address(client, site):
    english, russian_page = client.get("/news/no-such-page/"), client.get("/ru/news/no-such-page/")

    assert english.status_code == russian_page.status_code == 404
    assert html_lang(russian_page) == "ru" and russian_page["Content-Language"] == "ru"
    assert "Страница не найдена" in russian_page.content.decode()
    assert "Page not found" in english.content.decode()
    # The switcher leads to the other language's home page, not to another 404.
    assert switcher(russian_page)[0] == "/"
    assert switcher(english)[0] == "/ru/"


@pytest.mark.parametrize(
    ("english", "russian_address"),
    [
        ("/", "/ru/"),
        ("/news/", "/ru/news/"),
        ("/news/2020/", "/ru/news/2020/"),
        ("/news/2020/10/", "/ru/news/2020/10/"),
        ("/news/2020/10/20/on-visas/", "/ru/news/2020/10/20/on-visas/"),
        ("/news/category/statements/", "/ru/news/category/statements/"),
        ("/news/category/visits/", "/ru/news/category/visits/"),
        ("/news/search/?q=visas", "/ru/news/search/?q=visas"),
        ("/contacts/", "/ru/contacts/"),
    ],
)
def test_every_page_kind_switches_to_the_same_page_in_the_other_language_and_back(
    client, site, english, russian_address
):
    english_page = client.get(english)
    russian_page = client.get(russian_address)

    assert english_page.status_code == russian_page.status_code == 200
    assert switcher(english_page) == (russian_address, "ru")
    assert switcher(russian_page) == (english, "en")


@pytest.mark.parametrize(
    "path", ["/", "/news/", "/news/2020/10/", "/news/2020/10/20/on-visas/", "/news/category/statements/", "/contacts/"]
)
def test_a_page_in_both_languages_lists_both_and_x_default(client, site, path):
    for address in (path, "/ru" + path):
        links = alternates_of(client.get(address))
        assert links == {
            "en": f"http://testserver{path}",
            "ru": f"http://testserver/ru{path}",
            "x-default": f"http://testserver{path}",
        }, address


def test_an_item_in_english_only_has_no_alternates_and_its_switcher_leads_to_the_russian_news_list(client, site):
    _both, english_only = site
    page = client.get(english_only.get_absolute_url())

    assert alternates_of(page) == {}
    address, language = switcher(page)
    assert (address, language) == ("/ru/news/2019/05/05/only-in-english/", "ru")

    russian_page = client.get(address)
    body = russian_page.content.decode()
    assert russian_page.status_code == 200  # never a 404
    assert html_lang(russian_page) == "ru"
    assert "Все сообщения" in body  # the Russian news list ...
    assert "О визах" in body
    assert "Этот материал есть только на английском языке:" in body  # ... saying the item is English only
    assert '<a href="/news/2019/05/05/only-in-english/" hreflang="en" lang="en">Only in English</a>' in body
    assert russian_page["X-Robots-Tag"] == "noindex"
    assert alternates_of(russian_page) == {}
    assert switcher(russian_page) == ("/news/2019/05/05/only-in-english/", "en")


def test_a_date_archive_with_nothing_in_russian_switches_to_the_russian_news_list(client, site):
    page = client.get("/news/2019/")

    assert page.status_code == 200
    assert switcher(page) == ("/ru/news/", "ru")
    assert alternates_of(page) == {}
    assert client.get("/ru/news/2019/").status_code == 404


def test_a_later_page_of_a_list_switches_to_the_first_page_and_lists_no_alternates(client, site):
    LiveArticleFactory.create_batch(20, publication_date=NOW - dt.timedelta(days=1))

    page = client.get("/news/?page=2")

    assert page.status_code == 200
    assert switcher(page) == ("/ru/news/", "ru")
    assert alternates_of(page) == {}


def test_english_text_on_a_russian_page_is_marked_english(client, site):
    _both, english_only = site
    english_only.title_ru, english_only.lead_ru = "Только заголовок", "И вводный абзац"
    english_only.save()  # a Russian version without its own body: the English body shows

    body = client.get("/ru/news/2019/05/05/only-in-english/").content.decode()

    assert re.search(r'<a href="/ru/news/category/visits/" lang="en">Visits</a>', body)
    assert '<div class="article__body prose" lang="en">' in body
    assert '<h1 class="article__title">Только заголовок</h1>' in body


def test_the_switcher_is_a_plain_link_with_the_language_named_in_itself(client, site):
    body = client.get("/news/").content.decode()

    assert '<a href="/ru/news/" hreflang="ru" lang="ru">Русский</a>' in body
    assert '<a href="/news/" hreflang="en" lang="en">English</a>' in client.get("/ru/news/").content.decode()
