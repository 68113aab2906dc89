"""register, confirm and explain end to end through typer's CliRunner; explain through the library."""

from __future__ import annotations

import json

from helpers import write
from typer.testing import CliRunner

from laci_audit.answers.explain import explain_field
from laci_audit.cli import app
from laci_audit.engine import audit
from laci_audit.inventory.declarations import load_declarations
from laci_audit.inventory.registry import RegistrationRequest, register_fields

runner = CliRunner()


def invoke(inventory, *args: str):
    return runner.invoke(app, [*args, "-i", str(inventory)])


def test_register_prints_before_and_after(inventory):
    result = invoke(inventory, "register", "akun", "users", "email", "-c", "A.1.1", "--purpose", "B.3.6,B.4")
    assert result.exit_code == 0, result.output
    assert result.output == ("inventory/fields/akun.yaml:8: akun users.email: {categories: [A.1.1], purposes: [B.3.6]}"
                             " -> {categories: [A.1.1], purposes: [B.3.6, B.4]}\n")
    inherit = invoke(inventory, "register", "akun", "users", "email", "--inherit-purposes")
    assert inherit.output.endswith("-> {categories: [A.1.1]}\n")
    added = invoke(inventory, "register", "akun", "users", "kode_tema", "--not-personal", "--reason", "UI theme",
                   "--ahead")
    assert added.output == "inventory/fields/akun.yaml:11: akun users.kode_tema: added {personal: false, reason: UI theme}\n"


def test_register_refuses_names_the_scan_has_not_seen(inventory):
    original = (inventory / "fields" / "akun.yaml").read_text()
    for args, message in [
        (("akun", "usres", "email"), "source 'akun' has no table 'usres' (did you mean users?)"),
        (("akun", "users", "emial"), "table users of source 'akun' has no field 'emial' (did you mean email?)"),
        (("akn", "users", "email"), "source 'akn' is not declared (did you mean akun?)"),
        (("akun", "userz"), "source 'akun' has no table 'userz' (did you mean users?)"),
    ]:
        result = invoke(inventory, "register", *args, "-c", "A.1.1")
        assert result.exit_code == 2, result.output
        assert result.output.count("\n") == 1 and message in result.output, result.output
    assert (inventory / "fields" / "akun.yaml").read_text() == original
    ahead = invoke(inventory, "register", "akun", "users", "emial", "-c", "A.1.1", "--ahead")
    assert ahead.exit_code == 0 and "added {categories: [A.1.1]}" in ahead.output


def test_register_a_source_that_cannot_be_read_needs_ahead(inventory):
    (inventory / "schemas" / "akun" / "001_users.sql").unlink()
    refused = invoke(inventory, "register", "akun", "users", "phone", "-c", "A.1.1")
    assert refused.exit_code == 2 and "could not be read (no file matches" in refused.output
    assert "--ahead" in refused.output


def test_register_a_whole_table(inventory):
    write(inventory / "schemas" / "akun" / "002_sesi.sql", "CREATE TABLE sesi (ip TEXT, user_agent TEXT);\n")
    result = invoke(inventory, "register", "akun", "sesi", "-c", "A.2.5", "-p", "B.4")
    assert result.exit_code == 0, result.output
    assert result.output == "inventory/fields/akun.yaml:12: akun table sesi: added {categories: [A.2.5], purposes: [B.4]}\n"
    assert "\n  sesi: {categories: [A.2.5], purposes: [B.4]}\n" in (inventory / "fields" / "akun.yaml").read_text()
    explained = invoke(inventory, "explain", "akun", "sesi", "ip")
    assert "  registered:  inventory/fields/akun.yaml:12 (from table sesi)" in explained.output


def test_register_refusals_are_one_line_and_exit_2(inventory):
    original = (inventory / "fields" / "akun.yaml").read_text()
    for args, message in [
        (("-c", "A.1.9"), "unknown category 'A.1.9'"),
        (("-c", "A.1.1", "-p", "B.9"), "unknown purpose 'B.9'"),
        (("--not-personal",), "say why it is not personal data (--reason)"),
        (("-c", "A.1.1", "-p", "B.1", "--inherit-purposes"), "--inherit-purposes and --purpose contradict"),
    ]:
        result = invoke(inventory, "register", "akun", "users", "email", *args)
        assert result.exit_code == 2
        assert result.output.count("\n") == 1 and message in result.output and "Traceback" not in result.output
    assert (inventory / "fields" / "akun.yaml").read_text() == original


def test_confirm_drafts(inventory):
    register_fields(inventory, "akun", [RegistrationRequest("users", n, ("A.1.1",), draft=True) for n in ("a", "b")])
    audit = runner.invoke(app, ["audit", "-i", str(inventory), "--format", "json"])
    assert sum(f["rule"] == "draft-registration" for f in json.loads(audit.output)) == 2
    one = invoke(inventory, "confirm", "akun", "users", "a")
    assert one.exit_code == 0
    assert one.output == ("inventory/fields/akun.yaml:11: akun users.a: {categories: [A.1.1], draft: true}"
                          " -> {categories: [A.1.1]}\n1 draft registration confirmed\n")
    rest = invoke(inventory, "confirm", "akun")
    assert rest.output.endswith("1 draft registration confirmed\n") and "users.b" in rest.output
    assert not any(r.draft for r in load_declarations(inventory).registrations)
    missing = invoke(inventory, "confirm", "akun", "pesanan")
    assert missing.exit_code == 2 and "no table 'pesanan'" in missing.output


def test_explain_shows_where_each_purpose_comes_from(inventory):
    result = invoke(inventory, "explain", "akun", "users", "email")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "akun users.email"
    assert lines[1] == "  defined:     inventory/schemas/akun/001_users.sql:3 (VARCHAR(255))"
    assert lines[2] == "  registered:  inventory/fields/akun.yaml:8"
    assert lines[4].split()[:3] == ["A.1.1", "from", "field"]
    purposes = [line.split()[:4] for line in lines[6:9]]
    assert purposes == [["B.3.6", "from", "field", "Marketing:"], ["B.3.4", "from", "table", "users"],
                        ["B.1", "from", "source", "akun"]]
    assert lines[9].startswith("  classifier:  ")


def test_explain_unregistered_stale_and_not_personal(inventory):
    write(inventory / "schemas" / "akun" / "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    explanation = explain_field(audit(inventory, only_source="akun"), "akun", "USERS", "no_hp")
    assert explanation.registration is None and explanation.scanned.line == 1
    assert [(g.purpose, g.origin) for g in explanation.purposes] == [("B.3.4", "table"), ("B.1", "source")]
    unregistered = invoke(inventory, "explain", "akun", "users", "no_hp")
    assert "registered:  no (the purposes below are what it would inherit)" in unregistered.output
    register_fields(inventory, "akun", [RegistrationRequest("users", "dihapus", ("A.1.1",))])
    stale = invoke(inventory, "explain", "akun", "users", "dihapus")
    assert stale.exit_code == 0 and "not found in source 'akun' (a stale registration)" in stale.output
    assert "classifier:  no view" in stale.output
    not_personal = invoke(inventory, "explain", "akun", "users", "status")
    assert "personal:    no (account state flag)" in not_personal.output and "purposes:" not in not_personal.output
    unknown = invoke(inventory, "explain", "akun", "users", "tidak_ada")
    assert unknown.exit_code == 2 and "has no field users.tidak_ada" in unknown.output
    undeclared = invoke(inventory, "explain", "gudang", "t", "f")
    assert undeclared.exit_code == 2 and "source 'gudang' is not declared" in undeclared.output


def test_suggest_write_drafts_then_confirm(inventory):
    write(inventory / "schemas" / "akun" / "002_more.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    written = invoke(inventory, "suggest", "--write")
    assert written.exit_code == 0, written.output
    assert "akun users.no_hp: added" in written.output and "draft: true" in written.output
    assert written.output.rstrip().endswith("1 draft registrations written: review them, then `laci-audit confirm`.")
    audited = json.loads(invoke(inventory, "audit", "--format", "json").output)
    assert [(f["rule"], f["field"]) for f in audited if f["rule"] in ("draft-registration", "unregistered-personal")] == [
        ("draft-registration", "no_hp")
    ]
    assert invoke(inventory, "suggest", "--write").output.startswith("0 draft registrations written")
    assert invoke(inventory, "confirm", "akun", "users", "no_hp").exit_code == 0
    audited = json.loads(invoke(inventory, "audit", "--format", "json").output)
    assert "draft-registration" not in {f["rule"] for f in audited}


def test_explain_and_annotate_name_a_missing_inventory_folder_as_audit_does(tmp_path):
    missing = tmp_path / "nope"
    for args in (["explain", "akun", "users", "email"], ["annotate"], ["audit"]):
        result = runner.invoke(app, [*args, "-i", str(missing)], input="")
        assert result.exit_code == 2, result.output
        assert "nope: no such inventory folder (use --inventory DIR)" in result.output, result.output


def test_suggest_write_drafts_a_whole_record_of_one_kind_in_one_line(inventory):
    write(inventory / "schemas" / "akun" / "003_pesanan.sql", """
        CREATE TABLE pesanan (id INT PRIMARY KEY, user_id INT REFERENCES users (id), total NUMERIC, dibuat_pada DATE);
        """)
    written = invoke(inventory, "suggest", "--write")
    assert written.exit_code == 0, written.output
    text = (inventory / "fields" / "akun.yaml").read_text(encoding="utf-8")
    assert "  pesanan: {categories: [A.1.5], draft: true}" in text  # every column a buyer's transaction
    [table] = [t for t in load_declarations(inventory).table_registrations if t.table == "pesanan"]
    assert table.draft and table.categories == ("A.1.5",)
    assert not [r for r in load_declarations(inventory).registrations if r.table == "pesanan"]
