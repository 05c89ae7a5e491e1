"""
The admin site, with an optional second factor for staff.

With ``EMBASSY_ADMIN_OTP`` on (DJANGO_ADMIN_OTP, the default in production) a
password alone no longer opens the admin: staff then confirm with a six-digit
code from an authenticator app (TOTP, django-otp). A staff member without a
device yet is led to enrol one: the page shows a QR code to scan, and the
first correct code confirms the device. New devices after that are added by a
signed-in, verified administrator under "TOTP devices".
"""

from base64 import b32encode

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.forms import OTPTokenForm
from django_otp.qr import write_qrcode_image

from embassy import audit


class SecondFactorForm(OTPTokenForm):
    """The code from the staff member's authenticator app."""

    otp_error_messages = dict(
        OTPTokenForm.otp_error_messages,
        token_required=_("Enter the six-digit code from your authenticator app."),
        invalid_token=_("That code is not right. Enter the code your app shows now."),
    )

    def __init__(self, user, request=None, *args, **kwargs):
        super().__init__(user, request, *args, **kwargs)
        devices = list(devices_for_user(user))
        self.fields["otp_device"].label = _("Device")
        if devices:
            self.fields["otp_device"].initial = devices[0].persistent_id
        if len(devices) == 1:
            self.fields["otp_device"].widget = forms.HiddenInput()
        self.fields["otp_token"].label = _("Code")
        self.fields["otp_token"].widget.attrs.update(
            {"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        )


class EnrolmentForm(forms.Form):
    otp_token = forms.CharField(label=_("Code"), max_length=8)

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device
        self.fields["otp_token"].widget.attrs.update(
            {"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        )

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].strip()
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(_("Too many wrong codes in a row: wait a few seconds, then try again."))
        if not self.device.verify_token(token):
            raise forms.ValidationError(
                _("That code is not right. Scan the QR code again and enter the code your app shows now.")
            )
        return token


class AutocompleteView(AutocompleteJsonView):
    """Django's autocomplete for related fields, reading a NUL character in
    the search term as a space: PostgreSQL refuses NUL in a query, and no
    stored text can hold one. (The list's search box refuses it with a
    message already.)"""

    def process_request(self, request):
        term, *rest = super().process_request(request)
        return (term.replace("\x00", " "), *rest)


class EmbassyAdminSite(admin.AdminSite):
    # The home page is the newsroom desk (news.desk), with the app list below it.
    index_template = "admin/desk.html"

    def second_factor_required(self):
        return settings.EMBASSY_ADMIN_OTP

    def has_permission(self, request):
        return super().has_permission(request) and (not self.second_factor_required() or _is_verified(request.user))

    def awaits_second_factor(self, request):
        """Signed in with a password, but not yet with a code."""
        user = request.user
        return self.second_factor_required() and user.is_active and user.is_staff and not _is_verified(user)

    def login(self, request, extra_context=None):
        if request.method == "GET" and self.awaits_second_factor(request):
            return self._redirect_to_second_factor(request, request.GET.get("next", ""))
        return super().login(request, extra_context)

    def get_urls(self):
        return [
            path(
                "second-factor/",
                never_cache(csrf_protect(self.second_factor_view)),
                name="second_factor",
            ),
            path(
                "second-factor/enrol/",
                never_cache(csrf_protect(self.enrol_view)),
                name="second_factor_enrol",
            ),
            path(
                "second-factor/enrol/qr.svg",
                never_cache(self.enrol_qr_code_view),
                name="second_factor_qr_code",
            ),
            *super().get_urls(),
        ]

    # Views.

    def index(self, request, extra_context=None):
        from news.desk import desk

        shelves = desk(request, self.name)
        context = {"desk": shelves, **({"title": _("Newsroom desk")} if shelves else {}), **(extra_context or {})}
        return super().index(request, context)

    def autocomplete_view(self, request):
        return AutocompleteView.as_view(admin_site=self)(request)

    def second_factor_view(self, request):
        """Ask a password-authenticated staff member for their code."""
        next_url = self._next_url(request)
        if not (request.user.is_active and request.user.is_staff):
            return self._redirect_to_login(request)
        if _is_verified(request.user):
            return redirect(next_url)
        if not list(devices_for_user(request.user)):
            return self._redirect_to_second_factor(request, next_url)
        return self._second_factor_step(
            request,
            SecondFactorForm(request.user, request, data=request.POST or None),
            next_url,
            verified_by=lambda: request.user.otp_device,
            event="second_factor",
            message="Second factor confirmed",
            template="admin/second_factor.html",
            title=_("Enter your code"),
        )

    def enrol_view(self, request):
        """Set up the staff member's first authenticator app."""
        next_url = self._next_url(request)
        if not (request.user.is_active and request.user.is_staff):
            return self._redirect_to_login(request)
        if list(devices_for_user(request.user)):
            # Only the first device is self-service; more come from an administrator.
            return redirect(_with_next(reverse("admin:second_factor", current_app=self.name), next_url))
        device = _unconfirmed_device(request.user)
        return self._second_factor_step(
            request,
            EnrolmentForm(device, data=request.POST or None),
            next_url,
            verified_by=lambda: _confirmed(device),
            event="second_factor_enrolled",
            message="Authenticator app enrolled",
            template="admin/second_factor_enrol.html",
            title=_("Set up your authenticator app"),
            secret=b32encode(device.bin_key).decode(),
            qr_code_url=reverse("admin:second_factor_qr_code", current_app=self.name),
        )

    def enrol_qr_code_view(self, request):
        """The QR code of the staff member's own device being enrolled."""
        if not (request.user.is_active and request.user.is_staff) or list(devices_for_user(request.user)):
            return HttpResponse(status=404)
        response = HttpResponse(content_type="image/svg+xml")
        write_qrcode_image(_unconfirmed_device(request.user).config_url, response)
        return response

    # Helpers.

    def _next_url(self, request):
        url = request.POST.get("next") or request.GET.get("next") or ""
        if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
            return url
        return reverse("admin:index", current_app=self.name)

    def _redirect_to_login(self, request):
        return redirect(_with_next(reverse("admin:login", current_app=self.name), request.get_full_path()))

    def _redirect_to_second_factor(self, request, next_url):
        name = "admin:second_factor" if list(devices_for_user(request.user)) else "admin:second_factor_enrol"
        return redirect(_with_next(reverse(name, current_app=self.name), next_url))

    def _second_factor_step(self, request, form, next_url, *, verified_by, event, message, template, **context):
        """A page asking for a code: once ``form`` is valid, the session is
        verified by the device ``verified_by()`` returns, the audit log
        records ``event`` with ``message`` and the staff member goes on to
        ``next_url``; until then the page shows the form."""
        if request.method == "POST" and form.is_valid():
            otp_login(request, verified_by())
            audit.log(event, message, request, user=request.user.get_username())
            return redirect(next_url)
        return self._render(request, template, form=form, next=next_url, **context)

    def _render(self, request, template, **context):
        request.current_app = self.name
        return TemplateResponse(request, template, {**self.each_context(request), **context})


def _is_verified(user):
    return bool(getattr(user, "is_verified", lambda: False)())


def _with_next(url, next_url):
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def _confirmed(device):
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return device


def _unconfirmed_device(user):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=str(_("Authenticator app")), confirmed=False)
    return device
