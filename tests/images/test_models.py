import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from PIL import Image as PILImage

from images import processing
from images.models import Image, delete_files_on_rollback
from tests.factories import ImageFactory
from tests.images.files import image_bytes, jpeg_with_gps, tall_png, upload


def stored(name):
    with default_storage.open(name) as file:
        return file.read()


def all_stored_files(image):
    return [image.file.name, *(r["name"] for r in image.renditions)]


def test_an_upload_is_stored_with_webp_renditions_at_each_width_beside_it(db):
    image = ImageFactory()

    assert (image.width, image.height) == (2000, 1000)
    assert [(r["width"], r["height"]) for r in image.renditions] == [(480, 240), (800, 400), (1200, 600), (1600, 800)]
    folder = f"images/{image.key.hex}/"
    assert image.file.name == f"{folder}embassy.jpg"
    for rendition in image.renditions:
        assert rendition["name"] == f"{folder}embassy-{rendition['width']}w.webp"
        with PILImage.open(io.BytesIO(stored(rendition["name"]))) as file:
            assert file.format == "WEBP"
            assert file.size == (rendition["width"], rendition["height"])


def test_a_small_image_is_never_upscaled(db):
    image = ImageFactory(file=ContentFile(image_bytes((300, 200)), name="small.jpg"))
    assert [(r["width"], r["height"]) for r in image.renditions] == [(300, 200)]


def test_gps_and_every_other_piece_of_exif_never_reach_the_stored_files(db):
    original = jpeg_with_gps()
    with PILImage.open(io.BytesIO(original)) as camera_file:  # the test file really carries them
        assert camera_file.getexif().get_ifd(0x8825)

    image = Image(file=upload(original, name="IMG_0001.JPG"), alt_text="The Ambassador at the door")
    image.full_clean()
    image.save()

    for name in all_stored_files(image):
        data = stored(name)
        with PILImage.open(io.BytesIO(data)) as file:
            assert not file.getexif(), name
            assert not {"exif", "xmp", "comment", "icc_profile"} & set(file.info), name
        for trace in (b"Exif", b"SpyCam", b"GPS-9000", b"Taken outside the embassy"):
            assert trace not in data, (name, trace)


def test_the_camera_orientation_is_applied_before_the_exif_is_dropped(db):
    # Orientation 6: the camera was turned; the pixels are stored landscape.
    image = ImageFactory(file=ContentFile(jpeg_with_gps(size=(640, 480), orientation=6), name="turned.jpg"))
    assert (image.width, image.height) == (480, 640)
    with PILImage.open(io.BytesIO(stored(image.file.name))) as file:
        assert file.size == (480, 640)


def test_the_stored_file_is_named_after_what_it_is_not_what_it_was_called(db):
    image = ImageFactory(file=ContentFile(image_bytes((40, 30), "PNG"), name="Фото посольства.jpg"))
    assert image.file.name.endswith("/foto-posolstva.png")


def test_a_transparent_png_keeps_its_transparency(db):
    image = ImageFactory(file=ContentFile(image_bytes((40, 30), "PNG", mode="RGBA", color=(0, 0, 0, 0)), name="a.png"))
    with PILImage.open(io.BytesIO(stored(image.file.name))) as file:
        assert file.convert("RGBA").getpixel((0, 0))[3] == 0
    with PILImage.open(io.BytesIO(stored(image.renditions[0]["name"]))) as file:
        assert file.convert("RGBA").getpixel((0, 0))[3] == 0


def test_alt_text_is_required(db):
    image = Image(file=upload(image_bytes((40, 30))), alt_text="  ")
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert "alt_text" in error.value.message_dict


def test_a_bad_file_fails_full_clean_on_the_file_field(db):
    image = Image(file=upload(b"GIF89a but not really", name="x.gif"), alt_text="x")
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert "This file is not one" in error.value.message_dict["file"][0]


def test_replacing_the_file_makes_new_renditions_and_removes_the_old_files(db, django_capture_on_commit_callbacks):
    image = ImageFactory()
    old_files = all_stored_files(image)

    with django_capture_on_commit_callbacks(execute=True):
        image.file = ContentFile(image_bytes((900, 600)), name="new.jpg")
        image.save()

    assert [r["width"] for r in image.renditions] == [480, 800, 900]
    assert all(default_storage.exists(name) for name in all_stored_files(image))
    assert not any(default_storage.exists(name) for name in old_files)


def test_deleting_an_image_removes_its_files(db, django_capture_on_commit_callbacks):
    image = ImageFactory()
    files = all_stored_files(image)
    with django_capture_on_commit_callbacks(execute=True):
        Image.objects.filter(pk=image.pk).delete()
    assert not any(default_storage.exists(name) for name in files)


def test_a_rolled_back_delete_keeps_the_files(db):
    image = ImageFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        image.delete()
        raise RuntimeError
    assert default_storage.exists(image.file.name)


def media_files():
    """Every file in the media folder, as storage names."""
    root = Path(settings.MEDIA_ROOT)
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())


def test_a_very_tall_image_is_stored_with_renditions_within_webps_limit(db):
    image = ImageFactory(file=ContentFile(tall_png(300, 20_000), name="infographic.png"))

    assert (image.width, image.height) == (300, 20_000)
    assert [(r["width"], r["height"]) for r in image.renditions] == [(245, 16333)]
    with PILImage.open(io.BytesIO(stored(image.renditions[0]["name"]))) as file:
        assert file.size == (245, 16333)
    assert media_files() == sorted(all_stored_files(image))


def test_nothing_is_stored_when_a_rendition_cannot_be_made(db, monkeypatch):
    def broken_encoder(image):
        raise OSError("encoder failed")

    monkeypatch.setattr(processing, "renditions", broken_encoder)
    with pytest.raises(OSError, match="encoder failed"):
        Image(file=upload(image_bytes((900, 600))), alt_text="The embassy").save()

    assert not Image.objects.exists()
    assert media_files() == []


def test_the_stored_files_are_deleted_when_the_database_refuses_the_image(db):
    Image(file=upload(image_bytes((900, 600))), alt_text="The embassy").save()
    before = media_files()
    duplicate = Image(file=upload(image_bytes((900, 600))), alt_text="The same key again")
    duplicate.key = Image.objects.get().key

    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()

    assert Image.objects.count() == 1
    assert media_files() == before


def test_the_files_of_an_image_saved_in_a_transaction_that_rolls_back_are_deleted(db):
    with pytest.raises(RuntimeError), delete_files_on_rollback(), transaction.atomic():
        image = ImageFactory()
        assert default_storage.exists(image.file.name)
        raise RuntimeError("something after the upload failed")

    assert not Image.objects.exists()
    assert media_files() == []


def test_the_files_of_an_image_saved_in_a_transaction_that_commits_are_kept(db):
    with delete_files_on_rollback(), transaction.atomic():
        image = ImageFactory()
    assert media_files() == sorted(all_stored_files(image))
