"""JSON for machines: a list of findings."""

from __future__ import annotations

import json

from laci_audit.audit import AuditResult
from laci_audit.records import Finding


def finding_record(finding: Finding) -> dict:
    """One finding as a JSON object."""
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "source": finding.source,
        "table": finding.table,
        "field": finding.field,
        "path": finding.file,
        "line": finding.line,
        "message": finding.message,
        "fingerprint": finding.fingerprint,
    }


def render(result: AuditResult) -> str:
    """The findings as a JSON list."""
    return json.dumps([finding_record(f) for f in result.findings], indent=2, ensure_ascii=False) + "\n"
