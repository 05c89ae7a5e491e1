from django.contrib import admin

from branding.models import SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    """One row: it can be added once and changed, never deleted (the defaults would return
    silently)."""

    fields = ["logo", "logo_alt"]
    autocomplete_fields = ["logo"]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
