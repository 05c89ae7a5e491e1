"""What the image validator accepts and refuses, whatever path the file takes."""

import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image as PILImage

from images import processing
from tests.images.files import (
    SVG_WITH_SCRIPT,
    image_bytes,
    noisy_jpeg,
    png_claiming,
    tall_png,
    truncated_jpeg,
    upload,
)


def refusal(file):
    with pytest.raises(ValidationError) as error:
        processing.validate_image_file(file)
    return " ".join(error.value.messages)


@pytest.mark.parametrize(
    ("image_format", "name"), [("JPEG", "a.jpg"), ("PNG", "a.png"), ("WEBP", "a.webp"), ("GIF", "a.gif")]
)
def test_real_jpeg_png_webp_and_gif_files_are_accepted(image_format, name):
    processing.validate_image_file(upload(image_bytes((40, 30), image_format), name=name))


def test_a_text_file_named_jpg_is_refused():
    message = refusal(upload(b"Dear colleagues, please find attached...", name="photo.jpg"))
    assert "Upload a JPEG, PNG, WebP or GIF image. This file is not one" in message


def test_an_svg_carrying_a_script_is_refused_even_when_named_png():
    assert "This file is not one" in refusal(upload(SVG_WITH_SCRIPT, name="logo.svg", content_type="image/svg+xml"))
    assert "This file is not one" in refusal(upload(SVG_WITH_SCRIPT, name="logo.png", content_type="image/png"))


@pytest.mark.parametrize("image_format", ["BMP", "TIFF", "ICO"])
def test_real_images_in_other_formats_are_refused(image_format):
    assert "This file is not one" in refusal(upload(image_bytes((40, 30), image_format), name="photo.jpg"))


def test_a_truncated_jpeg_is_refused():
    assert "damaged or incomplete" in refusal(upload(truncated_jpeg()))


def test_the_complete_jpeg_the_truncated_one_was_cut_from_is_accepted():
    processing.validate_image_file(upload(noisy_jpeg()))


def test_a_100_megapixel_image_is_refused_before_it_is_decoded():
    message = refusal(upload(png_claiming(10_000, 10_000), name="poster.png"))
    assert "The image is 100 megapixels; the limit is 40 megapixels." in message


def test_a_50_megapixel_image_is_refused():
    # Over our limit but under twice it: Pillow only warns; our own check refuses.
    assert "The image is 50 megapixels; the limit is 40 megapixels." in refusal(upload(png_claiming(10_000, 5_000)))


def test_a_gigapixel_bomb_is_refused():
    assert "megapixels; the limit is 40 megapixels" in refusal(upload(png_claiming(60_000, 60_000)))


def test_pillow_as_the_checks_load_it_refuses_by_itself_an_image_past_twice_the_pixel_limit():
    # 84 megapixels: past twice our 40, under Pillow's own default limit (89 megapixels, where it
    # starts warning). Pillow is imported when the checks first need it; the limit comes with it.
    pillow = processing.pillow()
    with pytest.raises(pillow.DecompressionBombError):
        pillow.open(io.BytesIO(png_claiming(7_000, 12_000)))


def test_an_image_at_the_pixel_limit_passes_the_size_check():
    image = processing._open(upload(png_claiming(8_000, 5_000)), list(processing.FORMATS))
    assert image.size == (8_000, 5_000)


def test_a_file_over_20_mb_is_refused_before_it_is_read():
    big = upload(image_bytes((40, 30)))
    big.size = 25 * 1024 * 1024  # what Django reports for a 25 MB upload, without writing one
    assert "The file is 25.0\xa0MB; the limit is 20.0\xa0MB." in refusal(big)


def test_a_file_of_exactly_20_mb_is_not_refused_for_its_size():
    file = upload(image_bytes((40, 30)))
    file.size = 20 * 1024 * 1024
    processing.validate_image_file(file)


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (300, [300]),
        (800, [480, 800]),
        (1000, [480, 800, 1000]),
        (1600, [480, 800, 1200, 1600]),
        (4000, [480, 800, 1200, 1600]),
    ],
)
def test_renditions_are_never_wider_than_the_original(width, expected):
    assert processing.rendition_widths(width) == expected


def test_the_renditions_of_a_very_tall_image_are_scaled_down_to_fit_webps_limit():
    clean = processing.clean_original(upload(tall_png(300, 20_000), name="infographic.png"))

    renditions = processing.renditions(clean)

    # 300 wide would be 20000 high: the one rendition is narrowed until it fits.
    assert [(width, height) for width, height, _data in renditions] == [(245, 16333)]
    for width, height, data in renditions:
        with PILImage.open(io.BytesIO(data)) as file:
            assert (file.format, file.size) == ("WEBP", (width, height))


@pytest.mark.parametrize(
    ("width", "height", "expected"),
    [
        (1000, 40_000, [(409, 16360)]),  # 40 MP, the most allowed: each standard width is too tall
        (1700, 20_000, [(480, 5647), (800, 9412), (1200, 14118), (1392, 16376)]),  # only the widest is narrowed
        (40_000, 1000, [(480, 12), (800, 20), (1200, 30), (1600, 40)]),  # wide ones were never a problem
        (16_383, 2, [(480, 1), (800, 1), (1200, 1), (1600, 1)]),
    ],
)
def test_rendition_sizes_keep_the_proportions_within_16383_by_16383(width, height, expected):
    assert processing.rendition_sizes(width, height) == expected


def test_an_image_over_100_times_taller_than_wide_is_refused_with_a_clear_message():
    message = refusal(upload(image_bytes((3, 301), "PNG", mode="1"), name="strip.png"))
    assert "The image is 3 × 301 pixels: too long and narrow to show on a page" in message
    assert "its long side may be at most 100 times its short side" in message


def test_an_image_over_100_times_wider_than_tall_is_refused():
    assert "too long and narrow" in refusal(upload(image_bytes((505, 5), "PNG", mode="1"), name="banner.png"))


def test_an_image_exactly_100_times_taller_than_wide_is_accepted():
    processing.validate_image_file(upload(image_bytes((3, 300), "PNG", mode="1"), name="strip.png"))
