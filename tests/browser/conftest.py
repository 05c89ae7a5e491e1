"""
Shared set-up for the browser tests: one Chromium for the whole session
(pytest-playwright's session-scoped ``browser``), a fresh context per test,
pytest-django's ``live_server`` (which brings ``transactional_db``), and a
recorder of everything a visitor's browser would report as broken.
"""

from dataclasses import dataclass, field

import pytest

from tests.browser.helpers import PASSWORD


@pytest.fixture
def fast_passwords(settings):
    """A fast hasher: signing in is not what is under test. The live server
    runs in this process, so it hashes the same way."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def superuser(django_user_model, fast_passwords):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def browser_context_args(browser_context_args):
    """A British visitor's browser."""
    return {**browser_context_args, "locale": "en-GB", "timezone_id": "Europe/London"}


@pytest.fixture
def page(page):
    """Fail fast: a local page that takes seconds to respond is broken."""
    page.set_default_timeout(5_000)
    page.set_default_navigation_timeout(10_000)
    return page


@dataclass
class BrowserProblems:
    """Console errors, uncaught exceptions, failed requests and HTTP errors of one page."""

    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    failed_requests: list = field(default_factory=list)
    http_errors: list = field(default_factory=list)

    def all(self, expected_status_of=None):
        """Everything recorded; ``expected_status_of=(url, status)`` leaves out
        that document's own expected status and the console line it causes."""
        console, http = self.console_errors, self.http_errors
        if expected_status_of:
            url, status = expected_status_of
            http = [e for e in http if e != (url, status)]
            console = [c for c in console if not (c[1] == url and f"status of {status}" in c[0])]
        return console + self.page_errors + self.failed_requests + http


@pytest.fixture
def browser_problems(page):
    """What goes wrong in ``page`` from now on, as a visitor's browser reports it."""
    problems = BrowserProblems()

    def on_console(message):
        if message.type == "error":
            problems.console_errors.append((message.text, (message.location or {}).get("url", "")))

    def on_response(response):
        if response.status >= 400:
            problems.http_errors.append((response.url, response.status))

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.page_errors.append(("uncaught", str(error))))
    def on_request_failed(request):
        # The browser cancels what is still loading when the page navigates away (the test's next
        # goto or click): nothing a visitor sees. A blocked or broken request fails otherwise.
        if request.failure != "net::ERR_ABORTED":
            problems.failed_requests.append((request.url, request.failure))

    page.on("requestfailed", on_request_failed)
    page.on("response", on_response)
    return problems
