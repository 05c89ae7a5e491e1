"""
A library image that an item shows, as its lead image or in its text, cannot
be deleted: its files would go and the item's page would show a broken image.
The admin refuses, on the image's delete page and in the list's "Delete
selected" action, and names the items.
"""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from images.models import Image
from tests.factories import DraftArticleFactory, ImageFactory, LiveArticleFactory

CHANGELIST = reverse("admin:images_image_changelist")


def delete_url(image):
    return reverse("admin:images_image_delete", args=[image.pk])


def in_the_text(image):
    return f'<p>Text</p><img src="{image.file.url}" alt="The embassy">'


def delete_selected(client, images, confirm=True):
    data = {"action": "delete_selected", "_selected_action": [image.pk for image in images]}
    if confirm:
        data["post"] = "yes"
    return client.post(CHANGELIST, data)


@pytest.mark.parametrize("make_item", [LiveArticleFactory, DraftArticleFactory], ids=["live", "draft"])
def test_an_image_an_items_text_shows_is_not_deleted_and_the_page_names_the_item(
    editing, make_item, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    article = make_item(title="Reception at the residence", body=in_the_text(image))

    page = editing.get(delete_url(image))
    with django_capture_on_commit_callbacks(execute=True):
        refused = editing.post(delete_url(image), {"post": "yes"})

    for response in (page, refused):
        assert response.status_code == 200
        content = response.content.decode()
        assert "cannot be deleted: these items show it" in content
        assert "Reception at the residence" in content
        assert reverse("admin:news_article_change", args=[article.pk]) in content
        assert "Yes, I’m sure" not in content
    assert Image.objects.filter(pk=image.pk).exists()
    assert default_storage.exists(image.file.name)


def test_the_bulk_delete_refuses_images_items_show_and_names_the_items(
    editing, django_capture_on_commit_callbacks
):
    unused = ImageFactory(alt_text="Unused")
    in_text = ImageFactory(alt_text="In a text")
    lead = ImageFactory(alt_text="A lead image")
    LiveArticleFactory(title="Wreath laying", body=in_the_text(in_text))
    LiveArticleFactory(title="National day", image=lead)

    with django_capture_on_commit_callbacks(execute=True):
        response = delete_selected(editing, [unused, in_text, lead])

    content = response.content.decode()
    assert "The selected images cannot be deleted" in content
    assert "Wreath laying" in content and "(in its text)" in content
    assert "National day" in content
    assert Image.objects.count() == 3


def test_an_image_no_item_shows_is_deleted_with_its_files(editing, django_capture_on_commit_callbacks):
    image = ImageFactory()
    LiveArticleFactory(title="Another item")

    with django_capture_on_commit_callbacks(execute=True):
        response = delete_selected(editing, [image])

    assert response.status_code == 302
    assert not Image.objects.exists()
    assert not default_storage.exists(image.file.name)
