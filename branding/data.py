"""
The header's logo, read from the site settings and cached: no query per page.
Saving the settings or any image clears the entry (the logo may be that image);
the page cache is cleared by pagecache's listeners as for any public row.
"""

from dataclasses import dataclass

from django.templatetags.static import static

from core.cached import CachedRead

LOGO_HEIGHT = 44
DEFAULT_LOGO = "img/emblem.svg"


@dataclass(frozen=True)
class Logo:
    url: str
    width: int
    height: int
    alt: str


def _read():
    from branding.models import SiteSettings

    current = SiteSettings.objects.current()
    if current is None or current.logo is None:
        return {"logo": None, "alt": current.logo_alt if current else ""}
    image = current.logo
    # The narrowest rendition is still several times the 44 pixels shown: sharp on any screen.
    rendition = (image.rendition_list or [image.default_rendition])[0]
    width = round(LOGO_HEIGHT * image.width / image.height) if image.height else LOGO_HEIGHT
    return {"logo": (rendition["url"], width), "alt": current.logo_alt}


settings_read = CachedRead("embassy:branding:v1", _read)


def logo():
    """The header's logo: staff's choice, or the state emblem."""
    data = settings_read.get()
    if data["logo"] is None:
        return Logo(url=static(DEFAULT_LOGO), width=LOGO_HEIGHT, height=LOGO_HEIGHT, alt=data["alt"])
    url, width = data["logo"]
    return Logo(url=url, width=width, height=LOGO_HEIGHT, alt=data["alt"])


def connect_invalidation():
    from branding.models import SiteSettings
    from images.models import Image

    settings_read.clear_on_change_of(SiteSettings, Image)
