"""The document library in the admin, and an item's documents on the article form."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from documents.models import Attachment, Document
from tests.documents import files
from tests.documents.files import upload
from tests.factories import AttachmentFactory, CategoryFactory, DocumentFactory, DraftArticleFactory, LiveArticleFactory
from tests.news.workflow_helpers import article_form, change_url, form_on_page

ADD = reverse("admin:documents_document_add")


def post_upload(client, file, title="Notes for applicants: passport renewal", title_ru=""):
    return client.post(ADD, {"title_en": title, "title_ru": title_ru, "file": file})


def test_a_press_officer_uploads_a_pdf_and_its_name_size_and_pages_are_kept(press):
    response = post_upload(
        press,
        upload(files.pdf_bytes(pages=3), name="Памятка заявителю.pdf"),
        title="Notes for applicants",
        title_ru="Памятка заявителю",
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get()
    assert document.original_name == "Памятка заявителю.pdf"
    assert (document.title_en, document.title_ru) == ("Notes for applicants", "Памятка заявителю")
    assert document.pages == 3
    assert document.uploaded_by.username == "olga"
    change = press.get(reverse("admin:documents_document_change", args=[document.pk])).content.decode()
    assert document.get_absolute_url() in change
    assert document.human_size in change


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (files.renamed_png, "form.pdf", "Upload a PDF file. This file is not one (whatever its name says)."),
        (files.truncated_pdf, "notes.pdf", "The PDF file is damaged or incomplete."),
        (files.pdf_with_javascript, "notes.pdf", "The PDF file contains JavaScript, which the site does not publish."),
        (files.pdf_with_open_action, "notes.pdf", "The PDF file tries to start another program or open another file."),
        (files.pdf_over_the_limit, "big.pdf", "The file is 20.0 MB; the limit is 20.0 MB."),
    ],
    ids=["renamed-png", "truncated", "javascript", "launch", "over-20-mb"],
)
def test_a_refused_upload_says_why_on_the_form_and_keeps_the_title(editing, content, name, message):
    response = post_upload(editing, upload(content(), name=name), title="Notes, as typed")

    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert 'value="Notes, as typed"' in page
    assert not Document.objects.exists()
    assert not default_storage.exists("documents") or not default_storage.listdir("documents")[1]


def test_the_article_form_lists_documents_with_an_autocomplete_and_a_plus_to_upload(editing):
    article = DraftArticleFactory()
    page = editing.get(change_url(article)).content.decode()

    assert 'name="attachments-0-document"' in page
    assert "admin-autocomplete" in page
    assert f'href="{ADD}?_to_field=id&amp;_popup=1"' in page


def test_an_editor_attaches_documents_in_order_from_the_article_form(editing):
    article = DraftArticleFactory(category=CategoryFactory())
    first, second = DocumentFactory(title="Notes"), DocumentFactory(title="Application form")
    data = article_form(article) | {
        "edit_token": article.updated.isoformat(),
        "attachments-TOTAL_FORMS": "2",
        "attachments-INITIAL_FORMS": "0",
        "attachments-0-document": second.pk,
        "attachments-0-order": "2",
        "attachments-1-document": first.pk,
        "attachments-1-order": "1",
    }

    response = editing.post(change_url(article), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert [a.document.title for a in Attachment.objects.filter(article=article).listed()] == [
        "Notes",
        "Application form",
    ]


def test_a_document_listed_twice_on_one_item_is_refused_with_a_message(editing):
    article = DraftArticleFactory()
    document = DocumentFactory()
    data = article_form(article) | {
        "edit_token": article.updated.isoformat(),
        "attachments-TOTAL_FORMS": "2",
        "attachments-INITIAL_FORMS": "0",
        "attachments-0-document": document.pk,
        "attachments-0-order": "1",
        "attachments-1-document": document.pk,
        "attachments-1-order": "2",
    }

    response = editing.post(change_url(article), data)

    assert response.status_code == 200
    assert "Please correct the duplicate data for document" in response.content.decode()
    assert not Attachment.objects.exists()


def test_a_save_without_the_documents_part_keeps_the_items_documents(editing):
    article = DraftArticleFactory()
    AttachmentFactory(article=article, document=DocumentFactory())
    form = article_form(article) | {"edit_token": article.updated.isoformat(), "title": "A new title"}

    assert editing.post(change_url(article), form).status_code == 302
    assert Attachment.objects.filter(article=article).count() == 1


def test_a_press_officer_sees_a_published_items_documents_read_only(press):
    article = LiveArticleFactory()
    AttachmentFactory(article=article, document=DocumentFactory(title="Published notes"))

    page = press.get(change_url(article)).content.decode()

    assert "Published notes" in page
    assert 'name="attachments-0-document"' not in page


def test_a_press_officer_cannot_change_a_document_a_published_item_lists(press, editing):
    document = DocumentFactory(title="Published notes")
    AttachmentFactory(article=LiveArticleFactory(), document=document)
    url = reverse("admin:documents_document_change", args=[document.pk])

    refused = press.post(url, {"title_en": "Changed by a press officer"})
    allowed = editing.post(url, {"title_en": "Changed by an editor"})

    assert refused.status_code == 403
    assert allowed.status_code == 302
    document.refresh_from_db()
    assert document.title == "Changed by an editor"


def test_the_page_keeps_the_documents_in_the_form_it_sends_back(editing):
    article = DraftArticleFactory()
    AttachmentFactory(article=article, document=DocumentFactory())
    form = form_on_page(editing.get(change_url(article)))
    assert form["attachments-TOTAL_FORMS"] == "2"  # the row and one empty one
    assert editing.post(change_url(article), form).status_code == 302
    assert Attachment.objects.filter(article=article).count() == 1
