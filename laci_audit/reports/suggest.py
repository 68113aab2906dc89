"""The classifier's suggestions as a rich terminal table."""

from __future__ import annotations

from rich.table import Table

from laci_audit.answers.suggest import FieldSuggestion
from laci_audit.reports.escape import terminal_text


def build(rows: list[FieldSuggestion], all_fields: bool) -> Table:
    """One row per field: personal or not, categories (or what no category covers), sensitivity, evidence."""
    table = Table("source", "table", "field", "personal", "categories", "sensitive", "confidence", "evidence",
                  title=f"{len(rows)} suggestions" + ("" if all_fields else " for unregistered fields"))
    for row in rows:
        suggestion = row.suggestion
        table.add_row(
            terminal_text(row.field.source), terminal_text(row.field.table), terminal_text(row.field.name),
            "yes" if suggestion.personal else "no", terminal_text(", ".join(suggestion.categories) or suggestion.uncovered),
            "yes" if suggestion.sensitive else "", f"{suggestion.confidence:.2f}", terminal_text("; ".join(suggestion.evidence)),
        )
    return table
