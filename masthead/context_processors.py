from django.utils.translation import gettext_lazy as _

from core.clocks import LONDON, MOSCOW, london_now
from masthead import data as masthead_data


def masthead(request):
    """
    Everything the masthead on every page shows: today's date in London, the
    Moscow and London clocks, the consular contact and the day counters.
    No database query once the cache is warm.
    """
    now = london_now()
    today = now.date()
    data = masthead_data.get_data()
    return {
        "masthead": {
            "today": today,
            "now": now,
            "clocks": [
                # Naive wall-clock times: templates would convert an aware
                # datetime back to the current time zone (London).
                {"label": _("Moscow"), "zone": MOSCOW.key, "time": now.astimezone(MOSCOW).time()},
                {"label": _("London"), "zone": LONDON.key, "time": now.time()},
            ],
            "contact": data["contact"],
            "counters": [
                {"before": c.before, "days": c.days_on(today), "after": c.after}
                for c in data["counters"]
            ],
        }
    }
