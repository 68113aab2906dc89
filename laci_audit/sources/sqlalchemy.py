"""Any engine SQLAlchemy has a dialect for (DuckDB, Trino, Snowflake, BigQuery, Databricks, SQL
Server, Oracle, ClickHouse, ...), read through database.py: reflection, bounded samples pushed into
the engine, timeouts, a password only from the environment.

A postgresql:// or mysql:// URL gets the same read-only session as kind postgres or mysql. DuckDB
is opened read-only and its catalog read from DuckDB's own tables (duckdb_engine's reflection
queries PostgreSQL's catalog, which DuckDB only partly has); every other engine is reflected by
its SQLAlchemy dialect, and it is read-only as far as the declared user's grants make it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from laci_audit.records import Field, Source
from laci_audit.sources import database

# Engines whose URL path names a file on this machine: relative to the inventory folder.
FILE_BACKENDS = frozenset({"duckdb", "sqlite"})
# Schemas engines keep for themselves, left out unless `schemas` names them.
SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog", "sys", "system", "mysql", "performance_schema",
                            "guest"})


def _no_connect_args(timeouts: database.Timeouts) -> dict[str, Any]:
    return {}


def _is_system_schema(schema: str) -> bool:
    return schema.casefold() in SYSTEM_SCHEMAS or schema.startswith(("pg_", "db_"))


def _sample_query(connection: Any, table: Any, limit: int) -> Any:
    """At most `limit` rows: the engine's own sampling where it takes a row count (Snowflake's
    SAMPLE (n ROWS)), else LIMIT in the dialect's words (TOP, FETCH FIRST, LIMIT), so the engine
    stops reading early and the data never leaves it whole."""
    from sqlalchemy import literal_column, select, tablesample

    if connection.dialect.name == "snowflake":
        sampled = tablesample(table, literal_column(f"({int(limit)} ROWS)"), name="sampled")
        return select(*sampled.columns).limit(limit)
    return select(*table.columns).limit(limit)


def _interrupt_cursor(dbapi_connection: Any, cursor: Any) -> None:
    """Cancel a running statement the way the driver can: the cursor's or the connection's cancel."""
    for target in (cursor, dbapi_connection):
        cancel = getattr(target, "cancel", None)
        if callable(cancel):
            cancel()
            return


GENERIC = database.DatabaseKind(
    backends=frozenset(),
    drivers={},
    system_schemas=_is_system_schema,
    connect_args=_no_connect_args,
    sample_query=_sample_query,
    interrupt=_interrupt_cursor,
)


# --- DuckDB -----------------------------------------------------------------------------------

def _duckdb_connect_args(timeouts: database.Timeouts) -> dict[str, Any]:
    return {"read_only": True}


def _duckdb_schemas(connection: Any) -> list[str]:
    from sqlalchemy import text

    rows = connection.execute(text(
        "SELECT schema_name FROM duckdb_schemas() WHERE database_name = current_database() "
        "AND schema_name NOT IN ('information_schema', 'pg_catalog') ORDER BY schema_name"))
    return [name for (name,) in rows]


def _duckdb_reflect(connection: Any, schema: str, include_views: bool) -> list[database.ReflectedTable]:
    """A DuckDB schema's tables and views from duckdb_columns() and duckdb_constraints()."""
    from sqlalchemy import text

    where = "database_name = current_database() AND schema_name = :schema"
    kinds = "" if include_views else (" AND table_name IN (SELECT table_name FROM duckdb_tables() "
                                      f"WHERE {where})")
    columns: dict[str, list[dict[str, Any]]] = {}
    for table, name, data_type, comment in connection.execute(text(
            f"SELECT table_name, column_name, data_type, comment FROM duckdb_columns() WHERE {where}{kinds} "
            "ORDER BY table_name, column_index"), {"schema": schema}):
        columns.setdefault(table, []).append({"name": name, "type": data_type, "comment": comment})
    primary_keys: dict[str, list[str]] = {}
    foreign_keys: dict[str, list[dict[str, Any]]] = {}
    for table, constraint, names, target, target_names in connection.execute(text(
            "SELECT table_name, constraint_type, constraint_column_names, referenced_table, "
            f"referenced_column_names FROM duckdb_constraints() WHERE {where} "
            "AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"), {"schema": schema}):
        if constraint == "PRIMARY KEY":
            primary_keys[table] = list(names)
        else:
            foreign_keys.setdefault(table, []).append({
                "referred_schema": schema, "referred_table": target,
                "constrained_columns": list(names), "referred_columns": list(target_names)})
    return [database.ReflectedTable(schema, table, table_columns, primary_keys.get(table, []),
                                    foreign_keys.get(table, []))
            for table, table_columns in columns.items()]


def _duckdb_sample_query(connection: Any, table: Any, limit: int) -> Any:
    """A reservoir sample of `limit` rows, drawn by DuckDB (over Parquet too, without loading it)."""
    from sqlalchemy import text

    preparer = connection.dialect.identifier_preparer
    columns = ", ".join(preparer.quote(column.name) for column in table.columns)
    name = preparer.quote(table.name) if not table.schema else \
        f"{preparer.quote_schema(table.schema)}.{preparer.quote(table.name)}"
    return text(f"SELECT {columns} FROM {name} USING SAMPLE reservoir({int(limit)} ROWS)")


def _duckdb_session(dbapi_connection: Any, _timeouts: database.Timeouts) -> None:
    """Relative paths in the database's views (read_parquet('lake/*.parquet')) are read beside
    the database file, where they were written, not in whatever folder laci-audit runs in."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()")
        (path,) = cursor.fetchone()
        if path:
            folder = str(Path(path).resolve().parent).replace("'", "''")
            cursor.execute(f"SET file_search_path = '{folder}'")
    finally:
        cursor.close()


def _duckdb_interrupt(dbapi_connection: Any, _cursor: Any) -> None:
    dbapi_connection.interrupt()


DUCKDB = database.DatabaseKind(
    backends=frozenset({"duckdb"}),
    drivers={},
    system_schemas=_is_system_schema,
    connect_args=_duckdb_connect_args,
    session_setup=_duckdb_session,
    sample_query=_duckdb_sample_query,
    default_schema="main",
    reflect=_duckdb_reflect,
    schema_names=_duckdb_schemas,
    interrupt=_duckdb_interrupt,
)


def engine_kind(source: Source) -> database.DatabaseKind:
    """How to read the source's engine: PostgreSQL and MySQL as their own kinds, DuckDB, or any other."""
    from sqlalchemy.engine import make_url

    from laci_audit.sources import mysql, postgres

    backend = make_url(str(source.options["url"])).get_backend_name()
    for kind in (postgres.POSTGRES, mysql.MYSQL, DUCKDB):
        if backend in kind.backends:
            return kind
    return GENERIC


def _base_dir(source: Source, inventory_dir: Path) -> Path | None:
    from sqlalchemy.engine import make_url

    return inventory_dir if make_url(str(source.options["url"])).get_backend_name() in FILE_BACKENDS else None


def validate(source: Source) -> str | None:
    """A connection URL without a password whose dialect is installed, and sane options."""
    problem = database.validate(source, GENERIC)
    if problem is not None:
        return problem
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import NoSuchModuleError

    url = make_url(str(source.options["url"]))
    if url.get_backend_name() in FILE_BACKENDS and source.options.get("password_env"):
        return f"a {url.get_backend_name()} file takes no password: leave 'password_env' out"
    try:
        url.get_dialect()
    except NoSuchModuleError:
        return (f"no SQLAlchemy dialect for {url.drivername}:// is installed "
                f"(install the engine's dialect package, e.g. pip install 'laci-audit[duckdb]' for duckdb://)")
    return None


def prepare(source: Source) -> None:
    """Import the dialect and its driver before threads scan sources at once."""
    database.prepare(source, engine_kind(source))


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield the columns of the engine's tables and views, with their keys, reflected read-only."""
    return database.scan(source, engine_kind(source), _base_dir(source, inventory_dir))


def sample(source: Source, inventory_dir: Path, fields: list[Field], limit: int) -> Iterator[tuple[Field, list]]:
    """Yield each field with at most `limit` values, sampled by the engine itself."""
    return database.sample(source, engine_kind(source), fields, limit, _base_dir(source, inventory_dir))


def count(source: Source, inventory_dir: Path, statements: list[tuple[str, str, str]], value: object
          ) -> Iterator[tuple[str, int | str]]:
    """Each `SELECT count(*)` of one person's rows, read-only, on the engine (database.count)."""
    return database.count(source, engine_kind(source), statements, value, _base_dir(source, inventory_dir))


# The sqlglot dialect of an engine's SQL, by SQLAlchemy backend name (engines not named here are
# not counted: their SQL is not known well enough to write it for them).
BACKEND_DIALECTS = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite",
                    "duckdb": "duckdb", "mssql": "tsql", "oracle": "oracle", "snowflake": "snowflake",
                    "bigquery": "bigquery", "redshift": "redshift", "trino": "trino", "clickhouse": "clickhouse"}


def dialect(source: Source) -> str | None:
    """The SQL dialect the source's engine speaks, or None when it is not one of BACKEND_DIALECTS."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        backend = make_url(str(source.options["url"])).get_backend_name()
    except ArgumentError:
        return None
    return BACKEND_DIALECTS.get(backend)
