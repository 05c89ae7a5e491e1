from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from notices.models import Notice


class WhenShownFilter(admin.SimpleListFilter):
    title = _("when shown")
    parameter_name = "shown"

    def lookups(self, request, model_admin):
        return [("now", _("Shown now")), ("scheduled", _("Not shown yet")), ("ended", _("No longer shown"))]

    def queryset(self, request, queryset):
        now = timezone.now()
        return {
            "now": lambda: queryset.current(now),
            "scheduled": lambda: queryset.scheduled(now),
            "ended": lambda: queryset.ended(now),
        }.get(self.value(), lambda: queryset)()


@admin.register(Notice)
class NoticeAdmin(TranslationAdmin):
    """The text in each language (English required; without Russian, Russian pages show the English)."""

    list_display = ["text", "severity", "starts_at", "ends_at", "shown_now"]
    list_filter = [WhenShownFilter, "severity"]
    search_fields = ["text"]
    fieldsets = [
        (None, {"fields": ["text", "severity"]}),
        (
            _("When it is shown"),
            {
                "fields": ["starts_at", "ends_at"],
                "description": _(
                    "The notice appears above the masthead of every public page at its start and leaves at "
                    "its end, by itself. Times are London time (GMT/BST)."
                ),
            },
        ),
    ]

    @admin.display(boolean=True, description=_("shown now"))
    def shown_now(self, notice):
        return notice.is_current()
