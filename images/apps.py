from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    name = "images"
    verbose_name = _("Images")

    def ready(self):
        from PIL import Image as PILImage

        from images import processing, signals  # noqa: F401

        # Defence in depth: any Pillow use in this process refuses to decode
        # a decompression bomb (a warning past the limit, an error past twice
        # the limit). Our own validator checks the size before decoding too.
        PILImage.MAX_IMAGE_PIXELS = processing.MAX_PIXELS
