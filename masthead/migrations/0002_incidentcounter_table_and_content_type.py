"""
The counters' table gets this app's name, and their content type moves from
"embassy" to "masthead": its permissions (and so every group or user holding
them), admin history entries and any django-reversion versions point at the
content type, so they follow.
"""

from django.db import migrations


def move_content_type(apps, schema_editor, old="embassy", new="masthead"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    moving = ContentType.objects.using(db).filter(app_label=old, model="incidentcounter")
    if not moving.exists():
        return  # a new database: post_migrate creates the content type
    # One made already for the new label (by a migrate that ran post_migrate
    # in between) holds nothing yet: the old one, with its history, wins.
    ContentType.objects.using(db).filter(app_label=new, model="incidentcounter").delete()
    moving.update(app_label=new)


def move_content_type_back(apps, schema_editor):
    move_content_type(apps, schema_editor, old="masthead", new="embassy")


class Migration(migrations.Migration):

    dependencies = [
        ("masthead", "0001_initial"),
        ("embassy", "0002_incidentcounter_moved_to_masthead"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="incidentcounter", table=None),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
