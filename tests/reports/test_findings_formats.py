"""The JSON and Markdown findings reports: the same content as before, written faster."""

from __future__ import annotations

import json

from helpers import add_column
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from laci_audit.engine import audit_inventory
from laci_audit.records import Finding
from laci_audit.reports.findings.json import finding_record, render


def test_json_report_is_one_finding_a_line_holding_every_record(inventory):
    add_column(inventory, 'ALTER TABLE users ADD COLUMN "nomor_telepon_ü" TEXT;\nCREATE TABLE stok (qty INT);\n')
    result = audit_inventory(inventory).result
    text = render(result)
    assert json.loads(text) == [finding_record(f) for f in result.findings]
    lines = text.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == len(result.findings) + 2
    assert "nomor_telepon_ü" in text  # not escaped to \\u00fc: ensure_ascii off, as before


_RESULTS: dict = {}


def audited(inventory):
    """One real audit per inventory folder; each example puts its own findings in it."""
    if inventory not in _RESULTS:
        _RESULTS[inventory] = audit_inventory(inventory).result
    return _RESULTS[inventory]


TEXT = st.text(st.characters(blacklist_categories=("Cs",)) | st.sampled_from(['"', "\\", "\n", "\x1b", "\u2028", "\ud800"]),
               max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(findings=st.lists(st.builds(
    Finding, rule=TEXT, severity=st.sampled_from(["error", "warning", "info"]), message=TEXT, fingerprint=TEXT,
    source=st.none() | TEXT, table=st.none() | TEXT, field=st.none() | TEXT, file=st.none() | TEXT,
    line=st.none() | st.integers(0, 10**9)), max_size=4))
def test_each_line_is_what_json_dumps_writes(inventory, findings):
    result = audited(inventory)
    result.findings = findings
    text = render(result)
    if not findings:
        assert text == "[]\n"
        return
    lines = text.split("\n")
    assert lines[0] == "[" and lines[-2:] == ["]", ""]
    assert [line.removeprefix("  ").removesuffix(",") for line in lines[1:-2]] == [
        json.dumps(finding_record(f), ensure_ascii=False) for f in findings]


def test_markdown_findings_table_is_the_one_tabulate_guessing_numbers_writes(inventory):
    from tabulate import tabulate

    from laci_audit.reports.findings import markdown

    add_column(inventory, "CREATE TABLE stok (qty INT, harga NUMERIC);\n")
    result = audit_inventory(inventory).result
    table = tabulate([(f.severity, f.rule, markdown._where(f), f.message.replace("|", "\\|")) for f in result.findings],
                     headers=["severity", "rule", "location", "message"], tablefmt="github")
    assert markdown.render(result).endswith("## Findings\n\n" + table + "\n")


def test_json_and_lines_reports_are_streamed_in_pieces_of_whole_lines(inventory, monkeypatch):
    from laci_audit.reports.findings import lines, render_chunks
    from laci_audit.reports.findings import json as json_format

    add_column(inventory, "CREATE TABLE stok (qty INT, harga NUMERIC, catatan TEXT, email TEXT, no_hp TEXT);\n")
    result = audit_inventory(inventory).result
    assert len(result.findings) > 5
    monkeypatch.setattr(json_format, "CHUNK_FINDINGS", 2)
    monkeypatch.setattr(lines, "CHUNK_FINDINGS", 2)
    pieces = list(render_chunks("json", result))
    assert len(pieces) == (len(result.findings) + 1) // 2 + 1
    assert all(piece.endswith(("}", "]\n")) for piece in pieces)
    assert "".join(pieces) == "[\n  " + ",\n  ".join(
        json.dumps(finding_record(f), ensure_ascii=False) for f in result.findings) + "\n]\n"
    pieces = list(render_chunks("lines", result))
    assert all(piece.endswith("\n") for piece in pieces) and len(pieces) == (len(result.findings) + 1) // 2
    assert "".join(pieces) == "".join(lines.finding_line(f) + "\n" for f in result.findings)
    assert list(render_chunks("markdown", result)) == [render_markdown(result)]


def render_markdown(result) -> str:
    from laci_audit.reports.findings import markdown

    return markdown.render(result)
