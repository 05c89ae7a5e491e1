"""
No leaks: a draft, a scheduled or an expired item never reaches the public.

One world of items (one live, and a draft, a scheduled and an expired one in
the same category and period, plus one of each in a category and in months
that have nothing live) is checked against every public endpoint listed in
ENDPOINTS: no hidden item's words, address or dates may appear in a response's
body or headers, the counts must count the live item only, and every hidden
item's own address must be a 404. Then the clock moves past the scheduled
item's release: it must appear where it belongs, so that nothing (no cache)
holds on to an old answer either.

A new public endpoint goes into ENDPOINTS; ``test_every_public_route_is_checked``
fails until it does.

Everything runs in both languages: in Russian the same endpoints under ``/ru/``
(the API with ``?lang=ru``), every item having a Russian version.
"""

import dataclasses
import datetime as dt
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve

from tests import factories
from tests.documents.files import pdf_bytes, upload
from tests.factories import AttachmentFactory, CategoryFactory, DocumentFactory, DraftArticleFactory, LiveArticleFactory

NOW = dt.datetime(2020, 10, 27, 15, 0, tzinfo=dt.UTC)
RELEASE = dt.datetime(2020, 10, 28, 9, 0, tzinfo=dt.UTC)  # the scheduled item in the live item's category


def at(year, month, day):
    return dt.datetime(year, month, day, 12, 0, tzinfo=dt.UTC)


@dataclasses.dataclass
class Endpoint:
    path: str
    # Whether the live item (and the scheduled one, once released) belongs in the answer.
    shows_public: bool = True
    # Text the answer must contain: counts that count the live item only.
    expect: tuple = ()


# Every public surface that lists, counts or links news items. "public" is the
# live item's category, "hidden-only" has nothing live.
ENDPOINTS = [
    Endpoint("/"),
    Endpoint("/news/"),
    Endpoint("/news/?page=1"),
    Endpoint("/news/category/public/"),
    Endpoint("/news/category/hidden-only/", shows_public=False),
    Endpoint("/news/2020/"),
    Endpoint("/news/2020/10/"),
    Endpoint("/news/2020/10/20/heron-notice/"),  # its older/newer links
    Endpoint("/news/search/?q=zanzibar", expect=("1 item found",)),
    Endpoint("/news/search/?q=zanzibar+notice&category=public&date_from=2000-01-01&date_to=2040-12-31"),
    Endpoint("/news/search/?category=hidden-only", shows_public=False, expect=("0 items found",)),
    Endpoint("/news/search/?date_from=2000-01-01", expect=("1 item found",)),
    Endpoint("/news/feed/rss/"),
    Endpoint("/news/feed/atom/"),
    Endpoint("/news/category/public/feed/rss/"),
    Endpoint("/news/category/public/feed/atom/"),
    Endpoint("/news/category/hidden-only/feed/rss/", shows_public=False),
    Endpoint("/news/category/hidden-only/feed/atom/", shows_public=False),
    Endpoint("/sitemap.xml", shows_public=False),  # section dates only
    Endpoint("/sitemap-news.xml"),
    Endpoint("/sitemap-categories.xml", shows_public=False),  # category addresses and dates only
    Endpoint("/sitemap-pages.xml", shows_public=False),
    Endpoint("/api/v1/news/", expect=('"count":1,',)),
    Endpoint("/api/v1/news/?q=zanzibar", expect=('"count":1,',)),
    Endpoint("/api/v1/news/?category=hidden-only", shows_public=False, expect=('"count":0,',)),
    Endpoint("/api/v1/news/?date_from=2000-01-01&date_to=2040-12-31", expect=('"count":1,',)),
    Endpoint("/api/v1/news/heron-notice/"),
    Endpoint("/api/v1/categories/", shows_public=False, expect=('"slug":"public"', '"article_count":1}')),
    Endpoint("/api/v1/categories/public/", shows_public=False, expect=('"article_count":1}',)),
    Endpoint("/api/v1/categories/hidden-only/", shows_public=False, expect=('"article_count":0}',)),
]

# Routes with nothing to leak, or with their own access tests.
NOT_ABOUT_ITEMS = {
    "consular:contacts",
    "accessibility",  # the site's own pages: fixed text, no items
    "privacy",
    "robots",
    "healthz",
    "favicon",
    "api:api-root",
    "api:schema",
    "api:not-found",  # a JSON 404 for any other address under /api/: tests/news/test_api.py
    "news:preview",  # staff only: tests/news for its access rules
    # A file, not a page: the hidden items' documents must be 404s (hidden_addresses), the
    # released item's must answer at its release; tests/documents for the rest.
    "documents:file",
}


@dataclasses.dataclass
class Hidden:
    token: str  # a word only this item contains
    article: object
    dates: tuple  # its dates as the public surfaces would print them

    @property
    def secrets(self):
        return (self.token, self.article.slug, *self.dates)


def dates(moment):
    return (moment.strftime("%Y-%m-%d"), moment.strftime("%d %b %Y"), moment.strftime("%d.%m.%Y"))


# What the counts read in Russian.
RUSSIAN = {"1 item found": "Найден 1 материал", "0 items found": "Найдено 0 материалов"}


def russian_text(token):
    """An item's Russian version: its token (a Latin word) and "zanzibar" in Russian sentences."""
    return {
        "title_ru": f"Заметка {token}: zanzibar notice",
        "lead_ru": f"Вводный абзац заметки {token} о zanzibar.",
        "body_ru": f"<p>Текст заметки {token} о zanzibar.</p>",
    }


def localized(path, language):
    """``path`` in ``language``: under /ru/ (the API: with ?lang=ru; the sitemaps are both)."""
    if language == "en" or path.startswith(("/sitemap", "/robots")):
        return path
    if path.startswith("/api/"):
        return f"{path}{'&' if '?' in path else '?'}lang={language}"
    return f"/{language}{path}"


def with_document(article, token):
    """Each item lists a document whose title and file name hold the item's word."""
    document = DocumentFactory(
        title=f"Zanzibar {token} form", file=upload(pdf_bytes([f"The {token} form"]), name=f"{token}-form.pdf")
    )
    AttachmentFactory(article=article, document=document)
    return article


def hidden(factory, token, category, published, **kwargs):
    article = factory(
        title=f"Zanzibar {token} notice",
        slug=f"{token}-notice",
        lead=f"The zanzibar lead of the {token} notice.",
        body=f"<p>The zanzibar body of the {token} notice.</p>",
        **russian_text(token),
        category=category,
        publication_date=published,
        **kwargs,
    )
    return Hidden(token, with_document(article, token), dates(published))


@pytest.fixture
def world(db, time_machine):
    time_machine.move_to(NOW, tick=False)
    public = CategoryFactory(name="Public", name_ru="Открытая", slug="public")
    elsewhere = CategoryFactory(name="Hidden only", name_ru="Только скрытые", slug="hidden-only")
    live = LiveArticleFactory(
        title="Zanzibar heron notice",
        slug="heron-notice",
        lead="The zanzibar lead of the heron notice.",
        body="<p>The zanzibar body of the heron notice.</p>",
        **russian_text("heron"),
        category=public,
        publication_date=at(2020, 10, 20),
    )
    with_document(live, "heron")
    items = [
        # Around the live item, in its category, month and year.
        hidden(DraftArticleFactory, "kestrel", public, at(2020, 10, 22)),
        hidden(LiveArticleFactory, "osprey", public, RELEASE),
        # Elsewhere: in a category, months and years with nothing live.
        hidden(DraftArticleFactory, "harrier", elsewhere, at(2018, 5, 5)),
        hidden(LiveArticleFactory, "falcon", elsewhere, at(2031, 6, 6)),
    ]
    expired_factory = getattr(factories, "ExpiredArticleFactory", None)
    if expired_factory is not None:  # when the editorial workflow's expiry is there
        items += [
            hidden(expired_factory, "merlin", public, at(2020, 10, 15), expires_at=NOW - dt.timedelta(hours=1)),
            hidden(expired_factory, "buzzard", elsewhere, at(2017, 3, 3), expires_at=NOW - dt.timedelta(hours=1)),
        ]
    for item in items:
        assert not item.article.is_live()
    assert live.is_live()
    return live, items


def fetch(client, path):
    response = client.get(path)
    headers = "\n".join(f"{name}: {value}" for name, value in response.headers.items())
    return response.status_code, f"{headers}\n\n{response.content.decode()}"


def hidden_addresses(items, language="en"):
    """Addresses that would show a hidden item (or a period with only hidden items): all 404."""
    for item in items:
        article = item.article
        yield localized(article.get_absolute_url(), language)
        yield localized(f"/api/v1/news/{article.slug}/", language)
        for attachment in article.attachments.all():
            yield attachment.document.get_absolute_url()
        if article.category.slug == "hidden-only":
            date = article.publication_date
            yield localized(f"/news/{date:%Y}/", language)
            yield localized(f"/news/{date:%Y}/{date:%m}/", language)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_public_endpoint_shows_an_unpublished_item(client, world, time_machine, language):
    live, items = world
    leaks = []
    periods = {path.removeprefix(f"/{language}") for path in hidden_addresses(items, language)}

    for endpoint in ENDPOINTS:
        path = localized(endpoint.path, language)
        status, answer = fetch(client, path)
        if status != 200:
            leaks.append(f"{path}: status {status}")
            continue
        if endpoint.shows_public and "heron" not in answer:
            leaks.append(f"{path}: the live item is missing, so the check proves nothing")
        for item in items:
            found = [secret for secret in item.secrets if secret in answer]
            if found:
                leaks.append(f"{path}: shows the {item.article.state} item {item.token} ({', '.join(found)})")
        for text in endpoint.expect:
            if language == "ru":
                text = RUSSIAN.get(text, text)
            if text not in answer:
                leaks.append(f"{path}: counts are wrong, {text!r} is missing")
        for link in re.findall(r"/news/(?:\d{4}/){1}(?:\d\d/)?", answer):
            if link in periods:
                leaks.append(f"{path}: links to {link}, a period with nothing live")

    for path in hidden_addresses(items, language):
        status, _ = fetch(client, path)
        if status != 404:
            leaks.append(f"{path}: status {status}, not 404")

    assert not leaks, "\n".join(leaks)

    # At its release the scheduled item appears wherever the live one does: nothing held on to the
    # old answers.
    time_machine.move_to(RELEASE + dt.timedelta(seconds=1), tick=False)
    for endpoint in ENDPOINTS:
        if endpoint.shows_public and endpoint.path != "/api/v1/news/heron-notice/":
            path = localized(endpoint.path, language)
            status, answer = fetch(client, path)
            if status != 200 or "osprey" not in answer:
                leaks.append(f"{path}: the released item is missing (status {status})")
    released = items[1].article.attachments.get().document
    if client.get(released.get_absolute_url()).status_code != 200:
        leaks.append(f"{released.get_absolute_url()}: the released item's document is not there")
    assert not leaks, "\n".join(leaks)


def public_routes(patterns=None, namespace=None):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace])) or None
            if pattern.namespace != "admin":
                yield from public_routes(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def test_every_public_route_is_checked(db):
    checked = {resolve(endpoint.path.split("?")[0]).view_name for endpoint in ENDPOINTS}
    checked.add("news:article")  # the hidden items' own addresses
    unchecked = set(public_routes()) - checked - NOT_ABOUT_ITEMS

    assert not unchecked, f"Add these routes to ENDPOINTS in {__name__} (or to NOT_ABOUT_ITEMS): {sorted(unchecked)}"
