from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.clocks import london_today
from core.models import TimeStampedModel

DAYS_PLACEHOLDER = "{days}"
# The number of days with the word "day" in the plural form the page's language needs for it
# (ngettext: "1 day", "2 days"; "1 день", "2 дня", "5 дней", "21 день").
DAYS_WITH_NOUN_PLACEHOLDER = "{n_days}"
PLACEHOLDERS = (DAYS_WITH_NOUN_PLACEHOLDER, DAYS_PLACEHOLDER)


class IncidentCounterQuerySet(models.QuerySet):
    def active(self):
        """Counters shown in the masthead."""
        return self.filter(is_active=True)


class IncidentCounter(TimeStampedModel):
    """A "N days have passed since …" line in the masthead."""

    sentence = models.CharField(
        _("sentence"),
        max_length=300,
        help_text=_(
            "The line shown in the masthead. Write {days} where the number of "
            "days goes, e.g. “{days} days have passed since the Salisbury incident”."
        ),
    )
    start_date = models.DateField(
        _("start date"),
        help_text=_("Days are counted in calendar days in London from this date."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active counters are shown.")
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers are shown first.")
    )

    objects = IncidentCounterQuerySet.as_manager()

    class Meta:
        ordering = ["order", "start_date", "pk"]
        verbose_name = _("incident counter")
        verbose_name_plural = _("incident counters")

    def __str__(self):
        return self.sentence.replace(DAYS_WITH_NOUN_PLACEHOLDER, "N days").replace(DAYS_PLACEHOLDER, "N")

    def clean(self):
        errors = {}
        # The English sentence under the field's own name (the admin's form has it so), the
        # Russian one under its column; an unwritten translation shows the English sentence.
        for name, sentence in (("sentence", self.sentence_en), ("sentence_ru", self.sentence_ru)):
            if sentence and sum(sentence.count(p) for p in PLACEHOLDERS) != 1:
                errors[name] = _("Write {days} (or {n_days}) exactly once where the number of days goes.")
        if self.start_date and self.start_date > london_today():
            errors["start_date"] = _("The start date cannot be in the future.")
        if errors:
            raise ValidationError(errors)

    def days_on(self, date):
        """Calendar days from the start date to ``date``."""
        return (date - self.start_date).days

    def days(self):
        return self.days_on(london_today())

    days.short_description = _("days today")

    def parts(self):
        """The sentence split around the day count: (before, after)."""
        return split_sentence(self.sentence)[:2]

    def with_noun(self):
        """Whether the day count is shown with the word "day" ({n_days})."""
        return split_sentence(self.sentence)[2]


def split_sentence(sentence):
    """``(before, after, with_noun)``: ``sentence`` split around its day count, and whether the
    count is written {n_days} (with the word "day") rather than {days}."""
    for placeholder in PLACEHOLDERS:
        before, found, after = sentence.partition(placeholder)
        if found:
            return before, after, placeholder == DAYS_WITH_NOUN_PLACEHOLDER
    return sentence, "", False



