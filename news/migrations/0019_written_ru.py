"""
Whether an item is written in Russian, as a column the database generates (``written_ru``:
its Russian title and lead hold something other than white space), and the Russian list
indexes of 0016 remade on it.

``live("ru")`` asked ``title_ru ~ '\\S' AND lead_ru ~ '\\S'``, whose share of the rows the
planner cannot estimate (it guesses), so it misjudged how many items a Russian search would
meet and chose slow plans: a Russian search took up to 165 ms at 100,000 items where the
English ones take under 50. It filters on ``written_ru`` now, a boolean whose share
``ANALYZE`` measures. The column is worked out by the database on every write, whatever path
wrote the row, with string functions both databases have (``news.models.Written``), so the
indexes are declared in ``Meta.indexes`` and exist on SQLite too.

0016's indexes, whose predicate was the regular expressions, are dropped first (PostgreSQL
only: they exist nowhere else); the new ones keep their names.
"""

from importlib import import_module

from django.db import migrations, models

import news.models
from core.postgresql_migrations import run_sql_on_postgresql

# What str.strip() strips (news.models.WHITE_SPACE when this was written).
WHITE_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

# 0016's indexes: dropped by this migration, made again when it is unapplied.
INDEXES_0016 = import_module("news.migrations.0016_translated_listing_indexes")


def analyze_on_postgresql(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ANALYZE news_article")


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0018_live_summary_month_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="written_ru",
            field=models.GeneratedField(
                db_persist=True,
                expression=models.Q(
                    news.models.Written("title_ru", WHITE_SPACE), news.models.Written("lead_ru", WHITE_SPACE)
                ),
                output_field=models.BooleanField(),
                verbose_name="written in Russian",
            ),
        ),
        # The planner's figures for the new column (what share of the rows is written in Russian),
        # which it would otherwise lack until the next automatic ANALYZE.
        migrations.RunPython(analyze_on_postgresql, migrations.RunPython.noop, elidable=False),
        run_sql_on_postgresql(INDEXES_0016.DROP_SQL, INDEXES_0016.CREATE_SQL),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("status", "published"), ("written_ru", True)),
                fields=["-publication_date", "-id", "expires_at", "category"],
                name="news_article_listing_ru_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("status", "published"), ("written_ru", True)),
                fields=["category", "-publication_date", "-id", "expires_at"],
                name="news_article_category_ru_idx",
            ),
        ),
    ]
