from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    """Site notices: a banner above the masthead of every public page, for consular emergencies
    and closures, shown from its start to its end with nothing run in between."""

    name = "notices"
    verbose_name = _("Site notices")

    def ready(self):
        from notices import data

        data.connect_invalidation()
