"""Helpers for django-axes: who is signing in, from where, and the lockout page."""

from django.conf import settings


def client_ip(request):
    """
    The visitor's address for sign-in throttling. Behind N reverse proxies
    (DJANGO_PROXY_COUNT) it is the Nth address from the right of
    X-Forwarded-For: the one the outermost trusted proxy saw. Addresses further
    left were written by the client and could be forged, so they never count.
    """
    count = getattr(settings, "EMBASSY_PROXY_COUNT", 0)
    if count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


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
