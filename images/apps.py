from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    name = "images"
    verbose_name = _("Images")

    def ready(self):
        # Pillow is not imported here: images.processing imports it when an upload is checked,
        # and sets its decompression-bomb limit then, before anything is decoded.
        from images import signals  # noqa: F401
