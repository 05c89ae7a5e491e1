"""core.widgets: inputs written in Python give exactly the markup of Django's templates."""

import pytest
from django import forms

from core import widgets
from news.forms import SearchForm


@pytest.mark.parametrize(
    "value, attrs",
    [
        (None, None),
        ("", {"maxlength": 200}),
        ("visa", {"id": "id_q", "maxlength": "200"}),
        ('"quoted" <b>&amp; 🇷🇺', {"id": "id_q", "data-note": '" onfocus="alert(1)'}),
        ("x", {"required": True, "disabled": False, "aria-invalid": "true", "aria-describedby": "id_q_error"}),
    ],
)
def test_a_plain_input_writes_the_markup_of_djangos_template(value, attrs):
    for plain, templated in (
        (widgets.TextInput(attrs={"type": "search"}), forms.TextInput(attrs={"type": "search"})),
        (widgets.TextInput(), forms.TextInput()),
        (widgets.DateInput(format="%Y-%m-%d"), forms.DateInput(format="%Y-%m-%d")),
    ):
        assert plain.render("q", value, attrs) == templated.render("q", value, attrs)


@pytest.mark.parametrize(
    "data",
    [
        {"q": "visa", "date_from": "2020-10-01", "date_to": "2020-10-31"},
        {"q": 'a "b" <c>', "date_from": "2020-13-45", "date_to": "yesterday"},
        {},
    ],
)
def test_the_search_forms_inputs_are_rendered_as_djangos_templates_would(data, monkeypatch):
    form = SearchForm(data)
    form.is_valid()
    plain = [str(form[name]) for name in ("q", "date_from", "date_to")]

    monkeypatch.setattr(widgets.PlainInput, "render", forms.Widget.render)  # through the templates
    form = SearchForm(data)
    form.is_valid()
    assert plain == [str(form[name]) for name in ("q", "date_from", "date_to")]
