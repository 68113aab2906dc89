"""The SQLite inventory: schema, views, foreign keys, history, and all-or-nothing scans."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
import sqlite_utils
from helpers import STORE_FIXTURE, write

from laci_audit.engine import audit_inventory
from laci_audit.store import record as inventory_module


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "out" / "inventory.db"


def test_scan_writes_every_table(inventory, db_path):
    run = audit_inventory(inventory, db_path)
    db = sqlite_utils.Database(db_path)
    assert run.scan_id == 1
    assert db["scans"].count == 1 and db["sources"].count == 1 and db["fields"].count == 4
    assert db["registrations"].count == 4 and db["suggestions"].count == 4
    assert db["policy_items"].count_where("kind = 'category' AND leaf = 1") == 16
    assert db["findings"].count == len(run.result.findings)
    scan = next(db["scans"].rows)
    assert scan["fields"] == 4 and scan["policy_sha256"] == run.result.taxonomy.sha256 and scan["seconds"] >= 0
    purposes = {(r["purpose"], r["origin"]) for r in db.query(
        "SELECT purpose, origin FROM field_purposes JOIN fields ON fields.id = field_id WHERE fields.name = 'email'")}
    assert purposes == {("B.3.6", "field"), ("B.3.4", "table"), ("B.1", "source")}


def test_foreign_keys_hold(inventory, db_path):
    audit_inventory(inventory, db_path)
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    declared = {row[2] for table in ("sources", "registration_versions", "field_purposes")
                for row in connection.execute(f"PRAGMA foreign_key_list({table})")}
    assert {"scans", "field_versions"} <= declared


def test_views_answer_questions(inventory, db_path):
    audit_inventory(inventory, db_path)
    db = sqlite_utils.Database(db_path)
    current = {r["name"]: r for r in db["current_fields"].rows}
    assert current["email"]["categories"] == "A.1.1"
    assert set(current["email"]["purposes"].split(", ")) == {"B.1", "B.3.4", "B.3.6"}
    [coverage] = list(db["coverage_by_source"].rows)
    assert coverage["fields"] == 4 and coverage["coverage_percent"] == 100.0
    mapped = {(r["category"], r["field"]) for r in db["personal_data_map"].rows}
    assert mapped == {("A.1.1", "email"), ("A.2.2", "created_at")}


def test_every_scan_is_kept_and_views_show_the_latest(inventory, db_path):
    audit_inventory(inventory, db_path)
    (inventory / "schemas" / "akun" / "002.sql").write_text("ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    second = audit_inventory(inventory, db_path)
    db = sqlite_utils.Database(db_path)
    assert second.scan_id == 2 and db["scans"].count == 2
    assert db["fields"].count == 9
    assert db["current_fields"].count == 5
    assert [r["rule"] for r in db["current_findings"].rows if r["field"] == "no_hp"] == ["unregistered-personal"]
    assert db["policies"].count == 1


def test_interrupted_scan_leaves_previous_inventory_whole(inventory, db_path, monkeypatch):
    audit_inventory(inventory, db_path)
    before = {t: sqlite_utils.Database(db_path)[t].count for t in ("scans", "fields", "registrations", "findings")}

    def crash(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(inventory_module, "_record_registrations", crash)
    with pytest.raises(KeyboardInterrupt):
        audit_inventory(inventory, db_path)
    after = {t: sqlite_utils.Database(db_path)[t].count for t in before}
    assert after == before


def test_no_sampled_value_reaches_the_inventory(tmp_path, inventory, db_path):
    data = tmp_path / "inventory" / "data.sqlite"
    connection = sqlite3.connect(data)
    connection.execute("CREATE TABLE pelanggan (email TEXT, no_hp TEXT)")
    connection.execute("INSERT INTO pelanggan VALUES ('siti.rahma@example.com', '081234567890')")
    # text SQLite cannot decode: its error message would quote the value
    connection.execute("INSERT INTO pelanggan VALUES (CAST(x'726168617369612d6e696b2d3132ff' AS TEXT), NULL)")
    connection.commit()
    connection.close()
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {name: crm, kind: sqlite, path: data.sqlite, owner: tim-crm}\n")
    run = audit_inventory(inventory, db_path, sample=5)
    assert not [scan.error for scan in run.result.scans if scan.error]
    raw = db_path.read_bytes()
    for secret in (b"siti.rahma", b"081234567890", b"rahasia-nik"):
        assert secret not in raw
    evidence = sqlite_utils.Database(db_path).execute(
        "SELECT evidence FROM suggestions JOIN fields ON fields.id = field_id WHERE fields.source = 'crm' AND fields.name = 'email'"
    ).fetchone()[0]
    assert "values: 1/2 match email" in evidence


def test_a_file_that_is_not_an_inventory_database_is_refused(inventory, tmp_path):
    from laci_audit.errors import LaciError

    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("these are notes, not SQLite\n" * 100)
    with pytest.raises(LaciError, match="notes.db: not a laci-audit inventory database"):
        audit_inventory(inventory, not_a_database)
    assert not_a_database.read_text().startswith("these are notes")


def test_declared_keys_are_stored_and_an_older_inventory_gains_the_column(inventory, db_path):
    db_path.parent.mkdir()
    shutil.copy(STORE_FIXTURE / "v1.db", db_path)  # three scans of schema 1
    with sqlite3.connect(db_path) as connection:  # an inventory written before references_to existed
        connection.execute("ALTER TABLE fields DROP COLUMN references_to")
    connection.close()
    write(inventory / "schemas" / "akun" / "002.sql",
          "CREATE TABLE alamat (id INT, pemilik INT REFERENCES users (id), kota TEXT);\n")
    run = audit_inventory(inventory, db_path)
    rows = sqlite_utils.Database(db_path).query(
        "SELECT scan_id, table_name, name, references_to FROM fields WHERE table_name = 'alamat' OR scan_id = 1")
    stored = {(r["scan_id"], r["table_name"], r["name"]): r["references_to"] for r in rows}
    assert run.scan_id == 4 and stored[(4, "alamat", "pemilik")] == "users.id"
    assert stored[(4, "alamat", "kota")] is None and stored[(1, "users", "email")] is None


def test_primary_keys_are_stored_and_an_older_inventory_gains_the_column(inventory, db_path):
    db_path.parent.mkdir()
    shutil.copy(STORE_FIXTURE / "v1.db", db_path)  # three scans of schema 1
    with sqlite3.connect(db_path) as connection:  # an inventory written before primary_key existed
        connection.execute("ALTER TABLE fields DROP COLUMN primary_key")
    connection.close()
    write(inventory / "schemas" / "akun" / "002.sql",
          "CREATE TABLE alamat (kode TEXT, urutan INT, kota TEXT);\nALTER TABLE alamat ADD PRIMARY KEY (kode, urutan);\n")
    run = audit_inventory(inventory, db_path)
    rows = sqlite_utils.Database(db_path).query(
        "SELECT table_name, name, primary_key FROM fields WHERE scan_id = ?", [run.scan_id])
    stored = {(r["table_name"], r["name"]): r["primary_key"] for r in rows}
    assert stored == {("users", "id"): 1, ("users", "email"): 0, ("users", "created_at"): 0, ("users", "status"): 0,
                      ("alamat", "kode"): 1, ("alamat", "urutan"): 1, ("alamat", "kota"): 0}


def test_a_table_in_two_files_of_a_source_has_its_registration_once_with_the_last_ones_field(
        tmp_path, inventory, db_path):
    for name, extra in (("a.sqlite", ""), ("b.sqlite", ", nama TEXT")):
        connection = sqlite3.connect(inventory / name)
        connection.execute(f"CREATE TABLE pelanggan (email TEXT{extra})")
        connection.commit()
        connection.close()
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {name: crm, kind: sqlite, path: '*.sqlite', owner: tim-crm}\n")
    write(inventory / "fields" / "crm.yaml", """
        source: crm
        tables:
          pelanggan:
            fields:
              email: {categories: [A.1.1]}
        """)
    for _scan in range(2):  # the second scan reuses every version
        audit_inventory(inventory, db_path)
        db = sqlite_utils.Database(db_path)
        emails = [(r["id"], r["file"]) for r in db.query(
            "SELECT id, file FROM current_fields WHERE source = 'crm' AND name = 'email' ORDER BY id")]
        registered = [r["field_id"] for r in db.query(
            "SELECT field_id FROM registrations WHERE source = 'crm' AND scan_id = (SELECT max(id) FROM scans)")]
        assert [file for _id, file in emails] == ["inventory/a.sqlite", "inventory/b.sqlite"] and registered == [emails[1][0]]
    assert db["registration_versions"].count_where("source = 'crm'") == 1
