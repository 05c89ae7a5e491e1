"""What visitors see of documents: the list on a live item's page (title, type, size), the file
itself (application/pdf under its own name), and nothing of a document only a draft lists."""

import pytest

from tests.documents import files
from tests.documents.files import upload
from tests.factories import (
    AttachmentFactory,
    DocumentFactory,
    DraftArticleFactory,
    LiveArticleFactory,
    RussianArticleFactory,
)

pytestmark = pytest.mark.django_db


def a_document(name="notes.pdf", title="Notes for applicants: passport renewal", content=None):
    return DocumentFactory(title=title, file=upload(content or files.pdf_bytes(), name=name))


def test_a_live_items_page_lists_its_documents_in_order_with_title_type_and_size(client):
    article = LiveArticleFactory(title="Passport renewal")
    second = a_document(title="Application form", content=files.pdf_of_size(250_000))
    first = a_document(title="Notes for applicants: passport renewal")
    AttachmentFactory(article=article, document=second, order=2)
    AttachmentFactory(article=article, document=first, order=1)

    content = client.get(article.get_absolute_url()).content.decode()

    assert '<section class="documents" aria-labelledby="documents-heading">' in content
    assert '<h2 id="documents-heading" class="documents__heading">Documents</h2>' in content
    assert content.index("Notes for applicants: passport renewal") < content.index("Application form")
    assert (
        f'<a class="documents__link" href="{second.get_absolute_url()}" type="application/pdf" '
        f'aria-describedby="document-{second.key.hex}">Application form</a>'
    ) in content
    assert f'<span class="documents__meta" id="document-{second.key.hex}">PDF, 244 KB</span>' in content


def test_on_a_russian_page_a_document_with_only_its_english_title_is_marked_english(client):
    """A screen reader reads the English title in English; a Russian title is Russian like the page."""
    article = RussianArticleFactory()
    english = a_document(title="Notes for applicants: passport renewal")
    russian = a_document(title="Application form")
    russian.title_ru = "Анкета"
    russian.save()
    AttachmentFactory(article=article, document=english, order=1)
    AttachmentFactory(article=article, document=russian, order=2)

    content = client.get("/ru" + article.get_absolute_url()).content.decode()

    assert (
        f'aria-describedby="document-{english.key.hex}" lang="en">Notes for applicants: passport renewal</a>'
    ) in content
    assert f'aria-describedby="document-{russian.key.hex}">Анкета</a>' in content
    # In English nothing is marked: the page is English.
    assert f'aria-describedby="document-{english.key.hex}">Notes for applicants' in client.get(
        article.get_absolute_url()
    ).content.decode()


def test_an_item_without_documents_has_no_documents_section(client):
    article = LiveArticleFactory()
    assert 'class="documents"' not in client.get(article.get_absolute_url()).content.decode()


def test_the_file_is_served_as_a_pdf_under_its_original_name(client):
    content = files.pdf_bytes()
    document = a_document(name="Notes for applicants.pdf", content=content)
    AttachmentFactory(article=LiveArticleFactory(), document=document)

    response = client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="Notes for applicants.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == content


@pytest.mark.parametrize(
    ("name", "disposition"),
    [
        ('Form "A" of 2026.pdf', r'inline; filename="Form \"A\" of 2026.pdf"'),
        (
            "Заявление на паспорт.pdf",
            "inline; filename*=utf-8''%D0%97%D0%B0%D1%8F%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5"
            "%20%D0%BD%D0%B0%20%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82.pdf",
        ),
        ("notes\r\nSet-Cookie: x=1.pdf", 'inline; filename="notesSet-Cookie: x=1.pdf"'),
        ("scan", 'inline; filename="scan.pdf"'),
    ],
    ids=["quotes", "cyrillic", "line-break", "no-extension"],
)
def test_any_original_name_reaches_the_browser_safely(client, name, disposition):
    document = a_document(name=name)
    AttachmentFactory(article=LiveArticleFactory(), document=document)

    response = client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Disposition"] == disposition
    assert "Set-Cookie" not in response.headers


def test_a_document_only_a_draft_lists_is_not_public(client):
    document = a_document(title="Draft notes")
    draft = DraftArticleFactory()
    AttachmentFactory(article=draft, document=document)

    assert client.get(document.get_absolute_url()).status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_signed_in_staff_open_any_document_and_it_is_never_cached(admin_client):
    document = a_document()

    response = admin_client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_a_wrong_name_or_key_is_a_404(client):
    document = a_document()
    AttachmentFactory(article=LiveArticleFactory(), document=document)

    assert client.get(f"/documents/{document.key}/other.pdf").status_code == 404
    assert client.get("/documents/00000000-0000-0000-0000-000000000000/notes.pdf").status_code == 404
    assert client.get("/documents/not-a-key/notes.pdf").status_code == 404


def test_behind_nginx_the_site_hands_the_file_over_with_x_accel_redirect(client, settings):
    settings.EMBASSY_DOCUMENTS_ACCEL_REDIRECT = True
    document = a_document(name="Заявление.pdf")
    AttachmentFactory(article=LiveArticleFactory(), document=document)

    response = client.get(document.get_absolute_url())

    assert response["X-Accel-Redirect"] == f"/media/documents/{document.key.hex}.pdf"
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == "inline; filename*=utf-8''%D0%97%D0%B0%D1%8F%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5.pdf"
    )
    assert response.content == b""


def test_a_change_to_a_document_clears_the_cached_page_that_lists_it(client):
    article = LiveArticleFactory()
    document = a_document(title="Notes, first edition")
    AttachmentFactory(article=article, document=document)
    assert "Notes, first edition" in client.get(article.get_absolute_url()).content.decode()

    document.title = "Notes, second edition"
    document.save()

    assert "Notes, second edition" in client.get(article.get_absolute_url()).content.decode()


def test_attaching_a_document_clears_the_cached_page(client):
    article = LiveArticleFactory()
    client.get(article.get_absolute_url())

    AttachmentFactory(article=article, document=a_document(title="Newly attached notes"))

    assert "Newly attached notes" in client.get(article.get_absolute_url()).content.decode()
