"""
A document's file, at ``/documents/<key>/<name>.pdf``: ``application/pdf``,
with its original file name in ``Content-Disposition`` (RFC 6266, with the
RFC 5987 ``filename*`` form for names that are not plain ASCII).

The public gets a document only while a live item lists it (anything else is
a 404, as a draft item's own address is); signed-in staff get any document,
never cached. With ``EMBASSY_DOCUMENTS_ACCEL_REDIRECT`` on (production behind
the nginx of docs/operations.md) the bytes come from nginx through
``X-Accel-Redirect``; without it Django streams the file itself.
"""

from urllib.parse import quote

from django.conf import settings
from django.contrib import admin
from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import content_disposition_header, quote_etag

from documents.models import Document

CONTENT_TYPE = "application/pdf"


def may_see_any_document(request):
    """Signed-in staff who may view the library (the admin's own rule, second factor included)."""
    return admin.site.has_permission(request) and request.user.has_perm("documents.view_document")


def document_file(request, key, name):
    documents = Document.objects.with_key(key)
    if not may_see_any_document(request):
        documents = documents.public()
    document = documents.first()
    if document is None or name != document.url_name:
        raise Http404
    if settings.EMBASSY_DOCUMENTS_ACCEL_REDIRECT:
        response = HttpResponse(content_type=CONTENT_TYPE)
        response["X-Accel-Redirect"] = quote(f"{settings.MEDIA_URL}{document.file.name}")
        # The bytes under a key never change (a new file gets a new key).
        response["ETag"] = quote_etag(document.key.hex)
    else:
        try:
            file = document.file.open("rb")
        except OSError:
            raise Http404 from None
        response = FileResponse(file, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(False, document.original_name)
    return response
