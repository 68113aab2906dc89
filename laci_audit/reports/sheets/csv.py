"""CSV for spreadsheets: one header row; with several sheets, a first column names the sheet."""

from __future__ import annotations

import csv
import io

from laci_audit.reports.escape import spreadsheet_cell
from laci_audit.reports.sheets import Sheet, cell_text


def render_sheets(title: str, sheets: list[Sheet], intro: str = "") -> str:
    """The sheets as one CSV text (lists inside a cell are joined with '; '); CSV has no place for title or intro."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    several = len(sheets) > 1
    columns = sheets[0].columns if sheets else []
    if several and any(sheet.columns != columns for sheet in sheets):
        columns = list(dict.fromkeys(column for sheet in sheets for column in sheet.columns))
    writer.writerow((["sheet"] if several else []) + [spreadsheet_cell(column) for column in columns])
    for sheet in sheets:
        for record in sheet.records():
            values = [_csv_cell(record.get(column)) for column in columns]
            writer.writerow(([sheet.name] if several else []) + values)
    return buffer.getvalue()


def _csv_cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return spreadsheet_cell("; ".join(cell_text(v) for v in value))
    if isinstance(value, (int, float)):
        return cell_text(value)  # a number is a number, its minus sign no formula
    return spreadsheet_cell(cell_text(value))
