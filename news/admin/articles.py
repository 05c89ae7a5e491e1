"""
The article admin. Saving, deleting and each button go through the
publishing door (``news.workflow``); this module wires the form, the
permissions, the actions and the history together.
"""

import json

from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion.admin import VersionAdmin

from core.languages import DEFAULT
from core.translated_admin import TranslatedFieldsMixin
from documents.admin import AttachmentInline
from images.admin import scaled_img
from news import desk, workflow
from news.admin.actions import ArticleActionsMixin
from news.admin.changelist import ArticleChangeList, IndexPaginator
from news.admin.forms import BUTTONS, ArticleAdminForm
from news.admin.history import ArticleHistoryMixin
from news.admin.permissions import ArticlePermissionsMixin
from news.admin.related import RelatedItemInline
from news.models import Article


class StateFilter(admin.SimpleListFilter):
    title = gettext_lazy("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return Article.State.choices

    def queryset(self, request, queryset):
        return {
            Article.State.DRAFT: queryset.drafts,
            Article.State.REVIEW: queryset.in_review,
            Article.State.SCHEDULED: queryset.scheduled,
            Article.State.LIVE: queryset.live,
            Article.State.EXPIRED: queryset.expired,
        }.get(self.value(), queryset.all)()


@admin.register(Article)
class ArticleAdmin(
    ArticlePermissionsMixin, TranslatedFieldsMixin, ArticleActionsMixin, ArticleHistoryMixin, VersionAdmin
):
    form = ArticleAdminForm
    # The Russian title and lead beside the English ones; the Russian body under the English one.
    stacked_translations = ("body",)
    change_list_template = "admin/news/article/change_list.html"
    list_display = ["title", "category", "publication_date", "state_badge", "pinned"]
    list_filter = [desk.DeskFilter, StateFilter, "category", "pinned"]
    list_select_related = ["category"]
    show_full_result_count = False  # one count per list, not a second one of every item
    paginator = IndexPaginator
    # Either language's title (each from its trigram index on PostgreSQL: news 0017).
    search_fields = ["title_en", "title_ru"]
    date_hierarchy = "publication_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["image"]
    inlines = [AttachmentInline, RelatedItemInline]
    readonly_fields = ["created", "updated", "lead_image_thumbnail"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "lead", "body"]}),
        (
            gettext_lazy("Publication"),
            {"fields": ["status", "publication_date", "expires_at", "pinned", "author"]},
        ),
        (gettext_lazy("Lead image"), {"fields": [("image", "lead_image_thumbnail")]}),
        (gettext_lazy("History"), {"fields": ["created", "updated"], "classes": ["collapse"]}),
    ]

    class Media:
        css = {"all": ["css/admin.css"]}
        js = ["js/admin/article_form.js"]

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    def get_ordering(self, request):
        # A shelf of the desk ("see all") lists in the desk's order.
        return desk.ordering(request) or super().get_ordering(request)

    @admin.display(description=gettext_lazy("state"), ordering="status")
    def state_badge(self, obj):
        return format_html(
            '<span class="state-badge state-badge--{}">{}</span>', obj.state, workflow.state_label(obj)
        )

    @admin.display(description=gettext_lazy("current lead image"))
    def lead_image_thumbnail(self, obj):
        if obj is None or obj.image is None:
            return "—"
        image = obj.image
        small = image.rendition_list[0] if image.rendition_list else image.default_rendition
        return scaled_img(small, 160, alt=image.alt_text)

    def view_on_site(self, obj):
        """"View on site" only where the public can see the item; the change
        form's "Preview" link shows any item to staff."""
        return obj.get_absolute_url() if obj.is_live(DEFAULT) else None

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "author":
            # A plain list of the newsroom: an autocomplete would need
            # auth.view_user, which neither editors nor press officers have.
            # (The form keeps an item's former author in the list too.)
            kwargs["queryset"] = (
                get_user_model()
                .objects.filter(is_active=True, is_staff=True)
                .order_by("first_name", "last_name", "username")
            )
            field = super().formfield_for_foreignkey(db_field, request, **kwargs)
            field.label_from_instance = author_label
            return field
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        intent = next((name for name in BUTTONS if name in request.POST), None)
        restoring = getattr(request, "restoring_version", None)
        return type(form.__name__, (form,), {"intent": intent, "editor": request.user, "restoring": restoring})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        obj = None
        try:
            if request.method == "POST":
                obj = self.get_object(request, unquote(object_id)) if object_id else None
                if obj is not None and not self.has_change_permission(request, obj):
                    self.refuse_change(request, obj)
                self.refuse_crafted_post(request, obj)
            return super().changeform_view(request, object_id, form_url, extra_context)
        except PermissionDenied as error:
            return self.refusal(request, error, obj)

    def delete_view(self, request, object_id, extra_context=None):
        try:
            return super().delete_view(request, object_id, extra_context)
        except PermissionDenied as error:
            return self.refusal(request, error, self.get_object(request, unquote(object_id)))

    def revision_view(self, request, object_id, version_id, extra_context=None):
        try:
            return super().revision_view(request, object_id, version_id, extra_context)
        except PermissionDenied as error:
            return self.refusal(request, error)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        restoring = context.get("revert") or context.get("recover")
        context["workflow_buttons"] = [] if restoring else self.workflow_buttons(request, obj)
        context["readonly_reason"] = self.readonly_reason(request, obj)
        if obj is not None and obj.pk and not restoring:
            # The heading names the item as saved, never a title typed but refused.
            context["subtitle"] = Article.objects.filter(pk=obj.pk).values_list("title", flat=True).first()
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        details = {"version": form.restoring} if form.restoring is not None else {}
        done = workflow.commit(obj, request.user, form.action, before=form.publication_before, **details)
        form.workflow_message = workflow.describe_change(
            done.before.status if done.before else None, done.before.publication_date if done.before else None, obj
        )
        if form.workflow_message:
            self.message_user(request, f"“{obj}”: {form.workflow_message}", messages.SUCCESS)
        typed = form.data.get(form.add_prefix("slug"), "").strip()
        if typed and typed != obj.slug:
            self.message_user(
                request, _("Its web address is …/%(slug)s/ (cleaned from what was typed).") % {"slug": obj.slug}
            )
        if done.after.pinned and not (done.before and done.before.pinned):
            self.report_pinned(request, done)

    def delete_model(self, request, obj):
        workflow.delete(obj, request.user)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            workflow.delete(article, request.user)

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

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            "in_review_count": Article.objects.in_review().count(),
            "can_publish": self.has_publish_permission(request),
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context)


def author_label(user):
    """"Olga Ivanova (olga)", or the user name alone."""
    name = user.get_full_name()
    return f"{name} ({user.get_username()})" if name else user.get_username()
