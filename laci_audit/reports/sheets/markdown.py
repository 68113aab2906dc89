"""Markdown for sheets: a heading and a GitHub table per sheet."""

from __future__ import annotations

from tabulate import tabulate

from laci_audit.reports.escape import markdown_cell
from laci_audit.reports.sheets import Sheet, cell_text


def render_sheets(title: str, sheets: list[Sheet], intro: str = "") -> str:
    """The sheets as one Markdown document."""
    lines = [f"# {title}", ""]
    if intro:
        lines += [intro, ""]
    for sheet in sheets:
        lines += [f"## {sheet.title}", ""]
        if sheet.note:
            lines += [sheet.note, ""]
        if sheet.rows:
            rows = [[markdown_cell(cell_text(value)) for value in row] for row in sheet.rows]
            lines += [tabulate(rows, headers=sheet.columns, tablefmt="github", disable_numparse=True), ""]
        else:
            lines += ["(none)", ""]
    return "\n".join(lines)
