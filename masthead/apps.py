from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MastheadConfig(AppConfig):
    """The masthead on every page: London date, clocks, consular contact and day counters."""

    name = "masthead"
    verbose_name = _("Masthead")

    def ready(self):
        from masthead import data

        data.connect_invalidation()
