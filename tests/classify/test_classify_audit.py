"""The classifier inside the audit: contradicted-registration, uncovered-by-policy, `suggest`,
and `--sample`, which must never let a sampled value out."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import add_column, edit, findings_of
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.engine import audit_inventory

runner = CliRunner()
# Sampled values that must never be stored, logged or printed.
SECRET_EMAILS = [f"rahasia{n}.pelanggan@contoh-bocor.co.id" for n in range(12)]
SECRET_PHONES = [f"+62812990{n:05d}" for n in range(12)]
SECRETS = ["rahasia", "contoh-bocor", "62812990"]


def test_contradicted_registration_not_personal_but_email(inventory):
    assert not findings_of(inventory, "contradicted-registration")
    edit(inventory / "fields" / "akun.yaml", "email: {categories: [A.1.1], purposes: [B.3.6]}",
         "email: {personal: false, reason: just a login}")
    [finding] = findings_of(inventory, "contradicted-registration")
    assert (finding.field, finding.severity, finding.line) == ("email", "error", 8)
    assert "not personal" in finding.message and "A.1.1" in finding.message


def test_weak_evidence_does_not_contradict(inventory):
    """users.status is registered not personal; the name alone is too weak to argue."""
    assert not [f for f in findings_of(inventory, "contradicted-registration") if f.field == "status"]


def test_uncovered_by_policy(inventory):
    assert not findings_of(inventory, "uncovered-by-policy")
    add_column(inventory, "ALTER TABLE users ADD COLUMN agama TEXT;\nALTER TABLE users ADD COLUMN golongan_darah TEXT;\n")
    findings = {f.field: f for f in findings_of(inventory, "uncovered-by-policy")}
    assert set(findings) == {"agama", "golongan_darah"}
    assert "religion" in findings["agama"].message and "UU PDP" not in findings["agama"].message
    assert "health data (UU PDP specific data)" in findings["golongan_darah"].message
    assert findings["agama"].line == 1 and findings["agama"].severity == "error"


def test_bundled_inventory_reports_religion_as_uncovered():
    from helpers import BUNDLED_INVENTORY

    found = [(f.table, f.field) for f in audit_inventory(BUNDLED_INVENTORY).result.findings
             if f.rule == "uncovered-by-policy"]
    assert found == [("responden", "agama")]


def test_suggest_json(inventory):
    add_column(inventory, "ALTER TABLE users ADD COLUMN no_hp TEXT;\nCREATE TABLE stok (qty INT);\n")
    result = runner.invoke(app, ["suggest", "-i", str(inventory), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["field"]: r for r in json.loads(result.output)}
    assert set(rows) == {"no_hp", "qty"}
    assert {"source", "table", "field", "personal", "categories", "sensitive", "confidence", "evidence"} <= set(rows["no_hp"])
    assert rows["no_hp"]["personal"] is True and rows["no_hp"]["categories"] == ["A.1.1"]
    assert rows["qty"]["personal"] is False and rows["qty"]["categories"] == []
    every = json.loads(runner.invoke(app, ["suggest", "-i", str(inventory), "--all", "-f", "json"]).output)
    assert len(every) == 6 and not (inventory / "laci-audit.db").exists()


def test_suggest_table_and_bad_inventory(inventory, tmp_path):
    result = runner.invoke(app, ["suggest", "-i", str(inventory), "--all"])
    assert result.exit_code == 0 and "created_at" in result.output and "A.2.2" in result.output
    missing = runner.invoke(app, ["suggest", "-i", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "Traceback" not in missing.output


@pytest.fixture
def sampled_inventory(inventory: Path) -> Path:
    """The small inventory plus an SQLite source whose columns hold values that must not leak."""
    path = inventory / "data" / "kontak.sqlite"
    path.parent.mkdir(parents=True)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE impor_mentah (id INTEGER PRIMARY KEY, kolom_a TEXT, kolom_b TEXT, catatan TEXT)")
    connection.executemany("INSERT INTO impor_mentah (kolom_a, kolom_b, catatan) VALUES (?, ?, ?)",
                           [(e, p, "biasa") for e, p in zip(SECRET_EMAILS, SECRET_PHONES)])
    connection.commit()
    connection.close()
    edit(inventory / "sources.yaml", "sources:\n", "sources:\n  - name: kontak\n    kind: sqlite\n"
                                                   "    path: data/kontak.sqlite\n    owner: tim-growth\n")
    return inventory


def test_sampling_finds_what_names_hide(sampled_inventory):
    by_name = audit_inventory(sampled_inventory).result.suggestions
    sampled = audit_inventory(sampled_inventory, sample=10).result.suggestions
    assert not by_name[("kontak", "impor_mentah", "kolom_a")].personal
    email = sampled[("kontak", "impor_mentah", "kolom_a")]
    phone = sampled[("kontak", "impor_mentah", "kolom_b")]
    assert email.personal and "values: 10/10 match email" in email.evidence
    assert phone.personal and "values: 10/10 match phone number" in phone.evidence


def test_sampled_values_never_leak(sampled_inventory, tmp_path):
    db = tmp_path / "inv.db"
    outputs = []
    for command in (["scan"], ["audit", "-f", "json"], ["audit", "-f", "markdown"], ["audit"],
                    ["suggest", "-f", "json", "--all"], ["suggest", "--all"], ["check", "-f", "sarif"],
                    ["check", "-f", "json"]):
        result = runner.invoke(app, [*command, "-i", str(sampled_inventory), "--sample", "12"]
                                           + (["--db", str(db)] if command[0] != "suggest" else []))
        assert result.exit_code == (1 if command[0] == "check" else 0), result.output
        outputs.append(result.output)
    assert any("values: 12/12 match email" in output for output in outputs)
    stored = db.read_bytes() + b"".join(p.read_bytes() for p in db.parent.glob("inv.db*"))
    with sqlite3.connect(db) as connection:
        dumped = "\n".join(connection.iterdump())
    for secret in SECRETS:
        assert all(secret not in output for output in outputs), secret
        assert secret.encode() not in stored and secret not in dumped, secret
    assert "values: 12/12 match email" in dumped


def test_sample_reads_with_limit(sampled_inventory):
    from laci_audit.sources import KINDS

    source = audit_inventory(sampled_inventory).result.declarations.sources["kontak"]
    fields = [f for s in audit_inventory(sampled_inventory).result.scans if s.source.name == "kontak" for f in s.fields]
    sampled = dict((f.name, values) for f, values in KINDS["sqlite"].sampler()(source, sampled_inventory, fields, 3))
    assert set(sampled) == {"id", "kolom_a", "kolom_b", "catatan"}
    assert all(len(values) == 3 for values in sampled.values())


def test_kinds_without_sampling_are_judged_by_name(inventory):
    add_column(inventory, "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    suggestions = audit_inventory(inventory, sample=5).result.suggestions
    assert suggestions[("akun", "users", "no_hp")].personal
    assert not any(e.startswith("values:") for s in suggestions.values() for e in s.evidence)


def test_contradicted_registration_by_sampled_values(sampled_inventory):
    write_fields = sampled_inventory / "fields" / "kontak.yaml"
    write_fields.write_text(
        "source: kontak\ntables:\n  impor_mentah:\n    purposes: [B.3.6]\n    fields:\n"
        "      id: {personal: false, reason: key}\n"
        "      kolom_a: {categories: [A.2.4]}\n"
        "      kolom_b: {personal: false, reason: not used}\n"
        "      catatan: {personal: false, reason: free text}\n", encoding="utf-8")
    assert not [f for f in findings_of(sampled_inventory, "contradicted-registration") if f.source == "kontak"]
    findings = {f.field: f for f in audit_inventory(sampled_inventory, sample=10).result.findings
                if f.rule == "contradicted-registration"}
    assert set(findings) == {"kolom_a", "kolom_b"}
    assert "registered under A.2.4, but looks like A.1.1" in findings["kolom_a"].message
    assert "values: 10/10 match email" in findings["kolom_a"].message
    assert "not personal" in findings["kolom_b"].message and "values: 10/10 match phone number" in findings["kolom_b"].message
    assert all(secret not in f.message for f in findings.values() for secret in SECRETS)
