"""Each audit rule, with a case that raises it and one that does not."""

from __future__ import annotations

import hashlib

from helpers import add_column, edit, findings_of, write
from hypothesis import given
from hypothesis import strategies as st

from laci_audit.answers.coverage import coverage_lines
from laci_audit.audit.gate import find_config, judge
from laci_audit.audit.rules import RULES, fingerprint
from laci_audit.engine import audit_inventory


def test_clean_inventory_has_only_unused_categories(inventory):
    rules = {f.rule for f in audit_inventory(inventory).result.findings}
    assert rules == {"unused-category"}


def test_unregistered_personal(inventory):
    add_column(inventory, "ALTER TABLE users ADD COLUMN no_hp TEXT;\nCREATE TABLE stok (qty INT);\n")
    [finding] = findings_of(inventory, "unregistered-personal")
    assert (finding.table, finding.field, finding.line) == ("users", "no_hp", 1)
    assert finding.file == "inventory/schemas/akun/002_more.sql"
    assert "A.1.1" in finding.message
    assert finding.severity == "error"


def test_unregistered_not_personal(inventory):
    add_column(inventory, "CREATE TABLE stok (qty INT);\n")
    [finding] = findings_of(inventory, "unregistered")
    assert finding.field == "qty"
    assert not findings_of(inventory, "unregistered-personal")


def test_registered_fields_are_not_unregistered(inventory):
    assert not findings_of(inventory, "unregistered")
    assert not findings_of(inventory, "unregistered-personal")


def test_no_purpose(inventory):
    assert not findings_of(inventory, "no-purpose")
    edit(inventory / "sources.yaml", "    purposes: [B.1]\n", "")
    edit(inventory / "fields" / "akun.yaml", "    purposes: [B.3.4]\n", "")
    [finding] = findings_of(inventory, "no-purpose")
    assert finding.field == "created_at"
    assert finding.file == "inventory/fields/akun.yaml"
    assert finding.line == 8


def test_unknown_category_and_purpose(inventory):
    assert not findings_of(inventory, "unknown-category") and not findings_of(inventory, "unknown-purpose")
    edit(inventory / "fields" / "akun.yaml", "{categories: [A.2.2]}", "{categories: [A.1.8], purposes: [B.7]}")
    [category] = findings_of(inventory, "unknown-category")
    [purpose] = findings_of(inventory, "unknown-purpose")
    assert (category.field, purpose.field) == ("created_at", "created_at")
    assert "'A.1.8'" in category.message and "'B.7'" in purpose.message


def test_parent_ids_are_not_categories(inventory):
    edit(inventory / "fields" / "akun.yaml", "{categories: [A.2.2]}", "{categories: [A.2]}")
    [finding] = findings_of(inventory, "unknown-category")
    assert "'A.2'" in finding.message


def test_unknown_source_and_table_purposes(inventory):
    edit(inventory / "sources.yaml", "purposes: [B.1]", "purposes: [B.1, B.9]")
    edit(inventory / "fields" / "akun.yaml", "purposes: [B.3.4]", "purposes: [B.3.9]")
    messages = sorted(f.message for f in findings_of(inventory, "unknown-purpose"))
    assert len(messages) == 2
    assert messages[0].startswith("Source 'akun'") and "'B.9'" in messages[0]
    assert messages[1].startswith("Table 'users'") and "'B.3.9'" in messages[1]


def test_stale_registration(inventory):
    assert not findings_of(inventory, "stale-registration")
    add_column(inventory, "ALTER TABLE users DROP COLUMN status;\n")
    [finding] = findings_of(inventory, "stale-registration")
    assert finding.field == "status"
    assert finding.line == 10


def test_no_stale_registrations_claimed_for_unreadable_source(inventory):
    add_column(inventory, "CREATE TABLE broken (id INT;\n")
    assert findings_of(inventory, "source-unreadable")
    assert not findings_of(inventory, "stale-registration")


def test_source_unreadable_keeps_other_sources(inventory):
    assert not findings_of(inventory, "source-unreadable")
    edit(inventory / "sources.yaml", "sources:\n", """sources:
  - name: hilang
    kind: sqlite
    path: data/hilang.sqlite
    owner: tim-data
""")
    run = audit_inventory(inventory)
    [finding] = [f for f in run.result.findings if f.rule == "source-unreadable"]
    assert finding.source == "hilang" and "no such file" in finding.message
    assert finding.file == "inventory/sources.yaml" and finding.line == 2
    assert sum(len(s.fields) for s in run.result.scans) == 4


def test_unused_category(inventory):
    unused = {f.fingerprint: f for f in findings_of(inventory, "unused-category")}
    ids = {f.message.split()[5] for f in unused.values()}
    assert "A.1.1" not in ids and "A.2.2" not in ids
    assert {"A.1.7", "A.3.4"} <= ids
    assert len(ids) == 14


def test_no_category(inventory):
    edit(inventory / "fields" / "akun.yaml", "{categories: [A.2.2]}", "{personal: true}")
    [finding] = findings_of(inventory, "no-category")
    assert finding.field == "created_at" and finding.severity == "warning"


def test_partner_missing(inventory):
    edit(inventory / "fields" / "akun.yaml", "{categories: [A.1.1], purposes: [B.3.6]}", "{categories: [A.3.2]}")
    [finding] = findings_of(inventory, "partner-missing")
    assert finding.field == "email"
    edit(inventory / "fields" / "akun.yaml", "{categories: [A.3.2]}", "{categories: [A.3.2], partners: [google]}")
    assert not findings_of(inventory, "partner-missing")


def test_every_rule_is_documented_with_a_known_severity():
    assert all(rule.severity in ("error", "warning", "info") and rule.help for rule in RULES.values())


def test_fingerprint_ignores_place_and_case_but_not_rule_or_field():
    assert fingerprint("unregistered", "akun", "Users", "Email") == fingerprint("unregistered", "akun", "users", "email")
    assert fingerprint("unregistered", "akun", "users", "email") != fingerprint("no-purpose", "akun", "users", "email")
    assert fingerprint("unregistered", "akun", "users", "email") != fingerprint("unregistered", "akun", "users", "phone")


def test_fingerprints_keep_their_values():
    """Baselines and SARIF files hold these: the values written before issue 16 still come out."""
    assert fingerprint("unregistered", "akun", "Users", "Email") == "66b4d21bccae846c"
    assert fingerprint("unused-category", "A.1.1") == "96d1bc2c243c8cdc"
    assert fingerprint("missing-owner", "Straße", None, "İx") == "d61c6d5d06a28414"
    assert fingerprint("source-unreadable") == "3dc5f1cbffb53298"


@given(rule=st.sampled_from(sorted(RULES)), parts=st.lists(st.one_of(st.none(), st.text()), max_size=5))
def test_fingerprint_is_the_hash_of_rule_and_casefolded_parts(rule, parts):
    text = "\x1f".join([rule, *((part or "").casefold() for part in parts)])
    assert fingerprint(rule, *parts) == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def test_fingerprints_survive_moving_a_column(inventory):
    add_column(inventory, "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    before = findings_of(inventory, "unregistered-personal")[0]
    add_column(inventory, "\n\n-- moved down\nALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    after = findings_of(inventory, "unregistered-personal")[0]
    assert before.line != after.line and before.fingerprint == after.fingerprint


def test_coverage_counts(inventory):
    add_column(inventory, "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    coverage = coverage_lines(audit_inventory(inventory).result)
    [line] = coverage["source"]
    assert (line.fields, line.registered, line.personal, line.with_purpose) == (5, 4, 3, 2)
    by_category = {line.name: line for line in coverage["category"]}
    # users.email registered and users.no_hp judged: two A.1.1 fields, one of them registered
    assert (by_category["A.1.1"].fields, by_category["A.1.1"].registered) == (2, 1)
    assert (by_category["A.2.2"].fields, by_category["A.2.2"].registered) == (1, 1)
    assert by_category["A.1.7"].fields == 0

def test_categories_of_an_unreadable_source_are_not_called_unused(inventory):
    edit(inventory / "fields" / "akun.yaml", "{categories: [A.2.2]}", "{categories: [A.3.3], partners: [lpip]}")
    assert "A.3.3" not in {f.fingerprint and f.message.split()[5] for f in findings_of(inventory, "unused-category")}
    (inventory / "schemas" / "akun" / "001_users.sql").rename(inventory / "schemas" / "akun" / "001_users.sql.gone")
    result = audit_inventory(inventory).result
    assert [f.rule for f in result.findings if f.rule == "source-unreadable"] == ["source-unreadable"]
    unused = {f.message.split()[5] for f in result.findings if f.rule == "unused-category"}
    assert "A.3.3" not in unused and "A.1.1" not in unused


def test_a_purpose_the_policy_lacks_is_no_purpose(inventory):
    edit(inventory / "sources.yaml", "    purposes: [B.1]\n", "")
    edit(inventory / "fields" / "akun.yaml", "    purposes: [B.3.4]\n", "    purposes: [B.9]\n")
    assert [f.field for f in findings_of(inventory, "no-purpose")] == ["created_at"]
    [unknown] = findings_of(inventory, "unknown-purpose")
    assert unknown.table == "users" and unknown.field is None and "'B.9'" in unknown.message


def test_a_skipped_statement_is_a_warning_when_it_could_hide_columns_and_info_otherwise(inventory):
    add_column(inventory, "COMMENT ON COLUMN users.email IS;\nALTER TABLE users ADD COLUMN;\n"
                          "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    skipped = findings_of(inventory, "ddl-statement-skipped")
    assert [(f.severity, f.line, f.message.split(" statement at ")[0]) for f in skipped] == [
        ("warning", 2, "ALTER TABLE"), ("info", 1, "COMMENT ON")]
    assert len({f.fingerprint for f in skipped}) == 2 and not findings_of(inventory, "source-unreadable")
    assert "ddl-statement-skipped" in RULES


def test_incomplete_declarations_are_findings_whose_severity_the_config_sets(inventory):
    edit(inventory / "sources.yaml", "    owner: tim-akun\n", "")
    edit(inventory / "fields" / "akun.yaml", "{personal: false, reason: surrogate key}", "{personal: false}")
    result = audit_inventory(inventory).result
    owner = next(f for f in result.findings if f.rule == "missing-owner")
    assert (owner.severity, owner.source, owner.file, owner.line) == ("warning", "akun", "inventory/sources.yaml", 2)
    reason = next(f for f in result.findings if f.rule == "not-personal-without-reason")
    assert (reason.table, reason.field, reason.line) == ("users", "id", 7)
    assert reason.message == "users.id is registered as not personal data, but no 'reason' says why"
    write(inventory / "laci-audit.yaml", "rules:\n  missing-owner: error\n  not-personal-without-reason: off\n")
    gate = judge(result, find_config(inventory), None, "error")
    assert [f.rule for f in gate.failing] == ["missing-owner"]
    assert not any(f.rule == "not-personal-without-reason" for f in gate.findings)


def test_unregistered_fields_fingerprints_are_fingerprint_of_rule_source_table_and_field(inventory):
    add_column(inventory, 'CREATE TABLE "Straße_İbu" ("NAMA_Ünik" TEXT, "ǅemail" TEXT, harga INT);\n')
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as sources:
        sources.write("  - name: Gudang_Data\n    kind: ddl\n    dialect: postgres\n    path: schemas/gudang/*.sql\n"
                      "    owner: tim-data\n")
    write(inventory / "schemas" / "gudang" / "001.sql", 'CREATE TABLE "Stok_ΣΑΣ" ("Jumlah" INT, email TEXT);\n')
    findings = [f for f in audit_inventory(inventory).result.findings
                if f.rule in {"unregistered", "unregistered-personal"}]
    assert {f.table for f in findings} >= {"Straße_İbu", "Stok_ΣΑΣ"}
    assert "Gudang_Data" in {f.source for f in findings}
    assert all(f.fingerprint == fingerprint(f.rule, f.source, f.table, f.field) for f in findings)
