"""
The one door for every change to an item's publication: save, submit for
review, publish now, schedule, unpublish, pin, restore, import and delete.

Each goes the same way (``change``): read the item's stored state once
(``Article.stored_state()``), check the role, apply the transition and check
the result, write the item, and send ONE ``publication_changed`` signal with
a ``PublicationChange`` (the item, what it was, what it is, who did it). The
audit trail (``embassy.audit``) listens to it, and so can anything else that
must follow the public site (the page cache). The admin form, the admin's
actions, the import and the restore all come through here; nothing else
writes an item's status, times or pin.

A form splits the way in two: ``prepare`` while validating (its refusals are
form errors, nothing is written) and ``commit`` when saving.

Nothing here runs on a clock: a scheduled or expiring item changes state by
itself because ``Article.objects.live()`` compares with the time of the query.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.dispatch import Signal
from django.utils import dateformat, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.clocks import LONDON
from core.languages import DEFAULT
from news.models import Article, Category

PUBLISH_PERMISSION = "news.publish_article"

# "27 Oct 2020 18:00", as the badge and the history show London times.
LONDON_FORMAT = "j M Y H:i"

# Sent once per item changed through the door, after the write:
# ``publication_changed.send(sender=Article, change=PublicationChange)``.
publication_changed = Signal()

# Once an item is published, only editors may change these.
PUBLICATION_FIELDS = ("status", "publication_date", "expires_at")


class Action(models.TextChoices):
    SAVE = "save", gettext_lazy("Save")
    SUBMIT = "submit", gettext_lazy("Submit for review")
    PUBLISH = "publish", gettext_lazy("Publish now")
    SCHEDULE = "schedule", gettext_lazy("Schedule")
    UNPUBLISH = "unpublish", gettext_lazy("Unpublish")
    PIN = "pin", gettext_lazy("Pin to home page")
    UNPIN = "unpin", gettext_lazy("Unpinned for another item")
    RESTORE = "restore", gettext_lazy("Restore a version")
    IMPORT = "import", gettext_lazy("Import")
    DELETE = "delete", gettext_lazy("Delete")


# Only editors (``news.publish_article``) do these.
EDITOR_ACTIONS = {Action.PUBLISH, Action.SCHEDULE, Action.UNPUBLISH, Action.PIN, Action.RESTORE}


def can_publish(user):
    """Editors (and superusers): publish, schedule, unpublish, pin and restore.
    ``None`` is the server itself (``manage.py import_news``)."""
    return user is None or user.has_perm(PUBLISH_PERMISSION)


def may_change_image(user, image):
    """Editors change any library image; press officers only the ones no
    published item shows (live, scheduled or expired): a new file or alt text
    would reach the public at once, without an editor."""
    return can_publish(user) or not Article.objects.published().showing_image(image).exists()


def london(moment):
    """``27 Oct 2020 18:00 London``: a time as the newsroom reads it."""
    return _("%(time)s London") % {"time": dateformat.format(moment.astimezone(LONDON), LONDON_FORMAT)}


def state_label(article):
    """The admin's state badge: "Scheduled · 27 Oct 2020 18:00 London"."""
    state = article.state
    if state == Article.State.SCHEDULED:
        return _("Scheduled · %(time)s") % {"time": london(article.publication_date)}
    if state == Article.State.LIVE and article.expires_at is not None:
        return _("Live · until %(time)s") % {"time": london(article.expires_at)}
    return state.label


def describe_change(old_status, old_publication_date, article):
    """
    What a save did to an item's publication, in words for the admin history
    ("Scheduled for 27 Oct 2020 18:00 London"), or "" when it did nothing to it.
    ``old_status`` is None for a new item.
    """
    Status = Article.Status
    new_status = article.status
    future = article.publication_date > timezone.now()
    if new_status == Status.PUBLISHED and old_status != Status.PUBLISHED:
        if future:
            return _("Scheduled for %(time)s.") % {"time": london(article.publication_date)}
        return _("Published.")
    if new_status == Status.PUBLISHED and old_publication_date != article.publication_date:
        if future:
            return _("Rescheduled for %(time)s.") % {"time": london(article.publication_date)}
        return _("Publication time changed to %(time)s.") % {"time": london(article.publication_date)}
    if old_status == Status.PUBLISHED and new_status != Status.PUBLISHED:
        return _("Unpublished.")
    if new_status == Status.REVIEW and old_status != Status.REVIEW:
        return _("Submitted for review.")
    if old_status == Status.REVIEW and new_status == Status.DRAFT:
        return _("Returned to draft.")
    return ""


@dataclass
class PublicationChange:
    """One pass through the door: what ``publication_changed`` carries.

    ``before`` is ``None`` for a new item, ``after`` is ``None`` once deleted.
    ``details`` holds what the action adds (the version restored, the item
    pinned instead); ``knock_on`` the changes it made to other items (the
    items it unpinned), each sent as a signal of its own."""

    article: Article
    action: str
    before: object
    after: object
    user: object = None
    details: dict = field(default_factory=dict)
    knock_on: list = field(default_factory=list)

    def describe(self):
        """The admin history's words for it ("Scheduled for …", "Pinned to the home page.")."""
        if self.after is None:
            return _("Deleted.")
        if self.action == Action.UNPIN:
            return _("Unpinned: “%(title)s” was pinned instead.") % {"title": self.details["pinned_instead_title"]}
        before = self.before
        words = describe_change(before.status if before else None, before.publication_date if before else None,
                                self.article)
        if self.after.pinned and not (before and before.pinned):
            words = " ".join(part for part in (words, _("Pinned to the home page.")) if part)
        return words

    def record(self):
        """What a log record says about the item (``embassy.audit`` adds who and where)."""
        article, state = self.article, self.after or self.before
        return {
            "article_id": article.pk if self.after is not None else self.details.get("article_id", article.pk),
            "title": article.title,
            "status": state.status if state else None,
            "state": str(state.state) if state else None,
            "publication_date": state.publication_date.isoformat() if state and state.publication_date else None,
            "expires_at": state.expires_at.isoformat() if state and state.expires_at else None,
            "pinned": state.pinned if state else False,
            "url": state.get_absolute_url() if state and state.slug and state.publication_date else None,
        }

    def events(self):
        """``[(event, message, extra fields)]``: the audit trail's account of it
        (the events are listed in docs/operations.md)."""
        before, after, Status = self.before, self.after, Article.Status
        if self.action == Action.DELETE:
            return [("article_deleted", "Article deleted", {})]
        events = []
        if self.action == Action.RESTORE:
            version = self.details["version"]
            events.append(
                (
                    "article_restored",
                    "Article restored to an earlier version",
                    {
                        "version_id": version.pk,
                        "version_date": version.revision.date_created.isoformat(),
                        "status_before": before.status if before else None,
                        "publication_date_before": before.publication_date.isoformat() if before else None,
                    },
                )
            )
        old_status = before.status if before else None
        if old_status != after.status and not (before is None and after.status == Status.DRAFT):
            events.append(
                (
                    "publication_changed",
                    f"Article status {old_status or 'new'} -> {after.status}",
                    {"status_before": old_status},
                )
            )
        if before is None:
            return events
        if Status.PUBLISHED == before.status == after.status and before.publication_date != after.publication_date:
            if not before.is_live(DEFAULT) and after.is_live(DEFAULT):
                event, message = "published_now", "Article published now"
            else:
                event, message = "rescheduled", "Article publication time changed"
            events.append((event, message, {"publication_date_before": before.publication_date.isoformat()}))
        if before.expires_at != after.expires_at and Status.PUBLISHED in (before.status, after.status):
            expired_before = before.expires_at.isoformat() if before.expires_at else None
            events.append(("expiry_changed", "Article expiry time changed", {"expires_at_before": expired_before}))
        if before.pinned != after.pinned:
            if after.pinned:
                events.append(("pinned", "Article pinned", {}))
            else:
                instead = {k: v for k, v in self.details.items() if k.startswith("pinned_instead")}
                events.append(("unpinned", "Article unpinned", instead))
        return events


# The door.


def prepare(article, user, action=Action.SAVE, *, before, when=None):
    """Apply ``action`` to ``article`` in memory and check the result; writes
    nothing. Raises ``PermissionDenied`` when the user's role does not allow
    it, ``ValidationError`` (by field where it can) when it makes no sense."""
    Status = Article.Status
    if action in EDITOR_ACTIONS and not can_publish(user):
        raise PermissionDenied(_("Only editors can do this. Ask an editor."))
    now = timezone.now()
    if action == Action.SUBMIT:
        if before is not None and before.status == Status.PUBLISHED:
            raise ValidationError(_("“%(title)s” is already published.") % {"title": article.title})
        article.status = Status.REVIEW
    elif action == Action.PUBLISH:
        if before is not None and before.is_live(DEFAULT) and article.status == Status.PUBLISHED:
            raise ValidationError(_("“%(title)s” is already live.") % {"title": article.title})
        typed = article.publication_date
        if typed is not None and typed > now and (before is None or typed != before.publication_date):
            raise ValidationError(
                {
                    "publication_date": _(
                        "You typed a publication time in the future (%(time)s) and pressed “Publish now”. "
                        "To publish at that time, press “Schedule for the publication time”; to publish now, "
                        "set the time to now or earlier (or put back the time it had)."
                    )
                    % {"time": london(typed)}
                }
            )
        article.status = Status.PUBLISHED
        article.publication_date = now
        if article.expires_at is not None and article.expires_at <= now:
            article.expires_at = None
    elif action == Action.SCHEDULE:
        if when is not None:
            article.publication_date = when
        if article.publication_date is None or article.publication_date <= now:
            raise ValidationError(
                {"publication_date": _("Choose a publication time in the future to schedule the item.")}
            )
        article.status = Status.PUBLISHED
        article.clean()
    elif action == Action.UNPUBLISH:
        if before is None or before.status != Status.PUBLISHED:
            raise ValidationError(_("“%(title)s” is not published.") % {"title": article.title})
        article.status = Status.DRAFT
    elif action == Action.PIN:
        article.pinned = True
    check_role(article, user, before)
    if article.pinned and not (before and before.pinned) and not article.is_live(DEFAULT):
        raise ValidationError(
            {
                "pinned": _(
                    "“%(title)s” is not live: only a live item can be pinned. Pinning it now would take the "
                    "pinned item off the home page before this one shows. Publish it first, then pin it."
                )
                % {"title": article.title}
            }
        )


def check_role(article, user, before):
    """Press officers write drafts and submit them: they may not publish, pin,
    or change a published item's status or times (it would reach the public
    without an editor), whatever a request says."""
    if can_publish(user):
        return
    Status = Article.Status
    was_published = before is not None and before.status == Status.PUBLISHED
    publishing = article.status == Status.PUBLISHED and not was_published
    moved = was_published and any(getattr(article, name) != getattr(before, name) for name in PUBLICATION_FIELDS)
    pinning = article.pinned and not (before and before.pinned)
    if publishing or moved or pinning:
        raise PermissionDenied(_("Only editors can publish, schedule, unpublish or pin. Ask an editor."))


@transaction.atomic
def commit(article, user, action=Action.SAVE, *, before, **details):
    """Write the prepared ``article`` and tell everyone listening; returns the
    ``PublicationChange``. A newly pinned item becomes the home page's: its
    category is featured and the category's other pinned items are unpinned."""
    knock_on = []
    if article.pinned and not (before and before.pinned):
        knock_on = unpin_others(article, user)
        details |= feature_category(article.category)
    article.save(stored=before)
    change = PublicationChange(article, action, before, article.publication_state(), user, details, knock_on)
    publication_changed.send(sender=Article, change=change)
    return change


def change(article, user=None, action=Action.SAVE, *, when=None, **details):
    """The whole way for code: prepare and commit ``action`` on ``article``."""
    before = article.stored_state()
    with transaction.atomic():
        prepare(article, user, action, before=before, when=when)
        return commit(article, user, action, before=before, **details)


def unpin_others(article, user):
    """Unpin every other item of the article's category; their changes."""
    others = Article.objects.select_for_update().filter(category_id=article.category_id, pinned=True)
    changes = []
    for other in others.exclude(pk=article.pk):
        before = other.publication_state()
        other.pinned = False
        other.save(update_fields=["pinned", "updated"], stored=before)
        details = {"pinned_instead": article.pk, "pinned_instead_title": article.title}
        changes.append(PublicationChange(other, Action.UNPIN, before, other.publication_state(), user, details))
    for knock_on in changes:
        publication_changed.send(sender=Article, change=knock_on)
    return changes


def feature_category(category):
    """Make ``category`` the one the home page features (``{}`` when it is
    already), so that a pinned item shows there at once."""
    if category.is_featured:
        return {}
    previous = Category.objects.select_for_update().filter(is_featured=True).first()
    Category.objects.filter(is_featured=True).update(is_featured=False)
    Category.objects.filter(pk=category.pk).update(is_featured=True)
    category.is_featured = True
    return {"featured_instead": previous.name if previous else None}


def save(article, user=None):
    """An edit (a status, time or pin changed in the form goes through the same checks)."""
    return change(article, user, Action.SAVE)


def submit_for_review(article, user=None):
    return change(article, user, Action.SUBMIT)


def publish_now(article, user=None):
    """Live from this minute: the publication time becomes now and an expiry
    time already past is cleared."""
    return change(article, user, Action.PUBLISH)


def schedule(article, when, user=None):
    """Published, going live at ``when`` (which must be in the future)."""
    return change(article, user, Action.SCHEDULE, when=when)


def unpublish(article, user=None):
    """Back to draft: off the public site (or no longer scheduled) at once."""
    return change(article, user, Action.UNPUBLISH)


def pin(article, user=None):
    """The one pinned item of its category, on the home page at once (its
    category becomes the featured one). Only a live item can be pinned:
    pinning a draft or a scheduled item would take the current pinned item
    off the home page before the new one shows."""
    return change(article, user, Action.PIN)


def import_article(article):
    """A new item from ``manage.py import_news`` (the server's own doing)."""
    return change(article, None, Action.IMPORT)


@transaction.atomic
def delete(article, user=None):
    """Delete the item; listeners hear what it was."""
    before = article.stored_state()
    pk = article.pk
    article.delete()
    change = PublicationChange(article, Action.DELETE, before, None, user, {"article_id": pk})
    publication_changed.send(sender=Article, change=change)
    return change
