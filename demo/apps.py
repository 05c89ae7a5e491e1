from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content in one place: ``manage.py load_demo`` and what it loads
    (categories, articles and their drawn illustrations, day counters, consular
    offices, the demo staff). It sits on top: it imports the other apps, none
    imports it."""

    name = "demo"
    verbose_name = _("Demo content")
