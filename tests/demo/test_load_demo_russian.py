"""The demo in Russian: most items, the categories, the counters, the contacts and the images have
their Russian versions, and exactly one recent live item stays in English only."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import translation

from consular.models import Email, Office, Phone
from demo import russian
from images.models import Image
from masthead.models import IncidentCounter
from news.models import Article, Category

NOW = dt.datetime(2020, 10, 27, 15, 0, tzinfo=dt.UTC)
CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


@pytest.fixture
def demo(db, time_machine):
    time_machine.move_to(NOW, tick=False)
    call_command("load_demo", verbosity=0)


def russian_text(text):
    return bool(text) and len(CYRILLIC & set(text.lower())) > 10


def test_the_pinned_item_and_every_recent_one_but_one_are_public_in_russian(demo):
    latest = list(Article.objects.live("en")[:12])
    english_only = [article.slug for article in latest if not article.is_live("ru")]

    assert english_only == [russian.ENGLISH_ONLY]
    assert all(article.is_live("ru") for article in latest[:6])
    assert Article.objects.featured().is_live("ru")
    with translation.override("ru"):
        featured = Article.objects.featured()
        assert featured.pinned and featured.title == "Выступление Посла на приёме по случаю Дня России"


def test_every_russian_version_is_russian_text_with_its_own_body(demo):
    versions = Article.objects.translated("ru")

    assert versions.count() >= 12
    for article in versions:
        assert russian_text(article.title_ru + " " + article.lead_ru), article.slug
        assert russian_text(article.body_ru), article.slug
        assert article.body_ru != article.body_en
    # The scheduled item is translated too, and stays off the site in both languages.
    assert versions.filter(pk__in=Article.objects.scheduled()).exists()
    assert not Article.objects.live("ru").filter(pk__in=Article.objects.scheduled()).exists()


def test_categories_counters_contacts_and_images_have_their_russian_versions(demo):
    assert list(Category.objects.values_list("name_ru", flat=True)) == [
        "Выступления, интервью, статьи",
        "Заявления",
        "Комментарии",
        "Пресс-релизы",
        "Новости посольства",
    ]
    for counter in IncidentCounter.objects.all():
        counter.full_clean()  # one placeholder for the count
        assert russian_text(counter.sentence_ru)
    for office in Office.objects.all():
        assert russian_text(office.name_ru + " " + office.address_ru + " " + office.opening_hours_ru)
    for model in (Phone, Email):
        labels = model.objects.values_list("label_ru", flat=True)
        assert labels and all(label and CYRILLIC & set(label.lower()) for label in labels)
    for image in Image.objects.all():
        assert russian_text(image.alt_text_ru) and image.credit_ru
    with translation.override("ru"):
        assert str(Office.objects.masthead_contact().get()) == "Консульский отдел"


def test_loading_the_demo_again_keeps_what_staff_changed_in_russian(demo):
    article = Article.objects.get(slug="statement-on-consular-access-to-detained-citizens")
    article.title_ru = "Заявление, исправленное редактором"
    article.save()
    untranslated = Article.objects.get(slug=russian.ENGLISH_ONLY)

    call_command("load_demo", verbosity=0)

    assert Article.objects.get(pk=article.pk).title_ru == "Заявление, исправленное редактором"
    assert not Article.objects.get(pk=untranslated.pk).has_translation("ru")
