"""Scan diffs and field histories as sheets."""

from __future__ import annotations

from laci_audit.reports.sheets import Sheet
from laci_audit.store.history import FieldEvent, ScanDiff

_TITLES = {"source": "Sources", "field": "Fields", "registration": "Registrations", "finding": "Findings"}


def diff_intro(diff: ScanDiff) -> str:
    """One line: the two scans and how much changed."""
    counts = ", ".join(f"{len(diff.of_kind(kind))} {_TITLES[kind].lower()}" for kind in _TITLES)
    return (f"Scan {diff.old.id} ({diff.old.started_at}) -> scan {diff.new.id} ({diff.new.started_at}): "
            f"{counts} changed.")


def diff_sheets(diff: ScanDiff) -> list[Sheet]:
    """One sheet each for sources, fields, registrations and findings."""
    sheets = []
    for kind, title in _TITLES.items():
        changes = {"source": "added, removed, changed", "field": "added, removed, changed, unseen",
                   "registration": "added, removed, changed", "finding": "opened, closed"}[kind]
        sheet = Sheet(f"{kind}s", f"{title} {changes}", ["change", "source", "table", "field", "detail"])
        sheet.rows = [[c.change, c.source, c.table, c.field, c.detail] for c in diff.of_kind(kind)]
        sheets.append(sheet)
    return sheets


def history_sheet(events: list[FieldEvent]) -> Sheet:
    """A field's events, oldest first."""
    sheet = Sheet("history", "Field history", ["scan", "started at", "event", "detail"])
    sheet.rows = [[event.scan.id, event.scan.started_at, event.event, event.detail] for event in events]
    return sheet
