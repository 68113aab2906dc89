"""One line per finding, as a compiler or linter prints them (`path:line: severity rule: message`,
for editors and grep), and the gate's one-line verdict."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from laci_audit.audit.gate import GateResult
from laci_audit.audit.rules import SEVERITIES
from laci_audit.records import Finding
from laci_audit.result import AuditResult


def summary_line(gate: GateResult) -> str:
    """One line for the terminal: the verdict, new findings by severity, what the baseline did."""
    counts = {severity: sum(f.severity == severity for f in gate.new) for severity in SEVERITIES}
    verdict = "FAILED" if not gate.passed else "passed"
    line = (f"laci-audit check {verdict}: {len(gate.failing)} new at or above {gate.fail_on} "
            f"(new: {counts['error']} error, {counts['warning']} warning, {counts['info']} info)")
    if gate.baseline is not None:
        line += f"; {len(gate.accepted)} accepted by {gate.baseline.path}"
        if gate.unmatched:
            line += f", {len(gate.unmatched)} baseline entries no longer match"
    return line + f"; {gate.seconds:.2f}s"


def finding_place(finding: Finding) -> str:
    """Where a finding is, as an editor opens it: file:line, the file, else source.table.field."""
    if finding.file:
        return f"{finding.file}:{finding.line}" if finding.line else finding.file
    return finding.location or "-"


def finding_line(finding: Finding) -> str:
    """A finding as a linter prints it: path:line: severity rule: message."""
    return f"{finding_place(finding)}: {finding.severity} {finding.rule}: {finding.message}"


CHUNK_FINDINGS = 1_000  # findings a piece of the streamed report holds


def render(result: AuditResult) -> str:
    """Every finding of an audit, one line each."""
    return "".join(chunks(result))


def chunks(result: AuditResult) -> Iterator[str]:
    """render's text in pieces of CHUNK_FINDINGS whole lines: written as it is made."""
    findings = iter(result.findings)
    while piece := list(islice(findings, CHUNK_FINDINGS)):
        yield "".join(finding_line(finding) + "\n" for finding in piece)


def render_check(gate: GateResult) -> str:
    """The gate's new findings, one line each (the verdict goes to stderr)."""
    return "".join(finding_line(finding) + "\n" for finding in gate.new)
