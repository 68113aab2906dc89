"""The record of processing as a sheet (CSV, Markdown, JSON, terminal)."""

from __future__ import annotations

from laci_audit.answers.ropa import Ropa
from laci_audit.reports.sheets import Sheet

ROPA_COLUMNS = [
    "category", "category label", "purpose", "purpose label", "systems", "tables", "owners", "data subjects",
    "source of data", "recipients", "retention", "legal basis", "spesifik", "impact assessment due", "fields",
    "draft fields",
]


def ropa_sheet(ropa: Ropa) -> Sheet:
    """One row per (category, purpose); unknown cells say UNKNOWN and for how many fields."""
    sheet = Sheet("ropa", "Record of processing activities (UU PDP Pasal 31)", list(ROPA_COLUMNS),
                  note="One row per (category, purpose). UNKNOWN: no declaration on the field, its table or its source. "
                       "retention: how long each system keeps the data, its rules apart by |. "
                       "draft fields: registrations the classifier drafted, not in the record until confirmed.")
    for row in ropa.rows:
        sheet.rows.append([
            row.category, row.category_label, row.purpose, row.purpose_label, row.systems, row.tables,
            list(row.owners), row.cell("data_subjects"), row.origin, row.cell("recipients"),
            _retention_per_system(row.retention_lines()),
            row.cell("legal_basis"), row.spesifik, row.impact_assessment_due, len(row.fields),
            len(row.draft_fields),
        ])
    return sheet


def _retention_per_system(lines: list[tuple[str, str]]) -> list[str]:
    """One entry per system: `akun: selama akun aktif | 90 hari setelah sesi berakhir`."""
    by_system: dict[str, list[str]] = {}
    for system, text in lines:
        by_system.setdefault(system, []).append(text)
    return [f"{system}: {' | '.join(texts)}" for system, texts in by_system.items()]


def ropa_intro(ropa: Ropa) -> str:
    """One paragraph: the record's size and what it does not cover."""
    unknown = sum(1 for row in ropa.rows if row.unknown)
    due = sum(1 for row in ropa.rows if row.impact_assessment_due)
    unreadable = (f" Sources that could not be read, recorded from their registrations alone: "
                  f"{', '.join(ropa.unreadable_sources)}." if ropa.unreadable_sources else "")
    drafts = (f" {ropa.draft_fields} fields with a draft registration are not in it until confirmed "
              f"(`laci-audit confirm`)." if ropa.draft_fields else "")
    return (f"Policy {ropa.policy_version}: {len(ropa.rows)} processing activities, {unknown} with cells still "
            f"unknown, {due} involving specific data (impact assessment due, Pasal 34). "
            f"{ropa.unregistered_personal} personal fields nobody registered are not in this record."
            f"{drafts}{unreadable}")
