"""The document library's rules, whichever way a file arrives (admin, import, code): a real PDF,
at most 20 MB, nothing that runs by itself, stored under a random key with its own name kept."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from pypdf import PdfReader

from documents.models import Document
from documents.validation import MAX_BYTES
from tests.documents import files
from tests.documents.files import upload


def document(content, name="notes.pdf", title="Notes for applicants"):
    return Document(title=title, file=upload(content, name=name))


def refusal(content, name="notes.pdf"):
    with pytest.raises(ValidationError) as caught:
        document(content, name).full_clean()
    return caught.value.message_dict["file"][0]


@pytest.mark.django_db
def test_a_real_pdf_is_stored_under_a_random_key_with_its_size_pages_and_own_name():
    content = files.pdf_bytes(pages=2)
    saved = document(content, name="Form 1 — заявление.pdf")
    saved.full_clean()
    saved.save()

    saved.refresh_from_db()
    assert saved.file.name == f"documents/{saved.key.hex}.pdf"
    assert saved.original_name == "Form 1 — заявление.pdf"
    assert (saved.size, saved.pages) == (len(content), 2)
    with default_storage.open(saved.file.name) as stored:
        assert stored.read() == content
    assert saved.get_absolute_url() == f"/documents/{saved.key}/form-1-zaiavlenie.pdf"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (files.renamed_png, "Upload a PDF file. This file is not one (whatever its name says)."),
        (files.truncated_pdf, "The PDF file is damaged or incomplete."),
        (lambda: b"", "The file is empty."),
        (files.pdf_with_javascript, "The PDF file contains JavaScript, which the site does not publish."),
        (files.pdf_with_hidden_javascript_name, "The PDF file contains JavaScript"),
        (files.pdf_with_page_open_script, "The PDF file contains actions that run by themselves"),
        (lambda: files.pdf_with_open_action("/JavaScript"), "The PDF file contains JavaScript"),
        (files.pdf_with_open_action, "The PDF file tries to start another program or open another file."),
        (files.pdf_with_attachment, "The PDF file has other files inside it (attachments)."),
        (files.encrypted_pdf, "The PDF file is protected by a password, so its content cannot be checked."),
    ],
    ids=[
        "renamed-png",
        "truncated",
        "empty",
        "document-javascript",
        "escaped-js-name",
        "page-open-action",
        "open-action-javascript",
        "open-action-launch",
        "embedded-file",
        "password",
    ],
)
@pytest.mark.django_db
def test_a_file_that_is_no_safe_pdf_is_refused_with_a_message_saying_why(content, message):
    assert refusal(content()).startswith(message)
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_file_one_byte_over_20_mb_is_refused_and_one_at_the_limit_is_accepted():
    over = files.pdf_over_the_limit()
    assert len(over) == MAX_BYTES + 1

    assert refusal(over) == (
        "The file is 20.0 MB; the limit is 20.0 MB. Make it smaller (e.g. lower the image quality) and upload it again."
    )
    at_the_limit = document(files.pdf_of_size(MAX_BYTES))
    assert at_the_limit.file.size == MAX_BYTES
    at_the_limit.full_clean()


@pytest.mark.django_db
def test_a_pdf_that_opens_at_a_page_or_is_only_protected_against_changes_is_accepted():
    document(files.pdf_opening_at_the_first_page()).full_clean()
    document(files.encrypted_pdf(user_password="", owner_password="owner-only")).full_clean()


@pytest.mark.django_db
def test_a_save_from_code_without_validation_still_refuses_javascript():
    with pytest.raises(ValidationError):
        document(files.pdf_with_javascript()).save()
    assert not Document.objects.exists()
    assert not default_storage.exists("documents") or not default_storage.listdir("documents")[1]


@pytest.mark.django_db
def test_a_new_file_gets_a_new_key_and_the_old_file_goes(django_capture_on_commit_callbacks):
    saved = document(files.pdf_bytes())
    saved.save()
    old_name, old_url = saved.file.name, saved.get_absolute_url()

    with django_capture_on_commit_callbacks(execute=True):
        saved.file = upload(files.pdf_bytes(["A second edition"]), name="notes-2026.pdf")
        saved.full_clean()
        saved.save()

    assert saved.get_absolute_url() != old_url
    assert not default_storage.exists(old_name)
    with default_storage.open(saved.file.name) as stored:
        assert "A second edition" in PdfReader(io.BytesIO(stored.read())).pages[0].extract_text()


@pytest.mark.django_db
def test_a_title_of_spaces_only_is_refused():
    with pytest.raises(ValidationError) as caught:
        document(files.pdf_bytes(), title="   ").full_clean()
    assert caught.value.message_dict["title_en"] == ["Give the document a title: visitors read it in the list."]


@pytest.mark.django_db
def test_the_title_has_a_russian_version_and_falls_back_to_english_without_one():
    from django.utils import translation

    translated = document(files.pdf_bytes(), title="Notes for applicants")
    translated.title_ru = "Памятка заявителю"
    untranslated = document(files.pdf_bytes(), title="Application form")
    for saved in (translated, untranslated):
        saved.full_clean()
        saved.save()

    with translation.override("ru"):
        assert Document.objects.get(pk=translated.pk).title == "Памятка заявителю"
        assert Document.objects.get(pk=untranslated.pk).title == "Application form"
    with translation.override("en"):
        assert Document.objects.get(pk=translated.pk).title == "Notes for applicants"
