"""Terminal tables (rich) for sheets."""

from __future__ import annotations

import io
import shutil

from rich.console import Console, Group
from rich.table import Table

from laci_audit.reports.escape import terminal_text
from laci_audit.reports.sheets import Sheet, cell_text


def build(sheets: list[Sheet]) -> Group:
    """The sheets as rich tables."""
    tables = []
    for sheet in sheets:
        table = Table(title=terminal_text(sheet.title), title_justify="left", caption=sheet.note or None, caption_justify="left")
        for column in sheet.columns:
            table.add_column(terminal_text(column), overflow="fold")
        for row in sheet.rows:
            table.add_row(*(terminal_text(cell_text(value)) for value in row))
        tables.append(table)
    return Group(*tables)


def render_sheets(title: str, sheets: list[Sheet], intro: str = "") -> str:
    """Title, intro, then the sheets as plain text tables, as wide as the terminal (160 columns when there is none)."""
    width = shutil.get_terminal_size(fallback=(160, 24)).columns
    buffer = io.StringIO()
    Console(file=buffer, width=width, no_color=True).print(build(sheets))
    return (f"{title}\n{intro}\n\n" if intro else f"{title}\n\n") + buffer.getvalue()
