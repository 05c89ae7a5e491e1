from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The floor every app stands on: the timestamped base model, London time,
    the request context of the logs and the visitor's address. It imports no
    other app of the project."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.core.signals import setting_changed

        from core import fragments

        setting_changed.connect(fragments.clear, dispatch_uid="core-fragments-settings")
