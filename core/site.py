"""The site's name, in the page's language."""

from django.conf import settings
from django.utils.translation import gettext, gettext_noop

# The default EMBASSY_SITE_NAME, in the catalogue so that it shows in Russian on Russian pages and
# feeds; a name set in the environment shows as it is written.
gettext_noop("Embassy of the Russian Federation in the United Kingdom")


def site_name():
    """``EMBASSY_SITE_NAME`` in the active language (when the catalogue has it)."""
    return gettext(settings.EMBASSY_SITE_NAME)
