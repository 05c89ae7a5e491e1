"""The editor's article list stays quick however many items there are: it loads no bodies and
its queries do not grow with the newsroom."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news.models import Article
from tests.factories import LiveArticleFactory

CHANGELIST = reverse("admin:news_article_changelist")


def queries_of(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response, [q["sql"] for q in queries.captured_queries]


def test_the_article_list_loads_no_bodies(editing, db):
    for n in range(5):
        LiveArticleFactory(title=f"Item {n}", body=f"<p>Long text number {n}.</p>")

    response, queries = queries_of(editing, CHANGELIST)

    assert "Item 4" in response.content.decode()
    body = connection.ops.quote_name("body")
    listing = [sql.split(" FROM ")[0] for sql in queries if sql.startswith("SELECT") and "news_article" in sql]
    assert listing and not [sql for sql in listing if body in sql or "search_vector" in sql]


def test_the_article_list_counts_once_and_costs_the_same_at_any_size(editing, db):
    LiveArticleFactory.create_batch(30)
    editing.get(CHANGELIST)
    _, few = queries_of(editing, CHANGELIST)

    LiveArticleFactory.create_batch(120)
    response, many = queries_of(editing, CHANGELIST + "?p=2")

    assert len(many) == len(few)
    assert sum("COUNT(" in sql.upper() for sql in many) == 2  # the list's and the review queue's
    assert "150 articles" in response.content.decode()


def test_a_deep_page_of_the_list_holds_what_offset_paging_would(editing, db):
    LiveArticleFactory.create_batch(130)
    expected = list(Article.objects.order_by("-publication_date", "-pk").values_list("pk", flat=True)[100:130])

    response = editing.get(CHANGELIST, {"p": 2})

    assert [article.pk for article in response.context["cl"].result_list] == expected
    assert editing.get(CHANGELIST, {"p": 3}).status_code == 302  # past the end: back to the list


def test_the_title_search_finds_words_inside_titles(editing, db):
    LiveArticleFactory(title="Statement on consular access")
    LiveArticleFactory(title="Reception at the embassy")

    response = editing.get(CHANGELIST, {"q": "CONSULAR"})

    assert [article.title for article in response.context["cl"].result_list] == ["Statement on consular access"]


def test_the_title_search_finds_an_item_by_its_russian_title_too(editing, db):
    from tests.factories import RussianArticleFactory

    RussianArticleFactory(title="Consular hours", title_ru="Часы работы консульского отдела")
    LiveArticleFactory(title="Reception at the embassy")

    response = editing.get(CHANGELIST, {"q": "консульского"})

    assert [article.title_en for article in response.context["cl"].result_list] == ["Consular hours"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram indexes of PostgreSQL")
def test_the_title_search_reads_the_trigram_index_of_each_language(editing, db):
    from django.contrib import admin

    LiveArticleFactory(title="Statement on consular access")
    request = RequestFactory().get(CHANGELIST, {"q": "consular"})
    request.user = User.objects.filter(is_staff=True).first()
    model_admin = admin.site._registry[Article]
    queryset, _ = model_admin.get_search_results(request, Article.objects.all(), "consular")
    with connection.cursor() as cursor:  # as on a large table: neither reading it all nor in date order
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    plan = queryset.order_by().explain()

    assert "news_article_title_en_trgm_idx" in plan and "news_article_title_ru_trgm_idx" in plan
