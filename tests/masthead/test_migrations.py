"""The day counters moved from the project package (app "embassy") to the
masthead app: a database made before the move keeps every counter, and the
groups, history and versions that point at the counters' content type."""

import datetime as dt

import pytest

from tests.migrating import migrate, migrate_to_the_end

BEFORE_THE_MOVE = [("embassy", "0001_initial"), ("masthead", None)]


@pytest.mark.django_db(transaction=True)
def test_counters_their_permissions_and_history_survive_the_move_to_the_masthead_app():
    old = migrate(BEFORE_THE_MOVE)
    ContentType = old.get_model("contenttypes", "ContentType")
    Permission = old.get_model("auth", "Permission")
    Group = old.get_model("auth", "Group")
    User = old.get_model("auth", "User")
    LogEntry = old.get_model("admin", "LogEntry")
    counter = old.get_model("embassy", "IncidentCounter").objects.create(
        sentence="{days} days have passed since the Salisbury incident", start_date=dt.date(2018, 3, 4)
    )
    content_type, _ = ContentType.objects.get_or_create(app_label="embassy", model="incidentcounter")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="change_incidentcounter", defaults={"name": "Can change incident counter"}
    )
    group = Group.objects.create(name="Masthead keepers")
    group.permissions.add(permission)
    user = User.objects.create(username="olga", is_staff=True)
    LogEntry.objects.create(
        user=user, content_type=content_type, object_id=str(counter.pk), object_repr="N days", action_flag=2
    )

    migrate_to_the_end()

    from django.contrib.admin.models import LogEntry as CurrentLogEntry
    from django.contrib.auth.models import Group as CurrentGroup
    from django.contrib.contenttypes.models import ContentType as CurrentContentType

    from masthead.models import IncidentCounter

    CurrentContentType.objects.clear_cache()
    assert list(IncidentCounter.objects.values_list("pk", "start_date")) == [(counter.pk, dt.date(2018, 3, 4))]
    moved = CurrentContentType.objects.get_for_model(IncidentCounter)
    assert (moved.pk, moved.app_label) == (content_type.pk, "masthead")
    assert not CurrentContentType.objects.filter(app_label="embassy", model="incidentcounter").exists()
    keepers = CurrentGroup.objects.get(name="Masthead keepers")
    assert list(keepers.permissions.values_list("content_type__app_label", "codename")) == [
        ("masthead", "change_incidentcounter")
    ]
    assert CurrentLogEntry.objects.get(object_id=str(counter.pk)).get_edited_object() == IncidentCounter.objects.get()
