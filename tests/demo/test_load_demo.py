import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from consular.models import Office
from masthead.models import IncidentCounter
from news.models import Article, Category

NOW = dt.datetime(2020, 10, 27, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
def demo(db, time_machine):
    time_machine.move_to(NOW, tick=False)
    call_command("load_demo", verbosity=0)


def test_demo_content_fills_every_part_of_the_site(demo):
    assert list(Category.objects.values_list("name", flat=True)) == [
        "Speeches, interviews, articles",
        "Statements",
        "Comments",
        "Press releases",
        "Embassy news",
    ]
    assert Article.objects.count() >= 25
    assert Article.objects.live().count() == Article.objects.count() - 1
    assert set(Article.objects.values_list("category__slug", flat=True)) == set(
        Category.objects.values_list("slug", flat=True)
    )
    dates = Article.objects.live().values_list("publication_date", flat=True)
    assert max(dates) - min(dates) > dt.timedelta(days=365)
    assert Article.objects.filter(pinned=True).count() == 1
    assert Article.objects.featured().pinned


def test_demo_has_one_item_scheduled_a_week_ahead(demo):
    scheduled = Article.objects.scheduled().get()
    assert dt.timedelta(days=6) < scheduled.publication_date - NOW < dt.timedelta(days=8)


def test_demo_counters_read_968_and_960_on_27_october_2020(demo, client):
    assert [c.days() for c in IncidentCounter.objects.active()] == [968, 960]
    content = client.get("/").content.decode()
    assert "968 days have passed since the Salisbury incident" in content
    assert "960 days have passed since the death of Nikolay Glushkov on British soil" in content
    assert "+44 (0) 203 668 7474" in content


def test_demo_consular_contact_is_on_the_masthead(demo):
    office = Office.objects.masthead_contact().get()
    assert office.phones.first().number == "+44 (0) 203 668 7474"


def test_loading_the_demo_twice_creates_nothing_twice(demo):
    counts = [model.objects.count() for model in (Article, Category, IncidentCounter, Office)]
    call_command("load_demo", verbosity=0)
    assert [model.objects.count() for model in (Article, Category, IncidentCounter, Office)] == counts


def test_loading_the_demo_keeps_what_staff_changed(demo):
    article = Article.objects.live().first()
    article.title = "Edited by a press officer"
    article.save()
    call_command("load_demo", verbosity=0)
    article.refresh_from_db()
    assert article.title == "Edited by a press officer"


def test_demo_superuser_only_in_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="local development only"):
        call_command("load_demo", "--create-superuser", verbosity=0)
    assert not get_user_model().objects.exists()

    settings.DEBUG = True
    call_command("load_demo", "--create-superuser", verbosity=0)
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password("admin")


def test_demo_article_bodies_survive_the_sanitiser_unchanged(demo):
    from demo.articles import ARTICLES

    bodies = dict(Article.objects.values_list("slug", "body"))
    for data in ARTICLES:
        assert bodies[data["slug"]] == data["body"], data["slug"]


def test_demo_has_an_example_notice_that_shows_on_no_page(demo, client):
    from notices.models import Notice

    notice = Notice.objects.get()
    assert not notice.is_current() and notice.ends_at < NOW
    assert "site-notices" not in client.get("/").content.decode()
    call_command("load_demo", verbosity=0)
    assert Notice.objects.count() == 1
