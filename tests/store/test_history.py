"""History: real scans recorded twice with a changed DDL file and registration in between."""

from __future__ import annotations

import pytest
from helpers import write
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.errors import LaciError
from laci_audit.store.history import diff_scans, field_history, resolve_since
from laci_audit.store.schema import open_read_only

runner = CliRunner()


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def two_scans(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    audit_inventory(inventory, db_path)
    write(inventory / "schemas" / "akun" / "002_more.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    edit(inventory / "schemas" / "akun" / "001_users.sql", "status TEXT NOT NULL", "status SMALLINT NOT NULL")
    edit(inventory / "schemas" / "akun" / "001_users.sql", "  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),\n", "")
    edit(inventory / "fields" / "akun.yaml", "email: {categories: [A.1.1], purposes: [B.3.6]}",
         "email: {categories: [A.1.1], purposes: [B.3.6, B.4]}")
    audit_inventory(inventory, db_path)
    return db_path


def test_diff_lists_fields_registrations_and_findings(two_scans):
    db = open_read_only(two_scans)
    old, new = resolve_since(db, None)
    assert (old.id, new.id) == (1, 2)
    diff = diff_scans(db, old, new)
    fields = {(c.change, c.field): c.detail for c in diff.of_kind("field")}
    assert set(fields) == {("added", "no_hp"), ("removed", "created_at"), ("changed", "status")}
    assert fields[("added", "no_hp")] == "TEXT at inventory/schemas/akun/002_more.sql:1"
    assert fields[("changed", "status")] == "type TEXT -> SMALLINT"
    [registration] = diff.of_kind("registration")
    assert (registration.change, registration.field) == ("changed", "email")
    assert registration.detail == "A.1.1 for B.3.6, B.3.4 (table) -> A.1.1 for B.3.6, B.4, B.3.4 (table)"
    opened = [c for c in diff.of_kind("finding") if c.change == "opened"]
    # no_hp is new and unregistered; created_at is gone, so its registration is stale and A.2.2 unused
    assert {c.detail.split(":")[0] for c in opened} == {"unregistered-personal", "stale-registration", "unused-category"}
    assert not [c for c in diff.of_kind("finding") if c.change == "closed"]


def test_since_scan_id_date_and_errors(two_scans):
    db = open_read_only(two_scans)
    assert resolve_since(db, "1")[0].id == 1
    assert resolve_since(db, "2000-01-01")[0].id == 1  # nothing that old: the first scan
    with pytest.raises(LaciError, match="nothing to compare"):  # the latest scan against itself
        resolve_since(db, "2999-01-01")
    with pytest.raises(LaciError, match="not a real date"):
        resolve_since(db, "2020-13-45")
    assert resolve_since(db, "2000-01-01T09:30+07:00")[0].id == 1
    with pytest.raises(LaciError, match="no such scan"):
        resolve_since(db, "9")
    with pytest.raises(LaciError, match="scan id"):
        resolve_since(db, "last tuesday")


def test_field_history(two_scans):
    db = open_read_only(two_scans)
    events = [(e.scan.id, e.event, e.detail) for e in field_history(db, "akun", "USERS", "email")]
    assert events[0][:2] == (1, "first seen") and events[0][2].startswith("VARCHAR(255) at inventory/schemas/akun/")
    assert events[1] == (1, "registered", "A.1.1 for B.3.6, B.3.4 (table)")
    assert events[2] == (2, "registration changed",
                         "A.1.1 for B.3.6, B.3.4 (table) -> A.1.1 for B.3.6, B.4, B.3.4 (table)")
    created = [(e.scan.id, e.event) for e in field_history(db, "akun", "users", "created_at")]
    assert (2, "removed") in created
    with pytest.raises(LaciError, match="no scan has seen"):
        field_history(db, "akun", "users", "nope")


def test_one_scan_is_not_enough(inventory, tmp_path):
    db_path = tmp_path / "one.db"
    audit_inventory(inventory, db_path)
    with pytest.raises(LaciError, match="1 scan"):
        resolve_since(open_read_only(db_path), None)


def test_cli_diff_and_history(two_scans, inventory):
    result = runner.invoke(app, ["report", "diff", "-i", str(inventory), "--db", str(two_scans), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "fields,added,akun,users,no_hp," in result.output
    result = runner.invoke(app, ["history", "akun", "users", "no_hp", "-i", str(inventory), "--db", str(two_scans),
                                 "-f", "markdown"])
    assert result.exit_code == 0 and "| 2      |" in result.output and "first seen" in result.output
    result = runner.invoke(app, ["report", "diff", "-i", str(inventory), "--db", str(inventory / "none.db")])
    assert result.exit_code == 2 and "run `laci-audit scan` first" in result.output
    assert not (inventory / "none.db").exists()


def test_table_purposes_do_not_change_a_not_personal_registration(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    audit_inventory(inventory, db_path)
    edit(inventory / "fields" / "akun.yaml", "    purposes: [B.3.4]\n", "    purposes: [B.3.4, B.4]\n")
    audit_inventory(inventory, db_path)
    db = open_read_only(db_path)
    changed = {c.field for c in diff_scans(db, *resolve_since(db, None)).of_kind("registration")}
    assert changed == {"email", "created_at"}  # id and status are not personal: purposes do not apply


def test_source_purposes_and_an_unreadable_source_show_as_such(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    audit_inventory(inventory, db_path)
    edit(inventory / "sources.yaml", "purposes: [B.1]", "purposes: [B.1, B.4]")
    audit_inventory(inventory, db_path)
    db = open_read_only(db_path)
    [source] = diff_scans(db, *resolve_since(db, None)).of_kind("source")
    assert (source.change, source.source) == ("changed", "akun")
    assert source.detail == "default purposes B.1 -> B.1, B.4 (for every field of the source)"
    write(inventory / "schemas" / "akun" / "001_users.sql", "CREATE TABLE users (id INT;\n")
    audit_inventory(inventory, db_path)
    diff = diff_scans(db, *resolve_since(db, None))
    assert {c.change for c in diff.of_kind("field")} == {"unseen"}
    assert "ok -> unreadable" in diff.of_kind("source")[0].detail
    assert [e.event for e in field_history(db, "akun", "users", "email")][-1] == "unseen"
