"""
Structured logs: JSON lines on stderr for errors, staff sign-ins and
publishing actions, each saying who, from where and what.
"""

import io
import json
import logging

import pytest
from django.test import Client
from django.urls import reverse

from news.models import Article
from tests.embassy.staff import PASSWORD
from tests.factories import CategoryFactory, LiveArticleFactory
from tests.news.workflow_helpers import form_on_page


@pytest.fixture
def stderr_lines():
    """What the site's log handler writes to stderr, as parsed JSON lines."""
    handler = next(h for h in logging.getLogger().handlers if type(h.formatter).__name__ == "JsonFormatter")
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    handler.setStream(previous)


def audit_records(caplog, event):
    return [r for r in caplog.records if r.name == "embassy.audit" and getattr(r, "event", None) == event]


def sign_in(client, password=PASSWORD):
    return client.post(reverse("admin:login"), {"username": "olga", "password": password})


def test_a_staff_sign_in_is_logged_with_who_and_where(staff, caplog, stderr_lines):
    caplog.set_level(logging.INFO, logger="embassy.audit")

    sign_in(Client(REMOTE_ADDR="198.51.100.7"))

    [record] = audit_records(caplog, "sign_in")
    assert (record.user, record.ip, record.staff) == ("olga", "198.51.100.7", True)
    [line] = [line for line in stderr_lines() if line.get("event") == "sign_in"]
    assert line["level"] == "INFO" and line["logger"] == "embassy.audit"
    assert line["user"] == "olga" and line["ip"] == "198.51.100.7"
    assert line["path"] == "/admin/login/" and line["time"]


def test_a_failed_sign_in_is_logged_without_the_password(staff, caplog, stderr_lines):
    sign_in(Client(REMOTE_ADDR="203.0.113.9"), password="guess-Tr0ub4dor")

    [record] = audit_records(caplog, "sign_in_failed")
    assert record.levelname == "WARNING"
    assert (record.user, record.ip) == ("olga", "203.0.113.9")
    assert "guess-Tr0ub4dor" not in json.dumps(stderr_lines())
    assert "guess-Tr0ub4dor" not in caplog.text


def test_a_lockout_is_logged(staff, caplog):
    for _ in range(5):
        sign_in(Client(REMOTE_ADDR="203.0.113.9"), password="wrong")

    [record] = audit_records(caplog, "locked_out")
    assert (record.user, record.ip) == ("olga", "203.0.113.9")


def test_publishing_and_unpublishing_in_the_admin_are_logged_with_the_editor(staff, caplog):
    caplog.set_level(logging.INFO, logger="embassy.audit")
    client = Client()
    client.force_login(staff)
    add = reverse("admin:news_article_add")
    data = form_on_page(client.get(add))
    data.update(
        title="Statement on visas",
        slug="statement-on-visas",
        category=CategoryFactory().pk,
        lead="The lead.",
        body="<p>Text</p>",
        status="published",
        publication_date_0="2020-10-27",
        publication_date_1="18:00:00",
        _save="Save",
    )
    assert client.post(add, data).status_code == 302
    article = Article.objects.get(slug="statement-on-visas")

    change = reverse("admin:news_article_change", args=[article.pk])
    data = form_on_page(client.get(change)) | {"status": "draft", "_save": "Save"}
    assert client.post(change, data).status_code == 302

    published, unpublished = audit_records(caplog, "publication_changed")
    assert (published.user, published.status_before, published.status) == ("olga", None, "published")
    assert published.state == "live" and published.article_id == article.pk
    assert published.url == article.get_absolute_url()
    assert (unpublished.user, unpublished.status_before, unpublished.status) == ("olga", "published", "draft")


def test_saving_without_a_status_change_logs_no_publishing_action(staff, caplog):
    article = LiveArticleFactory()
    client = Client()
    client.force_login(staff)
    change = reverse("admin:news_article_change", args=[article.pk])

    data = form_on_page(client.get(change)) | {"title": "A better title", "_save": "Save"}
    assert client.post(change, data).status_code == 302

    assert Article.objects.get(pk=article.pk).title == "A better title"
    assert audit_records(caplog, "publication_changed") == []


def test_content_loaded_by_a_command_is_not_a_publishing_action(db, caplog):
    LiveArticleFactory()

    assert audit_records(caplog, "publication_changed") == []


@pytest.mark.urls("tests.embassy.failing_urls")
def test_a_server_error_is_logged_as_json_with_the_request(db, stderr_lines):
    Client(raise_request_exception=False).get("/broken/?q=1")

    [error] = [line for line in stderr_lines() if line["logger"] == "django.request"]
    assert error["level"] == "ERROR"
    assert error["status_code"] == 500
    assert error["path"] == "/broken/" and error["method"] == "GET" and error["request_id"]
    assert "RuntimeError: a bug in a view" in error["exc_info"]
