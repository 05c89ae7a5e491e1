"""
The editorial workflow in the article admin: roles enforced on the server,
the publish / schedule / unpublish buttons and actions, the review queue, the
"Upcoming" view and the history of who did what.

Press officers (no ``news.publish_article``) can write drafts and submit them
for review. Whatever a crafted POST says, they cannot publish, change the
publication or expiry time of a published item, pin, or delete: those fields
are read-only for them, a request that sends them anyway is refused with 403,
and ``save_model`` checks the result once more before anything is written.
"""

import json

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion import is_active as revision_is_active
from reversion import set_comment
from reversion.models import Version

from news import revisions, workflow
from news.models import Article

LONDON_TIME_HELP = gettext_lazy("London time, GMT/BST.")

# Submit buttons of the change form: POST name -> intent.
SUBMIT_FOR_REVIEW, PUBLISH, SCHEDULE, UNPUBLISH = "_submit_for_review", "_publish", "_schedule", "_unpublish"
EDITOR_BUTTONS = (PUBLISH, SCHEDULE, UNPUBLISH)
BUTTONS = (SUBMIT_FOR_REVIEW, *EDITOR_BUTTONS)

# Only editors may set these...
EDITOR_ONLY_FIELDS = ["pinned"]
# ...and, once an item is published, these.
PUBLICATION_FIELDS = ["status", "publication_date", "expires_at"]


class ArticleAdminForm(forms.ModelForm):
    """The article form; ``intent`` (a button name) and ``editor`` (who is
    saving) are set per request by ``ArticleWorkflowAdmin.get_form``."""

    intent = None
    editor = None

    # The item's "updated" time when the form was opened: a save is refused
    # when somebody else has saved the item since.
    edit_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.updated:
            self.fields["edit_token"].initial = self.instance.updated.isoformat()
        if "body" in self.fields:
            # The editor re-serialises the HTML it was given; the body has
            # changed only when what would be stored differs (history, log).
            sanitize = Article._meta.get_field("body").sanitize
            self.fields["body"].has_changed = lambda initial, data: sanitize(initial or "") != sanitize(data or "")
        for name in ("publication_date", "expires_at"):
            if name in self.fields:
                field = self.fields[name]
                field.help_text = f"{LONDON_TIME_HELP} {field.help_text}".strip()

    def check_edit_token(self):
        """Refuse the save when the item changed since the form was opened."""
        token = self.cleaned_data.get("edit_token")
        if not (self.instance.pk and token):
            return
        # Locks the row until the save commits (PostgreSQL), so two saves
        # cannot both pass this check.
        current = (
            Article.objects.select_for_update().filter(pk=self.instance.pk).values_list("updated", flat=True).first()
        )
        if current is not None and current.isoformat() != token:
            # Saving again means "replace their changes with mine".
            self.data = self.data.copy()
            self.data[self.add_prefix("edit_token")] = current.isoformat()
            raise ValidationError(self.conflict_message(current), code="edit_conflict")

    def conflict_message(self, when):
        entry = (
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Article), object_id=str(self.instance.pk)
            )
            .select_related("user")
            .order_by("-action_time", "-pk")
            .first()
        )
        user = entry.user if entry else None
        values = {"time": workflow.london(when)}
        if user is not None and self.editor is not None and user.pk == self.editor.pk:
            message = _("You saved this item in another window at %(time)s, after opening this form.")
        elif user is not None:
            values["name"] = user.get_full_name() or user.get_username()
            message = _("%(name)s changed this item at %(time)s, while you were editing it.")
        else:
            message = _("Somebody else changed this item at %(time)s, while you were editing it.")
        return " ".join(
            [
                message % values,
                _(
                    "Your changes have not been saved. Open the item in a new tab to see the current "
                    "version; to replace it with yours, save again."
                ),
            ]
        )

    def clean(self):
        cleaned_data = super().clean()
        self.check_edit_token()
        Status = Article.Status
        now = timezone.now()
        if self.intent == SUBMIT_FOR_REVIEW:
            if "status" not in self.fields:
                raise ValidationError(_("This item is already published."))
            cleaned_data["status"] = Status.REVIEW
        elif self.intent == PUBLISH:
            cleaned_data["status"] = Status.PUBLISHED
            cleaned_data["publication_date"] = now
            expires_at = cleaned_data.get("expires_at")
            if expires_at is not None and expires_at <= now:
                cleaned_data["expires_at"] = None
        elif self.intent == SCHEDULE:
            when = cleaned_data.get("publication_date")
            if when is not None and when <= now:
                self.add_error(
                    "publication_date", _("Choose a publication time in the future to schedule the item.")
                )
            cleaned_data["status"] = Status.PUBLISHED
        elif self.intent == UNPUBLISH:
            cleaned_data["status"] = Status.DRAFT
        return cleaned_data


class ArticleWorkflowAdmin:
    """Mixin for the article admin; put it before reversion's ``VersionAdmin``."""

    form = ArticleAdminForm
    actions = ["submit_for_review", "publish_now", "unpublish", "pin_to_home_page"]
    change_list_template = "admin/news/article/change_list.html"
    revision_form_template = "admin/news/article/revision_form.html"
    object_history_template = "admin/news/article/object_history.html"
    history_latest_first = True

    # Permissions.

    def has_publish_permission(self, request, obj=None):
        return workflow.can_publish(request.user)

    def locked_fields(self, request, obj=None):
        """Fields this user may not set on this item."""
        if self.has_publish_permission(request):
            return []
        locked = list(EDITOR_ONLY_FIELDS)
        if obj is not None and obj.status == Article.Status.PUBLISHED:
            locked += PUBLICATION_FIELDS
        return locked

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly + [name for name in self.locked_fields(request, obj) if name not in readonly]

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [(s.value, s.label) for s in (Article.Status.DRAFT, Article.Status.REVIEW)]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def refuse_crafted_post(self, request, obj):
        """403 for a POST carrying a field or a button this user does not get:
        the admin's own form never sends them, so somebody wrote it by hand."""
        if self.has_publish_permission(request):
            return
        if obj is not None and request.POST.get("edit_token", obj.updated.isoformat()) != obj.updated.isoformat():
            # The form was opened before somebody else changed the item (an
            # editor published it, say): the form refuses the save and says
            # who did it; locked fields are read-only there anyway.
            return
        locked = self.locked_fields(request, obj)
        for key in request.POST:
            if key in EDITOR_BUTTONS or key.removesuffix("_0").removesuffix("_1") in locked:
                raise PermissionDenied

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        intent = next((name for name in BUTTONS if name in request.POST), None)
        return type(form.__name__, (form,), {"intent": intent, "editor": request.user})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id)) if object_id else None
            self.refuse_crafted_post(request, obj)
        return super().changeform_view(request, object_id, form_url, extra_context)

    # The change form.

    def view_on_site(self, obj):
        """"View on site" only where the public can see the item; the change
        form's "Preview" link shows any item to staff."""
        return obj.get_absolute_url() if obj.is_live() else None

    def workflow_buttons(self, request, obj):
        if obj is not None and not self.has_change_permission(request, obj):
            return []
        if not self.has_publish_permission(request):
            if obj is None or obj.status == Article.Status.DRAFT:
                return [{"name": SUBMIT_FOR_REVIEW, "label": _("Submit for review")}]
            return []
        buttons = []
        if obj is None or obj.state != Article.State.LIVE:
            buttons.append({"name": PUBLISH, "label": _("Publish now")})
        buttons.append(
            {
                "name": SCHEDULE,
                "label": _("Schedule for the publication time"),
                "title": _("Publishes the item at the publication time above (London time)."),
            }
        )
        if obj is not None and obj.status == Article.Status.PUBLISHED:
            buttons.append({"name": UNPUBLISH, "label": _("Unpublish")})
        return buttons

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        restoring = context.get("revert") or context.get("recover")
        context["workflow_buttons"] = [] if restoring else self.workflow_buttons(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        before = Article.objects.filter(pk=obj.pk).values("status", "publication_date", "expires_at", "pinned").first()
        before = before or {"status": None, "publication_date": None, "expires_at": None, "pinned": False}
        if not self.has_publish_permission(request):
            publishing = obj.status == Article.Status.PUBLISHED and before["status"] != Article.Status.PUBLISHED
            moved = before["status"] == Article.Status.PUBLISHED and any(
                getattr(obj, name) != before[name] for name in PUBLICATION_FIELDS
            )
            if publishing or moved or (obj.pinned and not before["pinned"]):
                raise PermissionDenied
        super().save_model(request, obj, form, change)
        form.workflow_message = workflow.describe_change(before["status"], before["publication_date"], obj)
        if form.workflow_message:
            self.message_user(request, f"“{obj}”: {form.workflow_message}", messages.SUCCESS)
        if obj.pinned and not before["pinned"]:
            self.log_unpinned(request, obj, workflow.unpin_others(obj))

    def construct_change_message(self, request, form, formsets, add=False):
        """The admin's list of changed fields, led by what happened to the
        item's publication ("Scheduled for 27 Oct 2020 18:00 London.")."""
        message = super().construct_change_message(request, form, formsets, add)
        transition = getattr(form, "workflow_message", "")
        if not transition:
            return message
        fields = LogEntry(change_message=json.dumps(message)).get_change_message() if message else ""
        return " ".join(part for part in (transition, fields) if part)

    # Actions on the article list.

    def run_transition(self, request, queryset, transition):
        done = 0
        for article in queryset:
            try:
                message = transition(article)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.WARNING)
                continue
            self.log_workflow(request, article, message)
            done += 1
        return done

    def log_workflow(self, request, article, message):
        """An entry in the item's admin history, with who did it."""
        self.log_change(request, article, message)

    def log_unpinned(self, request, pinned, others):
        for other in others:
            self.log_workflow(
                request, other, _("Unpinned: “%(title)s” was pinned instead.") % {"title": pinned.title}
            )
            self.message_user(request, _("“%(title)s” is no longer pinned.") % {"title": other.title})

    @admin.action(description=gettext_lazy("Submit for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        done = self.run_transition(request, queryset, workflow.submit_for_review)
        if done:
            self.message_user(request, _("%(count)d item(s) submitted for review.") % {"count": done})

    @admin.action(description=gettext_lazy("Publish now"), permissions=["publish"])
    def publish_now(self, request, queryset):
        done = self.run_transition(request, queryset, workflow.publish_now)
        if done:
            self.message_user(request, _("%(count)d item(s) published.") % {"count": done})

    @admin.action(description=gettext_lazy("Unpublish"), permissions=["publish"])
    def unpublish(self, request, queryset):
        done = self.run_transition(request, queryset, workflow.unpublish)
        if done:
            self.message_user(request, _("%(count)d item(s) unpublished.") % {"count": done})

    @admin.action(description=gettext_lazy("Pin to home page"), permissions=["publish"])
    def pin_to_home_page(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Select exactly one item to pin."), messages.WARNING)
            return
        article = queryset.get()
        others = workflow.pin(article)
        self.log_workflow(request, article, _("Pinned to the home page."))
        self.log_unpinned(request, article, others)
        if revision_is_active():  # one revision holds every item the action changed
            set_comment(
                " ".join(
                    [_("“%(title)s” pinned to the home page.") % {"title": article.title}]
                    + [_("“%(title)s” unpinned.") % {"title": other.title} for other in others]
                )
            )
        if article.category.is_featured:
            self.message_user(request, _("“%(title)s” is pinned to the home page.") % {"title": article.title})
        else:
            self.message_user(
                request,
                _(
                    "“%(title)s” is pinned, but the home page features another category: it shows there "
                    "once “%(category)s” is the featured category."
                )
                % {"title": article.title, "category": article.category.name},
                messages.WARNING,
            )

    # The article list: the review queue and the upcoming releases.

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            "in_review_count": Article.objects.in_review().count(),
            "can_publish": self.has_publish_permission(request),
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "upcoming/",
                self.admin_site.admin_view(self.upcoming_view),
                name=f"{opts.app_label}_{opts.model_name}_upcoming",
            ),
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{opts.app_label}_{opts.model_name}_compare",
            ),
            *super().get_urls(),
        ]

    def upcoming_view(self, request):
        """Scheduled items in the order they will go live."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        articles = Article.objects.scheduled().select_related("category", "author").order_by("publication_date", "pk")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Upcoming releases"),
            "subtitle": None,
            "articles": articles,
            "changelist_url": reverse(f"{self.admin_site.name}:news_article_changelist"),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/news/article/upcoming.html", context)

    # History: every save is a revision (django-reversion); editors compare
    # two of them and restore one.

    def versions(self, obj):
        return (
            Version.objects.get_for_object(obj)
            .select_related("revision", "revision__user")
            .order_by("-revision__date_created", "-pk")
        )

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        context = {"can_restore": self.has_publish_permission(request), **(extra_context or {})}
        if obj is not None:
            opts = self.model._meta
            context["action_list"] = [
                {
                    "version": version,
                    "revision": version.revision,
                    "url": reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                        args=[obj.pk, version.pk],
                    ),
                }
                for version in self.versions(obj)
            ]
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id):
        """What changed between two versions (``?from=<id>&to=<id>``)."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        history_url = reverse(f"{self.admin_site.name}:news_article_history", args=[obj.pk])
        versions = self.versions(obj)
        try:
            chosen = [versions.get(pk=int(request.GET[key])) for key in ("from", "to")]
        except (KeyError, ValueError, Version.DoesNotExist):
            self.message_user(request, _("Choose two versions of this item to compare."), messages.WARNING)
            return HttpResponseRedirect(history_url)
        older, newer = sorted(chosen, key=lambda version: (version.revision.date_created, version.pk))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": obj,
            "title": _("Compare versions: %(title)s") % {"title": obj},
            "subtitle": None,
            "older": older,
            "newer": newer,
            "changes": revisions.changes(older, newer),
            "history_url": history_url,
            "can_restore": self.has_publish_permission(request),
            "restore_url": reverse(f"{self.admin_site.name}:news_article_revision", args=[obj.pk, older.pk]),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/news/article/compare.html", context)

    def refuse_unless_editor(self, request):
        """Restoring a version can publish or move an item: editors only."""
        if not self.has_publish_permission(request):
            raise PermissionDenied

    def revision_view(self, request, object_id, version_id, extra_context=None):
        self.refuse_unless_editor(request)
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        self.refuse_unless_editor(request)
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        self.refuse_unless_editor(request)
        return super().recoverlist_view(request, extra_context)
