import datetime as dt
import os
import shutil

import pytest
from django.core.cache import caches
from django.test import Client

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test starts with empty caches (the masthead's and the pages'), plain static files (no collected
    manifest needed) and its own media folder."""
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    clear_caches()
    yield
    clear_caches()


def clear_caches():
    for alias in ("default", "pages", "pages_bounded"):
        caches[alias].clear()


@pytest.fixture
def rendered_every_time(settings):
    """The page cache off, for tests that count what rendering a page costs."""
    settings.EMBASSY_PAGE_CACHE = False


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, headless; Playwright never downloads a browser."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package (make test does).")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def tiny_png():
    """A real 4x3 PNG image, as bytes."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), "navy").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def masthead_content(db):
    """The demo masthead: the consular contact and the two day counters.
    (Browser tests get a transactional database from ``live_server``.)"""
    from tests.factories import IncidentCounterFactory, masthead_contact

    masthead_contact()
    IncidentCounterFactory(sentence="{days} days have passed since the Salisbury incident", order=1)
    IncidentCounterFactory(
        sentence="{days} days have passed since the death of Nikolay Glushkov on British soil",
        start_date=dt.date(2018, 3, 12),
        order=2,
    )


def signed_in(user):
    """A browser session of its own, signed in as ``user``."""
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def press(db):
    """A press officer (Olga) signed in; her own session, apart from ``client``."""
    from tests.news.workflow_helpers import press_officer

    return signed_in(press_officer())


@pytest.fixture
def editing(db):
    """An editor (Pavel) signed in; his own session, apart from ``client``."""
    from tests.news.workflow_helpers import editor

    return signed_in(editor())
