"""Documents reach feed readers: an RSS enclosure (one an item, RSS allows no more) and an Atom
link rel=enclosure per document, with the absolute address, the length in bytes and the type."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.documents import files
from tests.documents.files import upload
from tests.factories import AttachmentFactory, DocumentFactory, ImageFactory, LiveArticleFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def items(client, name):
    root = ET.fromstring(client.get(reverse(name)).content)
    return root.find("channel").findall("item") if root.tag == "rss" else root.findall(f"{ATOM}entry")


def test_an_items_document_is_its_rss_enclosure_before_its_lead_image(client):
    article = LiveArticleFactory(title="Passport renewal", image=ImageFactory())
    notes = DocumentFactory(file=upload(files.pdf_of_size(54_321), name="notes.pdf"))
    form = DocumentFactory(title="Application form")
    AttachmentFactory(article=article, document=notes, order=1)
    AttachmentFactory(article=article, document=form, order=2)

    (item,) = items(client, "news:feed_rss")

    (enclosure,) = item.findall("enclosure")
    assert enclosure.attrib == {
        "url": f"http://testserver{notes.get_absolute_url()}",
        "length": "54321",
        "type": "application/pdf",
    }


def test_atom_links_every_document_and_the_lead_image_as_enclosures(client):
    image = ImageFactory()
    article = LiveArticleFactory(image=image)
    notes, form = DocumentFactory(), DocumentFactory(title="Application form")
    AttachmentFactory(article=article, document=notes, order=1)
    AttachmentFactory(article=article, document=form, order=2)

    (entry,) = items(client, "news:feed_atom")

    links = entry.findall(f"{ATOM}link[@rel='enclosure']")
    assert [(link.get("href"), link.get("type"), link.get("length")) for link in links] == [
        (f"http://testserver{notes.get_absolute_url()}", "application/pdf", str(notes.size)),
        (f"http://testserver{form.get_absolute_url()}", "application/pdf", str(form.size)),
        (f"http://testserver{image.file.url}", "image/jpeg", str(image.file.size)),
    ]


def test_a_feed_enclosure_is_a_document_visitors_can_fetch(client):
    document = DocumentFactory()
    AttachmentFactory(article=LiveArticleFactory(), document=document)

    (item,) = items(client, "news:feed_rss")
    url = item.find("enclosure").get("url").removeprefix("http://testserver")

    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
