"""Sheets: the tabular shape the privacy officer's reports share, so that one renderer per
format (text, Markdown, JSON, CSV) serves every report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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


SHEET_FORMATS = ("table", "markdown", "json", "csv")


def render_sheet_report(format_name: str, title: str, sheets: list[Sheet], intro: str = "") -> str:
    """Render sheets in one of SHEET_FORMATS."""
    if format_name == "table":
        from laci_audit.reports.sheet_text import render_sheets as render_text

        return (f"{title}\n{intro}\n\n" if intro else f"{title}\n\n") + render_text(sheets)
    if format_name == "markdown":
        from laci_audit.reports.sheet_markdown import render_sheets as render_markdown

        return render_markdown(title, sheets, intro)
    if format_name == "json":
        from laci_audit.reports.sheet_json import render_sheets as render_json

        return render_json(sheets, title=title, summary=intro)
    if format_name == "csv":
        from laci_audit.reports.csv import render_sheets as render_csv

        return render_csv(sheets)
    raise ValueError(f"unknown format {format_name!r}")
