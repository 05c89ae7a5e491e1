"""
What a worker serving only the public never imports: the libraries that only staff's uploads
and edits need. pypdf (and the cryptography it loads for encrypted PDFs) checks uploaded PDFs
(documents.validation), Pillow checks and re-encodes uploaded images (images.processing), nh3
sanitises rich text when it is saved (news.models.SanitizedHTMLField). Each is imported when
first used, so that it costs no memory in a worker until staff upload or save something
(issue 8: a worker's memory after a minute under load).

A worker of its own in a new process (tests/embassy/public_worker.py), on a SQLite file of
its own holding the demo content, whatever database the suite runs on: what is imported
does not depend on it.
"""

import json
import subprocess
import sys

import pytest

from tests.embassy.environments import BASE_DIR, PRODUCTION, environment

UPLOADS_AND_EDITS_ONLY = ("pypdf", "cryptography", "PIL", "nh3")


@pytest.fixture(scope="module")
def worker_environment(tmp_path_factory):
    """The environment of a production worker (but plain HTTP, and static files uncollected),
    with a database migrated and holding the demo content."""
    folder = tmp_path_factory.mktemp("worker")
    env = environment(
        **{
            **PRODUCTION,
            "DJANGO_HTTPS": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SETTINGS_MODULE": "tests.embassy.server_settings",
            "DATABASE_URL": f"sqlite:///{folder / 'worker.sqlite3'}",
            "DJANGO_MEDIA_ROOT": str(folder / "media"),
        }
    )
    for command in (["migrate", "--noinput"], ["load_demo"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=BASE_DIR, env=env, check=True,
                       capture_output=True, timeout=300)  # fmt: skip
    return env


def serve_public_pages(env, *modules):
    finished = subprocess.run(
        [sys.executable, "-m", "tests.embassy.public_worker", *modules],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout.splitlines()[-1])


def test_a_worker_serving_every_public_page_never_imports_what_only_uploads_and_edits_need(worker_environment):
    served = serve_public_pages(worker_environment, *UPLOADS_AND_EDITS_ONLY)

    assert served["imported"] == []
    statuses = served["statuses"]
    assert "/" in statuses and "/ru/" in statuses and any(path.startswith("/documents/") for path in statuses)
    assert all(code < 500 for code in statuses.values()), statuses
    assert statuses["/"] == statuses["/ru/"] == 200


def test_the_check_sees_a_module_the_worker_has_imported(worker_environment):
    """The test above would pass vacuously were the names wrong or nothing reported."""
    served = serve_public_pages(worker_environment, "django.core.handlers.wsgi", "news.models")

    assert served["imported"] == ["django.core.handlers.wsgi", "news.models"]
