"""
The audit trail: staff sign-ins and publishing actions, as structured records
on the "embassy.audit" logger (JSON lines on stderr, see LOGGING in settings).
Each record has an ``event`` field, and the request's user and address when
there is one (core.logs).
"""

import logging

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

from core.logs import request_fields

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


# Publishing: every change that passes the publishing door (news.workflow),
# in the words the door gives it (``PublicationChange.events``): this module
# knows nothing of an article's fields.


def log_publication_change(sender, change, **kwargs):
    for event, message, fields in change.events():
        log(event, message, **{**change.record(), **fields})


def connect_audit_trail():
    from axes.signals import user_locked_out
    from django_otp.forms import otp_verification_failed

    from news.workflow import publication_changed

    user_logged_in.connect(signed_in, dispatch_uid="audit-signed-in")
    user_logged_out.connect(signed_out, dispatch_uid="audit-signed-out")
    user_login_failed.connect(sign_in_failed, dispatch_uid="audit-sign-in-failed")
    user_locked_out.connect(locked_out, dispatch_uid="audit-locked-out")
    otp_verification_failed.connect(second_factor_failed, dispatch_uid="audit-second-factor-failed")
    publication_changed.connect(log_publication_change, dispatch_uid="audit-publication-changed")
