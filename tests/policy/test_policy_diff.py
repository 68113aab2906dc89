"""`policy diff OLD NEW`: items removed, reworded, renumbered and added; fields relying on them."""

from __future__ import annotations

import pytest
from helpers import BUNDLED_INVENTORY, FIXTURES, POLICY_TEXT
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.errors import PolicyError
from laci_audit.inventory.declarations import load_declarations
from laci_audit.policy.diff import compare_items, diff_policies
from laci_audit.policy.text import parse_policy_text

runner = CliRunner()
POLICY_V2 = FIXTURES / "kebijakan-privasi-v2.txt"


def test_second_version_one_removed_one_reworded_one_added():
    diff = diff_policies(POLICY_TEXT, POLICY_V2, load_declarations(BUNDLED_INVENTORY))
    by_change = {c.change: c for c in diff.changes}
    assert sorted(c.change for c in diff.changes) == ["added", "removed", "reworded"]
    assert by_change["removed"].old_id == "A.3.4"
    assert (by_change["reworded"].old_id, by_change["reworded"].new_id) == ("B.3.6", "B.3.6")
    assert "{+" in by_change["reworded"].word_diff() and "persetujuan" in by_change["reworded"].word_diff()
    assert (by_change["added"].new_id, by_change["added"].kind) == ("A.2.6", "category")
    # A.2.5 and A.3.3 changed only their list punctuation (";" <-> "." / "; dan/atau"): not reworded
    affected = {(a.source, a.table, a.field, a.item_id) for a in diff.affected}
    assert ("pemasaran", "daftar_kontak", "email", "A.3.4") in affected
    assert ("akun", "users", "email", "B.3.6") in affected  # its own purpose
    assert ("pemasaran", "daftar_kontak", "user_id", "B.3.6") in affected  # the source's default purpose
    assert not any(a.item_id == "A.2.6" for a in diff.affected)
    [email] = [a for a in diff.affected if (a.table, a.field, a.item_id) == ("users", "email", "B.3.6")]
    assert email.file == "inventory/fields/akun.yaml" and email.line == 9


def test_removing_an_item_in_the_middle_renumbers_the_rest(policy_text):
    lines = policy_text.splitlines()
    survey = next(n for n, line in enumerate(lines) if line.strip().startswith("3. mengisi survei"))
    renumbered = lines[:survey] + [line.replace(f"    {k}. ", f"    {k - 1}. ", 1) if 4 <= k <= 7 else line
                                   for k, line in enumerate(lines[survey + 1:survey + 5], start=4)] + lines[survey + 5:]
    new = parse_policy_text("\n".join(renumbered), "new")
    changes = {(c.change, c.old_id, c.new_id) for c in compare_items(parse_policy_text(policy_text), new)}
    assert ("removed", "A.1.3", None) in changes
    assert ("renumbered", "A.1.4", "A.1.3") in changes and ("renumbered", "A.1.7", "A.1.6") in changes
    assert not any(change == "added" for change, _old, _new in changes)


def test_identical_texts_have_no_changes(policy_text):
    assert compare_items(parse_policy_text(policy_text), parse_policy_text(policy_text)) == []


def test_unreadable_new_version(tmp_path):
    with pytest.raises(PolicyError, match="cannot read"):
        diff_policies(POLICY_TEXT, tmp_path / "missing.txt", load_declarations(BUNDLED_INVENTORY))


def test_cli_policy_diff(tmp_path):
    result = runner.invoke(app, ["policy", "diff", str(POLICY_TEXT), str(POLICY_V2), "-i", str(BUNDLED_INVENTORY),
                                 "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"change": "removed"' in result.output and '"relies on": "A.3.4"' in result.output
    bad = tmp_path / "bad.txt"
    bad.write_text("Kebijakan\nA. Data\n  1. satu\n", encoding="utf-8")
    result = runner.invoke(app, ["policy", "diff", str(POLICY_TEXT), str(bad), "-i", str(BUNDLED_INVENTORY)])
    assert result.exit_code == 2 and "no section B" in result.output
