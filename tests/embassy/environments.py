"""
The settings module as each environment would load it: the real
embassy/settings.py, run in a given environment, in-process (``settings_for``)
or in a fresh process (``manage``).
"""

import os
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]

# Every variable embassy/settings.py reads.
VARIABLES = [
    "DJANGO_DEBUG",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DJANGO_HTTPS",
    "DJANGO_ADMIN_URL",
    "DJANGO_ADMIN_OTP",
    "DJANGO_PROXY_COUNT",
    "REDIS_URL",
    "EMBASSY_PAGE_CACHE",
    # Only for the test suite's own in-process browser tests.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
]

STRONG_KEY = secrets.token_urlsafe(50)

PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": STRONG_KEY,
    "DJANGO_ALLOWED_HOSTS": "www.example.org",
}

LOCAL = {"DJANGO_DEBUG": "1"}


def environment(**env):
    """os.environ without the site's variables, plus ``env``."""
    base = {name: value for name, value in os.environ.items() if name not in VARIABLES}
    return {**base, **env}


def settings_for(monkeypatch, **env):
    """The settings module's names, loaded with exactly ``env`` set."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_DIR / "embassy" / "settings.py"))


def manage(*args, **env):
    """``manage.py ARGS`` in a new process with exactly ``env`` set."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )
