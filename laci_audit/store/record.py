"""Recording an audit in the inventory database: every scan kept, with its policy and sources, and
a new version of each field, registration and finding that differs from the latest kept scan's
(store/schema.py says what a version is), written in one transaction. What is unchanged is not
written again; what the latest scan had and this one lacks is closed (last_scan set)."""

from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import chain, islice
from json.encoder import encode_basestring
from pathlib import Path

import sqlite_utils

from laci_audit import __version__
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Registration
from laci_audit.result import AuditResult
from laci_audit.store.schema import FIELD_COLUMNS, FINDING_COLUMNS, REGISTRATION_COLUMNS, version_digest, writing

SUGGESTION_COLUMNS = ("field_id", "personal", "categories", "confidence", "sensitive", "evidence")
CHUNK = 2_000  # rows built before they are inserted: a large scan's rows are never all in memory
MAX_VARIABLES = 999  # values one statement may bind in any SQLite (older builds' limit)
ROWS_PER_STATEMENT = 100  # rows one INSERT writes at most: fewer statements run, the same rows
BUCKETS = 1 << 16  # Versions' digests grouped by their first two bytes


def _unchanged(value: object) -> object:
    return value


# Python's sqlite3 binds None and bytes (most of a version row's NULLs, every digest) through its
# adaptation protocol, whose failed attribute lookups cost about a microsecond a value; an adapter
# that returns the value unchanged makes each a lookup and a call, a third of that. The values
# bound, and so what is stored, are the same.
sqlite3.register_adapter(type(None), _unchanged)
sqlite3.register_adapter(bytes, _unchanged)


def record_audit(db: sqlite_utils.Database, result: AuditResult, inventory_dir: Path,
                 started_at: datetime, seconds: float) -> int:
    """Write one audit as a new scan, all or nothing, holding the write lock from the first read of
    the next ids to the commit (concurrent scans take turns); returns the scan id."""
    with writing(db):
        _record_policy(db, result.taxonomy)
        previous = db.execute("SELECT max(id) FROM scans").fetchone()[0]
        pruned = db.execute("SELECT max(id) FROM pruned_scans").fetchone()[0]
        scan_id = max(previous or 0, pruned or 0) + 1  # an id once pruned is never given again (pruned_scans)
        db["scans"].insert({
            "id": scan_id, "started_at": started_at.isoformat(timespec="seconds"),
            "finished_at": datetime.now(started_at.tzinfo).isoformat(timespec="seconds"),
            "seconds": round(seconds, 3), "inventory": str(inventory_dir), "policy_sha256": result.taxonomy.sha256,
            "tool_version": __version__, "sources": len(result.scans),
            "fields": sum(len(s.fields) for s in result.scans), "findings": len(result.findings),
        })
        as_json = JsonCache()
        insert_rows(db, "sources", ("scan_id", "name", "kind", "location", "owner", "description", "purposes",
                                    "partners", "status", "error", "fields", "seconds"), (
            (scan_id, scan.source.name, scan.source.kind, scan.source.location, scan.source.owner,
             scan.source.description, as_json(tuple(scan.source.purposes)), as_json(tuple(scan.source.partners)),
             "unreadable" if scan.error else "ok", scan.error, len(scan.fields), round(scan.seconds, 4))
            for scan in result.scans))
        field_ids = _record_fields(db, scan_id, previous, result, as_json)
        _record_registrations(db, scan_id, previous, result, field_ids, as_json)
        _record_findings(db, scan_id, previous, result)
    return scan_id


def json_list(values: tuple[str, ...]) -> str:
    """A list of texts as JSON, the text json.dumps(list(values), ensure_ascii=False) gives, made
    with json's C string encoder (json.dumps itself costs several microseconds a call)."""
    return "[" + ", ".join(map(encode_basestring, values)) + "]"


class JsonCache:
    """A list's JSON text, made once per distinct list (most cells repeat a few category lists)."""

    def __init__(self) -> None:
        self._texts: dict[tuple, str] = {}

    def __call__(self, values: tuple[str, ...]) -> str:
        text = self._texts.get(values)
        if text is None:
            text = self._texts[values] = json_list(values)
        return text


class PurposesCache:
    """A registration's effective purposes as (purpose, origin) pairs, worked out once per source
    and list of own and table purposes (what they depend on; most fields share a few)."""

    def __init__(self, result: AuditResult) -> None:
        self.result = result
        self._purposes: dict[tuple, tuple[tuple[str, str], ...]] = {}

    def __call__(self, registration: Registration) -> tuple[tuple[str, str], ...]:
        key = (registration.source, registration.purposes, registration.table_purposes)
        purposes = self._purposes.get(key)
        if purposes is None:
            purposes = self._purposes[key] = tuple((g.purpose, g.origin) for g in self.result.purposes_of(registration))
        return purposes


def _record_policy(db: sqlite_utils.Database, taxonomy: Taxonomy) -> None:
    if db["policies"].count_where("sha256 = ?", [taxonomy.sha256]):
        return
    db["policies"].insert({"sha256": taxonomy.sha256, "file": taxonomy.file, "imported": taxonomy.imported})
    db["policy_items"].insert_all({
        "policy_sha256": taxonomy.sha256, "id": item.id, "kind": item.kind, "parent": item.parent,
        "text": item.text, "label_en": item.label_en, "terms": list(item.terms), "spesifik": int(item.spesifik),
        "leaf": int(taxonomy.is_leaf(item.id)),
    } for item in taxonomy.items.values())


class Versions:
    """The versions of one table in the latest kept scan, by digest, and what this scan does to
    them: a row whose digest one of them has reuses it (reopened if it was closed there); the
    others get new ids; those left over are closed at that scan. The digests are held sorted in
    one list, their ids in an array beside it: half the memory of a map from digest to id, for an
    estate's 100,000s of versions."""

    def __init__(self, db: sqlite_utils.Database, table: str, previous: int | None) -> None:
        self.db, self.table, self.previous = db, table, previous
        self.next_id = (db.execute(f"SELECT max(id) FROM [{table}]").fetchone()[0] or 0) + 1
        self.digests: list[bytes] = []  # sorted; the same digest once per version that has it
        self.ids = array("q")  # the version id of each digest
        self.closed: dict[int, int] = {}  # the last_scan of the versions closed before (most are open)
        self.reopened: list[int] = []
        if previous is not None:
            for digest, version_id, last_scan in db.execute(
                    f"SELECT digest, id, last_scan FROM [{table}] WHERE first_scan <= ? "
                    f"AND (last_scan IS NULL OR last_scan >= ?) ORDER BY digest, id", [previous, previous]):
                self.digests.append(digest)
                self.ids.append(version_id)
                if last_scan is not None:
                    self.closed[version_id] = last_scan
        self.count = len(self.digests)
        self.taken = bytearray(self.count)  # 1 where this scan has reused the version
        # where the digests of each first two bytes start: a lookup bisects a few of them, not all
        self.starts = array("q", [0]) * (BUCKETS + 1 if self.count else 0)  # a first scan has none
        for digest in self.digests:
            self.starts[(digest[0] << 8 | digest[1]) + 1] += 1
        for bucket in range(BUCKETS if self.count else 0):
            self.starts[bucket + 1] += self.starts[bucket]

    def id_of(self, digest: bytes) -> tuple[int, bool]:
        """The id of the version with this content, and whether it is new."""
        if not self.count:
            self.next_id += 1
            return self.next_id - 1, True
        digests, taken = self.digests, self.taken
        bucket = digest[0] << 8 | digest[1]
        end = self.starts[bucket + 1]
        position = bisect_left(digests, digest, self.starts[bucket], end)
        while position < end and digests[position] == digest:
            if taken[position]:
                position += 1
                continue
            taken[position] = 1
            version_id = self.ids[position]
            if self.closed and version_id in self.closed:
                self.reopened.append(version_id)
            return version_id, False
        self.next_id += 1
        return self.next_id - 1, True

    def close(self) -> None:
        """Reopen the versions this scan has again, close at the previous scan the ones it lacks."""
        left = [version_id for version_id, taken in zip(self.ids, self.taken) if not taken]
        self.db.conn.executemany(f"UPDATE [{self.table}] SET last_scan = NULL WHERE id = ?",
                                 ((i,) for i in self.reopened))
        self.db.conn.executemany(f"UPDATE [{self.table}] SET last_scan = ? WHERE id = ?",
                                 ((self.previous, i) for i in left if self.closed.get(i) != self.previous))


def _record_fields(db: sqlite_utils.Database, scan_id: int, previous: int | None, result: AuditResult,
                   as_json: JsonCache) -> array:
    """The scan's field versions (with their suggestions, categories and purposes): the id of each
    field's version, in the order of result.keyed_fields() (8 bytes a field: no map of keys to
    ids while the latest scan's versions are held). A version's content holds lists as tuples;
    only the rows written turn them into JSON."""
    versions = Versions(db, "field_versions", previous)
    registrations, suggestions = result.registrations_by_key, result.suggestions
    purposes_of = PurposesCache(result)
    field_ids = array("q")
    positions: dict[tuple[str, str], int] = {}  # the fields of each table left so far (its last position)
    place, position = None, -1  # the table of the field before, and that field's position in it
    field_rows, suggestion_rows, category_rows, purpose_rows = [], [], [], []

    def write_chunk() -> None:
        """Insert the rows built so far, parents first, and start again (memory stays flat)."""
        for table, columns, rows in (("field_versions", (*FIELD_COLUMNS, "first_scan", "digest"), field_rows),
                                     ("suggestions", SUGGESTION_COLUMNS, suggestion_rows),
                                     ("field_categories", ("field_id", "category"), category_rows),
                                     ("field_purposes", ("field_id", "purpose", "origin"), purpose_rows)):
            insert_rows(db, table, columns, rows)
            rows.clear()

    for key, found in result.keyed_fields():
        if place is None or found.table != place[1] or found.source != place[0]:  # a table's fields mostly come together
            if place is not None:
                positions[place] = position
            place = (found.source, found.table)
            position = positions.get(place, -1)
        position += 1
        registration = registrations.get(key)
        if registration is None:  # most fields of an estate not registered yet
            row = (found.source, found.table, found.name, found.data_type, found.file, found.line, found.comment,
                   0, None, found.references or None, 0, int(found.primary_key), position)
            categories = purposes = ()
        else:
            row = (found.source, found.table, found.name, found.data_type, found.file, found.line, found.comment,
                   int(not registration.draft), int(registration.personal), found.references or None,
                   int(registration.draft), int(found.primary_key), position)
            categories = tuple(dict.fromkeys(registration.categories))
            purposes = purposes_of(registration)
        suggestion = suggestions.get(key)
        suggested = None if suggestion is None else (
            int(suggestion.personal), tuple(suggestion.categories), suggestion.confidence,
            int(suggestion.sensitive), tuple(suggestion.evidence))
        digest = version_digest((row, suggested, categories, purposes))
        field_id, new = versions.id_of(digest)
        field_ids.append(field_id)
        if not new:
            continue
        field_rows.append((field_id, *row, scan_id, digest))
        if suggested is not None:  # evidence names the table: a cache of its texts would keep them all
            personal, suggested_categories, confidence, sensitive, evidence = suggested
            suggestion_rows.append((field_id, personal, as_json(suggested_categories), confidence, sensitive,
                                    json_list(evidence)))
        if categories:
            category_rows.extend((field_id, c) for c in categories)
        if purposes:
            purpose_rows.extend((field_id, *p) for p in purposes)
        if len(field_rows) >= CHUNK:
            write_chunk()
    write_chunk()
    versions.close()
    return field_ids


def _record_registrations(db: sqlite_utils.Database, scan_id: int, previous: int | None, result: AuditResult,
                          field_ids: array, as_json: JsonCache) -> None:
    """One row per field a registration applies to (its own, or its table's: from_table), with the
    id of that field's version (the last one's, for a key several fields share: one source's
    files), then one for each registration of a field the scan lacks; written once the field
    versions are, so that the latest scan's digests of both are never held at once."""
    versions = Versions(db, "registration_versions", previous)
    registrations = result.registrations_by_key

    def row_of(r: Registration, field_id: int | None) -> Iterator[tuple]:
        categories, purposes, table_purposes, partners = (
            tuple(r.categories), tuple(r.purposes), tuple(r.table_purposes), tuple(r.partners))
        row = (field_id, r.source, r.table, r.field, int(r.personal), r.reason, categories, purposes,
               table_purposes, partners, r.note, r.file, r.line, int(r.draft), int(r.from_table))
        digest = version_digest(row)
        version_id, new = versions.id_of(digest)
        if new:
            yield (version_id, *row[:6], as_json(categories), as_json(purposes), as_json(table_purposes),
                   as_json(partners), *row[10:], scan_id, digest)

    def new_rows() -> Iterator[tuple]:
        repeated = _repeated_keys(result)
        last_of_repeated = {}
        for n, key in enumerate(result.field_keys):
            registration = registrations.get(key)
            if registration is None:
                continue
            if key in repeated:
                last_of_repeated[key] = n
            else:
                yield from row_of(registration, field_ids[n])
        for key, registration in registrations.items():
            if key in last_of_repeated:
                yield from row_of(registration, field_ids[last_of_repeated[key]])
            elif key not in result.scanned_keys:
                yield from row_of(registration, None)

    insert_rows(db, "registration_versions", (*REGISTRATION_COLUMNS, "first_scan", "digest"), new_rows())
    versions.close()


def _repeated_keys(result: AuditResult) -> set:
    """The keys of more than one scanned field (the same table in two files of a source)."""
    if len(result.scanned_keys) == len(result.field_keys):
        return set()
    seen, repeated = set(), set()
    for key in result.field_keys:
        (repeated if key in seen else seen).add(key)
    return repeated


def _record_findings(db: sqlite_utils.Database, scan_id: int, previous: int | None, result: AuditResult) -> None:
    versions = Versions(db, "finding_versions", previous)

    def new_rows() -> Iterator[tuple]:
        for f in result.findings:
            row = (f.rule, f.severity, f.source, f.table, f.field, f.file, f.line, f.message, f.fingerprint)
            digest = version_digest(row)
            version_id, new = versions.id_of(digest)
            if new:
                yield (version_id, *row, scan_id, digest)

    insert_rows(db, "finding_versions", (*FINDING_COLUMNS, "first_scan", "digest"), new_rows())
    versions.close()


def insert_rows(db: sqlite_utils.Database, table: str, columns: Iterable[str], rows: Iterable[tuple]) -> None:
    """Bulk insert of tuples in the order of `columns` (lists already JSON text), in their order:
    prepared statements of up to ROWS_PER_STATEMENT rows each, run over `rows` taken CHUNK at a
    time (sqlite-utils' insert_all checks each value, too slow for 100,000s; a statement a row
    spends as much again stepping SQLite's program as storing the row)."""
    columns = list(columns)
    head = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) VALUES "
    one = f"({', '.join('?' for _ in columns)})"
    per_statement = max(1, min(ROWS_PER_STATEMENT, MAX_VARIABLES // len(columns)))
    many = head + ", ".join([one] * per_statement)
    rows = iter(rows)
    while chunk := list(islice(rows, CHUNK)):
        whole = len(chunk) - len(chunk) % per_statement
        db.conn.executemany(many, (tuple(chain.from_iterable(chunk[start:start + per_statement]))
                                   for start in range(0, whole, per_statement)))
        db.conn.executemany(head + one, chunk[whole:])
