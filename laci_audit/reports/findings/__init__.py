"""Findings formats: the audit (`render(result)` in table, lines, markdown, json) and the gate's verdict
(`render_check(gate)` in those, `render(gate)` in the CI-only sarif and junit), one module per
format. The command line's --format choices come from these dicts."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

FORMATS = {"table": "laci_audit.reports.findings.table", "lines": "laci_audit.reports.findings.lines",
           "markdown": "laci_audit.reports.findings.markdown", "json": "laci_audit.reports.findings.json"}
CHECK_FORMATS = {
    "table": ("laci_audit.reports.findings.table", "render_check"),
    "lines": ("laci_audit.reports.findings.lines", "render_check"),
    "markdown": ("laci_audit.reports.findings.markdown", "render_check"),
    "json": ("laci_audit.reports.findings.json", "render_check"),
    "sarif": ("laci_audit.reports.findings.sarif", "render"),
    "junit": ("laci_audit.reports.findings.junit", "render"),
}

def render(format_name: str, result, **options) -> str:
    """Render an audit result in the named format."""
    return importlib.import_module(FORMATS[format_name]).render(result, **options)


def render_chunks(format_name: str, result) -> Iterator[str]:
    """render's text in pieces that end at a line's end, for the formats that can be written as
    they are made (json, lines); the others in one piece."""
    module = importlib.import_module(FORMATS[format_name])
    if hasattr(module, "chunks"):
        yield from module.chunks(result)
    else:
        yield module.render(result)


def render_check(format_name: str, gate, **options) -> str:
    """Render the gate's verdict (a gate.GateResult) in the named format."""
    module, function = CHECK_FORMATS[format_name]
    return getattr(importlib.import_module(module), function)(gate, **options)
