"""
The audit trail: staff sign-ins and publishing actions, as structured records
on the "embassy.audit" logger (JSON lines on stderr, see LOGGING in settings).
Each record has an ``event`` field, and the request's user and address when
there is one (core.logs).
"""

import logging

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_save

from core.logs import current_request, request_fields

logger = logging.getLogger("embassy.audit")


def log(event, message, request=None, level=logging.INFO, **fields):
    logger.log(level, message, extra={**request_fields(request), "event": event, **fields})


# Sign-ins.


def signed_in(sender, request, user, **kwargs):
    log("sign_in", "Signed in", request, user=user.get_username(), staff=user.is_staff)


def signed_out(sender, request, user, **kwargs):
    if user is not None:
        log("sign_out", "Signed out", request, user=user.get_username())


def sign_in_failed(sender, credentials, request=None, **kwargs):
    # Django has already masked the password; only the name is kept.
    from django.contrib.auth import get_user_model

    username = credentials.get(get_user_model().USERNAME_FIELD, credentials.get("username"))
    log("sign_in_failed", "Sign-in failed", request, level=logging.WARNING, user=username)


def locked_out(sender, request, username, ip_address, **kwargs):
    log(
        "locked_out",
        "Sign-in locked after repeated failures",
        request,
        level=logging.WARNING,
        user=username,
        ip=ip_address,
    )


def second_factor_failed(sender, user, **kwargs):
    log("second_factor_failed", "Second-factor code refused", level=logging.WARNING, user=user.get_username())


# Publishing: every change of an article's status (published, unpublished,
# sent for review) made through the site, whichever way: admin form or action.
# The editorial workflow (news.workflow, the article admin) also records what
# a status does not show: a scheduled item published now, a new publication or
# expiry time, pinning, restoring an old version and deleting.


def article_fields(article):
    """What an audit record says about an article."""
    return {
        "article_id": article.pk,
        "title": article.title,
        "status": article.status,
        "state": str(article.state),
        "publication_date": article.publication_date.isoformat() if article.publication_date else None,
        "expires_at": article.expires_at.isoformat() if article.expires_at else None,
        "pinned": article.pinned,
        "url": article.get_absolute_url() if article.slug and article.publication_date else None,
    }


def article_event(event, message, article, request=None, **fields):
    """An editorial action on ``article`` (the current request's user did it)."""
    log(event, message, request, **{**article_fields(article), **fields})


def log_status_change(sender, instance, created, raw=False, **kwargs):
    # Publishing by people, through the site; not fixtures, imports or the
    # demo content a command loads.
    if raw or current_request() is None:
        return
    # The row as Article.save() read it before writing (None when new).
    stored = getattr(instance, "stored_before_save", None)
    before = stored.status if stored else None
    if before == instance.status or (created and instance.status == sender.Status.DRAFT):
        return
    article_event(
        "publication_changed", f"Article status {before or 'new'} -> {instance.status}", instance, status_before=before
    )


def connect_audit_trail():
    from axes.signals import user_locked_out
    from django_otp.forms import otp_verification_failed

    from news.models import Article

    user_logged_in.connect(signed_in, dispatch_uid="audit-signed-in")
    user_logged_out.connect(signed_out, dispatch_uid="audit-signed-out")
    user_login_failed.connect(sign_in_failed, dispatch_uid="audit-sign-in-failed")
    user_locked_out.connect(locked_out, dispatch_uid="audit-locked-out")
    otp_verification_failed.connect(second_factor_failed, dispatch_uid="audit-second-factor-failed")
    post_save.connect(log_status_change, sender=Article, dispatch_uid="audit-article-status")
