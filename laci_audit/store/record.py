"""The SQLite inventory (sqlite-utils): every scan kept, with its policy, sources, fields,
registrations, suggestions and findings. One scan is written in one transaction.

Open it with `sqlite3` or Datasette; the views name the questions it answers.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import sqlite_utils

from laci_audit import __version__
from laci_audit.audit.rules import AuditResult, effective_purposes
from laci_audit.errors import LaciError
from laci_audit.fileio import display_path
from laci_audit.policy.taxonomy import Taxonomy

_TABLES: list[tuple[str, dict, object, list]] = [
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
      "file": str, "line": int, "comment": str, "registered": int, "personal": int, "references_to": str},
     "id", [("scan_id", "scans", "id")]),
    ("registrations",
     {"id": int, "scan_id": int, "field_id": int, "source": str, "table_name": str, "field": str,
      "personal": int, "reason": str, "categories": str, "purposes": str, "table_purposes": str,
      "partners": str, "note": str, "file": str, "line": int},
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

_VIEWS = {
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
    version lacks (fields.references_to)."""
    for name, columns, pk, foreign_keys in _TABLES:
        if not db[name].exists():
            db[name].create(columns, pk=pk, foreign_keys=foreign_keys)
            continue
        existing = db[name].columns_dict
        for column, column_type in columns.items():
            if column not in existing:
                db[name].add_column(column, column_type)
    for name, sql in _VIEWS.items():
        db.create_view(name, sql, replace=True)


def record_audit(db: sqlite_utils.Database, result: AuditResult, inventory_dir: Path,
                 started_at: datetime, seconds: float) -> int:
    """Write one audit as a new scan, all or nothing; returns the scan id."""
    with db.atomic():
        _record_policy(db, result.taxonomy)
        scan_id = _next_id(db, "scans")
        fields = [f for scan in result.scans for f in scan.fields]
        db["scans"].insert({
            "id": scan_id, "started_at": started_at.isoformat(timespec="seconds"),
            "finished_at": datetime.now(started_at.tzinfo).isoformat(timespec="seconds"),
            "seconds": round(seconds, 3), "inventory": str(inventory_dir), "policy_sha256": result.taxonomy.sha256,
            "tool_version": __version__, "sources": len(result.scans), "fields": len(fields),
            "findings": len(result.findings),
        })
        db["sources"].insert_all({
            "scan_id": scan_id, "name": scan.source.name, "kind": scan.source.kind, "location": scan.source.location,
            "owner": scan.source.owner, "description": scan.source.description, "purposes": list(scan.source.purposes),
            "partners": list(scan.source.partners), "status": "unreadable" if scan.error else "ok",
            "error": scan.error, "fields": len(scan.fields), "seconds": round(scan.seconds, 4),
        } for scan in result.scans)
        field_ids = _record_fields(db, scan_id, result)
        _record_registrations(db, scan_id, result, field_ids)
        first_finding = _next_id(db, "findings")
        insert_rows(db, "findings", ({
            "id": first_finding + n, "scan_id": scan_id, "rule": f.rule, "severity": f.severity,
            "source": f.source, "table_name": f.table, "field": f.field, "file": f.file, "line": f.line,
            "message": f.message, "fingerprint": f.fingerprint,
        } for n, f in enumerate(result.findings)))
    return scan_id


def _record_policy(db: sqlite_utils.Database, taxonomy: Taxonomy) -> None:
    if db["policies"].count_where("sha256 = ?", [taxonomy.sha256]):
        return
    db["policies"].insert({"sha256": taxonomy.sha256, "file": taxonomy.file, "imported": taxonomy.imported})
    db["policy_items"].insert_all({
        "policy_sha256": taxonomy.sha256, "id": item.id, "kind": item.kind, "parent": item.parent,
        "text": item.text, "label_en": item.label_en, "terms": list(item.terms), "spesifik": int(item.spesifik),
        "leaf": int(taxonomy.is_leaf(item.id)),
    } for item in taxonomy.items.values())


def _record_fields(db: sqlite_utils.Database, scan_id: int, result: AuditResult) -> dict:
    registered = result.declarations.registration_index()
    first_id = _next_id(db, "fields")
    field_ids = {}
    field_rows, suggestion_rows, category_rows, purpose_rows = [], [], [], []
    for number, found in enumerate(result.fields()):
        field_id = first_id + number
        key = (found.source, *found.key)
        field_ids[key] = field_id
        registration = registered.get(key)
        field_rows.append({
            "id": field_id, "scan_id": scan_id, "source": found.source, "table_name": found.table,
            "name": found.name, "data_type": found.data_type, "file": found.file, "line": found.line,
            "comment": found.comment, "registered": int(registration is not None),
            "personal": int(registration.personal) if registration else None,
            "references_to": found.references or None,
        })
        suggestion = result.suggestions.get(key)
        if suggestion is not None:
            suggestion_rows.append({
                "field_id": field_id, "personal": int(suggestion.personal), "categories": list(suggestion.categories),
                "confidence": suggestion.confidence, "sensitive": int(suggestion.sensitive),
                "evidence": list(suggestion.evidence),
            })
        if registration is not None:
            category_rows.extend({"field_id": field_id, "category": c} for c in dict.fromkeys(registration.categories))
            purpose_rows.extend(
                {"field_id": field_id, "purpose": g.purpose, "origin": g.origin}
                for g in effective_purposes(registration, result.declarations)
            )
    for table, rows in (("fields", field_rows), ("suggestions", suggestion_rows),
                        ("field_categories", category_rows), ("field_purposes", purpose_rows)):
        insert_rows(db, table, rows)
    return field_ids


def _record_registrations(db: sqlite_utils.Database, scan_id: int, result: AuditResult, field_ids: dict) -> None:
    first_id = _next_id(db, "registrations")
    insert_rows(db, "registrations", ({
        "id": first_id + n, "scan_id": scan_id,
        "field_id": field_ids.get((r.source, r.table.casefold(), r.field.casefold())),
        "source": r.source, "table_name": r.table, "field": r.field, "personal": int(r.personal),
        "reason": r.reason, "categories": list(r.categories), "purposes": list(r.purposes),
        "table_purposes": list(r.table_purposes), "partners": list(r.partners), "note": r.note,
        "file": r.file, "line": r.line,
    } for n, r in enumerate(result.declarations.registrations)))


def insert_rows(db: sqlite_utils.Database, table: str, rows: Iterable[dict]) -> None:
    """Bulk insert into a table whose columns exist, lists and dicts stored as JSON: one prepared
    statement run over all rows (sqlite-utils' insert_all checks each value, too slow for 100,000s)."""
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return
    columns = list(first)
    statement = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                 f"VALUES ({', '.join('?' for _ in columns)})")
    db.conn.executemany(statement, (
        tuple(json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for v in row.values())
        for row in itertools.chain([first], iterator)
    ))


def _next_id(db: sqlite_utils.Database, table: str) -> int:
    return (db.execute(f"SELECT max(id) FROM [{table}]").fetchone()[0] or 0) + 1
