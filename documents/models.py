"""
The document library: PDF files (statements, forms, notes for consular
applicants) that staff attach to news items.

A document is stored under a random key (``documents/<key>.pdf``), never under
the uploaded name, and served at ``/documents/<key>/<name>.pdf`` with its
original file name (``documents.views``). A new file gets a new key, so an old
address never serves new bytes.
"""

import uuid
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, router, transaction
from django.db.models import Exists, OuterRef, ProtectedError
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from slugify import slugify

from core import languages
from core.files import delete_files, delete_files_on_commit, note_stored
from core.models import UploadedModel
from documents import validation
from news.models import Article

FOLDER = "documents"


def stored_path(instance, filename):
    """``documents/<key>.pdf``: the uploaded name is kept in the database, not on disk."""
    return f"{FOLDER}/{instance.key.hex}.pdf"


def in_use_items():
    """The items whose documents must stay: live ones (in any language: every version is live in
    the default one), and scheduled ones (they will be live by themselves, with their documents)."""
    return Article.objects.live(languages.DEFAULT) | Article.objects.scheduled()


class DocumentInUse(ProtectedError):
    """A refused delete: live (or scheduled) items still list the documents."""


class DocumentQuerySet(models.QuerySet):
    def public(self):
        """Documents a visitor may fetch: attached to at least one live item (in any language: a
        file has one address for all of them)."""
        live = Attachment.objects.filter(document=OuterRef("pk"), article__in=Article.objects.live(languages.DEFAULT))
        return self.filter(Exists(live))

    def with_key(self, key):
        """The document stored under ``key`` (a UUID or its hex); none for anything else."""
        try:
            key = key if isinstance(key, uuid.UUID) else uuid.UUID(hex=str(key))
        except ValueError:
            return self.none()
        return self.filter(key=key)

    def in_use(self):
        """Documents a live or scheduled item lists: they may not be deleted."""
        used = Attachment.objects.filter(document=OuterRef("pk"), article__in=in_use_items())
        return self.filter(Exists(used))

    def check_deletable(self):
        """Refuse (``DocumentInUse``) when a live or scheduled item lists any of these documents,
        naming the items."""
        items = in_use_items().filter(attachments__document__in=self).distinct().order_by("title", "pk")
        items = list(items[:11])
        if items:
            raise DocumentInUse(in_use_message(items), items)

    def delete(self):
        self.check_deletable()
        return super().delete()

    delete.alters_data = True
    delete.queryset_only = True


def in_use_message(items):
    names = ", ".join(f"“{item.title}”" for item in items[:10]) + (" …" if len(items) > 10 else "")
    return gettext(
        "This document cannot be deleted: these live or scheduled items list it: %(items)s. "
        "Take it off them first (or unpublish them)."
    ) % {"items": names}


def url_name(original_name):
    """The last part of a document's address: its original file name as plain Latin letters
    (``notes-for-applicants.pdf``)."""
    return f"{slugify(PurePath(original_name or 'document').stem, max_length=80) or 'document'}.pdf"


def document_url(key, original_name):
    """A document's public address: its key, and its original name (``url_name()``)."""
    return reverse("documents:file", kwargs={"key": key, "name": url_name(original_name)})


class Document(UploadedModel):
    """A PDF file in the library, checked by parsing and stored under a random key."""

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_(
            "What visitors read in the item's list of documents, e.g. “Notes for applicants: passport "
            "renewal”. Say what the document is, not its file name."
        ),
    )
    file = models.FileField(
        _("PDF file"),
        upload_to=stored_path,
        max_length=255,
        validators=[validation.validate_pdf_file],
        help_text=_(
            "A PDF file of at most 20 MB. Files with JavaScript, actions that run by themselves, files "
            "inside them or a password are refused. Visitors download it under its own file name."
        ),
    )
    original_name = models.CharField(
        _("file name"),
        max_length=255,
        editable=False,
        help_text=_("The uploaded file's name: visitors' browsers save the document under it."),
    )
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    pages = models.PositiveIntegerField(_("pages"), default=0, editable=False)

    objects = DocumentQuerySet.as_manager()

    class Meta(UploadedModel.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return f"{self.title} ({self.original_name})" if self.original_name else self.title

    def clean(self):
        for code in languages.codes():
            name = f"title_{code}"
            setattr(self, name, " ".join((getattr(self, name, None) or "").split()) or None)
        if not self.title_en:
            raise ValidationError({"title_en": _("Give the document a title: visitors read it in the list.")})

    @property
    def url_name(self):
        """The last part of the document's address: the original name as plain Latin letters."""
        return url_name(self.original_name)

    def get_absolute_url(self):
        return document_url(self.key, self.original_name)

    @property
    def human_size(self):
        """ "245 KB", as the admin and an item's page show it."""
        return validation.human_size(self.size)

    def save(self, *args, **kwargs):
        if not self.file or self.file._committed:
            super().save(*args, **kwargs)
            return
        # Inspected when validated (full_clean); a save from code without it is inspected here.
        info = getattr(self.file, "pdf_info", None) or validation.inspect(getattr(self.file, "file", self.file))
        data = _read_all(getattr(self.file, "file", self.file))
        replaced = self.stored_file()
        if replaced:
            self.key = uuid.uuid4()  # a new file, a new address
        self.original_name = _original_name(self.file.name)
        self.size, self.pages = info.size, info.pages
        storage = self.file.storage
        stored = []
        try:
            self.file.save(self.original_name, ContentFile(data), save=False)
            stored.append((storage, self.file.name))
            using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
            with transaction.atomic(using=using):
                super().save(*args, **kwargs)
        except BaseException:
            delete_files(stored)
            raise
        note_stored(stored)
        delete_files_on_commit(storage, [replaced] if replaced else [])

    def stored_file(self):
        """The name of the file stored for this document now (before a replacement), or ""."""
        if not self.pk:
            return ""
        return type(self).objects.filter(pk=self.pk).values_list("file", flat=True).first() or ""

    def delete(self, *args, **kwargs):
        type(self).objects.filter(pk=self.pk).check_deletable()
        return super().delete(*args, **kwargs)

    def items_in_use(self):
        """The live and scheduled items that list this document."""
        return in_use_items().filter(attachments__document=self).distinct().order_by("title", "pk")


def _read_all(file):
    if hasattr(file, "seek"):
        file.seek(0)
    data = file.read()
    if hasattr(file, "seek"):
        file.seek(0)
    return data


def _original_name(name):
    """The uploaded file's own name (no folders), ending in .pdf."""
    base = PurePath(str(name or "").replace("\\", "/")).name.strip() or "document.pdf"
    base = "".join(char for char in base if char.isprintable())
    if not base.lower().endswith(".pdf"):
        base = f"{base}.pdf"
    return base[-255:]


class AttachmentQuerySet(models.QuerySet):
    def listed(self):
        """In the order staff gave them, with their documents."""
        return self.select_related("document").order_by("order", "pk")


class Attachment(models.Model):
    """A document listed on an item, in the order staff choose."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("article")
    )
    document = models.ForeignKey(
        Document,
        # Refused while a live or scheduled item lists the document (DocumentQuerySet.delete);
        # a draft's or an expired item's listing goes with the document.
        on_delete=models.CASCADE,
        related_name="attachments",
        verbose_name=_("document"),
        help_text=_("Choose a document from the library, or upload a new PDF with “+”."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers are listed first."))

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("document of the item")
        verbose_name_plural = _("documents of the item")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "document"],
                name="documents_attachment_once_per_item",
                violation_error_message=_("This document is listed on the item already."),
            )
        ]

    def __str__(self):
        return self.document.title
