"""
How long a rendered page stays true: until the end of the London minute (the
masthead's clock and date are rendered on the server) or the next scheduled
release or expiry of any item, whichever comes first.
"""

import datetime

from news.models import Article


def expiry(now):
    """When a page rendered at ``now`` (epoch seconds) stops being true (epoch seconds)."""
    # London is a whole number of hours from UTC, so its minutes end where UTC's do.
    end_of_minute = (now // 60 + 1) * 60
    change = Article.objects.next_change(after=datetime.datetime.fromtimestamp(now, datetime.UTC))
    return end_of_minute if change is None else min(end_of_minute, change.timestamp())
