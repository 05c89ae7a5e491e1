"""An item's Russian version: public exactly when the item is live and its Russian title and
lead are written; lists, counts and search in each language show that language's versions."""

import datetime as dt
import sys

import pytest
from django.db import connection
from django.utils import translation

from news.listing import live_summary
from news.models import Article
from tests.factories import (
    CategoryFactory,
    ExpiredArticleFactory,
    LiveArticleFactory,
    RussianArticleFactory,
    ScheduledArticleFactory,
)
from tests.news.moments import NOW

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search features of PostgreSQL"
)


def titles(queryset):
    return sorted(article.title_en for article in queryset)


def test_a_russian_version_is_public_exactly_when_its_title_and_lead_are_written_and_the_item_is_live(db, frozen):
    RussianArticleFactory(title="Both written")
    LiveArticleFactory(title="English only")
    LiveArticleFactory(title="Russian title only", title_ru="Только заголовок")
    LiveArticleFactory(title="Russian lead only", lead_ru="Только вводный абзац.")
    LiveArticleFactory(title="Russian in white space", title_ru="   ", lead_ru="\n\t")
    RussianArticleFactory(title="Russian draft", status=Article.Status.DRAFT)
    ScheduledArticleFactory(title="Russian scheduled", title_ru="Запланировано", lead_ru="Позже.")
    ExpiredArticleFactory(title="Russian expired", title_ru="Снято", lead_ru="Раньше.")

    assert titles(Article.objects.live("ru")) == ["Both written"]
    assert titles(Article.objects.live("en")) == [
        "Both written",
        "English only",
        "Russian in white space",
        "Russian lead only",
        "Russian title only",
    ]
    # Each instance says the same as the queryset, in each language.
    for article in Article.objects.all():
        for language in ("en", "ru"):
            assert article.is_live(language) == Article.objects.live(language).filter(pk=article.pk).exists()


def test_a_russian_text_of_white_space_of_any_kind_is_unwritten_to_the_lists_and_to_the_item_alike(db, frozen):
    # Every character str.strip() removes: no-break spaces, the ideographic space, separators…
    white_space = "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace())
    LiveArticleFactory(title="Unicode white space", title_ru=white_space, lead_ru="\u00a0\u3000\u2028")
    LiveArticleFactory(title="Written between no-break spaces", title_ru="\u00a0Да\u00a0", lead_ru="\u3000Нет")

    assert titles(Article.objects.live("ru")) == ["Written between no-break spaces"]
    assert titles(Article.objects.untranslated("ru")) == ["Unicode white space"]
    for article in Article.objects.all():
        assert article.is_live("ru") == Article.objects.live("ru").filter(pk=article.pk).exists()


def test_a_russian_version_is_public_or_not_whatever_wrote_its_text(db, frozen):
    article = LiveArticleFactory(title="Updated")
    Article.objects.bulk_create(
        [
            Article(
                title="Created in bulk",
                slug="created-in-bulk",
                category=article.category,
                lead="Lead.",
                title_ru="Создано",
                lead_ru="Вводный абзац.",
                status=Article.Status.PUBLISHED,
            )
        ]
    )
    assert titles(Article.objects.live("ru")) == ["Created in bulk"]

    Article.objects.filter(pk=article.pk).update(title_ru="Заявление", lead_ru="Текст.")
    assert titles(Article.objects.live("ru")) == ["Created in bulk", "Updated"]

    Article.objects.filter(slug="created-in-bulk").update(lead_ru="  ")
    assert titles(Article.objects.live("ru")) == ["Updated"]

    article.refresh_from_db()
    article.title_ru = ""
    article.save()
    assert not Article.objects.live("ru").exists()


def test_a_scheduled_russian_version_goes_public_at_its_minute_and_leaves_at_its_expiry(db, time_machine):
    time_machine.move_to(NOW, tick=False)
    article = RussianArticleFactory(publication_date=NOW + dt.timedelta(hours=2), expires_at=NOW + dt.timedelta(days=1))

    assert not Article.objects.live("ru").exists()
    assert article.public_languages() == ()

    time_machine.move_to(NOW + dt.timedelta(hours=2), tick=False)
    assert list(Article.objects.live("ru")) == [article]
    assert article.public_languages() == ("en", "ru")

    time_machine.move_to(NOW + dt.timedelta(days=1), tick=False)
    assert not Article.objects.live("ru").exists()
    assert not Article.objects.live("en").exists()
    assert article.public_languages() == ()


def test_an_item_is_public_in_english_only_until_its_russian_text_is_written(db, frozen):
    article = LiveArticleFactory()
    assert article.public_languages() == ("en",)
    assert not article.has_translation("ru")

    article.title_ru, article.lead_ru = "Заявление посольства", "Посольство заявляет."
    article.save()

    assert Article.objects.get(pk=article.pk).public_languages() == ("en", "ru")


def test_a_translation_is_written_whether_or_not_the_item_is_live(db, frozen):
    draft = RussianArticleFactory(status=Article.Status.DRAFT)

    assert draft.has_translation("ru")
    assert draft.has_translation("en")
    assert not draft.is_live("ru")
    assert draft.public_languages() == ()


@pytest.mark.parametrize(
    ("active", "public"),
    [
        ("ru", ["Both"]),
        ("en", ["Both", "English only"]),
        ("en-gb", ["Both", "English only"]),
        ("de", ["Both", "English only"]),
    ],
)
def test_live_without_a_language_shows_the_active_language_and_english_for_any_other(db, frozen, active, public):
    RussianArticleFactory(title="Both")
    english_only = LiveArticleFactory(title="English only")

    with translation.override(active):
        assert titles(Article.objects.live()) == public
        assert english_only.is_live() == ("English only" in public)


def test_the_live_summary_counts_each_language_apart_and_follows_a_new_translation(db, frozen):
    category = CategoryFactory()
    RussianArticleFactory(category=category)
    later = LiveArticleFactory(category=category)
    LiveArticleFactory(category=category)

    assert live_summary("en").count() == 3
    assert live_summary("ru").count() == 1
    with translation.override("ru"):
        assert live_summary().by_category() == {category.pk: 1}

    later.title_ru, later.lead_ru = "Новое", "Переведено."
    later.save()

    assert live_summary("ru").count() == 2
    assert live_summary("en").count() == 3


def test_saving_while_russian_is_active_leaves_the_english_text_where_it_is(db, frozen):
    article = LiveArticleFactory(title="Embassy statement", lead="A lead.", body="<p>English body.</p>")

    with translation.override("ru"):
        article = Article.objects.get(pk=article.pk)
        article.pinned = True
        article.save()

    article.refresh_from_db()
    assert article.body_en == "<p>English body.</p>"
    assert not article.body_ru
    assert not article.has_translation("ru")


def test_the_russian_body_is_sanitised_on_save(db, frozen):
    article = RussianArticleFactory(body_ru='<p>Текст</p><script>alert("x")</script><p onclick="x()">Ещё</p>')

    article.refresh_from_db()
    assert "<script" not in article.body_ru and "onclick" not in article.body_ru
    assert "Текст" in article.body_ru and "Ещё" in article.body_ru


def test_a_category_without_a_russian_name_shows_its_english_name_in_russian(db):
    untranslated = CategoryFactory(name="Press releases")
    translated = CategoryFactory(name="Statements", name_ru="Заявления")
    CategoryFactory(name="Comments")  # two categories waiting for a Russian name do not collide

    with translation.override("ru"):
        assert str(untranslated) == "Press releases"
        assert str(translated) == "Заявления"
    assert str(translated) == "Statements"


def test_search_in_russian_finds_the_russian_versions_only(db, frozen):
    RussianArticleFactory(title="Visa rules", title_ru="Визовые правила", lead_ru="Новые правила для заявителей.")
    LiveArticleFactory(title="Visa centre", lead="Opening hours.")

    with translation.override("ru"):
        found = Article.objects.live().search("правила")
        assert [a.title_en for a in found] == ["Visa rules"]
        assert not Article.objects.live().search("visa").exists()
        (result,) = found.results("правила")
        assert "<mark>правила</mark>" in result.title_html
        assert "<mark>правила</mark>" in result.snippet_html
    assert sorted(a.title for a in Article.objects.live().search("visa")) == ["Visa centre", "Visa rules"]


@postgresql_only
def test_russian_search_finds_every_form_of_a_word(db, frozen):
    RussianArticleFactory(title="Statement", title_ru="Заявление посольства", lead_ru="О событиях в Лондоне.")
    RussianArticleFactory(title="Reception", title_ru="Приём", lead_ru="Посольство приглашает соотечественников.")
    RussianArticleFactory(title="Other", title_ru="Прочее", lead_ru="Консульский отдел работает.")

    with translation.override("ru"):
        assert sorted(a.title_en for a in Article.objects.live().search("посольство")) == ["Reception", "Statement"]
        assert sorted(a.title_en for a in Article.objects.live().search("посольства")) == ["Reception", "Statement"]
        assert [a.title_en for a in Article.objects.live().search("соотечественник")] == ["Reception"]
    # English searches the English vector: its stemmer does not know the Russian words' forms.
    assert not Article.objects.live().search("посольства").exists()


@postgresql_only
def test_the_russian_vector_follows_every_kind_of_write(db, frozen):
    article = LiveArticleFactory(title="Original")
    with translation.override("ru"):
        assert not Article.objects.search("заявление").exists()

        Article.objects.filter(pk=article.pk).update(title_ru="Заявление", lead_ru="Текст.")
        assert list(Article.objects.search("заявления")) == [article]

        article.refresh_from_db()
        article.title_ru = "Интервью"
        article.save()
        assert not Article.objects.search("заявление").exists()
        assert list(Article.objects.search("интервью")) == [article]
