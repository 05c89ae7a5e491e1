from django.contrib import admin

from core.translated_admin import TranslatedFieldsMixin
from masthead.models import IncidentCounter


@admin.register(IncidentCounter)
class IncidentCounterAdmin(TranslatedFieldsMixin, admin.ModelAdmin):
    list_display = ["__str__", "start_date", "days", "is_active", "order"]
    list_editable = ["is_active", "order"]
    list_filter = ["is_active"]
