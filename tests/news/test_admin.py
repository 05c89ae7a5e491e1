import datetime as dt
import re

import pytest
from django.urls import reverse

from news.models import Article, Category
from tests.factories import (
    CategoryFactory,
    DraftArticleFactory,
    FeaturedCategoryFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)

CHANGELIST = reverse("admin:news_article_changelist")
ADD = reverse("admin:news_article_add")


@pytest.fixture
def staff(admin_client):
    return admin_client


def add_form(category, **overrides):
    data = {
        "title": "Statement on consular access",
        "slug": "statement-on-consular-access",
        "category": category.pk,
        "lead": "The Embassy's statement.",
        "body": "<p>Text</p>",
        "status": "published",
        "publication_date_0": "2020-10-27",
        "publication_date_1": "18:00:00",
        "pinned": "",
        "image": "",
        "author": "",
    }
    return data | overrides


def badges(response):
    """(state, label) of each badge; a scheduled item's label is cut before its time."""
    found = re.findall(r'state-badge--(\w+)">([^<]+)<', response.content.decode())
    return [(state, label.split(" · ")[0]) for state, label in found]


def test_article_list_shows_a_state_badge_for_each_item(staff):
    LiveArticleFactory(title="Live one")
    ScheduledArticleFactory(title="Scheduled one")
    DraftArticleFactory(title="Draft one")

    response = staff.get(CHANGELIST)

    assert response.status_code == 200
    assert sorted(badges(response)) == [("draft", "Draft"), ("live", "Live"), ("scheduled", "Scheduled")]
    for column in ("Title", "Category", "Publication time", "State", "Pinned"):
        assert column in response.content.decode()


@pytest.mark.parametrize("state", ["draft", "scheduled", "live"])
def test_article_list_filters_by_state(staff, state):
    LiveArticleFactory()
    ScheduledArticleFactory()
    DraftArticleFactory()

    response = staff.get(CHANGELIST, {"state": state})

    assert [badge for badge, _label in badges(response)] == [state]


def test_article_list_filters_by_category_and_searches_titles(staff):
    statements = CategoryFactory(name="Statements")
    LiveArticleFactory(category=statements, title="Statement on visas")
    LiveArticleFactory(title="Concert of young pianists")

    by_category = staff.get(CHANGELIST, {"category__id__exact": statements.pk}).content.decode()
    by_title = staff.get(CHANGELIST, {"q": "pianists"}).content.decode()

    assert "Statement on visas" in by_category and "Concert of young pianists" not in by_category
    assert "Concert of young pianists" in by_title and "Statement on visas" not in by_title


def test_article_list_has_a_date_hierarchy(staff):
    LiveArticleFactory(publication_date=dt.datetime(2019, 5, 9, 10, tzinfo=dt.UTC))
    response = staff.get(CHANGELIST, {"publication_date__year": "2019"})
    assert response.status_code == 200
    assert '<a href="?publication_date__month=5&amp;publication_date__year=2019">May 2019</a>' in (
        response.content.decode()
    )


def test_add_form_prepopulates_the_slug_from_the_title(staff):
    content = staff.get(ADD).content.decode()
    fields = re.search(r'data-prepopulated-fields="([^"]*)"', content).group(1)
    assert "&quot;#id_slug&quot;" in fields and "&quot;#id_title&quot;" in fields


def test_press_officer_publishes_through_the_admin_and_the_body_is_sanitised(staff, admin_user):
    category = CategoryFactory()
    body = '<p onclick="steal()">Hello <strong>world</strong></p><script>alert(1)</script>'

    response = staff.post(ADD, add_form(category, body=body))

    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get()
    assert article.body == "<p>Hello <strong>world</strong></p>"
    assert article.author == admin_user
    assert article.publication_date == dt.datetime(2020, 10, 27, 18, 0, tzinfo=dt.UTC)  # GMT on that day


def test_a_second_featured_category_is_a_form_error_not_a_crash(staff):
    FeaturedCategoryFactory()
    response = staff.post(
        reverse("admin:news_category_add"),
        {"name": "Statements", "slug": "statements", "order": 1, "is_featured": "on"},
    )
    assert response.status_code == 200
    assert "Another category is already featured on the home page." in response.content.decode()
    assert Category.objects.count() == 1


def test_anonymous_visitors_are_sent_to_the_admin_sign_in(client, db):
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def author_choices(response):
    """{value: label} of the author select on the page."""
    select = re.search(r'<select name="author"[^>]*>(.*?)</select>', response.content.decode(), re.S).group(1)
    return dict(re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select))


def test_press_officer_picks_the_author_from_the_newsroom_and_saves(client, django_user_model):
    from tests.news.workflow_helpers import editor, press_officer

    olga, pavel = press_officer(), editor()
    django_user_model.objects.create_user("left", password="x-demo-2026", is_staff=True, is_active=False)
    django_user_model.objects.create_user("visitor", password="x-demo-2026")
    client.force_login(olga)

    response = client.get(ADD)

    assert response.status_code == 200
    assert author_choices(response) == {
        "": "---------",
        str(olga.pk): "Olga Ivanova (olga)",
        str(pavel.pk): "Pavel Smirnov (pavel)",
    }
    data = add_form(CategoryFactory(), status="draft", author=pavel.pk)
    del data["pinned"]  # editors only
    assert client.post(ADD, data).status_code == 302
    assert Article.objects.get().author == pavel


def test_an_item_keeps_its_author_after_they_leave_the_newsroom(client, django_user_model):
    from tests.news.workflow_helpers import editor, form_on_page

    former = django_user_model.objects.create_user("former", password="x-demo-2026", is_staff=False)
    article = DraftArticleFactory(author=former)
    client.force_login(editor())
    change = reverse("admin:news_article_change", args=[article.pk])

    page = client.get(change)
    assert author_choices(page)[str(former.pk)] == "former"
    assert client.post(change, form_on_page(page) | {"title": "Retitled"}).status_code == 302

    article.refresh_from_db()
    assert (article.title, article.author) == ("Retitled", former)


def test_the_lead_image_shows_as_a_thumbnail_beside_its_chooser(staff):
    from tests.factories import ImageFactory, LiveArticleFactory

    article = LiveArticleFactory(image=ImageFactory(alt_text="The embassy at dusk"))

    content = staff.get(reverse("admin:news_article_change", args=[article.pk])).content.decode()

    row = content.split('class="form-row field-image field-lead_image_thumbnail"', 1)[1].split("</fieldset>", 1)[0]
    assert 'name="image"' in row  # the chooser and the thumbnail share one row
    assert re.search(r'<img src="/media/[^"]+\.webp" alt="The embassy at dusk" width="160"', row)


def test_the_title_is_a_wide_field_with_a_character_count(staff):
    content = staff.get(reverse("admin:news_article_add")).content.decode()
    assert 'class="vLargeTextField article-title"' in content and 'data-character-count="200"' in content
    assert "/static/js/admin/article_form.js" in content
