"""PDF files for the tests, written with pypdf in memory: real documents, and hostile ones."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter
from pypdf.actions import JavaScript, PageTrigger
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from demo.documents import text_pdf
from documents.validation import MAX_BYTES
from tests.images.files import image_bytes

NOTES = ["Notes for applicants: passport renewal", "Bring your current passport and two photographs."]


def pdf_bytes(lines=NOTES, pages=1):
    return text_pdf(lines, "Notes for applicants", pages=pages)


def upload(content, name="notes.pdf", content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def _written(writer):
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _writer():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    return writer


def pdf_with_javascript():
    """Document-level JavaScript (the /JavaScript name tree), run when the file opens."""
    writer = _writer()
    writer.add_open_action(JavaScript("app.alert('Hello from the PDF');"))
    return _written(writer)


def pdf_with_page_open_script():
    """An additional action (/AA) on the first page: JavaScript when the page is shown."""
    writer = _writer()
    writer.pages[0].add_action(PageTrigger.OPEN, JavaScript("this.print();"))
    return _written(writer)


def pdf_with_open_action(action_type="/Launch"):
    """An /OpenAction that starts a program (or runs whatever ``action_type`` says)."""
    writer = _writer()
    action = DictionaryObject({NameObject("/S"): NameObject(action_type)})
    if action_type == "/Launch":
        action[NameObject("/F")] = TextStringObject("cmd.exe")
    else:
        action[NameObject("/JS")] = TextStringObject("app.alert(1)")
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return _written(writer)


def pdf_opening_at_the_first_page():
    """An /OpenAction that only says where to open: harmless."""
    writer = _writer()
    writer._root_object[NameObject("/OpenAction")] = ArrayObject(
        [writer.pages[0].indirect_reference, NameObject("/Fit")]
    )
    return _written(writer)


def pdf_with_hidden_javascript_name():
    """/JS written as /J#53 (a name escape): only a parser sees it is /JS."""
    data = pdf_with_open_action("/JavaScript")
    assert b"/JS" in data
    return data.replace(b"/JavaScript", b"/Java#53cript").replace(b"/JS ", b"/J#53 ")


def pdf_with_attachment():
    writer = _writer()
    writer.add_attachment("setup.exe", b"MZ\x90\x00 not really a program")
    return _written(writer)


def encrypted_pdf(user_password="secret", owner_password=None):
    writer = PdfWriter()
    writer.append(io.BytesIO(pdf_bytes()))
    writer.encrypt(user_password, owner_password=owner_password, algorithm="AES-256")
    return _written(writer)


def truncated_pdf():
    data = pdf_bytes(pages=3)
    return data[: len(data) // 2]


def renamed_png():
    return image_bytes((64, 48), "PNG")


def pdf_of_size(size):
    """A real PDF of exactly ``size`` bytes: padded with a comment after its trailer (a
    comment is allowed anywhere white space is; the cross-reference offsets stay true)."""
    data = pdf_bytes()
    head, marker, tail = data.rpartition(b"startxref")
    padding = size - len(data)
    return head + b"%" + b"x" * (padding - 2) + b"\n" + marker + tail


def pdf_over_the_limit():
    return pdf_of_size(MAX_BYTES + 1)
