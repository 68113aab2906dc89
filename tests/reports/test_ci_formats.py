"""The gate's CI formats: SARIF against the official 2.1.0 schema, JUnit, Markdown, JSON."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

import pytest
from helpers import FIXTURES, write
from jsonschema import Draft4Validator

from laci_audit.audit.baseline import write_baseline
from laci_audit.audit.rules import RULES
from laci_audit.engine import audit_inventory, run_check
from laci_audit.reports.findings import render_check

SCHEMA = FIXTURES / "sarif-schema-2.1.0.json"


@pytest.fixture
def gate(inventory, tmp_path):
    """A gate with accepted findings (a baseline) and two new ones: one failing, one below it."""
    write(inventory / "schemas" / "akun" / "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, audit_inventory(inventory).result.findings)
    write(inventory / "schemas" / "akun" / "003.sql", "-- added\nALTER TABLE users ADD COLUMN nik TEXT;\n"
                                                     "CREATE TABLE stok (qty INT);\n")
    write(inventory / "laci-audit.yaml", "rules:\n  stale-registration: off\n")
    return run_check(inventory, "error", baseline)


def test_sarif_is_valid_against_the_official_schema(gate, tmp_path):
    log = json.loads(render_check("sarif", gate, root=tmp_path))
    validator = Draft4Validator(json.loads(SCHEMA.read_text()), format_checker=Draft4Validator.FORMAT_CHECKER)
    assert sorted(error.message for error in validator.iter_errors(log)) == []
    assert log["version"] == "2.1.0"
    log["runs"][0]["results"][0]["level"] = "fatal"
    del log["runs"][0]["tool"]["driver"]["name"]
    assert len(list(validator.iter_errors(log))) == 2


def test_sarif_is_the_log_as_data_one_result_a_line(gate, tmp_path):
    from laci_audit.reports.findings.sarif import sarif_log

    text = render_check("sarif", gate, root=tmp_path)
    log = sarif_log(gate, tmp_path)
    assert json.loads(text) == json.loads(json.dumps(log)) and len(log["runs"][0]["results"]) > 5
    lines = text.splitlines()
    start = lines.index('      "results": [')
    assert lines[start + 1:start + 1 + len(log["runs"][0]["results"])] == [
        "        " + json.dumps(result, ensure_ascii=False) + ("," if n < len(log["runs"][0]["results"]) - 1 else "")
        for n, result in enumerate(log["runs"][0]["results"])]
    gate.findings, gate.new, gate.accepted = [], [], []
    assert json.loads(render_check("sarif", gate, root=tmp_path))["runs"][0]["results"] == []


def test_sarif_rules_and_results(gate, tmp_path):
    [run] = json.loads(render_check("sarif", gate, root=tmp_path))["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    assert all(r["help"]["text"] == RULES[r["id"]].help for r in rules)
    assert {r["id"]: r["defaultConfiguration"] for r in rules}["stale-registration"] == {"level": "none",
                                                                                      "enabled": False}
    new = [r for r in run["results"] if r["baselineState"] == "new"]
    assert [(r["ruleId"], r["level"]) for r in new] == [("unregistered-personal", "error"), ("unregistered", "warning")]
    [location] = new[0]["locations"]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": "inventory/schemas/akun/003.sql"}, "region": {"startLine": 2}}
    assert location["logicalLocations"][0]["fullyQualifiedName"] == "akun.users.nik"
    assert new[0]["partialFingerprints"] == {"laciAuditFingerprint/v1": gate.failing[0].fingerprint}
    assert rules[new[0]["ruleIndex"]]["id"] == "unregistered-personal"
    accepted = [r for r in run["results"] if r["baselineState"] == "unchanged"]
    assert len(accepted) == 15 and all(r["suppressions"][0]["kind"] == "external" for r in accepted)
    assert {r["level"] for r in accepted} == {"error", "note"}


def test_sarif_paths_are_relative_to_the_repository_root(gate, tmp_path):
    [run] = json.loads(render_check("sarif", gate, root=tmp_path / "inventory"))["runs"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert "schemas/akun/003.sql" in uris
    [run] = json.loads(render_check("sarif", gate, root=tmp_path / "elsewhere"))["runs"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert (tmp_path / "inventory" / "schemas" / "akun" / "003.sql").as_uri() in uris


def test_junit_has_a_test_case_per_rule_and_a_failure_per_failing_finding(gate):
    suites = ElementTree.fromstring(render_check("junit", gate))
    [suite] = suites.findall("testsuite")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert list(cases) == list(RULES)
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == (str(len(RULES)), "1", "1")
    [failure] = cases["unregistered-personal"].findall("failure")
    assert failure.get("type") == "error" and "users.nik" in failure.get("message")
    assert failure.text.startswith("inventory/schemas/akun/003.sql:2: error unregistered-personal:")
    assert "1 accepted by the baseline" in cases["unregistered-personal"].find("system-out").text
    assert not cases["unregistered"].findall("failure")
    assert "below the threshold (error)" in cases["unregistered"].find("system-out").text
    assert cases["stale-registration"].find("skipped") is not None


def test_markdown_comment_puts_counts_and_new_findings_first(gate):
    text = render_check("markdown", gate)
    lines = text.splitlines()
    assert lines[0] == "### laci-audit check failed"
    assert "**1 new finding at or above error**" in lines[2] and "1 error, 1 warning, 0 info" in lines[2]
    assert "15 accepted by the baseline" in lines[3]
    rows = [line for line in lines if line.startswith("| error") or line.startswith("| warning")]
    assert rows[0].startswith("| error | unregistered-personal | `inventory/schemas/akun/003.sql:2` akun.users.nik")
    assert len(rows) == 2 and len(lines) < 15


def test_json_verdict(gate):
    document = json.loads(render_check("json", gate))
    assert (document["passed"], document["exit_code"], document["fail_on"]) == (False, 1, "error")
    assert document["counts"] == {"new": 2, "failing": 1, "accepted": 15, "unmatched_baseline": 0}
    assert [(f["field"], f["failing"]) for f in document["new"]] == [("nik", True), ("qty", False)]
    lines = render_check("json", gate).splitlines()
    assert lines[:3] == ["{", '  "passed": false,', '  "exit_code": 1,'] and lines[-1] == "}"
    start = lines.index('  "new": [')
    assert [json.loads(line.strip().rstrip(",")) for line in lines[start + 1:start + 3]] == document["new"]
    assert lines[start + 3] == "  ],"


def test_table_shows_new_findings(gate):
    text = render_check("table", gate)
    assert "New findings" in text and "akun.users.nik" in text and "15 findings accepted" in text
