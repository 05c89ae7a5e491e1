"""
What one item may hold (news/limits.py): a lead of at most 600 characters, a
body of at most 300,000, a publication year between 1900 and two years ahead.
Refused with a clear message in the admin, by ``import_news`` and by the
model's own validation; what was typed comes back in the form.
"""

import datetime as dt
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from news.limits import BODY_MAX_LENGTH, LEAD_MAX_LENGTH
from news.models import Article
from tests.factories import DraftArticleFactory
from tests.news.workflow_helpers import form_on_page

ADD = reverse("admin:news_article_add")


def add_form(category, **overrides):
    data = {
        "title": "Statement on consular access",
        "slug": "",
        "category": category.pk,
        "lead": "The Embassy's statement.",
        "body": "<p>Text</p>",
        "status": "draft",
        "publication_date_0": "2020-10-27",
        "publication_date_1": "18:00",
        "expires_at_0": "",
        "expires_at_1": "",
        "image": "",
        "author": "",
    }
    return data | overrides


def errors_of(response, field):
    """The error list the admin shows above ``field``."""
    form = response.context["adminform"].form
    return form.errors.get(field, [])


# The lead.


def test_the_admin_refuses_an_overlong_lead_and_keeps_what_was_typed(press, statements):
    lead = " ".join(["A very long lead."] * 40)  # 719 characters

    response = press.post(ADD, add_form(statements, lead=lead))

    assert response.status_code == 200
    assert errors_of(response, "lead") == [
        f"The lead can be at most {LEAD_MAX_LENGTH} characters; this one has {len(lead)}. "
        "Shorten it: the rest belongs in the body."
    ]
    assert form_on_page(response)["lead"] == lead
    assert not Article.objects.exists()


def test_a_lead_of_exactly_the_limit_is_accepted(press, statements):
    response = press.post(ADD, add_form(statements, lead="x" * LEAD_MAX_LENGTH))

    assert response.status_code == 302
    assert len(Article.objects.get().lead) == LEAD_MAX_LENGTH


def test_the_lead_field_states_its_limit(press):
    assert "at most 600 characters" in press.get(ADD).content.decode()


# The body.


def test_the_admin_refuses_an_overlong_body(press, statements):
    body = "<p>" + "Words of a pasted book. " * 13_000 + "</p>"  # 312,007 characters

    response = press.post(ADD, add_form(statements, body=body))

    assert response.status_code == 200
    [error] = errors_of(response, "body")
    assert error.startswith(f"The body can be at most {BODY_MAX_LENGTH} characters of formatted text")
    assert f"this one has {len(body)}" in error
    assert not Article.objects.exists()


def test_the_model_refuses_overlong_text_whoever_saves_it(statements):
    article = DraftArticleFactory.build(
        category=statements, lead="x" * (LEAD_MAX_LENGTH + 1), body="x" * (BODY_MAX_LENGTH + 1)
    )

    with pytest.raises(ValidationError) as refused:
        article.full_clean()

    assert set(refused.value.message_dict) == {"lead", "body"}


# The publication year.


@pytest.mark.parametrize("typed", ["0202-06-15", "1899-12-31", "2202-06-15"])
def test_the_admin_refuses_an_implausible_publication_year_with_a_form_error(editing, statements, frozen, typed):
    response = editing.post(ADD, add_form(statements, publication_date_0=typed))

    assert response.status_code == 200
    [error] = errors_of(response, "publication_date")
    assert f"Check the year: {typed[:4]} is not a plausible publication year." in error
    assert "Publication times run from 1900 to 2022." in error  # two years after the frozen 2020
    assert form_on_page(response)["publication_date_0"] == typed
    assert not Article.objects.exists()


def test_the_first_and_last_plausible_years_are_accepted(editing, statements, frozen):
    for day in ("1900-01-01", "2022-12-31"):
        response = editing.post(ADD, add_form(statements, title=f"Item of {day}", publication_date_0=day))
        assert response.status_code == 302, errors_of(response, "publication_date")
    assert Article.objects.count() == 2


def test_the_model_refuses_a_year_below_1000(statements):
    article = DraftArticleFactory.build(
        category=statements, publication_date=dt.datetime(202, 6, 15, 12, tzinfo=dt.UTC)
    )

    with pytest.raises(ValidationError) as refused:
        article.full_clean()

    assert "Check the year: 0202 is not a plausible publication year." in refused.value.message_dict[
        "publication_date"
    ][0]


# import_news.


def run_import(tmp_path, records):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in records))
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_news", str(path), stdout=out, stderr=err)
    return err.getvalue()


def record(**overrides):
    return {
        "title": "Statement on consular access",
        "category": "statements",
        "publication_date": "2020-10-26T18:00:00",
        "lead": "The Embassy's statement.",
        "body": "<p>Text of the statement.</p>",
    } | overrides


def test_import_refuses_overlong_text_and_implausible_years_and_imports_the_rest(statements, tmp_path):
    report = run_import(
        tmp_path,
        [
            record(title="Long lead", lead="x" * (LEAD_MAX_LENGTH + 1)),
            record(title="Long body", body="<p>" + "x" * BODY_MAX_LENGTH + "</p>"),
            record(title="Typo", publication_date="0202-06-15T10:00:00"),
            record(title="Fine"),
        ],
    )

    lines = report.splitlines()
    assert f"line 1: not imported: lead: The lead can be at most {LEAD_MAX_LENGTH} characters" in lines[0]
    assert f"line 2: not imported: body: The body can be at most {BODY_MAX_LENGTH} characters" in lines[1]
    assert "line 3: not imported: publication_date: Check the year: 0202 is not a plausible" in lines[2]
    assert list(Article.objects.values_list("title", flat=True)) == ["Fine"]
