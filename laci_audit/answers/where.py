"""`where TERM`: every field holding a kind of data, across all sources, and the tables linked
to them by keys; and the read-only SQL an access request needs.

A term is a policy id (A.2.4, or A.1 for all its items), a word of the policy ("nomor telepon"),
an English word (phone) or a short form (nik). Words are matched against field names by their
tokens (laci_audit.classify.split_name), widened by the groups of same-meaning words in
data/synonyms.yaml; the term's categories come from the classifier and the taxonomy's terms.
Links between tables come, for each column, from the first of: a foreign key declared in the
schema (Field.references), a registration's `references`, or an inference from the key's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from laci_audit.classify import Classifier, split_name
from laci_audit.errors import LaciError
from laci_audit.records import Field, Registration
from laci_audit.result import AuditResult
from laci_audit.sources import dialects
from laci_audit.yamlio import read_package_yaml

_ITEM_ID = re.compile(r"^[A-Z](?:\.\d+)*$")
PERSON_PARAMETER = "user_id"


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
        """registered, unregistered (the classifier's guess in categories), or registered in a
        source that could not be read (so not seen by the scan)."""
        if self.registration is None:
            return "unregistered"
        return "registered" if self.scanned else "registered, source unreadable"


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
    to_person: bool = False


@dataclass(frozen=True)
class PersonPath:
    """How to select one person's rows of a table: a condition, and how it was found."""

    condition_column: str
    parent: tuple[TableLink, TableLink] | None
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


def person_words() -> frozenset[str]:
    """Words that name people in table and key names (data/synonyms.yaml)."""
    return frozenset(str(word) for word in _lookup_words()["people"])


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
    for registration in result.declarations.registrations:
        if registration.source in result.unreadable_sources and registration.personal:
            declared = Field(registration.source, registration.table, registration.field, file=registration.file,
                             line=registration.line)
            yield declared, registration, registration.categories, False


def _match(result: AuditResult, found: Field, registration: Registration | None, categories, reason: str,
           scanned: bool) -> FieldMatch:
    purposes = tuple(g.purpose for g in result.purposes_of(registration)) if registration else ()
    owner = result.declarations.sources[found.source].owner
    return FieldMatch(found, owner, registration, tuple(categories), purposes, reason, scanned)


# --- keys between tables ---------------------------------------------------------------------

def table_columns(result: AuditResult) -> dict[tuple[str, str], list[str]]:
    """Column names of every scanned table, by (source, table)."""
    columns: dict[tuple[str, str], list[str]] = {}
    for found in result.fields():
        columns.setdefault((found.source, found.table), []).append(found.name)
    return columns


def primary_keys(result: AuditResult) -> dict[tuple[str, str], list[str]]:
    """The primary key columns of every scanned table that declares one, by (source, table)."""
    keys: dict[tuple[str, str], list[str]] = {}
    for found in result.fields():
        if found.primary_key:
            keys.setdefault((found.source, found.table), []).append(found.name)
    return keys


def row_key(columns: list[str], declared: list[str] | None) -> str | None:
    """The one column that names a row of a table: its declared single-column primary key, else a
    column named id; None when there is neither."""
    if declared and len(declared) == 1:
        return declared[0]
    return next((name for name in columns if name.casefold() == "id"), None) if not declared else None


def _short_name(table: str) -> str:
    return table.rsplit(".", 1)[-1].casefold()


def _singular(name: str) -> str:
    return name[:-1] if name.endswith("s") and len(name) > 3 else name


def _key_names(table: str) -> set[str]:
    name = _short_name(table)
    return {f"{name}_id", f"id_{name}", f"{_singular(name)}_id", f"id_{_singular(name)}"}


def is_person_table(table: str) -> bool:
    """True when the table's name says each row is a person (users, pengguna, pelanggan, ...)."""
    tokens = split_name(_short_name(table))
    return len(tokens) == 1 and tokens[0] in person_words()


def all_links(result: AuditResult) -> list[TableLink]:
    """Every key between scanned tables, per column the first found of: declared in the schema,
    declared in a registration (`references`), inferred from the column name."""
    columns = table_columns(result)
    table_names = {(source, table.casefold()): table for source, table in columns}
    links = _schema_links(result, table_names)
    declared = {_link_column(link) for link in links}
    links += [link for link in _registration_links(result, table_names) if _link_column(link) not in declared]
    declared = {_link_column(link) for link in links}
    person_tables = [t for t in columns if is_person_table(t[1])]
    keys = primary_keys(result)
    tables_by_key: dict[str, list[tuple[tuple[str, str], str]]] = {}
    for place, names in columns.items():
        key = row_key(names, keys.get(place))
        if key is not None:
            for name in {*_key_names(place[1]), *([key.casefold()] if key.casefold() != "id" else [])}:
                tables_by_key.setdefault(name, []).append((place, key))
    for (source, table), names in columns.items():
        for column in names:
            if (source, table.casefold(), column.casefold()) not in declared:
                links.extend(_inferred_links(source, table, column, tables_by_key, person_tables))
    return links


def _link_column(link: TableLink) -> tuple[str, str, str]:
    return (link.source, link.table.casefold(), link.column.casefold())


def _schema_links(result: AuditResult, table_names: dict[tuple[str, str], str]) -> list[TableLink]:
    """Links from the foreign keys the scanned schemas declare."""
    return [_declared_link(found.source, found.table, found.name, found.references, "the schema", table_names)
            for found in result.fields() if "." in found.references]


def _registration_links(result: AuditResult, table_names: dict[tuple[str, str], str]) -> list[TableLink]:
    """Links from the `references` keys of field registrations."""
    return [_declared_link(r.source, r.table, r.field, r.references, "the registration", table_names)
            for r in result.declarations.registrations if "." in r.references]


def _declared_link(source: str, table: str, column: str, target: str, declared_in: str,
                   table_names: dict[tuple[str, str], str]) -> TableLink:
    """A link to "table.column" of the same source, the table spelt as the scan found it."""
    target_table, target_column = target.rsplit(".", 1)
    target_table = table_names.get((source, target_table.casefold()), target_table)
    return TableLink(source, table, column, source, target_table, target_column,
                     f"declared in {declared_in}: references {target}", is_person_table(target_table))


def _inferred_links(source: str, table: str, column: str,
                    tables_by_key: dict[str, list[tuple[tuple[str, str], str]]],
                    person_tables: list[tuple[str, str]]) -> list[TableLink]:
    """Links of one column: to a table whose key it is named after (in its source, or a table of
    people anywhere), else to every table of people when it names a person (pembeli_id)."""
    links = []
    for target, key in tables_by_key.get(column.casefold(), []):
        if target != (source, table) and (target[0] == source or target in person_tables):
            links.append(TableLink(source, table, column, *target, key,
                                   f"inferred from the name: {column} is named after the key of {_short_name(target[1])}",
                                   target in person_tables))
    tokens = split_name(column)
    if not links and len(tokens) == 2 and "id" in tokens and set(tokens) & person_words():
        links = [TableLink(source, table, column, *target, "id", f"inferred from the name: {column} names a person", True)
                 for target in person_tables if target != (source, table)]
    return links


def linked_tables(result: AuditResult, tables: list[tuple[str, str]]) -> list[TableLink]:
    """Links into or out of the given tables."""
    wanted = set(tables)
    return [link for link in all_links(result)
            if (link.target_source, link.target_table) in wanted or (link.source, link.table) in wanted]


def person_path(result: AuditResult, source: str, table: str, links: list[TableLink] | None = None) -> PersonPath | None:
    """How to pick one person's rows of a table: by its own key (a table of people: its primary
    key, else its id), by a column naming a person, or through a key to a parent table of the
    same source that has one."""
    links = all_links(result) if links is None else links
    if is_person_table(table):
        declared = primary_keys(result).get((source, table))
        key = row_key(table_columns(result).get((source, table), []), declared)
        if key is not None:
            how = "its primary key" if declared else "inferred"
            return PersonPath(key, None, f"a table of people, keyed by {key} ({how})")
    own = _person_link(links, source, table)
    if own is not None:
        return PersonPath(own.column, None, own.how)
    for link in links:
        if (link.source, link.table) == (source, table) and link.target_source == source:
            parent = _person_link(links, source, link.target_table)
            if parent is not None:
                return PersonPath(link.column, (link, parent), f"{link.how}; then {parent.how}")
    return None


def _person_link(links: list[TableLink], source: str, table: str) -> TableLink | None:
    return next((link for link in links if (link.source, link.table) == (source, table) and link.to_person), None)


# --- SQL for a data-subject request ----------------------------------------------------------

# The person's id as each engine's own client names a variable: psql and sqlite3 `:name`, the
# MySQL/MariaDB client, T-SQL and BigQuery `@name`.
_PLACEHOLDERS = {dialect: "@" + PERSON_PARAMETER for dialect in ("bigquery", "tsql", "mysql")}


def source_dialect(result: AuditResult, source: str) -> str | None:
    """The SQL dialect of a source, or None when it is not a database."""
    declared = result.declarations.sources[source]
    if declared.kind == "sqlite":
        return "sqlite"
    dialect = declared.options.get("dialect")
    return dialects.canonical(dialect) if dialect else None


def _quote(name: str, dialect: str) -> str:
    from sqlglot import exp

    return ".".join(exp.to_identifier(part, quoted=True).sql(dialect=dialect) for part in name.split("."))


def access_sql(result: AuditResult, answer: WhereAnswer) -> list[tuple[str, str, str]]:
    """(source, table, statement) per matched table: a read-only SELECT of the matched fields
    for one person, or an SQL comment saying why there is none."""
    links = all_links(result)
    statements = []
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
        path = person_path(result, source, table, links)
        if path is None:
            statements.append((source, table, f"-- {source}.{table}: no key to a person found: search it by hand "
                                              f"for {', '.join(names)}"))
            continue
        statements.append((source, table, _select(dialect, table, names, path)))
    return statements


def _select(dialect: str, table: str, names: list[str], path: PersonPath) -> str:
    parameter = _PLACEHOLDERS.get(dialect, ":" + PERSON_PARAMETER)
    key = path.condition_column
    columns = ", ".join(_quote(n, dialect) for n in dict.fromkeys([key, *names]))
    if path.parent is None:
        condition = f"{_quote(key, dialect)} = {parameter}"
    else:
        link, parent = path.parent
        condition = (f"{_quote(key, dialect)} IN (SELECT {_quote(link.target_column, dialect)} FROM "
                     f"{_quote(link.target_table, dialect)} WHERE {_quote(parent.column, dialect)} = {parameter})")
    return f"-- {path.how}\nSELECT {columns} FROM {_quote(table, dialect)} WHERE {condition};"


def deletion_places(result: AuditResult, answer: WhereAnswer) -> list[tuple[str, str, str, str]]:
    """(source, table, owner, what) for every place a deletion request must reach: the matched
    tables and the tables whose rows point at them (not the lookup tables they point at)."""
    places: dict[tuple[str, str], str] = {}
    for source, table in answer.tables():
        fields = [m.field.name for m in answer.matches if (m.field.source, m.field.table) == (source, table)]
        places[(source, table)] = f"holds {', '.join(fields)}"
    for link in answer.links:
        child, parent = (link.source, link.table), (link.target_source, link.target_table)
        if child not in places and parent in places:
            places[child] = f"keyed to {parent[1]} by {link.column} ({link.how})"
    return [(source, table, result.declarations.sources[source].owner, what) for (source, table), what in places.items()]
