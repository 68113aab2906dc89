"""`policy diff` as sheets: the items that changed, then the fields that rely on them."""

from __future__ import annotations

from laci_audit.policy.diff import CHANGES, PolicyDiff
from laci_audit.reports.sheets import Sheet


def policy_diff_intro(diff: PolicyDiff) -> str:
    """One line: the two versions and what changed."""
    counts = {change: sum(c.change == change for c in diff.changes) for change in CHANGES}
    summary = ", ".join(f"{n} {change}" for change, n in counts.items())
    return (f"Policy {diff.old.version} ({diff.old.file}) -> {diff.new.version} ({diff.new.file}): {summary}; "
            f"{len({(a.source, a.table, a.field) for a in diff.affected})} registered fields to review.")


def policy_diff_sheets(diff: PolicyDiff) -> list[Sheet]:
    """The changed items, and each registered field relying on one."""
    items = Sheet("items", "Categories and purposes changed", ["change", "kind", "old id", "new id", "wording"])
    for change in diff.changes:
        wording = change.word_diff() if change.change == "reworded" else (change.new_text or change.old_text)
        items.rows.append([change.change, change.kind, change.old_id or "", change.new_id or "", wording])
    fields = Sheet("fields", "Registered fields relying on a changed item",
                   ["source", "table", "field", "relies on", "as", "to do", "registered at"])
    for affected in diff.affected:
        place = f"{affected.file}:{affected.line}" if affected.line else affected.file
        fields.rows.append([affected.source, affected.table, affected.field, affected.item_id, affected.how,
                            affected.change, place])
    return [items, fields]
