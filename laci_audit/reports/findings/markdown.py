"""Markdown (tabulate): coverage per source and per category, then the findings."""

from __future__ import annotations

from collections import Counter

from tabulate import tabulate

from laci_audit.answers.coverage import coverage_lines
from laci_audit.reports import counted
from laci_audit.reports.escape import markdown_cell
from laci_audit.result import AuditResult


def render(result: AuditResult) -> str:
    """The gap report as Markdown."""
    counts = Counter(f.severity for f in result.findings)
    total_fields = sum(len(s.fields) for s in result.scans)
    coverage = coverage_lines(result)
    lines = [
        f"# laci-audit gap report ({result.taxonomy.title})",
        "",
        f"{counted(len(result.scans), 'source')}, {counted(total_fields, 'field')}; findings: "
        f"{counted(counts['error'], 'error')}, {counted(counts['warning'], 'warning')}, {counts['info']} info.",
        "",
        "## Coverage per source (worst first)",
        "",
        tabulate(
            [(markdown_cell(line.name), line.fields, line.registered_text, f"{line.registered_share:.0%}", line.personal,
              line.with_purpose) for line in coverage["source"]],
            headers=["source", "fields", "registered", "coverage", "personal", "personal with purpose"],
            tablefmt="github",
        ),
        "",
        "## Fields per policy category (worst first)",
        "",
        tabulate(
            [(line.name, line.label, line.fields, line.registered_text, line.with_purpose) for line in coverage["category"]],
            headers=["category", "label", "fields", "registered", "with purpose"],
            tablefmt="github",
        ),
        "",
        "## Findings",
        "",
    ]
    if result.findings:
        lines.append(tabulate(
            [(f.severity, f.rule, markdown_cell(_where(f)), markdown_cell(f.message)) for f in result.findings],
            headers=["severity", "rule", "location", "message"],
            tablefmt="github",
            disable_numparse=True,  # text columns: no number to align, and guessing one per cell halves the speed
        ))
    else:
        lines.append("No findings.")
    return "\n".join(lines) + "\n"


def _where(finding) -> str:
    place = ".".join(p for p in (finding.source, finding.table, finding.field) if p)
    if finding.file:
        place += f" ({finding.file}{f':{finding.line}' if finding.line else ''})"
    return place


CHECK_ROWS = 30


def render_check(gate) -> str:
    """The gate's verdict as a short pull-request comment: counts, then the new findings."""
    from laci_audit.audit.rules import SEVERITIES

    new_counts = Counter(f.severity for f in gate.new)
    verdict = "failed" if not gate.passed else "passed"
    lines = [
        f"### laci-audit check {verdict}",
        "",
        f"**{len(gate.failing)} new finding{'s' if len(gate.failing) != 1 else ''} at or above {gate.fail_on}**. "
        "New: " + ", ".join(f"{new_counts[s]} {s}" for s in SEVERITIES) + ".",
    ]
    if gate.baseline is not None:
        lines.append(f"{len(gate.accepted)} accepted by the baseline `{gate.baseline.path}`; "
                     f"{len(gate.unmatched)} baseline entries no longer match.")
    if gate.new:
        lines += ["", "| severity | rule | where | message |", "|---|---|---|---|"]
        for finding in gate.new[:CHECK_ROWS]:
            place = f"`{finding.file}:{finding.line}`" if finding.file and finding.line else f"`{finding.file or '-'}`"
            lines.append(f"| {finding.severity} | {finding.rule} | {markdown_cell(f'{place} {finding.location}')} | "
                         f"{markdown_cell(finding.message)} |")
        if len(gate.new) > CHECK_ROWS:
            lines += ["", f"... and {len(gate.new) - CHECK_ROWS} more new findings: see the full report."]
    if gate.unmatched:
        lines += ["", "<details><summary>Baseline entries that no longer match</summary>", ""]
        lines += [f"- {entry.rule} {entry.location}: {entry.message}" for entry in gate.unmatched[:CHECK_ROWS]]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"
