from core.site import site_name


def site(request):
    """The site's name (in the page's language), for the header and page titles."""
    return {"site_name": site_name()}
