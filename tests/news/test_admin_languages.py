"""Staff write both languages side by side in the admin: the English text under each field's own
name, the Russian one beside it; the sanitiser, the limits and the checks apply to each; the
history compares both; the desk lists the live items that have no Russian version yet."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from consular.models import Office
from masthead.models import IncidentCounter
from news.limits import LEAD_MAX_LENGTH
from news.models import Article, Category
from tests.consular.test_admin import office_form
from tests.factories import CategoryFactory, LiveArticleFactory, RussianArticleFactory
from tests.news.workflow_helpers import ADD, article_form, change_url, form_on_page

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2020, 10, 27, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)


def add_form(category, **overrides):
    return {
        "title": "Statement on consular access",
        "title_ru": "Заявление о консульском доступе",
        "slug": "",
        "category": category.pk,
        "lead": "The Embassy's statement.",
        "lead_ru": "Заявление Посольства.",
        "body": "<p>Text</p>",
        "body_ru": "<p>Текст</p>",
        "status": "draft",
        "publication_date_0": "2020-10-27",
        "publication_date_1": "14:00",
        "expires_at_0": "",
        "expires_at_1": "",
    } | overrides


def errors_of(response, field):
    return response.context["adminform"].form.errors.get(field, [])


def test_the_article_form_shows_each_text_with_its_russian_version_beside_it(editing, frozen):
    content = editing.get(ADD).content.decode()

    for name in ("title", "title_ru", "lead", "lead_ru", "body", "body_ru"):
        assert f'name="{name}"' in content
    assert 'name="title_en"' not in content and 'name="body_en"' not in content
    # The Russian body gets the same rich-text editor as the English one.
    assert len(re.findall(r"<textarea[^>]*data-django-prose-editor", content)) == 2
    # Side by side: the title and its Russian version on one line of the form.
    assert re.search(
        r'field-title\b[^"]*field-title_ru|field-box field-title".*?field-box field-title_ru', content, re.S
    )
    # No script or stylesheet from elsewhere (modeltranslation's tabs would load jQuery UI from a CDN).
    assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', content)


def test_the_admin_saves_both_languages_and_sanitises_the_russian_body(editing, statements, frozen):
    response = editing.post(
        ADD, add_form(statements, body_ru='<p>Текст</p><script>alert("x")</script><p onclick="steal()">Ещё</p>')
    )

    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.title_en, article.title_ru) == ("Statement on consular access", "Заявление о консульском доступе")
    assert (article.lead_en, article.lead_ru) == ("The Embassy's statement.", "Заявление Посольства.")
    assert article.body_en == "<p>Text</p>"
    assert "<script" not in article.body_ru and "onclick" not in article.body_ru and "Ещё" in article.body_ru
    assert article.slug == "statement-on-consular-access"  # one slug, from the English title
    # One revision holds both languages.
    (version,) = Version.objects.get_for_object(article)
    assert version.field_dict["title_ru"] == "Заявление о консульском доступе"
    assert version.field_dict["title_en"] == "Statement on consular access"


def test_the_lead_limit_applies_to_the_russian_lead_and_what_was_typed_comes_back(editing, statements, frozen):
    lead_ru = "Очень длинный вводный абзац. " * 25  # 725 characters

    response = editing.post(ADD, add_form(statements, lead_ru=lead_ru))

    assert response.status_code == 200
    [error] = errors_of(response, "lead_ru")
    assert error.startswith(f"The lead can be at most {LEAD_MAX_LENGTH} characters")
    assert not errors_of(response, "lead")
    assert form_on_page(response)["lead_ru"] == lead_ru
    assert not Article.objects.exists()


def test_an_image_without_alt_text_in_the_russian_body_is_refused_under_the_russian_body(editing, statements, frozen):
    response = editing.post(ADD, add_form(statements, body_ru='<p><img src="/media/x.jpg"></p>'))

    assert response.status_code == 200
    [error] = errors_of(response, "body_ru")
    assert error.startswith("Every image in the text needs alt text")
    assert not errors_of(response, "body")
    assert not Article.objects.exists()


def test_the_russian_title_and_lead_may_be_left_empty(editing, statements, frozen):
    response = editing.post(ADD, add_form(statements, title_ru="", lead_ru="", body_ru=""))

    assert response.status_code == 302
    article = Article.objects.get()
    assert not article.has_translation("ru")


def test_adding_the_russian_version_to_a_live_item_publishes_it_in_russian(editing, frozen):
    article = LiveArticleFactory()
    form = form_on_page(editing.get(change_url(article)))

    editing.post(change_url(article), form | {"title_ru": "Заявление", "lead_ru": "Текст заявления."})

    assert list(Article.objects.live("ru")) == [article]
    assert Article.objects.get(pk=article.pk).title_en == article.title


def test_the_history_compares_both_languages(editing, frozen):
    category = CategoryFactory()
    editing.post(ADD, article_form(LiveArticleFactory.build(category=category, slug="talks", title="Talks begin")))
    article = Article.objects.get(slug="talks")
    form = form_on_page(editing.get(change_url(article)))
    editing.post(change_url(article), form | {"title": "Talks resume", "title_ru": "Переговоры возобновились"})
    older, newer = Version.objects.get_for_object(article).order_by("pk")

    response = editing.get(reverse("admin:news_article_compare", args=[article.pk]), {"from": older.pk, "to": newer.pk})

    content = response.content.decode()
    assert "<del>begin</del>" in content and "<ins>resume</ins>" in content
    assert "<ins>Переговоры возобновились</ins>" in content
    assert "Title [ru]" in content
    assert "Title [en]" not in content  # the English text is compared once, as the title


def test_the_desk_lists_the_live_items_without_a_russian_version(editing, frozen):
    LiveArticleFactory(title="Visa rules in English only")
    RussianArticleFactory(title="Statement in both languages")
    LiveArticleFactory(title="Half translated", title_ru="Только заголовок")
    LiveArticleFactory(title="Scheduled, English only", publication_date=timezone.now() + dt.timedelta(days=1))

    content = editing.get(reverse("admin:index")).content.decode()
    shelf = content[content.index("Live without a Russian version") :]
    shelf = shelf[: shelf.index("</section>")] if "</section>" in shelf else shelf

    assert "Visa rules in English only" in shelf and "Half translated" in shelf
    assert "Statement in both languages" not in shelf
    assert "Scheduled, English only" not in shelf
    see_all = editing.get(reverse("admin:news_article_changelist"), {"desk": "untranslated"}).content.decode()
    assert "Visa rules in English only" in see_all and "Statement in both languages" not in see_all


def test_categories_counters_and_offices_are_written_in_both_languages(admin_client):
    editing = admin_client
    editing.post(
        reverse("admin:news_category_add"),
        {"name": "Statements", "name_ru": "Заявления", "slug": "statements", "order": 1},
    )
    editing.post(
        reverse("admin:news_category_add"), {"name": "Comments", "name_ru": "", "slug": "comments", "order": 2}
    )
    editing.post(
        reverse("admin:news_category_add"), {"name": "Interviews", "name_ru": "", "slug": "interviews", "order": 3}
    )
    assert dict(Category.objects.values_list("slug", "name_ru")) == {
        "statements": "Заявления",
        "comments": None,
        "interviews": None,
    }

    refused = editing.post(
        reverse("admin:masthead_incidentcounter_add"),
        {
            "sentence": "{days} days have passed since the Salisbury incident",
            "sentence_ru": "Со дня инцидента в Солсбери прошло дней",
            "start_date": "2018-03-04",
            "order": 0,
            "is_active": "on",
        },
    )
    assert "sentence_ru" in refused.context["adminform"].form.errors
    assert not IncidentCounter.objects.exists()
    editing.post(
        reverse("admin:masthead_incidentcounter_add"),
        {
            "sentence": "{days} days have passed since the Salisbury incident",
            "sentence_ru": "Со дня инцидента в Солсбери прошло {days} дн.",
            "start_date": "2018-03-04",
            "order": 0,
            "is_active": "on",
        },
    )
    assert IncidentCounter.objects.values_list("sentence_en", "sentence_ru").get() == (
        "{days} days have passed since the Salisbury incident",
        "Со дня инцидента в Солсбери прошло {days} дн.",
    )

    page = editing.get(reverse("admin:consular_office_add")).content.decode()
    for name in ("name_ru", "address_ru", "opening_hours_ru", "notes_ru", "phones-0-label_ru", "emails-0-label_ru"):
        assert f'name="{name}"' in page
    assert 'name="name_en"' not in page and 'name="phones-0-label_en"' not in page
    editing.post(
        reverse("admin:consular_office_add"),
        office_form(name_ru="Консульский отдел", opening_hours_ru="Пн–Пт: 9:00–12:30", **{"phones-0-label_ru": "Визы"}),
    )
    office = Office.objects.get()
    assert (office.name_en, office.name_ru, office.opening_hours_ru) == (
        "Visa section",
        "Консульский отдел",
        "Пн–Пт: 9:00–12:30",
    )
    assert office.phones.get().label_ru == "Визы"
