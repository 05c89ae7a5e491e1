import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from embassy.clocks import LONDON
from embassy.models import TimeStampedModel
from images.html import images_without_alt
from news.slugs import unique_slug

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


class CategoryQuerySet(models.QuerySet):
    def with_live_counts(self):
        """Each category with ``live_count``: how many of its items the public can see."""
        live = (
            Article.objects.live()
            .filter(category=OuterRef("pk"))
            .order_by()
            .values("category")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(live_count=Coalesce(Subquery(live), 0))


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

    objects = CategoryQuerySet.as_manager()

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
        """Visible to the public: published, the publication time has come and
        the expiry time (if any) has not."""
        now = timezone.now()
        return self.published().filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now), publication_date__lte=now
        )

    def expired(self):
        """Published, but the expiry time has passed: off the public site."""
        return self.published().filter(expires_at__lte=timezone.now())

    def scheduled(self):
        """Published with a publication time still in the future."""
        return self.published().filter(publication_date__gt=timezone.now())

    def next_change(self, after=None):
        """The first moment after ``after`` (default: now) at which ``live()`` changes by the clock
        alone: the next scheduled release or expiry (``None`` when nothing is due). Two indexed reads."""
        after = after or timezone.now()
        published = self.published()
        release = published.filter(publication_date__gt=after).order_by("publication_date")
        expiry = published.filter(expires_at__gt=after).order_by("expires_at")
        times = (
            release.values_list("publication_date", flat=True).first(),
            expiry.values_list("expires_at", flat=True).first(),
        )
        return min((time for time in times if time is not None), default=None)

    def drafts(self):
        """Being written: neither submitted for review nor published."""
        return self.filter(status=Article.Status.DRAFT)

    def in_review(self):
        """Submitted for review: waiting for an editor to publish or schedule."""
        return self.filter(status=Article.Status.REVIEW)

    def showing_image(self, image):
        """Items that show the library ``image``: as their lead image or in their text
        (every address of its files holds its key)."""
        return self.filter(Q(image=image) | Q(body__contains=f"/{image.key.hex}/"))

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

    def search(self, query):
        """Items matching the words of ``query``, best match first, each with a ``rank``
        (full-text on PostgreSQL, a simple match elsewhere: see ``news.search``)."""
        from news import search

        return search.search(self, query)

    def headlines(self, query):
        """``{pk: (title, snippet)}``: safe HTML with the words of ``query`` marked, for these
        items only (run it on one page of results, not on all of them)."""
        from news import search

        return search.headlines(self, query)

    def published_between(self, first_day=None, last_day=None):
        """Published on or after ``first_day`` and on or before ``last_day`` (London dates;
        either may be ``None``)."""
        queryset = self
        if first_day is not None:
            queryset = queryset.filter(publication_date__gte=london_midnight(first_day))
        if last_day is not None and last_day < datetime.date.max:
            queryset = queryset.filter(publication_date__lt=london_midnight(last_day + datetime.timedelta(days=1)))
        return queryset

    def before(self, article):
        """Items published before ``article`` (at the same time: created before it), newest first."""
        return self.filter(
            Q(publication_date__lt=article.publication_date)
            | Q(publication_date=article.publication_date, pk__lt=article.pk)
        ).order_by("-publication_date", "-pk")

    def after(self, article):
        """Items published after ``article`` (at the same time: created after it), oldest first."""
        return self.filter(
            Q(publication_date__gt=article.publication_date)
            | Q(publication_date=article.publication_date, pk__gt=article.pk)
        ).order_by("publication_date", "pk")


def london_midnight(day):
    """The start of ``day`` in London, as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=LONDON)


class Article(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("Submitted for review")
        PUBLISHED = "published", _("Published")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        SCHEDULED = "scheduled", _("Scheduled")
        LIVE = "live", _("Live")
        EXPIRED = "expired", _("Expired")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_(
            "The last part of the item's web address. Left blank, it is made from the title. "
            "If a live item's address changes, its old address keeps working (it redirects)."
        ),
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
    expires_at = models.DateTimeField(
        _("expiry time"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Optional. At this time the item leaves the public site by itself. Leave empty to keep it."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    pinned = models.BooleanField(
        _("pinned"),
        default=False,
        help_text=_("Shown in full on the home page when its category is the featured one."),
    )
    image = models.ForeignKey(
        "images.Image",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("lead image"),
        help_text=_("Choose an image from the library or upload a new one with “+” (its alt text is required)."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("author"),
    )
    source_id = models.CharField(
        _("source ID"),
        max_length=100,
        blank=True,
        editable=False,
        help_text=_("The item's identifier on the old site it was imported from (manage.py import_news)."),
    )
    # Title, lead and body as a weighted tsvector for full-text search. On
    # PostgreSQL a trigger fills it on every write and a GIN index serves it,
    # both created by migration 0003_search_vector (not declared in Meta.indexes:
    # SQLite cannot build a GIN index when it remakes the table). Empty on other
    # databases; see news/search.py.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publication_date", "-pk"]
        get_latest_by = "publication_date"
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", _("Can publish, schedule, unpublish and pin articles"))]
        indexes = [models.Index(fields=["status", "publication_date"], name="news_article_live_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["source_id"], condition=~Q(source_id=""), name="news_article_unique_source_id"
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if self.expires_at and self.publication_date and self.expires_at <= self.publication_date:
            raise ValidationError({"expires_at": _("The expiry time must be after the publication time.")})
        if missing := images_without_alt(self.body):
            raise ValidationError(
                {"body": _("Every image in the text needs alt text (a description). Missing for: %(sources)s")
                 % {"sources": ", ".join(missing)}}
            )

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self).objects.exclude(pk=self.pk), self.title)
        # One read of the row as it was, for the old address (redirects) and
        # the status before (the audit trail, embassy.audit).
        self.stored_before_save = self._stored_row()
        stored = self.stored_before_save
        super().save(*args, **kwargs)
        ArticleRedirect.objects.remember(self, stored.get_absolute_url() if stored and stored.is_live() else None)

    def _stored_row(self):
        """This item as the database has it (``None`` before its first save)."""
        if self.pk is None:
            return None
        fields = ("status", "slug", "publication_date", "expires_at")
        return type(self)._base_manager.filter(pk=self.pk).only(*fields).first()

    def get_absolute_url(self):
        date = self.publication_date.astimezone(LONDON)
        return reverse(
            "news:article",
            kwargs={"year": date.year, "month": date.month, "day": date.day, "slug": self.slug},
        )

    @property
    def state(self):
        if self.status == self.Status.REVIEW:
            return self.State.REVIEW
        if self.status != self.Status.PUBLISHED:
            return self.State.DRAFT
        now = timezone.now()
        if self.publication_date > now:
            return self.State.SCHEDULED
        if self.expires_at is not None and self.expires_at <= now:
            return self.State.EXPIRED
        return self.State.LIVE

    def is_live(self):
        """Mirrors ``Article.objects.live()`` for one instance."""
        return self.state == self.State.LIVE

    @property
    def last_modified(self):
        """When the public saw it change last: its release or its latest edit, whichever is later
        (an item edited before its release is new at its release)."""
        return max(self.publication_date, self.updated)


from news.redirects import ArticleRedirect  # noqa: E402 - a model of this app, kept in its own module
