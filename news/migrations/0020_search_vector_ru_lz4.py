"""
The Russian search vectors compressed with lz4 instead of pglz, on PostgreSQL.

Every match a search checks row by row (the newest matches, read in date order: news.search)
and every rank unpacks the row's vector. A Russian vector (two bytes a letter) is one pglz
compresses, and unpacking it cost about 5 µs a row: most of what made a Russian search slower
than an English one at 100,000 items, whose vectors pglz leaves as they are (it saves less than
a quarter of them). lz4 unpacks them several times faster.

The method applies to the values written from now on; the vectors stored with pglz are
written again (set to NULL, the search trigger of 0013 computes them anew), and the table is
vacuumed: the rewrite leaves a dead row for each, and until a vacuum the index-only scans of the
live summary (news.listing) read the table instead (a cold Russian count took 270 ms, not
25). VACUUM cannot run in a transaction, so this migration is not atomic; it may be run again.
On a server built without lz4 nothing changes.
"""

from django.db import migrations

from core.postgresql_migrations import run_sql_on_postgresql

CREATE_SQL = """
DO $$
BEGIN
    ALTER TABLE news_article ALTER COLUMN search_vector_ru SET COMPRESSION lz4;
    UPDATE news_article SET search_vector_ru = NULL WHERE pg_column_compression(search_vector_ru) = 'pglz';
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'lz4 is not supported by this server: the Russian search vectors stay compressed with pglz';
END
$$;
"""

DROP_SQL = """
ALTER TABLE news_article ALTER COLUMN search_vector_ru SET COMPRESSION default;
"""


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("news", "0019_written_ru"),
    ]

    operations = [
        run_sql_on_postgresql(CREATE_SQL, DROP_SQL),
        run_sql_on_postgresql("VACUUM ANALYZE news_article", "SELECT 1"),
    ]
