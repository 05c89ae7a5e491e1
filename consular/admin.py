from django.contrib import admin

from consular.models import Email, Office, Phone


class PhoneInline(admin.TabularInline):
    model = Phone
    extra = 1


class EmailInline(admin.TabularInline):
    model = Email
    extra = 1


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ["name", "is_masthead_contact", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]
    inlines = [PhoneInline, EmailInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "is_masthead_contact", "order"]}),
        (None, {"fields": ["address", "opening_hours", "notes"]}),
    ]
