"""The header's logo: the state emblem until staff choose one; a change shows at once on pages
already in the page cache, and a warm page reads no settings from the database."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from branding.models import SiteSettings
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def header_logo(client):
    content = client.get("/contacts/").content.decode()
    start = content.index('<img class="site-title__logo"')
    return content[start : content.index(">", start) + 1]


def test_the_header_shows_the_state_emblem_until_staff_choose_a_logo(client):
    logo = header_logo(client)

    assert 'src="/static/img/emblem.svg"' in logo
    assert 'alt=""' in logo  # the site's name beside it says it all
    assert 'width="44" height="44"' in logo


def test_a_new_logo_shows_at_once_on_a_page_already_cached(client):
    assert "emblem.svg" in header_logo(client)  # the page is in the cache now
    image = ImageFactory(alt_text="Embassy crest", file__width=600, file__height=300)

    SiteSettings.objects.create(logo=image, logo_alt="Embassy crest")

    logo = header_logo(client)
    assert "emblem.svg" not in logo
    assert f'src="{image.rendition_list[0]["url"]}"' in logo
    assert 'alt="Embassy crest"' in logo
    assert 'width="88" height="44"' in logo  # its proportions kept at the header's height


def test_removing_the_logo_brings_the_emblem_back(client):
    settings_row = SiteSettings.objects.create(logo=ImageFactory())
    assert "emblem.svg" not in header_logo(client)

    settings_row.logo = None
    settings_row.save()

    assert "emblem.svg" in header_logo(client)


def test_a_warm_page_reads_neither_the_logo_nor_the_categories(client, rendered_every_time):
    SiteSettings.objects.create(logo=ImageFactory())
    client.get("/contacts/")

    with CaptureQueriesContext(connection) as queries:
        client.get("/contacts/")

    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert "branding_sitesettings" not in tables
    assert "images_image" not in tables
    assert "news_category" not in tables


def test_the_site_settings_cannot_be_deleted_nor_added_twice(admin_client):
    SiteSettings.objects.create()

    assert admin_client.get("/admin/branding/sitesettings/add/").status_code == 403
    row = SiteSettings.objects.get()
    assert admin_client.post(f"/admin/branding/sitesettings/{row.pk}/delete/", {"post": "yes"}).status_code == 403
    assert SiteSettings.objects.count() == 1


def test_staff_choose_the_logo_in_the_admin_and_every_page_shows_it(admin_client, client):
    image = ImageFactory(alt_text="Embassy crest", file__width=400, file__height=400)
    assert "emblem.svg" in header_logo(client)

    response = admin_client.post(
        "/admin/branding/sitesettings/add/", {"logo": image.pk, "logo_alt": "Embassy crest"}, follow=True
    )

    assert response.status_code == 200
    assert 'alt="Embassy crest"' in header_logo(client)
    assert "emblem.svg" not in client.get("/news/").content.decode()
