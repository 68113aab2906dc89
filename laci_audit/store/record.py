"""Recording an audit in the inventory database: every scan kept, with its policy, sources,
fields, registrations, suggestions and findings, written in one transaction."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import sqlite_utils

from laci_audit import __version__
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.result import AuditResult, key_of


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
    first_id = _next_id(db, "fields")
    field_ids = {}
    field_rows, suggestion_rows, category_rows, purpose_rows = [], [], [], []
    for number, found in enumerate(result.fields()):
        field_id = first_id + number
        key = key_of(found)
        field_ids[key] = field_id
        registration = result.registration_of(found)
        field_rows.append({
            "id": field_id, "scan_id": scan_id, "source": found.source, "table_name": found.table,
            "name": found.name, "data_type": found.data_type, "file": found.file, "line": found.line,
            "comment": found.comment, "registered": int(registration is not None and not registration.draft),
            "personal": int(registration.personal) if registration else None,
            "references_to": found.references or None, "draft": int(registration is not None and registration.draft),
            "primary_key": int(found.primary_key),
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
                for g in result.purposes_of(registration)
            )
    for table, rows in (("fields", field_rows), ("suggestions", suggestion_rows),
                        ("field_categories", category_rows), ("field_purposes", purpose_rows)):
        insert_rows(db, table, rows)
    return field_ids


def _record_registrations(db: sqlite_utils.Database, scan_id: int, result: AuditResult, field_ids: dict) -> None:
    """One row per field a registration applies to: its own, or its table's (from_table)."""
    first_id = _next_id(db, "registrations")
    insert_rows(db, "registrations", ({
        "id": first_id + n, "scan_id": scan_id,
        "field_id": field_ids.get(key_of(r)),
        "source": r.source, "table_name": r.table, "field": r.field, "personal": int(r.personal),
        "reason": r.reason, "categories": list(r.categories), "purposes": list(r.purposes),
        "table_purposes": list(r.table_purposes), "partners": list(r.partners), "note": r.note,
        "file": r.file, "line": r.line, "draft": int(r.draft), "from_table": int(r.from_table),
    } for n, r in enumerate(result.registrations)))


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
