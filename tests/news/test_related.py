"""
"See also" beside an item: the live items staff chose, in their order, or the newest live items
of its category; never a draft, scheduled or expired item; a few queries; and every change to
an item it lists shows on the next request from a warm page cache.
"""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news import workflow
from news.models import RelatedItem
from tests.factories import (
    CategoryFactory,
    DraftArticleFactory,
    ExpiredArticleFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)
from tests.news.moments import NOW
from tests.news.workflow_helpers import article_form, change_url, editor, press_officer

DAY = dt.timedelta(days=1)


def see_also(client, article):
    """The titles under "See also" on the item's page, in page order (``None``: no such box)."""
    content = client.get(article.get_absolute_url()).content.decode()
    box = re.search(r'<section class="related.*?</section>', content, re.S)
    if box is None:
        return None
    assert '<h2 class="related__heading sidebar__heading" id="related-heading">See also</h2>' in box.group(0)
    return re.findall(r'<li class="related__item"><a href="[^"]+">(.*?)</a>', box.group(0))


def choose(article, *items):
    for order, item in enumerate(items):
        RelatedItem.objects.create(article=article, item=item, order=order)


@pytest.fixture
def article(db, frozen, statements):
    return LiveArticleFactory(title="On visas", category=statements, publication_date=NOW - 10 * DAY)


def test_the_items_staff_chose_are_shown_in_their_order(client, article):
    other = CategoryFactory()
    first = LiveArticleFactory(title="Consular hours", category=other, publication_date=NOW - 30 * DAY)
    second = LiveArticleFactory(title="Passports", category=other, publication_date=NOW - DAY)
    choose(article, first, second)

    assert see_also(client, article) == ["Consular hours", "Passports"]

    link = RelatedItem.objects.get(item=first)
    link.order = 5
    link.save()
    assert see_also(client, article) == ["Passports", "Consular hours"]


def test_chosen_items_that_are_not_live_are_never_shown(client, article):
    live = LiveArticleFactory(title="Live one")
    choose(
        article,
        DraftArticleFactory(title="A draft"),
        ScheduledArticleFactory(title="Scheduled one"),
        ExpiredArticleFactory(title="Expired one"),
        live,
    )

    assert see_also(client, article) == ["Live one"]


def test_without_a_live_choice_the_newest_live_items_of_the_category_are_shown(client, article, statements):
    for n in range(6):
        LiveArticleFactory(
            title=f"Statement {n}", category=statements, publication_date=NOW - n * DAY - dt.timedelta(hours=1)
        )
    ScheduledArticleFactory(title="Tomorrow's statement", category=statements)
    DraftArticleFactory(title="Draft statement", category=statements)
    LiveArticleFactory(title="Elsewhere", category=CategoryFactory())
    choose(article, DraftArticleFactory(title="A chosen draft"))

    assert see_also(client, article) == ["Statement 0", "Statement 1", "Statement 2", "Statement 3"]


def test_a_category_s_newest_are_shown_however_many_newer_items_other_categories_have(client, article, statements):
    older = [
        LiveArticleFactory(title=f"Statement {n}", category=statements, publication_date=NOW - (20 + n) * DAY)
        for n in range(3)
    ]
    elsewhere = CategoryFactory()
    LiveArticleFactory.create_batch(60, category=elsewhere, publication_date=NOW - DAY)

    assert see_also(client, article) == [item.title for item in older]


def test_a_scheduled_item_of_the_category_joins_see_also_at_its_second(client, article, statements, frozen):
    LiveArticleFactory(title="Yesterday statement", category=statements, publication_date=NOW - DAY)
    ScheduledArticleFactory(title="Noon statement", category=statements, publication_date=NOW + dt.timedelta(hours=2))
    assert see_also(client, article) == ["Yesterday statement"]

    frozen.move_to(NOW + dt.timedelta(hours=2) - dt.timedelta(seconds=1))
    assert see_also(client, article) == ["Yesterday statement"]
    frozen.move_to(NOW + dt.timedelta(hours=2))
    assert see_also(client, article) == ["Noon statement", "Yesterday statement"]


def test_an_item_alone_in_its_category_has_no_see_also_box(client, article):
    assert see_also(client, article) is None


def test_a_chosen_item_appears_when_it_goes_live(client, article, frozen):
    scheduled = ScheduledArticleFactory(title="Released at noon", publication_date=NOW + dt.timedelta(hours=2))
    choose(article, scheduled)
    assert "Released at noon" not in (see_also(client, article) or [])

    frozen.move_to(NOW + dt.timedelta(hours=2))
    assert see_also(client, article) == ["Released at noon"]


@pytest.mark.usefixtures("rendered_every_time")
@pytest.mark.parametrize("chosen", [True, False])
@pytest.mark.parametrize("among_the_newest", [True, False])
def test_the_item_page_costs_a_few_queries_with_see_also(client, article, statements, chosen, among_the_newest):
    items = [LiveArticleFactory(category=statements, publication_date=NOW - n * DAY) for n in range(8)]
    if not among_the_newest:  # more newer items than the live summary keeps
        LiveArticleFactory.create_batch(4, category=statements, publication_date=NOW - DAY // 2)
    if chosen:
        choose(article, *items[:3])
    client.get(article.get_absolute_url())  # the masthead's and the notices' caches

    with CaptureQueriesContext(connection) as captured:
        assert len(see_also(client, article)) == (3 if chosen else 4)

    # The item (knowing whether it lists documents and has chosen items: it lists none), the count
    # of writes (the side column's latest items, the neighbours of one of the newest items and,
    # with no choice, the category's newest come from the live summary), the older and newer
    # neighbours of an older item, and the chosen items.
    assert len(captured) == 2 + (not among_the_newest) * 2 + chosen
    sqls = [query["sql"] for query in captured.captured_queries]
    assert not any("documents_attachment" in sql and "EXISTS" not in sql.upper() for sql in sqls)
    assert sum("news_relateditem" in sql for sql in sqls) == (2 if chosen else 1)  # the flag; the choice


# The page cache: a change to a listed item shows on the next request


def warm(client, article):
    client.get(article.get_absolute_url())
    with CaptureQueriesContext(connection) as captured:
        client.get(article.get_absolute_url())
    assert len(captured) == 0


def test_a_listed_item_s_new_title_shows_on_the_next_request(client, article):
    listed = LiveArticleFactory(title="Consular hours")
    choose(article, listed)
    warm(client, article)

    listed.title = "Consular opening hours"
    workflow.change(listed)

    assert see_also(client, article) == ["Consular opening hours"]


def test_an_unpublished_listed_item_leaves_on_the_next_request(client, article):
    listed = LiveArticleFactory(title="Consular hours")
    choose(article, listed, LiveArticleFactory(title="Passports"))
    warm(client, article)

    workflow.unpublish(listed, editor())

    assert see_also(client, article) == ["Passports"]


# The admin


def see_also_form(*items, initial=0):
    data = {"see_also_links-TOTAL_FORMS": str(len(items)), "see_also_links-INITIAL_FORMS": str(initial)}
    for n, (item, order) in enumerate(items):
        data |= {f"see_also_links-{n}-item": str(item.pk), f"see_also_links-{n}-order": str(order)}
    return data


def test_an_editor_chooses_see_also_items_in_the_article_form_and_the_page_shows_them(client, article):
    first, second = LiveArticleFactory(title="First choice"), LiveArticleFactory(title="Second choice")
    client.force_login(editor())
    page = client.get(change_url(article)).content.decode()
    assert 'name="see_also_links-__prefix__-item"' in page
    assert "admin-autocomplete" in page  # chosen by typing the title

    response = client.post(change_url(article), article_form(article) | see_also_form((second, 2), (first, 1)))

    assert response.status_code == 302
    assert see_also(client, article) == ["First choice", "Second choice"]


def test_an_item_cannot_see_also_itself(client, article):
    client.force_login(editor())

    response = client.post(change_url(article), article_form(article) | see_also_form((article, 0)))

    assert response.status_code == 200
    assert "An item cannot be related to itself." in response.content.decode()
    assert not RelatedItem.objects.exists()


def test_a_save_without_see_also_in_it_leaves_the_choice_alone(client, article):
    listed = LiveArticleFactory(title="Consular hours")
    choose(article, listed)
    client.force_login(editor())

    response = client.post(change_url(article), article_form(article, lead="A new lead."))

    assert response.status_code == 302
    assert list(RelatedItem.objects.values_list("item", flat=True)) == [listed.pk]


def test_press_officers_choose_for_their_drafts_but_not_for_a_published_item(client, db, frozen, article):
    draft = DraftArticleFactory()
    client.force_login(press_officer())

    assert 'name="see_also_links-__prefix__-item"' in client.get(change_url(draft)).content.decode()
    assert 'name="see_also_links-__prefix__-item"' not in client.get(change_url(article)).content.decode()
    assert reverse("admin:news_article_change", args=[article.pk]) == change_url(article)
