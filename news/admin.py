from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Subquery
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from news import workflow
from news.admin_workflow import ArticleWorkflowAdmin
from news.models import Article, ArticleRedirect, Category


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "is_featured", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class StateFilter(admin.SimpleListFilter):
    title = _("state")
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


class IndexPaginator(Paginator):
    """Pages found in an index: a deep page's keys are skipped to in the index alone and only
    its rows are read (``?p=500`` of 100,000 items costs what page 1 does, nearly)."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        keys = self.object_list.values("pk")[bottom:top]
        return self._get_page(self.object_list.filter(pk__in=Subquery(keys)), number, self)


class ArticleChangeList(ChangeList):
    """The article list loads no bodies nor search vectors (its columns need neither)."""

    def get_queryset(self, request, exclude_parameters=None):
        return super().get_queryset(request, exclude_parameters).defer("body", "search_vector")


@admin.register(Article)
class ArticleAdmin(ArticleWorkflowAdmin, VersionAdmin):
    list_display = ["title", "category", "publication_date", "state_badge", "pinned"]
    list_filter = [StateFilter, "category", "pinned"]
    list_select_related = ["category"]
    show_full_result_count = False  # one count per list, not a second one of every item
    paginator = IndexPaginator
    search_fields = ["title"]
    date_hierarchy = "publication_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["image"]
    readonly_fields = ["created", "updated"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "lead", "body"]}),
        (_("Publication"), {"fields": ["status", "publication_date", "expires_at", "pinned", "author"]}),
        (_("Lead image"), {"fields": ["image"]}),
        (_("History"), {"fields": ["created", "updated"], "classes": ["collapse"]}),
    ]

    class Media:
        css = {"all": ["css/admin.css"]}

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    @admin.display(description=_("state"), ordering="status")
    def state_badge(self, obj):
        return format_html(
            '<span class="state-badge state-badge--{}">{}</span>', obj.state, workflow.state_label(obj)
        )

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

    def save_model(self, request, obj, form, change):
        if not change and obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)


def author_label(user):
    """"Olga Ivanova (olga)", or the user name alone."""
    name = user.get_full_name()
    return f"{name} ({user.get_username()})" if name else user.get_username()


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
