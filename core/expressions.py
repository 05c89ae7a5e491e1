"""Query expressions that cost less to compile than the ORM's own."""

from django.db import connection
from django.db.models import BooleanField, Lookup
from django.db.models.expressions import RawSQL
from django.db.models.lookups import In


def has_rows(model, field_name, outer):
    """``EXISTS`` a row of ``model`` whose ``field_name`` (a foreign key) is the row of
    ``outer`` (a model) being read, as an annotation: the same SQL as
    ``Exists(model.objects.filter(field=OuterRef("pk")))``, without building and compiling a
    subquery on every read (on an item's page that costs as much CPU as the item's own query).
    For a query that reads ``outer``'s table under its own name: the page's object query, not a
    queryset that will be nested in another."""
    quote = connection.ops.quote_name
    table, outer_table = quote(model._meta.db_table), quote(outer._meta.db_table)
    column, outer_pk = quote(model._meta.get_field(field_name).column), quote(outer._meta.pk.column)
    sql = f"EXISTS(SELECT 1 FROM {table} WHERE {table}.{column} = {outer_table}.{outer_pk})"
    return RawSQL(sql, (), output_field=BooleanField())


class AnyOf(Lookup):
    """``lhs`` is one of ``rhs`` (a list), as ``__in`` asks it, but on PostgreSQL with the list
    as one array parameter (``lhs = ANY(%s)``): ``__in`` prepares and compiles a parameter per
    value, and a search hands the thousand keys it ranks to two queries (``news.search``).
    ``queryset.filter(AnyOf(F("pk"), keys))``."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        return In(self.lhs, self.rhs).as_sql(compiler, connection)

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", [*lhs_params, list(self.rhs)]
