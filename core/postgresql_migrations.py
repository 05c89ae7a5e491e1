"""SQL that only PostgreSQL runs, as a migration operation (indexes SQLite has no use for or
cannot build)."""

from django.db import migrations


def _on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


def run_sql_on_postgresql(forwards, backwards):
    """An operation that runs ``forwards`` on PostgreSQL when applied and ``backwards`` when
    unapplied, and nothing on any other database."""
    return migrations.RunPython(_on_postgresql(forwards), _on_postgresql(backwards), elidable=False)
