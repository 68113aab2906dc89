"""Live PostgreSQL databases, read through a read-only session (see database.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from laci_audit.records import Field, Source
from laci_audit.sources import database

# Tables estimated larger than this are sampled with TABLESAMPLE SYSTEM before the LIMIT.
TABLESAMPLE_ABOVE_ROWS = 100_000


def _connect_args(timeouts: database.Timeouts) -> dict[str, Any]:
    settings = f"-c default_transaction_read_only=on -c statement_timeout={int(timeouts.statement * 1000)}"
    return {"connect_timeout": max(2, round(timeouts.connect)), "options": settings, "application_name": "laci-audit"}


def _is_system_schema(schema: str) -> bool:
    return schema == "information_schema" or schema.startswith("pg_")


def _sample_query(connection: Any, table: Any, limit: int) -> Any:
    """LIMIT rows; on a table the planner estimates large, taken first from a block sample
    (TABLESAMPLE SYSTEM), topped up from the table's first rows if the sample came up short."""
    from sqlalchemy import func, select, tablesample, text, union_all

    estimate = connection.execute(
        text("SELECT c.reltuples FROM pg_class c WHERE c.relkind IN ('r', 'm') "
             "AND c.oid = to_regclass(format('%I.%I', coalesce(:schema, current_schema()), :name))"),
        {"schema": table.schema, "name": table.name},
    ).scalar()
    first_rows = select(*table.columns).limit(limit)
    if not estimate or estimate <= max(TABLESAMPLE_ABOVE_ROWS, limit * 10):
        return first_rows
    percent = min(100.0, 100.0 * limit * 10 / estimate)
    sampled = tablesample(table, func.system(percent), name="sampled")
    return union_all(select(*sampled.columns).limit(limit), first_rows).limit(limit)


def _partitions(connection: Any, schema: str) -> set[str]:
    """Partitions of partitioned tables: the parent table already has their columns."""
    from sqlalchemy import text

    rows = connection.execute(
        text("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
             "WHERE n.nspname = :schema AND c.relispartition"),
        {"schema": schema},
    )
    return {name for (name,) in rows}


# Every column (with its type, comment and nullability) of every table, view and partition, and every
# primary, unique and foreign key, of the schemas read: one md5 each, worked out by the server.
CATALOGUE = (
    "SELECT md5(coalesce(string_agg(ROW(n.nspname, c.relname, c.relkind, c.relispartition, a.attnum, a.attname, "
    "format_type(a.atttypid, a.atttypmod), col_description(c.oid, a.attnum), a.attnotnull)::text, E'\\n' "
    "ORDER BY n.nspname, c.relname, a.attnum), '')) "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
    "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname IN :schemas",
    "SELECT md5(coalesce(string_agg(ROW(n.nspname, c.relname, con.conname, con.contype, "
    "pg_get_constraintdef(con.oid))::text, E'\\n' ORDER BY n.nspname, c.relname, con.conname), '')) "
    "FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE con.contype IN ('p', 'u', 'f') AND n.nspname IN :schemas",
)

POSTGRES = database.DatabaseKind(
    backends=frozenset({"postgresql"}),
    drivers={"postgresql": "postgresql+psycopg2", "postgres": "postgresql+psycopg2"},
    system_schemas=_is_system_schema,
    connect_args=_connect_args,
    sample_query=_sample_query,
    hidden_tables=_partitions,
    default_schema="public",
    catalogue=CATALOGUE,
)


def validate(source: Source) -> str | None:
    """A postgresql:// URL without a password, and sane options."""
    return database.validate(source, POSTGRES)


def prepare(source: Source) -> None:
    """Import the driver before threads scan sources at once."""
    database.prepare(source, POSTGRES)


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield the columns of the database's tables and views, reflected read-only (from the cache
    while the catalogue of the schemas read is unchanged)."""
    return database.scan(source, POSTGRES, inventory_dir=inventory_dir)


def sample(source: Source, inventory_dir: Path, fields: list[Field], limit: int) -> Iterator[tuple[Field, list]]:
    """Yield each field with at most `limit` values read with LIMIT (TABLESAMPLE on large tables)."""
    return database.sample(source, POSTGRES, fields, limit)


def count(source: Source, inventory_dir: Path, statements: list[tuple[str, str, str]], value: object
          ) -> Iterator[tuple[str, int | str]]:
    """Each `SELECT count(*)` of one person's rows, read-only (database.count)."""
    return database.count(source, POSTGRES, statements, value)
