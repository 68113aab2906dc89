"""`locate SUBJECT_ID` as a sheet: per source and table, how many rows are the person's, and how."""

from __future__ import annotations

from laci_audit.answers.locate import Located
from laci_audit.reports import counted
from laci_audit.reports.sheets import Sheet


def locate_intro(located: list[Located]) -> str:
    """One line: how many rows in how many tables of how many sources."""
    found = [row for row in located if row.rows]
    sources = {row.source for row in found}
    failed = [row for row in located if row.problem]
    return (f"{counted(sum(row.rows for row in found), 'row')} in {counted(len(found), 'table')} of "
            f"{counted(len(sources), 'source')} belong to this "
            f"person (counts only, read-only)" + (f"; {len(failed)} could not be counted." if failed else "."))


def locate_sheet(located: list[Located]) -> Sheet:
    """The tables holding the person's rows first, then the empty ones and those not counted."""
    sheet = Sheet("rows", "Rows of this person", ["source", "table", "rows", "path", "how"],
                  note="Counts from read-only SELECT count(*) with the id bound as a parameter; no value is read.")
    for row in sorted(located, key=lambda r: (not r.rows, r.problem != "", r.source, r.table)):
        sheet.rows.append([row.source, row.table, row.rows if row.rows is not None else row.problem, row.path, row.how])
    return sheet
