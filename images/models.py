import posixpath
import uuid
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, router, transaction
from django.utils.translation import gettext_lazy as _
from slugify import slugify

from core.files import (
    delete_files,
    delete_files_on_commit,
    delete_files_on_rollback,  # noqa: F401 - imported from here by the admin, imports, the demo
    note_stored,
)
from core.models import UploadedModel
from images import processing

FOLDER = "images"


def original_path(instance, filename):
    """``images/<key>/<name>.<ext>``: every file of one image in one folder,
    so a rendition's address leads back to its image."""
    name = PurePath(filename)
    stem = slugify(name.stem, max_length=60) or "image"
    return f"{FOLDER}/{instance.key.hex}/{stem}{name.suffix.lower()}"


class ImageQuerySet(models.QuerySet):
    def from_paths(self, paths):
        """The images whose files (original or rendition) are at these media paths."""
        keys = set()
        for path in paths:
            parts = path.split("/")
            if len(parts) == 3 and parts[0] == FOLDER:
                try:
                    keys.add(uuid.UUID(hex=parts[1]))
                except ValueError:
                    continue
        return self.filter(key__in=keys) if keys else self.none()


class Image(UploadedModel):
    """An uploaded picture, stripped of its metadata, with WebP renditions."""

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    file = models.FileField(
        _("image file"),
        upload_to=original_path,
        max_length=255,
        validators=[processing.validate_image_file],
        help_text=_(
            "JPEG, PNG, WebP or GIF; at most 20 MB and 40 megapixels. Location (GPS), camera details "
            "and all other metadata are removed; smaller copies for phones and screens are made for you."
        ),
    )
    alt_text = models.CharField(
        _("description (alt text)"),
        max_length=300,
        help_text=_(
            "Describes the image for people who cannot see it, e.g. “The Ambassador speaking at the "
            "Remembrance Day ceremony”. Required."
        ),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(
        _("credit"), max_length=200, blank=True, help_text=_("e.g. “Photo: Embassy press office”")
    )
    width = models.PositiveIntegerField(_("width"), default=0, editable=False)
    height = models.PositiveIntegerField(_("height"), default=0, editable=False)
    renditions = models.JSONField(_("renditions"), default=list, editable=False)

    objects = ImageQuerySet.as_manager()

    class Meta(UploadedModel.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return f"{self.alt_text} ({self.width}×{self.height})"

    def get_absolute_url(self):
        return self.file.url

    def clean(self):
        self.alt_text = " ".join(self.alt_text.split())
        if not self.alt_text:
            raise ValidationError({"alt_text": _("Describe the image: alt text is required.")})

    def save(self, *args, **kwargs):
        if not self.file or self.file._committed:
            super().save(*args, **kwargs)
            return
        replaced = self.stored_files()
        # Everything is made in memory first: an image that cannot be
        # processed stores nothing.
        clean = processing.clean_original(self.file)
        renditions = processing.renditions(clean)
        stem = PurePath(self.file.name or "image").stem
        storage = self.file.storage
        stored = []
        try:
            self._store_files(f"{stem}{clean.extension}", clean, renditions, stored)
            using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
            with transaction.atomic(using=using):
                super().save(*args, **kwargs)
        except BaseException:
            delete_files(stored)
            raise
        note_stored(stored)
        delete_files_on_commit(storage, replaced)

    def _store_files(self, name, clean, renditions, stored):
        """Write the metadata-free original and its renditions to storage,
        noting each stored file in ``stored`` as it is written."""
        storage = self.file.storage
        self.file.save(name, ContentFile(clean.content), save=False)
        stored.append((storage, self.file.name))
        self.width, self.height = clean.size
        self.renditions = []
        stem, _ext = posixpath.splitext(self.file.name)
        for width, height, data in renditions:
            rendition = storage.save(f"{stem}-{width}w.webp", ContentFile(data))
            stored.append((storage, rendition))
            self.renditions.append({"width": width, "height": height, "name": rendition})

    def stored_files(self):
        """The names of the files stored for this image now (before a replacement)."""
        if not self.pk:
            return []
        stored = type(self).objects.filter(pk=self.pk).values_list("file", "renditions").first()
        if stored is None or not stored[0]:
            return []
        return [stored[0], *(r["name"] for r in stored[1])]

    @property
    def rendition_list(self):
        """Renditions, narrowest first, each with its ``url``."""
        storage = self.file.storage
        return [{**r, "url": storage.url(r["name"])} for r in sorted(self.renditions, key=lambda r: r["width"])]

    @property
    def srcset(self):
        return ", ".join(f"{r['url']} {r['width']}w" for r in self.rendition_list)

    @property
    def default_rendition(self):
        """What ``src`` shows to a browser that ignores ``srcset``: the widest
        rendition up to 1200 pixels, or the original when there are none."""
        choices = [r for r in self.rendition_list if r["width"] <= 1200] or self.rendition_list
        if choices:
            return choices[-1]
        return {"url": self.file.url, "width": self.width, "height": self.height}
