"""Wall-clock time in the cities the masthead shows."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

LONDON = ZoneInfo("Europe/London")
MOSCOW = ZoneInfo("Europe/Moscow")


def london_now():
    return timezone.now().astimezone(LONDON)


def london_today():
    """Today's date in London: the day counters roll over at London midnight."""
    return london_now().date()


def html_datetime(moment):
    """``moment`` as a ``datetime`` attribute of ``<time>`` in London time, to the second:
    ``2020-10-26T09:30:00+00:00``. HTML allows at most three digits of a second's fraction, and
    an item saved from code carries six (``isoformat()`` and the ``c`` date format write them)."""
    if moment is None or moment == "":
        return ""
    if not isinstance(moment, datetime.datetime):  # a day: 2020-10-26
        return moment.isoformat()
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment, LONDON)
    return moment.replace(microsecond=0).isoformat()
