"""JSON for sheets: one object whose keys are the sheets' names, each a list of records."""

from __future__ import annotations

import json

from laci_audit.reports.sheets import Sheet


def render_sheets(title: str, sheets: list[Sheet], intro: str = "") -> str:
    """The sheets as a JSON object, after its title and summary."""
    document: dict = {"title": title, "summary": intro}
    document.update({sheet.name: sheet.records() for sheet in sheets})
    return json.dumps(document, indent=2, ensure_ascii=False, default=list) + "\n"
