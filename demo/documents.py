"""PDF documents for the demo content (``manage.py load_demo``).

Real PDF files with real text, written with pypdf when the demo is loaded
(nothing is kept in the repository): one page of notes for consular
applicants, in Helvetica, with no JavaScript and no actions. They enter the
document library like any upload (the same checks) and are attached to a live
demo item, so the document list, the feed enclosures and the download can all
be seen on a local site.

Each has a fixed library key, so loading the demo again finds it instead of
making another one, and leaves alone whatever staff have changed since.
"""

import io
import uuid

from django.core.files.base import ContentFile
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from documents.models import Attachment, Document

# Library keys of the demo documents: uuid5 of their file names.
NAMESPACE = uuid.UUID("2b7e0c4e-6a63-4d0c-8f0e-4f1d6b3c9a27")

PASSPORT_NOTES = [
    "Notes for applicants: passport renewal",
    "",
    "1. Book an appointment at the consular section before you come.",
    "2. Bring your current passport and one copy of its photo page.",
    "3. Bring two recent colour photographs, 35 x 45 mm, on a light background.",
    "4. Fill in the application form in block capitals and sign it.",
    "5. The fee is paid at the appointment, by card only.",
    "",
    "A new passport is usually ready within four weeks; we will e-mail you.",
    "Lost or stolen passport: report it to the police first and bring the crime number.",
]

DOCUMENTS = [
    {
        "file_name": "Notes for applicants - passport renewal.pdf",
        "title": "Notes for applicants: passport renewal",
        "lines": PASSPORT_NOTES,
        "article": "changes-to-the-procedure-for-biometric-passport-applications",
    },
]


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(lines, title=None, *, pages=1):
    """A real A4 PDF whose pages show ``lines`` of text (Helvetica), as bytes."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    text = "\n".join(f"({_escape(line)}) Tj T*" for line in lines)
    for _number in range(pages):
        page = writer.add_blank_page(width=595, height=842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        content = DecodedStreamObject()
        content.set_data(f"BT /F1 12 Tf 16 TL 56 780 Td\n{text}\nET".encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(content)
    if title:
        writer.add_metadata({"/Title": title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def add_demo_documents(articles):
    """Give the demo items their documents; returns how many documents were new."""
    created = 0
    for data in DOCUMENTS:
        article = articles.get(data["article"])
        if article is None:
            continue
        key = uuid.uuid5(NAMESPACE, data["file_name"])
        document = Document.objects.filter(key=key).first()
        if document is None:
            document = Document(key=key, title=data["title"])
            document.file = ContentFile(text_pdf(data["lines"], data["title"]), name=data["file_name"])
            document.full_clean()
            document.save()
            created += 1
        Attachment.objects.get_or_create(article=article, document=document)
    return created
