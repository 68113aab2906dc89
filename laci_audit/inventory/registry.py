"""Edit inventory/fields/*.yaml in place: add, update or confirm the registration of a field, or
of a whole table (a request whose field is ''); and check that what is registered was scanned.

Each edit is a read-modify-write of one file under an exclusive lock (`.<name>.lock` beside it),
written atomically. ruamel round-trip keeps the comments, key order, blank lines and quoting of
everything the edit does not touch.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import ScalarString

from laci_audit.errors import DeclarationError, RegistrationError
from laci_audit.fileio import display_path, locked, read_text, write_atomically
from laci_audit.inventory.declarations import load_sources
from laci_audit.inventory.layout import InventoryFolder
from laci_audit.policy.taxonomy import Taxonomy, load_inventory_taxonomy
from laci_audit.records import Field, Source
from laci_audit.yamlio import (
    append_key,
    carry_item_comments,
    edit_keeping_layout,
    flow_seq,
    flow_text,
    line_of,
    load_yaml,
    own_copy,
    parse_yaml,
    round_trip_yaml,
    yaml_key,
)

if TYPE_CHECKING:
    from laci_audit.classify import Suggestion

# The order of keys in a field's registration that the tool writes (existing order is kept); a
# table's registration keys come before its `fields`.
FIELD_KEY_ORDER = ("categories", "purposes", "personal", "reason", "partners", "note", "draft", "fields")


@dataclass(frozen=True)
class RegistrationRequest:
    """What a person (or the classifier, as a draft) says about one field, or about a whole table
    when field is '' (it then applies to each field of the table not registered on its own)."""

    table: str
    field: str
    categories: tuple[str, ...] = ()
    purposes: tuple[str, ...] | None = None
    personal: bool = True
    reason: str = ""
    draft: bool = False


@dataclass(frozen=True)
class Change:
    """One registration as it was and as it is now, for the command line to print."""

    file: str
    line: int | None
    source: str
    table: str
    field: str
    before: str | None
    after: str

    def describe(self) -> str:
        """One line: where, which field (or table), and before -> after."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        name = f"{self.source} {self.table}.{self.field}" if self.field else f"{self.source} table {self.table}"
        if self.before is None:
            return f"{where}: {name}: added {self.after}"
        if self.before == self.after:
            return f"{where}: {name}: unchanged {self.after}"
        return f"{where}: {name}: {self.before} -> {self.after}"


@dataclass(frozen=True)
class _Edited:
    table: str
    field: str
    before: str | None


def register_field(inventory_dir: Path, source: str, request: RegistrationRequest) -> Change | None:
    """Add or update one field's registration in the fields file of its source, or a whole table's
    when request.field is '' (None: a draft met a registration)."""
    changes = register_fields(inventory_dir, source, [request])
    return changes[0] if changes else None


def register_fields(
    inventory_dir: Path, source: str, requests: list[RegistrationRequest],
    taxonomy: Taxonomy | None = None, sources: dict[str, Source] | None = None,
) -> list[Change]:
    """Add or update registrations of one source's fields in one locked, atomic write of its file.

    A draft request never touches a field that is already registered. The taxonomy and declared
    sources are read from the inventory unless the caller already has them."""
    taxonomy = load_inventory_taxonomy(inventory_dir) if taxonomy is None else taxonomy
    for request in requests:
        check_request(request, taxonomy)

    def edit(tables: CommentedMap, path: Path) -> list[_Edited]:
        edited = [_apply(tables, request, path) for request in requests]
        return [e for e in edited if e is not None]

    return _edit_fields_file(inventory_dir, source, edit, create=True, sources=sources)


def confirm_drafts(inventory_dir: Path, source: str, table: str | None = None, field: str | None = None) -> list[Change]:
    """Remove 'draft: true' from the source's registrations (of one table, or one field): a person confirmed them."""

    def edit(tables: CommentedMap, path: Path) -> list[_Edited]:
        table_keys = list(tables) if table is None else [_find_key(tables, table)]
        if None in table_keys:
            raise RegistrationError(f"{display_path(path)}: no table '{table}' is registered for source '{source}'")
        edited = []
        for table_key in table_keys:
            entry = tables[table_key]
            if field is None and isinstance(entry, dict) and entry.get("draft") is True:
                before = flow_text(_table_facts(entry))
                del own_copy(tables, table_key)["draft"]
                edited.append(_Edited(str(table_key), "", before))
            if isinstance(entry, dict) and entry.get("fields") is None and field is None:
                continue
            fields = _fields_of(tables, table_key, path)
            field_keys = list(fields) if field is None else [_find_key(fields, field)]
            if None in field_keys:
                raise RegistrationError(f"{display_path(path)}: {table_key}.{field} is not registered")
            for field_key in field_keys:
                entry = fields[field_key]
                if isinstance(entry, dict) and entry.get("draft") is True:
                    before = flow_text(entry)
                    del own_copy(fields, field_key)["draft"]
                    edited.append(_Edited(str(table_key), str(field_key), before))
        return edited

    return _edit_fields_file(inventory_dir, source, edit, create=False)


def write_draft_registrations(
    inventory_dir: Path, suggestions: Iterable[tuple[Field, Suggestion]],
    taxonomy: Taxonomy | None = None, sources: dict[str, Source] | None = None,
    table_sizes: dict[tuple[str, str], int] | None = None,
) -> list[Change]:
    """Write the classifier's suggestions for unregistered personal fields as drafts ('draft: true').

    A table whose every field (table_sizes: how many the scan found, by source and casefolded
    table) is suggested under the same first category gets one table-level draft instead: a whole
    record of one kind, registered in one line. Fields already registered, and suggestions that are
    not personal or name no category of the policy (personal data the policy does not cover: a
    person must decide), are left alone. The taxonomy and declared sources are read from the
    inventory unless the caller already has them."""
    folder = InventoryFolder(inventory_dir)
    taxonomy = load_inventory_taxonomy(inventory_dir) if taxonomy is None else taxonomy
    sources = load_sources(folder.sources_file) if sources is None else sources
    by_table: dict[tuple[str, str], list[tuple[Field, tuple[str, ...]]]] = {}
    for found, suggestion in suggestions:
        categories = tuple(c for c in suggestion.categories if taxonomy.is_category(c))
        if suggestion.personal and categories:
            by_table.setdefault((found.source, found.table), []).append((found, categories))
    by_source: dict[str, list[RegistrationRequest]] = {}
    for (source, table), drafted in by_table.items():
        firsts = {categories[0] for _found, categories in drafted}
        whole = table_sizes is not None and len(drafted) == table_sizes.get((source, table.casefold()), -1) > 1
        if whole and len(firsts) == 1:
            by_source.setdefault(source, []).append(RegistrationRequest(table, "", categories=tuple(firsts), draft=True))
            continue
        by_source.setdefault(source, []).extend(
            RegistrationRequest(found.table, found.name, categories=categories, draft=True) for found, categories in drafted)
    return [change for source, requests in by_source.items()
            for change in register_fields(inventory_dir, source, requests, taxonomy, sources)]


def closest_names(name: str, names: Iterable[str]) -> list[str]:
    """The names most like name (compared without case), best first, for a 'did you mean' hint."""
    by_folded = {str(n).casefold(): str(n) for n in names}
    return [by_folded[n] for n in difflib.get_close_matches(name.casefold(), list(by_folded), n=3, cutoff=0.6)]


def _did_you_mean(name: str, names: Iterable[str]) -> str:
    close = closest_names(name, names)
    return f" (did you mean {' or '.join(close)}?)" if close else ""


def check_seen(inventory_dir: Path, source: str, table: str, field: str = "",
               sources: dict[str, Source] | None = None) -> None:
    """Refuse to register a source, table or field (field '': a whole table) that a scan of the source
    does not find, naming the closest names; a source that cannot be read cannot vouch for it either."""
    from laci_audit.sources.scan import scan_source

    declared = load_sources(InventoryFolder(inventory_dir).sources_file) if sources is None else sources
    if source not in declared:
        raise RegistrationError(f"source '{source}' is not declared{_did_you_mean(source, declared)} "
                                f"(declared: {', '.join(sorted(declared)) or 'none'})")
    scan = scan_source(declared[source], inventory_dir)
    tables: dict[str, dict[str, str]] = {}
    for found in scan.fields:
        tables.setdefault(found.table.casefold(), {"": found.table})[found.name.casefold()] = found.name
    ahead = "; --ahead registers it before a migration creates it"
    columns = tables.get(table.casefold())
    if columns is not None and (not field or field.casefold() in columns):
        return
    if scan.error:
        raise RegistrationError(f"source '{source}' could not be read ({scan.error}), so laci-audit cannot check "
                                f"that {table}{'.' + field if field else ''} exists: fix the source{ahead}")
    if columns is None:
        spelt = [names[""] for names in tables.values()]
        raise RegistrationError(f"source '{source}' has no table '{table}'{_did_you_mean(table, spelt)}{ahead}")
    spelt = [name for key, name in columns.items() if key]
    raise RegistrationError(f"table {columns['']} of source '{source}' has no field '{field}'"
                            f"{_did_you_mean(field, spelt)}{ahead}")


def check_request(request: RegistrationRequest, taxonomy: Taxonomy) -> None:
    """Refuse ids the policy lacks and contradictory requests, before any file is touched."""
    name = f"{request.table}.{request.field}" if request.field else f"table {request.table}"
    if not request.table.strip() or (request.field and not request.field.strip()):
        raise RegistrationError("table and field names must not be empty")
    for category in request.categories:
        if not taxonomy.is_category(category):
            raise RegistrationError(f"unknown category '{category}' (policy {taxonomy.version} has "
                                    f"{_id_range(taxonomy.categories())})")
    for purpose in request.purposes or ():
        if not taxonomy.is_purpose(purpose):
            raise RegistrationError(f"unknown purpose '{purpose}' (policy {taxonomy.version} has "
                                    f"{_id_range(taxonomy.purposes())})")
    if not request.personal:
        if request.categories or request.purposes:
            raise RegistrationError(f"{name}: a field that is not personal data has no categories or purposes")
        if not request.reason.strip():
            raise RegistrationError(f"{name}: say why it is not personal data (--reason)")


def fields_file_for(inventory_dir: Path, source: str) -> Path | None:
    """The fields file whose `source:` is source (fields/<source>.yaml is looked at first), or None."""
    folder = InventoryFolder(inventory_dir)
    if not folder.fields_dir.is_dir():
        return None
    conventional = folder.fields_dir / f"{source}.yaml"
    others = [p for p in folder.fields_files() if p != conventional]
    candidates = [conventional, *others] if conventional.exists() else others
    names_it = re.compile(rf"^source:[ \t]*(['\"]?){re.escape(source)}\1[ \t]*(#.*)?$", re.MULTILINE)
    for path in candidates:
        if names_it.search(path.read_text(encoding="utf-8", errors="replace")):
            return path
    for path in candidates:
        document = load_yaml(path)
        if isinstance(document, dict) and document.get("source") == source:
            return path
    return None


def _edit_fields_file(
    inventory_dir: Path, source: str, edit: Callable[[CommentedMap, Path], list[_Edited]], create: bool,
    sources: dict[str, Source] | None = None,
) -> list[Change]:
    """Lock the source's fields file, read it, apply edit, write it atomically; the changes made."""
    folder = InventoryFolder(inventory_dir)
    declared = load_sources(folder.sources_file) if sources is None else sources
    if source not in declared:
        raise RegistrationError(
            f"source '{source}' is not declared in {display_path(folder.sources_file)}"
            f"{_did_you_mean(source, declared)} "
            f"(declared: {', '.join(sorted(declared)) or 'none'})"
        )
    path = fields_file_for(inventory_dir, source)
    if path is None and not create:
        raise RegistrationError(f"source '{source}' has no fields file under {display_path(folder.fields_dir)}")
    path = path or folder.fields_dir / f"{source}.yaml"
    with locked(path):
        document, old_text = _read_fields_document(path, declared[source])
        text, edited = edit_keeping_layout(document, old_text, lambda: edit(document["tables"], path))
        if not edited:
            return []
        written = round_trip_yaml().load(text)["tables"]
        if text != old_text:
            write_atomically(path, text)
    changes = []
    for item in edited:
        if not item.field:
            changes.append(Change(display_path(path), line_of(written, item.table), source, item.table, "",
                                  item.before, flow_text(_table_facts(written[item.table]))))
            continue
        fields = written[item.table]["fields"]
        changes.append(Change(display_path(path), line_of(fields, item.field), source, item.table, item.field,
                              item.before, flow_text(fields[item.field])))
    return changes


def _table_facts(table: dict) -> dict:
    """A table's own registration keys (what `register SOURCE TABLE` writes), without its fields."""
    return {key: value for key, value in table.items() if key != "fields"}


def _read_fields_document(path: Path, source: Source) -> tuple[CommentedMap, str | None]:
    """The fields file of source read round-trip, and its text; a new one (with a header comment,
    text None) when there is none."""
    if not path.exists():
        document = round_trip_yaml().load(_new_file_header(source) + "source: placeholder\n")
        document["source"] = source.name
        document["tables"] = CommentedMap()
        return document, None
    text = read_text(path)
    document = parse_yaml(text, path)
    if not isinstance(document, dict) or document.get("source") != source.name:
        raise DeclarationError(path, line_of(document), f"expected the registrations of source '{source.name}' here")
    if document.get("tables") is None:
        document["tables"] = CommentedMap()
    if not isinstance(document["tables"], dict):
        raise DeclarationError(path, line_of(document, "tables"), "'tables' must be a mapping of table names")
    if not document["tables"]:
        document["tables"].fa.set_block_style()
    return document, text


def _new_file_header(source: Source) -> str:
    defaults = f"purposes {', '.join(source.purposes)}" if source.purposes else "no default purposes"
    return (
        f"# Field registrations for source `{source.name}` ({source.kind}: {source.location}), owned by {source.owner_label}.\n"
        f"# Source defaults: {defaults}. Written by laci-audit; review changes here like code.\n"
    )


def _apply(tables: CommentedMap, request: RegistrationRequest, path: Path) -> _Edited | None:
    """Put one request into the tables mapping; None when a draft meets an existing registration."""
    table_key = _find_key(tables, request.table)
    if not request.field:
        return _apply_table(tables, table_key, request, path)
    if table_key is None:
        table_key = yaml_key(request.table)
        table = CommentedMap()
        table["fields"] = CommentedMap()
        _append_table(tables, table_key, table)
    fields = _fields_of(tables, table_key, path)
    field_key = _find_key(fields, request.field)
    if field_key is None:
        if request.personal and not request.categories:
            raise RegistrationError(
                f"{request.table}.{request.field}: give at least one category (--category), or --not-personal --reason"
            )
        append_key(fields, yaml_key(request.field), _new_entry(request))
        return _Edited(str(table_key), request.field, None)
    if request.draft:
        return None
    entry = fields[field_key]
    if not isinstance(entry, dict):
        raise DeclarationError(path, line_of(fields, field_key), f"field '{table_key}.{field_key}' must be a mapping")
    before = flow_text(entry)
    _update_entry(own_copy(fields, field_key), request, f"{table_key}.{field_key}")
    return _Edited(str(table_key), str(field_key), before)


def _append_table(tables: CommentedMap, table_key: str, table: CommentedMap) -> None:
    """A new table at the end of the tables mapping, a blank line before it."""
    had_tables = bool(tables)
    append_key(tables, yaml_key(table_key), table)
    if had_tables:
        tables.yaml_set_comment_before_after_key(table_key, before="\n")


def _apply_table(tables: CommentedMap, table_key: Any, request: RegistrationRequest, path: Path) -> _Edited | None:
    """Register a whole table: a new one in one line ({categories: [A.2.5]}), or its keys set on the
    table as written; None when a draft meets a table that is already registered."""
    if table_key is None:
        if request.personal and not request.categories:
            raise RegistrationError(f"table {request.table}: give at least one category (--category), "
                                    f"or --not-personal --reason")
        entry = _new_entry(request)
        _append_table(tables, request.table, entry)
        return _Edited(request.table, "", None)
    table = tables[table_key]
    if not isinstance(table, dict):
        raise DeclarationError(path, line_of(tables, table_key), f"table '{table_key}' must be a mapping with 'fields'")
    registered = any(key in table for key in ("categories", "personal"))
    if request.draft and registered:
        return None
    before = flow_text(_table_facts(table)) if registered else None
    _update_entry(own_copy(tables, table_key), request, f"table {table_key}")
    return _Edited(str(table_key), "", before)


def _fields_of(tables: CommentedMap, table_key: Any, path: Path) -> CommentedMap:
    table = tables[table_key]
    if not isinstance(table, dict):
        raise DeclarationError(path, line_of(tables, table_key), f"table '{table_key}' must be a mapping with 'fields'")
    if table.get("fields") is None:
        if table.fa.flow_style():  # a table registered in one line, now with fields of its own
            table.fa.set_block_style()
        _set(table, "fields", CommentedMap())
    if not isinstance(table["fields"], dict):
        raise DeclarationError(path, line_of(table, "fields"), f"'fields' of table '{table_key}' must be a mapping")
    return table["fields"]


def _new_entry(request: RegistrationRequest) -> CommentedMap:
    entry = CommentedMap()
    if request.personal:
        entry["categories"] = flow_seq(request.categories)
        if request.purposes:
            entry["purposes"] = flow_seq(request.purposes)
    else:
        entry["personal"] = False
        entry["reason"] = request.reason.strip()
    if request.draft:
        entry["draft"] = True
    entry.fa.set_flow_style()
    return entry


def _update_entry(entry: CommentedMap, request: RegistrationRequest, name: str) -> None:
    if request.personal:
        for key in ("personal", "reason"):
            entry.pop(key, None)
        if request.categories:
            _set(entry, "categories", list(request.categories))
        elif not entry.get("categories"):
            raise RegistrationError(f"{name}: give at least one category (--category), or --not-personal --reason")
        if request.purposes:
            _set(entry, "purposes", list(request.purposes))
        elif request.purposes is not None:
            entry.pop("purposes", None)
    else:  # a table's purposes stay: they are the defaults of its fields registered on their own
        for key in ("categories",) if request.field == "" else ("categories", "purposes"):
            entry.pop(key, None)
        _set(entry, "personal", False)
        _set(entry, "reason", request.reason.strip())
    if request.draft:
        _set(entry, "draft", True)
    else:
        entry.pop("draft", None)


def _set(entry: CommentedMap, key: str, value: Any) -> None:
    """Set key in a registration, keeping the style of the value it replaces, or its canonical place."""
    old = entry.get(key)
    if isinstance(value, list):
        new = CommentedSeq(value)
        if old is None or not isinstance(old, CommentedSeq) or old.fa.flow_style():
            new.fa.set_flow_style()
        else:
            carry_item_comments(old, new)
        value = new
    elif isinstance(old, ScalarString) and isinstance(value, str):
        value = type(old)(value)
    if key in entry:
        entry[key] = value
        return
    if key == "fields":
        entry[key] = value
        return
    rank = FIELD_KEY_ORDER.index(key)
    position = sum(1 for existing in entry if existing in FIELD_KEY_ORDER and FIELD_KEY_ORDER.index(existing) < rank)
    entry.insert(position, key, value)


def _find_key(mapping: dict, name: str) -> Any:
    """The key of mapping that is name, compared without case as SQL names are."""
    wanted = name.casefold()
    return next((key for key in mapping if str(key).casefold() == wanted), None)


def _id_range(items: list) -> str:
    ids = [item.id for item in items]
    return f"{ids[0]} .. {ids[-1]}; see `laci-audit policy show`" if ids else "none"
