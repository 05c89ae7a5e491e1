"""
The editorial workflow: who may do what to an article, and the transitions
themselves (submit for review, publish now, schedule, unpublish, pin).

Nothing here runs on a clock: a scheduled or expiring item changes state by
itself because ``Article.objects.live()`` compares with the time of the query.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import dateformat, timezone
from django.utils.translation import gettext as _

from core.clocks import LONDON
from embassy import audit
from news.models import Article

PUBLISH_PERMISSION = "news.publish_article"

# "27 Oct 2020 18:00", as the badge and the history show London times.
LONDON_FORMAT = "j M Y H:i"


def can_publish(user):
    """Editors (and superusers): publish, schedule, unpublish and pin."""
    return user.has_perm(PUBLISH_PERMISSION)


def may_change_image(user, image):
    """Editors change any library image; press officers only the ones no
    published item shows (live, scheduled or expired): a new file or alt text
    would reach the public at once, without an editor."""
    return can_publish(user) or not Article.objects.published().showing_image(image).exists()


def london(moment):
    """``27 Oct 2020 18:00 London``: a time as the newsroom reads it."""
    return _("%(time)s London") % {"time": dateformat.format(moment.astimezone(LONDON), LONDON_FORMAT)}


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


# What the audit trail compares before and after a change to an item.
PUBLICATION_STATE = ("status", "publication_date", "expires_at", "pinned")
NEW_ITEM_STATE = {"status": None, "publication_date": None, "expires_at": None, "pinned": False}


def publication_state(article):
    """The item's status, publication and expiry times and pin, as a dict."""
    return {name: getattr(article, name) for name in PUBLICATION_STATE}


def audit_change(before, article):
    """
    Record in the audit trail what a change did to a published item's
    publication time ("published_now", "rescheduled") and expiry
    ("expiry_changed"), and to any item's pin ("pinned", "unpinned").
    ``before`` is ``publication_state()`` before the change. Status changes
    (published, unpublished, submitted) are recorded by ``embassy.audit``'s
    signal, whichever way they happen.
    """
    Status = Article.Status
    if (
        before["status"] == Status.PUBLISHED
        and article.status == Status.PUBLISHED
        and before["publication_date"] != article.publication_date
    ):
        # Article.is_live() on the state before: the one definition of live.
        if not Article(**before).is_live() and article.is_live():
            event, message = "published_now", "Article published now"
        else:
            event, message = "rescheduled", "Article publication time changed"
        audit.article_event(
            event, message, article, publication_date_before=before["publication_date"].isoformat()
        )
    if before["expires_at"] != article.expires_at and Status.PUBLISHED in (before["status"], article.status):
        audit.article_event(
            "expiry_changed",
            "Article expiry time changed",
            article,
            expires_at_before=before["expires_at"].isoformat() if before["expires_at"] else None,
        )
    if bool(before["pinned"]) != bool(article.pinned):
        if article.pinned:
            audit.article_event("pinned", "Article pinned", article)
        else:
            audit.article_event("unpinned", "Article unpinned", article)


def submit_for_review(article):
    if article.status == Article.Status.PUBLISHED:
        raise ValidationError(_("“%(title)s” is already published.") % {"title": article.title})
    article.status = Article.Status.REVIEW
    article.save()
    return _("Submitted for review.")


def publish_now(article):
    """Live from this minute: the publication time becomes now and an expiry
    time already past is cleared."""
    now = timezone.now()
    if article.state == Article.State.LIVE:
        raise ValidationError(_("“%(title)s” is already live.") % {"title": article.title})
    before = publication_state(article)
    article.status = Article.Status.PUBLISHED
    article.publication_date = now
    if article.expires_at is not None and article.expires_at <= now:
        article.expires_at = None
    article.save()
    audit_change(before, article)
    return _("Published.")


def schedule(article, when):
    """Published, going live at ``when`` (which must be in the future)."""
    if when <= timezone.now():
        raise ValidationError(_("Choose a publication time in the future to schedule an item."))
    before = publication_state(article)
    article.status = Article.Status.PUBLISHED
    article.publication_date = when
    article.clean()
    article.save()
    audit_change(before, article)
    return _("Scheduled for %(time)s.") % {"time": london(when)}


def unpublish(article):
    """Back to draft: off the public site (or no longer scheduled) at once."""
    if article.status != Article.Status.PUBLISHED:
        raise ValidationError(_("“%(title)s” is not published.") % {"title": article.title})
    article.status = Article.Status.DRAFT
    article.save()
    return _("Unpublished.")


@transaction.atomic
def unpin_others(article):
    """Unpin every other item of the article's category; returns them."""
    others = list(
        Article.objects.select_for_update().filter(category_id=article.category_id, pinned=True).exclude(pk=article.pk)
    )
    for other in others:
        other.pinned = False
        other.save(update_fields=["pinned", "updated"])
        audit.article_event(
            "unpinned", "Article unpinned", other, pinned_instead=article.pk, pinned_instead_title=article.title
        )
    return others


@transaction.atomic
def pin(article):
    """The one pinned item of its category (the home page's featured block
    when the category is the featured one); returns the items it replaced.
    Only a live item can be pinned: pinning a draft or a scheduled item would
    take the current pinned item off the home page before the new one shows."""
    if not article.is_live():
        raise ValidationError(
            _("“%(title)s” is not live: only a live item can be pinned. Publish it first, then pin it.")
            % {"title": article.title}
        )
    others = unpin_others(article)
    if not article.pinned:
        article.pinned = True
        article.save(update_fields=["pinned", "updated"])
        audit.article_event("pinned", "Article pinned", article)
    return others


def state_label(article):
    """The admin's state badge: "Scheduled · 27 Oct 2020 18:00 London"."""
    state = article.state
    if state == Article.State.SCHEDULED:
        return _("Scheduled · %(time)s") % {"time": london(article.publication_date)}
    if state == Article.State.LIVE and article.expires_at is not None:
        return _("Live · until %(time)s") % {"time": london(article.expires_at)}
    return state.label
