"""Load and validate inventory/sources.yaml and inventory/fields/*.yaml.

Every malformed declaration is collected, each naming its file and line, and all of them are raised
together at the end (DeclarationProblems; DeclarationError when there is one). A declaration that
is well formed but incomplete (a source without `owner`, `personal: false` without `reason`) loads:
the audit reports it as a finding. Ids of policy categories and purposes are not checked here
either: an id the policy lacks is an audit finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern
from typing import Any

from laci_audit.errors import DeclarationError, DeclarationProblems
from laci_audit.fileio import display_path
from laci_audit.inventory.layout import InventoryFolder
from laci_audit.records import Processing, Registration, Source, TableRegistration, field_key
from laci_audit.sources import KINDS
from laci_audit.yamlio import line_of, read_yaml

SOURCE_KEYS = {"name", "kind", "owner", "purposes", "description", "partners", "subject_keys"}
REQUIRED_SOURCE_KEYS = {"name", "kind"}  # a source without `owner` loads: the audit reports missing-owner
FIELDS_FILE_KEYS = {"source", "tables"}
# What registers a whole table (each of its fields not registered on its own); `purposes` alone
# only gives the table's fields default purposes.
TABLE_REGISTRATION_KEYS = {"categories", "personal", "reason", "partners", "note", "draft"}
TABLE_KEYS = {"purposes", "fields"} | TABLE_REGISTRATION_KEYS
FIELD_KEYS = {"categories", "purposes", "personal", "reason", "partners", "note", "draft"}
# The record of processing (laci-audit report ropa), on a source, a table or a field.
PROCESSING_KEYS = {"recipients", "retention", "legal_basis", "data_subjects"}
# UU PDP Pasal 20(2): the bases for processing personal data, with the law's words.
LEGAL_BASES = {
    "consent": "persetujuan yang sah secara eksplisit",
    "contract": "pemenuhan kewajiban perjanjian",
    "legal-obligation": "pemenuhan kewajiban hukum",
    "vital-interest": "pelindungan kepentingan vital",
    "public-task": "pelaksanaan tugas untuk kepentingan umum, pelayanan publik atau kewenangan",
    "legitimate-interest": "pemenuhan kepentingan yang sah lainnya",
}
SOURCE_KEYS |= PROCESSING_KEYS
TABLE_KEYS |= PROCESSING_KEYS
FIELD_KEYS |= PROCESSING_KEYS | {"references"}  # a key to another table of the source: "table.column" (laci-audit where)
_SOURCE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass
class Declarations:
    """Everything the teams declared: sources by name, and field registrations."""

    sources: dict[str, Source]
    registrations: list[Registration]
    table_purposes: dict[tuple[str, str], tuple[str, ...]]
    table_registrations: list[TableRegistration] = field(default_factory=list)

    def registration_index(self) -> dict[tuple[str, str, str], Registration]:
        """Registrations of single fields by (source, table, field), names compared without case."""
        return {(r.source, *field_key(r.table, r.field)): r for r in self.registrations}

    def table_registration_index(self) -> dict[tuple[str, str], TableRegistration]:
        """Registrations of whole tables by (source, table), names compared without case."""
        return {(t.source, t.table.casefold()): t for t in self.table_registrations}


class Problems:
    """The malformed declarations found so far; `attempt` runs one check and keeps its error."""

    def __init__(self) -> None:
        self.found: list[DeclarationError] = []
        self.broken_sources: set[str] = set()  # declared, but malformed: their fields files are not "undeclared"

    def add(self, error: DeclarationError) -> None:
        """Keep one problem (each of several problems, when it holds more)."""
        self.found.extend(error.problems if isinstance(error, DeclarationProblems) else [error])

    def attempt(self, check: Any, default: Any = None) -> Any:
        """check()'s value, or default when it raised a DeclarationError (kept)."""
        try:
            return check()
        except DeclarationError as error:
            self.add(error)
            return default

    def raise_any(self) -> None:
        """Raise every problem found: one DeclarationError, or DeclarationProblems for several."""
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise DeclarationProblems(self.found)


@dataclass
class FieldsFile:
    """One fields/*.yaml file: its field registrations, its tables' default purposes, and its
    registrations of whole tables."""

    registrations: list[Registration]
    table_purposes: dict[tuple[str, str], tuple[str, ...]]
    tables: list[TableRegistration]
    source: str = ""  # the source the file registers fields of


def load_declarations(inventory_dir: Path, sources: dict[str, Source] | None = None) -> Declarations:
    """Read sources.yaml and every fields/*.yaml under inventory_dir, each file that is unchanged
    since it last loaded cleanly from the cache (declarations_cache); every problem is raised at
    once. sources: sources.yaml as the caller read it already, without a problem."""
    from laci_audit.inventory.declarations_cache import cached_fields_file, cached_sources

    folder = InventoryFolder(inventory_dir)
    problems = Problems()
    if sources is None:
        sources = cached_sources(folder, problems)
    registrations: list[Registration] = []
    table_registrations: list[TableRegistration] = []
    table_purposes: dict[tuple[str, str], tuple[str, ...]] = {}
    seen: dict[tuple[str, ...], Registration | TableRegistration] = {}
    for path in folder.fields_files():
        loaded = problems.attempt(lambda path=path: cached_fields_file(folder, path, sources, problems))
        if loaded is None:
            continue
        for key, registration in _declared_keys(loaded):
            first = seen.setdefault(key, registration)
            if first is not registration:
                name = (f"{registration.table}.{registration.field}" if isinstance(registration, Registration)
                        else f"table {registration.table}")
                problems.add(DeclarationError(
                    path, registration.line,
                    f"{name} of source '{registration.source}' is registered twice "
                    f"(first at {first.file}:{first.line})",
                ))
        registrations.extend(loaded.registrations)
        table_registrations.extend(loaded.tables)
        table_purposes.update(loaded.table_purposes)
    problems.raise_any()
    return Declarations(sources, registrations, table_purposes, table_registrations)


def _declared_keys(loaded: FieldsFile) -> Iterator[tuple[tuple[str, ...], Registration | TableRegistration]]:
    """What each registration of a file registers, its tables' first, then its fields': (source,
    table) or (source, table, field), names compared without case (each table's name folded once)."""
    for table in loaded.tables:
        yield (table.source, table.table.casefold()), table
    folded: dict[str, str] = {}
    for registration in loaded.registrations:
        table_name = folded.get(registration.table)
        if table_name is None:
            table_name = folded[registration.table] = registration.table.casefold()
        yield (registration.source, table_name, registration.field.casefold()), registration


def load_sources(path: Path, problems: Problems | None = None) -> dict[str, Source]:
    """Read and validate sources.yaml: every problem is raised at once (or kept in problems)."""
    if not path.exists():
        raise DeclarationError(path, None, "no sources file: declare the data sources here")
    document = read_yaml(path)
    _expect(isinstance(document, dict), path, document, "expected a mapping with a 'sources' list")
    _check_keys(document, {"sources"}, {"sources"}, path, "the sources file")
    entries = document["sources"]
    if entries is None:  # every example commented out, as `laci-audit init` writes it
        entries = []
    _expect(isinstance(entries, list), path, document, "'sources' must be a list", key="sources")
    collected = Problems() if problems is None else problems
    sources: dict[str, Source] = {}
    for index, entry in enumerate(entries):
        line = line_of(entries, index)
        source = _parse_source(entry, path, line, collected)
        if source is None:
            continue
        if source.name in sources:
            first = sources[source.name]
            collected.add(DeclarationError(
                path, line, f"duplicate source name '{source.name}' (first at line {first.line})"))
            continue
        sources[source.name] = source
    if problems is None:
        collected.raise_any()
    return sources


def _parse_source(entry: Any, path: Path, line: int | None, problems: Problems) -> Source | None:
    """One source entry, or None when it is malformed (each of its problems kept)."""
    if not isinstance(entry, dict):
        problems.add(DeclarationError(path, line, "each source must be a mapping with name, kind, owner, ..."))
        return None
    before = len(problems.found)
    kind_name = entry.get("kind")
    kind = KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if "kind" in entry and kind is None:
        problems.add(DeclarationError(
            path, line_of(entry, "kind"), f"unknown source kind {kind_name!r} (known: {', '.join(sorted(KINDS))})"
        ))
    what = f"source '{entry.get('name', '?')}'"
    if "allow_outside" in entry and not isinstance(entry["allow_outside"], bool):
        problems.add(DeclarationError(path, line_of(entry, "allow_outside"),
                                      f"{what}: 'allow_outside' must be true or false"))
    # Without a known kind, any kind's keys pass: the kind is the problem reported.
    kinds = [kind] if kind else KINDS.values()
    allowed = SOURCE_KEYS.union(*(k.required_keys | k.optional_keys for k in kinds))
    required = REQUIRED_SOURCE_KEYS | (kind.required_keys if kind else set())
    _check_keys(entry, allowed, required, path, what, problems)
    name = problems.attempt(lambda: _string(entry, "name", path), "") if "name" in entry else ""
    if name and not _SOURCE_NAME.match(name):
        problems.add(DeclarationError(path, line_of(entry, "name"),
                                      f"source name {name!r} must be letters, digits, _ . -"))
    options = {}
    for key in sorted(kind.required_keys & set(entry)) if kind else ():
        options[key] = problems.attempt(lambda key=key: _string(entry, key, path))
    for key in sorted(kind.optional_keys & set(entry)) if kind else ():
        options[key] = problems.attempt(lambda key=key: _option(entry, key, path))
    owner = problems.attempt(lambda: _string(entry, "owner", path), "") if "owner" in entry else ""
    purposes = problems.attempt(lambda: _string_list(entry, "purposes", path), ())
    description = problems.attempt(lambda: _string(entry, "description", path), "") if "description" in entry else ""
    partners = problems.attempt(lambda: _string_list(entry, "partners", path), ())
    processing = parse_processing(entry, path, problems)
    subject_keys = problems.attempt(lambda: _subject_keys(entry, path), ())
    if len(problems.found) > before:
        problems.broken_sources.add(name)
        return None
    source = Source(
        name=name, kind=kind.name, owner=owner, purposes=purposes, description=description, partners=partners,
        options=options, declared_in=display_path(path), line=line, processing=processing, subject_keys=subject_keys,
    )
    validate = kind.validator()
    problem = validate(source) if validate else None
    if problem:
        problems.add(DeclarationError(path, line, f"{what}: {problem}"))
        problems.broken_sources.add(name)
        return None
    return source


def _subject_keys(entry: dict, path: Path) -> tuple[str, ...]:
    """The columns that hold the person's id in the source: `table.column` (`users.id`,
    `shop.orders.pembeli_id`), or `*.column` for that column in every table (`*.user_id`)."""
    values = _string_list(entry, "subject_keys", path)
    for value in values:
        table, _dot, column = value.rpartition(".")
        _expect(bool(table and column), path, entry, f"subject_keys: {value!r} must be table.column, e.g. users.id",
                key="subject_keys")
    return values


def load_fields_file(path: Path, sources: dict[str, Source], problems: Problems | None = None) -> FieldsFile:
    """Read one fields/*.yaml file: its registrations of fields and of whole tables, and its tables'
    default purposes. Every problem is raised at once (or kept in problems)."""
    document = read_yaml(path)
    _expect(isinstance(document, dict), path, document, "expected a mapping with 'source' and 'tables'")
    _check_keys(document, FIELDS_FILE_KEYS, FIELDS_FILE_KEYS, path, "a fields file")
    source = _string(document, "source", path)
    collected = Problems() if problems is None else problems
    if source not in sources and source not in collected.broken_sources:  # a malformed one is reported already
        raise DeclarationError(path, line_of(document, "source"), f"registrations for undeclared source '{source}'")
    tables = document["tables"]
    if tables is None:
        tables = {}
    _expect(isinstance(tables, dict), path, document, "'tables' must be a mapping of table names", key="tables")
    loaded = FieldsFile([], {}, [], source)
    file = display_path(path)
    shared: dict[Any, Any] = {}  # each value of the usual entries once (a reason, a list of ids), however often written
    for table_name, table in tables.items():
        _parse_table(table, source, str(table_name), path, file, line_of(tables, table_name), loaded, collected, shared)
    if problems is None:
        collected.raise_any()
    return loaded


def _parse_table(table: Any, source: str, table_name: str, path: Path, file: str, table_line: int | None,
                 loaded: FieldsFile, problems: Problems, shared: dict[Any, Any]) -> None:
    """One table of a fields file into loaded: its default purposes, its own registration, its fields."""
    if not isinstance(table, dict):
        problems.add(DeclarationError(path, table_line, f"table '{table_name}' must be a mapping with 'fields'"))
        return
    registers_table = bool(TABLE_REGISTRATION_KEYS & set(table))
    _check_keys(table, TABLE_KEYS, set() if registers_table else {"fields"}, path, f"table '{table_name}'", problems)
    purposes = problems.attempt(lambda: _string_list(table, "purposes", path), ())
    loaded.table_purposes[(source, table_name.casefold())] = purposes
    processing = parse_processing(table, path, problems)
    if registers_table:
        registration = problems.attempt(lambda: _parse_table_registration(
            table, source, table_name, purposes, processing, path, file, table_line))
        if registration is not None:
            loaded.tables.append(registration)
    fields = table.get("fields")
    if fields is None:
        return
    if not isinstance(fields, dict):
        problems.add(DeclarationError(path, line_of(table, "fields"),
                                      f"'fields' of table '{table_name}' must be a mapping"))
        return
    for field_name, entry in fields.items():
        line = line_of(fields, field_name)
        field_name = intern(str(field_name))  # an estate's 100,000 fields share a few thousand names
        plain = _plain_field(entry, shared)
        if plain is not None:
            registration = Registration(source, table_name, field_name, table_purposes=purposes, file=file,
                                        line=line, table_processing=processing, **plain)
        else:
            registration = problems.attempt(lambda field_name=field_name, entry=entry, line=line: _parse_field(
                entry, source, table_name, field_name, purposes, processing, path, file, line))
        if registration is not None:
            loaded.registrations.append(registration)


# The keys of the usual field entry, by the type of value each holds ({categories: [A.1.1]},
# {personal: false, reason: ...}): an entry of these alone, well formed, is read by _plain_field.
_PLAIN_LISTS = frozenset({"categories", "purposes", "partners"})
_PLAIN_TEXTS = frozenset({"reason", "note", "references"})
_PLAIN_FLAGS = frozenset({"personal", "draft"})


def _plain_field(entry: Any, shared: dict[Any, Any]) -> dict[str, Any] | None:
    """A field entry's values as _parse_field reads them, when the entry holds only lists of
    plain text, non-empty texts and true/false under keys of a registration (the usual entry, read
    fast); None for any other, which _parse_field reads and checks in full. Equal texts and lists
    are one object (kept in shared)."""
    if not isinstance(entry, dict):
        return None
    values = {}
    for key, value in entry.items():
        if key in _PLAIN_LISTS and isinstance(value, list) and all(type(item) is str for item in value):
            items = tuple(item.strip() for item in value)
            values[key] = shared.setdefault(items, items)
        elif key in _PLAIN_TEXTS and type(value) is str and value.strip():
            text = value.strip()
            values[key] = shared.setdefault(text, text)
        elif key in _PLAIN_FLAGS and type(value) is bool:
            values[key] = value
        else:
            return None
    if values.get("personal") is False and values.get("categories"):
        return None  # a contradiction: _parse_field reports it
    return values


def _personal_facts(entry: dict, what: str, path: Path, line: int | None) -> tuple:
    """categories, personal, reason, draft of a field's or a table's registration (a missing reason is a finding)."""
    problems = Problems()
    categories = problems.attempt(lambda: _string_list(entry, "categories", path), ())
    personal = entry.get("personal", True)
    if not isinstance(personal, bool):
        problems.add(DeclarationError(path, line_of(entry, "personal"), f"{what}: 'personal' must be true or false"))
    reason = problems.attempt(lambda: _string(entry, "reason", path), "") if "reason" in entry else ""
    if personal is False and categories:
        problems.add(DeclarationError(path, line, f"{what}: 'personal: false' contradicts its categories"))
    draft = entry.get("draft", False)
    if not isinstance(draft, bool):
        problems.add(DeclarationError(path, line_of(entry, "draft"), f"{what}: 'draft' must be true or false"))
    problems.raise_any()
    return categories, personal, reason, draft


def _parse_table_registration(
    table: dict, source: str, name: str, purposes: tuple[str, ...], processing: Processing, path: Path, file: str,
    line: int | None,
) -> TableRegistration:
    categories, personal, reason, draft = _personal_facts(table, f"table '{name}'", path, line)
    return TableRegistration(
        source=source, table=name, categories=categories, purposes=purposes, personal=personal, reason=reason,
        partners=_string_list(table, "partners", path), note=_string(table, "note", path) if "note" in table else "",
        file=file, line=line, draft=draft, processing=processing,
    )


def _parse_field(
    entry: Any, source: str, table: str, name: str, table_purposes: tuple[str, ...], table_processing: Processing,
    path: Path, file: str, line: int | None,
) -> Registration:
    what = f"field '{table}.{name}'"
    if not isinstance(entry, dict):
        raise DeclarationError(path, line, f"{what} must be a mapping such as {{categories: [A.1.1]}}")
    problems = Problems()
    _check_keys(entry, FIELD_KEYS, set(), path, what, problems)
    facts = problems.attempt(lambda: _personal_facts(entry, what, path, line))
    purposes = problems.attempt(lambda: _string_list(entry, "purposes", path), ())
    partners = problems.attempt(lambda: _string_list(entry, "partners", path), ())
    note = problems.attempt(lambda: _string(entry, "note", path), "") if "note" in entry else ""
    references = problems.attempt(lambda: _string(entry, "references", path), "") if "references" in entry else ""
    processing = parse_processing(entry, path, problems)
    problems.raise_any()
    categories, personal, reason, draft = facts
    return Registration(
        source=source,
        table=table,
        field=name,
        categories=categories,
        purposes=purposes,
        table_purposes=table_purposes,
        personal=personal,
        reason=reason,
        partners=partners,
        note=note,
        file=file,
        line=line,
        draft=draft,
        references=references,
        processing=processing,
        table_processing=table_processing,
    )


def parse_processing(mapping: dict, path: Path, problems: Problems | None = None) -> Processing:
    """The record-of-processing keys of a source, table or field; legal bases checked against Pasal 20.
    Each malformed key is raised (or kept in problems, and left undeclared)."""
    collected = Problems() if problems is None else problems

    def declared(key: str, read: Any) -> Any:
        return collected.attempt(read) if key in mapping else None

    processing = Processing(
        recipients=declared("recipients", lambda: _string_list(mapping, "recipients", path)),
        retention=declared("retention", lambda: _string(mapping, "retention", path)),
        legal_basis=declared("legal_basis", lambda: tuple(
            _legal_basis(value, mapping, path) for value in _string_list(mapping, "legal_basis", path))),
        data_subjects=declared("data_subjects", lambda: _string_list(mapping, "data_subjects", path)),
    )
    if problems is None:
        collected.raise_any()
    return processing


def _legal_basis(value: str, mapping: dict, path: Path) -> str:
    basis = re.sub(r"[\s_]+", "-", value.strip().casefold())
    if basis not in LEGAL_BASES:
        raise DeclarationError(
            path, line_of(mapping, "legal_basis"),
            f"legal_basis {value!r} is not a basis of UU PDP Pasal 20 (one of: {', '.join(LEGAL_BASES)})",
        )
    return basis


def _expect(condition: bool, path: Path, node: Any, message: str, key: str | None = None) -> None:
    if not condition:
        raise DeclarationError(path, line_of(node, key), message)


def _check_keys(mapping: dict, allowed: set[str], required: set[str], path: Path, what: str,
                problems: Problems | None = None) -> None:
    """Every unknown key and every missing required key: raised together, or kept in problems."""
    collected = Problems() if problems is None else problems
    for key in mapping:
        if key not in allowed:
            collected.add(DeclarationError(
                path, line_of(mapping, key),
                f"unknown key {key!r} in {what} (expected one of: {', '.join(sorted(allowed))})"
            ))
    for key in sorted(required):
        if key not in mapping:
            collected.add(DeclarationError(path, line_of(mapping), f"{what} is missing the key '{key}'"))
    if problems is None:
        collected.raise_any()


_KIND_OF_VALUE = {bool: "true/false", list: "a list", dict: "a mapping", int: "a number", float: "a number"}


def _string(mapping: dict, key: str, path: Path) -> str:
    value = mapping.get(key)
    if not isinstance(value, str) or not value.strip():
        # the value's type, not the value: a URL given as a list would show its password
        shown = repr(value) if isinstance(value, str) or value is None else next(
            (kind for kind_type, kind in _KIND_OF_VALUE.items() if isinstance(value, kind_type)), "a value")
        raise DeclarationError(path, line_of(mapping, key), f"'{key}' must be a non-empty string, not {shown}")
    return value.strip()


def _option(mapping: dict, key: str, path: Path) -> Any:
    """An optional key of a kind: a string, a number, true/false or a list of names (the kind's
    validate checks which); required keys are always strings."""
    value = mapping.get(key)
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, (int, float)):
        return float(value) if isinstance(value, float) else int(value)
    if isinstance(value, str) and value and not value.strip():
        return str(value)
    if isinstance(value, list):
        _expect(all(isinstance(v, str) and v.strip() for v in value), path, mapping,
                f"'{key}' must be a list of names", key=key)
        return tuple(v.strip() for v in value)
    return _string(mapping, key, path)


def _string_list(mapping: dict, key: str, path: Path) -> tuple[str, ...]:
    value = mapping.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise DeclarationError(path, line_of(mapping, key), f"'{key}' must be a list of ids such as [B.1, B.3.4]")
    return tuple(str(v).strip() for v in value)
