"""``load_demo`` gives a few demo articles lead images from the image library."""

import re

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image as PILImage

from images.models import Image
from news.models import Article
from tests.factories import ImageFactory


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def test_pinned_demo_article_has_a_lead_image_with_renditions(demo):
    image = Article.objects.featured().image
    assert image is not None
    assert (image.width, image.height) == (1600, 900)
    assert [r["width"] for r in image.rendition_list] == [480, 800, 1200, 1600]
    for name in [image.file.name, *(r["name"] for r in image.renditions)]:
        assert default_storage.exists(name)
    with default_storage.open(image.file.name) as file, PILImage.open(file) as picture:
        assert picture.format == "JPEG"
        assert not picture.getexif()
    assert image.alt_text.startswith("Abstract illustration")


def test_a_handful_of_demo_articles_have_lead_images(demo):
    with_images = Article.objects.live().exclude(image=None)
    assert 4 <= with_images.count() <= 6
    assert Image.objects.count() == with_images.count()


def test_home_page_shows_the_featured_items_image_responsively(demo, client):
    image = Article.objects.featured().image
    page = client.get("/").text
    tag = next(t for t in re.findall(r"<img\b[^>]*>", page) if image.file.name.rsplit(".", 1)[0] in t)
    assert 'srcset="' in tag
    assert "1600w" in tag and "480w" in tag
    assert f'alt="{image.alt_text}"' in tag


def test_article_page_shares_its_demo_image(demo, client):
    article = Article.objects.featured()
    page = client.get(article.get_absolute_url()).text
    assert '<meta property="og:image" content="http://testserver/media/images/' in page


def test_loading_the_demo_twice_makes_no_more_images(demo, settings):
    images = set(Image.objects.values_list("pk", flat=True))
    files = sorted(p.relative_to(settings.MEDIA_ROOT) for p in settings.MEDIA_ROOT.rglob("*") if p.is_file())
    call_command("load_demo", verbosity=0)
    assert set(Image.objects.values_list("pk", flat=True)) == images
    assert sorted(p.relative_to(settings.MEDIA_ROOT) for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()) == files


def test_loading_the_demo_again_keeps_the_image_staff_chose(demo):
    article = Article.objects.featured()
    chosen = ImageFactory(alt_text="The Ambassador at the reception")
    article.image = chosen
    article.save()
    demo_image = Image.objects.exclude(pk=chosen.pk).get(alt_text__startswith="Abstract illustration: overlapping")
    demo_image.alt_text = "Circles in the Embassy's colours"
    demo_image.save()

    call_command("load_demo", verbosity=0)

    article.refresh_from_db()
    demo_image.refresh_from_db()
    assert article.image == chosen
    assert demo_image.alt_text == "Circles in the Embassy's colours"
