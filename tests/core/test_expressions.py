"""Query expressions of ``core.expressions``, on the database the suite runs on."""

from django.db.models import F, Subquery

from core.expressions import AnyOf
from news.models import Article
from tests.factories import LiveArticleFactory


def test_any_of_picks_the_rows_whose_key_is_listed_even_in_a_subquery(db):
    items = [LiveArticleFactory() for _ in range(4)]
    chosen = [items[0].pk, items[2].pk]

    picked = Article.objects.filter(AnyOf(F("pk"), chosen))
    nested = Article.objects.filter(pk__in=Subquery(picked.values("pk")))

    assert sorted(picked.values_list("pk", flat=True)) == sorted(chosen)
    assert sorted(nested.values_list("pk", flat=True)) == sorted(chosen)
    assert not Article.objects.filter(AnyOf(F("pk"), [max(chosen) + 1000])).exists()


def test_any_of_takes_a_search_s_thousand_keys(db):
    item = LiveArticleFactory()

    assert list(Article.objects.filter(AnyOf(F("pk"), [item.pk, *range(10**6, 10**6 + 1000)]))) == [item]
