"""
On PostgreSQL the Russian lists and the Russian live summary read an index, as the English
ones do (``news_article_listing_ru_idx`` and ``news_article_category_ru_idx``, of
news/migrations/0019_written_ru.py): the partial indexes' condition is exactly what
``Article.objects.live("ru")`` compiles to (published and ``written_ru``). Were it not (a change
to ``live()`` or to ``_written_in``), the planner could not use them, and counting the Russian
items would read the whole table again. The English summary counts from an index of London
months (0018), whose expression must be what the count's ``TruncMonth`` compiles to.
"""

import pytest
from django.db import connection

from news.listing import grouped_counts
from news.models import Article
from tests.factories import CategoryFactory, LiveArticleFactory, RussianArticleFactory

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="partial indexes of PostgreSQL only")


@pytest.fixture
def items(db, frozen):
    category = CategoryFactory()
    for n in range(5):
        RussianArticleFactory(category=category, title=f"Item {n}")
        LiveArticleFactory(category=category, title=f"English only {n}")
    return category


def plan(queryset):
    """The plan PostgreSQL picks for ``queryset`` when it may not read the table row by row (so
    that a small test table does not make a sequential scan look cheaper)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
    try:
        return queryset.explain()
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET enable_seqscan")
            cursor.execute("RESET enable_bitmapscan")


def counting(language):
    from django.db.models import Count
    from django.db.models.functions import TruncMonth

    from core.clocks import LONDON

    return (
        Article.objects.live(language)
        .order_by()
        .annotate(month=TruncMonth("publication_date", tzinfo=LONDON))
        .values_list("month", "category_id")
        .annotate(count=Count("pk"))
    )


def test_the_russian_summary_counts_from_the_russian_index(items):
    with connection.cursor() as cursor:  # on a table this small the English month index would do
        cursor.execute("DROP INDEX news_article_months_idx")  # (the test's transaction restores it)
    assert "_ru_idx" in plan(counting("ru"))
    assert sum(grouped_counts(Article.objects.live("ru")).values()) == 5


def test_the_russian_list_pages_read_the_russian_indexes(items):
    newest = Article.objects.live("ru").order_by("-publication_date", "-pk")[:20]
    assert "news_article_listing_ru_idx" in plan(newest)
    in_category = Article.objects.live("ru").filter(category=items).order_by("-publication_date", "-pk")[:20]
    assert "_ru_idx" in plan(in_category)
    assert len(list(newest)) == len(list(in_category)) == 5


def test_the_english_summary_counts_from_the_index_of_london_months(items):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_hashagg = off")  # as on a large table: grouped in index order
    counted = plan(counting("en"))
    # Read in the index's order, already grouped: no sorting by the London month.
    assert "news_article_months_idx" in counted and "Sort" not in counted
    assert sum(grouped_counts(Article.objects.live("en")).values()) == 10
