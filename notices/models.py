"""
Site notices: "The consular section is closed on 4 November".

A notice is shown from its start until its end (if any), decided when the page is made, like
``Article.objects.live()``: nothing has to run at either moment, and the page cache ends every
page's life at the next start or end (``notices.data.next_change``).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import languages
from core.models import TimeStampedModel


class NoticeQuerySet(models.QuerySet):
    def current(self, now=None):
        """Shown now: the start has come and the end, if any, has not."""
        now = now or timezone.now()
        return self.filter(starts_at__lte=now).unended(now)

    def unended(self, now=None):
        """Shown now or later: the end, if any, is still to come."""
        now = now or timezone.now()
        return self.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))

    def scheduled(self, now=None):
        """Not shown yet: the start is still to come."""
        return self.filter(starts_at__gt=now or timezone.now())

    def ended(self, now=None):
        """No longer shown: the end has passed."""
        return self.filter(ends_at__lte=now or timezone.now())


class Notice(TimeStampedModel):
    class Severity(models.TextChoices):
        INFO = "info", _("Information")
        WARNING = "warning", _("Warning")

    text = models.CharField(
        _("text"),
        max_length=300,
        help_text=_("One or two plain sentences, e.g. “The consular section is closed on 4 November.”"),
    )
    severity = models.CharField(
        _("severity"),
        max_length=10,
        choices=Severity.choices,
        default=Severity.INFO,
        help_text=_("Warning: emergencies and closures, shown first and in red. Information: everything else."),
    )
    starts_at = models.DateTimeField(
        _("shown from"),
        default=timezone.now,
        help_text=_("London time (GMT/BST). The notice appears on every page at this moment by itself."),
    )
    ends_at = models.DateTimeField(
        _("shown until"),
        null=True,
        blank=True,
        help_text=_(
            "London time (GMT/BST). The notice leaves every page at this moment by itself; empty: until removed."
        ),
    )

    objects = NoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("site notice")
        verbose_name_plural = _("site notices")
        ordering = ["-starts_at", "-pk"]
        get_latest_by = "starts_at"
        indexes = [
            models.Index(fields=["ends_at"], name="notice_ends_at"),
            models.Index(fields=["starts_at"], name="notice_starts_at"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="notice_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return self.text

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})

    def is_current(self, now=None):
        """Shown now (the one-row mirror of ``NoticeQuerySet.current()``)."""
        now = now or timezone.now()
        return self.starts_at <= now and (self.ends_at is None or self.ends_at > now)

    def foreign_language(self):
        """The language of ``text`` when it is not the page's (a notice with no Russian text yet
        shows its English one on a Russian page: ``"en"``), else ``""``."""
        language = languages.normalise()
        if language == languages.DEFAULT or getattr(self, f"text_{language}", None):
            return ""
        return languages.DEFAULT

    def get_absolute_url(self):
        """A notice shows on every page; the home page is where it is seen first."""
        from django.urls import reverse

        return reverse("home")
