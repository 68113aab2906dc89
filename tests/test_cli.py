"""Every command end to end through typer's CliRunner."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

from helpers import BUNDLED_INVENTORY, POLICY_TEXT, REPO
from typer.testing import CliRunner

from laci_audit.cli import app

runner = CliRunner()


def test_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("scan", "audit", "policy"):
        assert command in result.output


def test_policy_import_and_show(tmp_path):
    target = tmp_path / "taxonomy.yaml"
    result = runner.invoke(app, ["policy", "import", str(POLICY_TEXT), "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert "16 categories, 13 purposes" in result.output
    shown = runner.invoke(app, ["policy", "show", "--inventory", str(tmp_path / "nowhere")])
    assert shown.exit_code == 0 and "(policy 2c42c40c2365 (built in))" in shown.output
    (tmp_path / "inv" / "policy").mkdir(parents=True)
    shutil.move(target, tmp_path / "inv" / "policy" / "taxonomy.yaml")
    shown = runner.invoke(app, ["policy", "show", "--inventory", str(tmp_path / "inv")])
    assert shown.exit_code == 0
    assert "A.1.1" in shown.output and "nomor telepon" in shown.output and "B.6" in shown.output


def test_policy_import_missing_file(tmp_path):
    result = runner.invoke(app, ["policy", "import", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "t.yaml")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output and "Traceback" not in result.output


def test_scan_writes_the_database(inventory, tmp_path):
    db = tmp_path / "scan.db"
    result = runner.invoke(app, ["scan", "--inventory", str(inventory), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "scan 1: 1 source, 4 fields" in result.output
    assert db.exists()


def test_audit_json(inventory, tmp_path):
    (inventory / "schemas" / "akun" / "002.sql").write_text("ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    result = runner.invoke(app, ["audit", "-i", str(inventory), "--db", str(tmp_path / "a.db"), "--format", "json"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)
    [personal] = [f for f in findings if f["rule"] == "unregistered-personal"]
    assert set(personal) == {"rule", "severity", "source", "table", "field", "path", "line", "message", "fingerprint"}
    assert (personal["field"], personal["path"], personal["line"]) == ("no_hp", "inventory/schemas/akun/002.sql", 1)


def test_audit_table_and_markdown(inventory):
    table = runner.invoke(app, ["audit", "-i", str(inventory)])
    assert table.exit_code == 0
    assert "Coverage per source" in table.output and "unused-category" in table.output
    markdown = runner.invoke(app, ["audit", "-i", str(inventory), "--format", "markdown"])
    assert markdown.exit_code == 0
    assert "| source " in markdown.output and "## Findings" in markdown.output


def test_a_reader_that_stops_reading_is_no_bad_input(inventory, tmp_path):
    """`laci-audit audit | head -3`: once head has gone, the next write finds no reader; that is
    no bad input (exit 2, 'error: Broken pipe'), the command just ends, quietly."""
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before the first line is written
    try:
        stopped = subprocess.run([sys.executable, "-m", "laci_audit", "audit", "-i", str(inventory), "--db",
                                  str(tmp_path / "a.db"), "--format", "json"], cwd=tmp_path, stdout=writer,
                                 stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    finally:
        os.close(writer)
    assert (stopped.returncode, stopped.stderr) == (1, "")


def test_bad_declaration_exits_2_with_one_line(inventory):
    (inventory / "sources.yaml").write_text("sources:\n  - name: akun\n    kind: ddl\n    colour: red\n    path: x.sql\n    dialect: mysql\n")
    result = runner.invoke(app, ["audit", "-i", str(inventory)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("laci-audit: error: inventory/sources.yaml:4: unknown key 'colour'")


def test_every_declaration_problem_in_one_run_one_line_each(inventory):
    (inventory / "sources.yaml").write_text(
        "sources:\n  - name: akun\n    kind: ddl\n    colour: red\n"
        "  - name: toko\n    kind: sqlite\n    path: toko.db\n    purposes: {B.1: yes}\n")
    (inventory / "fields" / "toko.yaml").write_text("source: toko\ntables:\n  t:\n    field: {}\n")
    result = runner.invoke(app, ["audit", "-i", str(inventory)])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "inventory/sources.yaml:4: unknown key 'colour' in source 'akun' (expected one of: allow_outside, data_subjects, "
        "description, dialect, kind, legal_basis, name, owner, partners, path, purposes, recipients, retention, subject_keys)",
        "inventory/sources.yaml:2: source 'akun' is missing the key 'dialect'",
        "inventory/sources.yaml:2: source 'akun' is missing the key 'path'",
        "inventory/sources.yaml:8: 'purposes' must be a list of ids such as [B.1, B.3.4]",
        "inventory/fields/toko.yaml:4: unknown key 'field' in table 't' (expected one of: categories, data_subjects, "
        "draft, fields, legal_basis, note, partners, personal, purposes, reason, recipients, retention)",
        "inventory/fields/toko.yaml:4: table 't' is missing the key 'fields'",
        "laci-audit: error: 6 problems in the declarations",
    ]


def test_missing_inventory_exits_2(tmp_path):
    result = runner.invoke(app, ["audit", "-i", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no such inventory folder" in result.output


def test_bad_format_is_a_usage_error(inventory):
    result = runner.invoke(app, ["audit", "-i", str(inventory), "--format", "pdf"])
    assert result.exit_code == 2


def test_bundled_inventory_audit(tmp_path):
    result = runner.invoke(
        app, ["audit", "-i", str(BUNDLED_INVENTORY), "--db", str(tmp_path / "b.db"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)
    rules = {f["rule"] for f in findings}
    assert {"unregistered-personal", "unregistered", "no-purpose", "unknown-category", "unknown-purpose",
            "stale-registration", "unused-category"} <= rules
    assert "source-unreadable" not in rules
    assert sum(f["severity"] == "error" for f in findings) < 15


def test_unwritable_places_are_one_line_errors(inventory, tmp_path):
    (tmp_path / "a-directory").mkdir()
    scanned = runner.invoke(app, ["scan", "-i", str(inventory), "--db", str(tmp_path / "a-directory")])
    assert scanned.exit_code == 2 and len(scanned.output.strip().splitlines()) == 1
    assert "a-directory: cannot open the inventory database" in scanned.output
    (tmp_path / "a-file").write_text("x")
    imported = runner.invoke(app, ["policy", "import", str(POLICY_TEXT), "-o", str(tmp_path / "a-file" / "t.yaml")])
    assert imported.exit_code == 2 and len(imported.output.strip().splitlines()) == 1
    (inventory / "fields" / ".akun.yaml.lock").mkdir()  # the lock cannot be taken
    registered = runner.invoke(app, ["register", "akun", "users", "status", "-c", "A.1.1", "-i", str(inventory)])
    assert registered.exit_code == 2 and len(registered.output.strip().splitlines()) == 1
    assert ".akun.yaml.lock" in registered.output and "Traceback" not in registered.output


def test_a_data_source_given_as_db_is_left_untouched(inventory, tmp_path):
    data = tmp_path / "pelanggan.sqlite"
    connection = sqlite3.connect(data)
    connection.execute("CREATE TABLE pelanggan (email TEXT)")
    connection.commit()
    connection.close()
    before = data.read_bytes()
    result = runner.invoke(app, ["scan", "-i", str(inventory), "--db", str(data)])
    assert result.exit_code == 2
    assert result.output.strip() == (
        "laci-audit: error: pelanggan.sqlite: an SQLite database, but not a laci-audit inventory: left untouched")
    assert data.read_bytes() == before
