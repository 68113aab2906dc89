"""Names a source may hold that YAML readers disagree on (U+0085 and U+2028 are line breaks to
some, ESC is no printable character) are written so that they read back as the same name."""

from __future__ import annotations

from helpers import add_sqlite_source
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.engine import audit
from laci_audit.yamlio import read_yaml


def test_draft_registrations_of_odd_names_read_back_as_the_same_names(inventory):
    add_sqlite_source(inventory, "toko", 'CREATE TABLE "akun\x85lama" ("nama\u2028lengkap" TEXT, "\x1b[31memail" TEXT)')
    result = CliRunner().invoke(app, ["suggest", "-i", str(inventory), "--write"])
    assert result.exit_code == 0, result.output
    written = read_yaml(inventory / "fields" / "toko.yaml")
    assert set(written["tables"]) == {"akun\x85lama"}
    table = written["tables"]["akun\x85lama"]  # registered whole (a record of one kind) or field by field
    assert "categories" in table or set(table["fields"]) == {"nama\u2028lengkap", "\x1b[31memail"}
    text = (inventory / "fields" / "toko.yaml").read_text(encoding="utf-8")
    assert "\x85" not in text and "\u2028" not in text and "\x1b" not in text
    unregistered = [f for f in audit(inventory).findings if f.source == "toko" and f.rule.startswith("unregistered")]
    assert unregistered == []


def test_one_field_of_an_odd_name_registered_reads_back_the_same(inventory):
    add_sqlite_source(inventory, "toko", 'CREATE TABLE "akun\x85lama" ("nama\u2028lengkap" TEXT)')
    result = CliRunner().invoke(app, ["register", "-i", str(inventory), "toko", "akun\x85lama", "nama\u2028lengkap",
                                      "--category", "A.1.1", "--purpose", "B.1"])
    assert result.exit_code == 0, result.output
    written = read_yaml(inventory / "fields" / "toko.yaml")
    assert written["tables"]["akun\x85lama"]["fields"]["nama\u2028lengkap"]["categories"] == ["A.1.1"]
    assert "\\u0085" in result.output and "\x85" not in result.output
