"""The terminal as a person sees it: audit, check and annotate run under a real pseudo-terminal
(pexpect) at 80 and 160 columns, their output read back without the escape codes."""

from __future__ import annotations

import io
import itertools
import os
import re
import shutil
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import BUNDLED_INVENTORY, REPO
from rich.console import Console
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.engine import audit
from laci_audit.records import Finding
from laci_audit.reports.findings.lines import finding_line
from laci_audit.reports.findings.table import TERMINAL_ROWS, FindingsView, wrap_path

_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]")


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> Path:
    """A copy of the bundled inventory (the audit records its scans beside it)."""
    root = tmp_path_factory.mktemp("terminal") / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, root, ignore=shutil.ignore_patterns("laci-audit.db*", ".laci-cache"))
    return root


@pytest.fixture(scope="module")
def findings(bundled):
    """The audit's findings, their paths shown from the folder the terminal runs in."""
    before = Path.cwd()
    os.chdir(bundled.parent)
    try:
        return audit(Path("inventory")).findings
    finally:
        os.chdir(before)


def run_in_terminal(args: list[str], cwd: Path, columns: int, answers: tuple[tuple[str, str], ...] = ()
                    ) -> tuple[str, list[str], int]:
    """Run laci-audit in a pty of that width, answering its prompts: (all it wrote, those lines
    without escape codes, the exit code)."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR")}
    env.update(PYTHONPATH=str(REPO), TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1")
    child = pexpect.spawn(sys.executable, ["-m", "laci_audit", *args], cwd=str(cwd), env=env, encoding="utf-8",
                          timeout=60, dimensions=(50, columns))
    child.logfile_read = io.StringIO()
    for expected, answer in answers:
        child.expect(expected)
        child.send(answer)
    child.expect(pexpect.EOF)
    child.close()
    raw = child.logfile_read.getvalue()
    text = _ESCAPE.sub("", raw).replace("\r\n", "\n")
    lines = [line.rsplit("\r", 1)[-1].rstrip() for line in text.split("\n")]  # what a redrawn line ends as
    return raw, lines, child.exitstatus


def findings_part(lines: list[str]) -> list[str]:
    """The lines from the findings' title to the summary."""
    start = next(i for i, line in enumerate(lines) if line.startswith(("Findings", "New findings")))
    return lines[start:]


def test_wrap_path_cuts_after_separators_only():
    path = "inventory/schemas/pembayaran/002_rekening_refund.sql:6"
    assert wrap_path(path, 30) == ["inventory/schemas/pembayaran/", "002_rekening_refund.sql:6"]
    assert wrap_path("inventory/schemas/pembayaran/002_rekening_refund.sql:6", 50) == [
        "inventory/schemas/pembayaran/", "002_rekening_refund.sql:6"]  # a file's name stays whole
    assert wrap_path("pembayaran.pembayaran.rekening_refund.nama_pemilik", 24, file=False) == [
        "pembayaran.pembayaran.", "rekening_refund.", "nama_pemilik"]
    assert wrap_path("a_name_longer_than_ten", 10) == ["a_name_lon", "ger_than_t", "en"]  # no separator: cut
    assert wrap_path("short", 10) == ["short"]


def test_audit_at_80_columns_one_block_per_finding(bundled, findings):
    raw, lines, status = run_in_terminal(["audit", "-i", str(bundled)], bundled.parent, 80)
    assert status == 0
    assert re.search(r"\x1b\[(1;)?31merror", raw) and re.search(r"\x1b\[33mwarning", raw)  # coloured by severity
    assert max(map(len, lines)) <= 80
    part = findings_part(lines)
    for finding in findings:
        # the block's first line: severity, rule and the field whole (the field alone below when it is long)
        head = f"{finding.severity} {finding.rule}"
        assert any(line == f"{head} {finding.location}".rstrip() or line == head for line in part), finding
        if finding.file:  # every path fits 80 columns here: on one line, never cut
            assert f"  {finding.file}{f':{finding.line}' if finding.line else ''}" in part, finding
    # the category labels are cut with an ellipsis, not wrapped: one line per category
    categories = [line for line in lines if re.match(r"│ A\.\d\.\d ", line)]
    assert len(categories) == len({f"{c.split()[1]}" for c in categories}) == 16
    assert any(line.endswith("… │      0 │          0 │            0 │") for line in categories)
    # measured: 28 findings took 330 lines before; blocks take fewer than 5 each
    assert len(part) < 5 * len(findings)


def test_audit_at_160_columns_a_table_with_whole_paths(bundled, findings):
    _raw, lines, status = run_in_terminal(["audit", "-i", str(bundled)], bundled.parent, 160)
    assert status == 0
    assert max(map(len, lines)) <= 160
    part = findings_part(lines)
    assert re.match(r"┃ severity +┃ rule +┃ location +┃ message +┃", part[2])
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in part if line.startswith("│")]
    assert {finding.rule for finding in findings} == {row[1] for row in rows if row[1]}
    places = [row[2] for row in rows]
    for finding in findings:
        if finding.file:  # whole, or wrapped after a separator onto the next line
            path = f"{finding.file}{f':{finding.line}' if finding.line else ''}"
            assert path in places or any(a.endswith("/") and a + b == path for a, b in itertools.pairwise(places)), path
    categories = [line for line in lines if re.match(r"│ A\.\d\.\d ", line)]
    assert any("Interactions with other users: messages, product discussion, reviews, ratings, Resolution Center"
               in line for line in categories)


@pytest.mark.parametrize("columns", [80, 160])
def test_check_on_a_terminal_marks_what_fails(bundled, findings, columns):
    _raw, lines, status = run_in_terminal(["check", "-i", str(bundled)], bundled.parent, columns)
    assert status == 1
    # the verdict on stderr is one line for logs and grep, whatever the width; the report fits
    assert max(len(line) for line in lines if not line.startswith("laci-audit check")) <= columns
    errors = [f for f in findings if f.severity == "error"]
    assert any(line.startswith(f"laci-audit check FAILED: {len(errors)} new at or above error") for line in lines)
    if columns == 80:
        marked = [line for line in lines if line.startswith("x error ")]
        assert len(marked) == len(errors)
    else:
        assert sum(1 for line in lines if re.match(r"│ x +│ error +│", line)) == len(errors)


def test_lines_format_is_one_grep_line_per_finding(bundled, findings, monkeypatch):
    monkeypatch.chdir(bundled.parent)
    result = CliRunner().invoke(app, ["audit", "-i", "inventory", "--format", "lines"])
    assert result.exit_code == 0, result.output
    printed = result.output.splitlines()
    assert printed == [finding_line(f) for f in findings]
    assert "inventory/schemas/akun/001_users.sql:15: error unregistered-personal: users.nama_ibu_kandung looks like" \
        in result.output
    assert all(re.match(r"^[^ ]+(:\d+)?: (error|warning|info) [a-z-]+: ", line) for line in printed)


def test_check_lines_format_prints_new_findings_once(bundled, findings, monkeypatch):
    monkeypatch.chdir(bundled.parent)
    result = CliRunner().invoke(app, ["check", "-i", "inventory", "-f", "lines"])
    assert result.exit_code == 1
    assert set(result.stdout.splitlines()) == {finding_line(f) for f in findings}
    assert result.stderr.startswith("laci-audit check FAILED")


def test_annotate_wraps_at_80_columns_and_colours(bundled):
    raw, lines, status = run_in_terminal(["annotate", "-i", str(bundled), "akun"], bundled.parent, 80,
                                         answers=(("answer>", "q\r"),))
    assert status == 0
    assert max(map(len, lines)) <= 80
    # the keys line is longer than 80: it wraps at a word, its continuation under its own indent
    start = next(i for i, line in enumerate(lines) if line.startswith("  Enter: accept"))
    assert lines[start + 1].startswith("  ") and not lines[start + 1].startswith("   ")
    assert "q: save and quit" in " ".join(lines[start:start + 2])
    assert re.search(r"\x1b\[1;36mEnter\x1b\[0m", raw)  # keys in colour
    assert re.search(r"\[1/\d+\]\S* \S*akun", raw)


def test_a_long_field_and_path_wrap_at_their_separators_in_a_block():
    finding = Finding("unregistered", "warning", "rekening_refund.nama_pemilik_rekening is not registered", "fp",
                      "pembayaran", "rekening_refund", "nama_pemilik_rekening",
                      "inventory/schemas/pembayaran/002_rekening_refund.sql", 8)
    console = Console(width=40, file=io.StringIO(), no_color=True)
    console.print(FindingsView("Findings", [finding]))
    assert [line.rstrip() for line in console.file.getvalue().splitlines()] == [
        "Findings",
        "warning unregistered",
        "  pembayaran.rekening_refund.",
        "  nama_pemilik_rekening",
        "  inventory/schemas/pembayaran/",
        "  002_rekening_refund.sql:8",
        "  rekening_refund.nama_pemilik_rekening",
        "  is not registered",
    ]


@pytest.mark.parametrize("width", [80, 160])
def test_a_terminal_shows_the_first_findings_and_counts_the_rest(width):
    findings = [Finding("unregistered", "warning", f"t.c{n} is not registered", f"fp{n}", "s", "t", f"c{n}")
                for n in range(TERMINAL_ROWS + 1234)]
    console = Console(width=width, file=io.StringIO(), no_color=True)
    console.print(FindingsView("Findings", findings))
    text = console.file.getvalue()
    assert f"t.c{TERMINAL_ROWS - 1} is not registered" in text and f"t.c{TERMINAL_ROWS} " not in text
    assert text.rstrip().splitlines()[-1] == ("... and 1,234 more findings: -f lines, -f json or -f markdown "
                                              "list them all.")
    console = Console(width=width, file=io.StringIO(), no_color=True)
    console.print(FindingsView("Findings", findings[:TERMINAL_ROWS]))
    assert "more findings" not in console.file.getvalue()
