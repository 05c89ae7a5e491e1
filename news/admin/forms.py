"""
The article form. It validates the fields and hands the transition to the
publishing door (``news.workflow.prepare``): the door's refusals become form
errors, and nothing typed is lost. ``intent`` (the button pressed), ``editor``
(who saves) and ``restoring`` (the version being restored) are set per request
by ``ArticleAdmin.get_form``.
"""

import datetime

from django import forms
from django.contrib.admin.models import LogEntry
from django.contrib.admin.widgets import AdminSplitDateTime
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.languages import DEFAULT
from core.translated_admin import translated_fields
from news import workflow
from news.models import Article
from news.revisions import display
from news.slugs import unique_slug

# Submit buttons of the change form: POST name -> the door's action.
SUBMIT_FOR_REVIEW, PUBLISH, SCHEDULE, UNPUBLISH = "_submit_for_review", "_publish", "_schedule", "_unpublish"
ACTIONS = {
    SUBMIT_FOR_REVIEW: workflow.Action.SUBMIT,
    PUBLISH: workflow.Action.PUBLISH,
    SCHEDULE: workflow.Action.SCHEDULE,
    UNPUBLISH: workflow.Action.UNPUBLISH,
}
EDITOR_BUTTONS = (PUBLISH, SCHEDULE, UNPUBLISH)
BUTTONS = tuple(ACTIONS)

TITLE_LENGTH = Article._meta.get_field("title").max_length
# The form shows and reads London times as HH:MM (seconds are accepted too).
TIME_FORMAT = "%H:%M"
DATE_HELP = gettext_lazy("London time, GMT/BST. Date as DD/MM/YYYY, time as HH:MM (24-hour).")
DATE_ERRORS = {
    "invalid_date": gettext_lazy("Enter the date as DD/MM/YYYY, e.g. 26/10/2020."),
    "invalid_time": gettext_lazy("Enter the time as HH:MM, 24-hour London time, e.g. 18:00."),
}
# Fields a concurrent change is shown for (what a colleague may have changed). The English text
# is under the field's own name (core.translated_admin), the Russian one beside it.
COMPARED = (
    "title", "title_ru", "slug", "category", "lead", "lead_ru", "body", "body_ru",
    "status", "publication_date", "expires_at", "pinned", "image",
)  # fmt: skip
BODIES = ("body", "body_ru")


class LondonSplitDateTimeField(forms.SplitDateTimeField):
    def __init__(self, *args, **kwargs):
        kwargs["input_time_formats"] = [TIME_FORMAT, "%H:%M:%S"]
        kwargs.setdefault("error_messages", {}).update(DATE_ERRORS)
        super().__init__(*args, **kwargs)

    def has_changed(self, initial, data):
        """The form shows whole minutes: a stored time with seconds, sent back as the minute the
        form showed, has not changed (nor is it "Changed Publication time" in the history)."""
        if self.disabled:
            return False
        try:
            if isinstance(initial, (list, tuple)):  # as the form was opened: ["26/10/2020", "09:30:07"]
                initial = self.clean(initial)
            value = self.clean(data)
        except forms.ValidationError:
            return super().has_changed(initial, data)
        if not isinstance(initial, datetime.datetime) or value is None:
            return super().has_changed(initial, data)
        return value not in (initial.replace(microsecond=0), initial.replace(second=0, microsecond=0))


class ArticleAdminForm(forms.ModelForm):
    intent = None
    editor = None
    restoring = None

    # The item's "updated" time when the form was opened: a save is refused
    # when somebody else has saved the item since.
    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = [
            "title", "slug", "category", "lead", "body", "status", "publication_date", "expires_at", "pinned",
            "author", "image",
        ]
        field_classes = {"publication_date": LondonSplitDateTimeField, "expires_at": LondonSplitDateTimeField}
        labels = {
            "slug": gettext_lazy("Web address"),
            "publication_date": gettext_lazy("Publication time (London)"),
            "expires_at": gettext_lazy("Expiry time (London)"),
        }

    def __init__(self, *args, **kwargs):
        if self.restoring is not None and not kwargs.get("data"):
            # The version's values, shown for the editor to check and save.
            kwargs["initial"] = {**version_initial(self.restoring), **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.updated:
            self.fields["edit_token"].initial = self.instance.updated.isoformat()
        self.publication_before = None
        self.conflict = None
        author = self.fields.get("author")
        if author is not None and self.instance.author_id:
            # The item's author stays a choice after leaving the newsroom.
            author.queryset = author.queryset | author.queryset.model.objects.filter(pk=self.instance.author_id)
        sanitize = Article._meta.get_field("body").sanitize
        for name in BODIES:
            if name in self.fields:
                # The editor re-serialises the HTML it was given; the body has
                # changed only when what would be stored differs (history, log).
                self.fields[name].has_changed = lambda initial, data: sanitize(initial or "") != sanitize(data or "")
        self.polish_fields()

    def polish_fields(self):
        """What the newsroom reads on the form: a wide title with a character
        count, the slug as the web address, London times as HH:MM."""
        for name in ("title", "title_ru"):
            if title := self.fields.get(name):
                title.widget.attrs.update(
                    {"class": "vLargeTextField article-title", "data-character-count": TITLE_LENGTH}
                )
        if slug := self.fields.get("slug"):
            # Any text is cleaned into an address (clean_slug), never refused.
            self.fields["slug"] = forms.CharField(
                label=slug.label,
                required=False,
                max_length=slug.max_length,
                help_text=_(
                    "The last part of the item's address, e.g. /news/2020/10/26/statement-on-visas/. "
                    "Left blank, it is made from the title; spaces and Cyrillic are turned into Latin "
                    "letters and hyphens; “-2” is added when another item has it. If a live item's "
                    "address changes, its old address keeps working (it redirects)."
                ),
                widget=forms.TextInput(attrs={"class": "vTextField"}),
            )
        for name in ("publication_date", "expires_at"):
            if field := self.fields.get(name):
                field.widget = AdminSplitDateTime()
                field.widget.widgets[1].format = TIME_FORMAT
                field.widget.widgets[1].attrs.update({"placeholder": "HH:MM", "inputmode": "numeric"})
                field.help_text = f"{DATE_HELP} {Article._meta.get_field(name).help_text}"

    def clean_slug(self):
        """The typed address cleaned (spaces, capitals and Cyrillic made into
        an address), or made from the title; "-2", "-3" when it is taken."""
        typed = self.cleaned_data.get("slug", "").strip()
        source = typed or self.cleaned_data.get("title") or ""
        if not source:
            return ""
        return unique_slug(Article.objects.exclude(pk=self.instance.pk), source)

    def clean(self):
        cleaned_data = super().clean()
        self.check_edit_token(cleaned_data)
        for name in ("publication_date", "expires_at"):
            # The form shows whole minutes: a time it sends back unchanged is
            # no new time (nor a "reschedule" in the history and audit trail).
            stored, value = getattr(self.instance, name), cleaned_data.get(name)
            shown_as = (stored.replace(microsecond=0), stored.replace(second=0, microsecond=0)) if stored else ()
            if self.instance.pk and value in shown_as:
                cleaned_data[name] = stored
        return cleaned_data

    def _post_clean(self):
        """With the instance built from the fields: the door's checks."""
        super()._post_clean()
        if self.errors:
            return
        self.publication_before = self.instance.stored_state()
        try:
            workflow.prepare(self.instance, self.editor, self.action, before=self.publication_before)
        except ValidationError as error:
            self._update_errors(error)

    @property
    def action(self):
        if self.intent in ACTIONS:
            return ACTIONS[self.intent]
        return workflow.Action.RESTORE if self.restoring is not None else workflow.Action.SAVE

    def check_edit_token(self, cleaned_data):
        """Refuse the save when the item changed since the form was opened,
        showing the colleague's version of each field that differs from what
        was typed; saving again means "replace their changes with mine"."""
        token = cleaned_data.get("edit_token")
        if not (self.instance.pk and token):
            return
        # Locks the row until the save commits (PostgreSQL), so two saves
        # cannot both pass this check.
        current = Article.objects.select_for_update().filter(pk=self.instance.pk).first()
        if current is None or current.updated.isoformat() == token:
            return
        self.data = self.data.copy()
        self.data[self.add_prefix("edit_token")] = current.updated.isoformat()
        self.conflict = current
        who = who_changed_it(current, self.editor, current.updated)
        for name in COMPARED:
            if name in self.fields and name in cleaned_data and differs(current, name, cleaned_data[name]):
                self.add_error(name, _("Their version: %(value)s") % {"value": shown(current, name)})
        raise ValidationError(
            " ".join(
                [
                    who,
                    _(
                        "Your changes have not been saved. They are still in the form, and their version is "
                        "shown under each field that differs. To replace it with yours, save again."
                    ),
                ]
            ),
            code="edit_conflict",
        )


def differs(current, name, typed):
    stored = getattr(current, english_column(name))
    if name in BODIES:
        sanitize = Article._meta.get_field("body").sanitize
        return sanitize(stored or "") != sanitize(typed or "")
    if hasattr(stored, "replace") and hasattr(typed, "replace") and not isinstance(stored, str):
        return stored.replace(second=0, microsecond=0) != typed.replace(second=0, microsecond=0)
    return (stored or None) != (typed or None)


def shown(article, name):
    """A field's stored value as an editor reads it (text without its HTML, shortened)."""
    field = Article._meta.get_field(english_column(name))
    value = getattr(article, field.attname)
    if name in BODIES:
        return Truncator(strip_tags(value or "")).words(60) or "—"
    return Truncator(display(field, value)).chars(300)


def english_column(name):
    """The column a field of the form stands for: ``title`` is the English text, ``title_en``."""
    return f"{name}_{DEFAULT}" if name in translated_fields(Article) else name


def version_initial(version):
    """A stored version's values as the form's initial data (a version saved before the site
    had languages holds its English text under the field's own name only)."""
    data = version.field_dict
    english = {english_column(name) for name in translated_fields(Article)}
    initial = {}
    for field in Article._meta.concrete_fields:
        if not field.editable or field.name in ("id", "created", "updated") or field.name in english:
            continue  # the English text is shown under the field's own name
        value = data.get(english_column(field.attname))
        if value is None:
            value = data.get(field.attname)
        if value is not None or field.attname in data:
            initial[field.name] = value
    return initial


def who_changed_it(article, editor, when):
    """"Olga Ivanova changed this item at 26 Oct 2020 09:33 London, while you
    were editing it.", from the item's latest admin history entry."""
    entry = (
        LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Article), object_id=str(article.pk))
        .select_related("user")
        .order_by("-action_time", "-pk")
        .first()
    )
    user = entry.user if entry else None
    values = {"time": workflow.london(when)}
    if user is not None and editor is not None and user.pk == editor.pk:
        message = _("You saved this item in another window at %(time)s, after opening this form.")
    elif user is not None:
        values["name"] = user.get_full_name() or user.get_username()
        message = _("%(name)s changed this item at %(time)s, while you were editing it.")
    else:
        message = _("Somebody else changed this item at %(time)s, while you were editing it.")
    return message % values
