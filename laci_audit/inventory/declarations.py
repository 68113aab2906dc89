"""Load and validate inventory/sources.yaml and inventory/fields/*.yaml.

Every malformed declaration raises DeclarationError naming the file and line. Ids of policy
categories and purposes are not checked here: an id the policy lacks is an audit finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from laci_audit.errors import DeclarationError
from laci_audit.fileio import display_path
from laci_audit.inventory.layout import InventoryFolder
from laci_audit.records import Processing, Registration, Source, field_key
from laci_audit.sources import KINDS
from laci_audit.yamlio import line_of, read_yaml

SOURCE_KEYS = {"name", "kind", "owner", "purposes", "description", "partners", "subject_keys"}
REQUIRED_SOURCE_KEYS = {"name", "kind", "owner"}
FIELDS_FILE_KEYS = {"source", "tables"}
TABLE_KEYS = {"purposes", "fields"}
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

    def registration_index(self) -> dict[tuple[str, str, str], Registration]:
        """Registrations by (source, table, field), names compared without case."""
        return {(r.source, *field_key(r.table, r.field)): r for r in self.registrations}


def load_declarations(inventory_dir: Path) -> Declarations:
    """Read sources.yaml and every fields/*.yaml under inventory_dir."""
    folder = InventoryFolder(inventory_dir)
    sources = load_sources(folder.sources_file)
    registrations: list[Registration] = []
    table_purposes: dict[tuple[str, str], tuple[str, ...]] = {}
    seen: dict[tuple[str, str, str], Registration] = {}
    for path in folder.fields_files():
        file_registrations, file_tables = load_fields_file(path, sources)
        for registration in file_registrations:
            key = (registration.source, *field_key(registration.table, registration.field))
            if key in seen:
                first = seen[key]
                raise DeclarationError(
                    path, registration.line,
                    f"{registration.table}.{registration.field} of source '{registration.source}' "
                    f"is registered twice (first at {first.file}:{first.line})",
                )
            seen[key] = registration
        registrations.extend(file_registrations)
        table_purposes.update(file_tables)
    return Declarations(sources, registrations, table_purposes)


def load_sources(path: Path) -> dict[str, Source]:
    """Read and validate sources.yaml."""
    if not path.exists():
        raise DeclarationError(path, None, "no sources file: declare the data sources here")
    document = read_yaml(path)
    _expect(isinstance(document, dict), path, document, "expected a mapping with a 'sources' list")
    _check_keys(document, {"sources"}, {"sources"}, path, "the sources file")
    entries = document["sources"]
    _expect(isinstance(entries, list), path, document, "'sources' must be a list", key="sources")
    sources: dict[str, Source] = {}
    for index, entry in enumerate(entries):
        line = line_of(entries, index)
        source = _parse_source(entry, path, line)
        if source.name in sources:
            first = sources[source.name]
            raise DeclarationError(path, line, f"duplicate source name '{source.name}' (first at line {first.line})")
        sources[source.name] = source
    return sources


def _parse_source(entry: Any, path: Path, line: int | None) -> Source:
    if not isinstance(entry, dict):
        raise DeclarationError(path, line, "each source must be a mapping with name, kind, owner, ...")
    kind_name = entry.get("kind")
    kind = KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if "kind" in entry and kind is None:
        raise DeclarationError(
            path, line_of(entry, "kind"), f"unknown source kind {kind_name!r} (known: {', '.join(sorted(KINDS))})"
        )
    what = f"source '{entry.get('name', '?')}'"
    allowed = SOURCE_KEYS | (kind.required_keys | kind.optional_keys if kind else set())
    required = REQUIRED_SOURCE_KEYS | (kind.required_keys if kind else set())
    _check_keys(entry, allowed, required, path, what)
    name = _string(entry, "name", path)
    _expect(bool(_SOURCE_NAME.match(name)), path, entry, f"source name {name!r} must be letters, digits, _ . -", key="name")
    options = {k: _string(entry, k, path) for k in sorted(kind.required_keys)}
    options.update({k: _option(entry, k, path) for k in sorted(kind.optional_keys & set(entry))})
    source = Source(
        name=name,
        kind=kind.name,
        owner=_string(entry, "owner", path),
        purposes=_string_list(entry, "purposes", path),
        description=_string(entry, "description", path) if "description" in entry else "",
        partners=_string_list(entry, "partners", path),
        options=options,
        declared_in=display_path(path),
        line=line,
        processing=parse_processing(entry, path),
        subject_keys=_subject_keys(entry, path),
    )
    validate = kind.validator()
    problem = validate(source) if validate else None
    if problem:
        raise DeclarationError(path, line, f"{what}: {problem}")
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


def load_fields_file(
    path: Path, sources: dict[str, Source]
) -> tuple[list[Registration], dict[tuple[str, str], tuple[str, ...]]]:
    """Read one fields/*.yaml file: its registrations and its tables' default purposes."""
    document = read_yaml(path)
    _expect(isinstance(document, dict), path, document, "expected a mapping with 'source' and 'tables'")
    _check_keys(document, FIELDS_FILE_KEYS, FIELDS_FILE_KEYS, path, "a fields file")
    source = _string(document, "source", path)
    if source not in sources:
        raise DeclarationError(path, line_of(document, "source"), f"registrations for undeclared source '{source}'")
    tables = document["tables"]
    _expect(isinstance(tables, dict), path, document, "'tables' must be a mapping of table names", key="tables")
    registrations: list[Registration] = []
    table_purposes: dict[tuple[str, str], tuple[str, ...]] = {}
    for table_name, table in tables.items():
        table_line = line_of(tables, table_name)
        if not isinstance(table, dict):
            raise DeclarationError(path, table_line, f"table '{table_name}' must be a mapping with 'fields'")
        _check_keys(table, TABLE_KEYS, {"fields"}, path, f"table '{table_name}'")
        purposes = _string_list(table, "purposes", path)
        table_purposes[(source, str(table_name).casefold())] = purposes
        processing = parse_processing(table, path)
        fields = table["fields"]
        _expect(isinstance(fields, dict), path, table, f"'fields' of table '{table_name}' must be a mapping", key="fields")
        for field_name, entry in fields.items():
            registrations.append(
                _parse_field(entry, source, str(table_name), str(field_name), purposes, processing, path,
                             line_of(fields, field_name))
            )
    return registrations, table_purposes


def _parse_field(
    entry: Any, source: str, table: str, name: str, table_purposes: tuple[str, ...], table_processing: Processing,
    path: Path, line: int | None,
) -> Registration:
    what = f"field '{table}.{name}'"
    if not isinstance(entry, dict):
        raise DeclarationError(path, line, f"{what} must be a mapping such as {{categories: [A.1.1]}}")
    _check_keys(entry, FIELD_KEYS, set(), path, what)
    categories = _string_list(entry, "categories", path)
    personal = entry.get("personal", True)
    if not isinstance(personal, bool):
        raise DeclarationError(path, line_of(entry, "personal"), f"{what}: 'personal' must be true or false")
    reason = _string(entry, "reason", path) if "reason" in entry else ""
    if not personal and not reason:
        raise DeclarationError(path, line, f"{what}: 'personal: false' needs a 'reason'")
    if not personal and categories:
        raise DeclarationError(path, line, f"{what}: 'personal: false' contradicts its categories")
    draft = entry.get("draft", False)
    if not isinstance(draft, bool):
        raise DeclarationError(path, line_of(entry, "draft"), f"{what}: 'draft' must be true or false")
    return Registration(
        source=source,
        table=table,
        field=name,
        categories=categories,
        purposes=_string_list(entry, "purposes", path),
        table_purposes=table_purposes,
        personal=personal,
        reason=reason,
        partners=_string_list(entry, "partners", path),
        note=_string(entry, "note", path) if "note" in entry else "",
        file=display_path(path),
        line=line,
        draft=draft,
        references=_string(entry, "references", path) if "references" in entry else "",
        processing=parse_processing(entry, path),
        table_processing=table_processing,
    )


def parse_processing(mapping: dict, path: Path) -> Processing:
    """The record-of-processing keys of a source, table or field; legal bases checked against Pasal 20."""
    bases = None
    if "legal_basis" in mapping:
        bases = tuple(_legal_basis(value, mapping, path) for value in _string_list(mapping, "legal_basis", path))
    return Processing(
        recipients=_string_list(mapping, "recipients", path) if "recipients" in mapping else None,
        retention=_string(mapping, "retention", path) if "retention" in mapping else None,
        legal_basis=bases,
        data_subjects=_string_list(mapping, "data_subjects", path) if "data_subjects" in mapping else None,
    )


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


def _check_keys(mapping: dict, allowed: set[str], required: set[str], path: Path, what: str) -> None:
    for key in mapping:
        if key not in allowed:
            raise DeclarationError(
                path, line_of(mapping, key), f"unknown key {key!r} in {what} (expected one of: {', '.join(sorted(allowed))})"
            )
    for key in sorted(required):
        if key not in mapping:
            raise DeclarationError(path, line_of(mapping), f"{what} is missing the key '{key}'")


def _string(mapping: dict, key: str, path: Path) -> str:
    value = mapping.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DeclarationError(path, line_of(mapping, key), f"'{key}' must be a non-empty string, not {value!r}")
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
