"""Migrating the test database to a point in its history, for tests of data migrations."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets):
    """Migrate to ``targets`` and return the apps of the state reached (historical models)."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    executor.loader.build_graph()
    applied = [key for key in executor.loader.applied_migrations if key in executor.loader.graph.nodes]
    return executor.loader.project_state(applied, at_end=True).apps


def migrate_to_the_end():
    return migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
