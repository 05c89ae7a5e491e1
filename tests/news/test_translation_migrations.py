"""A database made before the site had languages keeps every text as its English version."""

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone, translation

from tests.migrating import migrate, migrate_to_the_end

BEFORE_LANGUAGES = [
    ("news", "0011_article_returned_at"),
    ("masthead", "0002_incidentcounter_table_and_content_type"),
    ("consular", "0001_initial"),
    ("images", "0001_initial"),
]


@pytest.mark.django_db(transaction=True)
def test_texts_written_before_the_languages_become_the_english_versions():
    old = migrate(BEFORE_LANGUAGES)
    category = old.get_model("news", "Category").objects.create(name="Statements", slug="statements")
    old.get_model("news", "Article").objects.create(
        title="Embassy statement",
        slug="embassy-statement",
        category=category,
        lead="On the events.",
        body="<p>The embassy states.</p>",
        status="published",
        publication_date=timezone.now() - dt.timedelta(hours=1),
    )
    old.get_model("masthead", "IncidentCounter").objects.create(
        sentence="{days} days have passed since the Salisbury incident", start_date=dt.date(2018, 3, 4)
    )
    office = old.get_model("consular", "Office").objects.create(
        name="Consular section", slug="consular", address="5 Kensington Palace Gardens", opening_hours="Mon–Fri"
    )
    old.get_model("consular", "Phone").objects.create(office=office, label="Enquiries", number="+44 20 0000 0000")

    migrate_to_the_end()

    from consular.models import Office, Phone
    from masthead.models import IncidentCounter
    from news.models import Article, Category

    article = Article.objects.get()
    assert (article.title_en, article.lead_en, article.body_en) == (
        "Embassy statement",
        "On the events.",
        "<p>The embassy states.</p>",
    )
    assert (article.title_ru, article.lead_ru) == (None, None)
    assert Category.objects.get().name_en == "Statements"
    assert IncidentCounter.objects.get().sentence_en == "{days} days have passed since the Salisbury incident"
    assert Office.objects.values_list("name_en", "address_en", "opening_hours_en").get() == (
        "Consular section",
        "5 Kensington Palace Gardens",
        "Mon–Fri",
    )
    assert Phone.objects.get().label_en == "Enquiries"
    # Public in English as before, and in Russian only once written.
    assert list(Article.objects.live("en")) == [article]
    assert not Article.objects.live("ru").exists()
    with translation.override("ru"):
        assert Article.objects.get().title == "Embassy statement"  # the English text, until a Russian one
    if connection.vendor == "postgresql":
        assert list(Article.objects.search("statement")) == [article]
