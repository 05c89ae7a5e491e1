"""
A count of the writes to the articles table, kept by the database itself.

A trigger adds one to ``ArticleChanges.count`` on every statement that
inserts, updates, deletes or truncates articles, whatever made it: a save, the
admin's actions, ``QuerySet.update()``, a restore, an import, ``COPY`` or SQL
typed by hand. It is part of the writing transaction, so a reader sees the new
count exactly when it sees the new rows: what is computed from the articles
and stored under the count (``news.listing``'s live summary) can never be
older than the data, on any worker, with or without a shared cache.

The triggers are installed by the migration and again after every ``migrate``
(SQLite drops a table's triggers when a migration rebuilds the table).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

POSTGRESQL_TRIGGER = """
CREATE OR REPLACE FUNCTION news_article_changed() RETURNS trigger AS $$
BEGIN
    INSERT INTO news_articlechanges (id, count) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
    UPDATE news_articlechanges SET count = count + 1 WHERE id = 1;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER news_article_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON news_article
    FOR EACH STATEMENT EXECUTE FUNCTION news_article_changed();
"""

SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER IF NOT EXISTS news_article_changed_{event.lower()} AFTER {event} ON news_article
    BEGIN
        INSERT OR IGNORE INTO news_articlechanges (id, count) VALUES (1, 0);
        UPDATE news_articlechanges SET count = count + 1 WHERE id = 1;
    END
    """
    for event in ("INSERT", "UPDATE", "DELETE")
]

DROP_POSTGRESQL_TRIGGER = """
DROP TRIGGER IF EXISTS news_article_changed ON news_article;
DROP FUNCTION IF EXISTS news_article_changed();
"""

DROP_SQLITE_TRIGGERS = [f"DROP TRIGGER IF EXISTS news_article_changed_{e}" for e in ("insert", "update", "delete")]


class ArticleChangesQuerySet(models.QuerySet):
    def current(self):
        """The count of writes to the articles table so far (0 before the first)."""
        return self.filter(pk=1).values_list("count", flat=True).first() or 0


class ArticleChanges(models.Model):
    """One row: how many statements have written to the articles table (kept by a trigger)."""

    count = models.BigIntegerField(_("writes"), default=0)

    objects = ArticleChangesQuerySet.as_manager()

    class Meta:
        verbose_name = _("count of article writes")
        verbose_name_plural = _("counts of article writes")

    def __str__(self):
        return str(self.count)


def install_triggers(connection):
    """Create (or re-create) the counting triggers on ``connection``'s database."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL_TRIGGER)
        elif connection.vendor == "sqlite":
            for sql in SQLITE_TRIGGERS:
                cursor.execute(sql)
        else:
            raise NotImplementedError(f"No article-change trigger for {connection.vendor}.")


def drop_triggers(connection):
    with connection.cursor() as cursor:
        for sql in [DROP_POSTGRESQL_TRIGGER] if connection.vendor == "postgresql" else DROP_SQLITE_TRIGGERS:
            cursor.execute(sql)


def install_triggers_after_migrate(sender, using, **kwargs):
    """``post_migrate`` receiver: the triggers are there after every migrate."""
    from django.db import connections

    connection = connections[using]
    if {"news_article", "news_articlechanges"} <= set(connection.introspection.table_names()):
        install_triggers(connection)
