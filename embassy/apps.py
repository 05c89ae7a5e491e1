from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmbassyConfig(AppConfig):
    name = "embassy"
    verbose_name = _("Embassy website")

    def ready(self):
        from embassy import audit

        audit.connect_audit_trail()
