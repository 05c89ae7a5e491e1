from notices import data


def notices(request):
    """``site_notices``: the notices shown now, read only when a template asks (the admin's pages
    never do). No database query once the cache is warm."""
    return {"site_notices": data.current}
