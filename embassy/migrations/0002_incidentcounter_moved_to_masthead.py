"""The day counters are the masthead app's now (masthead/migrations/0001):
the model leaves this app's state, its table and rows stay."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("embassy", "0001_initial"),
        ("masthead", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="IncidentCounter")],
            database_operations=[],
        ),
    ]
