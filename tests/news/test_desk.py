"""
The newsroom desk, the admin's home page (news/desk.py): a press officer sees
their drafts, what they submitted and what came back to them; an editor sees
what waits for review, the scheduled releases in release order and what
expires within a week. Each entry shows its state and London time and leads
to its change page; each shelf is bounded, with its count and a link to the
article list filtered the same way.
"""

import datetime as dt
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from news.desk import DESK_LENGTH
from news.models import Article
from tests.factories import (
    DraftArticleFactory,
    ExpiredArticleFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)
from tests.news.workflow_helpers import CHANGELIST, article_form, change_url, editor, press_officer

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")
# A June morning: London is on summer time (BST, UTC+1).
NOW = dt.datetime(2021, 6, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def june(time_machine):
    time_machine.move_to(NOW, tick=False)


def at(days=0, hours=0, minutes=0):
    return NOW + dt.timedelta(days=days, hours=hours, minutes=minutes)


def shelf(response, key):
    """The HTML of one shelf of the desk, its white space collapsed."""
    match = re.search(rf'<section[^>]*id="desk-{key}".*?</section>', response.content.decode(), re.S)
    assert match, f"no shelf {key!r} on the page"
    return " ".join(match.group(0).split())


def titles(html):
    return re.findall(r'class="desk-entry__title" href="[^"]*">([^<]*)</a>', html)


def changelist_titles(response):
    return re.findall(r'<th class="field-title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


# A press officer's desk.


def test_a_press_officers_desk_shows_their_drafts_submissions_and_what_came_back(june, client):
    olga, other = press_officer(), press_officer("anna")
    DraftArticleFactory(title="My older draft", author=olga)
    DraftArticleFactory(title="Anna's draft", author=other)
    submitted = DraftArticleFactory(title="My submission", author=olga, status=Article.Status.REVIEW)
    LiveArticleFactory(title="My live item", author=olga)
    returned = DraftArticleFactory(title="Returned to me", author=olga, status=Article.Status.REVIEW)
    returned.status = Article.Status.DRAFT
    returned.save()
    client.force_login(olga)

    response = client.get(INDEX)

    assert titles(shelf(response, "my-drafts")) == ["My older draft"]
    submitted_html = shelf(response, "my-submitted")
    assert titles(submitted_html) == ["My submission"]
    assert "In review" in submitted_html
    assert f'href="{change_url(submitted)}"' in submitted_html
    came_back = shelf(response, "my-returned")
    assert titles(came_back) == ["Returned to me"]
    # Came back at 9:00 UTC: 10:00 in London (summer time).
    assert 'Came back <time datetime="2021-06-01T10:00:00+01:00">1 Jun 2021 10:00 London</time>' in came_back
    assert "Waiting for review" not in response.content.decode()  # the editor's shelves are not hers


def test_what_an_editor_returns_or_unpublishes_comes_back_to_its_author(june, client):
    olga, pavel = press_officer(), editor()
    submitted = DraftArticleFactory(title="Needs work", author=olga, status=Article.Status.REVIEW)
    live = LiveArticleFactory(title="Taken down", author=olga)
    client.force_login(pavel)
    assert client.post(change_url(submitted), article_form(submitted, status="draft")).status_code == 302
    assert client.post(change_url(live), article_form(live, _unpublish="Unpublish")).status_code == 302

    client.force_login(olga)
    response = client.get(INDEX)

    assert sorted(titles(shelf(response, "my-returned"))) == ["Needs work", "Taken down"]
    assert titles(shelf(response, "my-drafts")) == []

    # Submitted again, it leaves "came back".
    again = Article.objects.get(title="Needs work")
    assert client.post(change_url(again), article_form(again, _submit_for_review="Submit")).status_code == 302
    response = client.get(INDEX)
    assert titles(shelf(response, "my-returned")) == ["Taken down"]
    assert titles(shelf(response, "my-submitted")) == ["Needs work"]


# An editor's desk.


def test_an_editors_desk_shows_the_review_queue_releases_in_order_and_what_expires_soon(june, client):
    olga = press_officer()
    first = DraftArticleFactory(title="Waiting longest", author=olga, status=Article.Status.REVIEW)
    DraftArticleFactory(title="Waiting since today", author=olga, status=Article.Status.REVIEW)
    Article.objects.filter(pk=first.pk).update(updated=at(days=-2))
    ScheduledArticleFactory(title="Released third", publication_date=at(days=9))
    ScheduledArticleFactory(title="Released first", publication_date=at(hours=8))
    ScheduledArticleFactory(title="Released second", publication_date=at(days=1))
    LiveArticleFactory(title="Leaves tomorrow", expires_at=at(days=1))
    LiveArticleFactory(title="Leaves in six days", expires_at=at(days=6))
    LiveArticleFactory(title="Leaves next month", expires_at=at(days=30))
    ExpiredArticleFactory(title="Gone already")
    client.force_login(editor())

    response = client.get(INDEX)

    review = shelf(response, "review")
    assert titles(review) == ["Waiting longest", "Waiting since today"]
    assert "by Olga Ivanova" in review
    scheduled = shelf(response, "scheduled")
    assert titles(scheduled) == ["Released first", "Released second", "Released third"]
    # 17:00 UTC is 18:00 in London in June.
    assert 'Goes live <time datetime="2021-06-01T18:00:00+01:00">1 Jun 2021 18:00 London</time>' in scheduled
    assert '<span class="state-badge state-badge--scheduled">Scheduled</span>' in scheduled
    expiring = shelf(response, "expiring")
    assert titles(expiring) == ["Leaves tomorrow", "Leaves in six days"]
    assert '<span class="state-badge state-badge--live">Live</span>' in expiring
    assert 'Expires <time datetime="2021-06-02T10:00:00+01:00">2 Jun 2021 10:00 London</time>' in expiring
    assert "My drafts" not in response.content.decode()


def test_each_shelf_is_bounded_with_its_count_and_a_link_to_the_whole_list_in_the_same_order(june, client):
    for hour in range(DESK_LENGTH + 3):
        ScheduledArticleFactory(title=f"Release {hour:02d}", publication_date=at(hours=hour + 1))
    LiveArticleFactory(title="Live already")
    client.force_login(editor())

    scheduled = shelf(client.get(INDEX), "scheduled")

    assert titles(scheduled) == [f"Release {hour:02d}" for hour in range(DESK_LENGTH)]
    assert f"Scheduled releases <span class=\"desk-count\">({DESK_LENGTH + 3})</span>" in scheduled
    see_all = re.search(r'<p class="desk-see-all"><a href="([^"]*)">\s*See all (\d+) items', scheduled)
    assert see_all.group(1) == f"{CHANGELIST}?desk=scheduled" and see_all.group(2) == str(DESK_LENGTH + 3)

    listed = client.get(see_all.group(1))
    assert changelist_titles(listed) == [f"Release {hour:02d}" for hour in range(DESK_LENGTH + 3)]


def test_a_press_officers_see_all_lists_only_their_own(june, client):
    olga = press_officer()
    DraftArticleFactory(title="Mine", author=olga)
    DraftArticleFactory(title="Somebody else's", author=editor())
    client.force_login(olga)

    listed = client.get(CHANGELIST, {"desk": "my-drafts"})

    assert changelist_titles(listed) == ["Mine"]


def test_the_desk_keeps_the_app_list_and_costs_a_bounded_number_of_queries_without_loading_texts(
    june, client, django_assert_max_num_queries
):
    for number in range(DESK_LENGTH * 2):
        ScheduledArticleFactory(title=f"Release {number}", publication_date=at(days=1, minutes=number))
        DraftArticleFactory(title=f"Draft {number}", status=Article.Status.REVIEW)
    client.force_login(editor())

    # Session, user, permissions, masthead, recent actions; a count and a list per shelf (four).
    with django_assert_max_num_queries(15) as queries:
        response = client.get(INDEX)

    assert not [query for query in queries.captured_queries if '"news_article"."body"' in query["sql"]]

    content = response.content.decode()
    assert "<h1>Newsroom desk</h1>" in content
    assert "Everything in the admin" in content
    assert 'href="/admin/news/article/"' in content  # the app list
    assert 'href="/admin/images/image/"' in content


def test_staff_who_do_not_work_on_articles_get_the_plain_app_list(client, django_user_model):
    user = django_user_model.objects.create_user("ivan", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_office"))
    client.force_login(user)

    content = client.get(INDEX).content.decode()

    assert 'class="desk"' not in content and "Newsroom desk" not in content
    assert 'href="/admin/consular/office/"' in content


def test_an_item_comes_back_when_it_returns_to_draft_and_stops_when_it_goes_forward(june):
    article = DraftArticleFactory(title="Round trip")
    assert article.returned_at is None  # a new draft has not come back

    article.status = Article.Status.REVIEW
    article.save()
    article.status = Article.Status.DRAFT
    article.save(update_fields=["status"])
    article.refresh_from_db()
    assert article.returned_at == NOW
    assert list(Article.objects.came_back()) == [article]

    article.status = Article.Status.PUBLISHED
    article.save()
    article.refresh_from_db()
    assert article.returned_at is None
    assert not Article.objects.came_back().exists()
