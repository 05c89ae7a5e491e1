"""The view-only admin page of a published item shows its body as formatted text."""

import pytest

from news.models import Article
from tests.factories import LiveArticleFactory
from tests.news.workflow_helpers import change_url, editor, press_officer

pytestmark = pytest.mark.django_db

BODY = "<p>The consular section is <strong>closed on Friday</strong> for the holiday.</p>"


def test_press_officer_sees_a_live_items_body_formatted_not_as_source(client):
    article = LiveArticleFactory(body=BODY)
    client.force_login(press_officer())

    response = client.get(change_url(article))

    assert response.status_code == 200
    assert 'name="body"' not in response.text  # view-only: no editor
    assert "<strong>closed on Friday</strong>" in response.text
    assert "&lt;strong&gt;" not in response.text
    assert "&lt;p&gt;" not in response.text


def test_view_only_body_never_carries_a_script_even_if_one_reached_the_database(client):
    article = LiveArticleFactory(body=BODY)
    # Written past the field's sanitiser, as a raw update would.
    Article.objects.filter(pk=article.pk).update(
        body=BODY + '<script>alert("body")</script><p onclick="alert(1)">Tail</p>'
    )
    client.force_login(press_officer())

    response = client.get(change_url(article))

    assert response.status_code == 200
    assert "<strong>closed on Friday</strong>" in response.text
    assert 'alert("body")' not in response.text
    assert "onclick" not in response.text
    assert "Tail" in response.text


def test_editor_still_edits_the_body_in_the_editor(client):
    article = LiveArticleFactory(body=BODY)
    client.force_login(editor())

    response = client.get(change_url(article))

    assert response.status_code == 200
    assert 'name="body"' in response.text
