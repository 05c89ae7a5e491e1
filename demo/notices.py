"""The demo's site notice: an example that has ended, so that no banner clutters the demo's
pages; staff can copy it (Admin › Site notices) and give it new times."""

import datetime

from core.clocks import LONDON
from notices.models import Notice

TEXT = "The consular section is closed on 4 November for the Day of National Unity."
TEXT_RU = "4 ноября, в День народного единства, консульский отдел не работает."


def add_demo_notice(today):
    """The ended example notice (once: a second run adds nothing). Returns whether it was added."""
    year = today.year if (today.month, today.day) > (11, 4) else today.year - 1
    starts = datetime.datetime(year, 11, 3, 17, 0, tzinfo=LONDON)
    _, created = Notice.objects.get_or_create(
        text=TEXT,
        defaults={
            "text_ru": TEXT_RU,
            "severity": Notice.Severity.WARNING,
            "starts_at": starts,
            "ends_at": datetime.datetime(year, 11, 5, 0, 0, tzinfo=LONDON),
        },
    )
    return created
