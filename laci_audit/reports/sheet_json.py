"""JSON for sheets: one object whose keys are the sheets' names, each a list of records."""

from __future__ import annotations

import json

from laci_audit.reports.sheet import Sheet


def render_sheets(sheets: list[Sheet], **header) -> str:
    """The sheets as a JSON object (header entries first)."""
    document = dict(header)
    document.update({sheet.name: sheet.records() for sheet in sheets})
    return json.dumps(document, indent=2, ensure_ascii=False, default=list) + "\n"
