"""The gate: rule severities from config, thresholds, baselines, and fingerprints that survive moves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import write

from laci_audit.audit.baseline import BaselineError, load_baseline, write_baseline
from laci_audit.audit.gate import (
    EXIT_FAILED,
    EXIT_PASSED,
    ConfigError,
    GateConfig,
    apply_config,
    find_config,
    judge,
    load_config,
)
from laci_audit.engine import audit_inventory, run_check
from laci_audit.reports.findings.lines import summary_line


def add_sql(inventory: Path, name: str, sql: str) -> Path:
    return write(inventory / "schemas" / "akun" / name, sql)


def fingerprints(inventory: Path, rule: str) -> dict[str, str]:
    """field name -> fingerprint of the rule's findings."""
    return {f.field: f.fingerprint for f in audit_inventory(inventory).result.findings if f.rule == rule}


# --- config -----------------------------------------------------------------------------------

def test_config_changes_severities_and_turns_rules_off(inventory):
    add_sql(inventory, "002.sql", "CREATE TABLE stok (qty INT);\n")
    write(inventory / "laci-audit.yaml", "rules:\n  unregistered: error\n  unused-category: off\n")
    config = find_config(inventory)
    assert config.path == "inventory/laci-audit.yaml"
    findings = apply_config(audit_inventory(inventory).result.findings, config)
    assert [(f.rule, f.field, f.severity) for f in findings] == [("unregistered", "qty", "error")]


def test_default_config_keeps_documented_severities(inventory):
    assert find_config(inventory) == GateConfig()
    result = audit_inventory(inventory).result
    assert apply_config(result.findings, GateConfig()) == result.findings


@pytest.mark.parametrize("text, line, words", [
    ("rules:\n  unregistered: info\n  no-such-rule: off\n", 3, "unknown rule 'no-such-rule'"),
    ("rules:\n  unregistered: fatal\n", 2, "severity 'fatal' is not one of error, warning, info, off"),
    ("rules:\n  unregistered: false\n", 2, "severity False"),
    ("rule:\n  unregistered: info\n", 1, "unknown key 'rule'"),
    ("rules: [unregistered]\n", 1, "'rules' must map rule ids"),
])
def test_bad_config_is_one_error_with_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path / "laci-audit.yaml", text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert raised.value.line == line and words in raised.value.message


def test_named_config_must_exist(inventory, tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        find_config(inventory, tmp_path / "nope.yaml")


# --- thresholds -------------------------------------------------------------------------------

def test_threshold_decides_the_exit_code(inventory):
    add_sql(inventory, "002.sql", "CREATE TABLE stok (qty INT);\n")
    assert run_check(inventory, "error").exit_code == EXIT_PASSED
    warning = run_check(inventory, "warning")
    assert warning.exit_code == EXIT_FAILED and [f.field for f in warning.failing] == ["qty"]
    info = run_check(inventory, "info")
    assert len(info.failing) == 1 + 14 and info.new[0].field == "qty"
    add_sql(inventory, "003.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    error = run_check(inventory, "error")
    assert [(f.rule, f.field, f.line) for f in error.failing] == [("unregistered-personal", "no_hp", 1)]


def test_unknown_threshold_is_refused(inventory):
    with pytest.raises(ValueError):
        judge(audit_inventory(inventory).result, GateConfig(), None, "fatal")


# --- baselines --------------------------------------------------------------------------------

def test_baseline_accepts_old_findings_and_fails_on_new_ones(inventory, tmp_path):
    add_sql(inventory, "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    baseline = tmp_path / "baseline.json"
    assert write_baseline(baseline, audit_inventory(inventory).result.findings) == 15
    accepted = run_check(inventory, "info", baseline)
    assert accepted.passed and len(accepted.accepted) == 15 and not accepted.unmatched
    add_sql(inventory, "003.sql", "ALTER TABLE users ADD COLUMN nik TEXT;\n")
    gate = run_check(inventory, "error", baseline)
    assert [f.field for f in gate.failing] == ["nik"] and len(gate.accepted) == 15
    assert "FAILED: 1 new at or above error" in summary_line(gate)


def test_baseline_reports_entries_that_no_longer_match(inventory, tmp_path):
    sql = add_sql(inventory, "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, audit_inventory(inventory).result.findings)
    sql.unlink()
    gate = run_check(inventory, "error", baseline)
    assert gate.passed
    assert [(e.rule, e.location) for e in gate.unmatched] == [("unregistered-personal", "akun.users.no_hp")]
    assert "1 baseline entries no longer match" in summary_line(gate)


def test_baseline_file_is_readable_and_has_no_lines(inventory, tmp_path):
    add_sql(inventory, "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, audit_inventory(inventory).result.findings)
    document = json.loads(baseline.read_text())
    [entry] = [e for e in document["findings"] if e["rule"] == "unregistered-personal"]
    assert entry["location"] == "akun.users.no_hp" and "no_hp looks like A.1.1" in entry["message"]
    assert entry["file"] == "inventory/schemas/akun/002.sql" and "line" not in entry
    first = baseline.read_text()
    write_baseline(baseline, reversed(audit_inventory(inventory).result.findings))
    assert baseline.read_text() == first


@pytest.mark.parametrize("text, line, words", [
    ('{"laci_audit_baseline": 1,\n "findings": [\n', 3, "invalid JSON"),
    ('{"findings": []}', None, "not a baseline"),
    ('{"laci_audit_baseline": 1, "findings": [{"rule": "x"}]}', None, "finding 1 has no fingerprint"),
])
def test_bad_baseline(tmp_path, text, line, words):
    path = tmp_path / "baseline.json"
    path.write_text(text)
    with pytest.raises(BaselineError) as raised:
        load_baseline(path)
    assert raised.value.line == line and words in raised.value.message


def test_missing_baseline(inventory, tmp_path):
    with pytest.raises(BaselineError, match="cannot read the baseline"):
        run_check(inventory, "error", tmp_path / "nope.json")


# --- fingerprints -----------------------------------------------------------------------------

def test_fingerprints_survive_moving_a_column_to_another_file(inventory):
    add_sql(inventory, "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    before = fingerprints(inventory, "unregistered-personal")
    (inventory / "schemas" / "akun" / "002.sql").unlink()
    add_sql(inventory, "007_later.sql", "-- moved\n\n\nALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    assert fingerprints(inventory, "unregistered-personal") == before


def test_fingerprints_survive_reordering_tables(inventory):
    tables = ("CREATE TABLE kontak (nama_kontak TEXT, qty INT);\n", "CREATE TABLE tiket (keluhan TEXT);\n")
    add_sql(inventory, "002.sql", "".join(tables))
    before = {rule: fingerprints(inventory, rule) for rule in ("unregistered", "unregistered-personal")}
    add_sql(inventory, "002.sql", "\n".join(reversed(tables)))
    after = {rule: fingerprints(inventory, rule) for rule in ("unregistered", "unregistered-personal")}
    assert after == before and len(before["unregistered-personal"]) == 3  # every column of a contact is personal


def test_fingerprints_change_with_the_field_or_the_rule(inventory):
    add_sql(inventory, "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    [unregistered] = fingerprints(inventory, "unregistered-personal").values()
    add_sql(inventory, "002.sql", "ALTER TABLE users ADD COLUMN no_hp_kantor TEXT;\n")
    [renamed] = fingerprints(inventory, "unregistered-personal").values()
    assert renamed != unregistered
    add_sql(inventory, "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    fields_file = inventory / "fields" / "akun.yaml"
    fields_file.write_text(fields_file.read_text() + "      no_hp: {personal: true}\n")
    [no_category] = fingerprints(inventory, "no-category").values()
    assert not fingerprints(inventory, "unregistered-personal") and no_category != unregistered


def test_a_baseline_saved_with_a_bom_is_read(tmp_path):
    from laci_audit.records import Finding

    path = tmp_path / "baseline.json"
    write_baseline(path, [Finding("unregistered", "warning", "users.qty is not registered", "abc123", "akun", "users", "qty")])
    path.write_bytes("\ufeff".encode() + path.read_bytes())
    assert list(load_baseline(path).entries) == ["abc123"]
