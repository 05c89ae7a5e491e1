"""
A count of the writes to the articles table, and which London months they
touched, kept by the database itself.

A trigger adds one to ``ArticleChanges.count`` on every statement that
inserts, updates, deletes or truncates articles, whatever made it: a save, the
admin's actions, ``QuerySet.update()``, a restore, an import, ``COPY`` or SQL
typed by hand. It is part of the writing transaction, so a reader sees the new
count exactly when it sees the new rows: what is computed from the articles
and stored under the count (``news.listing``'s live summary) can never be
older than the data, on any worker, with or without a shared cache.

The same trigger notes, in ``ArticleWrite``, the publication time of every
row written, before and after the write (on PostgreSQL the start of its London
month, once per month and statement), under the new count: so a reader that
knows the summary as of count N recounts only the months that the writes after
N touched. A truncate notes no time, which means "every month". Writers take
the count's row lock in turn, so the counts follow the order of the commits and
no write can be noted under a count that a reader has already passed. Only the
notes of the last ``KEPT_WRITES`` counts are kept; a summary older than that is
recomputed whole.

The triggers are installed by the migrations and again after every ``migrate``
(SQLite drops a table's triggers when a migration rebuilds the table).
"""

import datetime

from django.db import connections, models
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from core.clocks import LONDON

# The notes of this many counts are kept (the triggers delete older ones).
KEPT_WRITES = 1000

POSTGRESQL_TRIGGER = f"""
CREATE OR REPLACE FUNCTION news_article_changed() RETURNS trigger AS $$
DECLARE
    written bigint;
BEGIN
    INSERT INTO news_articlechanges (id, count) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
    UPDATE news_articlechanges SET count = count + 1 WHERE id = 1 RETURNING count INTO written;
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO news_articlewrite (writes, publication_date) VALUES (written, NULL);
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO news_articlewrite (writes, publication_date)
            SELECT DISTINCT written, date_trunc('month', publication_date, 'Europe/London') FROM new_rows;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO news_articlewrite (writes, publication_date)
            SELECT written, date_trunc('month', publication_date, 'Europe/London') FROM old_rows
            UNION SELECT written, date_trunc('month', publication_date, 'Europe/London') FROM new_rows;
    ELSE
        INSERT INTO news_articlewrite (writes, publication_date)
            SELECT DISTINCT written, date_trunc('month', publication_date, 'Europe/London') FROM old_rows;
    END IF;
    DELETE FROM news_articlewrite WHERE writes <= written - {KEPT_WRITES};
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS news_article_changed ON news_article;
CREATE OR REPLACE TRIGGER news_article_changed_insert AFTER INSERT ON news_article
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION news_article_changed();
CREATE OR REPLACE TRIGGER news_article_changed_update AFTER UPDATE ON news_article
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION news_article_changed();
CREATE OR REPLACE TRIGGER news_article_changed_delete AFTER DELETE ON news_article
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION news_article_changed();
CREATE OR REPLACE TRIGGER news_article_changed_truncate AFTER TRUNCATE ON news_article
    FOR EACH STATEMENT EXECUTE FUNCTION news_article_changed();
"""

# SQLite has row triggers only: the count goes up once per row (SQLite runs one writer at a time).
_SQLITE_NOTE = (
    "INSERT INTO news_articlewrite (writes, publication_date)"
    " SELECT count, {row}.publication_date FROM news_articlechanges WHERE id = 1;"
)
SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER IF NOT EXISTS news_article_written_{event.lower()} AFTER {event} ON news_article
    BEGIN
        INSERT OR IGNORE INTO news_articlechanges (id, count) VALUES (1, 0);
        UPDATE news_articlechanges SET count = count + 1 WHERE id = 1;
        {" ".join(_SQLITE_NOTE.format(row=row) for row in rows)}
        DELETE FROM news_articlewrite
            WHERE writes <= (SELECT count FROM news_articlechanges WHERE id = 1) - {KEPT_WRITES};
    END
    """
    for event, rows in (("INSERT", ["NEW"]), ("UPDATE", ["OLD", "NEW"]), ("DELETE", ["OLD"]))
]

DROP_POSTGRESQL_TRIGGER = """
DROP TRIGGER IF EXISTS news_article_changed ON news_article;
DROP TRIGGER IF EXISTS news_article_changed_insert ON news_article;
DROP TRIGGER IF EXISTS news_article_changed_update ON news_article;
DROP TRIGGER IF EXISTS news_article_changed_delete ON news_article;
DROP TRIGGER IF EXISTS news_article_changed_truncate ON news_article;
DROP FUNCTION IF EXISTS news_article_changed();
"""

# The first triggers (migration 0008) counted without noting months.
DROP_SQLITE_TRIGGERS = [
    f"DROP TRIGGER IF EXISTS news_article_{name}_{event}"
    for name in ("changed", "written")
    for event in ("insert", "update", "delete")
]


class ArticleChangesQuerySet(models.QuerySet):
    def current(self):
        """The count of writes to the articles table so far (0 before the first). Read on every
        list page, so written as plain SQL (building the ORM's query cost more than running it)."""
        with connections[self.db].cursor() as cursor:
            cursor.execute("SELECT count FROM news_articlechanges WHERE id = 1")
            row = cursor.fetchone()
        return row[0] if row else 0

    def months_written_since(self, writes):
        """``(count, months)``: the count of writes now and the London months ``(year, month)``
        that the writes after ``writes`` touched, read in one statement (one snapshot); ``months``
        is ``None`` when they are not all known (a truncate, or notes already deleted)."""
        with connections[self.db].cursor() as cursor:
            cursor.execute(
                "SELECT c.count, w.writes, w.publication_date FROM news_articlechanges c "
                "LEFT JOIN news_articlewrite w ON w.writes > %s WHERE c.id = 1",
                [writes],
            )
            rows = cursor.fetchall()
        count = rows[0][0] if rows else 0
        if count - KEPT_WRITES > writes:
            return count, None
        months = set()
        for _count, noted, time in rows:
            if noted is None:  # no note after ``writes``
                continue
            if time is None:  # a truncate
                return count, None
            if isinstance(time, str):  # SQLite gives the stored text (UTC)
                time = parse_datetime(time)
            if timezone.is_naive(time):
                time = timezone.make_aware(time, datetime.UTC)
            time = time.astimezone(LONDON)
            months.add((time.year, time.month))
        return count, months


class ArticleChanges(models.Model):
    """One row: how many statements have written to the articles table (kept by a trigger)."""

    count = models.BigIntegerField(_("writes"), default=0)

    objects = ArticleChangesQuerySet.as_manager()

    class Meta:
        verbose_name = _("count of article writes")
        verbose_name_plural = _("counts of article writes")

    def __str__(self):
        return str(self.count)


class ArticleWrite(models.Model):
    """A London month that a write to the articles touched (noted by the trigger), under the
    count of writes it made."""

    writes = models.BigIntegerField(_("count of writes"), db_index=True)
    publication_date = models.DateTimeField(
        _("publication time"), null=True, help_text=_("Any time in the month written; none: every month.")
    )

    class Meta:
        verbose_name = _("month written")
        verbose_name_plural = _("months written")

    def __str__(self):
        return f"{self.writes}: {self.publication_date}"


def install_triggers(connection):
    """Create (or re-create) the counting triggers on ``connection``'s database."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL_TRIGGER)
        elif connection.vendor == "sqlite":
            for sql in [*DROP_SQLITE_TRIGGERS, *SQLITE_TRIGGERS]:
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
    if {"news_article", "news_articlechanges", "news_articlewrite"} <= set(connection.introspection.table_names()):
        install_triggers(connection)
