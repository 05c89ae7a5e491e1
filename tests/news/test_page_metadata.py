"""An item's page tells search engines and social networks what it is: canonical link, Open Graph, Twitter card."""

import datetime as dt
import re

from tests.factories import CategoryFactory, ImageFactory, LiveArticleFactory


def meta(content):
    """``{property or name: content}`` of the page's <meta> tags."""
    found = {}
    for tag in re.findall(r"<meta [^>]+>", content):
        key = re.search(r'(?:property|name)="([^"]+)"', tag)
        value = re.search(r'content="([^"]*)"', tag)
        if key and value:
            found[key.group(1)] = value.group(1)
    return found


def test_article_page_has_a_canonical_link_and_open_graph_and_twitter_metadata(client, db, frozen):
    article = LiveArticleFactory(
        title="Statement on visas",
        slug="statement-on-visas",
        lead="The embassy explains the new visa rules & what changes.",
        category=CategoryFactory(name="Statements", slug="statements"),
        publication_date=dt.datetime(2020, 10, 26, 9, 30, tzinfo=dt.UTC),
    )

    content = client.get(article.get_absolute_url() + "?utm_source=newsletter").content.decode()
    tags = meta(content)

    url = "http://testserver/news/2020/10/26/statement-on-visas/"
    assert f'<link rel="canonical" href="{url}">' in content
    assert tags["og:type"] == "article"
    assert tags["og:url"] == url
    assert tags["og:title"] == "Statement on visas"
    assert tags["og:description"] == "The embassy explains the new visa rules &amp; what changes."
    assert tags["og:site_name"] == "Embassy of the Russian Federation in the United Kingdom"
    assert tags["article:published_time"] == "2020-10-26T09:30:00+00:00"
    assert tags["article:section"] == "Statements"
    assert tags["twitter:card"] == "summary"
    assert tags["twitter:title"] == "Statement on visas"
    assert "og:image" not in tags


def test_the_lead_image_is_the_shared_picture(client, db, frozen):
    image = ImageFactory(file__width=400, file__height=200, alt_text="The embassy at night")
    article = LiveArticleFactory(image=image)

    tags = meta(client.get(article.get_absolute_url()).content.decode())

    assert tags["og:image"] == f"http://testserver{image.file.url}"
    assert tags["og:image:width"] == "400" and tags["og:image:height"] == "200"
    assert tags["og:image:alt"] == "The embassy at night"
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["twitter:image"] == tags["og:image"]


def test_metadata_is_escaped(client, db, frozen):
    article = LiveArticleFactory(title='"><script>alert(1)</script>', lead='"><script>alert(2)</script>')

    content = client.get(article.get_absolute_url()).content.decode()

    assert "<script>alert" not in content
    assert meta(content)["og:title"] == "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
