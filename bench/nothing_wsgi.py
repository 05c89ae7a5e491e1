"""
The do-nothing WSGI app the throughput benchmark compares the site with: it
answers every request with the same 12 KB of HTML (about a page's size), so it
measures gunicorn, the network and wrk alone.

    gunicorn --chdir bench nothing_wsgi:application
"""

BODY = (b"<!doctype html><html><body>" + b"<p>Nothing to see here.</p>" * 450 + b"</body></html>")[:12 * 1024]
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
