from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrandingConfig(AppConfig):
    """The site's look that staff choose: the logo in the header."""

    name = "branding"
    verbose_name = _("Site appearance")

    def ready(self):
        from branding import data

        data.connect_invalidation()
