"""``generate_news N``: realistic made-up items for benchmarks and for staff trying the site."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from news.listing import live_summary
from news.models import Article
from tests.factories import CategoryFactory, LiveArticleFactory


def generate(count, settings, **options):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("generate_news", count, stdout=out, **options)
    return out.getvalue()


def test_it_creates_n_items_most_of_them_live_in_the_sites_categories(db, settings):
    statements = CategoryFactory(slug="statements")

    output = generate(400, settings, years=3)

    assert "Created 400 items" in output
    items = Article.objects.all()
    assert items.count() == 400
    assert set(items.values_list("category", flat=True)) == {statements.pk}
    live = Article.objects.live().count()
    assert 360 <= live < 400  # a few drafts, items in review, scheduled and expired ones too
    assert Article.objects.drafts().exists() and Article.objects.scheduled().exists()
    oldest = items.order_by("publication_date").first().publication_date
    assert timezone.now() - oldest > timezone.timedelta(days=365 * 2)
    assert live_summary().count() == live  # the counts know of rows inserted in bulk


def test_items_read_like_news_and_are_stored_as_any_item_is(db, settings):
    generate(50, settings)

    article = Article.objects.live().first()
    assert len(article.title.split()) >= 4 and article.lead and article.body.startswith("<p>")
    assert article.created <= article.updated <= timezone.now()
    assert article.created == min(article.publication_date, article.created)  # created at its release
    assert article.get_absolute_url().endswith(f"/{article.slug}/")
    # Without the demo's categories, it brings them, the featured one included.
    assert Article.objects.featured() is not None


def test_running_it_again_adds_more_with_addresses_of_their_own(db, settings):
    LiveArticleFactory(slug="taken")
    generate(30, settings, seed=7)
    generate(30, settings, seed=7)

    slugs = list(Article.objects.values_list("slug", flat=True))
    assert len(slugs) == 61 == len(set(slugs))


def test_it_refuses_to_run_on_a_production_site(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG=1"):
        call_command("generate_news", 10)
    assert not Article.objects.exists()
