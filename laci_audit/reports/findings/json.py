"""JSON for machines: a list of findings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from json.encoder import encode_basestring

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


CHUNK_FINDINGS = 1_000  # findings a piece of the streamed report holds


def render(result: AuditResult) -> str:
    """The findings as a JSON list, one finding a line, each line the text json.dumps(finding_record(f),
    ensure_ascii=False) gives, written with json's own C string encoder (json.dumps with `indent`
    falls back to its pure-Python encoder: several times slower on 100,000 findings)."""
    return "".join(chunks(result))


def chunks(result: AuditResult) -> Iterator[str]:
    """render's text in pieces that end at a line's end, CHUNK_FINDINGS findings each: a large
    report is written as it is made, never whole in memory."""
    if not result.findings:
        yield "[]\n"
        return
    lines = map(_finding_line, result.findings)
    separator = "[\n  "
    while piece := list(islice(lines, CHUNK_FINDINGS)):
        yield separator + ",\n  ".join(piece)
        separator = ",\n  "
    yield "\n]\n"


def _finding_line(finding: Finding) -> str:
    text = encode_basestring
    return (f'{{"rule": {text(finding.rule)}, "severity": {text(finding.severity)}, '
            f'"source": {_nullable(finding.source)}, "table": {_nullable(finding.table)}, '
            f'"field": {_nullable(finding.field)}, "path": {_nullable(finding.file)}, '
            f'"line": {"null" if finding.line is None else int(finding.line)}, '
            f'"message": {text(finding.message)}, "fingerprint": {text(finding.fingerprint)}}}')


def _nullable(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


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
    return _indented(document)


def _indented(document: dict) -> str:
    """A JSON object indented by two spaces, except that each list in it holds one item a line,
    written by json's C encoder (the whole through `indent` is the pure-Python encoder's work)."""
    members = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            text = "[\n    " + ",\n    ".join(json.dumps(item, ensure_ascii=False) for item in value) + "\n  ]"
        else:
            text = json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        members.append(f"  {json.dumps(key, ensure_ascii=False)}: {text}")
    return "{\n" + ",\n".join(members) + "\n}\n"
