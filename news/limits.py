"""
What one news item may hold: the longest lead and body, and the range of
plausible publication times. Field validators on ``Article``, so the admin's
form, ``import_news`` (``full_clean``) and a REST serializer built from the
model all refuse the same things with the same words.

- The lead is the paragraph shown in lists and at the top of the item: 600
  characters is a long paragraph (about 100 words; the demo's longest is 243).
- The body is the item's formatted text (HTML): 300,000 characters is about
  40,000 words, the length of a long book chapter. A longer body is almost
  always a paste gone wrong (or a file from the old site with its page
  furniture), and every page that shows the item pays for it.
- A publication time before 1900 or more than two years ahead is a typo
  (``15/06/0202`` for 2020): the item's address has a four-digit year, so a
  year below 1000 would make a live item unreachable at its own address.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LEAD_MAX_LENGTH = 600
BODY_MAX_LENGTH = 300_000
EARLIEST_PUBLICATION_YEAR = 1900
PUBLICATION_YEARS_AHEAD = 2

lead_length = MaxLengthValidator(
    LEAD_MAX_LENGTH,
    message=_(
        "The lead can be at most %(limit_value)d characters; this one has %(show_value)d. "
        "Shorten it: the rest belongs in the body."
    ),
)

body_length = MaxLengthValidator(
    BODY_MAX_LENGTH,
    message=_(
        "The body can be at most %(limit_value)d characters of formatted text (about 40,000 words); "
        "this one has %(show_value)d. Split it into two items, or remove what was pasted by mistake."
    ),
)


def latest_publication_year():
    return timezone.now().year + PUBLICATION_YEARS_AHEAD


def validate_publication_time(value):
    """A publication time between 1900 and two years from now."""
    if value is None:
        return
    try:
        year = timezone.localtime(value).year  # the year in London, as the address has it
    except (OverflowError, ValueError):  # the first or last moment Python knows
        year = value.year
    latest = latest_publication_year()
    if not EARLIEST_PUBLICATION_YEAR <= year <= latest:
        raise ValidationError(
            _(
                "Check the year: %(year)04d is not a plausible publication year. "
                "Publication times run from %(earliest)d to %(latest)d."
            ),
            code="implausible_year",
            params={"year": year, "earliest": EARLIEST_PUBLICATION_YEAR, "latest": latest},
        )
