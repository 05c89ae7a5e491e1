"""
The admin's door: sign-in throttling and lockout (django-axes), the TOTP
second factor for staff (django-otp, enrolled by QR code) and Django's
password rules.
"""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.embassy.staff import PASSWORD

LOGIN = reverse("admin:login")
INDEX = reverse("admin:index")
SECOND_FACTOR = reverse("admin:second_factor")
ENROL = reverse("admin:second_factor_enrol")
QR_CODE = reverse("admin:second_factor_qr_code")


@pytest.fixture
def second_factor_on(settings):
    settings.EMBASSY_ADMIN_OTP = True


def sign_in(client, password=PASSWORD, username="olga", **extra):
    return client.post(LOGIN, {"username": username, "password": password, "next": INDEX}, **extra)


def code_for(device, offset=0):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


# Throttling and lockout.


LOCKED = "Too many wrong passwords for this account from this address: signing in to it from here is locked."


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(client, staff):
    for _ in range(4):
        response = sign_in(client, password="wrong")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    fifth = sign_in(client, password="wrong")

    response = sign_in(client)

    for locked in (fifth, response):
        assert locked.status_code == 429
        content = locked.content.decode()
        assert LOCKED in content
        assert "Try again in 60 minutes." in content
    assert client.get(INDEX).status_code == 302  # not signed in


def test_a_stranger_guessing_from_another_address_does_not_lock_the_owner_out(staff, time_machine):
    time_machine.move_to(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC), tick=False)
    stranger = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(5):
        sign_in(stranger, password="wrong")
    assert sign_in(stranger).status_code == 429  # the stranger's address is locked for olga

    owner = Client(REMOTE_ADDR="198.51.100.7")
    assert sign_in(owner).status_code == 302  # olga, from the office
    assert owner.get(INDEX).status_code == 200

    time_machine.move_to(dt.datetime(2026, 3, 2, 10, 1, tzinfo=dt.UTC), tick=False)
    assert sign_in(stranger, password="wrong").status_code == 200  # the hour is over: counted afresh


def test_a_locked_account_does_not_lock_colleagues_behind_the_same_address(staff, django_user_model):
    django_user_model.objects.create_user("press", password=PASSWORD, is_staff=True)
    office = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(5):
        sign_in(office, password="wrong")
    assert sign_in(office).status_code == 429

    assert sign_in(office, username="press").status_code == 302


def test_another_accounts_sign_in_does_not_reset_the_count(staff, django_user_model):
    django_user_model.objects.create_user("press", password=PASSWORD, is_staff=True)
    office = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(4):
        assert sign_in(office, password="wrong").status_code == 200  # guessing olga's password

    assert sign_in(office, username="press").status_code == 302  # somebody's own account
    office.post(reverse("admin:logout"))
    fifth = sign_in(office, password="wrong")

    assert fifth.status_code == 429
    assert LOCKED in fifth.content.decode()


def test_a_right_password_does_not_reset_the_count_either(client, staff):
    for _ in range(4):
        sign_in(client, password="wrong")
    assert sign_in(client).status_code == 302
    client.post(reverse("admin:logout"))

    assert sign_in(client, password="wrong").status_code == 429


def test_wrong_passwords_stop_counting_an_hour_after_the_last_one(staff, time_machine):
    time_machine.move_to(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC), tick=False)
    client = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(4):
        sign_in(client, password="wrong")

    time_machine.move_to(dt.datetime(2026, 3, 2, 10, 1, tzinfo=dt.UTC), tick=False)
    for _ in range(4):
        assert sign_in(client, password="wrong").status_code == 200

    assert sign_in(client).status_code == 302


@pytest.mark.parametrize("next_url", ["https://evil.example/admin/", "//evil.example/", ""])
def test_a_sign_in_with_a_foreign_or_no_next_address_lands_on_the_admin_index(client, staff, next_url):
    response = client.post(LOGIN, {"username": "olga", "password": PASSWORD, "next": next_url})

    assert response.status_code == 302 and response["Location"] == INDEX
    assert client.get(INDEX).status_code == 200


# The second factor.


def test_without_the_second_factor_switch_a_password_opens_the_admin(client, staff, settings):
    settings.EMBASSY_ADMIN_OTP = False

    sign_in(client)

    assert client.get(INDEX).status_code == 200


def test_first_sign_in_enrols_an_authenticator_app_by_qr_code(client, staff, second_factor_on, time_machine):
    time_machine.move_to(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC), tick=False)
    response = sign_in(client)
    response = client.get(response["Location"], follow=True)

    assert response.redirect_chain[-1][0].startswith(ENROL)
    content = response.content.decode()
    assert f'src="{QR_CODE}"' in content
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    from base64 import b32encode

    assert b32encode(device.bin_key).decode() in content  # for typing in by hand

    qr = client.get(QR_CODE)
    assert qr["Content-Type"] == "image/svg+xml"
    assert qr.content.lstrip().startswith(b"<?xml") and b"<svg" in qr.content
    assert qr["Cache-Control"].startswith("max-age=0")

    assert client.get(INDEX).status_code == 302  # a password alone is not enough

    wrong = client.post(ENROL, {"otp_token": "000000" if code_for(device) != "000000" else "111111"})
    assert "That code is not right" in wrong.content.decode()
    too_soon = client.post(ENROL, {"otp_token": code_for(device)})
    assert "Too many wrong codes in a row: wait a few seconds" in too_soon.content.decode()

    time_machine.move_to(dt.datetime(2026, 3, 2, 9, 0, 5, tzinfo=dt.UTC), tick=False)
    response = client.post(ENROL, {"otp_token": code_for(device), "next": INDEX})

    assert response.status_code == 302 and response["Location"] == INDEX
    assert client.get(INDEX).status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_enrolled_staff_confirm_each_sign_in_with_a_code(client, staff, second_factor_on, time_machine):
    time_machine.move_to(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC), tick=False)
    device = TOTPDevice.objects.create(user=staff, name="Phone", confirmed=True)

    response = sign_in(client)
    response = client.get(response["Location"], follow=True)
    assert response.redirect_chain[-1][0].startswith(SECOND_FACTOR)
    assert client.get(INDEX).status_code == 302

    wrong = client.post(SECOND_FACTOR, {"otp_device": device.persistent_id, "otp_token": "12345"})
    assert "That code is not right" in wrong.content.decode()
    assert client.get(INDEX).status_code == 302

    time_machine.move_to(dt.datetime(2026, 3, 2, 9, 0, 5, tzinfo=dt.UTC), tick=False)  # past the back-off
    response = client.post(
        SECOND_FACTOR, {"otp_device": device.persistent_id, "otp_token": code_for(device), "next": INDEX}
    )

    assert response["Location"] == INDEX
    assert client.get(INDEX).status_code == 200


def test_staff_with_a_device_cannot_enrol_another_one_themselves(client, staff, second_factor_on):
    TOTPDevice.objects.create(user=staff, name="Phone", confirmed=True)
    sign_in(client)

    assert client.get(ENROL)["Location"].startswith(SECOND_FACTOR)
    assert client.get(QR_CODE).status_code == 404
    assert TOTPDevice.objects.filter(user=staff).count() == 1


def test_the_second_factor_pages_are_closed_to_visitors(client, db, second_factor_on):
    for url in (SECOND_FACTOR, ENROL):
        assert client.get(url)["Location"].startswith(LOGIN)
    assert client.get(QR_CODE).status_code == 404


# Passwords.


def test_the_admin_refuses_a_weak_password_for_a_new_user(client, staff):
    client.force_login(staff)

    response = client.post(
        reverse("admin:auth_user_add"),
        {"username": "newcomer", "password1": "12345678", "password2": "12345678", "usable_password": "true"},
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "This password is too common." in content
    assert "This password is entirely numeric." in content
