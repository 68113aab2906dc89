"""What the tests share besides fixtures: the repository's places and a file writer."""

from __future__ import annotations

import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
POLICY_TEXT = REPO / "inventory" / "policy" / "kebijakan-privasi.txt"
BUNDLED_INVENTORY = REPO / "inventory"

# The databases the real_dumps fixture (conftest.py) creates, dumps and drops, and the values
# planted in their rows: no output of laci-audit may ever contain one.
PG_DUMP_DATABASE = "laci_dump_pg"
MY_DUMP_DATABASE = "laci_dump_my"
PLANTED_VALUES = ("Rahmawati-q7Zp3", "rahma.q7zp3@contoh.id", "Jl. Kenanga q7Zp3 No. 9", "0812-7730-9913")


def write(path: Path, text: str) -> Path:
    """Write dedented text to path, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def findings_of(inventory: Path, rule: str) -> list:
    """The findings of one rule in an audit of the inventory."""
    from laci_audit.engine import audit_inventory

    return [f for f in audit_inventory(inventory).result.findings if f.rule == rule]


def add_column(inventory: Path, sql: str) -> None:
    """A second DDL file of the small inventory's akun source."""
    write(inventory / "schemas" / "akun" / "002_more.sql", sql)


def edit(path: Path, old: str, new: str) -> None:
    """Replace text that must be in the file."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
