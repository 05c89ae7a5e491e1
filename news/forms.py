import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from news.models import Category
from news.search import MAX_QUERY_LENGTH, clean_query


class DateInput(forms.DateInput):
    """``<input type="date">``, which may only carry a valid YYYY-MM-DD: a bad value typed into
    the address is reported by the form, not echoed back into the field."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")

    def format_value(self, value):
        if isinstance(value, str):
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                return None
        return super().format_value(value)


class SearchQueryField(forms.CharField):
    """
    Search words, as ``news.search.clean_query()`` reads them: control
    characters (NUL included) become spaces and an over-long query is cut at a
    word boundary, so no query is refused. The search page and the API's ``q``
    filter both use it. The form shows the words as they were searched.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", MAX_QUERY_LENGTH)  # the box's maxlength; never exceeded once cleaned
        super().__init__(**kwargs)

    def to_python(self, value):
        return clean_query(super().to_python(value))

    def bound_data(self, data, initial):
        return clean_query(super().bound_data(data, initial)) if isinstance(data, str) else data


class SearchForm(forms.Form):
    """The search page's words and filters; every field is optional."""

    q = SearchQueryField(
        label=_("Search for"),
        required=False,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All categories"),
        error_messages={"invalid_choice": _("There is no such category.")},
    )
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        widget=DateInput,
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
    )
    date_to = forms.DateField(
        label=_("To"),
        required=False,
        widget=DateInput,
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
    )

    def clean(self):
        data = super().clean()
        first, last = data.get("date_from"), data.get("date_to")
        if first and last and first > last:
            raise forms.ValidationError(_("The “From” date must not be after the “To” date."))
        return data

    def has_criteria(self):
        """Whether the visitor asked for anything: words, a category or dates."""
        return any(self.cleaned_data.get(name) for name in self.fields)

    def filter(self, queryset):
        """``queryset`` narrowed to the words, category and dates asked for; best match first
        when there are words, newest first otherwise."""
        data = self.cleaned_data
        if data.get("category"):
            queryset = queryset.filter(category=data["category"])
        queryset = queryset.published_between(data.get("date_from"), data.get("date_to"))
        if data.get("q"):
            queryset = queryset.search(data["q"])
        return queryset
