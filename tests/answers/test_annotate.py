"""annotate: the walk over unregistered fields, through the library, CliRunner and a real pseudo-terminal."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import REPO, write
from typer.testing import CliRunner

from laci_audit.answers.annotate import Answer, annotate_fields, parse_answer, pending_fields
from laci_audit.classify import Suggestion
from laci_audit.cli import app
from laci_audit.engine import audit
from laci_audit.errors import RegistrationError
from laci_audit.inventory.declarations import load_declarations
from laci_audit.reports.prompts import describe_field

NEW_COLUMNS = """
    ALTER TABLE users ADD COLUMN no_hp VARCHAR(20);
    ALTER TABLE users ADD COLUMN nomor_darurat VARCHAR(20);
    ALTER TABLE users ADD COLUMN kode_tema VARCHAR(8);
    ALTER TABLE users ADD COLUMN versi_skema INT;
    """
ORIGINAL_COMMENT = "# registrations of the akun source\n"


@pytest.fixture
def unregistered(inventory: Path) -> Path:
    """The small inventory with four new columns nobody registered."""
    write(inventory / "schemas" / "akun" / "002_more.sql", NEW_COLUMNS)
    return inventory


def _pending(inventory: Path):
    pending = pending_fields(audit(inventory, only_source="akun"))
    return pending.taxonomy, pending.fields


def registrations(inventory: Path) -> dict[str, object]:
    return {r.field: r for r in load_declarations(inventory).registrations}


def test_pending_fields_lists_unregistered_ones_in_schema_order(unregistered):
    taxonomy, pending = _pending(unregistered)
    assert [f.name for f, _ in pending] == ["no_hp", "nomor_darurat", "kode_tema", "versi_skema"]
    assert pending[0][0].file == "inventory/schemas/akun/002_more.sql" and pending[0][0].line == 1
    with pytest.raises(RegistrationError, match="source 'gudang' is not declared"):
        pending_fields(audit(unregistered, only_source="gudang"))


def test_parse_answer(inventory):
    taxonomy = pending_fields(audit(inventory)).taxonomy
    personal = Suggestion(personal=True, categories=("A.1.1",))
    assert parse_answer("", personal, taxonomy) == Answer("register", ("A.1.1",))
    assert parse_answer("  ", Suggestion(personal=False), taxonomy) == Answer("not-personal")
    assert parse_answer("A.2.2, B.4 B.1", personal, taxonomy) == Answer("register", ("A.2.2",), ("B.4", "B.1"))
    assert [parse_answer(k, personal, taxonomy).action for k in ("n", "S", "q")] == ["not-personal", "skip", "quit"]
    with pytest.raises(RegistrationError, match="A.9, x"):
        parse_answer("A.1.1 A.9 x", personal, taxonomy)
    with pytest.raises(RegistrationError, match="at least one category"):
        parse_answer("B.1", personal, taxonomy)
    outside = Suggestion(personal=True, categories=("X.9", "A.2.4"))
    assert parse_answer("", outside, taxonomy) == Answer("register", ("A.2.4",))
    with pytest.raises(RegistrationError, match="names no category of this policy"):
        parse_answer("", Suggestion(personal=True, categories=("X.9",)), taxonomy)


def test_walk_saves_each_answer_before_the_next_question(unregistered):
    taxonomy, pending = _pending(unregistered)
    fields_file = unregistered / "fields" / "akun.yaml"
    answers = iter(["A.9.9", "A.1.1 B.4", "s", "n", "", "n", "version of the schema, no person in it", "q"])
    seen_on_disk = []

    def ask(prompt: str, kind: str) -> str:
        seen_on_disk.append(fields_file.read_text().count("{"))
        return next(answers)

    said: list[str] = []
    summary = annotate_fields(unregistered, pending, taxonomy, ask, said.append, describe_field)
    assert "not a category or purpose of the policy: A.9.9" in "\n".join(map(str, said))
    assert (summary.registered, summary.not_personal, summary.skipped, summary.left) == (1, 1, 1, 1)
    assert summary.describe() == "1 registered, 1 not personal, 1 skipped, 1 left"
    assert seen_on_disk[2] == seen_on_disk[0] + 1
    saved = registrations(unregistered)
    assert saved["no_hp"].categories == ("A.1.1",) and saved["no_hp"].purposes == ("B.4",)
    assert saved["kode_tema"].reason == "version of the schema, no person in it"
    assert "nomor_darurat" not in saved and "versi_skema" not in saved


def test_empty_or_q_reason_goes_back_to_the_question_without_writing(unregistered):
    fields_file = unregistered / "fields" / "akun.yaml"
    before = fields_file.read_bytes()
    quit_after_back = CliRunner().invoke(app, ["annotate", "-i", str(unregistered), "akun"], input="n\n\nq\n")
    assert quit_after_back.exit_code == 0, quit_after_back.output
    assert quit_after_back.output.count("[1/4] akun users.no_hp") == 1
    assert "back: nothing saved for this field" in quit_after_back.output
    assert quit_after_back.output.rstrip().endswith("0 registered, 0 not personal, 0 skipped, 4 left")
    assert fields_file.read_bytes() == before
    q_then_answer = CliRunner().invoke(app, ["annotate", "-i", str(unregistered), "akun"],
                                       input="n\nQ\nA.1.1\nq\n")
    assert q_then_answer.output.rstrip().endswith("1 registered, 0 not personal, 0 skipped, 3 left")
    saved = registrations(unregistered)
    assert saved["no_hp"].personal and saved["no_hp"].categories == ("A.1.1",) and not saved["no_hp"].reason


def test_end_of_input_stops_the_walk(unregistered):
    taxonomy, pending = _pending(unregistered)
    answers = iter(["A.1.1"])

    def ask(prompt: str, kind: str) -> str:
        return next(answers) if kind == "ids" else ""

    def ask_until_eof(prompt: str, kind: str) -> str:
        try:
            return ask(prompt, kind)
        except StopIteration:
            raise EOFError from None

    summary = annotate_fields(unregistered, pending, taxonomy, ask_until_eof, lambda text: None, describe_field)
    assert not summary.interrupted and summary.registered == 1 and summary.left == 3


def test_cli_on_piped_input(unregistered):
    result = CliRunner().invoke(app, ["annotate", "-i", str(unregistered), "akun"],
                                input="A.1.1\nA.1.1 B.3.4\nn\ntheme code\ns\n")
    assert result.exit_code == 0, result.output
    assert "[1/4] akun users.no_hp  VARCHAR(20)  inventory/schemas/akun/002_more.sql:1" in result.output
    assert result.output.rstrip().endswith("2 registered, 1 not personal, 1 skipped, 0 left")
    saved = registrations(unregistered)
    assert saved["kode_tema"].reason == "theme code" and not saved["kode_tema"].personal
    again = CliRunner().invoke(app, ["annotate", "-i", str(unregistered), "akun"], input="")
    assert again.exit_code == 0 and "[1/1] akun users.versi_skema" in again.output
    assert again.output.rstrip().endswith("0 registered, 0 not personal, 0 skipped, 1 left")
    CliRunner().invoke(app, ["register", "-i", str(unregistered), "akun", "users", "versi_skema", "--not-personal",
                             "--reason", "schema version"])
    nothing = CliRunner().invoke(app, ["annotate", "-i", str(unregistered), "akun"], input="")
    assert nothing.exit_code == 0 and "nothing to annotate" in nothing.output


def _spawn_annotate(inventory: Path) -> pexpect.spawn:
    env = dict(os.environ, PYTHONPATH=str(REPO), PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm")
    return pexpect.spawn(sys.executable, ["-m", "laci_audit", "annotate", "-i", str(inventory), "akun"],
                         cwd=str(inventory.parent), env=env, encoding="utf-8", timeout=30, dimensions=(40, 200))


def test_terminal_walk_with_completion(unregistered):
    """Enter, Tab completion from a label word, not personal with a reason, skip: through a real pty."""
    from laci_audit.classify import Classifier

    taxonomy, pending = _pending(unregistered)
    suggestion = Classifier(taxonomy).classify(pending[0][0])
    assert suggestion.personal
    child = _spawn_annotate(unregistered)
    child.expect(r"\[1/4\]\S* \S*akun\S* \S*users\.no_hp")  # coloured: escape codes between the words
    child.expect("answer>")
    child.send("\r")
    child.expect("saved .*no_hp")
    child.expect(r"\[2/4\]\S* \S*akun\S* \S*users\.nomor_darurat")
    child.expect("answer>")
    child.send("telepon")
    child.send("\t")
    child.expect("Account data")
    child.send("\t")
    child.send(" B.4\r")
    child.expect("saved .*nomor_darurat")
    child.expect("answer>")
    child.send("n\r")
    child.expect("reason")
    child.send("theme: light, dark\r")
    child.expect("saved .*kode_tema")
    child.expect("answer>")
    child.send("s\r")
    child.expect("2 registered, 1 not personal, 1 skipped, 0 left")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    saved = registrations(unregistered)
    assert saved["no_hp"].categories == suggestion.categories
    assert (saved["nomor_darurat"].categories, saved["nomor_darurat"].purposes) == (("A.1.1",), ("B.4",))
    assert saved["kode_tema"].reason == "theme: light, dark"
    assert "versi_skema" not in saved
    assert (unregistered / "fields" / "akun.yaml").read_text().startswith(ORIGINAL_COMMENT)


def test_terminal_ctrl_c_keeps_every_answer_given(unregistered):
    child = _spawn_annotate(unregistered)
    child.expect("answer>")
    child.send("A.1.1 B.3.4\r")
    child.expect("saved .*no_hp")
    child.expect(r"\[2/4\]")
    child.expect("answer>")
    child.send("A.1")
    child.sendcontrol("c")
    child.expect("interrupted; 1 registered, 0 not personal, 0 skipped, 3 left")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    saved = registrations(unregistered)
    assert (saved["no_hp"].categories, saved["no_hp"].purposes) == (("A.1.1",), ("B.3.4",))
    assert "nomor_darurat" not in saved
    text = (unregistered / "fields" / "akun.yaml").read_text()
    assert text.startswith(ORIGINAL_COMMENT) and "status: {personal: false, reason: account state flag}" in text


def test_unreadable_source_is_reported_not_skipped(unregistered):
    sources = unregistered / "sources.yaml"
    sources.write_text(sources.read_text() + "  - name: hilang\n    kind: sqlite\n    path: data/none.sqlite\n"
                       "    owner: tim-x\n")
    pending = pending_fields(audit(unregistered))
    assert pending.unreadable == ["source 'hilang' could not be read: no such file: data/none.sqlite"]
    result = CliRunner().invoke(app, ["annotate", "-i", str(unregistered)], input="q\n")
    assert result.exit_code == 0
    assert "laci-audit: warning: source 'hilang' could not be read: no such file: data/none.sqlite" in result.output
