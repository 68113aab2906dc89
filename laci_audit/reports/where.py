"""`where TERM` as sheets (fields, linked tables) and as SQL for a data-subject request."""

from __future__ import annotations

from laci_audit.answers.where import PERSON_PARAMETER, WhereAnswer, access_sql, deletion_places
from laci_audit.reports import counted
from laci_audit.reports.sheets import Sheet
from laci_audit.result import AuditResult


def where_intro(result: AuditResult, answer: WhereAnswer) -> str:
    """One paragraph: what the term was read as."""
    labels = [f"{c} ({result.taxonomy.items[c].label_en})" if c in result.taxonomy.items else c
              for c in answer.categories]
    words = f"; field names with: {', '.join(answer.words)}" if answer.words else ""
    return (f"'{answer.term}' is policy {', '.join(labels) or 'category unknown'}{words}. "
            f"{counted(len(answer.matches), 'field')} in {counted(len(answer.tables()), 'table')}.")


def where_sheets(answer: WhereAnswer) -> list[Sheet]:
    """The matching fields, then the tables linked to theirs by keys."""
    fields = Sheet("fields", "Fields holding it",
                   ["source", "table", "field", "owner", "status", "categories", "purposes", "why", "defined at"])
    for match in answer.matches:
        found = match.field
        place = f"{found.file}:{found.line}" if found.file and found.line else (found.file or "")
        fields.rows.append([found.source, found.table, found.name, match.owner, match.status,
                            list(match.categories), list(match.purposes), match.reason, place])
    links = Sheet("links", "Tables linked to them by keys",
                  ["source", "table", "key", "refers to", "how"],
                  note="Links 'inferred from the name' are guesses from key names: check them.")
    for link in answer.links:
        links.rows.append([link.source, link.table, link.column,
                           f"{link.target_source}.{link.target_table}.{link.target_column}", link.how])
    return [fields, links]


def render_sql(result: AuditResult, answer: WhereAnswer) -> str:
    """Read-only SELECTs for one person's data, then the places a deletion request must reach."""
    lines = [
        f"-- Access request (UU PDP Pasal 32): '{answer.term}' for one person.",
        f"-- Read-only: run each statement on its source with {PERSON_PARAMETER} set to the person's account id.",
        "",
    ]
    current = None
    for source, _table, statement in access_sql(result, answer):
        if source != current:
            declared = result.declarations.sources[source]
            lines += [f"-- source {source} ({declared.kind} {declared.options.get('dialect', '')}".rstrip()
                      + f", owner {declared.owner_label})"]
            current = source
        lines += [statement, ""]
    lines += ["-- Deletion request: every place below must be reached (or its retention justified).",
              "--   source | table | owner | why"]
    lines += [f"--   {source} | {table} | {owner} | {what}" for source, table, owner, what in deletion_places(result, answer)]
    return "\n".join(lines) + "\n"
