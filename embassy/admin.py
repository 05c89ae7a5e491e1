from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from embassy.models import IncidentCounter

admin.site.site_header = _("Embassy website administration")
admin.site.site_title = _("Embassy website")
admin.site.index_title = _("Content")


@admin.register(IncidentCounter)
class IncidentCounterAdmin(admin.ModelAdmin):
    list_display = ["__str__", "start_date", "days", "is_active", "order"]
    list_editable = ["is_active", "order"]
    list_filter = ["is_active"]
