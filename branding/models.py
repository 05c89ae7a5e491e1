from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel


class SiteSettingsQuerySet(models.QuerySet):
    def current(self):
        """The one row of settings (none until staff save it: the defaults apply)."""
        return self.select_related("logo").order_by("pk").first()


class SiteSettings(TimeStampedModel):
    """What staff choose about the site's look. One row; without it the defaults apply."""

    logo = models.ForeignKey(
        "images.Image",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_(
            "Shown in the header of every page, 44 pixels high, beside the site's name. Upload it "
            "to the image library first (PNG with a transparent background works best). Leave "
            "empty for the state emblem."
        ),
    )
    logo_alt = models.CharField(
        _("logo description (alt text)"),
        max_length=200,
        blank=True,
        help_text=_(
            "Read out by screen readers before the site's name. Leave empty when the logo only "
            "repeats the name shown beside it."
        ),
    )

    objects = SiteSettingsQuerySet.as_manager()

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return str(_("Site settings"))

    def get_absolute_url(self):
        return reverse("home")
