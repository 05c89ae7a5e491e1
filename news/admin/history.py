"""
The article's history and releases in the admin: every save is a revision
(django-reversion); anyone in the newsroom compares two of them, editors
restore one. The "Upcoming releases" page lists scheduled items in release order.

Restoring uses reversion's public API only: the stored version's values
(``Version.field_dict``) fill the change form, the editor checks them and
saves, and the save goes through the publishing door like any other (action
``restore``). Only this item changes, never the other items saved in the
same revision (a bulk "Publish now" or a pin), and opening a version changes
nothing at all.
"""

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from reversion.models import Version

from news import revisions, workflow
from news.models import Article


class ArticleHistoryMixin:
    revision_form_template = "admin/news/article/revision_form.html"
    object_history_template = "admin/news/article/object_history.html"
    history_latest_first = True

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "upcoming/",
                self.admin_site.admin_view(self.upcoming_view),
                name=f"{opts.app_label}_{opts.model_name}_upcoming",
            ),
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{opts.app_label}_{opts.model_name}_compare",
            ),
            *super().get_urls(),
        ]

    def upcoming_view(self, request):
        """Scheduled items in the order they will go live."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        articles = Article.objects.scheduled().select_related("category", "author").order_by("publication_date", "pk")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Upcoming releases"),
            "subtitle": None,
            "articles": articles,
            "changelist_url": reverse(f"{self.admin_site.name}:news_article_changelist"),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/news/article/upcoming.html", context)

    def versions(self, obj):
        return (
            Version.objects.get_for_object(obj)
            .select_related("revision", "revision__user")
            .order_by("-revision__date_created", "-pk")
        )

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        context = {"can_restore": self.has_publish_permission(request), **(extra_context or {})}
        if obj is not None:
            opts = self.model._meta
            context["action_list"] = [
                {
                    "version": version,
                    "revision": version.revision,
                    "url": reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                        args=[obj.pk, version.pk],
                    ),
                }
                for version in self.versions(obj)
            ]
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id):
        """What changed between two versions (``?from=<id>&to=<id>``)."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        history_url = reverse(f"{self.admin_site.name}:news_article_history", args=[obj.pk])
        versions = self.versions(obj)
        try:
            chosen = [versions.get(pk=int(request.GET[key])) for key in ("from", "to")]
        except (KeyError, ValueError, Version.DoesNotExist):
            self.message_user(request, _("Choose two versions of this item to compare."), messages.WARNING)
            return HttpResponseRedirect(history_url)
        older, newer = sorted(chosen, key=lambda version: (version.revision.date_created, version.pk))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": obj,
            "title": _("Compare versions: %(title)s") % {"title": obj},
            "subtitle": None,
            "older": older,
            "newer": newer,
            "changes": revisions.changes(older, newer),
            "history_url": history_url,
            "can_restore": self.has_publish_permission(request),
            "restore_url": reverse(f"{self.admin_site.name}:news_article_revision", args=[obj.pk, older.pk]),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/news/article/compare.html", context)

    def refuse_unless_editor(self, request):
        """Restoring a version can publish or move an item: editors only."""
        if not self.has_publish_permission(request):
            raise PermissionDenied(_("Only editors can restore a version. Ask an editor."))

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """The change form filled with an earlier version of this item; saving it restores the version."""
        self.refuse_unless_editor(request)
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        version = get_object_or_404(self.versions(obj), pk=version_id)
        request.restoring_version = version
        context = {
            "title": _("Restore %(name)s") % {"name": version.object_repr},
            "revert": True,
            **(extra_context or {}),
        }
        response = self.change_view(request, quote(str(obj.pk)), request.path, context)
        if response.status_code == 200 and hasattr(response, "template_name"):
            response.template_name = self.revision_form_template
        return response

    def recover_view(self, request, version_id, extra_context=None):
        """A new item filled with a deleted item's last version; saving it brings the item back."""
        self.refuse_unless_editor(request)
        if not self.has_add_permission(request):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        request.restoring_version = version
        context = {
            "title": _("Recover %(name)s") % {"name": version.object_repr},
            "recover": True,
            **(extra_context or {}),
        }
        response = self.add_view(request, request.path, context)
        if response.status_code == 200 and hasattr(response, "template_name"):
            response.template_name = self.recover_form_template or "reversion/recover_form.html"
        return response

    def recoverlist_view(self, request, extra_context=None):
        self.refuse_unless_editor(request)
        return super().recoverlist_view(request, extra_context)

    def restore_message(self, request):
        """The history's words for a restore ("Reverted to previous version,
        saved on 26 Oct 2020 09:30 London by pavel."), or "" when not restoring."""
        version = getattr(request, "restoring_version", None)
        if version is None:
            return ""
        revision = version.revision
        values = {"time": workflow.london(revision.date_created)}
        if revision.user is None:
            return _("Reverted to previous version, saved on %(time)s.") % values
        return _("Reverted to previous version, saved on %(time)s by %(user)s.") % {
            **values,
            "user": revision.user.get_username(),
        }
