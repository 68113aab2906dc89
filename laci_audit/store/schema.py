"""The inventory database's schema (tables, keys and views), and opening it: read-write for a
scan, read-only for everything that only reads. Open it with `sqlite3` or Datasette; the views
name the questions it answers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from laci_audit.errors import LaciError
from laci_audit.fileio import display_path

TABLES: list[tuple[str, dict, object, list]] = [
    ("policies", {"sha256": str, "file": str, "imported": str}, "sha256", []),
    ("policy_items",
     {"policy_sha256": str, "id": str, "kind": str, "parent": str, "text": str, "label_en": str,
      "terms": str, "spesifik": int, "leaf": int},
     ("policy_sha256", "id"), [("policy_sha256", "policies", "sha256")]),
    ("scans",
     {"id": int, "started_at": str, "finished_at": str, "seconds": float, "inventory": str,
      "policy_sha256": str, "tool_version": str, "sources": int, "fields": int, "findings": int},
     "id", [("policy_sha256", "policies", "sha256")]),
    ("sources",
     {"scan_id": int, "name": str, "kind": str, "location": str, "owner": str, "description": str,
      "purposes": str, "partners": str, "status": str, "error": str, "fields": int, "seconds": float},
     ("scan_id", "name"), [("scan_id", "scans", "id")]),
    ("fields",
     {"id": int, "scan_id": int, "source": str, "table_name": str, "name": str, "data_type": str,
      "file": str, "line": int, "comment": str, "registered": int, "personal": int, "references_to": str,
      "draft": int, "primary_key": int},
     "id", [("scan_id", "scans", "id")]),
    ("registrations",
     {"id": int, "scan_id": int, "field_id": int, "source": str, "table_name": str, "field": str,
      "personal": int, "reason": str, "categories": str, "purposes": str, "table_purposes": str,
      "partners": str, "note": str, "file": str, "line": int, "draft": int, "from_table": int},
     "id", [("scan_id", "scans", "id"), ("field_id", "fields", "id")]),
    ("field_categories", {"field_id": int, "category": str}, ("field_id", "category"),
     [("field_id", "fields", "id")]),
    ("field_purposes", {"field_id": int, "purpose": str, "origin": str}, ("field_id", "purpose"),
     [("field_id", "fields", "id")]),
    ("suggestions",
     {"field_id": int, "personal": int, "categories": str, "confidence": float, "sensitive": int, "evidence": str},
     "field_id", [("field_id", "fields", "id")]),
    ("findings",
     {"id": int, "scan_id": int, "rule": str, "severity": str, "source": str, "table_name": str, "field": str,
      "file": str, "line": int, "message": str, "fingerprint": str},
     "id", [("scan_id", "scans", "id")]),
]

VIEWS = {
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


def open_inventory(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the inventory database with its schema and views. A file that is
    not SQLite, or an SQLite database of something else (a data source passed by mistake), is
    refused untouched; a path that cannot be written is a one-line error."""
    shown = display_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(path)
    except (OSError, sqlite3.Error) as exc:
        raise LaciError(f"{shown}: cannot open the inventory database: {_reason(exc)}") from None
    try:
        tables = set(db.table_names())
        if tables and "scans" not in tables:
            raise LaciError(f"{shown}: an SQLite database, but not a laci-audit inventory: left untouched")
        db.execute("PRAGMA foreign_keys = ON")
        with db.atomic():
            ensure_schema(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        if "file is not a database" in str(exc):
            raise LaciError(f"{shown}: not a laci-audit inventory database") from None
        raise LaciError(f"{shown}: cannot write the inventory database: {_reason(exc)}") from None
    except LaciError:
        db.close()
        raise
    return db


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc).splitlines()[0]


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables and views that are missing, and the columns a table made by an older
    version lacks (fields.references_to, fields.draft, fields.primary_key, registrations.draft and from_table)."""
    for name, columns, pk, foreign_keys in TABLES:
        if not db[name].exists():
            db[name].create(columns, pk=pk, foreign_keys=foreign_keys)
            continue
        existing = db[name].columns_dict
        for column, column_type in columns.items():
            if column not in existing:
                db[name].add_column(column, column_type)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)


def open_read_only(path: Path) -> sqlite_utils.Database:
    """Open the inventory database without any chance of writing to it."""
    if not path.is_file():
        raise LaciError(f"{path}: no inventory database yet: run `laci-audit scan` first")
    db = sqlite_utils.Database(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))
    try:
        if not db["scans"].exists():
            raise LaciError(f"{display_path(path)}: not a laci-audit inventory database")
    except sqlite3.DatabaseError:
        raise LaciError(f"{display_path(path)}: not a laci-audit inventory database") from None
    return db



# The columns that name a field, per table that holds one row per field and scan.
FIELD_KEY_COLUMNS = {"fields": ("source", "table_name", "name"), "registrations": ("source", "table_name", "field")}


def rows_by_field(db: sqlite_utils.Database, table: str, scan_id: int) -> dict[tuple[str, str, str], dict]:
    """One scan's rows of `fields` or `registrations`, by (source, table, field) compared without case."""
    source, table_name, name = FIELD_KEY_COLUMNS[table]
    return {(row[source], row[table_name].casefold(), row[name].casefold()): row
            for row in db[table].rows_where("scan_id = ?", [scan_id])}
