"""A draft registration (the classifier's, not confirmed) is shown apart everywhere and never makes
a field look registered or a category look covered."""

from __future__ import annotations

import pytest
from helpers import add_column

from laci_audit.answers.coverage import coverage_lines
from laci_audit.answers.ropa import build_ropa
from laci_audit.answers.where import where
from laci_audit.engine import audit
from laci_audit.inventory.registry import RegistrationRequest, register_fields
from laci_audit.reports.coverage import coverage_sheets, coverage_summary
from laci_audit.reports.ropa import ropa_intro, ropa_sheet
from laci_audit.reports.ropa_html import render_ropa_html


@pytest.fixture
def drafted(inventory):
    """users.no_hp and users.ip_terakhir registered as drafts (A.1.1, A.2.1): no confirmed field under A.2.1."""
    add_column(inventory, "ALTER TABLE users ADD COLUMN no_hp TEXT;\nALTER TABLE users ADD COLUMN ip_terakhir INET;\n")
    register_fields(inventory, "akun", [RegistrationRequest("users", "no_hp", ("A.1.1",), draft=True),
                                        RegistrationRequest("users", "ip_terakhir", ("A.2.1",), draft=True)])
    return audit(inventory)


def test_coverage_counts_drafts_apart(drafted):
    [source] = coverage_lines(drafted)["source"]
    assert (source.fields, source.registered, source.drafts, source.personal, source.with_purpose) == (6, 4, 2, 4, 2)
    assert source.registered_text == "4 (+2 drafts)"
    categories = {line.name: line for line in coverage_lines(drafted)["category"]}
    assert (categories["A.2.1"].fields, categories["A.2.1"].registered, categories["A.2.1"].drafts) == (1, 0, 1)
    assert categories["A.2.1"].registered_share == 0
    assert (categories["A.1.1"].fields, categories["A.1.1"].registered, categories["A.1.1"].drafts) == (2, 1, 1)
    sheet = coverage_sheets(drafted)[0]
    assert dict(zip(sheet.columns, sheet.rows[0]))["drafts"] == 2
    assert "4 registered (66%), 2 more with a draft registration." in coverage_summary(drafted)


def test_a_draft_covers_no_category(drafted):
    unused = {f.message.split()[5] for f in drafted.findings if f.rule == "unused-category"}
    assert "A.2.1" in unused and "A.1.1" not in unused


def test_the_record_of_processing_keeps_drafts_out_and_counts_them(drafted):
    ropa = build_ropa(drafted)
    assert ropa.draft_fields == 2
    assert "A.2.1" not in {row.category for row in ropa.rows}
    account = next(row for row in ropa.rows if (row.category, row.purpose) == ("A.1.1", "B.1"))
    assert (account.fields, account.draft_fields) == ([("akun", "users", "email")], [("akun", "users", "no_hp")])
    sheet = ropa_sheet(ropa)
    row = dict(zip(sheet.columns, sheet.rows[[r[:3] for r in sheet.rows].index(["A.1.1", account.category_label, "B.1"])]))
    assert (row["fields"], row["draft fields"]) == (1, 1)
    assert "2 fields with a draft registration are not in it until confirmed" in ropa_intro(ropa)


def test_where_and_the_html_page_show_drafts(drafted):
    statuses = {m.field.name: m.status for m in where(drafted, "A.1.1").matches}
    assert statuses == {"email": "registered", "no_hp": "draft"}
    page = render_ropa_html(drafted, build_ropa(drafted))
    assert 'data-name="akun" data-registered="4" data-fields="6" data-drafts="2"' in page
    assert ">4/6 (67%) +2 draft</text>" in page
    assert '<div class="card" data-card="draft registrations, not confirmed"><b>2</b>' in page
