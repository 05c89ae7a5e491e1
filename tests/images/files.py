"""Image files for the tests, made with Pillow (small, fast, in memory)."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags
from PIL import Image as PILImage

# The embassy's front door, to the second: it must never reach the public site.
GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (51.0, 30.0, 41.0),
    ExifTags.GPS.GPSLongitudeRef: "W",
    ExifTags.GPS.GPSLongitude: (0.0, 11.0, 23.0),
}


def image_bytes(size=(2000, 1000), image_format="JPEG", mode="RGB", color="navy", **save_options):
    buffer = io.BytesIO()
    PILImage.new(mode, size, color).save(buffer, image_format, **save_options)
    return buffer.getvalue()


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def jpeg_with_gps(size=(640, 480), orientation=None):
    """A camera-like JPEG: maker, GPS position and, optionally, a rotation."""
    exif = PILImage.Exif()
    exif[ExifTags.Base.Make] = "SpyCam"
    exif[ExifTags.Base.Model] = "Model GPS-9000"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.GPSInfo] = GPS
    return image_bytes(size, "JPEG", exif=exif, comment=b"Taken outside the embassy")


def noisy_jpeg(size=(400, 300)):
    """A JPEG with real detail, so that half of it is really missing when cut."""
    buffer = io.BytesIO()
    PILImage.effect_noise(size, 64).convert("RGB").save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


def truncated_jpeg():
    data = noisy_jpeg()
    return data[: len(data) // 2]


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width, height):
    """A valid-looking PNG whose header claims ``width`` × ``height`` pixels of
    1-bit grey, with hardly any data: a decompression bomb's calling card,
    made without ever holding that many pixels in memory."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + _chunk(b"IEND", b"")
    )


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    b'<script>fetch("/admin/").then(r => r.text()).then(alert)</script>'
    b'<rect width="100" height="100" fill="navy"/></svg>'
)


def tall_png(width=300, height=20_000):
    """A real 1-bit PNG far taller than WebP's 16383-pixel limit, yet cheap:
    a few kilobytes on disk, a few megabytes decoded."""
    return image_bytes((width, height), "PNG", mode="1", color=1)
