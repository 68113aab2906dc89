"""The inventory database's schema (tables, keys and views), and opening it: read-write for a
scan, read-only for everything that only reads. Open it with `sqlite3` or Datasette; the views
name the questions it answers.

Schema 3 (as 2 before it) keeps each version of a field, registration and finding once. A version is one row of
`field_versions`, `registration_versions` or `finding_versions`: the row's content, its `digest`
(a hash of that content: for a field also its suggestion, categories and purposes, which hang off
the version's id in `suggestions`, `field_categories` and `field_purposes`; for a registration
also the field version it applies to; a field's `position` is its place among its table's fields
in the scan, an order version ids do not keep), and the scans it was seen in: `first_scan` to
`last_scan`, NULL while still present. A version is in scan S when first_scan <= S <= coalesce(last_scan, S)
and S is a kept scan (a row of `scans`; there is deliberately no foreign key from first_scan or
last_scan, since pruning deletes scans). A re-scan writes a new version only for what changed
(store/record.py). The views `fields`, `registrations` and `findings` give every kept scan's
versions with a `scan_id`: the tables of schema 1 (one row per scan), same names and columns.
`scans`, `sources`, `policies`, `policy_items` and `pruned_scans` are per scan as before. A
schema 1 or 2 inventory is migrated when it is next opened for writing (store/migrate.py)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from laci_audit.errors import LaciError
from laci_audit.fileio import display_path
from laci_audit.stable import stable_bytes

# The columns of a version's lifetime, which the views replace with the scan_id of each scan it is in.
LIFETIME = {"first_scan": int, "last_scan": int, "digest": bytes}
FIELD_COLUMNS = {"id": int, "source": str, "table_name": str, "name": str, "data_type": str, "file": str, "line": int,
                 "comment": str, "registered": int, "personal": int, "references_to": str, "draft": int,
                 "primary_key": int, "position": int}
REGISTRATION_COLUMNS = {"id": int, "field_id": int, "source": str, "table_name": str, "field": str, "personal": int,
                        "reason": str, "categories": str, "purposes": str, "table_purposes": str, "partners": str,
                        "note": str, "file": str, "line": int, "draft": int, "from_table": int}
FINDING_COLUMNS = {"id": int, "rule": str, "severity": str, "source": str, "table_name": str, "field": str,
                   "file": str, "line": int, "message": str, "fingerprint": str}
# view (schema 1's table) -> the table of its versions, and the version's own columns
VERSIONED = {"fields": ("field_versions", FIELD_COLUMNS),
             "registrations": ("registration_versions", REGISTRATION_COLUMNS),
             "findings": ("finding_versions", FINDING_COLUMNS)}

TABLES: list[tuple[str, dict, object, list]] = [
    ("policies", {"sha256": str, "file": str, "imported": str}, "sha256", []),
    ("policy_items",
     {"policy_sha256": str, "id": str, "kind": str, "parent": str, "text": str, "label_en": str,
      "terms": str, "spesifik": int, "leaf": int},
     ("policy_sha256", "id"), [("policy_sha256", "policies", "sha256")]),
    ("scans",
     {"id": int, "started_at": str, "finished_at": str, "seconds": float, "inventory": str,
      "policy_sha256": str, "tool_version": str, "sources": int, "fields": int, "findings": int, "automatic": int},
     "id", [("policy_sha256", "policies", "sha256")]),
    ("pruned_scans", {"id": int, "started_at": str, "pruned_at": str}, "id", []),  # see store/prune.py
    ("sources",
     {"scan_id": int, "name": str, "kind": str, "location": str, "owner": str, "description": str,
      "purposes": str, "partners": str, "status": str, "error": str, "fields": int, "seconds": float},
     ("scan_id", "name"), [("scan_id", "scans", "id")]),
    ("field_versions", FIELD_COLUMNS | LIFETIME, "id", []),
    ("registration_versions", REGISTRATION_COLUMNS | LIFETIME, "id", [("field_id", "field_versions", "id")]),
    ("field_categories", {"field_id": int, "category": str}, ("field_id", "category"),
     [("field_id", "field_versions", "id")]),
    ("field_purposes", {"field_id": int, "purpose": str, "origin": str}, ("field_id", "purpose"),
     [("field_id", "field_versions", "id")]),
    ("suggestions",
     {"field_id": int, "personal": int, "categories": str, "confidence": float, "sensitive": int, "evidence": str},
     "field_id", [("field_id", "field_versions", "id")]),
    ("finding_versions", FINDING_COLUMNS | LIFETIME, "id", []),
]
# Deleting a field version looks up the registrations that point at it (store/prune.py).
INDEXES = {"registration_versions_field_id": ("registration_versions", "field_id")}

# Schema 1's tables of one row per scan, with the scan_id the versions replace.
V1_COLUMNS = {view: {"id": int, "scan_id": int} | columns for view, (_table, columns) in VERSIONED.items()}


def _scan_view(table: str, columns: dict) -> str:
    """Every kept scan's versions, as schema 1's table: the version's columns with the scan's id."""
    selected = ", ".join(["v.id", "s.id AS scan_id"] + [f"v.{c}" for c in columns if c != "id"])
    return (f"SELECT {selected} FROM scans s JOIN {table} v "
            f"ON v.first_scan <= s.id AND (v.last_scan IS NULL OR v.last_scan >= s.id)")


VIEWS = {view: _scan_view(table, columns) for view, (table, columns) in VERSIONED.items()} | {
    "latest_scan": "SELECT * FROM scans ORDER BY id DESC LIMIT 1",
    "current_fields": """
        SELECT f.id, f.source, f.table_name, f.name, f.data_type, f.file, f.line, f.registered, f.personal,
               (SELECT group_concat(category, ', ') FROM field_categories c WHERE c.field_id = f.id) AS categories,
               (SELECT group_concat(purpose, ', ') FROM field_purposes p WHERE p.field_id = f.id) AS purposes,
               s.personal AS suggested_personal, s.categories AS suggested_categories, s.confidence
        FROM fields f LEFT JOIN suggestions s ON s.field_id = f.id
        WHERE f.scan_id = (SELECT max(id) FROM scans)""",
    "current_findings": "SELECT * FROM findings WHERE scan_id = (SELECT max(id) FROM scans)",
    "coverage_by_source": """
        SELECT source, count(*) AS fields, sum(registered) AS registered,
               sum(coalesce(personal, suggested_personal)) AS personal,
               round(100.0 * sum(registered) / count(*), 1) AS coverage_percent
        FROM current_fields GROUP BY source ORDER BY coverage_percent""",
    "personal_data_map": """
        SELECT c.category, i.label_en, f.source, f.table_name, f.name AS field,
               (SELECT group_concat(purpose, ', ') FROM field_purposes p WHERE p.field_id = f.id) AS purposes
        FROM field_categories c JOIN fields f ON f.id = c.field_id
        LEFT JOIN policy_items i ON i.id = c.category
             AND i.policy_sha256 = (SELECT policy_sha256 FROM latest_scan)
        WHERE f.scan_id = (SELECT max(id) FROM scans)
        ORDER BY c.category, f.source, f.table_name, f.name""",
}


# The marker the store writes in the SQLite header: PRAGMA application_id "LACI", and the schema
# version in PRAGMA user_version. A file without them is not opened for writing unless it is an
# unmarked inventory of an older version (every table ours, no column foreign to it).
APPLICATION_ID = 0x4C414349
SCHEMA_VERSION = 3  # 1: one row per field, registration and finding per scan; 2: digests of repr (store/migrate.py)
# How long a writer waits for another scan's transaction before giving up (SQLite busy timeout).
BUSY_TIMEOUT_SECONDS = 60.0


def open_inventory(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the inventory database with its schema and views. A file that is
    not SQLite, or an SQLite database of something else (a data source passed by mistake), is
    refused untouched; a path that cannot be written is a one-line error."""
    shown = display_path(path)
    _refuse_special(path, shown)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS))
    except (OSError, sqlite3.Error) as exc:
        raise LaciError(f"{shown}: cannot open the inventory database: {_reason(exc)}") from None
    try:
        with writing(db):  # foreign keys still off: migrating rebuilds tables that others point at
            _check_marker(db, shown)
            if is_v1(db):
                from laci_audit.store.migrate import migrate_v1

                migrate_v1(db)
            elif db.execute("PRAGMA user_version").fetchone()[0] == 2:
                from laci_audit.store.migrate import rehash_v2

                rehash_v2(db)
            ensure_schema(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        db.close()
        if "file is not a database" in str(exc):
            raise LaciError(f"{shown}: not a laci-audit inventory database") from None
        raise LaciError(f"{shown}: cannot write the inventory database: {_reason(exc)}") from None
    except BaseException:
        db.close()
        raise
    return db


@contextmanager
def writing(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction, all or nothing, that takes the write lock first (BEGIN IMMEDIATE):
    concurrent writers wait their turn (the connection's busy timeout) instead of deadlocking on
    the upgrade from a read lock."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def _refuse_special(path: Path, shown: str) -> None:
    """A --db that is a directory, a device or a FIFO is refused before SQLite opens it."""
    if path.exists() and not path.is_file():
        what = "a folder" if path.is_dir() else "not a regular file (a FIFO or device)"
        raise LaciError(f"{shown}: cannot open the inventory database: {what}")


def _check_marker(db: sqlite_utils.Database, shown: str) -> None:
    """Refuse, before anything is written, a database that is not a laci-audit inventory:
    another application's id, a newer schema, or tables that are not ours."""
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if application_id == APPLICATION_ID:
        if version > SCHEMA_VERSION:
            raise LaciError(f"{shown}: an inventory of a newer laci-audit (schema {version}): left untouched")
        return
    tables = set(db.table_names())
    if application_id != 0 or version != 0 or (tables and not _unmarked_inventory(db, tables)):
        raise LaciError(f"{shown}: an SQLite database, but not a laci-audit inventory: left untouched")


def _unmarked_inventory(db: sqlite_utils.Database, tables: set[str]) -> bool:
    """An inventory written before the marker: every table of ours (of schema 1 or 2) and nothing
    else (views aside), each with no column ours lacks (older versions lack a few)."""
    ours = {name: set(columns) for name, columns, _pk, _fks in TABLES}
    v1 = {name: columns for name, columns in ours.items() if name not in _VERSION_TABLES}
    v1 |= {name: set(columns) for name, columns in V1_COLUMNS.items()}
    shape = ours if tables == set(ours) else v1 if tables == set(v1) else None
    return shape is not None and all(set(db[name].columns_dict) <= shape[name] for name in tables)


_VERSION_TABLES = {table for table, _columns in VERSIONED.values()}


def is_v1(db: sqlite_utils.Database) -> bool:
    """Whether the inventory still has schema 1's tables of one row per scan."""
    return "fields" in db.table_names()


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc).splitlines()[0]


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables, indexes and views that are missing, and the columns a table made by an
    older version lacks (scans.automatic; schema 1's are added before migrating, store/migrate.py)."""
    for name, columns, pk, foreign_keys in TABLES:
        if not db[name].exists():
            db[name].create(columns, pk=pk, foreign_keys=foreign_keys)
            continue
        existing = db[name].columns_dict
        for column, column_type in columns.items():
            if column not in existing:
                db[name].add_column(column, column_type)
    for name, (table, column) in INDEXES.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS [{name}] ON [{table}] ([{column}])")
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


_EMPTY_DIGEST = hashlib.blake2b(digest_size=16)  # copied for each digest: a third cheaper than a new one


def version_digest(content: tuple) -> bytes:
    """A version's digest (16 bytes), BLAKE2b of the content in marshal's format 2 (stable.py): the
    same for the same content in any process, a third of repr's cost. The content is the row as
    stored, its lists as tuples of str (not their JSON text), nested in a tuple. Schema 2 hashed
    repr(content): opening such an inventory for writing gives its versions these digests
    (store/migrate.py)."""
    digest = _EMPTY_DIGEST.copy()
    digest.update(stable_bytes(content))
    return digest.digest()


def json_tuple(text: str | None) -> tuple | None:
    """A stored JSON list as the tuple a version's content holds."""
    return None if text is None else tuple(json.loads(text))


def open_read_only(path: Path) -> sqlite_utils.Database:
    """Open the inventory database without any chance of writing to it (an interrupted scan's
    journal is rolled back first, as any writer would)."""
    shown = display_path(path)
    if not path.is_file():
        raise LaciError(f"{shown}: no inventory database yet: run `laci-audit scan` first")
    _roll_back_interrupted(path)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    db = sqlite_utils.Database(connection)
    try:
        marked = db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = set(db.table_names())
        if not (marked or (tables and _unmarked_inventory(db, tables))):
            raise LaciError(f"{shown}: not a laci-audit inventory database")
    except sqlite3.DatabaseError:
        db.close()
        raise LaciError(f"{shown}: not a laci-audit inventory database") from None
    except LaciError:
        db.close()
        raise
    return db


def _roll_back_interrupted(path: Path) -> None:
    """A scan killed mid-write leaves a hot journal that a read-only connection cannot roll back:
    open the inventory once read-write (ours to write) so SQLite restores it whole."""
    journal = Path(f"{path}-journal")
    if not journal.is_file() or journal.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return  # the read-only open that follows names the problem



# The columns that name a field, per table that holds one row per field and scan.
FIELD_KEY_COLUMNS = {"fields": ("source", "table_name", "name"), "registrations": ("source", "table_name", "field")}


def rows_by_field(db: sqlite_utils.Database, table: str, scan_id: int) -> dict[tuple[str, str, str], dict]:
    """One scan's rows of `fields` or `registrations`, by (source, table, field) compared without case."""
    source, table_name, name = FIELD_KEY_COLUMNS[table]
    return {(row[source], row[table_name].casefold(), row[name].casefold()): row
            for row in db[table].rows_where("scan_id = ?", [scan_id])}
