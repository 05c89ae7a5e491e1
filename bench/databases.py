"""The benchmarks' own PostgreSQL databases: named, created and dropped on the server of their URL."""

import re
import sys
from urllib.parse import urlsplit, urlunsplit


def server_command(url, sql):
    """Run ``sql`` on the server's maintenance database (CREATE/DROP DATABASE cannot run inside
    the database itself); returns the first row, if any."""
    import psycopg2

    connection = psycopg2.connect(urlunsplit(urlsplit(url)._replace(path="/postgres")))
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return cursor.fetchone() if cursor.description else None
    finally:
        connection.close()


def database_name(url):
    """The database of ``url``, refused (the script exits) unless it is a benchmark's own."""
    name = urlsplit(url).path.lstrip("/")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name) or name in {"postgres", "embassy", "template0", "template1"}:
        sys.exit(f"Refusing to use {name!r} as a benchmark database: name one of its own.")
    return name


def database_exists(url):
    return server_command(url, f"SELECT 1 FROM pg_database WHERE datname = '{database_name(url)}'") is not None
