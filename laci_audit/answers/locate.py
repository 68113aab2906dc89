"""`locate SUBJECT_ID`: the first answer to an access request, which systems hold this person.
For every source that holds rows (SQLite files, live PostgreSQL and MySQL, SQLAlchemy engines
of a known dialect), one read-only `SELECT count(*)` per table that leads to the person's id
(answers/subjects.py), the id bound as a parameter, never written into the SQL. Only counts come back; a source that fails is reported
and the others still run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from laci_audit.answers.subjects import PERSON_PARAMETER, condition, subject_paths
from laci_audit.answers.where import path_how, quoter, source_dialect
from laci_audit.errors import SourceError
from laci_audit.result import AuditResult
from laci_audit.sources import KINDS


@dataclass(frozen=True)
class Located:
    """How many rows of one table belong to the person, and through which keys."""

    source: str
    table: str
    rows: int | None
    path: str
    how: str
    problem: str = ""


def count_statements(result: AuditResult, source: str) -> list[tuple[str, str, str]]:
    """(table, file, SELECT count(*) ... WHERE <path to :user_id>) for every table of the source
    that leads to the person's id."""
    dialect = source_dialect(result, source)
    graph = result.key_graphs.get(source)
    if dialect is None or graph is None:
        return []
    quote = quoter(dialect)
    files = {found.table.casefold(): found.file or "" for found in graph.fields()}
    return [(path.table, files.get(table, ""),
             f"SELECT count(*) FROM {quote(path.table)} WHERE {condition(path, graph, quote, ':' + PERSON_PARAMETER)}")
            for table, path in subject_paths(result, source).items()]


def locate(result: AuditResult, inventory_dir: Path, subject_id: str) -> list[Located]:
    """Per table of every source that holds rows, how many belong to the person (counts only)."""
    value: object = int(subject_id) if subject_id.strip().lstrip("-").isdigit() else subject_id
    located = []
    for scan in result.scans:
        counter = KINDS[scan.source.kind].counter()
        statements = count_statements(result, scan.source.name) if counter and not scan.error else []
        if counter and scan.error:
            located.append(Located(scan.source.name, "", None, "", "", "not counted: the source could not be read"))
            continue
        if not statements:
            continue
        paths = subject_paths(result, scan.source.name)
        graph = result.key_graphs[scan.source.name]
        described = {path.table: (path.describe(graph), path_how(result, path)) for path in paths.values()}
        try:
            for table, rows in counter(scan.source, inventory_dir, statements, value):
                path, how = described[table]
                if isinstance(rows, int):
                    located.append(Located(scan.source.name, table, rows, path, how))
                else:
                    located.append(Located(scan.source.name, table, None, path, how, rows))
        except SourceError as exc:
            located.append(Located(scan.source.name, "", None, "", "", f"not counted: {exc}"))
    return located
