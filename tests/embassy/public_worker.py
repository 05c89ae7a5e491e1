"""
A worker that serves only the public, in a process of its own: ``embassy.wsgi``'s
application loaded as gunicorn loads it, then every public page kind
(``bench.pages.public_pages``) in each language of the site, and a document's file,
asked for through that application. Prints JSON: each address with its status, and
which of the modules named on the command line the process has imported.

    python -m tests.embassy.public_worker pypdf PIL

Run by tests/embassy/test_worker_imports.py, with the settings and the database in
its environment.
"""

import io
import json
import sys
from wsgiref.util import setup_testing_defaults

from embassy.wsgi import application


def status(path):
    """The status code of ``path`` as the WSGI application answers a GET for it."""
    path, _, query = path.partition("?")
    environ = {"PATH_INFO": path, "QUERY_STRING": query, "HTTP_HOST": "127.0.0.1", "wsgi.input": io.BytesIO()}
    setup_testing_defaults(environ)
    answered = []
    body = application(environ, lambda line, headers, exc_info=None: answered.append(line))
    try:
        for _chunk in body:
            pass
    finally:
        getattr(body, "close", lambda: None)()
    return int(answered[0].split()[0])


def addresses():
    from bench.pages import public_pages, site_languages
    from documents.models import Document

    paths = [path for language in site_languages() for _kind, path in public_pages(language)]
    return [*paths, *(document.get_absolute_url() for document in Document.objects.order_by("pk")[:2])]


def main(modules):
    statuses = {path: status(path) for path in addresses()}
    imported = [name for name in modules if name in sys.modules]
    print(json.dumps({"statuses": statuses, "imported": imported}))


if __name__ == "__main__":
    main(sys.argv[1:])
