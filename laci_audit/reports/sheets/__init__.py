"""Sheets: the tabular shape the privacy officer's reports share, so that one renderer per
format (text, Markdown, JSON, CSV) serves every report."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

SHEET_FORMATS = {
    "table": "laci_audit.reports.sheets.text",
    "markdown": "laci_audit.reports.sheets.markdown",
    "json": "laci_audit.reports.sheets.json",
    "csv": "laci_audit.reports.sheets.csv",
}


@dataclass
class Sheet:
    """One titled table: a machine name, column headers and rows of plain values."""

    name: str
    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    note: str = ""

    def records(self) -> list[dict[str, Any]]:
        """The rows as dictionaries keyed by column."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def cell_text(value: Any) -> str:
    """A cell as text: lists joined by commas, None empty, floats as percentages when 0..1 shares."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(cell_text(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def render_sheet_report(format_name: str, title: str, sheets: list[Sheet], intro: str = "") -> str:
    """Render sheets in one of SHEET_FORMATS."""
    return importlib.import_module(SHEET_FORMATS[format_name]).render_sheets(title, sheets, intro)
