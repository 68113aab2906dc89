"""Output formats: one module per format, each with `render(result) -> str`."""

from __future__ import annotations

import importlib

FORMATS = {"table": "laci_audit.reports.table", "markdown": "laci_audit.reports.markdown", "json": "laci_audit.reports.json"}


def render(format_name: str, result, **options) -> str:
    """Render an audit result in the named format."""
    return importlib.import_module(FORMATS[format_name]).render(result, **options)
