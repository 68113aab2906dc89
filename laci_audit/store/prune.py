"""Pruning the inventory database: deleting old scans whole (their sources, then the versions of
fields, registrations and findings that no kept scan has, with the suggestions, categories and
purposes of those field versions, then policies no scan uses), children before parents so that
every foreign key still holds. Each deleted scan leaves one row in `pruned_scans`, so that the
history of the scans kept can say that older ones existed.

A plain `laci-audit audit` marks its scan automatic and keeps only the latest N automatic scans
(`history: {keep: N}` in laci-audit.yaml); scans recorded on purpose (`scan`, `--db`) stay until
`laci-audit history prune`."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from laci_audit.errors import LaciError
from laci_audit.fileio import display_path
from laci_audit.store.schema import open_inventory, writing

PRUNED_TABLE = "pruned_scans"

# A version (store/schema.py) that no kept scan has.
_UNKEPT = ("NOT EXISTS (SELECT 1 FROM scans s WHERE s.id >= {table}.first_scan "
           "AND ({table}.last_scan IS NULL OR s.id <= {table}.last_scan))")
_UNKEPT_FIELD = f"field_id IN (SELECT id FROM field_versions WHERE {_UNKEPT.format(table='field_versions')})"
# Rows that only deleted scans had, children first: (table, the WHERE clause that picks them).
_UNKEPT_ROWS = [
    ("registration_versions", _UNKEPT.format(table="registration_versions")),
    ("field_categories", _UNKEPT_FIELD),
    ("field_purposes", _UNKEPT_FIELD),
    ("suggestions", _UNKEPT_FIELD),
    ("field_versions", _UNKEPT.format(table="field_versions")),
    ("finding_versions", _UNKEPT.format(table="finding_versions")),
]


@dataclass(frozen=True)
class PruneResult:
    """What a prune deleted and kept."""

    deleted: list[int]
    kept: int

    def describe(self) -> str:
        """One line for the terminal."""
        if not self.deleted:
            return f"nothing to prune: {self.kept} scans kept"
        return (f"pruned {len(self.deleted)} scan{'s' if len(self.deleted) != 1 else ''} "
                f"({_ranges(self.deleted)}); {self.kept} kept")


def keep_latest_automatic(db: sqlite_utils.Database, scan_id: int, keep: int) -> PruneResult:
    """Mark a plain audit's new scan automatic, then delete the automatic scans older than the
    latest `keep` of them, in one transaction; scans recorded on purpose stay."""
    with writing(db):
        db.execute("UPDATE scans SET automatic = 1 WHERE id = ?", [scan_id])
        automatic = [row[0] for row in db.execute("SELECT id FROM scans WHERE automatic = 1 ORDER BY id DESC")]
        return _delete_scans(db, sorted(automatic[keep:]))


def keep_latest(db: sqlite_utils.Database, keep: int) -> PruneResult:
    """Delete every scan older than the latest `keep`, however it was recorded, in one transaction."""
    with writing(db):
        recorded = [row[0] for row in db.execute("SELECT id FROM scans ORDER BY id DESC")]
        return _delete_scans(db, sorted(recorded[keep:]))


def delete_scans(db: sqlite_utils.Database, scan_ids: list[int]) -> PruneResult:
    """Delete these scans whole in one transaction, and the policies no remaining scan uses."""
    with writing(db):
        return _delete_scans(db, scan_ids)


def _delete_scans(db: sqlite_utils.Database, scan_ids: list[int]) -> PruneResult:
    """delete_scans in the caller's write transaction: taken with the write lock first (a read
    before the first delete would make a concurrent scan's lock fail it at once, not wait)."""
    pruned_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for scan_id in scan_ids:
        started_at = db.execute("SELECT started_at FROM scans WHERE id = ?", [scan_id]).fetchone()[0]
        db.execute("DELETE FROM sources WHERE scan_id = ?", [scan_id])
        db.execute("DELETE FROM scans WHERE id = ?", [scan_id])
        db.execute(f"INSERT OR REPLACE INTO [{PRUNED_TABLE}] (id, started_at, pruned_at) VALUES (?, ?, ?)",
                   [scan_id, started_at, pruned_at])
    if scan_ids:
        for table, where in _UNKEPT_ROWS:
            db.execute(f"DELETE FROM [{table}] WHERE {where}")
        unused = "sha256 NOT IN (SELECT policy_sha256 FROM scans WHERE policy_sha256 IS NOT NULL)"
        db.execute(f"DELETE FROM policy_items WHERE policy_sha256 IN (SELECT sha256 FROM policies WHERE {unused})")
        db.execute(f"DELETE FROM policies WHERE {unused}")
    kept = db.execute("SELECT count(*) FROM scans").fetchone()[0]
    return PruneResult(list(scan_ids), kept)


def prune_database(path: Path, keep: int) -> PruneResult:
    """`history prune`: keep the latest `keep` scans of an existing database, then compact the
    file (VACUUM) so that it shrinks on disk."""
    if not path.is_file():
        raise LaciError(f"{display_path(path)}: no inventory database yet: nothing to prune")
    db = open_inventory(path)
    try:
        pruned = keep_latest(db, keep)
        db.execute("VACUUM")
    except sqlite3.Error as exc:
        raise LaciError(f"{display_path(path)}: cannot prune the inventory database: {exc}") from None
    finally:
        db.close()
    return pruned


def pruned_before(db: sqlite_utils.Database, scan_id: int) -> list[int]:
    """The ids of pruned scans older than this one (none in a database never pruned)."""
    if not db[PRUNED_TABLE].exists():
        return []
    return [row[0] for row in db.execute(f"SELECT id FROM [{PRUNED_TABLE}] WHERE id < ? ORDER BY id", [scan_id])]


def was_pruned(db: sqlite_utils.Database, scan_id: int) -> bool:
    """Whether this scan id was recorded once and pruned since."""
    return db[PRUNED_TABLE].exists() and bool(db[PRUNED_TABLE].count_where("id = ?", [scan_id]))


def _ranges(ids: list[int]) -> str:
    """Scan ids as short ranges: 1-5, 8."""
    parts, start = [], None
    for index, scan_id in enumerate(ids):
        if start is None:
            start = scan_id
        if index + 1 == len(ids) or ids[index + 1] != scan_id + 1:
            parts.append(f"{start}-{scan_id}" if scan_id != start else str(start))
            start = None
    return ", ".join(parts)
