"""
The live lists and the live summary in Russian read the same indexes as in English, on
PostgreSQL: ``live("ru")`` adds "its Russian title and lead are written" (``_written_in``) to the
live rule, which no index of 0008 answers, so counting the Russian live items read every row
of the table (half a second at 100,000 items). These two partial indexes hold exactly the
published items written in Russian, with the columns of 0008's listing and category indexes, so
the Russian summary is an index-only scan too.

The predicate must be the SQL that ``Article.objects.live("ru")`` compiles to, clause for
clause, or the planner cannot use the index (tests/news/test_listing_indexes.py checks it).
PostgreSQL only: SQLite's ``REGEXP`` is a function of Django's connection, which an index
must not depend on.
"""

from django.db import migrations

from core.postgresql_migrations import run_sql_on_postgresql

WRITTEN_IN_RUSSIAN = "status = 'published' AND title_ru::text ~ '\\S' AND lead_ru ~ '\\S'"

CREATE_SQL = f"""
CREATE INDEX IF NOT EXISTS news_article_listing_ru_idx
    ON news_article (publication_date DESC, id DESC, expires_at, category_id) WHERE {WRITTEN_IN_RUSSIAN};
CREATE INDEX IF NOT EXISTS news_article_category_ru_idx
    ON news_article (category_id, publication_date DESC, id DESC, expires_at) WHERE {WRITTEN_IN_RUSSIAN};
"""

DROP_SQL = """
DROP INDEX IF EXISTS news_article_listing_ru_idx;
DROP INDEX IF EXISTS news_article_category_ru_idx;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0015_related_items"),
    ]

    operations = [
        run_sql_on_postgresql(CREATE_SQL, DROP_SQL),
    ]
