"""Registrations of whole tables: one line in fields/*.yaml registers each field of the table that is
not registered on its own; the audit, coverage, the record of processing, where, explain and history
treat them as registrations."""

from __future__ import annotations

from helpers import FIXTURES, POLICY_TEXT, add_column, edit, findings_of

from laci_audit.answers.breach import breach_scope
from laci_audit.answers.coverage import coverage_lines
from laci_audit.answers.explain import explain_field
from laci_audit.answers.ropa import build_ropa
from laci_audit.answers.where import where
from laci_audit.engine import audit, audit_inventory
from laci_audit.inventory.declarations import load_declarations
from laci_audit.inventory.registry import RegistrationRequest, confirm_drafts, register_field
from laci_audit.policy.diff import diff_policies
from laci_audit.store.history import field_history
from laci_audit.store.schema import open_read_only

SESSIONS = "CREATE TABLE sesi (id BIGSERIAL PRIMARY KEY, ip_address INET, user_agent TEXT, kode TEXT);\n"


def register_sessions(inventory, entry: str = "{categories: [A.2.5], purposes: [B.4]}") -> None:
    add_column(inventory, SESSIONS)
    with (inventory / "fields" / "akun.yaml").open("a", encoding="utf-8") as fields:
        fields.write(f"  sesi: {entry}\n")


def test_a_table_registration_applies_to_each_field_not_registered_on_its_own(inventory):
    register_sessions(inventory, "\n    categories: [A.2.5]\n    purposes: [B.4]\n    fields:\n"
                                 "      id: {personal: false, reason: surrogate key}")
    [table] = load_declarations(inventory).table_registrations
    assert (table.table, table.categories, table.purposes, table.line) == ("sesi", ("A.2.5",), ("B.4",), 11)
    result = audit(inventory)
    applied = {key[2]: r for key, r in result.registrations_by_key.items() if key[1] == "sesi"}
    assert set(applied) == {"id", "ip_address", "user_agent", "kode"}
    assert not applied["id"].from_table and not applied["id"].personal  # the field's own wins
    assert applied["kode"].from_table and applied["kode"].categories == ("A.2.5",)
    assert [g.purpose for g in result.purposes_of(applied["kode"])] == ["B.4", "B.1"]
    rules = {f.rule for f in result.findings if f.table == "sesi"}
    assert not rules & {"unregistered", "unregistered-personal", "stale-registration", "no-purpose"}


def test_every_answer_treats_a_table_registration_as_a_registration(inventory):
    register_sessions(inventory)
    result = audit(inventory)
    source = coverage_lines(result)["source"][0]
    assert (source.fields, source.registered) == (8, 8)
    rows = {(row.category, row.purpose): row for row in build_ropa(result).rows}
    assert ("akun", "sesi", "user_agent") in rows[("A.2.5", "B.4")].fields
    match = next(m for m in where(result, "A.2.5").matches if m.field.name == "user_agent")
    assert match.status == "registered with its table"
    explanation = explain_field(result, "akun", "sesi", "kode")
    assert explanation.registration.from_table
    assert [g.origin for g in explanation.purposes] == ["table", "source"]


def test_a_table_the_scan_lacks_is_stale_and_its_ids_are_checked(inventory):
    with (inventory / "fields" / "akun.yaml").open("a", encoding="utf-8") as fields:
        fields.write("  sessions: {categories: [A.2.9], purposes: [B.9]}\n"
                     "  flags: {personal: false}\n")
    add_column(inventory, "CREATE TABLE flags (name TEXT);\n")
    [stale] = findings_of(inventory, "stale-registration")
    assert (stale.table, stale.field, stale.line) == ("sessions", None, 11)
    assert stale.message == "table sessions is registered but source 'akun' has no such table"
    [category] = findings_of(inventory, "unknown-category")
    assert category.message.startswith("table sessions is registered under 'A.2.9'")
    assert [f.table for f in findings_of(inventory, "unknown-purpose")] == ["sessions"]
    [reason] = findings_of(inventory, "not-personal-without-reason")
    assert (reason.table, reason.field) == ("flags", None)


def test_a_table_without_purposes_anywhere_has_no_purpose_once(inventory):
    edit(inventory / "sources.yaml", "    purposes: [B.1]\n", "")
    register_sessions(inventory, "{categories: [A.2.5]}")
    no_purpose = [f for f in findings_of(inventory, "no-purpose") if f.table == "sesi"]
    assert [(f.field, f.message) for f in no_purpose] == [
        (None, "table sesi holds personal data but has no purpose of the policy (field, table or source)")]


def register_table(inventory, source, table, categories=(), personal=True, reason="", draft=False):
    """A whole table's registration, as `register SOURCE TABLE` and `suggest --write` make it."""
    return register_field(inventory, source, RegistrationRequest(table, "", categories, None, personal, reason, draft))


def test_register_table_writes_one_line_and_a_draft_never_overrides(inventory):
    add_column(inventory, SESSIONS)
    change = register_table(inventory, "akun", "sesi", ("A.2.5",), draft=True)
    assert change.describe() == "inventory/fields/akun.yaml:12: akun table sesi: added {categories: [A.2.5], draft: true}"
    assert register_table(inventory, "akun", "sesi", ("A.2.4",), draft=True) is None
    assert register_table(inventory, "akun", "users", ("A.1.1",), draft=True).before is None
    [confirmed] = [c for c in confirm_drafts(inventory, "akun", "sesi")]
    assert confirmed.after == "{categories: [A.2.5]}"
    text = (inventory / "fields" / "akun.yaml").read_text()
    assert "# registrations of the akun source" in text and "\n  sesi: {categories: [A.2.5]}\n" in text
    assert "  users:\n    categories: [A.1.1]\n    purposes: [B.3.4]\n    draft: true\n    fields:" in text
    not_personal = register_table(inventory, "akun", "sesi", personal=False, reason="technical log")
    assert not_personal.after == "{personal: false, reason: technical log}"


def test_history_records_fields_registered_with_their_table(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    add_column(inventory, SESSIONS)
    audit_inventory(inventory, db_path)
    register_table(inventory, "akun", "sesi", ("A.2.5",), draft=True)
    audit_inventory(inventory, db_path)
    confirm_drafts(inventory, "akun", "sesi")
    audit_inventory(inventory, db_path)
    db = open_read_only(db_path)
    events = [(e.scan.id, e.event, e.detail) for e in field_history(db, "akun", "sesi", "kode")]
    assert events[1:] == [
        (2, "registered", "A.2.5 for source purposes only (with its table) (draft)"),
        (3, "registration changed", "A.2.5 for source purposes only (with its table) (draft) -> "
                                    "A.2.5 for source purposes only (with its table)"),
    ]


def test_a_table_registration_of_an_unreadable_source_stays_in_the_record(inventory):
    register_sessions(inventory)
    for sql in (inventory / "schemas" / "akun").glob("*.sql"):
        sql.unlink()
    result = audit(inventory)
    rows = {(row.category, row.purpose): row for row in build_ropa(result).rows}
    assert ("akun", "sesi", "*") in rows[("A.2.5", "B.4")].fields
    [match] = [m for m in where(result, "A.2.5").matches]
    assert (match.field.table, match.field.name, match.status) == ("sesi", "*", "registered with its table, source unreadable")
    scope = breach_scope(result, "akun", ["sesi"])
    assert [(f.table, f.name, f.categories) for f in scope.fields] == [("sesi", "*", ("A.2.5",))]
    assert not findings_of(inventory, "stale-registration")


def test_policy_diff_names_tables_registered_whole(inventory):
    register_sessions(inventory, "{categories: [A.3.4], partners: [mailchimp]}")
    diff = diff_policies(POLICY_TEXT, FIXTURES / "kebijakan-privasi-v2.txt", load_declarations(inventory))
    [table] = [a for a in diff.affected if a.table == "sesi"]
    assert (table.field, table.item_id, table.how, table.line) == ("", "A.3.4", "category", 11)
