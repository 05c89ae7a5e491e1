"""
An item's documents in ``import_news`` and ``export_news`` (``news.transfer``): a list under
``documents``, each a PDF beside the JSON file::

    "documents": [{"file": "news-documents/3f2a….pdf", "title": "Notes for applicants",
                   "title_ru": "Памятка заявителю", "name": "Notes for applicants.pdf",
                   "key": "3f2a…"}]

``file`` (a path relative to the JSON file's folder, and inside it) and ``title`` are required.
``name`` is the file name visitors' browsers save it under (the file's own name when left out),
``key`` the document's key on the site that exported it: a document already here under that key
is attached again rather than uploaded twice, and a new one keeps it, so its address stays the
same. Each file goes through the library's checks, as any upload.
"""

import shutil
import uuid

from django.core.exceptions import ValidationError
from django.core.files import File

from core import languages
from documents.models import Attachment, Document

TITLES = tuple(f"title_{code}" for code in languages.translations())
ENTRY_FIELDS = {"file", "title", "name", "key", *TITLES}


class DocumentRecordError(Exception):
    """What is wrong with one item's documents, in words."""


def _text(entry, name):
    value = entry.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DocumentRecordError(f"{name}: expected text, got {type(value).__name__}")
    return value.strip()


def _key(value):
    if not value:
        return None
    try:
        return uuid.UUID(hex=value)
    except ValueError:
        raise DocumentRecordError(f"key: {value!r} is not a document key") from None


def check_entries(value):
    """The record's ``documents`` as a list of dicts, or ``DocumentRecordError``."""
    if value in (None, ""):
        return []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise DocumentRecordError("documents: expected a list of objects")
    for number, entry in enumerate(value, start=1):
        if unknown := sorted(set(entry) - ENTRY_FIELDS):
            raise DocumentRecordError(f"documents[{number}]: unknown field(s): {', '.join(unknown)}")
        if not _text(entry, "file") or not _text(entry, "title"):
            raise DocumentRecordError(f"documents[{number}]: file and title are required")
    return value


def import_documents(article, entries, resolve_path, describe):
    """Attach the documents ``entries`` describe to the saved ``article``, in their order.
    ``resolve_path(value)`` finds a file beside the JSON (or raises); ``describe(error)`` words a
    ``ValidationError``."""
    for order, entry in enumerate(entries, start=1):
        key = _key(_text(entry, "key"))
        document = Document.objects.filter(key=key).first() if key else None
        if document is None:
            document = _new_document(entry, key, resolve_path(_text(entry, "file")), describe, order)
        Attachment.objects.get_or_create(article=article, document=document, defaults={"order": order})


def _new_document(entry, key, path, describe, number):
    name = _text(entry, "name") or path.name
    try:
        file = path.open("rb")
    except OSError as error:
        raise DocumentRecordError(f"documents[{number}]: cannot read {path.name!r}: {error.strerror}") from None
    with file:
        document = Document(title_en=_text(entry, "title"), file=File(file, name=name))
        for field in TITLES:
            setattr(document, field, _text(entry, field) or None)
        if key is not None:
            document.key = key
        try:
            document.full_clean()  # the same checks as every upload
        except ValidationError as error:
            raise DocumentRecordError(f"documents[{number}] {name}: {describe(error)}") from None
        document.save()
    return document


def export_documents(article, folder, relative_to):
    """The ``documents`` entries of ``article``, each file copied into ``folder`` (once per
    document, however many items list it)."""
    entries = []
    for attachment in Attachment.objects.filter(article=article).listed():
        document = attachment.document
        target = folder / f"{document.key.hex}.pdf"
        if not target.exists():
            folder.mkdir(parents=True, exist_ok=True)
            with document.file.open("rb") as source, target.open("wb") as copy:
                shutil.copyfileobj(source, copy)
        entry = {
            "file": target.relative_to(relative_to).as_posix(),
            "title": document.title_en,
            "name": document.original_name,
            "key": document.key.hex,
        }
        entry |= {field: value for field in TITLES if (value := getattr(document, field))}
        entries.append(entry)
    return entries
