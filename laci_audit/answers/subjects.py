"""Where one person's rows are, per source: for every table, the chain of keys from it to the
column that holds the person's id (the source's declared `subject_keys`, else the account key or
the own key of each person table the classifier's table pass found), shortest first, any number of hops, and the
read-only SQL condition that picks that person's rows. `where --sql`, `locate`, the deletion list
and `report breach` use these paths."""

from __future__ import annotations

from dataclasses import dataclass

from laci_audit.keys import KeyGraph, Link, named_target
from laci_audit.result import AuditResult

PERSON_PARAMETER = "user_id"


@dataclass(frozen=True)
class SubjectPath:
    """How to reach one person's rows of a table."""

    source: str
    table: str
    chain: tuple[Link, ...]  # keys from the table to the subject table; () for the subject table itself
    subject_table: str
    subject_column: str
    how: str

    def describe(self, graph: KeyGraph) -> str:
        """`order_line.order_id -> orders.customer_id -> customers.id`."""
        parts = [f"{graph.table(self.table)}"]
        for link in self.chain:
            parts[-1] += f".{link.column}"
            parts.append(graph.table(link.target))
        parts[-1] += f".{self.subject_column}"
        return " -> ".join(parts)


def subject_tables(result: AuditResult, source: str) -> dict[str, tuple[str, str]]:
    """The tables that hold the person's id in a source: {table: (column, how)} (casefolded table)."""
    graph = result.key_graphs.get(source)
    if graph is None:
        return {}
    declared = result.declarations.sources[source].subject_keys
    if declared:
        tables = {}
        for key in declared:
            table_name, _dot, column = key.rpartition(".")
            for table in (graph.columns if table_name == "*" else [graph.resolve(table_name)]):
                real = next((f.name for f in graph.columns.get(table, ()) if f.name.casefold() == column.casefold()), "")
                if real and table not in tables:
                    tables[table] = (real, f"the person's id, as declared: subject_keys {key}")
        return tables
    tables = {}
    for table, judgement in result.records.get(source, {}).items():
        if judgement.record.kind != "person":
            continue
        account = _account_key(graph, table)
        column = account or graph.key_column(table)
        if column:
            tables[table] = (column, f"{graph.table(table)} holds people, each by the account {column} names"
                             if account else f"{graph.table(table)} holds people, keyed by {column}")
    return tables


# Words of a key naming a person's account: the id an access request is made with.
_ACCOUNT_WORDS = frozenset({"user", "users", "pengguna", "account", "akun", "member"})


def _account_key(graph: KeyGraph, table: str) -> str:
    """A column of a person table that keys the person's account elsewhere (a credit-score request's
    user_id beside its own id, a profile's user_id), not the table's own key nor another person's
    (a pupil's id_wali): '' when there is none."""
    own = graph.primary_keys[table]
    for found in graph.columns[table]:
        target = named_target(found.name)
        if target and (found.name.casefold(),) != own and target.split("_")[-1] in _ACCOUNT_WORDS:
            return found.name
    return ""


def subject_paths(result: AuditResult, source: str) -> dict[str, SubjectPath]:
    """Every table of the source that leads to a person's id, with its shortest chain of keys."""
    graph = result.key_graphs.get(source)
    subjects = subject_tables(result, source)
    if graph is None or not subjects:
        return {}
    paths = {}
    for table in graph.columns:
        chain = graph.chain(table, subjects.__contains__, longest=6)
        if chain is None:
            continue
        target = chain[-1].target if chain else table
        if all(key_of_link(graph, link) for link in chain[:-1]):
            column, how = subjects[target]
            paths[table] = SubjectPath(source, graph.table(table), tuple(chain), graph.table(target), column, how)
    return paths


def key_of_link(graph: KeyGraph, link: Link) -> str:
    """The column of the link's target that the link's column holds ('' when unknown)."""
    return link.target_column or graph.key_column(link.target)


def condition(path: SubjectPath, graph: KeyGraph, quote, parameter: str) -> str:
    """The WHERE condition that picks the person's rows of the path's table: a key equal to the
    parameter, or nested IN (SELECT ...) through each hop. quote() quotes one identifier."""
    subject = graph.resolve(path.subject_table)
    where = f"{quote(path.subject_column)} = {parameter}"  # a condition on the rows of `target`
    target = subject
    for link in reversed(path.chain):
        key = key_of_link(graph, link) or (path.subject_column if link.target == subject else "")
        if target == subject and key.casefold() == path.subject_column.casefold():
            where = f"{quote(link.column)} = {parameter}"
        else:
            where = f"{quote(link.column)} IN (SELECT {quote(key)} FROM {quote(graph.table(link.target))} WHERE {where})"
        target = link.table
    return where
