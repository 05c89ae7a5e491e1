"""``load_demo`` gives a live demo item a real PDF document, made at load time."""

import io

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from documents.models import Attachment, Document
from documents.validation import inspect


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def test_a_live_demo_item_lists_a_real_pdf_with_notes_for_applicants(demo, client):
    attachment = Attachment.objects.select_related("article", "document").get()
    document = attachment.document
    assert attachment.article.is_live()
    with document.file.open("rb") as stored:
        content = stored.read()
    assert inspect(io.BytesIO(content)).pages == 1  # the library's own checks: no script, no action
    text = PdfReader(io.BytesIO(content)).pages[0].extract_text()
    assert "Notes for applicants: passport renewal" in text
    assert "two recent colour photographs" in text

    page = client.get(attachment.article.get_absolute_url()).content.decode()
    assert document.get_absolute_url() in page
    assert f"PDF, {document.human_size}" in page
    assert client.get(document.get_absolute_url())["Content-Type"] == "application/pdf"


def test_loading_the_demo_again_makes_no_second_document(demo):
    call_command("load_demo", verbosity=0)
    assert Document.objects.count() == 1
    assert Attachment.objects.count() == 1
