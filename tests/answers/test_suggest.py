"""suggest's filters: a source, tables by glob, personal data only, a least confidence."""

from __future__ import annotations

import json

from helpers import BUNDLED_INVENTORY
from typer.testing import CliRunner

from laci_audit.answers.suggest import SuggestionFilter, field_suggestions
from laci_audit.cli import app
from laci_audit.engine import audit

runner = CliRunner()


def test_filters_narrow_the_bundled_inventory():
    result = audit(BUNDLED_INVENTORY)
    every = field_suggestions(result, include_registered=True)
    akun = field_suggestions(result, True, SuggestionFilter(source="akun"))
    assert akun and {r.field.source for r in akun} == {"akun"} and len(akun) < len(every)
    users = field_suggestions(result, True, SuggestionFilter(source="akun", table="USER*"))
    assert users and {r.field.table for r in users} == {"users"}
    personal = field_suggestions(result, True, SuggestionFilter(personal_only=True, min_confidence=0.9))
    assert personal and all(r.suggestion.personal and r.suggestion.confidence >= 0.9 for r in personal)
    assert len(personal) < sum(r.suggestion.personal for r in every)
    assert field_suggestions(result, True, SuggestionFilter(table="no_such_*")) == []


def test_cli_filters(inventory):
    with (inventory / "schemas" / "akun" / "002.sql").open("w") as ddl:
        ddl.write("CREATE TABLE sesi (ip_address INET, kode_tema TEXT);\nCREATE TABLE kurs (kode TEXT, nilai NUMERIC);\n"
                  "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    every = json.loads(runner.invoke(app, ["suggest", "-i", str(inventory), "-f", "json"]).output)
    assert {(r["table"], r["field"]) for r in every} == {
        ("sesi", "ip_address"), ("sesi", "kode_tema"), ("kurs", "kode"), ("kurs", "nilai"), ("users", "no_hp")}
    confident = {(r["table"], r["field"]) for r in every if r["confidence"] >= 0.85}
    only = runner.invoke(app, ["suggest", "-i", str(inventory), "-f", "json", "--source", "akun", "--table", "S*",
                               "--personal", "--min-confidence", "0.85"])
    assert only.exit_code == 0, only.output
    shown = [(r["table"], r["field"]) for r in json.loads(only.output)]
    assert shown and all(table == "sesi" and (table, field) in confident for table, field in shown)
    personal = runner.invoke(app, ["suggest", "-i", str(inventory), "-f", "json", "--table", "kurs", "--personal"])
    assert json.loads(personal.output) == [] and any(r["table"] == "kurs" for r in every)
    wrong = runner.invoke(app, ["suggest", "-i", str(inventory), "--source", "akn"])
    assert wrong.exit_code == 2 and "source 'akn' is not declared" in wrong.output
    bad = runner.invoke(app, ["suggest", "-i", str(inventory), "--min-confidence", "2"])
    assert bad.exit_code == 2
    written = runner.invoke(app, ["suggest", "-i", str(inventory), "--write", "--table", "users"])
    assert written.output.splitlines()[-1].startswith("1 draft registrations written")
