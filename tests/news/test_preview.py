"""Staff preview any item as its public page; nobody else sees it before it is live."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import (
    DraftArticleFactory,
    ExpiredArticleFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)
from tests.news.workflow_helpers import change_url, editor

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2020, 10, 26, 9, 30, tzinfo=dt.UTC)


def preview_url(article):
    return reverse("news:preview", args=[article.pk])


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)


@pytest.fixture
def staff(frozen, masthead_content, press):
    """A press officer, with the clock stopped at NOW and the masthead filled in."""
    return press


def test_staff_preview_a_draft_as_its_public_page_marked_as_a_preview(staff):
    draft = DraftArticleFactory(title="Statement on the embargoed talks", body="<p>Full <strong>text</strong>.</p>")

    response = staff.get(preview_url(draft))

    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1 class=\"article__title\">Statement on the embargoed talks</h1>" in content
    assert "<p>Full <strong>text</strong>.</p>" in content
    assert "+44 (0) 203 668 7474" in content and "days have passed since" in content  # the masthead
    assert 'class="preview-banner"' in content and "Its state: Draft." in content
    assert '<meta name="robots" content="noindex">' in content
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-cache", "no-store"} <= cache_control


def test_preview_of_a_scheduled_item_says_when_it_goes_live(staff):
    article = ScheduledArticleFactory(publication_date=dt.datetime(2020, 10, 27, 18, 0, tzinfo=dt.UTC))
    content = staff.get(preview_url(article)).content.decode()
    assert "Its state: Scheduled · 27 Oct 2020 18:00 London." in content


@pytest.mark.parametrize("factory", [DraftArticleFactory, ScheduledArticleFactory, ExpiredArticleFactory])
def test_everyone_else_gets_a_404_at_the_preview_and_the_public_address(client, factory):
    article = factory()
    for url in (preview_url(article), article.get_absolute_url()):
        assert client.get(url).status_code == 404

    client.force_login(get_user_model().objects.create_user("visitor", password="visitor-demo-2026"))
    for url in (preview_url(article), article.get_absolute_url()):
        assert client.get(url).status_code == 404


def test_staff_too_get_a_404_at_the_public_address_of_an_item_not_live(staff):
    draft = DraftArticleFactory()
    assert staff.get(draft.get_absolute_url()).status_code == 404


def test_unknown_item_preview_is_a_404(staff):
    assert staff.get(reverse("news:preview", args=[999999])).status_code == 404


def test_public_page_of_a_live_item_is_not_marked_as_a_preview(client):
    article = LiveArticleFactory()
    response = client.get(article.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == 200
    assert "preview-banner" not in content and 'content="noindex"' not in content


def test_admin_item_page_links_to_its_preview_and_to_the_site_only_when_live(editing):
    draft, live = DraftArticleFactory(), LiveArticleFactory()

    draft_page = editing.get(change_url(draft)).content.decode()
    live_page = editing.get(change_url(live)).content.decode()

    assert f'href="{preview_url(draft)}"' in draft_page and "View on site" not in draft_page
    assert f'href="{preview_url(live)}"' in live_page and "View on site" in live_page


@pytest.fixture
def second_factor_on(settings):
    settings.EMBASSY_ADMIN_OTP = True


def test_with_the_second_factor_on_a_password_alone_opens_no_preview(client, second_factor_on):
    draft = DraftArticleFactory(title="Embargoed statement")
    client.force_login(editor())  # signed in with a password, no code yet

    response = client.get(preview_url(draft))

    assert response.status_code == 404
    assert "Embargoed statement" not in response.content.decode()
    assert client.get(reverse("admin:index")).status_code == 302  # the admin asks the same


def test_with_the_second_factor_confirmed_staff_preview(client, second_factor_on, time_machine):
    time_machine.move_to(NOW, tick=False)
    draft = DraftArticleFactory(title="Embargoed statement")
    user = editor()
    device = TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    client.force_login(user)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    client.post(reverse("admin:second_factor"), {"otp_device": device.persistent_id, "otp_token": code})

    response = client.get(preview_url(draft))

    assert response.status_code == 200
    assert "Embargoed statement" in response.content.decode()
