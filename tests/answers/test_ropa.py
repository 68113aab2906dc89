"""`report ropa`: the record of processing, one row per (category, purpose), unknowns shown."""

from __future__ import annotations

import csv
import io
import json

import pytest
from helpers import BUNDLED_INVENTORY
from typer.testing import CliRunner

from laci_audit.answers.ropa import build_ropa
from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.reports.ropa import ropa_sheet
from laci_audit.reports.sheets import render_sheet_report

runner = CliRunner()


@pytest.fixture(scope="module")
def bundled_ropa():
    return build_ropa(audit_inventory(BUNDLED_INVENTORY).result)


def row(ropa, category, purpose):
    return next(r for r in ropa.rows if (r.category, r.purpose) == (category, purpose))


def test_one_row_per_category_and_purpose(bundled_ropa):
    keys = [(r.category, r.purpose) for r in bundled_ropa.rows]
    assert len(keys) == len(set(keys))
    payment = row(bundled_ropa, "A.1.6", "B.1")
    # the payment tables, and the checkout endpoint that hands out virtual account numbers
    assert payment.systems == ["api", "pembayaran"] and list(payment.owners) == ["tim-platform", "tim-pembayaran"]
    assert payment.spesifik and payment.impact_assessment_due
    assert "contract" in payment.legal_basis and "legal-obligation" in payment.legal_basis
    assert "10 tahun (catatan transaksi keuangan)" in payment.cell("retention")


def test_the_sheet_says_which_system_keeps_the_data_how_long(bundled_ropa):
    """CSV and JSON name each retention rule's system: akun keeps account data while the account is
    open, api keeps none of it; a system that declared nothing says UNKNOWN for its fields."""
    sheet = ropa_sheet(bundled_ropa)
    column = sheet.columns.index("retention")
    account = next(r for r in sheet.rows if (r[0], r[2]) == ("A.1.1", "B.1"))[column]
    assert account[0].startswith("akun: selama akun aktif")
    assert any(entry.startswith("api: tidak disimpan di API") for entry in account)
    assert len({entry.split(":")[0] for entry in account}) == len(account)  # one entry per system
    chat = next(r for r in sheet.rows if (r[0], r[2]) == ("A.1.4", "B.1"))[column]
    assert any("UNKNOWN for" in entry for entry in chat)
    written = list(csv.reader(io.StringIO(render_sheet_report("csv", "ropa", [sheet]))))
    header = written[0]
    cell = next(line for line in written[1:] if line[0] == "A.1.1" and line[2] == "B.1")[header.index("retention")]
    assert "akun: selama akun aktif" in cell and "api: tidak disimpan di API" in cell


def test_origin_follows_the_policy_section(bundled_ropa):
    assert row(bundled_ropa, "A.1.5", "B.1").origin.startswith("given by the user")
    assert row(bundled_ropa, "A.2.1", "B.4").origin.startswith("recorded automatically")
    gps = row(bundled_ropa, "A.3.1", "B.1")
    assert gps.origin == "from partners (dari sumber lain): kirimcepat, antarkilat"


def test_unknown_cells_say_so(bundled_ropa):
    marketing = row(bundled_ropa, "A.3.4", "B.3.6")
    assert marketing.cell("legal_basis") == [f"UNKNOWN for {len(marketing.fields)} of {len(marketing.fields)} fields"]
    assert marketing.cell("recipients") == ["surelpro"]
    chat = row(bundled_ropa, "A.1.4", "B.1")
    assert any(value.startswith("UNKNOWN for") for value in chat.cell("retention"))
    # nobody outside the owning team: declared with recipients: []
    assert row(bundled_ropa, "A.3.1", "B.1").cell("recipients") == ["none outside the owning team"]
    # a category the policy lacks stays in the record, flagged
    nik = row(bundled_ropa, "A.1.8", "B.5")
    assert nik.category_label == "not in the policy" and not nik.in_policy
    assert nik.cell("legal_basis") == ["legal-obligation"] and list(nik.data_subjects) == ["penjual"]
    assert bundled_ropa.unregistered_personal == 10  # the personal data gaps listed in inventory/GAPS.md


def test_formats(bundled_ropa):
    sheet = ropa_sheet(bundled_ropa)
    rows = list(csv.DictReader(io.StringIO(render_sheet_report("csv", "t", [sheet]))))
    assert len(rows) == len(bundled_ropa.rows)
    first = rows[0]
    assert (first["category"], first["purpose"], first["spesifik"]) == ("A.1.1", "B.1", "no")
    document = json.loads(render_sheet_report("json", "t", [sheet]))
    assert document["ropa"][0]["systems"] == ["akun", "api", "login_sosial"]
    assert "| A.1.6" in render_sheet_report("markdown", "t", [sheet])


def test_cli_report_ropa(inventory, tmp_path):
    result = runner.invoke(app, ["report", "ropa", "-i", str(inventory), "-f", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("category,category label,purpose")
    assert any(line.startswith("A.1.1,") and "pembeli; penjual" in line for line in lines)
