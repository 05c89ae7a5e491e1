"""The article form's "See also": the items staff choose to show beside it, in order."""

from django.contrib import admin
from django.forms.formsets import TOTAL_FORM_COUNT
from django.forms.models import BaseInlineFormSet
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from news import workflow
from news.models import Article, RelatedItem


class RelatedItemFormSet(BaseInlineFormSet):
    """A save that does not send "See also" at all (a form opened before it was added, a script
    posting the item's own fields) leaves the item's related items as they are, instead of
    refusing the whole save as a tampered form."""

    @cached_property
    def not_sent(self):
        return self.is_bound and self.add_prefix(TOTAL_FORM_COUNT) not in self.data

    def is_valid(self):
        return self.not_sent or super().is_valid()

    def save(self, commit=True):
        if self.not_sent:
            self.new_objects, self.changed_objects, self.deleted_objects = [], [], []
            return []
        return super().save(commit)


class RelatedItemInline(admin.TabularInline):
    model = RelatedItem
    formset = RelatedItemFormSet
    fk_name = "article"
    fields = ["item", "order"]
    autocomplete_fields = ["item"]
    extra = 0
    verbose_name = _("related item")
    verbose_name_plural = _("See also")

    def _may_edit(self, request, obj):
        """As the item itself: a published item is read-only for press officers."""
        return obj is None or obj.status != Article.Status.PUBLISHED or workflow.can_publish(request.user)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may_edit(request, obj)
