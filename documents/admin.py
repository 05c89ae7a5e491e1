"""
The document library in the admin, and the documents of an item on the
article form (an ordered inline: choose from the library with the
autocomplete, or upload a new PDF with "+").
"""

from django.contrib import admin
from django.db.models import Count
from django.forms.formsets import INITIAL_FORM_COUNT, TOTAL_FORM_COUNT
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from core.admin_links import protected_line
from core.files import delete_files_on_rollback
from documents.models import Attachment, Document, DocumentInUse, in_use_items
from news.models import Article


def may_change_document(user, document):
    """Editors change any document; press officers only the ones no published item lists
    (live, scheduled or expired): a new file or title would reach the public at once,
    without an editor. As ``news.workflow.may_change_image`` for images."""
    from news.workflow import can_publish

    return can_publish(user) or not Article.objects.published().filter(attachments__document=document).exists()


@admin.register(Document)
class DocumentAdmin(TranslationAdmin):
    """The library. The title has a field per language (django-modeltranslation); the Russian
    one may be left empty, and the Russian site then shows the English title."""

    list_display = ["title", "original_name", "size_label", "pages", "items_count", "created", "uploaded_by"]
    list_select_related = ["uploaded_by"]
    search_fields = ["title", "original_name"]
    date_hierarchy = "created"
    readonly_fields = [
        "file_link",
        "original_name",
        "size_label",
        "pages",
        "items",
        "uploaded_by",
        "created",
        "updated",
    ]
    fieldsets = [
        (None, {"fields": ["title", "file"]}),
        (
            _("Stored document"),
            {"fields": ["file_link", "original_name", "size_label", "pages", "items", "uploaded_by", "created"]},
        ),
    ]

    def get_fieldsets(self, request, obj=None):
        # The stored file's details only exist once it has been uploaded.
        fieldsets = super().get_fieldsets(request, obj)
        return fieldsets if obj else fieldsets[:1]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(items_total=Count("attachments", distinct=True))

    @admin.display(description=_("size"), ordering="size")
    def size_label(self, obj):
        return obj.human_size

    @admin.display(description=_("items"), ordering="items_total")
    def items_count(self, obj):
        return getattr(obj, "items_total", None)

    @admin.display(description=_("file"))
    def file_link(self, obj):
        return format_html('<a href="{}" type="application/pdf">{}</a>', obj.get_absolute_url(), obj.original_name)

    @admin.display(description=_("listed on"))
    def items(self, obj):
        articles = Article.objects.filter(attachments__document=obj).distinct().order_by("-publication_date", "pk")
        if not articles:
            return "—"
        return format_html_join(
            ", ",
            '<a href="{}">{}</a> ({})',
            (
                (reverse(f"{self.admin_site.name}:news_article_change", args=[a.pk]), a.title, a.state.label)
                for a in articles
            ),
        )

    def changeform_view(self, request, *args, **kwargs):
        # The admin saves inside a transaction; when anything after the save
        # fails and rolls it back, the stored file goes too.
        with delete_files_on_rollback():
            return super().changeform_view(request, *args, **kwargs)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or may_change_document(request.user, obj)

    def get_deleted_objects(self, objs, request):
        """What deleting these documents would take with it, for the delete page and the
        list's "Delete selected" action: a live or scheduled item listing one of them is
        protected (named, with a link), and the delete is refused."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        documents = Document.objects.filter(pk__in=[obj.pk for obj in objs])
        items = in_use_items().filter(attachments__document__in=documents).distinct().order_by("title", "pk")
        protected = [*protected, *(self.protected_item(article) for article in items)]
        return deleted, counts, perms_needed, protected

    def protected_item(self, article):
        """ "Article: <a>Title</a> (Live)", as Django lists a protected item."""
        return protected_line(self.admin_site, article, article.state.label)

    def delete_model(self, request, obj):
        try:
            super().delete_model(request, obj)
        except DocumentInUse as error:  # listed on a live item meanwhile
            self.message_user(request, error.args[0], level="error")

    def delete_queryset(self, request, queryset):
        try:
            super().delete_queryset(request, queryset)
        except DocumentInUse as error:
            self.message_user(request, error.args[0], level="error")

    def save_model(self, request, obj, form, change):
        if not change and obj.uploaded_by_id is None:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)


class AttachmentFormSet(BaseInlineFormSet):
    """A POST that carries no documents' part at all (a form opened before the documents
    came, a script) leaves the item's documents as they are instead of being refused."""

    def __init__(self, data=None, *args, **kwargs):
        prefix = kwargs.get("prefix") or self.get_default_prefix()
        if data is not None and f"{prefix}-{TOTAL_FORM_COUNT}" not in data:
            data = data.copy()
            data.update({f"{prefix}-{TOTAL_FORM_COUNT}": "0", f"{prefix}-{INITIAL_FORM_COUNT}": "0"})
        super().__init__(data, *args, **kwargs)


class AttachmentInline(admin.TabularInline):
    """The item's documents, in order, on the article form."""

    model = Attachment
    formset = AttachmentFormSet
    fields = ["document", "order"]
    autocomplete_fields = ["document"]
    extra = 1
    verbose_name = _("document")
    verbose_name_plural = _("Documents (PDF), listed on the item's page in this order")

    def _article_changeable(self, request, obj):
        """The item's documents change with the item: not on a page the user may only view."""
        article_admin = self.admin_site.get_model_admin(Article)
        return obj is None or article_admin.has_change_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._article_changeable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._article_changeable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._article_changeable(request, obj)
