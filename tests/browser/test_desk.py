"""
The newsroom desk in a real browser: a press officer and an editor sign in
and land on their own desk, follow an entry to its change page and a shelf's
"see all" to the filtered article list.
"""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from news.models import Article
from news.roles import EDITORS, PRESS_OFFICERS
from tests.browser.helpers import PASSWORD, labelled, sign_in
from tests.factories import DraftArticleFactory, LiveArticleFactory, ScheduledArticleFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def newsroom(transactional_db, fast_passwords):
    users = {}
    for username, group, first_name in (("olga", PRESS_OFFICERS, "Olga"), ("pavel", EDITORS, "Pavel")):
        user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True, first_name=first_name)
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    olga = users["olga"]
    now = timezone.now()
    DraftArticleFactory(title="Draft on the visa centre", author=olga)
    DraftArticleFactory(title="Submitted statement", author=olga, status=Article.Status.REVIEW)
    returned = DraftArticleFactory(title="Interview to redo", author=olga, status=Article.Status.REVIEW)
    returned.status = Article.Status.DRAFT
    returned.save()
    ScheduledArticleFactory(title="Release next week", publication_date=now + dt.timedelta(days=7))
    ScheduledArticleFactory(title="Release tomorrow", publication_date=now + dt.timedelta(days=1))
    LiveArticleFactory(title="Leaving on Friday", expires_at=now + dt.timedelta(days=3))
    return users


def shelf(page, name):
    return page.get_by_role("region", name=name)


def test_a_press_officer_signs_in_to_their_desk(page, live_server, newsroom, browser_problems):
    sign_in(page, live_server, "olga")

    expect(page.get_by_role("heading", level=1)).to_have_text("Newsroom desk")
    expect(shelf(page, "My drafts (1)").get_by_role("link", name="Draft on the visa centre")).to_be_visible()
    submitted = shelf(page, "Submitted for review (1)")
    expect(submitted).to_contain_text("Submitted statement")
    expect(submitted).to_contain_text("In review")
    came_back = shelf(page, "Came back to me (1)")
    expect(came_back).to_contain_text("Interview to redo")
    expect(came_back.locator("time")).to_contain_text("London")
    expect(page.get_by_role("region", name="Waiting for review (1)")).to_have_count(0)
    expect(page.get_by_role("link", name="Articles").first).to_be_visible()  # the app list is still there

    shelf(page, "My drafts (1)").get_by_role("link", name="Draft on the visa centre").click()
    expect(labelled(page, "Title")).to_have_value("Draft on the visa centre")
    assert browser_problems.all() == []


def test_an_editor_signs_in_to_the_review_queue_releases_and_expiries(page, live_server, newsroom, browser_problems):
    sign_in(page, live_server, "pavel")

    review = shelf(page, "Waiting for review (1)")
    expect(review).to_contain_text("Submitted statement")
    expect(review).to_contain_text("by Olga")
    releases = shelf(page, "Scheduled releases (2)")
    expect(releases.locator(".desk-entry__title")).to_have_text(["Release tomorrow", "Release next week"])
    expect(releases.locator(".state-badge").first).to_have_text("Scheduled")
    expect(shelf(page, "Expiring within a week (1)")).to_contain_text("Leaving on Friday")
    expect(page.get_by_role("region", name="My drafts (1)")).to_have_count(0)

    releases.get_by_role("link", name="See all 2 items in “Scheduled releases”").click()
    expect(page.locator("#result_list tbody th.field-title")).to_have_text(["Release tomorrow", "Release next week"])
    assert browser_problems.all() == []
