"""
The workflow's buttons on the change form and actions on the article list.
Each goes through the publishing door (``news.workflow``) and leaves an entry
in the item's admin history saying who did what.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion import is_active as revision_is_active
from reversion import set_comment

from news import workflow
from news.admin.forms import PUBLISH, SCHEDULE, SUBMIT_FOR_REVIEW, UNPUBLISH
from news.models import Article


class ArticleActionsMixin:
    actions = ["submit_for_review", "publish_now", "unpublish", "pin_to_home_page"]

    def workflow_buttons(self, request, obj):
        if obj is not None and not self.has_change_permission(request, obj):
            return []
        if not self.has_publish_permission(request):
            if obj is None or obj.status == Article.Status.DRAFT:
                return [{"name": SUBMIT_FOR_REVIEW, "label": _("Submit for review")}]
            return []
        buttons = []
        if obj is None or obj.state != Article.State.LIVE:
            buttons.append(
                {
                    "name": PUBLISH,
                    "label": _("Publish now"),
                    "title": _("Live from this minute. A future publication time you typed is refused: schedule it."),
                }
            )
        buttons.append(
            {
                "name": SCHEDULE,
                "label": _("Schedule for the publication time"),
                "title": _("Publishes the item at the publication time above (London time)."),
            }
        )
        if obj is not None and obj.status == Article.Status.PUBLISHED:
            buttons.append({"name": UNPUBLISH, "label": _("Unpublish")})
        return buttons

    def run_transition(self, request, queryset, transition, done_message):
        """Apply ``transition`` (a door function) to each selected item, log
        each in its history, and tell the user how many it applied to
        (``done_message`` has %(count)d)."""
        done = 0
        for article in queryset:
            try:
                change = transition(article, request.user)
            except (ValidationError, PermissionDenied) as error:
                self.message_user(request, " ".join(refusal_messages(error)), messages.WARNING)
                continue
            self.log_change(request, article, change.describe())
            done += 1
        if done:
            self.message_user(request, done_message % {"count": done})
        return done

    def report_pinned(self, request, change):
        """Messages and history entries for an item newly pinned (by the action
        or in the form): the items it replaced, the category now featured."""
        article = change.article
        for other in change.knock_on:
            self.log_change(request, other.article, other.describe())
            self.message_user(request, _("“%(title)s” is no longer pinned.") % {"title": other.article.title})
        if "featured_instead" in change.details:
            previous = change.details["featured_instead"]
            self.message_user(
                request,
                _("The home page now features “%(category)s”%(instead)s, to show the pinned item.")
                % {
                    "category": article.category.name,
                    "instead": _(" instead of “%(previous)s”") % {"previous": previous} if previous else "",
                },
            )
        self.message_user(request, _("“%(title)s” is pinned to the home page.") % {"title": article.title})

    @admin.action(description=gettext_lazy("Submit for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self.run_transition(
            request, queryset, workflow.submit_for_review, gettext_lazy("%(count)d item(s) submitted for review.")
        )

    @admin.action(description=gettext_lazy("Publish now"), permissions=["publish"])
    def publish_now(self, request, queryset):
        self.run_transition(request, queryset, workflow.publish_now, gettext_lazy("%(count)d item(s) published."))

    @admin.action(description=gettext_lazy("Unpublish"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self.run_transition(request, queryset, workflow.unpublish, gettext_lazy("%(count)d item(s) unpublished."))

    @admin.action(description=gettext_lazy("Pin to home page"), permissions=["publish"])
    def pin_to_home_page(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Select exactly one item to pin."), messages.WARNING)
            return
        article = queryset.get()
        try:
            change = workflow.pin(article, request.user)
        except (ValidationError, PermissionDenied) as error:
            self.message_user(request, " ".join(refusal_messages(error)), messages.WARNING)
            return
        self.log_change(request, article, _("Pinned to the home page."))
        if revision_is_active():  # one revision holds every item the action changed
            set_comment(
                " ".join(
                    [_("“%(title)s” pinned to the home page.") % {"title": article.title}]
                    + [_("“%(title)s” unpinned.") % {"title": other.article.title} for other in change.knock_on]
                )
            )
        self.report_pinned(request, change)


def refusal_messages(error):
    if isinstance(error, ValidationError):
        return error.messages
    return [str(message) for message in error.args if message] or [_("Only editors can do this.")]
