"""Wall-clock time in the cities the masthead shows."""

from zoneinfo import ZoneInfo

from django.utils import timezone

LONDON = ZoneInfo("Europe/London")
MOSCOW = ZoneInfo("Europe/Moscow")


def london_now():
    return timezone.now().astimezone(LONDON)


def london_today():
    """Today's date in London: the day counters roll over at London midnight."""
    return london_now().date()
