"""
Full-text search on PostgreSQL: the ``search_vector`` column, the trigger that
keeps it current on every insert and update (whatever wrote the row: ``save()``,
``bulk_create()``, ``update()``, ``COPY``), and the GIN index that serves it.

The trigger and the index exist on PostgreSQL only; on other databases the
column stays empty and news/search.py falls back to a simple match. The text
search configuration must match ``news.search.CONFIG``.
"""

import django.contrib.postgres.search
from django.db import migrations

CREATE_SQL = """
-- Keep the vector in the row (compressed) rather than in the TOAST table:
-- ranking reads the vector of every match, and a TOAST fetch per row made
-- that five times slower (bench/search_benchmark.py).
ALTER TABLE news_article ALTER COLUMN search_vector SET STORAGE MAIN;

CREATE FUNCTION news_article_search_vector_update() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english'::regconfig, coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(NEW.lead, '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce(NEW.body, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER news_article_search_vector_trigger
    BEFORE INSERT OR UPDATE OF title, lead, body, search_vector ON news_article
    FOR EACH ROW EXECUTE FUNCTION news_article_search_vector_update();

UPDATE news_article SET search_vector = NULL;

CREATE INDEX news_article_search_idx ON news_article USING gin (search_vector);
"""

DROP_SQL = """
DROP INDEX IF EXISTS news_article_search_idx;
DROP TRIGGER IF EXISTS news_article_search_vector_trigger ON news_article;
DROP FUNCTION IF EXISTS news_article_search_vector_update();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_article_expires_at"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(on_postgresql(CREATE_SQL), on_postgresql(DROP_SQL), elidable=False),
    ]
