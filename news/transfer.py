"""
Moving news items in and out as JSON (``import_news`` and ``export_news``).

One item is one JSON object; a file is JSON Lines (one object a line, so a
broken line spoils only itself) or one JSON array of objects::

    {"source_id": "4711", "title": "Statement on visas", "slug": "statement-on-visas",
     "category": "statements", "publication_date": "2020-10-26T18:00:00+00:00",
     "status": "published", "lead": "…", "body": "<p>…</p>",
     "title_ru": "Заявление о визах", "lead_ru": "…", "body_ru": "<p>…</p>",
     "image": "images/4711.jpg", "image_alt": "…", "image_caption": "", "image_credit": "",
     "image_alt_ru": "…", "image_caption_ru": "", "image_credit_ru": ""}

Required: ``title``, ``category`` (a category's slug or name), ``publication_date``
(ISO 8601; without an offset it is London time) and ``lead``. ``image`` is a path
relative to the JSON file's folder (and inside it); ``image_alt`` is required with it.
``title``, ``lead``, ``body`` and the image's texts are English; the same names ending
in ``_ru`` are the Russian version (optional: the Russian version is public when its
title and lead are there and the item is live). Export writes the ``_ru`` fields that
are filled.

``documents`` lists the item's PDF documents, in order (see ``documents.transfer``).

Each item goes through what the admin does: the image through the library's
validator and metadata stripping, the item through ``full_clean`` and the body
sanitiser. An item already there (same ``source_id``; else same ``slug``; else
same title and publication time) is skipped, so running an import twice creates
nothing twice.
"""

import datetime
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from core import languages
from core.clocks import LONDON
from documents.transfer import DocumentRecordError, check_entries, export_documents, import_documents
from images.models import Image, delete_files_on_rollback
from news import workflow
from news.models import Article, Category
from news.slugs import slug_from_title

FIELDS = {
    "source_id",
    "title",
    "slug",
    "category",
    "publication_date",
    "status",
    "lead",
    "body",
    "image",
    "image_alt",
    "image_caption",
    "image_credit",
    *(f"{name}_{code}" for name in ("title", "lead", "body") for code in languages.translations()),
    *(f"image_{name}_{code}" for name in ("alt", "caption", "credit") for code in languages.translations()),
    "documents",
}
REQUIRED = ("title", "category", "publication_date", "lead")


class RecordError(Exception):
    """What is wrong with one record, in words."""


@dataclass
class Report:
    imported: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (where, why)
    failed: list = field(default_factory=list)  # (where, why)


def read_records(path):
    """(where, record or RecordError) for each item of a JSON Lines or JSON array file;
    ``where`` is "line N" or "item N"."""
    text = Path(path).read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            yield f"line {error.lineno}", RecordError(f"the file is not valid JSON: {error.msg}")
            return
        for number, item in enumerate(items, start=1):
            yield f"item {number}", item
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"line {number}", json.loads(line)
        except json.JSONDecodeError as error:
            yield f"line {number}", RecordError(f"not valid JSON: {error.msg} (column {error.colno})")


def describe(error):
    """A ``ValidationError`` as one line: "field: message; field: message"."""
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


def _text(record, name):
    value = record.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str | int):
        raise RecordError(f"{name}: expected text, got {type(value).__name__}")
    return str(value).strip()


def _category(value):
    names = Q()
    for code in languages.codes():  # its name in any language
        names |= Q(**{f"name_{code}__iexact": value})
    category = Category.objects.filter(Q(slug=value) | names).first()
    if category is None:
        known = ", ".join(Category.objects.values_list("slug", flat=True)) or "none yet"
        raise RecordError(f"category: no category {value!r} (known: {known})")
    return category


def _publication_date(value):
    try:
        parsed = parse_datetime(value)
        if parsed is None and (day := parse_date(value)) is not None:
            parsed = datetime.datetime.combine(day, datetime.time.min)
    except ValueError:
        parsed = None
    if parsed is None:
        raise RecordError(f"publication_date: {value!r} is not a date and time (ISO 8601, e.g. 2020-10-26T18:00)")
    try:
        aware = timezone.make_aware(parsed, LONDON) if timezone.is_naive(parsed) else parsed
        # Stored in UTC, shown in London time: both must exist.
        aware.astimezone(datetime.UTC), aware.astimezone(LONDON)
    except (OverflowError, ValueError):
        raise RecordError(f"publication_date: {value!r} is out of range") from None
    return aware


def _file_path(folder, value, field="image"):
    try:
        path = (folder / value).resolve()
        if not path.is_relative_to(folder.resolve()):
            raise RecordError(f"{field}: {value!r} is outside the folder of the JSON file")
        if not path.is_file():
            raise RecordError(f"{field}: no file {value!r} beside the JSON file")
    except (OSError, ValueError, RuntimeError) as error:  # a symlink loop, a NUL byte, no permission...
        raise RecordError(f"{field}: cannot read {value!r}: {_reason(error)}") from None
    return path


def _reason(error, limit=160):
    """An error in a few words for the report: its first line, cut short (no traceback)."""
    text = " ".join(str(error).split("\n", 1)[0].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _existing(record, title, publication_date):
    """The item this record was imported as before, if any (and how it matched)."""
    if source_id := _text(record, "source_id"):
        return Article.objects.filter(source_id=source_id).first(), f"source_id {source_id!r}"
    if slug := _text(record, "slug"):
        return Article.objects.filter(slug=slug).first(), f"slug {slug!r}"
    same = Article.objects.filter(
        title_en=title, publication_date=publication_date, slug__startswith=slug_from_title(title)
    ).first()
    return same, "title and publication time"


def _translated(record, names):
    """The model's texts from the record: ``{field: record key}``; the English text under the
    field's own name and its ``_en`` column, each other language's under its column."""
    values = {}
    for name, key in names.items():
        values[name] = values[f"{name}_{languages.DEFAULT}"] = _text(record, key)
        for code in languages.translations():
            values[f"{name}_{code}"] = _text(record, f"{key}_{code}")
    return values


def _exported(instance, names):
    """The record's texts from the model: ``{record key: text}``, the English always, each other
    language's when it is written."""
    values = {}
    for name, key in names.items():
        values[key] = getattr(instance, f"{name}_{languages.DEFAULT}") or ""
        for code in languages.translations():
            if text := getattr(instance, f"{name}_{code}"):
                values[f"{key}_{code}"] = text
    return values


def import_record(record, folder):
    """Import one record; returns the new ``Article``, or ``None`` with the reason
    when it was there already. Raises ``RecordError`` for a bad record."""
    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}")
    if unknown := sorted(set(record) - FIELDS):
        raise RecordError(f"unknown field(s): {', '.join(unknown)}")
    if missing := [name for name in REQUIRED if not _text(record, name)]:
        raise RecordError(f"missing: {', '.join(missing)}")
    try:
        documents = check_entries(record.get("documents"))
    except DocumentRecordError as error:
        raise RecordError(str(error)) from None
    title = _text(record, "title")
    publication_date = _publication_date(_text(record, "publication_date"))
    existing, matched_on = _existing(record, title, publication_date)
    if existing is not None:
        return None, f"already imported (same {matched_on}): {existing.get_absolute_url()}"

    article = Article(
        source_id=_text(record, "source_id"),
        slug=_text(record, "slug"),
        category=_category(_text(record, "category")),
        publication_date=publication_date,
        status=_text(record, "status") or Article.Status.PUBLISHED,
        **_translated(record, {"title": "title", "lead": "lead", "body": "body"}),
    )
    try:
        article.full_clean(exclude=["image"])
    except ValidationError as error:
        raise RecordError(describe(error)) from None

    if _text(record, "image"):
        article.image = _import_image(record, folder)
    workflow.import_article(article)
    try:
        import_documents(article, documents, lambda value: _file_path(folder, value, "documents"), describe)
    except DocumentRecordError as error:
        raise RecordError(str(error)) from None
    return article, None


def _import_image(record, folder):
    """The record's lead image, through the library's validator and metadata stripping."""

    path = _file_path(folder, _text(record, "image"))
    try:
        file = path.open("rb")
    except OSError as error:
        raise RecordError(f"image: cannot read {_text(record, 'image')!r}: {_reason(error)}") from None
    with file:
        image = Image(
            file=File(file, name=path.name),
            **_translated(record, {"alt_text": "image_alt", "caption": "image_caption", "credit": "image_credit"}),
        )
        try:
            image.full_clean()  # the same validator as every upload
        except ValidationError as error:
            raise RecordError(f"image {path.name}: {describe(error)}") from None
        image.save()
    return image


def import_file(path):
    """Import every good record of the file at ``path``; bad ones are reported, not fatal."""
    path = Path(path)
    report = Report()
    for where, record in read_records(path):
        if isinstance(record, RecordError):
            report.failed.append((where, str(record)))
            continue
        try:
            # A record that fails is rolled back, its image's stored files included.
            with delete_files_on_rollback(), transaction.atomic():
                article, skipped_because = import_record(record, path.parent)
        except RecordError as error:
            report.failed.append((where, str(error)))
        except ValidationError as error:
            report.failed.append((where, describe(error)))
        except Exception as error:  # a bug or a surprise: report it, carry on with the next record
            report.failed.append((where, f"unexpected error ({type(error).__name__}): {_reason(error)}"))
        else:
            if article is None:
                report.skipped.append((where, skipped_because))
            else:
                report.imported.append((where, article))
    return report


def export_record(article, image_folder=None, relative_to=None, document_folder=None):
    """One item as a JSON-ready dict; its image's original is copied into ``image_folder``, its
    documents' files into ``document_folder``."""
    record = {
        "source_id": article.source_id or None,
        "slug": article.slug,
        "category": article.category.slug,
        "publication_date": article.publication_date.astimezone(LONDON).isoformat(),
        "status": article.status,
        **_exported(article, {"title": "title", "lead": "lead", "body": "body"}),
    }
    if record["source_id"] is None:
        del record["source_id"]
    if article.image and image_folder is not None:
        image = article.image
        target = image_folder / f"{image.key.hex}{Path(image.file.name).suffix}"
        image_folder.mkdir(parents=True, exist_ok=True)
        with image.file.open("rb") as source, target.open("wb") as copy:
            shutil.copyfileobj(source, copy)
        record |= {
            "image": target.relative_to(relative_to).as_posix(),
            **_exported(image, {"alt_text": "image_alt", "caption": "image_caption", "credit": "image_credit"}),
        }
    if document_folder is not None and (documents := export_documents(article, document_folder, relative_to)):
        record["documents"] = documents
    return record
