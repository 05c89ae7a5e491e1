"""
Who may change what in the article admin, enforced on the server.

Press officers (no ``news.publish_article``) write drafts and submit them for
review. Whatever a crafted POST says, they cannot publish, pin or delete, and
a published item (live, scheduled or expired) is read-only for them: any
change to it would reach the public without an editor. Fields they may not
set are read-only for them; the publishing door (``news.workflow``) checks
the result once more before anything is written.

A refusal keeps the person in the admin: a page saying why, with what they
typed (``refusal``), never the public site's "Access denied" page.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from news import workflow
from news.admin.forms import EDITOR_BUTTONS, who_changed_it
from news.models import Article

# Only editors may set these...
EDITOR_ONLY_FIELDS = ["pinned"]
# ...and, once an item is published, these.
PUBLICATION_FIELDS = list(workflow.PUBLICATION_FIELDS)
# Never shown back on a refusal page.
NOT_SHOWN = {"csrfmiddlewaretoken", "edit_token", "_save", "_continue", "_addanother", "password"}


# The view-only page's formatted body for each language's body field.
BODY_AS_HTML = {"body": "body_as_html", "body_ru": "body_ru_as_html"}


def readonly_body(html):
    # Sanitised on save already; sanitised again here with the field's own sanitiser so that
    # nothing unsafe can reach the admin page.
    body = Article._meta.get_field("body").sanitize(html or "")
    return mark_safe(f'<div class="readonly-body">{body}</div>')


class ArticlePermissionsMixin:
    def has_publish_permission(self, request, obj=None):
        return workflow.can_publish(request.user)

    def has_change_permission(self, request, obj=None):
        """A published item (live, scheduled or expired) is read-only for
        press officers: they see its view-only page."""
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or obj.status != Article.Status.PUBLISHED or self.has_publish_permission(request)

    def readonly_reason(self, request, obj):
        """Why this user sees ``obj`` read-only, in one line ("" when they may change it)."""
        if obj is None or self.has_change_permission(request, obj):
            return ""
        if obj.status == Article.Status.PUBLISHED and super().has_change_permission(request, obj):
            return _("%(state)s: ask an editor to change it.") % {"state": obj.state.label}
        return _("You may read this item but not change it.")

    def locked_fields(self, request, obj=None):
        """Fields this user may not set on this item."""
        if self.has_publish_permission(request):
            return []
        locked = list(EDITOR_ONLY_FIELDS)
        if obj is not None and obj.status == Article.Status.PUBLISHED:
            locked += PUBLICATION_FIELDS
        return locked

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly + [name for name in self.locked_fields(request, obj) if name not in readonly]

    def get_fieldsets(self, request, obj=None):
        """On a view-only page the body (in each language) is shown as formatted text
        (``body_as_html``, ``body_ru_as_html``), not as its HTML source."""
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        return [
            (name, {**options, "fields": [BODY_AS_HTML.get(f, f) for f in options["fields"]]})
            for name, options in fieldsets
        ]

    @admin.display(description=gettext_lazy("body"))
    def body_as_html(self, obj):
        return readonly_body(obj.body_en)

    @admin.display(description=gettext_lazy("body [ru]"))
    def body_ru_as_html(self, obj):
        return readonly_body(obj.body_ru)

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [(s.value, s.label) for s in (Article.Status.DRAFT, Article.Status.REVIEW)]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def refuse_crafted_post(self, request, obj):
        """Refuse a POST carrying a field or a button this user does not get:
        the admin's own form never sends them."""
        if self.has_publish_permission(request):
            return
        if obj is not None and request.POST.get("edit_token", obj.updated.isoformat()) != obj.updated.isoformat():
            # The form was opened before somebody else changed the item (an
            # editor published it, say): the form refuses the save and says
            # who did it; locked fields are read-only there anyway.
            return
        locked = self.locked_fields(request, obj)
        for key in request.POST:
            if key in EDITOR_BUTTONS or key.removesuffix("_0").removesuffix("_1") in locked:
                raise PermissionDenied(_("Only editors can publish, schedule, unpublish or pin. Ask an editor."))

    def refuse_change(self, request, obj):
        """A POST to an item this user may only view: from a form opened
        before somebody published it, say who did; otherwise the admin
        offered no form."""
        token = request.POST.get("edit_token")
        if not self.has_view_permission(request, obj) or not token or token == obj.updated.isoformat():
            raise PermissionDenied(self.readonly_reason(request, obj) or None)
        raise PermissionDenied(
            " ".join(
                [
                    who_changed_it(obj, request.user, obj.updated),
                    _("Your changes have not been saved: the item is published now, and only editors can change it."),
                ]
            )
        )

    def refusal(self, request, error, obj=None):
        """The admin's page for a refused request: why, and what was typed
        (to copy it elsewhere), with the way back. Status 403."""
        opts = self.model._meta
        fields = {f.name: capfirst(f.verbose_name) for f in opts.fields}
        typed = []
        if request.method == "POST":
            for key, values in request.POST.lists():
                name = key.removesuffix("_0").removesuffix("_1")
                value = " ".join(v for v in values if v)
                if key in NOT_SHOWN or key.startswith("_") or key in ("action", "select_across", "index"):
                    continue
                if value:
                    typed.append({"label": fields.get(name, capfirst(name.replace("_", " "))), "value": value})
        reason = " ".join(str(m) for m in getattr(error, "args", ()) if m) or _(
            "You do not have permission to do this. Ask an editor."
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "title": _("Not saved") if typed else _("Not allowed"),
            "subtitle": None,
            "reason": reason,
            "typed": typed,
            "original": obj,
            "item_url": reverse(f"{self.admin_site.name}:news_article_change", args=[obj.pk])
            if obj is not None and self.has_view_or_change_permission(request, obj)
            else None,
            "changelist_url": reverse(f"{self.admin_site.name}:news_article_changelist"),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/news/article/refused.html", context, status=403)
