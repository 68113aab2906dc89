"""The store's versions, against real schema 1 and 2 inventories (tests/fixtures/store/): the writer
records what schema 1 recorded, a migrated file answers as before, and a re-scan writes only what changed."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from helpers import STORE_FIXTURE, apply_store_step, edit, store_steps, write

from laci_audit.engine import audit_inventory
from laci_audit.errors import LaciError
from laci_audit.records import field_key
from laci_audit.result import AuditResult
from laci_audit.store.catalog import latest_catalog
from laci_audit.store.history import diff_scans, field_history, scans
from laci_audit.store.prune import delete_scans
from laci_audit.store.schema import SCHEMA_VERSION, open_inventory, open_read_only

V1 = STORE_FIXTURE / "v1.db"
V2 = STORE_FIXTURE / "v2.db"  # schema 2, written from the same steps (tests/fixtures/store/README.md)
INVENTORY = Path("inventory")  # relative, as the fixture's scans were (each test runs in tmp_path)
PHYSICAL = ("field_versions", "registration_versions", "finding_versions", "suggestions", "field_categories",
            "field_purposes")
# fields the steps change: removed and back, added, retyped, registration changed, unregistered
CHANGED_FIELDS = [("akun", "users", "foto_profil_url"), ("akun", "users", "nomor_npwp"),
                  ("akun", "alamat", "kota_kabupaten"), ("akun", "users", "email"), ("akun", "alamat", "kode_pos"),
                  ("akun", "users", "nik")]

# What the DDL reader reads differently since v1.db was written, field by field: T-SQL's
# `CONSTRAINT [pk_...] PRIMARY KEY CLUSTERED ([id])` in biro_kredit.sql was not seen as the key.
READ_SINCE = {("biro_kredit", "permintaan_skor", "id"): {"primary_key": 1},
              ("biro_kredit", "hasil_skor_kredit", "permintaan_id"): {"primary_key": 1},
              ("biro_kredit", "paylater.limit_kredit", "user_id"): {"primary_key": 1}}


@pytest.fixture
def here(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(STORE_FIXTURE / "inventory", INVENTORY)
    return tmp_path


def replay(db_path: Path, automatic: set[int] = frozenset()) -> list[AuditResult]:
    """The fixture's steps, each edit made and each scan recorded by today's code: their audits."""
    results = []
    for step in store_steps():
        apply_store_step(INVENTORY, step)
        run = audit_inventory(INVENTORY, db_path, automatic=step["scan"] in automatic)
        assert run.scan_id == step["scan"]
        results.append(run.result)
    return results


def contents(db: sqlite_utils.Database, scan_id: int) -> dict[str, list]:
    """What a scan holds, without ids and times: its sources, fields (with suggestion, categories
    and purposes), registrations (with the key of the field they point at) and findings."""
    fields = {row["id"]: row for row in db.query("SELECT * FROM fields WHERE scan_id = ?", [scan_id])}
    suggestions = {row.pop("field_id"): row for row in db.query(
        f"SELECT * FROM suggestions WHERE field_id IN ({','.join(map(str, fields)) or 'NULL'})")}
    by_field: dict[int, dict] = {}
    for table, columns in (("field_categories", "category"), ("field_purposes", "purpose, origin")):
        for row in db.execute(f"SELECT field_id, {columns} FROM {table}"):
            if row[0] in fields:
                by_field.setdefault(row[0], {}).setdefault(table, []).append(row[1:])
    field_rows = [(_without(row, "id", "scan_id", "position"), suggestions.get(field_id),  # schema 1 has no position
                   sorted(by_field.get(field_id, {}).get("field_categories", [])),
                   sorted(by_field.get(field_id, {}).get("field_purposes", [])))
                  for field_id, row in fields.items()]
    registrations = []
    for row in db.query("SELECT * FROM registrations WHERE scan_id = ?", [scan_id]):
        target = fields.get(row["field_id"])
        registrations.append((_without(row, "id", "scan_id", "field_id"),
                              None if target is None else (target["source"], target["table_name"], target["name"])))
    [scan] = db.query("SELECT inventory, policy_sha256, sources, fields, findings, automatic FROM scans WHERE id = ?",
                      [scan_id])
    return {
        "scan": [scan],
        "sources": _sorted(_without(row, "scan_id", "seconds")
                           for row in db.query("SELECT * FROM sources WHERE scan_id = ?", [scan_id])),
        "fields": _sorted(field_rows),
        "registrations": _sorted(registrations),
        "findings": _sorted(_without(row, "id", "scan_id")
                            for row in db.query("SELECT * FROM findings WHERE scan_id = ?", [scan_id])),
    }


def unjudged(held: dict) -> dict:
    """A scan's contents without what the classifier decides (each field's suggestion, the findings
    and their count), which later tuning of the classifier changes: what the inventory declares."""
    scan = [_without(row, "findings") for row in held["scan"]]
    fields = [(row, categories, purposes) for row, _suggestion, categories, purposes in held["fields"]]
    return held | {"scan": scan, "fields": fields, "findings": None}


def read_today(held: dict) -> dict:
    """Unjudged contents of a scan written before READ_SINCE's reader changes, as the reader reads
    the same files today."""
    fields = [({**row, **READ_SINCE.get((row["source"], row["table_name"], row["name"]), {})}, *rest)
              for row, *rest in held["fields"]]
    return held | {"fields": _sorted(fields)}


def judged(db: sqlite_utils.Database, scan_id: int) -> tuple[dict, list]:
    """A scan's suggestions by field key (lists decoded) and its findings, from the views."""
    suggestions = {
        (row["source"], *field_key(row["table_name"], row["name"])): (
            bool(row["personal"]), json.loads(row["categories"]), row["confidence"], bool(row["sensitive"]),
            json.loads(row["evidence"]))
        for row in db.query("SELECT f.source, f.table_name, f.name, s.* FROM fields f JOIN suggestions s "
                            "ON s.field_id = f.id WHERE f.scan_id = ?", [scan_id])}
    findings = sorted((row["rule"], row["severity"], row["source"], row["table_name"], row["field"], row["file"],
                       row["line"], row["message"], row["fingerprint"])
                      for row in db.query("SELECT * FROM findings WHERE scan_id = ?", [scan_id]))
    return suggestions, findings


def judged_by(result: AuditResult) -> tuple[dict, list]:
    """The same, as the audit itself made them."""
    suggestions = {key: (s.personal, list(s.categories), s.confidence, s.sensitive, list(s.evidence))
                   for key, s in result.suggestions.items()}
    findings = sorted((f.rule, f.severity, f.source, f.table, f.field, f.file, f.line, f.message, f.fingerprint)
                      for f in result.findings)
    return suggestions, findings


def _without(row: dict, *columns: str) -> dict:
    return {k: v for k, v in row.items() if k not in columns}


def _sorted(rows) -> list:
    return sorted(rows, key=repr)


def counts(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in PHYSICAL}


def foreign_key_problems(db_path: Path) -> list:
    with sqlite3.connect(db_path) as connection:
        return connection.execute("PRAGMA foreign_key_check").fetchall()


def test_the_writer_records_what_schema_1_recorded(here):
    """What the inventory declares is compared with the schema 1 file row for row; what the
    classifier decides (suggestions, and the findings they lead to) changes when it is tuned, so
    each scan's is compared with what its audit made."""
    results = replay(here / "new.db")
    old, new = sqlite_utils.Database(V1), sqlite_utils.Database(here / "new.db")
    for scan_id, result in zip((1, 2, 3), results):
        expected, got = read_today(unjudged(contents(old, scan_id))), unjudged(contents(new, scan_id))
        for part in expected:
            assert got[part] == expected[part], (scan_id, part)
        suggestions, findings = judged(new, scan_id)
        assert (suggestions, findings) == judged_by(result) and len(suggestions) == len(expected["fields"])
    # each version once: far fewer rows than schema 1's one per scan
    assert counts(here / "new.db")["field_versions"] < old["fields"].count / 2
    assert foreign_key_problems(here / "new.db") == []


def _answers(db: sqlite_utils.Database) -> tuple:
    """Every `report diff` between two scans and every changed field's `history`."""
    recorded = scans(db)
    diffs = [diff_scans(db, old, new).changes for old in recorded for new in recorded if old.id < new.id]
    return diffs, [field_history(db, *key) for key in CHANGED_FIELDS]


def test_a_migrated_inventory_answers_as_before(here):
    migrated = here / "migrated.db"
    shutil.copy(V1, migrated)
    before = hashlib.sha256(V1.read_bytes()).hexdigest()
    open_inventory(migrated).close()
    v1 = open_read_only(V1)  # schema 1 read as it is, nothing written
    db = open_read_only(migrated)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        assert "fields" not in db.table_names() and {"fields", "registrations", "findings"} <= set(db.view_names())
        assert db["field_versions"].count == v1["fields"].count  # every schema 1 row one version: none merged
        for scan_id in (1, 2, 3):
            assert contents(db, scan_id) == contents(v1, scan_id)
        diffs, histories = _answers(db)
        assert (diffs, histories) == _answers(v1)
        assert all(diffs) and "reappeared" in [e.event for e in histories[0]]
    finally:
        db.close()
        v1.close()
    assert foreign_key_problems(migrated) == []
    assert hashlib.sha256(V1.read_bytes()).hexdigest() == before


def written_and_differing(db: sqlite_utils.Database, before: int, scan_id: int) -> tuple[set, set]:
    """The fields scan_id wrote a new version of, and those whose row differs from scan before's."""
    rows = {scan: {(row[0]["source"], row[0]["table_name"], row[0]["name"]): row
                   for row in contents(db, scan)["fields"]} for scan in (before, scan_id)}
    differing = {key for key, row in rows[scan_id].items() if rows[before].get(key) != row}
    written = {(row["source"], row["table_name"], row["name"])
               for row in db.query("SELECT * FROM field_versions WHERE first_scan = ?", [scan_id])}
    return written, differing


def test_the_first_scan_after_migrating_reuses_the_latest_scans_versions(here):
    migrated = here / "migrated.db"
    shutil.copy(V1, migrated)
    for step in store_steps():
        apply_store_step(INVENTORY, step)  # the inventory of the fixture's last scan
    open_inventory(migrated).close()
    assert audit_inventory(INVENTORY, migrated).scan_id == 4
    db = sqlite_utils.Database(migrated)
    # the digests the migration gave are the writer's: a field of scan 4 is a new version exactly
    # when its row differs from scan 3's (only the classifier, tuned since the file was written,
    # can make one differ: the inventory is the same)
    written, differing = written_and_differing(db, 3, 4)
    assert written == differing
    assert unjudged(contents(db, 4)) | {"scan": None} == read_today(unjudged(contents(db, 3))) | {"scan": None}


def digests(db_path: Path) -> dict[str, set[bytes]]:
    """Every version's digest, per table of versions."""
    with sqlite3.connect(db_path) as connection:
        held = {table: {d for (d,) in connection.execute(f"SELECT digest FROM {table}")}
                for table in ("field_versions", "registration_versions", "finding_versions")}
    connection.close()
    return held


def test_a_schema_2_inventory_gets_todays_digests_and_its_next_scan_writes_only_what_changed(here):
    """V2 was written by the code before schema 3 (digests of repr, tests/fixtures/store/README.md)
    from the same steps: opened for writing, every version gets the digest today's writer gives,
    so a scan of the last step's inventory reuses them all (but a field the classifier, tuned since,
    judges otherwise)."""
    rehashed = here / "rehashed.db"
    shutil.copy(V2, rehashed)
    before = digests(rehashed)
    for step in store_steps():
        apply_store_step(INVENTORY, step)
    open_inventory(rehashed).close()
    v2, db = open_read_only(V2), open_read_only(rehashed)
    try:
        assert v2.execute("PRAGMA user_version").fetchone()[0] == 2
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        for scan_id in (1, 2, 3):
            assert contents(db, scan_id) == contents(v2, scan_id)
    finally:
        db.close()
        v2.close()
    after = digests(rehashed)
    assert all(after[table] and not after[table] & before[table] for table in after)  # every digest made again
    assert audit_inventory(INVENTORY, rehashed).scan_id == 4
    # scan 4 reuses every version but those of a field the classifier, tuned since the file was
    # written, judges otherwise (the inventory is the same): those alone it writes again
    db = sqlite_utils.Database(rehashed)
    written, differing = written_and_differing(db, 3, 4)
    assert written == differing
    rewritten = {(row["source"], row["table_name"], row["name"])  # a registration of such a field, as it points there
                 for row in db.query("SELECT f.source, f.table_name, f.name FROM registration_versions r "
                                     "JOIN field_versions f ON f.id = r.field_id WHERE r.first_scan = 4")}
    assert rewritten <= differing
    held = digests(rehashed)
    assert all(after[table] <= held[table] for table in after)  # every version of scan 3 kept as it was
    assert foreign_key_problems(rehashed) == []


def _without_scan(held: dict) -> dict:
    return {part: rows for part, rows in held.items() if part != "scan"}


def test_an_unmarked_schema_1_inventory_missing_columns_is_migrated(here):
    migrated = here / "old.db"
    shutil.copy(V1, migrated)
    with sqlite3.connect(migrated) as connection:  # as written before the marker and these columns
        connection.execute("PRAGMA application_id = 0")
        connection.execute("PRAGMA user_version = 0")
        for column in ("draft", "primary_key"):
            connection.execute(f"ALTER TABLE fields DROP COLUMN {column}")
    connection.close()
    assert audit_inventory(INVENTORY, migrated).scan_id == 4
    db = sqlite_utils.Database(migrated)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert {r["draft"] for r in db.query("SELECT draft FROM fields WHERE scan_id = 1")} == {None}
    assert db["current_fields"].count == 453
    assert foreign_key_problems(migrated) == []


def test_an_unchanged_rescan_writes_no_version(here):
    db_path = here / "new.db"
    replay(db_path)
    before = counts(db_path)
    assert audit_inventory(INVENTORY, db_path).scan_id == 4
    assert counts(db_path) == before
    db = sqlite_utils.Database(db_path)
    assert _without_scan(contents(db, 4)) == _without_scan(contents(db, 3))
    assert db["sources"].count_where("scan_id = 4") == db["sources"].count_where("scan_id = 3")  # per scan


def test_a_changed_column_writes_its_versions_only(here):
    db_path = here / "new.db"
    replay(db_path)
    before = counts(db_path)
    edit(INVENTORY / "schemas" / "akun" / "001_users.sql", "    nik                 CHAR(16),",
         "    nik                 VARCHAR(16),")
    assert audit_inventory(INVENTORY, db_path).scan_id == 4
    db = sqlite_utils.Database(db_path)
    nik = list(db.query("SELECT * FROM field_versions WHERE table_name = 'users' AND name = 'nik' ORDER BY id"))
    # its line moved in scan 2, its source's purposes changed in 3, its type in 4
    assert [(v["data_type"], v["first_scan"], v["last_scan"]) for v in nik] == [
        ("CHAR(16)", 1, 1), ("CHAR(16)", 2, 2), ("CHAR(16)", 3, 3), ("VARCHAR(16)", 4, None)]
    new_id = nik[-1]["id"]
    categories = db["field_categories"].count_where("field_id = ?", [new_id])
    purposes = db["field_purposes"].count_where("field_id = ?", [new_id])
    assert categories == 1 and purposes == 3
    # one field version, its suggestion, categories and purposes; its registration points at it
    assert counts(db_path) == before | {
        "field_versions": before["field_versions"] + 1, "registration_versions": before["registration_versions"] + 1,
        "suggestions": before["suggestions"] + 1, "field_categories": before["field_categories"] + categories,
        "field_purposes": before["field_purposes"] + purposes}
    [registration] = db.query("SELECT field_id FROM registrations WHERE scan_id = 4 AND field = 'nik' "
                              "AND table_name = 'users'")
    assert registration["field_id"] == new_id
    [change] = diff_scans(db, *scans(db)[-2:]).changes
    assert (change.kind, change.change, change.field, change.detail) == ("field", "changed", "nik",
                                                                         "type CHAR(16) -> VARCHAR(16)")


def test_a_removed_field_is_closed_and_a_reappearing_one_is_a_new_version(here):
    db_path = here / "new.db"
    replay(db_path)
    db = sqlite_utils.Database(db_path)
    versions = [(v["first_scan"], v["last_scan"]) for v in db.query(
        "SELECT * FROM field_versions WHERE name = 'foto_profil_url' ORDER BY id")]
    assert versions == [(1, 1), (3, None)]  # seen in 1, gone in 2, back in 3 (source purposes changed too)
    assert [e.event for e in field_history(db, "akun", "users", "foto_profil_url")][:3] == [
        "first seen", "registered", "removed"]
    assert "reappeared" in [e.event for e in field_history(db, "akun", "users", "foto_profil_url")]


def test_pruning_a_middle_automatic_scan_keeps_the_others_answers(here):
    db_path = here / "new.db"
    replay(db_path, automatic={2})
    db = sqlite_utils.Database(db_path)
    kept_before = {scan_id: contents(db, scan_id) for scan_id in (1, 3)}
    only_in_two = db.execute("SELECT count(*) FROM field_versions WHERE first_scan = 2 AND last_scan = 2").fetchone()[0]
    assert only_in_two > 0
    db.close()
    write(INVENTORY / "laci-audit.yaml", "history:\n  keep: 1\n")
    assert audit_inventory(INVENTORY, db_path, automatic=True).scan_id == 4  # prunes 2, the older automatic one
    db = sqlite_utils.Database(db_path)
    assert [s.id for s in scans(db)] == [1, 3, 4]
    assert {scan_id: contents(db, scan_id) for scan_id in (1, 3)} == kept_before
    assert db.execute("SELECT count(*) FROM field_versions WHERE first_scan = 2 AND last_scan = 2").fetchone()[0] == 0
    assert foreign_key_problems(db_path) == []
    for table in ("field_versions", "registration_versions", "finding_versions"):
        unkept = db.execute(f"SELECT count(*) FROM {table} v WHERE NOT EXISTS (SELECT 1 FROM scans s WHERE "
                            "s.id >= v.first_scan AND (v.last_scan IS NULL OR s.id <= v.last_scan))").fetchone()[0]
        assert unkept == 0, table
    # scan 2, which lacked it, is gone: the scans kept saw it throughout
    assert [e.event for e in field_history(db, "akun", "users", "foto_profil_url")] == ["first seen", "registered"]


def test_versions_closed_at_the_latest_kept_scan_are_reopened_when_seen_again(here):
    db_path = here / "new.db"
    first, second, third = store_steps()
    for step in (first, second):
        apply_store_step(INVENTORY, step)
        audit_inventory(INVENTORY, db_path)
    shutil.copytree(INVENTORY, here / "as-scan-2")
    apply_store_step(INVENTORY, third)
    audit_inventory(INVENTORY, db_path)
    db = open_inventory(db_path)
    delete_scans(db, [3])  # scan 2 is the latest kept: what scan 3 replaced was closed at 2
    db.close()
    assert closed_at(db_path, 2) > 0
    before = counts(db_path)
    shutil.rmtree(INVENTORY)
    shutil.copytree(here / "as-scan-2", INVENTORY)
    assert audit_inventory(INVENTORY, db_path).scan_id == 4  # 3 was pruned: its id is not given again
    assert counts(db_path) == before  # nothing new: the versions of scan 2 again, reopened
    assert closed_at(db_path, 2) == 0
    db = sqlite_utils.Database(db_path)
    assert _without_scan(contents(db, 4)) == _without_scan(contents(db, 2))


def closed_at(db_path: Path, scan_id: int) -> int:
    """How many versions of fields, registrations and findings were last seen in this scan."""
    with sqlite3.connect(db_path) as connection:
        return sum(connection.execute(f"SELECT count(*) FROM {table} WHERE last_scan = ?", [scan_id]).fetchone()[0]
                   for table in ("field_versions", "registration_versions", "finding_versions"))


def test_a_migration_that_fails_leaves_the_schema_1_file_untouched(here):
    broken = here / "broken.db"
    shutil.copy(V1, broken)
    with sqlite3.connect(broken) as connection:  # a field row gone that a registration points at
        connection.execute("DELETE FROM fields WHERE id = (SELECT max(field_id) FROM registrations)")
    connection.close()
    before = hashlib.sha256(broken.read_bytes()).hexdigest()
    with pytest.raises(LaciError, match=r"^broken.db: cannot write the inventory database: migrating schema 1 "
                                        r"broke 4 foreign keys \(first: field_purposes row \d+, whose field_versions row is missing\)$"):
        audit_inventory(INVENTORY, broken)
    assert hashlib.sha256(broken.read_bytes()).hexdigest() == before
    with sqlite3.connect(broken) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    connection.close()


def fields_per_table(db: sqlite_utils.Database) -> dict[tuple[str, str], list[str]]:
    """The latest scan's catalog: each table's fields, in the order it lists them."""
    tables: dict[tuple[str, str], list[str]] = {}
    for found in latest_catalog(db).fields:
        tables.setdefault((found.source, found.table), []).append(found.name)
    return tables


def test_the_catalog_lists_a_tables_fields_in_the_scans_order_whatever_the_history(here):
    db_path, migrated = here / "new.db", here / "migrated.db"
    replay(db_path)  # some fields of a table changed in scan 2 or 3, the others kept their scan 1 versions
    audit_inventory(INVENTORY, here / "fresh.db")  # the same inventory, scanned once
    shutil.copy(V1, migrated)
    open_inventory(migrated).close()
    v1, db, fresh, migrated_db = (open_read_only(p) for p in (V1, db_path, here / "fresh.db", migrated))
    try:
        in_scan_order = fields_per_table(v1)  # schema 1's ids are in the scan's order
        assert fields_per_table(db) == fields_per_table(migrated_db) == in_scan_order
        assert latest_catalog(db).fields == latest_catalog(fresh).fields
        assert db.execute("SELECT count(*) FROM fields WHERE position IS NULL").fetchone()[0] == 0
    finally:
        for opened in (v1, db, fresh, migrated_db):
            opened.close()
