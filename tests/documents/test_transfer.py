"""``export_news`` and ``import_news`` carry an item's documents: their files beside the JSON,
their titles (English and Russian), original names, order and keys, through the library's checks."""

import io
import json

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from documents.models import Attachment, Document
from news.models import Article
from tests.documents import files
from tests.documents.files import upload
from tests.factories import AttachmentFactory, CategoryFactory, DocumentFactory, LiveArticleFactory

pytestmark = pytest.mark.django_db


def run_import(path):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_news", str(path), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), str(error)
    return out.getvalue(), err.getvalue(), None


def test_export_then_import_into_an_empty_site_brings_the_documents_back(tmp_path, django_capture_on_commit_callbacks):
    category = CategoryFactory(slug="consular")
    notes_content = files.pdf_bytes(["Notes for applicants"])
    notes = DocumentFactory(title="Notes for applicants", file=upload(notes_content, name="Памятка «1».pdf"))
    notes.title_ru = "Памятка заявителю"
    notes.save()
    form = DocumentFactory(title="Application form")
    passports = LiveArticleFactory(slug="passports", category=category)
    visas = LiveArticleFactory(slug="visas", category=category)
    AttachmentFactory(article=passports, document=form, order=2)
    AttachmentFactory(article=passports, document=notes, order=1)
    AttachmentFactory(article=visas, document=notes)
    old_urls = {notes.get_absolute_url(), form.get_absolute_url()}
    path = tmp_path / "export" / "news.jsonl"
    path.parent.mkdir()

    call_command("export_news", str(path), stderr=io.StringIO())
    records = {r["slug"]: r for r in map(json.loads, path.read_text().splitlines())}
    assert [d["title"] for d in records["passports"]["documents"]] == ["Notes for applicants", "Application form"]
    assert records["passports"]["documents"][0] == {
        "file": f"news-documents/{notes.key.hex}.pdf",
        "title": "Notes for applicants",
        "title_ru": "Памятка заявителю",
        "name": "Памятка «1».pdf",
        "key": notes.key.hex,
    }
    assert (path.parent / f"news-documents/{notes.key.hex}.pdf").read_bytes() == notes_content

    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.all().delete()
        Document.objects.all().delete()
    assert not default_storage.listdir("documents")[1]
    _out, err, failed = run_import(path)

    assert failed is None, err
    assert Document.objects.count() == 2  # the document both items list came once
    restored = Document.objects.get(original_name="Памятка «1».pdf")
    assert (restored.title_en, restored.title_ru) == ("Notes for applicants", "Памятка заявителю")
    with default_storage.open(restored.file.name) as stored:
        assert stored.read() == notes_content
    listed = Attachment.objects.filter(article__slug="passports").listed()
    assert [a.document.title for a in listed] == ["Notes for applicants", "Application form"]
    assert {d.get_absolute_url() for d in Document.objects.all()} == old_urls  # the same addresses


def test_a_record_whose_document_is_no_safe_pdf_is_not_imported_and_leaves_nothing(tmp_path):
    CategoryFactory(slug="consular")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "form.pdf").write_bytes(files.pdf_with_javascript())
    (tmp_path / "docs" / "notes.pdf").write_bytes(files.pdf_bytes())
    record = {
        "title": "Passports",
        "category": "consular",
        "publication_date": "2020-10-26T18:00",
        "lead": "Passports.",
        "documents": [
            {"file": "docs/notes.pdf", "title": "Notes"},
            {"file": "docs/form.pdf", "title": "Form"},
        ],
    }
    bad_path = {**record, "title": "Other", "documents": [{"file": "../secret.pdf", "title": "Secret"}]}
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (record, bad_path)))

    _out, err, failed = run_import(path)

    assert "documents[2] form.pdf: file: The PDF file contains JavaScript" in err
    assert "documents: '../secret.pdf' is outside the folder of the JSON file" in err
    assert failed == "0 imported, 0 already there, 2 not imported."
    assert not Article.objects.exists() and not Document.objects.exists()
    assert not default_storage.exists("documents") or not default_storage.listdir("documents")[1]


def test_export_to_standard_output_says_the_documents_are_left_out():
    AttachmentFactory(article=LiveArticleFactory(), document=DocumentFactory())
    out, err = io.StringIO(), io.StringIO()

    call_command("export_news", stdout=out, stderr=err)

    assert "documents" not in json.loads(out.getvalue())
    assert "The documents of 1 items left out" in err.getvalue()
