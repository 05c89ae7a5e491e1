"""RSS 2.0 and Atom feeds, for all news and for each category."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news.feeds import AtomFeed, RssFeed
from tests.factories import AttachmentFactory, CategoryFactory, DocumentFactory, ImageFactory, LiveArticleFactory
from tests.news.moments import NOW

ATOM = "{http://www.w3.org/2005/Atom}"


def visa_statement(category):
    return LiveArticleFactory(
        title="Statement on visas",
        slug="statement-on-visas",
        lead="The embassy explains the new visa rules.",
        publication_date=dt.datetime(2020, 10, 26, 9, 30, tzinfo=dt.UTC),
        category=category,
    )


def rss_items(response):
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def atom_entries(response):
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


def test_rss_feed_lists_live_items_newest_first_with_summary_link_and_date(client, frozen, statements):
    LiveArticleFactory(title="Older statement", publication_date=NOW - dt.timedelta(days=2), category=statements)
    visa_statement(statements)

    channel, items = rss_items(client.get(reverse("news:feed_rss")))

    assert channel.findtext("title") == "Embassy of the Russian Federation in the United Kingdom: news"
    assert channel.findtext("link") == "http://testserver/news/"
    assert [item.findtext("title") for item in items] == ["Statement on visas", "Older statement"]
    newest = items[0]
    assert newest.findtext("link") == "http://testserver/news/2020/10/26/statement-on-visas/"
    assert newest.findtext("description") == "The embassy explains the new visa rules."
    assert newest.findtext("pubDate") == "Mon, 26 Oct 2020 09:30:00 +0000"
    assert newest.findtext("category") == "Statements"
    assert newest.findtext("guid") == "http://testserver/news/2020/10/26/statement-on-visas/"


def test_atom_feed_lists_live_items_with_summary_link_and_dates(client, frozen, statements):
    visa_statement(statements)

    feed, (entry,) = atom_entries(client.get(reverse("news:feed_atom")))

    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Embassy of the Russian Federation in the United Kingdom"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "http://testserver/news/feed/atom/"
    assert entry.findtext(f"{ATOM}title") == "Statement on visas"
    assert entry.find(f"{ATOM}link[@rel='alternate']").get("href") == (
        "http://testserver/news/2020/10/26/statement-on-visas/"
    )
    assert entry.findtext(f"{ATOM}summary") == "The embassy explains the new visa rules."
    assert entry.findtext(f"{ATOM}published") == "2020-10-26T09:30:00+00:00"
    assert entry.findtext(f"{ATOM}updated") == "2020-10-27T15:00:00+00:00"  # edited after its release


def test_the_lead_image_is_an_enclosure(client, frozen, statements):
    image = ImageFactory(file__width=400, file__height=200)
    LiveArticleFactory(title="With a picture", image=image, category=statements)
    LiveArticleFactory(title="Without a picture", category=statements, publication_date=NOW - dt.timedelta(days=1))
    url = f"http://testserver{image.file.url}"

    _, items = rss_items(client.get(reverse("news:feed_rss")))
    enclosure = items[0].find("enclosure")
    assert enclosure.attrib == {"url": url, "length": str(image.file.size), "type": "image/jpeg"}
    assert items[1].find("enclosure") is None

    _, entries = atom_entries(client.get(reverse("news:feed_atom")))
    link = entries[0].find(f"{ATOM}link[@rel='enclosure']")
    assert link.attrib == {"rel": "enclosure", "href": url, "length": str(image.file.size), "type": "image/jpeg"}


def test_an_image_whose_file_is_gone_gives_no_enclosure(client, frozen, statements):
    image = ImageFactory(file__width=400, file__height=200)
    LiveArticleFactory(image=image, category=statements)
    image.file.storage.delete(image.file.name)

    response = client.get(reverse("news:feed_rss"))

    assert response.status_code == 200
    assert rss_items(response)[1][0].find("enclosure") is None


def test_each_item_shows_its_own_category(client, frozen, statements):
    comments = CategoryFactory(name="Comments", slug="comments")
    LiveArticleFactory(title="A statement", category=statements, publication_date=NOW)
    LiveArticleFactory(title="A comment", category=comments, publication_date=NOW - dt.timedelta(hours=1))
    LiveArticleFactory(title="Another statement", category=statements, publication_date=NOW - dt.timedelta(hours=2))

    _, items = rss_items(client.get(reverse("news:feed_rss")))

    assert [(item.findtext("title"), item.findtext("category")) for item in items] == [
        ("A statement", "Statements"),
        ("A comment", "Comments"),
        ("Another statement", "Statements"),
    ]


@pytest.mark.usefixtures("rendered_every_time")  # reads what a render reads
def test_a_feed_reads_only_the_columns_it_shows(client, frozen, statements):
    article = LiveArticleFactory(category=statements, body="<p>The full text.</p>", image=ImageFactory())
    AttachmentFactory(article=article, document=DocumentFactory())

    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("news:feed_rss"))

    sql = [query["sql"] for query in queries.captured_queries]
    (items_query,) = [query for query in sql if 'FROM "news_article"' in query]
    (documents_query,) = [query for query in sql if 'FROM "documents_attachment"' in query]
    for column in ['"body"', '"body_en"', '"search_vector_en"', '"renditions"', '"alt_text"', '"is_featured"']:
        assert column not in items_query
    for column in ['"documents_document"."title"', '"documents_document"."file"', '"documents_document"."pages"']:
        assert column not in documents_query


@pytest.mark.parametrize("feed_type", [RssFeed, AtomFeed])
def test_a_feed_is_written_in_one_piece(feed_type):
    """The XML writer's many small writes go to memory, and the response gets one."""
    feed = feed_type(title="News", link="http://testserver/news/", description="All the news.")
    feed.add_item(title="An item", link="http://testserver/news/an-item/", description="Its lead.", pubdate=NOW)

    class Outfile(list):
        write = list.append

    outfile = Outfile()
    feed.write(outfile, "utf-8")

    assert len(outfile) == 1
    assert outfile[0] == feed.writeString("utf-8")


@pytest.mark.parametrize("name", ["news:category_feed_rss", "news:category_feed_atom"])
def test_category_feeds_list_only_that_category(client, frozen, statements, name):
    LiveArticleFactory(title="A statement", category=statements)
    LiveArticleFactory(title="A comment")

    response = client.get(reverse(name, kwargs={"slug": "statements"}))

    assert response.status_code == 200
    content = response.content.decode()
    assert "A statement" in content and "A comment" not in content
    assert "Embassy of the Russian Federation in the United Kingdom: Statements" in content


@pytest.mark.parametrize("name", ["news:category_feed_rss", "news:category_feed_atom"])
def test_feed_of_an_unknown_category_is_404(client, db, name):
    assert client.get(reverse(name, kwargs={"slug": "no-such-category"})).status_code == 404


def test_feeds_carry_the_newest_thirty_items(client, frozen, statements):
    for n in range(35):
        LiveArticleFactory(title=f"Item {n:02d}", category=statements, publication_date=NOW - dt.timedelta(hours=n))

    _, items = rss_items(client.get(reverse("news:feed_rss")))

    assert len(items) == 30
    assert items[-1].findtext("title") == "Item 29"


def test_empty_feeds_are_still_valid(client, frozen, statements):
    for name in ["news:feed_rss", "news:category_feed_rss"]:
        kwargs = {"slug": "statements"} if "category" in name else {}
        channel, items = rss_items(client.get(reverse(name, kwargs=kwargs)))
        assert items == [] and channel.findtext("title")
    feed, entries = atom_entries(client.get(reverse("news:feed_atom")))
    assert entries == [] and feed.findtext(f"{ATOM}id")


def test_pages_announce_the_feeds(client, frozen, statements):
    article = LiveArticleFactory(category=statements)

    for url in ["/", reverse("news:archive"), article.get_absolute_url()]:
        content = client.get(url).content.decode()
        assert '<link rel="alternate" type="application/rss+xml"' in content, url
        assert 'href="/news/feed/rss/"' in content and 'href="/news/feed/atom/"' in content, url

    content = client.get(statements.get_absolute_url()).content.decode()
    assert 'href="/news/category/statements/feed/rss/"' in content
    assert 'href="/news/category/statements/feed/atom/"' in content
    assert 'title="Statements (RSS)"' in content


@pytest.mark.usefixtures("rendered_every_time")  # counts what a render costs
def test_feeds_cost_a_fixed_number_of_queries(client, frozen, statements, django_assert_max_num_queries):
    document = DocumentFactory()
    for n in range(30):
        article = LiveArticleFactory(category=CategoryFactory() if n % 2 else statements, image=None)
        if n % 3 == 0:
            AttachmentFactory(article=article, document=document)

    # The items, and their documents.
    with django_assert_max_num_queries(2):
        client.get(reverse("news:feed_rss"))
    with django_assert_max_num_queries(3):
        client.get(reverse("news:category_feed_atom", kwargs={"slug": "statements"}))
