"""The JSON findings report: one finding a line, the same data as the records it is made of."""

from __future__ import annotations

import json

from helpers import add_column

from laci_audit.engine import audit_inventory
from laci_audit.reports.findings.json import finding_record, json_lines, render


def test_json_report_is_one_finding_a_line_holding_every_record(inventory):
    add_column(inventory, 'ALTER TABLE users ADD COLUMN "nomor_telepon_ü" TEXT;\nCREATE TABLE stok (qty INT);\n')
    result = audit_inventory(inventory).result
    text = render(result)
    assert json.loads(text) == [finding_record(f) for f in result.findings]
    lines = text.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == len(result.findings) + 2
    assert all(json.loads(line.strip().rstrip(",")) == finding_record(f) for line, f in zip(lines[1:-1], result.findings))
    assert "nomor_telepon_ü" in text  # not escaped to \u00fc: ensure_ascii off, as before


def test_json_lines_of_nothing_is_an_empty_list():
    assert json_lines([]) == "[]\n"
    assert json.loads(json_lines([{"a": [1, None]}, {"b": "x\ny"}])) == [{"a": [1, None]}, {"b": "x\ny"}]
