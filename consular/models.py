import re

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel


class OfficeQuerySet(models.QuerySet):
    def masthead_contact(self):
        """The office whose phone and e-mail the masthead shows."""
        return self.filter(is_masthead_contact=True)


class Office(TimeStampedModel):
    """A section or office of the embassy that the public can contact."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in the contact page's links."))
    address = models.TextField(_("postal address"), blank=True)
    opening_hours = models.TextField(
        _("opening hours"), blank=True, help_text=_("One line per day or range of days.")
    )
    notes = models.TextField(_("notes"), blank=True)
    is_masthead_contact = models.BooleanField(
        _("masthead “Consular queries” contact"),
        default=False,
        help_text=_("Its first phone and first e-mail are shown on every page. Only one office can have this."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Lower numbers are shown first."))

    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        constraints = [
            models.UniqueConstraint(
                fields=["is_masthead_contact"],
                condition=Q(is_masthead_contact=True),
                name="one_masthead_contact",
                violation_error_message=_("Another office is already the masthead contact."),
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('consular:contacts')}#{self.slug}"

    def opening_hours_lines(self):
        return [line.strip() for line in self.opening_hours.splitlines() if line.strip()]


class Phone(models.Model):
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="phones", verbose_name=_("office"))
    label = models.CharField(_("label"), max_length=100, blank=True, help_text=_("E.g. “Enquiries” or “Fax”."))
    number = models.CharField(
        _("number"),
        max_length=40,
        help_text=_("As it should be shown, e.g. +44 (0) 203 668 7474."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("phone")
        verbose_name_plural = _("phones")

    def __str__(self):
        return self.number

    @property
    def tel_uri(self):
        """``tel:`` link target: the digits, the leading +, and no trunk “(0)”."""
        number = self.number.replace("(0)", "")
        return "tel:" + re.sub(r"[^\d+]", "", number)


class Email(models.Model):
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="emails", verbose_name=_("office"))
    label = models.CharField(_("label"), max_length=100, blank=True)
    address = models.EmailField(_("e-mail address"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("e-mail address")
        verbose_name_plural = _("e-mail addresses")

    def __str__(self):
        return self.address
