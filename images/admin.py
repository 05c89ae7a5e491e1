from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core.admin_links import protected_line
from core.translated_admin import TranslatedFieldsMixin
from images.models import Image, delete_files_on_rollback


def scaled_img(rendition, max_width, alt):
    """An ``<img>`` at most ``max_width`` pixels wide (sized by attributes:
    the admin's content security policy allows no inline styles)."""
    width = min(rendition["width"], max_width)
    height = round(rendition["height"] * width / rendition["width"]) if rendition["width"] else 0
    return format_html('<img src="{}" alt="{}" width="{}" height="{}">', rendition["url"], alt, width, height)


@admin.register(Image)
class ImageAdmin(TranslatedFieldsMixin, admin.ModelAdmin):
    list_display = ["thumbnail", "alt_text", "size", "created", "uploaded_by"]
    list_display_links = ["thumbnail", "alt_text"]
    list_select_related = ["uploaded_by"]
    search_fields = ["alt_text", "caption", "credit"]
    date_hierarchy = "created"
    readonly_fields = ["preview", "editor_url", "size", "rendition_links", "uploaded_by", "created", "updated"]
    fieldsets = [
        (None, {"fields": ["file", "alt_text", "caption", "credit"]}),
        (_("Stored image"), {"fields": ["preview", "editor_url", "size", "rendition_links", "uploaded_by", "created"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        # The stored image's details only exist once it has been uploaded.
        fieldsets = super().get_fieldsets(request, obj)
        return fieldsets if obj else fieldsets[:1]

    @admin.display(description=_("image"))
    def thumbnail(self, obj):
        small = obj.rendition_list[0] if obj.rendition_list else obj.default_rendition
        return scaled_img(small, 120, alt="")

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return scaled_img(obj.default_rendition, 480, alt=obj.alt_text)

    @admin.display(description=_("address for the body editor"))
    def editor_url(self, obj):
        return format_html(
            '<input type="text" readonly value="{}" size="70" aria-label="{}"><div class="help">{}</div>',
            obj.file.url,
            _("Image address"),
            _(
                "To show this image in an article's text, choose Image (or Figure) in the editor's "
                "toolbar and paste this address. The site serves the right size for each screen and "
                "uses this image's alt text when the editor's is left empty."
            ),
        )

    @admin.display(description=_("size in pixels"))
    def size(self, obj):
        return f"{obj.width} × {obj.height}"

    @admin.display(description=_("renditions"))
    def rendition_links(self, obj):
        return format_html_join(
            ", ", '<a href="{}">{} × {}</a>', ((r["url"], r["width"], r["height"]) for r in obj.rendition_list)
        )

    def changeform_view(self, request, *args, **kwargs):
        # The admin saves inside a transaction; when anything after the save
        # fails and rolls it back, the files stored for the image go too.
        with delete_files_on_rollback():
            return super().changeform_view(request, *args, **kwargs)

    def has_change_permission(self, request, obj=None):
        """An image a published article shows is read-only for press officers
        (they see its view-only page): see ``news.workflow.may_change_image``."""
        from news.workflow import may_change_image

        if not super().has_change_permission(request, obj):
            return False
        return obj is None or may_change_image(request.user, obj)

    def get_deleted_objects(self, objs, request):
        """What deleting these images would take with it, for the delete page
        and the list's "Delete selected" action. An item that shows one of
        them in its text would break, as a lead image's item would (the
        database protects those): both are listed as protected, and the
        delete is refused."""
        from news.models import Article

        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        in_text = Article.objects.showing_in_text(objs).exclude(image__in=objs).order_by("title", "pk")
        protected = [*protected, *(self.protected_item(article) for article in in_text)]
        return deleted, counts, perms_needed, protected

    def protected_item(self, article):
        """"Article: <a>Title</a> (in its text)", as Django lists a protected item."""
        return protected_line(self.admin_site, article, _("in its text"))

    def save_model(self, request, obj, form, change):
        if not change and obj.uploaded_by_id is None:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)
