"""Output formats: one module per format, each with `render(result) -> str`.

The gate (`laci-audit check`) has its own renderers, `render_check(gate) -> str` in the formats
that serve both, and `render(gate)` in the CI-only formats (sarif, junit). The privacy officer's
reports are sheets (reports/sheet.py), each format a sheet_*.py module with
`render_sheets(title, sheets, intro) -> str`. The command line's --format choices come from these dicts.
"""

from __future__ import annotations

import importlib

FORMATS = {"table": "laci_audit.reports.findings.table", "markdown": "laci_audit.reports.findings.markdown", "json": "laci_audit.reports.findings.json"}
CHECK_FORMATS = {
    "table": ("laci_audit.reports.findings.table", "render_check"),
    "markdown": ("laci_audit.reports.findings.markdown", "render_check"),
    "json": ("laci_audit.reports.findings.json", "render_check"),
    "sarif": ("laci_audit.reports.findings.sarif", "render"),
    "junit": ("laci_audit.reports.findings.junit", "render"),
}

SHEET_FORMATS = {
    "table": "laci_audit.reports.sheets.text",
    "markdown": "laci_audit.reports.sheets.markdown",
    "json": "laci_audit.reports.sheets.json",
    "csv": "laci_audit.reports.sheets.csv",
}


def render(format_name: str, result, **options) -> str:
    """Render an audit result in the named format."""
    return importlib.import_module(FORMATS[format_name]).render(result, **options)


def render_check(format_name: str, gate, **options) -> str:
    """Render the gate's verdict (a gate.GateResult) in the named format."""
    module, function = CHECK_FORMATS[format_name]
    return getattr(importlib.import_module(module), function)(gate, **options)
