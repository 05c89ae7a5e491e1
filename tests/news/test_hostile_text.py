"""
Any stored text reaches every reader as the text the item's page shows: feed readers (RSS and
Atom, parsed as a reader parses them), the search page's highlights, and the machine-readable
times of the pages. Runs on SQLite and on PostgreSQL (the full-text headline path there).
"""

import datetime as dt
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from news.models import Article
from tests.factories import LiveArticleFactory
from tests.news.moments import NOW

ATOM = "{http://www.w3.org/2005/Atom}"

HOSTILE = [
    ("Ambassador's address", "The \"ambassador's\" address & reception."),
    ("<svg onload=alert(1)> embassy", "<svg onload=alert(1)>"),
    ("Tom &amp; Jerry &lt;b&gt; at the embassy", "A lead with &amp; &#x27; &lt;script&gt; written out."),
    ("]]> <![CDATA[ embassy <b>bold</b>", "</description><script>alert('lead')</script>"),
    ("\ue001Closed\ue000 embassy \ue000", "Markers \ue000in\ue001 the \ue001lead\ue000."),
]


class Text(HTMLParser):
    """The text of an HTML fragment as a browser shows it, and the elements it holds."""

    def __init__(self, markup):
        super().__init__(convert_charrefs=True)
        self.parts, self.tags = [], []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        self.tags.append(f"/{tag}")

    def handle_data(self, data):
        self.parts.append(data)

    @property
    def text(self):
        return "".join(self.parts)


def html_text(markup):
    parsed = Text(markup)
    assert parsed.tags == [], f"markup reached the reader: {parsed.tags}"
    return parsed.text


def page_text(client, article):
    """The title and the lead as the item's own page shows them."""
    content = client.get(article.get_absolute_url()).content.decode()
    title = re.search(r'<h1 class="article__title">(.*?)</h1>', content, re.S).group(1)
    lead = re.search(r'<p class="article__lead">(.*?)</p>', content, re.S).group(1)
    return html_text(title), html_text(lead)


@pytest.fixture
def hostile_items(db, frozen, statements):
    return [
        LiveArticleFactory(title=title, lead=lead, category=statements, publication_date=NOW - dt.timedelta(hours=n))
        for n, (title, lead) in enumerate(HOSTILE, start=1)
    ]


@pytest.mark.parametrize("feed", ["news:feed_rss", "news:category_feed_rss"])
def test_rss_readers_get_the_title_and_lead_the_page_shows(client, hostile_items, feed):
    kwargs = {"slug": "statements"} if feed.startswith("news:category") else {}
    channel = ET.fromstring(client.get(reverse(feed, kwargs=kwargs)).content).find("channel")
    items = {item.findtext("link"): item for item in channel.findall("item")}

    for article in hostile_items:
        item = items[f"http://testserver{article.get_absolute_url()}"]
        title, lead = page_text(client, article)
        assert (title, lead) == (article.title, article.lead)
        assert item.findtext("title") == title  # RSS titles are character data
        assert html_text(item.findtext("description")) == lead  # descriptions are HTML


@pytest.mark.parametrize("feed", ["news:feed_atom", "news:category_feed_atom"])
def test_atom_readers_get_the_title_and_lead_the_page_shows(client, hostile_items, feed):
    kwargs = {"slug": "statements"} if feed.startswith("news:category") else {}
    feed = ET.fromstring(client.get(reverse(feed, kwargs=kwargs)).content)
    entries = {entry.find(f"{ATOM}link[@rel='alternate']").get("href"): entry for entry in feed.findall(f"{ATOM}entry")}

    for article in hostile_items:
        entry = entries[f"http://testserver{article.get_absolute_url()}"]
        title, lead = page_text(client, article)
        assert entry.find(f"{ATOM}title").get("type", "text") == "text"
        assert entry.findtext(f"{ATOM}title") == title == article.title
        summary = entry.find(f"{ATOM}summary")
        assert summary.get("type") == "html"
        assert html_text(summary.text) == lead


def test_an_apostrophe_in_a_title_is_not_an_entity_in_either_feed(client, db, frozen, statements):
    LiveArticleFactory(title="Ambassador's address", category=statements)

    for feed in ("news:feed_rss", "news:feed_atom"):
        content = client.get(reverse(feed)).content.decode()
        assert re.search(r"<title( type=\"text\")?>Ambassador's address</title>", content), content


# Machine-readable times

VALID_DATETIME = re.compile(
    r"^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d))?$"
)  # HTML's date or global date and time: at most three digits of a second's fraction


def datetimes(content):
    return re.findall(r'<time[^>]*\sdatetime="([^"]*)"', content)


def test_times_saved_with_microseconds_are_valid_datetime_attributes_on_every_page(client, db, frozen, statements):
    article = LiveArticleFactory(
        title="Saved from code embassy",
        category=statements,
        publication_date=dt.datetime(2020, 10, 26, 20, 13, 4, 794085, tzinfo=dt.UTC),
    )
    pages = [
        reverse("home"),
        reverse("news:archive"),
        statements.get_absolute_url(),
        article.get_absolute_url(),
        reverse("news:search") + "?q=embassy",
    ]

    for url in pages:
        found = datetimes(client.get(url).content.decode())
        assert found, url
        assert all(VALID_DATETIME.match(value) for value in found), (url, found)
    item_times = set(datetimes(client.get(article.get_absolute_url()).content.decode()))
    assert "2020-10-26T20:13:04+00:00" in item_times  # London in October 2020 is GMT


def test_a_summer_time_is_written_in_london_time_to_the_second(client, db, time_machine, statements):
    time_machine.move_to(dt.datetime(2020, 7, 1, 12, tzinfo=dt.UTC), tick=False)
    article = LiveArticleFactory(
        category=statements, publication_date=dt.datetime(2020, 6, 30, 8, 0, 0, 500, tzinfo=dt.UTC)
    )

    assert "2020-06-30T09:00:00+01:00" in datetimes(client.get(article.get_absolute_url()).content.decode())


# Search highlights


def marked(fragment):
    """The text of a highlighted fragment and its marked words; fails unless every <mark> is
    closed before the next opens, and nothing but <mark> is markup."""
    parsed = Text(fragment)
    assert set(parsed.tags) <= {"mark", "/mark"}, parsed.tags
    assert parsed.tags == ["mark", "/mark"] * (len(parsed.tags) // 2), parsed.tags
    return parsed.text


def test_private_use_characters_in_stored_text_cannot_unbalance_the_highlights(client, db, frozen):
    article = LiveArticleFactory(
        title="\ue001Visa\ue000 rules \ue000for the embassy",
        lead="Visa \ue000applications\ue001 close \ue001early\ue000.",
        body="<p>Visa \ue000centre\ue001 hours.</p>",
    )
    # A body written around the sanitiser (loaddata, update()) may hold the characters as references.
    Article.objects.filter(pk=article.pk).update(body="<p>Visa &#57344;centre&#xE001; hours &#xe000;visa.</p>")

    content = client.get(reverse("news:search"), {"q": "visa"}).content.decode()

    assert "\ue000" not in content and "\ue001" not in content
    (title,) = re.findall(r'<h2 class="news-item__title">.*?<a href="[^"]*">(.*?)</a></h2>', content, re.S)
    (snippet,) = re.findall(r'<p class="news-item__lead search-result__snippet">(.*?)</p>', content, re.S)
    assert marked(title) == "Visa rules for the embassy"
    assert title.startswith("<mark>Visa</mark>")
    assert "Visa applications close early." in " ".join(marked(snippet).split())
    assert "<mark>Visa</mark>" in snippet


@pytest.mark.parametrize(("title", "lead"), HOSTILE)
def test_hostile_titles_and_leads_come_out_of_search_as_their_text(client, db, frozen, title, lead):
    LiveArticleFactory(title=title, lead=lead, body="<p>Embassy.</p>")

    content = client.get(reverse("news:search"), {"q": "embassy"}).content.decode()

    (found,) = re.findall(r'<h2 class="news-item__title">.*?<a href="[^"]*">(.*?)</a></h2>', content, re.S)
    assert marked(found) == title.replace("\ue000", "").replace("\ue001", "")
