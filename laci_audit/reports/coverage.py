"""The coverage report as sheets: per source, per owner, per policy category, worst first."""

from __future__ import annotations

from laci_audit.answers.coverage import coverage_lines
from laci_audit.reports import counted
from laci_audit.reports.sheets import Sheet
from laci_audit.result import AuditResult

_TITLES = {"source": "Coverage per source", "owner": "Coverage per owning team", "category": "Coverage per policy category"}
_DETAILS = {"source": "the owning team", "owner": "the team's sources", "category": "the category's label"}


def coverage_sheets(result: AuditResult) -> list[Sheet]:
    """One sheet per dimension: fields, registered, personal, with a purpose, and the shares."""
    sheets = []
    for dimension, lines in coverage_lines(result).items():
        sheet = Sheet(dimension, _TITLES[dimension],
                      ["name", "detail", "fields", "registered", "registered %", "drafts", "personal", "with purpose",
                       "with purpose %"], note=f"name: the {dimension}; detail: {_DETAILS[dimension]}; drafts: "
                                           f"fields whose registration is a draft, not counted as registered.")
        for line in lines:
            detail = f"{line.label} (UNREADABLE)" if line.unreadable else line.label
            sheet.rows.append([line.name, detail, line.fields, line.registered, round(100 * line.registered_share),
                               line.drafts, line.personal, line.with_purpose, round(100 * line.purpose_share)])
        sheets.append(sheet)
    return sheets


def coverage_summary(result: AuditResult) -> str:
    """One line: how much of the inventory is registered, for the report's head."""
    fields = sum(len(scan.fields) for scan in result.scans)
    registrations = [result.registration_of(f) for f in result.fields()]
    known = sum(r is not None and not r.draft for r in registrations)
    drafts = sum(r is not None and r.draft for r in registrations)
    unreadable = "".join(f" UNREADABLE {scan.source.name}: {scan.error}." for scan in result.unreadable_scans())
    draft_text = f", {drafts} more with a draft registration" if drafts else ""
    return (f"{result.taxonomy.title.capitalize()}: {counted(len(result.scans), 'source')}, {counted(fields, 'field')}, "
            f"{known} registered ({(100 * known // fields) if fields else 100}%){draft_text}.{unreadable}")
