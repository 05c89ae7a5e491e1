from django.utils.functional import SimpleLazyObject

from branding.data import logo


def branding(request):
    """The header's logo (cached: no query once warm; none at all on a page that shows no
    header, such as the admin's)."""
    return {"branding": SimpleLazyObject(lambda: {"logo": logo()})}
