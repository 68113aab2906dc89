"""History from the inventory database: two kept scans can be compared (fields added, removed and
changed, registrations changed, findings opened and closed) and one field can be followed from
the scan that first saw it, or from the oldest scan kept when older ones were pruned
(store/prune.py). Read-only."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

import sqlite_utils

from laci_audit.errors import LaciError
from laci_audit.store.prune import pruned_before, was_pruned
from laci_audit.store.schema import rows_by_field

_SCAN_ID = re.compile(r"^\d+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+-]+Z?)?$")
REGISTRATION_FACTS = ("personal", "categories", "purposes", "table_purposes", "partners", "reason")
# What still matters for a field registered as not personal: purposes do not apply to it.
NOT_PERSONAL_FACTS = ("personal", "reason")


@dataclass(frozen=True)
class Scan:
    """One recorded scan."""

    id: int
    started_at: str


@dataclass(frozen=True)
class ScanChange:
    """One difference between two scans, about a field, a registration or a finding."""

    kind: str
    change: str
    source: str
    table: str
    field: str
    detail: str


@dataclass
class ScanDiff:
    """What changed from one scan to a later one."""

    old: Scan
    new: Scan
    changes: list[ScanChange] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[ScanChange]:
        """The changes about fields, registrations or findings."""
        return [c for c in self.changes if c.kind == kind]


@dataclass(frozen=True)
class FieldEvent:
    """What one scan says about a field, when it differs from the scan before."""

    scan: Scan
    event: str
    detail: str


def scans(db: sqlite_utils.Database) -> list[Scan]:
    """Every recorded scan, oldest first."""
    return [Scan(row["id"], row["started_at"]) for row in db["scans"].rows_where(order_by="id")]


def resolve_since(db: sqlite_utils.Database, since: str | None) -> tuple[Scan, Scan]:
    """The (earlier, latest) scans to compare: the one before the latest by default, a scan id,
    or the last scan started before a date (the first scan when none is that old)."""
    recorded = scans(db)
    if len(recorded) < 2:
        raise LaciError(f"the inventory has {len(recorded)} scan(s): run `laci-audit scan` again to compare two")
    latest = recorded[-1]
    if since is None:
        return recorded[-2], latest
    since = since.strip()
    if _SCAN_ID.match(since):
        match = next((s for s in recorded if s.id == int(since)), None)
        if match is None:
            gone = "was pruned" if was_pruned(db, int(since)) else "no such scan"
            raise LaciError(f"--since {since}: {gone} (scans kept: {recorded[0].id} to {latest.id})")
        return match, latest
    if _DATE.match(since):
        moment = _moment(since)
        before = [s for s in recorded if _moment(s.started_at) < moment]
        if before and before[-1] == latest:
            raise LaciError(f"--since {since}: the latest scan ({latest.started_at}) is older; nothing to compare")
        return (before[-1] if before else recorded[0]), latest
    raise LaciError(f"--since {since!r}: give a scan id (e.g. 3) or a date (e.g. 2026-11-01)")


def _moment(text: str) -> datetime:
    """A date or date-time as a UTC moment (one without an offset is read as UTC)."""
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        raise LaciError(f"--since {text!r}: not a real date (e.g. 2026-11-01 or 2026-11-01T09:30+07:00)") from None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _fields(db: sqlite_utils.Database, scan_id: int) -> dict[tuple[str, str, str], dict]:
    return rows_by_field(db, "fields", scan_id)


def _registrations(db: sqlite_utils.Database, scan_id: int) -> dict[tuple[str, str, str], dict]:
    return rows_by_field(db, "registrations", scan_id)


def _sources(db: sqlite_utils.Database, scan_id: int) -> dict[str, dict]:
    return {r["name"]: r for r in db["sources"].rows_where("scan_id = ?", [scan_id])}


def _source_change(before: dict | None, after: dict | None) -> str:
    """What changed in a source's declaration or readability, as one line ('' when nothing did).
    Its default purposes reach every field it holds."""
    if before is None or after is None:
        row = after or before
        return f"{row['kind']} owned by {row['owner']}, purposes {', '.join(_list(row['purposes'])) or 'none'}"
    parts = []
    if _list(before["purposes"]) != _list(after["purposes"]):
        parts.append(f"default purposes {', '.join(_list(before['purposes'])) or 'none'} -> "
                     f"{', '.join(_list(after['purposes'])) or 'none'} (for every field of the source)")
    if before["owner"] != after["owner"]:
        parts.append(f"owner {before['owner']} -> {after['owner']}")
    if before["status"] != after["status"]:
        parts.append(f"{before['status']} -> {after['status']}")
    return "; ".join(parts)


def _findings(db: sqlite_utils.Database, scan_id: int) -> dict[str, dict]:
    return {r["fingerprint"]: r for r in db["findings"].rows_where("scan_id = ?", [scan_id])}


def describe_registration(row: dict | None) -> str:
    """A registration as one short line: categories and own purposes, or not personal; a draft and
    a table's registration say so."""
    if row is None:
        return "not registered"
    marks = "".join(mark for mark, column in ((" (with its table)", "from_table"), (" (draft)", "draft"))
                    if row.get(column))
    if not row["personal"]:
        return f"not personal ({row['reason']}){marks}"
    categories = ", ".join(_list(row["categories"])) or "no category"
    purposes = _list(row["purposes"]) + [f"{p} (table)" for p in _list(row["table_purposes"])]
    return f"{categories} for {', '.join(purposes) or 'source purposes only'}{marks}"


def _list(value) -> list[str]:
    if value in (None, ""):
        return []
    return list(json.loads(value)) if isinstance(value, str) else list(value)


def diff_scans(db: sqlite_utils.Database, old: Scan, new: Scan) -> ScanDiff:
    """Fields, registrations and findings that differ between two scans."""
    diff = ScanDiff(old, new)
    old_fields, new_fields = _fields(db, old.id), _fields(db, new.id)
    for key in sorted(new_fields.keys() - old_fields.keys()):
        row = new_fields[key]
        diff.changes.append(ScanChange("field", "added", row["source"], row["table_name"], row["name"],
                                   f"{row['data_type'] or 'untyped'} at {row['file']}:{row['line'] or ''}".rstrip(":")))
    old_sources, new_sources = _sources(db, old.id), _sources(db, new.id)
    unreadable = {name for name, row in new_sources.items() if row["status"] != "ok"}
    for key in sorted(old_fields.keys() - new_fields.keys()):
        row = old_fields[key]
        if row["source"] in unreadable:  # not seen, which is not the same as gone
            diff.changes.append(ScanChange("field", "unseen", row["source"], row["table_name"], row["name"],
                                           "its source could not be read in the later scan"))
            continue
        diff.changes.append(ScanChange("field", "removed", row["source"], row["table_name"], row["name"],
                                   row["data_type"] or ""))
    for key in sorted(old_fields.keys() & new_fields.keys()):
        before, after = old_fields[key], new_fields[key]
        if (before["data_type"] or "") != (after["data_type"] or ""):
            diff.changes.append(ScanChange("field", "changed", after["source"], after["table_name"], after["name"],
                                       f"type {before['data_type']} -> {after['data_type']}"))
    for name in sorted(old_sources.keys() | new_sources.keys()):
        before, after = old_sources.get(name), new_sources.get(name)
        detail = _source_change(before, after)
        if detail:
            change = "added" if before is None else "removed" if after is None else "changed"
            diff.changes.append(ScanChange("source", change, name, "", "", detail))
    old_registrations, new_registrations = _registrations(db, old.id), _registrations(db, new.id)
    for key in sorted(old_registrations.keys() | new_registrations.keys()):
        before, after = old_registrations.get(key), new_registrations.get(key)
        if before is not None and after is not None and _registration_facts(before) == _registration_facts(after):
            continue
        row = after or before
        change = "added" if before is None else "removed" if after is None else "changed"
        diff.changes.append(ScanChange("registration", change, row["source"], row["table_name"], row["field"],
                                   f"{describe_registration(before)} -> {describe_registration(after)}"))
    old_findings, new_findings = _findings(db, old.id), _findings(db, new.id)
    for change, fingerprints, rows in (("opened", new_findings.keys() - old_findings.keys(), new_findings),
                                       ("closed", old_findings.keys() - new_findings.keys(), old_findings)):
        for fingerprint in sorted(fingerprints, key=lambda f: (rows[f]["rule"], rows[f]["message"])):
            row = rows[fingerprint]
            diff.changes.append(ScanChange("finding", change, row["source"] or "", row["table_name"] or "",
                                       row["field"] or "", f"{row['rule']}: {row['message']}"))
    return diff


def field_history(db: sqlite_utils.Database, source: str, table: str, name: str) -> list[FieldEvent]:
    """Since which scan a field exists, and every scan that changed it or its registration."""
    key = (source, table.casefold(), name.casefold())
    events: list[FieldEvent] = []
    previous_field, previous_registration, seen = None, None, False
    for index, scan in enumerate(scans(db)):
        found = _fields_where(db, "fields", "name", scan.id, key)
        registration = _fields_where(db, "registrations", "field", scan.id, key)
        # the oldest scan kept says nothing of what scans pruned before it saw
        pruned = pruned_before(db, scan.id) if index == 0 else []
        if found is not None and previous_field is None:
            verb = "reappeared" if seen else "seen in the oldest scan kept" if pruned else "first seen"
            events.append(FieldEvent(scan, verb, f"{found['data_type'] or 'untyped'} at {found['file']}"
                                                 f"{':' + str(found['line']) if found['line'] else ''}"
                                                 f"{f' ({len(pruned)} older scans pruned)' if pruned else ''}"))
            seen = True
        elif found is None and previous_field is not None:
            if _sources(db, scan.id).get(source, {}).get("status", "ok") != "ok":
                events.append(FieldEvent(scan, "unseen", "its source could not be read in this scan"))
            else:
                events.append(FieldEvent(scan, "removed", "no longer in the source"))
        elif found is not None and (found["data_type"] or "") != (previous_field["data_type"] or ""):
            events.append(FieldEvent(scan, "type changed", f"{previous_field['data_type']} -> {found['data_type']}"))
        if _registration_facts(registration) != _registration_facts(previous_registration):
            event = _registration_event(scan, previous_registration, registration)
            events.append(FieldEvent(scan, "registered in the oldest scan kept", event.detail)
                          if pruned and previous_registration is None else event)
        previous_field, previous_registration = found, registration
    if not events:
        raise LaciError(f"{source}.{table}.{name}: no scan has seen this field or a registration for it")
    return events


def _registration_event(scan: Scan, before: dict | None, after: dict | None) -> FieldEvent:
    if before is None:
        return FieldEvent(scan, "registered", describe_registration(after))
    if after is None:
        return FieldEvent(scan, "unregistered", f"was {describe_registration(before)}")
    return FieldEvent(scan, "registration changed", f"{describe_registration(before)} -> {describe_registration(after)}")


def _fields_where(db: sqlite_utils.Database, table: str, name_column: str, scan_id: int, key) -> dict | None:
    source, table_name, name = key
    return next(db[table].rows_where(
        f"scan_id = ? AND source = ? AND lower(table_name) = ? AND lower([{name_column}]) = ?",
        [scan_id, source, table_name, name], limit=1), None)


def _registration_facts(row: dict | None) -> tuple | None:
    """The facts of a registration that a change report speaks of (fewer for not personal data)."""
    if row is None:
        return None
    facts = tuple(row[f] for f in (REGISTRATION_FACTS if row["personal"] else NOT_PERSONAL_FACTS))
    return (*facts, bool(row.get("draft")))  # confirming a draft is a change; a scan older than drafts has none
