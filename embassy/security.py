"""django-axes' lockout page (the visitor's address: ``core.addresses.client_ip``)."""


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in: the admin's sign-in page
    saying so, status 429."""
    import math

    from axes.helpers import get_cool_off
    from django.contrib import admin
    from django.shortcuts import render
    from django.utils.translation import gettext as _

    cool_off = get_cool_off(request)
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in locked"),
        "minutes": math.ceil(cool_off.total_seconds() / 60) if cool_off else None,
    }
    return render(request, "admin/locked_out.html", context, status=429)
