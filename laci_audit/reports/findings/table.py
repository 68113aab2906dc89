"""The rich terminal report: coverage tables and the findings, coloured by severity."""

from __future__ import annotations

import io
from collections import Counter

from rich.console import Console, Group
from rich.table import Table

from laci_audit.answers.coverage import coverage_lines
from laci_audit.result import AuditResult

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def build(result: AuditResult) -> Group:
    """The report as rich renderables."""
    coverage = coverage_lines(result)
    sources = Table(title="Coverage per source (worst first)", title_justify="left")
    for header in ("source", "fields", "registered", "coverage", "personal", "with purpose"):
        sources.add_column(header, justify="left" if header == "source" else "right")
    for line in coverage["source"]:
        sources.add_row(line.name + (" (unreadable)" if line.unreadable else ""), str(line.fields),
                        line.registered_text, f"{line.registered_share:.0%}", str(line.personal),
                        str(line.with_purpose))
    categories = Table(title="Fields per policy category (worst first)", title_justify="left")
    for header in ("category", "label", "fields", "registered", "with purpose"):
        categories.add_column(header, justify="left" if header in ("category", "label") else "right")
    for line in coverage["category"]:
        categories.add_row(line.name, line.label, str(line.fields), line.registered_text, str(line.with_purpose),
                           style="dim" if not line.fields else None)
    findings = Table(title="Findings", title_justify="left")
    for header in ("severity", "rule", "location", "message"):
        findings.add_column(header, overflow="fold")
    for finding in result.findings:
        place = ".".join(p for p in (finding.source, finding.table, finding.field) if p)
        if finding.file:
            place += f"\n{finding.file}{f':{finding.line}' if finding.line else ''}"
        findings.add_row(f"[{SEVERITY_STYLES[finding.severity]}]{finding.severity}[/]", finding.rule, place,
                         finding.message)
    counts = Counter(f.severity for f in result.findings)
    total_fields = sum(len(s.fields) for s in result.scans)
    summary = (f"[bold]{len(result.scans)} sources, {total_fields} fields, {result.taxonomy.title}.[/] "
               f"Findings: [red]{counts['error']} errors[/], [yellow]{counts['warning']} warnings[/], "
               f"[cyan]{counts['info']} info[/].")
    return Group(sources, categories, findings, summary)


def render(result: AuditResult, width: int = 120, color: bool = False) -> str:
    """The report as text (with ANSI colours when color is True)."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, force_terminal=color, no_color=not color).print(build(result))
    return buffer.getvalue()


def build_check(gate) -> Group:
    """The gate's new findings as a rich table, with what the baseline accepted."""
    failing = {id(f) for f in gate.failing}
    findings = Table(title=f"New findings (the gate fails on {gate.fail_on} and above)", title_justify="left")
    for header in ("", "severity", "rule", "location", "message"):
        findings.add_column(header, overflow="fold")
    for finding in gate.new:
        place = finding.location
        if finding.file:
            place += f"\n{finding.file}{f':{finding.line}' if finding.line else ''}"
        findings.add_row("[bold red]x[/]" if id(finding) in failing else "",
                         f"[{SEVERITY_STYLES[finding.severity]}]{finding.severity}[/]", finding.rule, place,
                         finding.message)
    parts = [findings if gate.new else "No new findings."]
    if gate.baseline is not None:
        parts.append(f"{len(gate.accepted)} findings accepted by the baseline {gate.baseline.path}.")
        for entry in gate.unmatched:
            parts.append(f"[dim]no longer matches: {entry.rule} {entry.location}[/]")
    return Group(*parts)


def render_check(gate, width: int = 120, color: bool = False) -> str:
    """The gate's table as text (with ANSI colours when color is True)."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, force_terminal=color, no_color=not color).print(build_check(gate))
    return buffer.getvalue()
