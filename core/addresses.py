"""The visitor's address, for sign-in throttling and the logs."""

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
