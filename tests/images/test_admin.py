"""Uploading through the admin: the image library and the article's lead image."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image as PILImage

from images import processing
from images.admin import ImageAdmin
from images.models import Image
from news.models import Article
from tests.factories import CategoryFactory, ImageFactory, LiveArticleFactory
from tests.images.files import (
    SVG_WITH_SCRIPT,
    image_bytes,
    jpeg_with_gps,
    png_claiming,
    tall_png,
    truncated_jpeg,
    upload,
)

ADD = reverse("admin:images_image_add")


@pytest.fixture
def staff(admin_client):
    return admin_client


def post_upload(staff, file, alt_text="The embassy building"):
    return staff.post(ADD, {"file": file, "alt_text": alt_text, "caption": "", "credit": ""})


def nothing_stored():
    return not Image.objects.exists() and not default_storage.exists("images")


def test_staff_upload_an_image_with_alt_text(staff, admin_user):
    response = post_upload(staff, upload(jpeg_with_gps(size=(1000, 750)), name="DSC_0042.JPG"))

    assert response.status_code == 302, response.content.decode()[:3000]
    image = Image.objects.get()
    assert image.alt_text == "The embassy building"
    assert image.uploaded_by == admin_user
    assert [r["width"] for r in image.renditions] == [480, 800, 1000]
    with default_storage.open(image.file.name) as file, PILImage.open(file) as stored:
        assert not stored.getexif()


def test_the_change_page_shows_the_address_to_paste_into_the_body_editor(staff):
    image = ImageFactory()
    content = staff.get(reverse("admin:images_image_change", args=[image.pk])).content.decode()
    assert f'value="{image.file.url}"' in content
    assert "paste this address" in content
    assert "1600 × 800" in content  # the renditions are listed


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (upload(b"not an image at all", name="photo.jpg"), "This file is not one (whatever its name says)"),
        (upload(SVG_WITH_SCRIPT, name="logo.svg", content_type="image/svg+xml"), "This file is not one"),
        (upload(truncated_jpeg()), "The image file is damaged or incomplete"),
        (upload(png_claiming(10_000, 10_000), name="huge.png"), "The image is 100 megapixels; the limit is 40"),
    ],
    ids=["text-named-jpg", "svg-with-script", "truncated-jpeg", "100-megapixels"],
)
def test_bad_uploads_are_a_form_error_and_nothing_is_stored(staff, file, message):
    response = post_upload(staff, file)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert nothing_stored()


def test_a_file_over_the_size_limit_is_a_form_error(staff, monkeypatch):
    monkeypatch.setattr(processing, "MAX_BYTES", 1000)  # 20 MB without sending 20 MB
    response = post_upload(staff, upload(image_bytes((400, 300))))
    assert response.status_code == 200
    assert "the limit is 1000\xa0bytes" in response.content.decode()
    assert nothing_stored()


def test_an_image_without_alt_text_is_a_form_error(staff):
    response = post_upload(staff, upload(image_bytes((40, 30))), alt_text="   ")
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert nothing_stored()


def test_the_article_form_picks_its_lead_image_from_the_library_or_uploads_one(staff):
    content = staff.get(reverse("admin:news_article_add")).content.decode()
    # The "+" next to the field opens the same upload form in a pop-up.
    assert f'href="{ADD}?_to_field=id&amp;_popup=1"' in content


def test_an_article_saved_with_a_library_image_as_its_lead_image(staff):
    image = ImageFactory()
    data = {
        "title": "Reception at the Embassy",
        "slug": "reception",
        "category": CategoryFactory().pk,
        "lead": "A reception.",
        "body": "<p>Text</p>",
        "status": "draft",
        "publication_date_0": "2020-10-27",
        "publication_date_1": "18:00:00",
        "image": image.pk,
    }
    response = staff.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Article.objects.get().image == image


def test_an_image_used_as_a_lead_image_cannot_be_deleted(staff):
    image = ImageFactory()
    LiveArticleFactory(image=image, title="Reception")
    response = staff.post(reverse("admin:images_image_delete", args=[image.pk]), {"post": "yes"})
    assert "Reception" in response.content.decode()
    assert Image.objects.filter(pk=image.pk).exists()


def test_the_library_list_shows_thumbnails(staff):
    ImageFactory(alt_text="Wreath laying at the Soviet War Memorial")
    content = staff.get(reverse("admin:images_image_changelist")).content.decode()
    assert "Wreath laying at the Soviet War Memorial" in content
    assert "-480w.webp" in content


def test_search_for_the_autocomplete_finds_images_by_alt_text(staff):
    ImageFactory(alt_text="Wreath laying")
    ImageFactory(alt_text="Concert")
    response = staff.get(
        reverse("admin:autocomplete"),
        {"term": "wreath", "app_label": "news", "model_name": "article", "field_name": "image"},
    )
    assert [result["text"] for result in response.json()["results"]] == ["Wreath laying (2000×1000)"]


def test_a_very_tall_image_uploads_with_renditions_that_fit_webps_limit(staff):
    response = post_upload(staff, upload(tall_png(300, 20_000), name="infographic.png", content_type="image/png"))

    assert response.status_code == 302, response.content.decode()[:3000]
    image = Image.objects.get()
    assert (image.width, image.height) == (300, 20_000)
    assert all(r["width"] <= 16383 and r["height"] <= 16383 for r in image.renditions)
    assert image.renditions


def test_an_image_too_long_and_narrow_to_show_is_a_form_error_and_nothing_is_stored(staff):
    response = post_upload(staff, upload(image_bytes((100, 10_100), "PNG", mode="1"), name="strip.png"))

    assert response.status_code == 200
    assert "The image is 100 × 10100 pixels: too long and narrow to show on a page" in response.content.decode()
    assert nothing_stored()


def test_an_upload_whose_save_is_rolled_back_leaves_no_files_behind(staff, monkeypatch, settings):
    def failing_log(*args, **kwargs):
        raise RuntimeError("the admin log is unavailable")

    monkeypatch.setattr(ImageAdmin, "log_addition", failing_log)  # fails after the image is saved
    with pytest.raises(RuntimeError):
        post_upload(staff, upload(image_bytes((900, 600))))

    assert not Image.objects.exists()
    assert not [path for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()]
