"""Pruning: real audits recorded in a real SQLite file, old scans deleted whole, the kept ones
still right for `report diff` and `history`."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import FIXTURES, add_column, edit, write
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.errors import LaciError
from laci_audit.policy.text import import_policy
from laci_audit.store.history import diff_scans, field_history, resolve_since
from laci_audit.store.prune import delete_scans, keep_latest, prune_database
from laci_audit.store.schema import open_inventory, open_read_only

runner = CliRunner()
# every table that holds rows of scans, and the scans its rows are in (a field version's
# suggestion, categories and purposes are in every scan of the version)
SCANS_OF = {table: f"SELECT DISTINCT scan_id FROM {table}"
            for table in ("sources", "fields", "registrations", "findings")} | {
    table: f"SELECT DISTINCT f.scan_id FROM {table} JOIN fields f ON f.id = {table}.field_id"
    for table in ("field_categories", "field_purposes", "suggestions")}


def scan_ids(db_path) -> list[int]:
    with sqlite3.connect(db_path) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM scans ORDER BY id")]


def rows_per_scan(db_path) -> dict[str, set[int]]:
    """The scans each table still holds rows of."""
    with sqlite3.connect(db_path) as conn:
        return {table: {row[0] for row in conn.execute(query)} for table, query in SCANS_OF.items()}


def changed_table(number: int) -> str:
    """DDL of a table of 30 columns whose name is the number's: a scan's own fields."""
    return f"CREATE TABLE log_{number} ({', '.join(f'kolom_{i} TEXT' for i in range(30))});\n"


def foreign_key_problems(db_path) -> list:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("PRAGMA foreign_key_check").fetchall()


def test_plain_audits_keep_the_configured_number_and_on_purpose_scans_stay(inventory):
    write(inventory / "laci-audit.yaml", "history:\n  keep: 3\n")
    db_path = inventory / "laci-audit.db"
    audit_inventory(inventory, db_path)  # scan 1: recorded on purpose (`scan`, `--db`)
    for _ in range(5):  # scans 2-6: plain audits
        audit_inventory(inventory, db_path, automatic=True)
    assert scan_ids(db_path) == [1, 4, 5, 6]
    assert all(scans == {1, 4, 5, 6} for scans in rows_per_scan(db_path).values())
    assert foreign_key_problems(db_path) == []


def test_plain_audits_keep_ten_by_default_and_the_file_stops_growing(inventory):
    db_path = inventory / "laci-audit.db"
    sizes = []
    for number in range(40):  # each audit sees a table the others do not (an unchanged one writes no field)
        add_column(inventory, changed_table(number))
        audit_inventory(inventory, db_path, automatic=True)
        sizes.append(db_path.stat().st_size)
    assert scan_ids(db_path) == list(range(31, 41))
    # freed pages are reused: after the first twenty audits the file stays within two pages,
    # where each recorded scan added a page or more to it while fewer than ten were kept
    page = 4096
    assert max(sizes[20:]) - min(sizes[20:]) <= 2 * page
    assert sizes[9] - sizes[0] >= 9 * page // 2


def test_prune_keeps_the_latest_and_diff_and_history_stay_right(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    audit_inventory(inventory, db_path)  # 1
    add_column(inventory, "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    audit_inventory(inventory, db_path)  # 2: no_hp first seen
    edit(inventory / "fields" / "akun.yaml", "email: {categories: [A.1.1], purposes: [B.3.6]}",
         "email: {categories: [A.1.1], purposes: [B.3.6, B.4]}")
    audit_inventory(inventory, db_path)  # 3: email's purposes changed
    audit_inventory(inventory, db_path)  # 4: nothing changed
    db = open_read_only(db_path)
    diff_before = diff_scans(db, *resolve_since(db, "3"))
    db.close()

    pruned = prune_database(db_path, keep=2)
    assert pruned.describe() == "pruned 2 scans (1-2); 2 kept"
    assert scan_ids(db_path) == [3, 4]
    assert foreign_key_problems(db_path) == []
    assert all(scans == {3, 4} for scans in rows_per_scan(db_path).values())
    db = open_read_only(db_path)
    assert diff_scans(db, *resolve_since(db, "3")).changes == diff_before.changes
    with pytest.raises(LaciError, match=r"--since 1: was pruned \(scans kept: 3 to 4\)"):
        resolve_since(db, "1")
    events = [(e.scan.id, e.event, e.detail) for e in field_history(db, "akun", "users", "no_hp")]
    # scan 3 is the oldest kept: it does not claim to be the first that saw no_hp
    assert events == [(3, "seen in the oldest scan kept",
                       "TEXT at inventory/schemas/akun/002_more.sql:1 (2 older scans pruned)")]
    email = [(e.scan.id, e.event) for e in field_history(db, "akun", "users", "email")]
    assert email == [(3, "seen in the oldest scan kept"), (3, "registered in the oldest scan kept")]
    db.close()


def test_a_pruned_scans_id_is_not_given_again_so_pruned_scans_names_only_scans_gone(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    audit_inventory(inventory, db_path)  # 1
    audit_inventory(inventory, db_path)  # 2
    db = open_inventory(db_path)
    delete_scans(db, [2])  # the latest scan, as the library allows
    db.close()
    assert audit_inventory(inventory, db_path).scan_id == 3
    with sqlite3.connect(db_path) as conn:
        pruned = [row[0] for row in conn.execute("SELECT id FROM pruned_scans")]
    conn.close()
    assert pruned == [2] and scan_ids(db_path) == [1, 3]
    db = open_read_only(db_path)
    with pytest.raises(LaciError, match=r"--since 2: was pruned \(scans kept: 1 to 3\)"):
        resolve_since(db, "2")
    db.close()
    prune_database(db_path, keep=1)
    db = open_read_only(db_path)
    events = [(e.scan.id, e.event, e.detail) for e in field_history(db, "akun", "users", "email")]
    assert events[0][:2] == (3, "seen in the oldest scan kept") and events[0][2].endswith("(2 older scans pruned)")
    db.close()
    assert foreign_key_problems(db_path) == []


def test_policies_no_scan_uses_go_with_their_scans(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    audit_inventory(inventory, db_path)
    import_policy(FIXTURES / "kebijakan-privasi-v2.txt", inventory / "policy" / "taxonomy.yaml")
    audit_inventory(inventory, db_path)
    db = open_inventory(db_path)
    assert db["policies"].count == 2
    keep_latest(db, 1)
    assert db["policies"].count == 1
    assert {row["policy_sha256"] for row in db["policy_items"].rows} == {row["sha256"] for row in db["policies"].rows}
    db.close()
    assert foreign_key_problems(db_path) == []


def test_history_prune_command(inventory):
    db_path = inventory / "laci-audit.db"
    for number in range(3):
        add_column(inventory, changed_table(number))
        assert runner.invoke(app, ["scan", "-i", str(inventory)]).exit_code == 0
    size = db_path.stat().st_size
    result = runner.invoke(app, ["history", "prune", "-i", str(inventory), "--keep", "1"])
    assert result.exit_code == 0, result.output
    assert result.output == f"{db_path}: pruned 2 scans (1-2); 1 kept\n"
    assert db_path.stat().st_size < size  # compacted
    # the field history is still `history SOURCE TABLE FIELD`
    result = runner.invoke(app, ["history", "akun", "users", "email", "-i", str(inventory), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "seen in the oldest scan kept" in result.output
    result = runner.invoke(app, ["history", "prune", "-i", str(inventory)])
    assert result.output == f"{db_path}: nothing to prune: 1 scans kept\n"


def test_plain_audit_command_prunes_but_audit_with_db_and_scan_do_not(inventory, tmp_path):
    write(inventory / "laci-audit.yaml", "history: {keep: 1}\n")
    for _ in range(2):
        assert runner.invoke(app, ["scan", "-i", str(inventory)]).exit_code == 0
    for _ in range(3):
        assert runner.invoke(app, ["audit", "-i", str(inventory), "-f", "json"]).exit_code == 0
    assert scan_ids(inventory / "laci-audit.db") == [1, 2, 5]
    other = tmp_path / "other.db"
    for _ in range(3):
        assert runner.invoke(app, ["audit", "-i", str(inventory), "--db", str(other), "-f", "json"]).exit_code == 0
    assert scan_ids(other) == [1, 2, 3]


@pytest.mark.parametrize(("text", "message"), [
    ("history: {keep: 0}\n", "laci-audit.yaml:1: history.keep: 0 is not a whole number of scans, 1 or more"),
    ("history: {keep: many}\n", "laci-audit.yaml:1: history.keep: 'many' is not a whole number"),
    ("history: [10]\n", "laci-audit.yaml:1: 'history' must be a mapping such as {keep: 10}"),
])
def test_bad_history_config_is_one_line_and_exit_2(inventory, text, message):
    write(inventory / "laci-audit.yaml", text)
    result = runner.invoke(app, ["audit", "-i", str(inventory), "-f", "json"])
    assert result.exit_code == 2
    assert message in result.output
    assert not (inventory / "laci-audit.db").exists()


def test_prune_of_a_missing_database_is_one_line(inventory):
    result = runner.invoke(app, ["history", "prune", "-i", str(inventory)])
    assert result.exit_code == 2
    assert result.output == "laci-audit: error: inventory/laci-audit.db: no inventory database yet: nothing to prune\n"
    assert not (inventory / "laci-audit.db").exists()
