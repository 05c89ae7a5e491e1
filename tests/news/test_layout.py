"""
What every public page's frame gives a visitor: the navigation reaching each news category,
the side column of article and archive pages, dates in the site's pattern in English and
Russian, and the self-hosted fonts and print stylesheet the page asks for.
"""

import datetime as dt
import re

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

from tests.factories import CategoryFactory, LiveArticleFactory

pytestmark = pytest.mark.django_db

OCTOBER_27 = dt.datetime(2020, 10, 27, 18, 0, tzinfo=dt.UTC)  # 18:00 in London (GMT that day)


def nav(content):
    return content[
        content.index('<nav class="site-nav"') : content.index("</nav>", content.index('<nav class="site-nav"'))
    ]


def sidebar(content):
    return content[content.index('<aside class="sidebar"') : content.index("</aside>")]


def test_the_navigation_reaches_every_news_category_in_their_order(client):
    CategoryFactory(name="Statements", slug="statements", order=2)
    CategoryFactory(name="Press releases", slug="press-releases", order=1)

    links = re.findall(
        r'<a href="(/news/category/[^"]+)"[^>]*>([^<]+)</a>', nav(client.get("/contacts/").content.decode())
    )

    assert links == [("/news/category/press-releases/", "Press releases"), ("/news/category/statements/", "Statements")]


def test_a_renamed_category_shows_in_the_navigation_at_once(client):
    category = CategoryFactory(name="Press releases", slug="press-releases")
    assert "Press releases" in nav(client.get("/").content.decode())

    category.name = "Press statements"
    category.save()

    content = nav(client.get("/").content.decode())
    assert "Press statements" in content and "Press releases" not in content


def test_the_current_category_is_marked_in_the_navigation(client):
    category = CategoryFactory(name="Press releases", slug="press-releases")

    content = nav(client.get(category.get_absolute_url()).content.decode())

    assert '<a href="/news/category/press-releases/" aria-current="page">Press releases</a>' in content


def test_an_article_page_has_a_side_column_of_categories_and_the_latest_other_items(client):
    category = CategoryFactory(name="Press releases", slug="press-releases")
    older = LiveArticleFactory(category=category, title="An older item", publication_date=OCTOBER_27)
    shown = LiveArticleFactory(
        category=category, title="The item shown", publication_date=OCTOBER_27 + dt.timedelta(days=1)
    )

    side = sidebar(client.get(shown.get_absolute_url()).content.decode())

    assert '<a href="/news/category/press-releases/">Press releases</a>' in side
    assert f'<a href="{older.get_absolute_url()}">An older item</a>' in side
    assert "27.10.2020" in side
    assert "The item shown" not in side


def test_the_archive_has_the_browse_by_date_list_in_its_side_column(client):
    LiveArticleFactory(publication_date=OCTOBER_27)

    side = sidebar(client.get("/news/").content.decode())

    assert "Browse by date" in side
    assert '<a href="/news/2020/10/">October</a>' in side


def test_dates_follow_the_sites_pattern_in_lists_and_in_full(client):
    article = LiveArticleFactory(title="Ambassador's address", publication_date=OCTOBER_27)

    assert '<time datetime="2020-10-27T18:00:00+00:00">27.10.2020</time>' in client.get("/news/").content.decode()
    assert "27 October 2020, 18:00" in client.get(article.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("language", "full", "with_time"),
    [("en", "27 October 2020", "27 October 2020, 18:00"), ("ru", "27 октября 2020", "27 октября 2020, 18:00")],
)
def test_dates_are_written_in_the_active_language(language, full, with_time):
    template = Template('{{ d|date:"DATE_FORMAT" }}|{{ d|date:"SHORT_DATE_FORMAT" }}|{{ d|date:"DATETIME_FORMAT" }}')

    with translation.override(language):
        assert template.render(Context({"d": OCTOBER_27})) == f"{full}|27.10.2020|{with_time}"


def test_pages_preload_the_text_face_and_link_the_print_stylesheet(client):
    content = client.get("/").content.decode()

    assert (
        '<link rel="preload" href="/static/fonts/embassy-sans-regular.woff2" as="font" type="font/woff2" crossorigin>'
        in content
    )
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in content


def test_every_font_the_stylesheet_names_is_vendored_with_its_licence_and_swaps_in():
    static = settings.BASE_DIR / "static"
    css = (static / "css" / "site.css").read_text()
    faces = re.findall(r"@font-face\s*\{(.*?)\}", css, re.S)

    assert len(faces) >= 4
    for face in faces:
        assert "font-display: swap" in face
        (url,) = re.findall(r'url\("\.\./fonts/([^"]+)"\)', face)
        font = (static / "fonts" / url).read_bytes()
        assert font[:4] == b"wOF2", url
    assert "ParaType" in (static / "fonts" / "LICENSE-ParaType.txt").read_text()
    assert "//" not in re.sub(r"/\*.*?\*/", "", css, flags=re.S).replace("../", "")  # nothing from elsewhere


def test_the_content_security_policy_lets_the_page_load_its_own_fonts(client):
    policy = client.get("/").headers["Content-Security-Policy"]

    assert "font-src 'self'" in policy
