"""What the public pages and the API accept as a page number: digits, nothing else."""

import re

PAGE_NUMBER = re.compile(r"[0-9]+")


def is_page_number(value):
    """Whether ``value`` is written as a page number: ASCII digits only (not "last", "+2", " 2",
    "2_0" or "٢", which ``int()`` would take)."""
    return PAGE_NUMBER.fullmatch(str(value)) is not None
