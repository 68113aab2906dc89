"""SQLite database files, opened read-only: every column of every table, with the primary and
foreign keys declared."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from sys import intern

from laci_audit.errors import SourceError
from laci_audit.fileio import display_path
from laci_audit.inventory.cache import code_digest, holds_key, read_entry, write_entry
from laci_audit.inventory.layout import InventoryFolder
from laci_audit.records import Field, Source
from laci_audit.sources import resolve_paths
from laci_audit.sources.fields_cache import READS, scan_document, scan_of

CACHE_FORMAT = 1  # .laci-cache/sqlite/<source>.json


@contextmanager
def open_read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """An SQLite file opened so that nothing is written beside it or into it, closed on exit.

    A rollback-journal database is opened read-only (mode=ro writes nothing). A WAL-mode database
    with no -wal file beside it has nothing pending: it is opened immutable, so SQLite creates no
    -wal or -shm. One with a -wal file holds committed data in that WAL, which an immutable open
    would miss, and a read-only reader of a WAL creates the -shm index next to the file: so the
    file and its WAL are copied into a private temporary folder and the copy is read (what the
    WAL holds included), then deleted.
    """
    if path.stat().st_size == 0:
        raise SourceError(f"{path.name}: an empty file, not an SQLite database")
    wal = Path(f"{path}-wal")
    if not _in_wal_mode(path) or not wal.exists():
        immutable = "&immutable=1" if _in_wal_mode(path) else ""
        connection = _connect(f"{path.resolve().as_uri()}?mode=ro{immutable}")
        try:
            yield connection
        finally:
            connection.close()
        return
    with tempfile.TemporaryDirectory(prefix="laci-sqlite-") as folder:
        copy = Path(folder) / "source.sqlite"
        shutil.copyfile(wal, f"{copy}-wal")  # the WAL first: frames it gains meanwhile are past its commits
        shutil.copyfile(path, copy)
        connection = _connect(f"{copy.as_uri()}?mode=ro")
        try:
            yield connection
        finally:
            connection.close()


def _in_wal_mode(path: Path) -> bool:
    """True when the database header says WAL (file format versions 2 at offsets 18 and 19)."""
    with open(path, "rb") as handle:
        header = handle.read(20)
    return len(header) == 20 and header.startswith(b"SQLite format 3\x00") and header[18:20] == b"\x02\x02"


def _connect(uri: str) -> sqlite3.Connection:
    connection = sqlite3.connect(uri, uri=True)
    connection.execute("PRAGMA query_only = ON")
    # Undecodable text (a damaged file's names, a value) is replaced rather than raised: the error would quote it.
    connection.text_factory = _replacing
    return connection


def _replacing(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield the columns of every table in the source's SQLite file(s): from `.laci-cache/sqlite/`
    when every file's catalogue (its sqlite_master, read read-only) is the one they were read
    with, else from the files, cached for next time when every file was read."""
    paths = resolve_paths(source, inventory_dir)
    key = _cache_key(source, paths)
    cache_file = InventoryFolder(inventory_dir).cache_file("sqlite", f"{source.name}.json")
    document = read_entry(cache_file, key) if key else None
    if document is not None:
        try:
            fields, _skipped, _error = scan_of(document, source.name)
        except (KeyError, IndexError, TypeError, ValueError):
            fields = None
        if fields is not None:
            READS["sqlite", "cache"] += 1
            yield from fields
            return
    READS["sqlite", "read"] += 1
    fields = []
    for found in _read_files(source, paths):
        fields.append(found)
        yield found
    if key and _cache_key(source, paths) == key:  # the catalogues did not change while they were read
        write_entry(cache_file, key, scan_document(fields))


def is_cached(source: Source, paths: list[Path], inventory_dir: Path) -> bool:
    """Whether the cache holds an entry for the source's files' catalogues as they are now."""
    key = _cache_key(source, paths)
    return key is not None and holds_key(InventoryFolder(inventory_dir).cache_file("sqlite", f"{source.name}.json"), key)


def _cache_key(source: Source, paths: list[Path]) -> str | None:
    """A hash of what the source's fields depend on: each file (as shown) and its catalogue,
    and the code that reads them; None when a catalogue cannot be read (reading says why)."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{source.name}\0{code_digest('sources')}\0".encode("utf-8"))
    for path in paths:
        try:
            with open_read_only(path) as connection:
                catalogue = connection.execute(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        except (sqlite3.Error, SourceError, OSError, UnicodeDecodeError):
            return None
        digest.update(display_path(path).encode("utf-8") + b"\0")
        digest.update(json.dumps(catalogue, ensure_ascii=False).encode("utf-8") + b"\0")
    return digest.hexdigest()


def _read_files(source: Source, paths: list[Path]) -> Iterator[Field]:
    for path in paths:
        try:
            with open_read_only(path) as connection:
                yield from _table_columns(connection, source.name, display_path(path))
        except UnicodeDecodeError:  # a name SQLite hands over undecoded (its text is never shown)
            raise SourceError(f"{path.name}: not a readable SQLite database (a name is not UTF-8)") from None
        except sqlite3.DatabaseError as exc:
            raise SourceError(f"{path.name}: not a readable SQLite database ({_reason(exc)})") from None
        except sqlite3.Error as exc:
            raise SourceError(f"{path.name}: cannot open ({_reason(exc)})") from None


def _reason(error: sqlite3.Error) -> str:
    """SQLite's error by its name (SQLITE_NOTADB, SQLITE_CORRUPT), never its text: a message about
    a view or a trigger can quote what the file holds."""
    return getattr(error, "sqlite_errorname", None) or type(error).__name__


def _table_columns(connection: sqlite3.Connection, source: str, file: str) -> list[Field]:
    """Every column of the file's tables, its names decoded by SQLite itself (a Python decoder per
    name is a fifth of the read); a name that is not UTF-8 has the file read again with the
    replacing decoder (SQLite's error would quote the name)."""
    connection.text_factory = str
    try:
        return _columns_of(connection, source, file)
    except sqlite3.OperationalError as exc:
        if not str(exc).startswith("Could not decode"):
            raise
    finally:
        connection.text_factory = _replacing
    return _columns_of(connection, source, file)


def _columns_of(connection: sqlite3.Connection, source: str, file: str) -> list[Field]:
    tables = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    fields = []
    for (table,) in tables:
        quoted = table.replace('"', '""')
        references = _foreign_keys(connection, table)
        for _cid, name, data_type, _notnull, _default, key_position in connection.execute(
                f'PRAGMA table_info("{quoted}")').fetchall():  # names and types repeat across tables: one object each
            fields.append(Field(source, table, intern(name), intern(data_type or ""), file, None, "",  # positional: faster
                                references.get(name.casefold(), "") if references else "", bool(key_position)))
    return fields


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
            with open_read_only(path) as connection:
                yield from _sample_tables(connection, path, tables, limit)
        except sqlite3.Error as exc:
            raise SourceError(f"{path.name}: cannot open ({_reason(exc)})") from None


def _sample_tables(connection: sqlite3.Connection, path: Path, tables: dict[str, list[Field]], limit: int
                   ) -> Iterator[tuple[Field, list]]:
    """Each table's sample; a table that fails is noted by name and error kind (never the error's
    text: it can quote a sampled value) and the others still sampled."""
    problems = []
    for table, columns in tables.items():
        try:
            sampled = list(_sample_table(connection, table, columns, limit))
        except sqlite3.Error as exc:
            problems.append(f"{path.name}: cannot sample table {table} ({_reason(exc)})")
            continue
        yield from sampled
    if problems:
        raise SourceError("; ".join(problems))


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
        wanted = by_file.get(display_path(path), ())
        if not wanted:
            continue
        try:
            with open_read_only(path) as connection:
                yield from _counts(connection, wanted, value)
        except sqlite3.Error as exc:
            raise SourceError(f"{path.name}: cannot open ({_reason(exc)})") from None


def _counts(connection: sqlite3.Connection, wanted: list[tuple[str, str]], value: object
            ) -> Iterator[tuple[str, int | str]]:
    for table, sql in wanted:
        try:
            rows = connection.execute(sql, {"user_id": value}).fetchone()[0]
        except sqlite3.Error as exc:
            rows = f"query failed ({_reason(exc)})"
        yield table, rows
