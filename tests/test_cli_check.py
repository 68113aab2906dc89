"""`laci-audit check` and `laci-audit baseline write` end to end through typer's CliRunner."""

from __future__ import annotations

import json
import sqlite3

from helpers import write
from typer.testing import CliRunner

from laci_audit.audit.rules import RULES
from laci_audit.cli import app

runner = CliRunner()


def add_no_hp(inventory):
    write(inventory / "schemas" / "akun" / "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")


def test_check_exit_codes(inventory):
    clean = runner.invoke(app, ["check", "-i", str(inventory)])
    assert clean.exit_code == 0, clean.output
    assert clean.stderr.startswith("laci-audit check passed: 0 new at or above error (new: 0 error, 0 warning, 14 info)")
    assert runner.invoke(app, ["check", "-i", str(inventory), "--fail-on", "info"]).exit_code == 1
    add_no_hp(inventory)
    failed = runner.invoke(app, ["check", "-i", str(inventory), "--format", "json"])
    assert failed.exit_code == 1
    assert json.loads(failed.stdout)["new"][0]["field"] == "no_hp"
    assert failed.stderr.splitlines()[0].startswith(
        "inventory/schemas/akun/002.sql:1: error unregistered-personal: users.no_hp looks like")


def test_check_output_file_keeps_the_summary_on_the_terminal(inventory, tmp_path):
    add_no_hp(inventory)
    report = tmp_path / "out" / "check.sarif"
    result = runner.invoke(app, ["check", "-i", str(inventory), "-f", "sarif", "-o", str(report)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].endswith(f"-> {report}")
    assert json.loads(report.read_text())["runs"][0]["results"][0]["ruleId"] == "unregistered-personal"


def test_baseline_write_then_check(inventory, tmp_path):
    add_no_hp(inventory)
    baseline = tmp_path / "baseline.json"
    written = runner.invoke(app, ["baseline", "write", str(baseline), "-i", str(inventory)])
    assert written.exit_code == 0 and f"{baseline}: 15 findings accepted" in written.output
    result = runner.invoke(app, ["check", "-i", str(inventory), "--baseline", str(baseline), "-f", "markdown"])
    assert result.exit_code == 0, result.output
    assert "15 accepted by the baseline" in result.stdout and "15 accepted by" in result.stderr


def test_config_severity_and_bad_config(inventory):
    add_no_hp(inventory)
    write(inventory / "laci-audit.yaml", "rules:\n  unregistered-personal: warning\n")
    assert runner.invoke(app, ["check", "-i", str(inventory)]).exit_code == 0
    assert runner.invoke(app, ["check", "-i", str(inventory), "--fail-on", "warning"]).exit_code == 1
    write(inventory / "laci-audit.yaml", "rules:\n  unregistered-personal: warning\n  typo-rule: off\n")
    bad = runner.invoke(app, ["check", "-i", str(inventory)])
    assert bad.exit_code == 2
    assert bad.output.strip().splitlines() == [
        "laci-audit: error: inventory/laci-audit.yaml:3: unknown rule 'typo-rule' (known: " + ", ".join(RULES) + ")"
    ]


def test_bad_input_exits_2(inventory, tmp_path):
    for args in (["--baseline", str(tmp_path / "none.json")], ["--config", str(tmp_path / "none.yaml")],
                 ["--fail-on", "fatal"], ["--format", "pdf"]):
        result = runner.invoke(app, ["check", "-i", str(inventory), *args])
        assert result.exit_code == 2, args
        assert "Traceback" not in result.output
    missing = runner.invoke(app, ["check", "-i", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "no such inventory folder" in missing.output
    (inventory / "sources.yaml").write_text("sources:\n  - name: akun\n    kind: ddl\n    colour: red\n")
    broken = runner.invoke(app, ["baseline", "write", str(tmp_path / "b.json"), "-i", str(inventory)])
    assert broken.exit_code == 2 and "inventory/sources.yaml:4: unknown key 'colour'" in broken.output
    assert not (tmp_path / "b.json").exists()


def test_unwritable_report_or_baseline_exits_2(inventory, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    for args in (["check", "-i", str(inventory), "-f", "json", "-o", str(blocker / "r.json")],
                 ["baseline", "write", str(blocker / "b.json"), "-i", str(inventory)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "cannot write" in result.output and "Traceback" not in result.output


def test_pre_commit_hook_runs_the_gate():
    from helpers import REPO

    from laci_audit.yamlio import read_yaml

    [hook] = read_yaml(REPO / ".pre-commit-hooks.yaml")
    assert hook["id"] == "laci-audit-check" and hook["entry"] == "laci-audit check"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    assert 'laci-audit = "laci_audit.cli:app"' in (REPO / "pyproject.toml").read_text()
    assert runner.invoke(app, ["check", "--help"]).exit_code == 0


def test_baseline_and_check_with_the_same_sample(inventory, tmp_path):
    sqlite = tmp_path / "inventory" / "impor.sqlite"
    connection = sqlite3.connect(sqlite)
    connection.execute("CREATE TABLE impor (kolom_a TEXT)")
    connection.executemany("INSERT INTO impor VALUES (?)", [(f"orang{n}@example.com",) for n in range(10)])
    connection.commit()
    connection.close()
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {name: impor, kind: sqlite, path: impor.sqlite, owner: tim-data}\n")
    baseline = tmp_path / "baseline.json"
    written = runner.invoke(app, ["baseline", "write", str(baseline), "-i", str(inventory), "--sample", "10"])
    assert written.exit_code == 0, written.output
    assert "unregistered-personal" in baseline.read_text()
    checked = runner.invoke(app, ["check", "-i", str(inventory), "--baseline", str(baseline), "--sample", "10"])
    assert checked.exit_code == 0, checked.output
    assert "no longer match" not in checked.stderr


def test_db_that_is_not_sqlite_exits_2(inventory, tmp_path):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database\n" * 100)
    for command in (["audit", "--db", str(text_file)], ["report", "diff", "--db", str(text_file)],
                    ["check", "--db", str(text_file)]):
        result = runner.invoke(app, [*command, "-i", str(inventory)])
        assert result.exit_code == 2, (command, result.output)
        assert result.output.strip().splitlines() == ["laci-audit: error: notes.txt: not a laci-audit inventory database"]
