"""`where TERM`: every field holding a kind of data, across all sources, and the tables linked
to them by keys; and the read-only SQL an access request needs.

A term is a policy id (A.2.4, or A.1 for all its items), a word of the policy ("nomor telepon"),
an English word (phone) or a short form (nik). Words are matched against field names by their
tokens (laci_audit.classify.split_name), widened by the groups of same-meaning words in
data/synonyms.yaml; the term's categories come from the classifier and the taxonomy's terms.
Links between tables come from each source's key graph (laci_audit.keys): a foreign key declared in
the schema (Field.references) or a registration's `references`, else an inference from the key's
name within the same source; access paths come from answers/subjects.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from laci_audit.answers.subjects import PERSON_PARAMETER, SubjectPath, key_of_link, condition, subject_paths
from laci_audit.classify import Classifier, split_name
from laci_audit.errors import LaciError
from laci_audit.keys import Link, named_target
from laci_audit.records import Field, Registration
from laci_audit.result import AuditResult
from laci_audit.sources import dialects
from laci_audit.yamlio import read_package_yaml

_ITEM_ID = re.compile(r"^[A-Z](?:\.\d+)*$")


@dataclass(frozen=True)
class FieldMatch:
    """One field holding the asked-for data, with what the inventory says about it."""

    field: Field
    owner: str
    registration: Registration | None
    categories: tuple[str, ...]
    purposes: tuple[str, ...]
    reason: str
    scanned: bool = True

    @property
    def status(self) -> str:
        """registered, draft (the classifier's registration, not confirmed), or unregistered (the
        classifier's guess in categories); 'with its table' when the table's registration applies;
        'source unreadable' when the source could not be read (so not seen by the scan)."""
        if self.registration is None:
            return "unregistered"
        status = "draft" if self.registration.draft else "registered"
        if self.registration.from_table:
            status += " with its table"
        return status if self.scanned else f"{status}, source unreadable"


@dataclass(frozen=True)
class TableLink:
    """A key from one table to another: declared in the schema or a registration, or inferred from its name."""

    source: str
    table: str
    column: str
    target_source: str
    target_table: str
    target_column: str
    how: str


@dataclass
class WhereAnswer:
    """Everything `where` found for a term."""

    term: str
    categories: tuple[str, ...]
    words: tuple[str, ...]
    matches: list[FieldMatch] = field(default_factory=list)
    links: list[TableLink] = field(default_factory=list)

    def tables(self) -> list[tuple[str, str]]:
        """(source, table) of every matched field, in order of first match."""
        return list(dict.fromkeys((m.field.source, m.field.table) for m in self.matches))


@lru_cache(maxsize=1)
def _lookup_words() -> dict:
    return read_package_yaml("synonyms.yaml")


def synonym_groups() -> tuple[frozenset[tuple[str, ...]], ...]:
    """Groups of same-meaning words as token tuples, from data/synonyms.yaml."""
    return tuple(frozenset(tuple(split_name(str(word))) for word in group) for group in _lookup_words()["groups"])


def where(result: AuditResult, term: str) -> WhereAnswer:
    """Find every field holding the kind of data `term` names, and the tables keyed to them."""
    term = term.strip()
    if not term:
        raise LaciError("where: give a term such as phone, nik, A.2.4 or \"nomor telepon\"")
    if _ITEM_ID.match(term):
        answer = _where_item(result, term)
    else:
        answer = _where_words(result, term)
    answer.links = linked_tables(result, answer.tables())
    return answer


def _where_item(result: AuditResult, item_id: str) -> WhereAnswer:
    taxonomy = result.taxonomy
    if item_id not in taxonomy.items or taxonomy.items[item_id].kind != "category":
        known = ", ".join(item.id for item in taxonomy.categories())
        raise LaciError(f"where: {item_id} is not a collection category of policy {taxonomy.version} (known: {known})")
    wanted = {i for i in taxonomy.items if i == item_id or i.startswith(item_id + ".")}
    answer = WhereAnswer(item_id, tuple(sorted(wanted & {c.id for c in taxonomy.categories()})), ())
    for found, registration, categories, scanned in _personal_fields(result):
        hits = [c for c in categories if c in wanted]
        if hits:
            verb = "registered under" if registration else "classifier suggests"
            answer.matches.append(_match(result, found, registration, categories, f"{verb} {', '.join(hits)}", scanned))
    return answer


def _where_words(result: AuditResult, term: str) -> WhereAnswer:
    classifier = result.classifier
    needles = search_words(classifier, term)
    guess = classifier.classify(Field("", "", term))
    policy_items = [c.id for c in result.taxonomy.categories() if any(t.casefold() == term.casefold() for t in c.terms)]
    categories = tuple(dict.fromkeys([*policy_items, *guess.categories]))
    answer = WhereAnswer(term, categories, tuple(" ".join(n) for n in sorted(needles)))
    for found, registration, field_categories, scanned in _personal_fields(result):
        tokens = split_name(found.name)
        hit = next((n for n in sorted(needles, key=len, reverse=True) if _contains(tokens, n)), None)
        if hit:
            reason = f"name token '{' '.join(hit)}'"
            answer.matches.append(_match(result, found, registration, field_categories, reason, scanned))
    return answer


def search_words(classifier: Classifier, term: str) -> set[tuple[str, ...]]:
    """The token sequences that stand for term: itself, its words the classifier calls personal
    on their own, and the same-meaning words of all of these."""
    base = tuple(split_name(term))
    needles = {base}
    if len(base) > 1:
        needles.update((token,) for token in base if classifier.classify(Field("", "", token)).personal)
    for group in synonym_groups():
        if needles & group:
            needles |= group
    return {n for n in needles if n}


def _contains(tokens: list[str], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return any(tuple(tokens[start:start + size]) == needle for start in range(len(tokens) - size + 1))


def _personal_fields(result: AuditResult):
    """(field, registration or None, categories, scanned) for every field registered or guessed
    personal; registrations of sources that could not be read count, as declared."""
    for found in result.fields():
        registration = result.registration_of(found)
        if registration is not None:
            if registration.personal:
                yield found, registration, registration.categories, True
            continue
        suggestion = result.suggestion_of(found)
        if suggestion is not None and suggestion.personal:
            yield found, None, suggestion.categories, True
    for registration in result.registrations:
        if registration.source in result.unreadable_sources and registration.personal:
            declared = Field(registration.source, registration.table, registration.field, file=registration.file,
                             line=registration.line)
            yield declared, registration, registration.categories, False


def _match(result: AuditResult, found: Field, registration: Registration | None, categories, reason: str,
           scanned: bool) -> FieldMatch:
    purposes = tuple(g.purpose for g in result.purposes_of(registration)) if registration else ()
    owner = result.declarations.sources[found.source].owner_label
    return FieldMatch(found, owner, registration, tuple(categories), purposes, reason, scanned)


# --- keys between tables ---------------------------------------------------------------------

def table_columns(result: AuditResult) -> dict[tuple[str, str], list[str]]:
    """Column names of every scanned table, by (source, table)."""
    columns: dict[tuple[str, str], list[str]] = {}
    for found in result.fields():
        columns.setdefault((found.source, found.table), []).append(found.name)
    return columns


def all_links(result: AuditResult) -> list[TableLink]:
    """Every key between the tables of each source, from its key graph (declared in the schema or a
    registration first, then inferred from the name); inference never leaves a source."""
    declared_by_registration = {(r.source, r.table.casefold(), r.field.casefold()): r.references
                                for r in result.declarations.registrations if "." in r.references}
    scanned_references = {(f.source, f.table.casefold(), f.name.casefold()) for f in result.fields() if f.references}
    links = []
    for source, graph in result.key_graphs.items():
        for table, table_links in graph.links.items():
            for link in table_links:
                place = (source, table, link.column.casefold())
                target_column = link.target_column or graph.key_column(link.target)
                how = _how(link, graph.table(link.target), place, declared_by_registration, scanned_references)
                links.append(TableLink(source, graph.table(table), link.column, source, graph.table(link.target),
                                       target_column, how))
    return links


def _how(link: Link, target: str, place: tuple[str, str, str], by_registration: dict, scanned: set) -> str:
    """Where a link comes from, in words: `declared in the schema: references users.id`, ..."""
    if link.declared:
        if place not in scanned and place in by_registration:
            return f"declared in the registration: references {by_registration[place]}"
        return f"declared in the schema: references {target}" + (f".{link.target_column}" if link.target_column else "")
    if named_target(link.column):
        return f"inferred from the name: {link.column} is named after the key of {target}"
    return f"inferred from the name: {link.column} is the key of {target}"


def linked_tables(result: AuditResult, tables: list[tuple[str, str]]) -> list[TableLink]:
    """Links into or out of the given tables."""
    wanted = {(source, table.casefold()) for source, table in tables}
    return [link for link in all_links(result)
            if (link.target_source, link.target_table.casefold()) in wanted or (link.source, link.table.casefold()) in wanted]


# --- SQL for a data-subject request ----------------------------------------------------------

# The person's id as each engine's own client names a variable: psql and sqlite3 `:name`, the
# MySQL/MariaDB client, T-SQL and BigQuery `@name`.
_PLACEHOLDERS = {dialect: "@" + PERSON_PARAMETER for dialect in ("bigquery", "tsql", "mysql")}
_KIND_DIALECTS = {"sqlite": "sqlite", "postgres": "postgres", "mysql": "mysql"}


def source_dialect(result: AuditResult, source: str) -> str | None:
    """The SQL dialect of a source (a database's kind is its dialect), or None when it is not a database."""
    declared = result.declarations.sources[source]
    if declared.kind == "sqlalchemy":
        from laci_audit.sources.sqlalchemy import dialect as engine_dialect

        return engine_dialect(declared)
    dialect = _KIND_DIALECTS.get(declared.kind) or declared.options.get("dialect")
    return dialects.canonical(dialect) if dialect else None


def quoter(dialect: str):
    """quote(name) for the dialect: each part of a dotted name an identifier of its own."""
    from sqlglot import exp

    def quote(name: str) -> str:
        return ".".join(exp.to_identifier(part, quoted=True).sql(dialect=dialect) for part in name.split("."))

    return quote


def access_sql(result: AuditResult, answer: WhereAnswer) -> list[tuple[str, str, str]]:
    """(source, table, statement) per matched table: a read-only SELECT of the matched fields
    for one person, or an SQL comment saying why there is none."""
    statements = []
    paths = {source: subject_paths(result, source) for source in {source for source, _table in answer.tables()}}
    for source, table in answer.tables():
        dialect = source_dialect(result, source)
        names = [m.field.name for m in answer.matches if (m.field.source, m.field.table) == (source, table)]
        if dialect is None:
            kind = result.declarations.sources[source].kind
            statements.append((source, table, f"-- {source}.{table}: a {kind} source, not a database: search it by hand"))
            continue
        error = next((scan.error for scan in result.scans if scan.source.name == source and scan.error), None)
        if error:
            statements.append((source, table, f"-- {source}.{table}: the source could not be read ({error}): "
                                              f"search it by hand for {', '.join(names)}"))
            continue
        path = paths[source].get(table.casefold())
        if path is None:
            statements.append((source, table, f"-- {source}.{table}: no key to a person found: search it by hand "
                                              f"for {', '.join(names)}"))
            continue
        statements.append((source, table, _select(result, dialect, table, names, path)))
    return statements


def path_how(result: AuditResult, path: SubjectPath) -> str:
    """Where each key of a path comes from, hop by hop (or how the person table is keyed)."""
    if not path.chain:
        return path.how
    hows = {(link.table.casefold(), link.column.casefold()): link.how for link in all_links(result)
            if link.source == path.source}
    hops = [hows.get((link.table, link.column.casefold()), "a key") for link in path.chain]
    if key_of_link(result.key_graphs[path.source], path.chain[-1]).casefold() != path.subject_column.casefold():
        hops.append(path.how)  # the last hop reaches a row, the person's id is another of its columns
    return "; then ".join(hops)


def _select(result: AuditResult, dialect: str, table: str, names: list[str], path: SubjectPath) -> str:
    quote = quoter(dialect)
    parameter = _PLACEHOLDERS.get(dialect, ":" + PERSON_PARAMETER)
    graph = result.key_graphs[path.source]
    key = path.chain[0].column if path.chain else path.subject_column
    columns = ", ".join(quote(n) for n in dict.fromkeys([key, *names]))
    return f"-- {path_how(result, path)}\nSELECT {columns} FROM {quote(table)} WHERE {condition(path, graph, quote, parameter)};"


def deletion_places(result: AuditResult, answer: WhereAnswer) -> list[tuple[str, str, str, str]]:
    """(source, table, owner, what) for every place a deletion request must reach: the matched
    tables and the tables whose rows point at them and lead to the person by the same paths
    `locate` counts (not the lookup tables they point at)."""
    places: dict[tuple[str, str], str] = {}
    for source, table in answer.tables():
        fields = [m.field.name for m in answer.matches if (m.field.source, m.field.table) == (source, table)]
        places[(source, table)] = f"holds {', '.join(fields)}"
    paths = {source: subject_paths(result, source) for source in {source for source, _table in answer.tables()}}
    for link in answer.links:
        child, parent = (link.source, link.table), (link.target_source, link.target_table)
        if child not in places and parent in places and child[1].casefold() in paths.get(link.source, {}):
            places[child] = f"keyed to {parent[1]} by {link.column} ({link.how})"  # the person's rows only
    return [(source, table, result.declarations.sources[source].owner_label, what)
            for (source, table), what in places.items()]
