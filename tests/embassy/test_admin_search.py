"""
The admin's searches (the list's search box and the autocomplete of a
related field) answer any text a person can type or a link can carry.
PostgreSQL refuses a NUL character in a query outright, so these matter there.
"""

import pytest
from django.urls import reverse

from tests.factories import ImageFactory, LiveArticleFactory

AUTOCOMPLETE = reverse("admin:autocomplete")


def autocomplete(client, term):
    return client.get(
        AUTOCOMPLETE, {"app_label": "news", "model_name": "article", "field_name": "image", "term": term}
    )


@pytest.mark.parametrize("term", ["\x00", "embassy\x00building", "\x00\x00 "])
def test_the_image_autocomplete_answers_a_nul_character_with_results_not_an_error(editing, term):
    image = ImageFactory(alt_text="The embassy building")

    response = autocomplete(editing, term)

    assert response.status_code == 200
    assert [result["id"] for result in response.json()["results"]] == [str(image.pk)]


def test_the_image_autocomplete_still_finds_by_words(editing):
    ImageFactory(alt_text="The embassy building")
    wanted = ImageFactory(alt_text="Students in a classroom")

    response = autocomplete(editing, "classroom")

    assert [result["id"] for result in response.json()["results"]] == [str(wanted.pk)]


@pytest.mark.parametrize("changelist", ["admin:news_article_changelist", "admin:images_image_changelist"])
def test_the_list_search_refuses_a_nul_character_with_a_message(editing, changelist):
    LiveArticleFactory(title="Statement on visas")

    response = editing.get(reverse(changelist), {"q": "visas\x00"})

    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()
