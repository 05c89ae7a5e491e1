"""How the public pages serve library images: srcset, sizes, width, height, lazy below the fold."""

import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import CategoryFactory, FeaturedCategoryFactory, ImageFactory, LiveArticleFactory


class _Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.found.append(dict(attrs))


def images_in(response, css_class=None):
    """The page's content images (the site's own emblem left out), or those with ``css_class``."""
    parser = _Images()
    parser.feed(response.content.decode())
    content = [img for img in parser.found if not img["src"].startswith("/static/")]
    return [img for img in content if css_class is None or css_class in img.get("class", "").split()]


def srcset_widths(img):
    return [int(w) for w in re.findall(r" (\d+)w(?:,|$)", img["srcset"])]


@pytest.fixture
def image(db):
    return ImageFactory(alt_text="The Ambassador laying a wreath")


def test_an_articles_lead_image_is_served_with_its_renditions_and_loaded_at_once(client, image):
    article = LiveArticleFactory(image=image)

    [img] = images_in(client.get(article.get_absolute_url()), "article__image")

    assert srcset_widths(img) == [480, 800, 1200, 1600]
    for rendition in image.rendition_list:
        assert f"{rendition['url']} {rendition['width']}w" in img["srcset"]
    assert img["src"].endswith("-1200w.webp")
    assert (img["width"], img["height"]) == ("1200", "600")
    assert img["sizes"] == "(min-width: 46rem) 44rem, calc(100vw - 2rem)"
    assert img["alt"] == "The Ambassador laying a wreath"
    assert "loading" not in img  # above the fold


def test_the_home_pages_featured_image_is_loaded_at_once(client, image):
    LiveArticleFactory(image=image, category=FeaturedCategoryFactory(), pinned=True)
    [img] = images_in(client.get("/"), "article__image")
    assert srcset_widths(img) == [480, 800, 1200, 1600]
    assert "loading" not in img


def test_caption_and_credit_are_shown_under_the_lead_image(client, db):
    image = ImageFactory(caption="Remembrance Sunday", credit="Photo: Embassy press office")
    content = client.get(LiveArticleFactory(image=image).get_absolute_url()).content.decode()
    assert re.search(r"<figcaption[^>]*>Remembrance Sunday · <span[^>]*>Photo: Embassy press office</span>", content)


def test_a_library_image_in_the_body_gets_renditions_size_and_lazy_loading(client, image):
    body = f'<p>Text</p><figure><img src="{image.file.url}" alt=""><figcaption>At the memorial</figcaption></figure>'
    article = LiveArticleFactory(body=body)

    [img] = images_in(client.get(article.get_absolute_url()))

    assert srcset_widths(img) == [480, 800, 1200, 1600]
    assert (img["width"], img["height"]) == ("1200", "600")
    assert img["loading"] == "lazy"
    assert img["alt"] == "The Ambassador laying a wreath"  # the library's, as the editor's was empty


def test_a_body_image_pasted_as_a_rendition_address_is_recognised_and_keeps_its_own_alt(client, image):
    rendition = image.rendition_list[0]["url"]
    article = LiveArticleFactory(body=f'<p><img src="{rendition}" alt="Wreaths at the memorial"></p>')
    [img] = images_in(client.get(article.get_absolute_url()))
    assert srcset_widths(img) == [480, 800, 1200, 1600]
    assert img["alt"] == "Wreaths at the memorial"


def test_other_body_images_are_left_as_they_are(client, db):
    article = LiveArticleFactory(body='<p><img src="https://www.gov.uk/logo.png" alt="GOV.UK"></p>')
    [img] = images_in(client.get(article.get_absolute_url()))
    assert img == {"src": "https://www.gov.uk/logo.png", "alt": "GOV.UK"}


@pytest.mark.usefixtures("rendered_every_time")  # counts what a render costs
def test_library_images_in_the_body_cost_one_query(client, django_assert_num_queries, image):
    other = ImageFactory()
    body = f'<p><img src="{image.file.url}" alt="a"><img src="{other.file.url}" alt="b"></p>'
    plain = LiveArticleFactory(body="<p>Text</p>")
    article = LiveArticleFactory(body=body)
    client.get(plain.get_absolute_url())  # warm the masthead cache

    with CaptureQueriesContext(connection) as without_images:
        client.get(plain.get_absolute_url())
    with django_assert_num_queries(len(without_images) + 1):
        client.get(article.get_absolute_url())


def test_a_body_image_without_alt_text_is_refused(db):
    article = LiveArticleFactory.build(category=CategoryFactory(), body='<p><img src="https://example.org/a.png"></p>')
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "Every image in the text needs alt text" in str(error.value.message_dict["body"])


def test_a_library_image_in_the_body_may_leave_its_alt_to_the_library(image):
    article = LiveArticleFactory.build(category=CategoryFactory(), body=f'<p><img src="{image.file.url}" alt=""></p>')
    article.full_clean()


def test_markup_inside_a_body_images_alt_text_stays_text(client, image):
    alt = "x&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
    article = LiveArticleFactory(body=f'<p><img src="{image.file.url}" alt="{alt}"></p>')
    response = client.get(article.get_absolute_url())

    assert "<script>alert(1)" not in response.content.decode()
    [img] = images_in(response)
    assert img["alt"] == "x><script>alert(1)</script>"
    assert srcset_widths(img) == [480, 800, 1200, 1600]
