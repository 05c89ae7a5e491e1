"""
Checking uploaded PDF files with pypdf.

Every way a document enters the site (the document admin, the "+" beside an
item's documents, ``import_news``) goes through :func:`validate_pdf_file` (a
model field validator, so ``full_clean`` runs it) and ``Document.save()``
inspects the file again before storing it, so the rules hold for all of them:

- only real PDF files, as pypdf parses them: the name, the extension and the
  declared content type are never trusted (a PNG renamed ``form.pdf`` is
  refused), and a file cut short (no ``%%EOF`` at its end, or objects pypdf
  cannot read) is refused as damaged;
- at most ``MAX_BYTES`` bytes, checked by the reported size before reading;
- nothing that runs by itself or carries other files: JavaScript (``/JS``, the
  ``/JavaScript`` name tree), automatic actions (``/AA``, an ``/OpenAction``
  that is an action rather than a page to open), launching programs
  (``/Launch``), other dangerous actions (importing data, submitting forms,
  rendering media), XFA forms (which hold scripts), rich media and embedded
  files (an attachment inside a PDF may be a program); the whole object graph
  is walked, so names written with ``#xx`` escapes or kept in object streams
  are found too;
- an encrypted file is opened with the empty password (files that are only
  protected against changes); one that needs a password to open cannot be
  inspected, and is refused.

pypdf is imported by the functions that read a file (``_open``, ``_danger``),
not at the top: this module is loaded with the models in every process, and
pypdf with the cryptography it loads for encrypted files is some 13 MiB that a
worker serving public pages never needs (tests/embassy/test_worker_imports.py).
"""

import io
import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 20 * 1024 * 1024
# The PDF header may come after a little junk (the specification allows 1,024 bytes), and the
# end-of-file marker may be followed by a little white space or junk.
HEADER_WINDOW = 1024
TRAILER_WINDOW = 1024

# Keys that make a viewer run something, or carry a file of their own.
DANGEROUS_KEYS = {
    "/JS": "javascript",
    "/JavaScript": "javascript",
    "/AA": "automatic",
    "/Launch": "launch",
    "/EmbeddedFile": "embedded",
    "/EmbeddedFiles": "embedded",
    "/XFA": "javascript",
    "/RichMedia": "media",
}
# Action types (``/S``) that run something or send something.
DANGEROUS_ACTIONS = {
    "/JavaScript": "javascript",
    "/Launch": "launch",
    "/ImportData": "automatic",
    "/SubmitForm": "automatic",
    "/Rendition": "media",
    "/RichMediaExecute": "media",
    "/GoToE": "embedded",
}

MESSAGES = {
    "not_a_pdf": _("Upload a PDF file. This file is not one (whatever its name says)."),
    "too_big": _(
        "The file is %(size)s; the limit is %(limit)s. Make it smaller (e.g. lower the image quality) "
        "and upload it again."
    ),
    "empty": _("The file is empty."),
    "damaged": _("The PDF file is damaged or incomplete. Save or export it again and upload the new file."),
    "no_pages": _("The PDF file has no pages."),
    "encrypted": _(
        "The PDF file is protected by a password, so its content cannot be checked. "
        "Save a copy without the password and upload that."
    ),
    "javascript": _(
        "The PDF file contains JavaScript, which the site does not publish. Save a copy without scripts "
        "(e.g. “Print to PDF”) and upload that."
    ),
    "automatic": _(
        "The PDF file contains actions that run by themselves (when it is opened, or when a page or "
        "field is shown) or that send data. Save a copy without them (e.g. “Print to PDF”) and upload that."
    ),
    "launch": _(
        "The PDF file tries to start another program or open another file. Save a copy without such "
        "actions (e.g. “Print to PDF”) and upload that."
    ),
    "embedded": _(
        "The PDF file has other files inside it (attachments). Publish those separately, and upload a copy "
        "of the PDF without them."
    ),
    "media": _("The PDF file contains embedded media that plays by itself. Save a copy without it and upload that."),
}


def _error(code, **params):
    return ValidationError(MESSAGES[code], code=code, params=params or None)


def human_size(size):
    """A size as visitors read it: "812 bytes", "245 KB", "2.4 MB"."""
    from django.utils.formats import number_format
    from django.utils.translation import gettext, ngettext

    if size < 1024:
        return ngettext("%(size)d byte", "%(size)d bytes", size) % {"size": size}
    if size < 1024 * 1024:
        return gettext("%(size)s KB") % {"size": number_format(max(1, round(size / 1024)))}
    return gettext("%(size)s MB") % {"size": number_format(round(size / (1024 * 1024), 1), decimal_pos=1)}


@dataclass(frozen=True)
class PdfInfo:
    """What the inspection found out about an accepted PDF."""

    size: int
    pages: int


def _rewind(file):
    if hasattr(file, "seek"):
        file.seek(0)


def check_size(file):
    """Refuse a file over ``MAX_BYTES`` by its reported size, before reading it."""
    size = getattr(file, "size", None)
    if size is not None and size > MAX_BYTES:
        raise _error("too_big", size=human_size(size), limit=human_size(MAX_BYTES))


def _read(file):
    _rewind(file)
    data = file.read(MAX_BYTES + 1)
    _rewind(file)
    if len(data) > MAX_BYTES:
        raise _error("too_big", size=human_size(getattr(file, "size", None) or len(data)), limit=human_size(MAX_BYTES))
    return data


def _danger(reader):
    """The first dangerous thing in the PDF's objects (a ``MESSAGES`` code), or ``None``.
    Walks every object reachable from the trailer, each once."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    seen = set()
    stack = [reader.trailer]
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            ref = (node.idnum, node.generation)
            if ref in seen:
                continue
            seen.add(ref)
            node = node.get_object()
        if isinstance(node, DictionaryObject):
            for key, value in node.items():
                if key in DANGEROUS_KEYS:
                    return DANGEROUS_KEYS[key]
                if key == "/S" and isinstance(value, NameObject) and value in DANGEROUS_ACTIONS:
                    return DANGEROUS_ACTIONS[value]
                if key == "/OpenAction":
                    target = value.get_object() if isinstance(value, IndirectObject) else value
                    # A page to open at (an array) is harmless; an action is checked like any other.
                    if not isinstance(target, ArrayObject | DictionaryObject):
                        return "automatic"
                stack.append(value)
        elif isinstance(node, ArrayObject):
            stack.extend(node)
    return None


def _open(data):
    """pypdf's reading of ``data``, decrypted with the empty password when it is encrypted."""
    from pypdf import PdfReader

    if b"%PDF-" not in data[:HEADER_WINDOW]:
        raise _error("not_a_pdf")
    if b"%%EOF" not in data[-TRAILER_WINDOW:]:
        raise _error("damaged")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _error("encrypted")
    except ValidationError:
        raise
    except Exception:  # pypdf raises many kinds for a file it cannot read (or decrypt)
        raise _error("encrypted" if _looks_encrypted(data) else "damaged") from None
    return reader


def _looks_encrypted(data):
    return b"/Encrypt" in data[-64 * 1024 :] or b"/Encrypt" in data[: 64 * 1024]


def inspect(file):
    """The ``PdfInfo`` of an uploaded PDF, or a ``ValidationError`` saying in words
    what is wrong with it."""
    check_size(file)
    data = _read(file)
    if not data:
        raise _error("empty")
    # pypdf logs what it repairs; an upload's problems are reported to the person instead.
    logger = logging.getLogger("pypdf")
    level, logger.level = logger.level, logging.ERROR + 1
    try:
        reader = _open(data)
        try:
            pages = len(reader.pages)
            found = _danger(reader)
        except Exception:
            raise _error("damaged") from None
    finally:
        logger.level = level
    if found:
        raise _error(found)
    if pages < 1:
        raise _error("no_pages")
    return PdfInfo(size=len(data), pages=pages)


def validate_pdf_file(value):
    """Model field validator: the file is a PDF the site publishes. A file already stored
    has been inspected and is not read again. The result is kept on the file, so that
    saving it does not parse it a second time."""
    if getattr(value, "_committed", False):
        return
    check_size(value)
    file = getattr(value, "file", value)
    value.pdf_info = inspect(file)
