from functools import lru_cache

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def masthead_bar(masthead):
    """The masthead's markup for the context processor's ``masthead``. It shows nothing finer
    than the minute, so it is rendered once per London minute, contact, counters and language,
    not on every page; everything it shows is in the key, so it is never early nor late."""
    key = (
        masthead["today"],
        tuple((str(c["label"]), c["zone"], c["time"].replace(second=0, microsecond=0)) for c in masthead["clocks"]),
        masthead["contact"],
        tuple(tuple(c.items()) for c in masthead["counters"]),
        get_language(),
    )
    if settings.DEBUG:  # templates edited while the development server runs show at once
        return _render(*key)
    return _cached(*key)


@lru_cache(maxsize=16)
def _cached(*key):
    return _render(*key)


def _render(today, clocks, contact, counters, language):
    return render_to_string(
        "includes/masthead.html",
        {
            "masthead": {
                "today": today,
                "clocks": [{"label": label, "zone": zone, "time": time} for label, zone, time in clocks],
                "contact": contact,
                "counters": [dict(counter) for counter in counters],
            }
        },
    )
