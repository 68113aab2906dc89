"""SQLite database files, opened read-only: every column of every table, with the primary and
foreign keys declared."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from laci_audit.errors import SourceError
from laci_audit.fileio import display_path
from laci_audit.records import Field, Source
from laci_audit.sources import resolve_paths


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open an SQLite file so that nothing, not even a journal, can be written to it.

    A WAL-mode database with no -wal file beside it has nothing pending: it is opened
    immutable, so SQLite does not create -wal and -shm files next to it.
    """
    immutable = _in_wal_mode(path) and not Path(f"{path}-wal").exists()
    uri = f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    connection = sqlite3.connect(uri, uri=True)
    connection.execute("PRAGMA query_only = ON")
    return connection


def _in_wal_mode(path: Path) -> bool:
    """True when the database header says WAL (file format versions 2 at offsets 18 and 19)."""
    with open(path, "rb") as handle:
        header = handle.read(20)
    return len(header) == 20 and header.startswith(b"SQLite format 3\x00") and header[18:20] == b"\x02\x02"


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield the columns of every table in the source's SQLite file(s)."""
    for path in resolve_paths(source, inventory_dir):
        try:
            connection = open_read_only(path)
        except sqlite3.Error as exc:
            raise SourceError(f"{path.name}: cannot open: {exc}") from None
        try:
            yield from _table_columns(connection, source.name, display_path(path))
        except sqlite3.DatabaseError as exc:
            raise SourceError(f"{path.name}: not a readable SQLite database: {exc}") from None
        finally:
            connection.close()


def _table_columns(connection: sqlite3.Connection, source: str, file: str) -> Iterator[Field]:
    tables = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    for (table,) in tables:
        quoted = table.replace('"', '""')
        references = _foreign_keys(connection, table)
        for _cid, name, data_type, _notnull, _default, key_position in connection.execute(
                f'PRAGMA table_info("{quoted}")'):
            yield Field(source=source, table=table, name=name, data_type=data_type or "", file=file,
                        references=references.get(name.casefold(), ""), primary_key=bool(key_position))


def _foreign_keys(connection: sqlite3.Connection, table: str) -> dict[str, str]:
    """The "table.column" each key column of a table refers to, by its casefolded name; a key that
    names no column (REFERENCES users) refers to the target's primary key, in order."""
    quoted = table.replace('"', '""')
    references = {}
    for _id, position, target, column, target_column, *_rest in connection.execute(
            f'PRAGMA foreign_key_list("{quoted}")'):
        if target_column is None:
            primary_key = _primary_key(connection, target)
            target_column = primary_key[position] if position < len(primary_key) else None
        if target_column is not None:
            references[column.casefold()] = f"{target}.{target_column}"
    return references


def _primary_key(connection: sqlite3.Connection, table: str) -> list[str]:
    quoted = table.replace('"', '""')
    columns = connection.execute(f'PRAGMA table_info("{quoted}")').fetchall()
    return [name for _cid, name, _type, _notnull, _default, pk in sorted(columns, key=lambda c: c[5]) if pk]


def sample(source: Source, inventory_dir: Path, fields: list[Field], limit: int) -> Iterator[tuple[Field, list]]:
    """Yield, per field, at most `limit` raw values of its column, read with LIMIT from the
    read-only file (never a full scan). The caller must only count them, never keep them."""
    wanted: dict[tuple[str, str], list[Field]] = {}
    for found in fields:
        wanted.setdefault((found.file or "", found.table), []).append(found)
    for path in resolve_paths(source, inventory_dir):
        tables = {table: columns for (file, table), columns in wanted.items() if file == display_path(path)}
        if not tables:
            continue
        try:
            connection = open_read_only(path)
        except sqlite3.Error as exc:
            raise SourceError(f"{path.name}: cannot open: {exc}") from None
        # Undecodable text is replaced rather than raised: SQLite's error would quote the value.
        connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            for table, columns in tables.items():
                yield from _sample_table(connection, table, columns, limit)
        except sqlite3.DatabaseError as exc:
            # never the error's text: it can quote a sampled value
            raise SourceError(f"{path.name}: cannot sample ({type(exc).__name__})") from None
        finally:
            connection.close()


def _sample_table(connection: sqlite3.Connection, table: str, columns: list[Field], limit: int
                  ) -> Iterator[tuple[Field, list]]:
    quoted = ", ".join('"' + c.name.replace('"', '""') + '"' for c in columns)
    rows = connection.execute(f'SELECT {quoted} FROM "{table.replace(chr(34), chr(34) * 2)}" LIMIT ?', (limit,)).fetchall()
    for index, column in enumerate(columns):
        yield column, [row[index] for row in rows if row[index] is not None]


def count(source: Source, inventory_dir: Path, statements: list[tuple[str, str, str]], value: object
          ) -> Iterator[tuple[str, int | str]]:
    """Run each `SELECT count(*)` on its read-only file with :user_id bound to value: (table, rows),
    or (table, why not) when one fails; SQLite's message is never shown (it could quote data)."""
    by_file: dict[str, list[tuple[str, str]]] = {}
    for table, file, sql in statements:
        by_file.setdefault(file, []).append((table, sql))
    for path in resolve_paths(source, inventory_dir):
        for table, sql in by_file.get(display_path(path), ()):
            try:
                connection = open_read_only(path)
            except sqlite3.Error as exc:
                raise SourceError(f"{path.name}: cannot open: {type(exc).__name__}") from None
            try:
                yield table, connection.execute(sql, {"user_id": value}).fetchone()[0]
            except sqlite3.Error as exc:
                yield table, f"query failed ({type(exc).__name__})"
            finally:
                connection.close()
