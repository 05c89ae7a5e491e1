from django.contrib import admin

from core.translated_admin import TranslatedFieldsMixin
from news.models import ArticleRedirect, Category


@admin.register(Category)
class CategoryAdmin(TranslatedFieldsMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "is_featured", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(ArticleRedirect)
class ArticleRedirectAdmin(admin.ModelAdmin):
    """Former addresses of live items, kept when their slug or date changed;
    each answers with a 301 to the item's current address."""

    list_display = ["old_path", "article", "created"]
    list_select_related = ["article"]
    search_fields = ["old_path", "article__title"]
    readonly_fields = ["old_path", "article", "created"]

    def has_add_permission(self, request):
        return False
