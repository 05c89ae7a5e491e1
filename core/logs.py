"""
Request context for the structured logs: every record written while a request
is served carries its id, method, path, client address and (once known) the
signed-in user, so an error or an audit record says who and where.
"""

import contextvars
import logging
import uuid

from django.utils.functional import empty

_current_request = contextvars.ContextVar("embassy_current_request", default=None)


def current_request():
    return _current_request.get()


def request_fields(request=None):
    """The request's fields for a log record ({} outside a request)."""
    request = request or current_request()
    if request is None:
        return {}
    from core.addresses import client_ip

    fields = {
        "request_id": getattr(request, "log_id", None),
        "method": request.method,
        "path": request.path,
        "ip": client_ip(request),
    }
    # Only a user the request has already loaded: logging must never query
    # the database (it may be the very thing that is down).
    user = getattr(request, "user", None)
    if user is not None and getattr(user, "_wrapped", None) is not empty and user.is_authenticated:
        fields["user"] = user.get_username()
    return fields


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.log_id = uuid.uuid4().hex[:16]
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


class RequestContextFilter(logging.Filter):
    """Adds the current request's fields to records that lack them."""

    def filter(self, record):
        for name, value in request_fields().items():
            if not hasattr(record, name):
                setattr(record, name, value)
        return True
