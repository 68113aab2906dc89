"""`report coverage`: per source, owner and category, worst first, in four formats."""

from __future__ import annotations

import csv
import io
import json

from helpers import BUNDLED_INVENTORY, write
from typer.testing import CliRunner

from laci_audit.answers.breach import breach_scope
from laci_audit.answers.coverage import coverage_lines
from laci_audit.answers.ropa import build_ropa
from laci_audit.answers.where import access_sql, where
from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.reports.coverage import coverage_sheets, coverage_summary
from laci_audit.reports.ropa_html import render_ropa_html
from laci_audit.reports.sheets import render_sheet_report

runner = CliRunner()


def add_second_source(inventory):
    text = (inventory / "sources.yaml").read_text(encoding="utf-8")
    (inventory / "sources.yaml").write_text(text + (
        "  - name: toko\n    kind: ddl\n    dialect: postgres\n    path: schemas/toko.sql\n    owner: tim-toko\n"
    ), encoding="utf-8")
    write(inventory / "schemas" / "toko.sql", "CREATE TABLE toko (id INT, nama_toko TEXT, no_hp TEXT);\n")


def test_counts_per_source_owner_and_category(inventory):
    add_second_source(inventory)
    lines = coverage_lines(audit_inventory(inventory).result)
    worst, best = lines["source"]
    assert (worst.name, worst.fields, worst.registered, worst.personal, worst.with_purpose) == ("toko", 3, 0, 1, 0)
    assert (best.name, best.fields, best.registered, best.personal, best.with_purpose) == ("akun", 4, 4, 2, 2)
    assert [line.name for line in lines["owner"]] == ["tim-toko", "tim-akun"]
    by_category = {line.name: line for line in lines["category"]}
    # users.email registered; toko.no_hp suggested (a shop's name is not a person's): two A.1.1 fields, one registered
    assert (by_category["A.1.1"].fields, by_category["A.1.1"].registered) == (2, 1)
    assert [line.name for line in lines["category"] if line.fields][0] == "A.1.1"  # unused ones come first


def test_bundled_inventory_worst_source_first():
    sheets = coverage_sheets(audit_inventory(BUNDLED_INVENTORY).result)
    by_source = sheets[0].records()
    assert by_source[0]["name"] == "pembayaran"  # the refund-account table nobody registered
    shares = [row["registered %"] for row in by_source]
    assert shares == sorted(shares)
    assert sum(row["fields"] for row in by_source) == sum(row["fields"] for row in sheets[1].records())


def test_formats_agree(inventory):
    sheets = coverage_sheets(audit_inventory(inventory).result)
    rows = list(csv.DictReader(io.StringIO(render_sheet_report("csv", "t", sheets))))
    assert {row["sheet"] for row in rows} == {"source", "owner", "category"}
    assert next(r for r in rows if r["sheet"] == "source")["fields"] == "4"
    document = json.loads(render_sheet_report("json", "t", sheets))
    assert document["owner"][0]["name"] == "tim-akun"
    markdown = render_sheet_report("markdown", "t", sheets)
    assert "## Coverage per owning team" in markdown and "| tim-akun" in markdown


def test_cli_report_coverage(inventory, tmp_path):
    result = runner.invoke(app, ["report", "coverage", "-i", str(inventory), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("sheet,name,detail,fields")
    target = tmp_path / "out" / "coverage.md"
    result = runner.invoke(app, ["report", "coverage", "-i", str(inventory), "-f", "markdown", "-o", str(target)])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").startswith("# laci-audit coverage")
    result = runner.invoke(app, ["report", "coverage", "-i", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_unreadable_source_comes_first_and_stays_in_every_report(inventory):
    """A source that cannot be read is reported, never dropped: its registrations stand in for it."""
    add_second_source(inventory)
    (inventory / "schemas" / "akun" / "001_users.sql").unlink()
    result = audit_inventory(inventory).result
    lines = coverage_lines(result)
    assert (lines["source"][0].name, lines["source"][0].unreadable) == ("akun", True)
    assert "UNREADABLE akun: no file matches schemas/akun/*.sql" in coverage_summary(result)
    ropa = build_ropa(result)
    assert ropa.unreadable_sources == ["akun"]
    page = render_ropa_html(result, ropa)
    assert 'data-name="akun" data-registered="0" data-fields="0"' in page and ">UNREADABLE</text>" in page
    assert any(("akun", "users", "email") in row.fields for row in ropa.rows)
    answer = where(result, "email")
    [email] = [m for m in answer.matches if m.field.source == "akun"]
    assert email.status == "registered, source unreadable"
    [(_source, _table, statement)] = [s for s in access_sql(result, answer) if s[0] == "akun"]
    assert statement.startswith("-- akun.users: the source could not be read")
    scope = breach_scope(result, "akun", ["users"])
    assert scope.unreadable and {f.name for f in scope.fields} == {"email", "created_at"}


def test_categories_no_field_uses_come_first():
    lines = coverage_lines(audit_inventory(BUNDLED_INVENTORY).result)["category"]
    unused = [line.name for line in lines if line.fields == 0]
    assert unused == ["A.1.7", "A.2.3"]  # the unused-category findings of the bundled inventory
    assert [line.name for line in lines[:2]] == unused
