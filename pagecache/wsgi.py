"""
The page cache's fast path under a WSGI server (gunicorn): a page fresh in the
cache is answered before Django's request handling starts (no request
signals, no middleware), by the very lookup the middleware makes
(``pagecache.middleware.cached_response``). Everything else, and anything
that goes wrong here, is handed to Django, where the middleware renders and
stores as usual.
"""

import logging

from django.core.handlers.wsgi import WSGIRequest

from pagecache.middleware import cached_response

logger = logging.getLogger(__name__)


class PageCacheApplication:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        response = None
        if environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            try:
                # A copy: WSGIRequest writes the decoded path back into the environ it is given,
                # which Django's own request, made from it next, could not decode again.
                response = cached_response(WSGIRequest(dict(environ)))
            except Exception:  # Django answers it properly (a 400 for a bad host, a logged error ...)
                logger.debug("page cache fast path declined", exc_info=True)
                response = None
        if response is None:
            return self.application(environ, start_response)
        start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else response.content]
