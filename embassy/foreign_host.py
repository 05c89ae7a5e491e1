"""
Requests for a host the site does not serve (``DJANGO_ALLOWED_HOSTS``): robots
scanning addresses send them all day. Django answers 400 and logs each at
ERROR with a full traceback; this filter makes that one WARNING line.
"""

import logging


class ForeignHostFilter(logging.Filter):
    """For the ``django.security.DisallowedHost`` logger: WARNING, without the traceback."""

    def filter(self, record):
        record.levelno = logging.WARNING
        record.levelname = logging.getLevelName(logging.WARNING)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
