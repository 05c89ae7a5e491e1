"""``make run`` also creates a demo press officer and a demo editor."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.management import CommandError, call_command

from news.roles import EDITORS, PRESS_OFFICERS


@pytest.mark.parametrize(
    ("username", "password", "group", "can_publish"),
    [("press", "press-demo-2026", PRESS_OFFICERS, False), ("editor", "editor-demo-2026", EDITORS, True)],
)
def test_demo_staff_are_created_in_their_roles(db, settings, username, password, group, can_publish):
    settings.DEBUG = True
    call_command("load_demo", "--create-superuser", verbosity=0)

    user = get_user_model().objects.get(username=username)
    assert user.check_password(password)
    validate_password(password, user)  # raises if a validator refuses it
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [group]
    assert user.has_perm("news.change_article")
    assert user.has_perm("news.publish_article") is can_publish
    assert user.has_perm("news.delete_article") is can_publish


def test_demo_staff_only_in_debug_and_only_once(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo", "--create-superuser", verbosity=0)
    call_command("load_demo", verbosity=0)
    assert not get_user_model().objects.exists()

    settings.DEBUG = True
    call_command("load_demo", "--create-superuser", verbosity=0)
    call_command("load_demo", "--create-superuser", verbosity=0)
    assert sorted(get_user_model().objects.values_list("username", flat=True)) == ["admin", "editor", "press"]
