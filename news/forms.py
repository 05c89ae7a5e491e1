import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from core import widgets
from news.models import Category
from news.search import MAX_QUERY_LENGTH, clean_query

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(value):
    """``value`` read as a date written YYYY-MM-DD, or ``None``: nothing else is a date here (not
    "2020-1-5", "20201005", "10/05/2020" nor " 2020-10-05")."""
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


class DateInput(widgets.DateInput):
    """``<input type="date">``, which may only carry a valid YYYY-MM-DD: a bad value typed into
    the address is reported by the form, not echoed back into the field. (Written in Python:
    ``core.widgets``.)"""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")

    def format_value(self, value):
        if isinstance(value, str) and iso_date(value) is None:
            return None
        return super().format_value(value)


class IsoDateField(forms.DateField):
    """
    A London date written YYYY-MM-DD: what ``<input type="date">`` sends and what
    the API's schema says (``format: date``). An empty value is no date; any
    other spelling is refused. The search page and the API's date filters both
    use it.
    """

    widget = DateInput
    default_error_messages = {"invalid": _("Enter a date as YYYY-MM-DD.")}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.date):
            return value
        day = iso_date(value)
        if day is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return day


class CategoryField(forms.ModelChoiceField):
    """
    A category, named by its slug (a ``<select>`` of them on the search page).
    Its value is the slug as given: one that names no category is not refused,
    it matches nothing (``ArticleQuerySet.in_category``), on the search page as
    in the API. An empty value is every category.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Category.objects.all())
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(**kwargs)

    def to_python(self, value):
        return "" if value in self.empty_values else str(value)


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
        widget=widgets.TextInput(attrs={"type": "search"}),
    )
    category = CategoryField(label=_("Category"), required=False, empty_label=_("All categories"))
    date_from = IsoDateField(label=_("From"), required=False)
    date_to = IsoDateField(label=_("To"), required=False)

    def has_criteria(self):
        """Whether the visitor asked for anything: words, a category or dates."""
        return any(self.cleaned_data.get(name) for name in self.fields)

    def why_nothing_matches(self):
        """What in the filters asked for can match no item, for a results page that lists
        nothing: a category that does not exist, a "From" date after the "To" date. (Such
        filters are searched all the same, as in the API: an empty result, not a refusal.)"""
        data = self.cleaned_data
        reasons = []
        if data.get("category") and not Category.objects.with_slug(data["category"]).exists():
            reasons.append(_("There is no such category."))
        first, last = data.get("date_from"), data.get("date_to")
        if first and last and first > last:
            reasons.append(_("The “From” date is after the “To” date."))
        return reasons

    def filter(self, queryset):
        """``queryset`` narrowed to the words, category and dates asked for; best match first
        when there are words, newest first otherwise."""
        data = self.cleaned_data
        if data.get("category"):
            queryset = queryset.in_category(data["category"])
        queryset = queryset.published_between(data.get("date_from"), data.get("date_to"))
        if data.get("q"):
            queryset = queryset.search(data["q"])
        return queryset
