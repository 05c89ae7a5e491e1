"""A request for a host the site does not serve: a 400 page, and one warning line without a traceback."""

import logging


def test_a_foreign_host_is_logged_once_as_a_warning_without_a_traceback(client, db, caplog):
    with caplog.at_level(logging.INFO):
        response = client.get("/news/", headers={"host": "attacker.example"})

    assert response.status_code == 400
    records = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(records) == 1
    [record] = records
    assert record.levelname == "WARNING"
    assert record.name == "django.security.DisallowedHost"
    assert "attacker.example" in record.getMessage()
    assert record.exc_info is None


def test_a_foreign_host_is_never_served_a_cached_page(client, db):
    assert client.get("/robots.txt").status_code == 200

    assert client.get("/robots.txt", headers={"host": "attacker.example"}).status_code == 400
