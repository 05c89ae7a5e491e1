"""Slugs made from titles, and old addresses that keep working after a change."""

import datetime as dt

from django.urls import reverse

from news.models import Article, ArticleRedirect
from tests.factories import CategoryFactory, DraftArticleFactory, LiveArticleFactory


def live(**kwargs):
    return LiveArticleFactory(publication_date=dt.datetime(2020, 10, 26, 12, 0, tzinfo=dt.UTC), **kwargs)


# Slugs.


def test_a_blank_slug_is_made_from_the_title_with_cyrillic_transliterated(db):
    article = LiveArticleFactory(title="Лавров: заявление МИД России", slug="")
    assert article.slug == "lavrov-zaiavlenie-mid-rossii"
    assert Article.objects.get(pk=article.pk).slug == "lavrov-zaiavlenie-mid-rossii"


def test_a_clashing_slug_gets_a_number(db):
    slugs = [LiveArticleFactory(title="Лавров", slug="").slug for _ in range(3)]
    assert slugs == ["lavrov", "lavrov-2", "lavrov-3"]


def test_a_slug_typed_by_staff_is_kept(db):
    assert LiveArticleFactory(title="Лавров", slug="foreign-minister").slug == "foreign-minister"


def test_a_long_title_makes_a_slug_that_fits_with_room_for_a_number(db):
    title = "Comment by the Embassy on the latest statements " * 6
    first = LiveArticleFactory(title=title[:200], slug="")
    second = LiveArticleFactory(title=title[:200], slug="")
    assert len(first.slug) <= 194 and not first.slug.endswith("-")
    assert second.slug == f"{first.slug}-2"


def test_a_title_with_nothing_to_transliterate_still_gets_a_slug(db):
    assert LiveArticleFactory(title="«…»", slug="").slug == "item"


def test_the_admin_makes_the_slug_when_it_is_left_blank(admin_client):
    data = {
        "title": "Заявление посольства",
        "slug": "",
        "category": CategoryFactory().pk,
        "lead": "The Embassy's statement.",
        "body": "<p>Text</p>",
        "status": "draft",
        "publication_date_0": "2020-10-27",
        "publication_date_1": "18:00:00",
    }
    response = admin_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Article.objects.get().slug == "zaiavlenie-posolstva"


# Old addresses.


def test_a_live_items_old_address_redirects_permanently_after_its_slug_changes(client, db, frozen):
    article = live(slug="old-slug")
    old_url = article.get_absolute_url()

    article.slug = "new-slug"
    article.save()

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == "/news/2020/10/26/new-slug/"
    assert client.get(response["Location"]).status_code == 200


def test_a_live_items_old_address_redirects_after_its_date_changes(client, db, frozen):
    article = live(slug="statement")
    article.publication_date = dt.datetime(2020, 10, 20, 9, 0, tzinfo=dt.UTC)
    article.save()

    response = client.get("/news/2020/10/26/statement/")
    assert response.status_code == 301
    assert response["Location"] == "/news/2020/10/20/statement/"


def test_every_old_address_goes_straight_to_the_current_one(client, db, frozen):
    article = live(slug="first")
    for slug in ("second", "third"):
        article.slug = slug
        article.save()

    for old in ("first", "second"):
        response = client.get(f"/news/2020/10/26/{old}/")
        assert (response.status_code, response["Location"]) == (301, "/news/2020/10/26/third/")


def test_moving_back_to_an_old_address_serves_the_item_there(client, db, frozen):
    article = live(slug="first")
    article.slug = "second"
    article.save()
    article.slug = "first"
    article.save()

    assert client.get("/news/2020/10/26/first/").status_code == 200
    assert client.get("/news/2020/10/26/second/")["Location"] == "/news/2020/10/26/first/"


def test_the_query_string_follows_the_redirect(client, db, frozen):
    article = live(slug="old")
    article.slug = "new"
    article.save()
    assert client.get("/news/2020/10/26/old/?utm_source=x")["Location"] == "/news/2020/10/26/new/?utm_source=x"


def test_a_draft_renamed_before_it_went_live_leaves_no_old_address(client, db, frozen):
    article = DraftArticleFactory(slug="working-title", publication_date=dt.datetime(2020, 10, 26, tzinfo=dt.UTC))
    article.slug = "final-title"
    article.save()
    assert not ArticleRedirect.objects.exists()
    assert client.get("/news/2020/10/26/working-title/").status_code == 404


def test_an_old_address_of_an_item_no_longer_live_is_a_404(client, db, frozen):
    article = live(slug="old")
    article.slug = "new"
    article.save()
    article.status = Article.Status.DRAFT
    article.save()

    assert client.get("/news/2020/10/26/old/").status_code == 404
    assert client.get("/news/2020/10/26/new/").status_code == 404


def test_a_new_item_at_an_old_address_is_served_instead_of_the_redirect(client, db, frozen):
    moved = live(slug="statement", title="Moved statement")
    moved.slug = "statement-on-visas"
    moved.save()
    live(slug="statement", title="New statement")

    response = client.get("/news/2020/10/26/statement/")
    assert response.status_code == 200
    assert "New statement" in response.content.decode()


def test_unknown_addresses_are_still_a_404(client, db, frozen):
    assert client.get("/news/2020/10/26/never-existed/").status_code == 404


def admin_add_form(**overrides):
    return {
        "title": "Visa rules",
        "slug": "visa-rules",  # what the page's script fills in from the title
        "category": CategoryFactory().pk,
        "lead": "The Embassy's statement.",
        "body": "<p>Text</p>",
        "status": "draft",
        "publication_date_0": "2020-10-27",
        "publication_date_1": "18:00",
    } | overrides


def test_a_second_item_with_the_same_title_gets_a_numbered_address_not_a_refusal(admin_client):
    LiveArticleFactory(title="Visa rules", slug="visa-rules")

    response = admin_client.post(reverse("admin:news_article_add"), admin_add_form(), follow=True)

    assert "already exists" not in response.content.decode()
    assert response.redirect_chain, response.content.decode()[:3000]
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["visa-rules", "visa-rules-2"]
    assert "Its web address is …/visa-rules-2/" in response.content.decode()


def test_a_slug_typed_with_spaces_capitals_or_cyrillic_is_cleaned_not_refused(admin_client):
    response = admin_client.post(reverse("admin:news_article_add"), admin_add_form(slug="Заявление МИД  России"))

    assert response.status_code == 302, response.content.decode()[:3000]
    assert Article.objects.get().slug == "zaiavlenie-mid-rossii"


def test_the_slug_is_labelled_as_the_web_address(admin_client):
    content = admin_client.get(reverse("admin:news_article_add")).content.decode()
    assert '<label for="id_slug">Web address:</label>' in content
