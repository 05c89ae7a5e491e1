"""The "Press officers" and "Editors" groups (see news/roles.py)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from news.roles import sync_roles

    using = schema_editor.connection.alias
    # Permissions are normally created after migrate has finished; the groups
    # need them now.
    for label in ("admin", "news"):
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0, using=using)
    sync_roles(apps, using)


def delete_roles(apps, schema_editor):
    from news.roles import EDITORS, PRESS_OFFICERS

    apps.get_model("auth", "Group").objects.using(schema_editor.connection.alias).filter(
        name__in=[PRESS_OFFICERS, EDITORS]
    ).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("news", "0003_review_status_and_publish_permission"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, delete_roles)]
