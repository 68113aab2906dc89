"""The rich terminal report: coverage tables and the findings, coloured by severity. The findings
fit the terminal: a table on a wide one, one block per finding on a narrow one (80 columns),
paths wrapped at their separators, never mid-name."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator

from rich.console import Console, ConsoleOptions, Group
from rich.table import Table
from rich.text import Text

from laci_audit.answers.coverage import coverage_lines
from laci_audit.records import Finding
from laci_audit.reports import counted
from laci_audit.reports.escape import printable, terminal_text
from laci_audit.result import AuditResult

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
WIDE = 120  # from this many columns on, findings are a table; below, one block each
# Findings a terminal shows, in the report's order; the rest are counted under them (the other
# formats hold them all). Laying out 100,000 rows took rich about a minute and nobody reads them.
TERMINAL_ROWS = 500
_INDENT = "  "
_AFTER_FOLDER = re.compile(r"(?<=[/\\])")
_AFTER_PART = re.compile(r"(?<=[./ ])")  # source.table.field, an API path's endpoint


def wrap_path(path: str, width: int, file: bool = True) -> list[str]:
    """A file path cut into lines of at most width after a folder's /, or a field's
    source.table.field after a . (file=False); a single name longer than width is cut where it must."""
    lines, current = [], ""
    for piece in (_AFTER_FOLDER if file else _AFTER_PART).split(path):
        while len(piece) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(piece[:width])
            piece = piece[width:]
        if current and len(current) + len(piece) > width:
            lines.append(current)
            current = ""
        current += piece
    return [*lines, current] if current or not lines else lines


def _places(finding: Finding) -> list[tuple[str, bool]]:
    """The finding's field (source.table.field) and its file:line, the ones it has, each with
    whether it is a file path."""
    where = f"{finding.file}{f':{finding.line}' if finding.line else ''}" if finding.file else ""
    return [(printable(text), is_file) for text, is_file in ((finding.location, False), (where, True)) if text]


class FindingsView:
    """Findings that fit the terminal's width: a table when wide, one block each when narrow."""

    def __init__(self, title: str, findings: list[Finding], marked: set[int] | None = None):
        self.title = title
        self.findings = findings[:TERMINAL_ROWS]
        self.left_out = len(findings) - len(self.findings)
        self.marked = marked  # ids of the findings to mark with an x (the gate's failing ones)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator:
        """Lay the findings out for the width rich gives, then say how many were left out."""
        if options.max_width >= WIDE:
            yield self.table(options.max_width)
        else:
            yield Text(self.title, style="italic")
            for finding in self.findings:
                yield from self.block(finding, console, options.max_width)
        if self.left_out:
            yield Text(f"... and {self.left_out:,} more findings: -f lines, -f json or -f markdown list them all.",
                       style="italic")

    def table(self, width: int) -> Table:
        """Severity, rule, place and message columns; places wrapped at separators to a third of the width."""
        places = [text for finding in self.findings for text, _is_file in _places(finding)]
        place_width = max(8, min(max(map(len, places), default=8), width // 3))
        table = Table(title=self.title, title_justify="left")
        if self.marked is not None:
            table.add_column("", no_wrap=True)
        table.add_column("severity", no_wrap=True)
        table.add_column("rule", no_wrap=True)
        table.add_column("location", width=place_width, no_wrap=True)
        table.add_column("message", ratio=1)
        for finding in self.findings:
            place = "\n".join(line for text, is_file in _places(finding)
                              for line in wrap_path(text, place_width, file=is_file))
            cells = [Text(finding.severity, style=SEVERITY_STYLES[finding.severity]), finding.rule, Text(place),
                     terminal_text(finding.message)]
            if self.marked is not None:
                cells.insert(0, Text("x", style="bold red") if id(finding) in self.marked else "")
            table.add_row(*cells)
        return table

    def block(self, finding: Finding, console: Console, width: int) -> Iterator[Text]:
        """One finding: severity, rule and field on a line (the field below when it does not fit),
        then its file and its message, indented."""
        head = Text()
        if self.marked is not None:
            head.append("x " if id(finding) in self.marked else "  ", style="bold red")
        head.append(finding.severity, style=SEVERITY_STYLES[finding.severity])
        head.append(f" {finding.rule}", style="bold")
        inner = max(10, width - len(_INDENT))
        places = _places(finding)
        if finding.location and head.cell_len + 1 + len(printable(finding.location)) <= width:
            head.append(f" {printable(finding.location)}")
            places = places[1:]
        yield head
        for text, is_file in places:
            for line in wrap_path(text, inner, file=is_file):
                yield Text(_INDENT + line, style="dim" if is_file else "")
        for line in terminal_text(finding.message).wrap(console, inner):
            yield Text(_INDENT) + line


def build(result: AuditResult) -> Group:
    """The report as rich renderables."""
    coverage = coverage_lines(result)
    sources = Table(title="Coverage per source (worst first)", title_justify="left")
    for header in ("source", "fields", "registered", "coverage", "personal", "with purpose"):
        sources.add_column(header, justify="left" if header == "source" else "right")
    for line in coverage["source"]:
        sources.add_row(terminal_text(line.name + (" (unreadable)" if line.unreadable else "")), str(line.fields),
                        line.registered_text, f"{line.registered_share:.0%}", str(line.personal),
                        str(line.with_purpose))
    # the label takes the width left and ends in an ellipsis where it is short: the id names the category
    categories = Table(title="Fields per policy category (worst first)", title_justify="left", expand=True)
    for header in ("category", "label", "fields", "registered", "with purpose"):
        categories.add_column(header, justify="left" if header in ("category", "label") else "right",
                              no_wrap=True, overflow="ellipsis", ratio=1 if header == "label" else None)
    for line in coverage["category"]:
        categories.add_row(terminal_text(line.name), terminal_text(line.label), str(line.fields), line.registered_text,
                           str(line.with_purpose),
                           style="dim" if not line.fields else None)
    findings = FindingsView("Findings", result.findings)
    counts = Counter(f.severity for f in result.findings)
    total_fields = sum(len(s.fields) for s in result.scans)
    summary = (f"[bold]{counted(len(result.scans), 'source')}, {counted(total_fields, 'field')}, {result.taxonomy.title}.[/] "
               f"Findings: [red]{counted(counts['error'], 'error')}[/], [yellow]{counted(counts['warning'], 'warning')}[/], "
               f"[cyan]{counts['info']} info[/].")
    return Group(sources, categories, findings, summary)


def render(result: AuditResult, width: int = 120, color: bool = False) -> str:
    """The report as text (with ANSI colours when color is True)."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, force_terminal=color, no_color=not color).print(build(result))
    return buffer.getvalue()


def build_check(gate) -> Group:
    """The gate's new findings as a rich table, with what the baseline accepted."""
    findings = FindingsView(f"New findings (the gate fails on {gate.fail_on} and above)", gate.new,
                            marked={id(f) for f in gate.failing})
    parts = [findings if gate.new else "No new findings."]
    if gate.baseline is not None:
        parts.append(f"{len(gate.accepted)} findings accepted by the baseline {gate.baseline.path}.")
        for entry in gate.unmatched:
            parts.append(Text(printable(f"no longer matches: {entry.rule} {entry.location}"), style="dim"))
    return Group(*parts)


def render_check(gate, width: int = 120, color: bool = False) -> str:
    """The gate's table as text (with ANSI colours when color is True)."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, force_terminal=color, no_color=not color).print(build_check(gate))
    return buffer.getvalue()
