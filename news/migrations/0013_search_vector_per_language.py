"""
Full-text search in each language on PostgreSQL: ``search_vector_en`` (the vector of 0003,
renamed) with the ``english`` configuration over the English title, lead and body, and
``search_vector_ru`` with ``russian`` over the Russian ones, so that Russian words are found in
any of their forms ("посольства" finds "посольство"). One trigger keeps both current on every
insert and update (whatever wrote the row), and a GIN index serves each.

The trigger and the indexes exist on PostgreSQL only; on other databases the columns stay empty
and news/search.py falls back to a simple match. The configurations must match
``news.search.CONFIGS``.
"""

import django.contrib.postgres.search
from django.db import migrations

CREATE_SQL = """
DROP INDEX IF EXISTS news_article_search_idx;
DROP TRIGGER IF EXISTS news_article_search_vector_trigger ON news_article;
DROP FUNCTION IF EXISTS news_article_search_vector_update();

-- In the row, not in the TOAST table (see 0003_search_vector).
ALTER TABLE news_article ALTER COLUMN search_vector_en SET STORAGE MAIN;
ALTER TABLE news_article ALTER COLUMN search_vector_ru SET STORAGE MAIN;

CREATE FUNCTION news_article_search_vector_update() RETURNS trigger AS $$
BEGIN
    NEW.search_vector_en :=
        setweight(to_tsvector('english'::regconfig, coalesce(NEW.title_en, '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(NEW.lead_en, '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce(NEW.body_en, '')), 'C');
    NEW.search_vector_ru :=
        setweight(to_tsvector('russian'::regconfig, coalesce(NEW.title_ru, '')), 'A') ||
        setweight(to_tsvector('russian'::regconfig, coalesce(NEW.lead_ru, '')), 'B') ||
        setweight(to_tsvector('russian'::regconfig, coalesce(NEW.body_ru, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER news_article_search_vector_trigger
    BEFORE INSERT OR UPDATE OF title_en, lead_en, body_en, title_ru, lead_ru, body_ru,
        search_vector_en, search_vector_ru ON news_article
    FOR EACH ROW EXECUTE FUNCTION news_article_search_vector_update();

UPDATE news_article SET search_vector_en = NULL;

CREATE INDEX news_article_search_en_idx ON news_article USING gin (search_vector_en);
CREATE INDEX news_article_search_ru_idx ON news_article USING gin (search_vector_ru);
"""

DROP_SQL = """
DROP INDEX IF EXISTS news_article_search_en_idx;
DROP INDEX IF EXISTS news_article_search_ru_idx;
DROP TRIGGER IF EXISTS news_article_search_vector_trigger ON news_article;
DROP FUNCTION IF EXISTS news_article_search_vector_update();
"""

# Back to 0003's English vector over the columns of the original fields, once the column has
# its old name again.
RESTORE_0003_SQL = """
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


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0012_translations"),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, on_postgresql(RESTORE_0003_SQL), elidable=False),
        migrations.RenameField(model_name="article", old_name="search_vector", new_name="search_vector_en"),
        migrations.AddField(
            model_name="article",
            name="search_vector_ru",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(on_postgresql(CREATE_SQL), on_postgresql(DROP_SQL), elidable=False),
    ]
