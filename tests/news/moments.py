"""When the public-page tests happen: the ``frozen`` fixture stops the clock here."""

import datetime as dt

NOW = dt.datetime(2020, 10, 27, 15, 0, tzinfo=dt.UTC)  # a Tuesday afternoon, GMT in London
