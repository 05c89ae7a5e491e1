"""
The editorial workflow in the article admin: roles enforced on the server,
the publish / schedule / unpublish buttons and actions, the review queue, the
"Upcoming" view and the history of who did what.

Press officers (no ``news.publish_article``) can write drafts and submit them
for review. Whatever a crafted POST says, they cannot publish, pin or delete,
and a published item (live, scheduled or expired) is read-only for them: any
change to it would reach the public without an editor. Fields they may not
set are read-only for them, a request that sends them anyway is refused with
403, and ``save_model`` checks the result once more before anything is written.

Everything that changes what the public sees is also recorded in the audit
trail (``embassy.audit``): see ``news.workflow.audit_change``.
"""

import json
from contextlib import nullcontext

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured, PermissionDenied, ValidationError
from django.db import connections, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion import is_active as revision_is_active
from reversion import set_comment
from reversion.admin import _RollBackRevisionView
from reversion.errors import RevertError
from reversion.models import Version
from reversion.utils import mute_signals

from embassy import audit
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
        author = self.fields.get("author")
        if author is not None and self.instance.author_id:
            # The item's author stays a choice after leaving the newsroom.
            author.queryset = author.queryset | author.queryset.model.objects.filter(pk=self.instance.author_id)
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
        return " ".join(
            [
                who_changed_it(self.instance, self.editor, when),
                _(
                    "Your changes have not been saved. Open the item in a new tab to see the current "
                    "version; to replace it with yours, save again."
                ),
            ]
        )

    def check_pin(self, cleaned_data):
        """Only a live item can be newly pinned (see ``workflow.pin``)."""
        if not cleaned_data.get("pinned") or self.instance.pinned:
            return
        value = {
            name: cleaned_data[name] if name in cleaned_data else getattr(self.instance, name)
            for name in ("status", "publication_date", "expires_at")
        }
        now = timezone.now()
        live = (
            value["status"] == Article.Status.PUBLISHED
            and value["publication_date"] is not None
            and value["publication_date"] <= now
            and (value["expires_at"] is None or value["expires_at"] > now)
        )
        if not live:
            self.add_error(
                "pinned",
                _(
                    "Only a live item can be pinned: pinning it now would take the pinned item off the "
                    "home page before this one shows. Publish it first, then pin it."
                ),
            )

    def clean(self):
        cleaned_data = super().clean()
        self.check_edit_token()
        for name in ("publication_date", "expires_at"):
            # The form shows whole seconds: a time it sends back unchanged is
            # no new time (nor a "reschedule" in the history and audit trail).
            stored, value = getattr(self.instance, name), cleaned_data.get(name)
            if self.instance.pk and stored and value and value == stored.replace(microsecond=0):
                cleaned_data[name] = stored
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
        self.check_pin(cleaned_data)
        return cleaned_data


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

    def has_change_permission(self, request, obj=None):
        """A published item (live, scheduled or expired) is read-only for
        press officers: they see its view-only page. A change to it would
        reach the public without an editor (issue: press officers write
        drafts, editors publish)."""
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or obj.status != Article.Status.PUBLISHED or self.has_publish_permission(request)

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

    def get_fieldsets(self, request, obj=None):
        """On a view-only page the body is shown as formatted text
        (``body_as_html``), not as its HTML source."""
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        return [
            (name, {**options, "fields": ["body_as_html" if f == "body" else f for f in options["fields"]]})
            for name, options in fieldsets
        ]

    @admin.display(description=gettext_lazy("body"))
    def body_as_html(self, obj):
        # Sanitised on save already; sanitised again here with the field's
        # own sanitiser so that nothing unsafe can reach the admin page.
        body = Article._meta.get_field("body").sanitize(obj.body or "")
        return mark_safe(f'<div class="readonly-body">{body}</div>')

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
            if obj is not None and not self.has_change_permission(request, obj):
                return self.refuse_change(request, obj)
            self.refuse_crafted_post(request, obj)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def refuse_change(self, request, obj):
        """A POST to an item this user may only view. From a form opened
        before somebody published the item: say who did, and show the item as
        it is now. Otherwise the admin offered no form, so somebody wrote
        the request by hand: 403."""
        token = request.POST.get("edit_token")
        if not self.has_view_permission(request, obj) or not token or token == obj.updated.isoformat():
            raise PermissionDenied
        self.message_user(
            request,
            " ".join(
                [
                    who_changed_it(obj, request.user, obj.updated),
                    _("Your changes have not been saved: the item is published now, and only editors can change it."),
                ]
            ),
            messages.ERROR,
        )
        return redirect(f"{self.admin_site.name}:news_article_change", obj.pk)

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

    def stored_state(self, request, obj):
        """The item's status, times and pin before this save (while restoring
        a version: before the restore, see ``_reversion_revisionform_view``)."""
        restoring = getattr(request, "article_restore", None)
        if restoring is not None and restoring["pk"] == obj.pk:
            return restoring["before"]
        stored = Article.objects.filter(pk=obj.pk).values(*workflow.PUBLICATION_STATE).first() if obj.pk else None
        return stored or dict(workflow.NEW_ITEM_STATE)

    def save_model(self, request, obj, form, change):
        before = self.stored_state(request, obj)
        if not self.has_publish_permission(request):
            publishing = obj.status == Article.Status.PUBLISHED and before["status"] != Article.Status.PUBLISHED
            moved = before["status"] == Article.Status.PUBLISHED and any(
                getattr(obj, name) != before[name] for name in PUBLICATION_FIELDS
            )
            if publishing or moved or (obj.pinned and not before["pinned"]):
                raise PermissionDenied
        super().save_model(request, obj, form, change)
        workflow.audit_change(before, obj)
        form.workflow_message = workflow.describe_change(before["status"], before["publication_date"], obj)
        if form.workflow_message:
            self.message_user(request, f"“{obj}”: {form.workflow_message}", messages.SUCCESS)
        if obj.pinned and not before["pinned"]:
            self.log_unpinned(request, obj, workflow.unpin_others(obj))

    def delete_model(self, request, obj):
        fields = audit.article_fields(obj)
        super().delete_model(request, obj)
        audit.log("article_deleted", "Article deleted", request, **fields)

    def delete_queryset(self, request, queryset):
        deleted = [audit.article_fields(article) for article in queryset]
        super().delete_queryset(request, queryset)
        for fields in deleted:
            audit.log("article_deleted", "Article deleted", request, **fields)

    def construct_change_message(self, request, form, formsets, add=False):
        """The admin's list of changed fields, led by what happened to the
        item's publication ("Scheduled for 27 Oct 2020 18:00 London.")."""
        message = super().construct_change_message(request, form, formsets, add)
        transition = " ".join(
            part for part in (self.restore_message(request), getattr(form, "workflow_message", "")) if part
        )
        if not transition:
            return message
        fields = LogEntry(change_message=json.dumps(message)).get_change_message() if message else ""
        return " ".join(part for part in (transition, fields) if part)

    # Actions on the article list.

    def run_transition(self, request, queryset, transition, done_message):
        """Apply ``transition`` to each selected item, log each in its history,
        and tell the user how many it applied to (``done_message`` has %(count)d)."""
        done = 0
        for article in queryset:
            try:
                message = transition(article)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.WARNING)
                continue
            self.log_workflow(request, article, message)
            done += 1
        if done:
            self.message_user(request, done_message % {"count": done})
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
        self.run_transition(
            request, queryset, workflow.submit_for_review, gettext_lazy("%(count)d item(s) submitted for review.")
        )

    @admin.action(description=gettext_lazy("Publish now"), permissions=["publish"])
    def publish_now(self, request, queryset):
        self.run_transition(request, queryset, workflow.publish_now, gettext_lazy("%(count)d item(s) published."))

    @admin.action(description=gettext_lazy("Unpublish"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self.run_transition(request, queryset, workflow.unpublish, gettext_lazy("%(count)d item(s) unpublished."))

    @admin.action(description=gettext_lazy("Pin to home page"), permissions=["publish"])
    def pin_to_home_page(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Select exactly one item to pin."), messages.WARNING)
            return
        article = queryset.get()
        try:
            others = workflow.pin(article)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.WARNING)
            return
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

    def restore_message(self, request):
        """The history's words for a restore ("Reverted to previous version,
        saved on 26 Oct 2020 09:30 London by pavel."), or "" when not restoring."""
        restoring = getattr(request, "article_restore", None)
        if restoring is None:
            return ""
        revision = restoring["version"].revision
        values = {"time": workflow.london(revision.date_created)}
        if revision.user is None:
            return _("Reverted to previous version, saved on %(time)s.") % values
        return _("Reverted to previous version, saved on %(time)s by %(user)s.") % {
            **values,
            "user": revision.user.get_username(),
        }

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        """
        django-reversion's restore (and recover) view, restoring this item's
        version only. Reversion's own view reverts the whole revision: every
        object saved with it, so restoring one item's version from a bulk
        "Publish now" or a pin would put back the other items of that action
        too (republishing or unpinning them). Otherwise the same: on GET the
        restored form is shown and everything rolled back; on POST the form is
        saved as a new version.

        Who restored which version is kept in the admin history and the audit
        trail ("article_restored").
        """
        if not connections[version.db].features.uses_savepoints:
            raise ImproperlyConfigured("Cannot use VersionAdmin with a database that does not support savepoints.")
        if request.method == "GET":
            # Viewing changes nothing: no signal handler may act on the rolled-back revert.
            signal_context = mute_signals(pre_save, post_save, pre_delete, post_delete, m2m_changed)
        else:
            signal_context = nullcontext()
        try:
            with transaction.atomic(using=version.db), signal_context:
                stored = Article.objects.filter(pk=version.object_id).first()
                request.article_restore = {
                    "pk": int(version.object_id),
                    "version": version,
                    "before": workflow.publication_state(stored) if stored else dict(workflow.NEW_ITEM_STATE),
                    "before_fields": audit.article_fields(stored) if stored else {},
                }
                version.revert()  # this item only, not the whole revision
                with self.create_revision(request):
                    # On a successful POST the revision's comment is the admin
                    # history's message, led by ``restore_message``.
                    response = self.changeform_view(request, quote(version.object_id), request.path, extra_context)
                    saved = request.method == "POST" and response.status_code == 302
                    if not saved and response.status_code == 200:
                        # Showing the form (or its errors): undo the revert.
                        response.template_name = template_name
                        response.render()
                        raise _RollBackRevisionView(response)
                    if not saved:
                        message = _("Could not load %(object_repr)s version - not found")
                        raise RevertError(message % {"object_repr": version.object_repr})
        except (RevertError, models.ProtectedError) as error:
            messages.error(request, force_str(error))
            return redirect(f"{self.admin_site.name}:news_article_changelist")
        except _RollBackRevisionView as rolled_back:
            return rolled_back.response
        self.audit_restore(request, version)
        return response

    def audit_restore(self, request, version):
        article = Article.objects.filter(pk=version.object_id).first()
        if article is None:
            return
        before = request.article_restore["before_fields"]
        audit.article_event(
            "article_restored",
            "Article restored to an earlier version",
            article,
            request,
            version_id=version.pk,
            version_date=version.revision.date_created.isoformat(),
            status_before=before.get("status"),
            publication_date_before=before.get("publication_date"),
        )
        if before.get("status") != article.status:
            # The status changed under the restore's raw revert, out of the signal's sight.
            audit.article_event(
                "publication_changed",
                f"Article status {before.get('status') or 'new'} -> {article.status}",
                article,
                request,
                status_before=before.get("status"),
            )

    def recover_view(self, request, version_id, extra_context=None):
        self.refuse_unless_editor(request)
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        self.refuse_unless_editor(request)
        return super().recoverlist_view(request, extra_context)
