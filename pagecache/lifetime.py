"""
How long a rendered page stays true: until the end of the London minute (the
masthead's clock and date are rendered on the server), the next scheduled
release or expiry of any item, or the next start or end of a site notice (the
banner above the masthead), whichever comes first.
"""

import datetime

from news.models import Article
from notices import data as notices


def expiry(now):
    """When a page rendered at ``now`` (epoch seconds) stops being true (epoch seconds)."""
    # London is a whole number of hours from UTC, so its minutes end where UTC's do.
    end_of_minute = (now // 60 + 1) * 60
    after = datetime.datetime.fromtimestamp(now, datetime.UTC)
    changes = (Article.objects.next_change(after=after), notices.next_change(after))
    return min([end_of_minute, *(change.timestamp() for change in changes if change is not None)])
