"""JSON for machines: a list of findings."""

from __future__ import annotations

import json

from laci_audit.records import Finding
from laci_audit.result import AuditResult


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
    """The findings as a JSON list, one finding a line: json's C encoder writes each line (with
    `indent` json falls back to its pure-Python encoder, several times slower on 100,000 findings)."""
    return json_lines([finding_record(f) for f in result.findings])


def json_lines(records: list[dict]) -> str:
    """A JSON list of objects, each on its own line: the same data as json.dumps(records)."""
    if not records:
        return "[]\n"
    encode = json.JSONEncoder(ensure_ascii=False).encode
    return "[\n  " + ",\n  ".join(map(encode, records)) + "\n]\n"


def render_check(gate) -> str:
    """The gate's verdict as JSON: counts, new findings (failing flagged), accepted, unmatched baseline."""
    failing = {id(f) for f in gate.failing}
    document = {
        "passed": gate.passed,
        "exit_code": gate.exit_code,
        "fail_on": gate.fail_on,
        "baseline": gate.baseline.path if gate.baseline else None,
        "counts": {
            "new": len(gate.new), "failing": len(failing), "accepted": len(gate.accepted),
            "unmatched_baseline": len(gate.unmatched),
        },
        "new": [{**finding_record(f), "failing": id(f) in failing} for f in gate.new],
        "accepted": [finding_record(f) for f in gate.accepted],
        "unmatched_baseline": [
            {"fingerprint": e.fingerprint, "rule": e.rule, "location": e.location, "message": e.message}
            for e in gate.unmatched
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
