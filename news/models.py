from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from embassy.clocks import LONDON
from embassy.models import TimeStampedModel

# What the body's rich-text editor offers. The server-side sanitiser is built
# from the same list, so it keeps exactly the tags these extensions produce.
BODY_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "HardBreak": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "Figure": True,
    "Caption": True,
    "Image": True,
    "SpecialCharacters": True,
}


class SanitizedHTMLField(ProseEditorField):
    """
    Rich text that is sanitised on every write, not only in the admin form:
    a save from code, a fixture-less import or ``bulk_create`` is cleaned too.
    """

    def __init__(self, *args, **kwargs):
        # Field.clone() rebuilds the field from deconstruct(), which leaves the
        # configuration out of migrations; default to the body's extensions.
        kwargs.setdefault("extensions", BODY_EXTENSIONS)
        kwargs.setdefault("sanitize", True)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = self.sanitize(getattr(model_instance, self.attname) or "")
        setattr(model_instance, self.attname, value)
        return value


class Category(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers are shown first."))
    is_featured = models.BooleanField(
        _("featured on the home page"),
        default=False,
        help_text=_(
            "The home page shows this category's pinned item in full (or its "
            "newest item when none is pinned). Only one category can have this."
        ),
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(
                fields=["is_featured"],
                condition=Q(is_featured=True),
                name="one_featured_category",
                violation_error_message=_("Another category is already featured on the home page."),
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("news:category", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Marked as published, whatever the publication time."""
        return self.filter(status=Article.Status.PUBLISHED)

    def live(self):
        """Visible to the public: published and the publication time has come."""
        return self.published().filter(publication_date__lte=timezone.now())

    def scheduled(self):
        """Published with a publication time still in the future."""
        return self.published().filter(publication_date__gt=timezone.now())

    def drafts(self):
        """Not published."""
        return self.filter(status=Article.Status.DRAFT)

    def featured(self):
        """The home page's featured item: the featured category's newest pinned
        live item, or its newest live item when none is pinned."""
        return (
            self.live()
            .filter(category__is_featured=True)
            .select_related("category")
            .order_by("-pinned", "-publication_date", "-pk")
            .first()
        )


class Article(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SCHEDULED = "scheduled", _("Scheduled")
        LIVE = "live", _("Live")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, unique=True, help_text=_("The last part of the item's web address.")
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", verbose_name=_("category")
    )
    lead = models.TextField(
        _("lead paragraph"), help_text=_("Plain text, shown in lists and at the top of the item.")
    )
    body = SanitizedHTMLField(_("body"), blank=True)
    publication_date = models.DateTimeField(
        _("publication time"),
        default=timezone.now,
        db_index=True,
        help_text=_(
            "Visible to the public when published and this time has passed. "
            "A future time schedules the item: it goes live at that minute by itself."
        ),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    pinned = models.BooleanField(
        _("pinned"),
        default=False,
        help_text=_("Shown in full on the home page when its category is the featured one."),
    )
    image = models.ImageField(
        _("lead image"),
        upload_to="news/%Y/%m/",
        blank=True,
        width_field="image_width",
        height_field="image_height",
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("image description (alt text)"),
        max_length=300,
        blank=True,
        help_text=_("Describes the image for people who cannot see it. Required with an image."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("author"),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publication_date", "-pk"]
        get_latest_by = "publication_date"
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["status", "publication_date"], name="news_article_live_idx")]

    def __str__(self):
        return self.title

    def clean(self):
        if self.image and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image: alt text is required with an image.")})

    def get_absolute_url(self):
        date = self.publication_date.astimezone(LONDON)
        return reverse(
            "news:article",
            kwargs={"year": date.year, "month": date.month, "day": date.day, "slug": self.slug},
        )

    @property
    def state(self):
        if self.status != self.Status.PUBLISHED:
            return self.State.DRAFT
        if self.publication_date > timezone.now():
            return self.State.SCHEDULED
        return self.State.LIVE

    def is_live(self):
        """Mirrors ``Article.objects.live()`` for one instance."""
        return self.state == self.State.LIVE
