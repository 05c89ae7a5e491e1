from django.conf import settings


def site(request):
    """The site's name, for the header and page titles."""
    return {"site_name": settings.EMBASSY_SITE_NAME}
