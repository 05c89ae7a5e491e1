"""One action pins an item to the home page; pinning another unpins the previous one."""

import pytest
from django.contrib.admin.models import LogEntry

from news.models import Article, Category
from tests.factories import (
    CategoryFactory,
    DraftArticleFactory,
    ExpiredArticleFactory,
    FeaturedCategoryFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)
from tests.news.workflow_helpers import CHANGELIST, change_url, form_on_page

pytestmark = pytest.mark.django_db


def pin(client, article):
    return client.post(CHANGELIST, {"action": "pin_to_home_page", "_selected_action": [article.pk]}, follow=True)


def pinned_titles():
    return sorted(Article.objects.filter(pinned=True).values_list("title", flat=True))


def featured_on_home(client):
    content = client.get("/").content.decode()
    return content.split('class="featured"', 1)[1].split("</section>", 1)[0]


def test_pinning_an_item_unpins_the_previous_one_and_the_home_page_follows(editing, client):
    featured = FeaturedCategoryFactory()
    first = LiveArticleFactory(category=featured, title="Ambassador interview", pinned=True)
    second = LiveArticleFactory(category=featured, title="Minister article")
    elsewhere = LiveArticleFactory(title="Pinned in another category", pinned=True)

    response = pin(editing, second)

    assert "“Minister article” is pinned to the home page." in response.content.decode()
    assert pinned_titles() == ["Minister article", "Pinned in another category"]
    assert "Minister article" in featured_on_home(editing)
    assert LogEntry.objects.get(object_id=str(second.pk)).get_change_message() == "Pinned to the home page."
    assert LogEntry.objects.get(object_id=str(first.pk)).get_change_message() == (
        "Unpinned: “Minister article” was pinned instead."
    )
    assert not LogEntry.objects.filter(object_id=str(elsewhere.pk)).exists()


def test_pin_action_takes_exactly_one_item(editing):
    featured = FeaturedCategoryFactory()
    items = [LiveArticleFactory(category=featured) for _ in range(2)]

    response = editing.post(
        CHANGELIST, {"action": "pin_to_home_page", "_selected_action": [a.pk for a in items]}, follow=True
    )

    assert "Select exactly one item to pin." in response.content.decode()
    assert pinned_titles() == []


def test_pinning_outside_the_featured_category_puts_the_item_on_the_home_page_in_one_step(editing, client):
    speeches = FeaturedCategoryFactory(name="Speeches, interviews, articles")
    LiveArticleFactory(category=speeches, title="Ambassador speech", pinned=True)
    statements = CategoryFactory(name="Statements")
    article = LiveArticleFactory(category=statements, title="Statement on visas")

    response = pin(editing, article)

    content = response.content.decode()
    assert "“Statement on visas” is pinned to the home page." in content
    assert "The home page now features “Statements” instead of “Speeches, interviews, articles”" in content
    assert "Statement on visas" in featured_on_home(client)
    assert "Ambassador speech" not in featured_on_home(client)
    assert list(Category.objects.filter(is_featured=True)) == [statements]


def test_ticking_pinned_in_the_form_also_unpins_the_previous_one(editing):
    featured = FeaturedCategoryFactory()
    first = LiveArticleFactory(category=featured, pinned=True)
    second = LiveArticleFactory(category=featured)

    form = form_on_page(editing.get(change_url(second)))
    response = editing.post(change_url(second), form | {"pinned": "on"})

    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.pinned, second.pinned) == (False, True)
    assert Article.objects.featured() == second


@pytest.mark.parametrize(
    "factory",
    [DraftArticleFactory, ScheduledArticleFactory, ExpiredArticleFactory],
    ids=["draft", "scheduled", "expired"],
)
def test_an_item_that_is_not_live_cannot_be_pinned_and_the_pinned_speech_stays(editing, factory):
    featured = FeaturedCategoryFactory()
    LiveArticleFactory(category=featured, title="Ambassador speech", pinned=True)
    upcoming = factory(category=featured, title="Upcoming interview")

    response = pin(editing, upcoming)

    assert "“Upcoming interview” is not live: only a live item can be pinned." in response.content.decode()
    assert pinned_titles() == ["Ambassador speech"]
    assert "Ambassador speech" in featured_on_home(editing)
    assert not LogEntry.objects.exists()


def test_ticking_pinned_on_a_scheduled_item_is_refused_with_a_clear_message(editing):
    featured = FeaturedCategoryFactory()
    LiveArticleFactory(category=featured, title="Ambassador speech", pinned=True)
    upcoming = ScheduledArticleFactory(category=featured, title="Upcoming interview")

    form = form_on_page(editing.get(change_url(upcoming)))
    response = editing.post(change_url(upcoming), form | {"pinned": "on"})

    assert response.status_code == 200
    assert "is not live: only a live item can be pinned" in response.content.decode()
    assert pinned_titles() == ["Ambassador speech"]


def test_an_item_published_now_may_be_pinned_in_the_same_save(editing):
    featured = FeaturedCategoryFactory()
    LiveArticleFactory(category=featured, title="Ambassador speech", pinned=True)
    draft = DraftArticleFactory(category=featured, title="Minister article")

    form = form_on_page(editing.get(change_url(draft)))
    response = editing.post(change_url(draft), form | {"pinned": "on", "_publish": "Publish now"})

    assert response.status_code == 302
    assert pinned_titles() == ["Minister article"]
    assert "Minister article" in featured_on_home(editing)
