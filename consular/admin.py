from django.contrib import admin

from consular.models import Email, Office, Phone
from core.translated_admin import TranslatedFieldsMixin


class PhoneInline(TranslatedFieldsMixin, admin.TabularInline):
    model = Phone
    extra = 1


class EmailInline(TranslatedFieldsMixin, admin.TabularInline):
    model = Email
    extra = 1


@admin.register(Office)
class OfficeAdmin(TranslatedFieldsMixin, admin.ModelAdmin):
    list_display = ["name", "is_masthead_contact", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]
    inlines = [PhoneInline, EmailInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "is_masthead_contact", "order"]}),
        (None, {"fields": ["address", "opening_hours", "notes"]}),
    ]
