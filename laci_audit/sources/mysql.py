"""Live MySQL and MariaDB databases, read through a read-only session (see database.py).

`timeout` bounds the TCP connection. The server stops each statement at `statement_timeout`;
PyMySQL waits for the server's greeting and for each reply at most 5 s longer than that.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from laci_audit.records import Field, Source
from laci_audit.sources import database

SYSTEM_SCHEMAS = frozenset({"information_schema", "mysql", "performance_schema", "sys"})


def _connect_args(timeouts: database.Timeouts) -> dict[str, Any]:
    return {
        "connect_timeout": timeouts.connect,
        "read_timeout": timeouts.statement + 5,
        "init_command": "SET SESSION TRANSACTION READ ONLY",
        "program_name": "laci-audit",
    }


def _session_setup(dbapi_connection: Any, timeouts: database.Timeouts) -> None:
    """Bound every statement on the server too: MariaDB and MySQL name the setting differently."""
    cursor = dbapi_connection.cursor()
    try:
        if "mariadb" in dbapi_connection.get_server_info().lower():
            cursor.execute(f"SET SESSION max_statement_time = {float(timeouts.statement)}")
        else:
            cursor.execute(f"SET SESSION max_execution_time = {int(timeouts.statement * 1000)}")
    finally:
        cursor.close()


def _sample_query(connection: Any, table: Any, limit: int) -> Any:
    from sqlalchemy import select

    return select(*table.columns).limit(limit)


# Every column (with its type, comment, key and nullability) of every table and view, and every
# key column with what it references, of the schemas (databases) read.
CATALOGUE = (
    "SELECT c.TABLE_SCHEMA, c.TABLE_NAME, t.TABLE_TYPE, c.ORDINAL_POSITION, c.COLUMN_NAME, c.COLUMN_TYPE, "
    "c.COLUMN_COMMENT, c.COLUMN_KEY, c.IS_NULLABLE FROM information_schema.COLUMNS c "
    "JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
    "WHERE c.TABLE_SCHEMA IN :schemas ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION",
    "SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, "
    "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
    "WHERE TABLE_SCHEMA IN :schemas ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION",
)

MYSQL = database.DatabaseKind(
    backends=frozenset({"mysql", "mariadb"}),
    drivers={"mysql": "mysql+pymysql", "mariadb": "mariadb+pymysql"},
    system_schemas=SYSTEM_SCHEMAS.__contains__,
    connect_args=_connect_args,
    sample_query=_sample_query,
    session_setup=_session_setup,
    schemas_are_databases=True,
    catalogue=CATALOGUE,
)


def validate(source: Source) -> str | None:
    """A mysql:// or mariadb:// URL without a password, and sane options."""
    return database.validate(source, MYSQL)


def prepare(source: Source) -> None:
    """Import the driver before threads scan sources at once."""
    database.prepare(source, MYSQL)


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield the columns of the database's tables and views, reflected read-only (from the cache
    while the catalogue of the schemas read is unchanged)."""
    return database.scan(source, MYSQL, inventory_dir=inventory_dir)


def sample(source: Source, inventory_dir: Path, fields: list[Field], limit: int) -> Iterator[tuple[Field, list]]:
    """Yield each field with at most `limit` values read with LIMIT."""
    return database.sample(source, MYSQL, fields, limit)


def count(source: Source, inventory_dir: Path, statements: list[tuple[str, str, str]], value: object
          ) -> Iterator[tuple[str, int | str]]:
    """Each `SELECT count(*)` of one person's rows, read-only (database.count)."""
    return database.count(source, MYSQL, statements, value)
