"""One line per finding, as a linter prints them, and the gate's one-line verdict."""

from __future__ import annotations

from laci_audit.audit.gate import GateResult
from laci_audit.audit.rules import SEVERITIES
from laci_audit.records import Finding


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


def finding_line(finding: Finding) -> str:
    """A finding as a linter prints it: file:line: severity [rule] message."""
    where = f"{finding.file}:{finding.line}" if finding.file and finding.line else (finding.file or "-")
    return f"{where}: {finding.severity} [{finding.rule}] {finding.message}"
