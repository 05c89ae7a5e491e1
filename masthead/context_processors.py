import json
from dataclasses import replace

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core import languages
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
            "counters": [_counter(c, c.days_on(today)) for c in data["counters"]],
        }
    }


def days_with_noun(days):
    """``days`` with the word "day" in the form the active language's plural rule picks for it."""
    return ngettext("%(days)s day", "%(days)s days", days) % {"days": days}


# A number in each of the CLDR plural categories the browser's Intl.PluralRules names
# (one, two, few, many, other): the script picks the form of the same ngettext for a new count.
CATEGORY_SAMPLES = {"one": 1, "two": 2, "few": 2, "many": 5, "other": 0}


def _counter(counter, days):
    """One counter as the masthead shows it: the text before and after the count, the count, and
    how it is written (``phrase``: "968" or "968 days"; ``forms``: the phrase for each plural
    category, "{n}" for the number, for the script that moves the count on at midnight)."""
    if counter.fallback:  # the default language's sentence: its count in that language too
        with languages.override(languages.DEFAULT):
            return {**_counter(replace(counter, fallback=False), days), "fallback": True}
    forms = ""
    phrase = str(days)
    if counter.with_noun:
        phrase = days_with_noun(days)
        forms = json.dumps(
            {category: _form(sample) for category, sample in CATEGORY_SAMPLES.items()},
            ensure_ascii=False,
            sort_keys=True,
        )
    return {
        "before": counter.before,
        "days": days,
        "after": counter.after,
        "phrase": phrase,
        "forms": forms,
        "fallback": counter.fallback,
    }


def _form(sample):
    return ngettext("%(days)s day", "%(days)s days", sample) % {"days": "{n}"}
