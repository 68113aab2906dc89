"""Record-of-processing keys: declared on source, table and field, validated, and gaps as findings."""

from __future__ import annotations

import pytest
from helpers import write

from laci_audit.engine import audit_inventory
from laci_audit.errors import DeclarationError
from laci_audit.inventory.declarations import load_declarations
from laci_audit.result import effective_processing


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_most_specific_declaration_wins(inventory):
    edit(inventory / "fields" / "akun.yaml", "    purposes: [B.3.4]\n",
         "    purposes: [B.3.4]\n    retention: 30 days\n")
    edit(inventory / "fields" / "akun.yaml", "email: {categories: [A.1.1], purposes: [B.3.6]}",
         "email: {categories: [A.1.1], purposes: [B.3.6], legal_basis: [Consent], recipients: [surelpro]}")
    declarations = load_declarations(inventory)
    by_field = {r.field: effective_processing(r, declarations) for r in declarations.registrations}
    assert by_field["email"].legal_basis == ("consent",)
    assert by_field["email"].recipients == ("surelpro",)
    assert by_field["email"].retention == "30 days"
    assert by_field["created_at"].legal_basis == ("contract",)
    assert by_field["created_at"].data_subjects == ("pembeli", "penjual")


def test_legal_basis_must_be_one_of_pasal_20(inventory):
    edit(inventory / "sources.yaml", "legal_basis: [contract]", "legal_basis: [contract, because we can]")
    with pytest.raises(DeclarationError, match=r"sources.yaml:\d+: legal_basis 'because we can' is not a basis of UU PDP Pasal 20"):
        load_declarations(inventory)


def test_missing_cells_are_findings_per_table(inventory):
    edit(inventory / "sources.yaml", "    retention: until the account is closed\n", "")
    edit(inventory / "sources.yaml", "    recipients: []\n", "")
    findings = [f for f in audit_inventory(inventory).result.findings if f.rule.startswith("ropa-")]
    assert sorted(f.rule for f in findings) == ["ropa-missing-recipients", "ropa-missing-retention"]
    retention = next(f for f in findings if f.rule == "ropa-missing-retention")
    assert (retention.severity, retention.source, retention.table) == ("warning", "akun", "users")
    assert "2 personal fields (email, created_at)" in retention.message
    assert retention.file == "inventory/fields/akun.yaml"


def test_empty_recipients_declares_nobody_but_empty_subjects_is_a_gap(inventory):
    edit(inventory / "sources.yaml", "data_subjects: [pembeli, penjual]", "data_subjects: []")
    rules = {f.rule for f in audit_inventory(inventory).result.findings}
    assert "ropa-missing-data-subjects" in rules and "ropa-missing-recipients" not in rules


def test_table_level_keys(inventory):
    write(inventory / "fields" / "akun.yaml", """
        source: akun
        tables:
          users:
            retention: 1 year
            legal_basis: legitimate_interest
            fields:
              id: {personal: false, reason: surrogate key}
              email: {categories: [A.1.1]}
              created_at: {categories: [A.2.2]}
              status: {personal: false, reason: account state flag}
        """)
    declarations = load_declarations(inventory)
    [email] = [r for r in declarations.registrations if r.field == "email"]
    processing = effective_processing(email, declarations)
    assert (processing.retention, processing.legal_basis) == ("1 year", ("legitimate-interest",))


@pytest.mark.parametrize("line, rule", [
    ("    data_subjects: [pembeli, penjual]\n", "ropa-missing-data-subjects"),
    ("    legal_basis: [contract]\n", "ropa-missing-legal-basis"),
    ("    retention: until the account is closed\n", "ropa-missing-retention"),
    ("    recipients: []\n", "ropa-missing-recipients"),
])
def test_each_missing_cell_is_its_own_finding(inventory, line, rule):
    assert not [f for f in audit_inventory(inventory).result.findings if f.rule.startswith("ropa-")]
    edit(inventory / "sources.yaml", line, "")
    assert [f.rule for f in audit_inventory(inventory).result.findings if f.rule.startswith("ropa-")] == [rule]
