"""
The admin's title search in every language, served by trigram indexes on PostgreSQL.

django-modeltranslation makes a search on ``title`` one on the active language's column
(``UPPER(title_en) LIKE UPPER('%…%')``), which 0009's index on ``UPPER(title)`` cannot serve, so
the editor's search read every row (1.5 s at 100,000 items). The admin now searches the English
and the Russian titles (``news.admin.articles.ArticleAdmin.search_fields``), each from its own
index; 0009's index, which nothing reads any more, goes. Not on SQLite.
"""

from django.db import migrations

from core.postgresql_migrations import run_sql_on_postgresql

CREATE_SQL = """
DROP INDEX IF EXISTS news_article_title_trgm_idx;
CREATE INDEX IF NOT EXISTS news_article_title_en_trgm_idx ON news_article USING gin ((UPPER(title_en::text)) gin_trgm_ops);
CREATE INDEX IF NOT EXISTS news_article_title_ru_trgm_idx ON news_article USING gin ((UPPER(title_ru::text)) gin_trgm_ops);
"""

DROP_SQL = """
DROP INDEX IF EXISTS news_article_title_en_trgm_idx;
DROP INDEX IF EXISTS news_article_title_ru_trgm_idx;
CREATE INDEX IF NOT EXISTS news_article_title_trgm_idx ON news_article USING gin ((UPPER(title::text)) gin_trgm_ops);
"""


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0016_translated_listing_indexes"),
    ]

    operations = [
        run_sql_on_postgresql(CREATE_SQL, DROP_SQL),
    ]
