"""An image a published article shows is read-only for press officers: a new
file (or alt text) would reach the public at once, without an editor."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from images.models import Image
from tests.factories import (
    DraftArticleFactory,
    ExpiredArticleFactory,
    ImageFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)
from tests.images.files import image_bytes, upload

pytestmark = pytest.mark.django_db


def change_url(image):
    return reverse("admin:images_image_change", args=[image.pk])


def replacement(image):
    """A crafted POST swapping the image's file for a red one."""
    red = upload(image_bytes(size=(800, 400), color="red"), name="swapped.jpg")
    return {"file": red, "alt_text": "Something else entirely", "caption": "", "credit": ""}


def stored(image):
    return Image.objects.filter(pk=image.pk).values("file", "alt_text", "renditions", "updated").get()


def in_the_body(image):
    return f'<p>Text</p><img src="{image.file.url}" alt="The embassy">'


@pytest.mark.parametrize(
    "use",
    [
        lambda image: LiveArticleFactory(image=image),
        lambda image: ScheduledArticleFactory(image=image),
        lambda image: ExpiredArticleFactory(image=image),
        lambda image: LiveArticleFactory(body=in_the_body(image)),
    ],
    ids=["lead-of-live", "lead-of-scheduled", "lead-of-expired", "in-the-text-of-live"],
)
def test_press_officer_cannot_swap_an_image_a_published_article_shows(press, use):
    image = ImageFactory()
    use(image)
    before = stored(image)

    page = press.get(change_url(image))
    assert page.status_code == 200
    assert 'type="file"' not in page.content.decode()  # the view-only page

    response = press.post(change_url(image), replacement(image))

    assert response.status_code == 403
    assert stored(image) == before
    assert default_storage.exists(before["file"])


def test_press_officer_still_changes_an_image_only_drafts_show(press):
    image = ImageFactory()
    DraftArticleFactory(image=image)

    response = press.post(change_url(image), replacement(image))

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.alt_text == "Something else entirely" and image.file.name.endswith("swapped.jpg")


def test_editor_may_change_an_image_a_live_article_shows(editing):
    image = ImageFactory()
    LiveArticleFactory(image=image)

    response = editing.post(change_url(image), replacement(image))

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.file.name.endswith("swapped.jpg")
