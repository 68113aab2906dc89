"""Edit inventory/fields/*.yaml in place: add, update or confirm the registration of a field.

Each edit is a read-modify-write of one file under an exclusive lock (`.<name>.lock` beside it),
written atomically. ruamel round-trip keeps the comments, key order, blank lines and quoting of
everything the edit does not touch.
"""

from __future__ import annotations

import copy
import difflib
import fcntl
import io
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import ScalarString
from ruamel.yaml.tokens import CommentToken

from laci_audit.inventory.declarations import FIELDS_DIR, SOURCES_FILE, load_sources
from laci_audit.errors import DeclarationError, RegistrationError
from laci_audit.fileio import display_path
from laci_audit.policy.taxonomy import TAXONOMY_FILE, Taxonomy, load_taxonomy
from laci_audit.records import Field, Source
from laci_audit.yamlio import (
    keep_layout, line_of, load_yaml, parse_yaml, read_text, round_trip_yaml, write_atomically,
)

if TYPE_CHECKING:
    from laci_audit.classify import Suggestion

# The order of keys in a field's registration that the tool writes (existing order is kept).
FIELD_KEY_ORDER = ("categories", "purposes", "personal", "reason", "partners", "note", "draft")
# Wide enough that no existing flow mapping is ever folded onto two lines.
_NEVER_FOLD = 4096
LOCK_TIMEOUT_SECONDS = 30.0
# A plain scalar in a flow mapping cannot hold these; and these would read back as another type.
_NEEDS_QUOTES = re.compile(r"^$|^[-?:,\[\]{}#&*!|>'\"%@`]|[,\[\]{}]|: |:$| #")
_OTHER_TYPE = re.compile(r"(?i)~|null|true|false|yes|no|on|off|[-+]?(\d[\d_]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+")


@dataclass(frozen=True)
class RegistrationRequest:
    """What a person (or the classifier, as a draft) says about one field."""

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
        """One line: where, which field, and before -> after."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        name = f"{self.source} {self.table}.{self.field}"
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


@dataclass(frozen=True)
class BlockIndent:
    """How a YAML file indents its block nodes, in ruamel's terms: a nested mapping's keys by
    `mapping`, a block sequence's items by `sequence`, with their dash `offset` columns in."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2


DEFAULT_INDENT = BlockIndent()


def block_indent(document: Any, text: str) -> BlockIndent:
    """The indentation the file's own block mappings and sequences use (the default for what it lacks)."""
    lines = text.splitlines()
    mapping = sequence = None
    for parent, key, child in _block_children(document):
        key_column = parent.lc.key(key)[1]
        if mapping is None and isinstance(child, CommentedMap):
            mapping = child.lc.key(next(iter(child)))[1] - key_column
        if sequence is None and isinstance(child, CommentedSeq):
            line, item_column = child.lc.item(0)
            before_item = lines[line][:item_column].rstrip() if line < len(lines) else ""
            if before_item.endswith("-"):
                sequence = (len(before_item) - 1 - key_column, item_column - key_column)
    mapping = mapping if mapping and mapping > 0 else DEFAULT_INDENT.mapping
    if sequence is None or not 0 <= sequence[0] < sequence[1] - 1:
        return BlockIndent(mapping, DEFAULT_INDENT.sequence, DEFAULT_INDENT.offset)
    return BlockIndent(mapping, sequence[1], sequence[0])


def _block_children(node: Any) -> Iterator[tuple[CommentedMap, Any, Any]]:
    """Every non-empty block mapping or sequence that is the value of a key in a block mapping,
    with that mapping and key, in document order."""
    if not isinstance(node, CommentedMap) or node.fa.flow_style():
        return
    for key, child in node.items():
        if isinstance(child, (CommentedMap, CommentedSeq)) and child and not child.fa.flow_style():
            yield node, key, child
            yield from _block_children(child)


def register_field(inventory_dir: Path, source: str, request: RegistrationRequest) -> Change | None:
    """Add or update one field's registration in the fields file of its source (None: a draft met a registration)."""
    changes = register_fields(inventory_dir, source, [request])
    return changes[0] if changes else None


def register_fields(
    inventory_dir: Path, source: str, requests: list[RegistrationRequest],
    taxonomy: Taxonomy | None = None, sources: dict[str, Source] | None = None,
) -> list[Change]:
    """Add or update registrations of one source's fields in one locked, atomic write of its file.

    A draft request never touches a field that is already registered. The taxonomy and declared
    sources are read from the inventory unless the caller already has them."""
    taxonomy = load_taxonomy(inventory_dir / TAXONOMY_FILE) if taxonomy is None else taxonomy
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
            fields = _fields_of(tables, table_key, path)
            field_keys = list(fields) if field is None else [_find_key(fields, field)]
            if None in field_keys:
                raise RegistrationError(f"{display_path(path)}: {table_key}.{field} is not registered")
            for field_key in field_keys:
                entry = fields[field_key]
                if isinstance(entry, dict) and entry.get("draft") is True:
                    before = flow_text(entry)
                    del _own_entry(fields, field_key)["draft"]
                    edited.append(_Edited(str(table_key), str(field_key), before))
        return edited

    return _edit_fields_file(inventory_dir, source, edit, create=False)


def write_draft_registrations(
    inventory_dir: Path, suggestions: Iterable[tuple[Field, Suggestion]],
    taxonomy: Taxonomy | None = None, sources: dict[str, Source] | None = None,
) -> list[Change]:
    """Write the classifier's suggestions for unregistered personal fields as drafts ('draft: true').

    Fields already registered, and suggestions that are not personal or name no category of the policy
    (personal data the policy does not cover: a person must decide), are left alone. The taxonomy and
    declared sources are read from the inventory unless the caller already has them."""
    taxonomy = load_taxonomy(inventory_dir / TAXONOMY_FILE) if taxonomy is None else taxonomy
    sources = load_sources(inventory_dir / SOURCES_FILE) if sources is None else sources
    by_source: dict[str, list[RegistrationRequest]] = {}
    for found, suggestion in suggestions:
        categories = tuple(c for c in suggestion.categories if taxonomy.is_category(c))
        if suggestion.personal and categories:
            by_source.setdefault(found.source, []).append(
                RegistrationRequest(found.table, found.name, categories=categories, draft=True)
            )
    return [change for source, requests in by_source.items()
            for change in register_fields(inventory_dir, source, requests, taxonomy, sources)]


def check_request(request: RegistrationRequest, taxonomy: Taxonomy) -> None:
    """Refuse ids the policy lacks and contradictory requests, before any file is touched."""
    name = f"{request.table}.{request.field}"
    if not request.table.strip() or not request.field.strip():
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
    fields_dir = inventory_dir / FIELDS_DIR
    if not fields_dir.is_dir():
        return None
    conventional = fields_dir / f"{source}.yaml"
    others = sorted(p for p in [*fields_dir.glob("*.yaml"), *fields_dir.glob("*.yml")] if p != conventional)
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


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock on `.<name>.lock` beside path, so writers of that file take turns;
    refuse with RegistrationError when another writer keeps it longer than timeout seconds."""
    lock_path = path.with_name(f".{path.name}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    with open(lock_path, "a+b") as handle:
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise RegistrationError(
                        f"{display_path(path)} is being written by another command (lock {lock_path.name}); try again"
                    ) from None
                time.sleep(0.02)
        yield


def flow_text(entry: Any) -> str:
    """A registration as one line of YAML flow style, such as {categories: [A.1.1], purposes: [B.1]}."""
    parts = []
    for key, value in entry.items():
        shown = f"[{', '.join(_flow_scalar(v) for v in value)}]" if isinstance(value, list) else _flow_scalar(value)
        parts.append(f"{key}: {shown}")
    return "{" + ", ".join(parts) + "}"


def _flow_scalar(value: Any) -> str:
    """A scalar as YAML flow style shows it: plain where YAML allows, else single-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if isinstance(value, str) and (_NEEDS_QUOTES.search(text) or _OTHER_TYPE.fullmatch(text) or text != text.strip()):
        return "'" + text.replace("'", "''") + "'"
    return text


def _edit_fields_file(
    inventory_dir: Path, source: str, edit: Callable[[CommentedMap, Path], list[_Edited]], create: bool,
    sources: dict[str, Source] | None = None,
) -> list[Change]:
    """Lock the source's fields file, read it, apply edit, write it atomically; the changes made."""
    declared = load_sources(inventory_dir / SOURCES_FILE) if sources is None else sources
    if source not in declared:
        raise RegistrationError(
            f"source '{source}' is not declared in {display_path(inventory_dir / SOURCES_FILE)} "
            f"(declared: {', '.join(sorted(declared)) or 'none'})"
        )
    path = fields_file_for(inventory_dir, source)
    if path is None and not create:
        raise RegistrationError(f"source '{source}' has no fields file under {display_path(inventory_dir / FIELDS_DIR)}")
    path = path or inventory_dir / FIELDS_DIR / f"{source}.yaml"
    with locked(path):
        document, old_text = _read_fields_document(path, declared[source])
        indent = block_indent(document, old_text) if old_text is not None else DEFAULT_INDENT
        reprinted = _dump(document, indent) if old_text is not None else None
        tables = document["tables"]
        edited = edit(tables, path)
        if not edited:
            return []
        text = _dump(document, indent)
        if old_text is not None:
            text = _same_data_or(keep_layout(old_text, *_spaced_as_written(old_text, reprinted, text)), text)
        written = round_trip_yaml().load(text)["tables"]
        if text != old_text:
            write_atomically(path, text)
    changes = []
    for item in edited:
        fields = written[item.table]["fields"]
        changes.append(Change(display_path(path), line_of(fields, item.field), source, item.table, item.field,
                              item.before, flow_text(fields[item.field])))
    return changes


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
        f"# Field registrations for source `{source.name}` ({source.kind}: {source.location}), owned by {source.owner}.\n"
        f"# Source defaults: {defaults}. Written by laci-audit; review changes here like code.\n"
    )


def _apply(tables: CommentedMap, request: RegistrationRequest, path: Path) -> _Edited | None:
    """Put one request into the tables mapping; None when a draft meets an existing registration."""
    table_key = _find_key(tables, request.table)
    if table_key is None:
        table_key = request.table
        table = CommentedMap()
        table["fields"] = CommentedMap()
        had_tables = bool(tables)
        _append(tables, table_key, table)
        if had_tables:
            tables.yaml_set_comment_before_after_key(table_key, before="\n")
    fields = _fields_of(tables, table_key, path)
    field_key = _find_key(fields, request.field)
    if field_key is None:
        if request.personal and not request.categories:
            raise RegistrationError(
                f"{request.table}.{request.field}: give at least one category (--category), or --not-personal --reason"
            )
        _append(fields, request.field, _new_entry(request))
        return _Edited(str(table_key), request.field, None)
    if request.draft:
        return None
    entry = fields[field_key]
    if not isinstance(entry, dict):
        raise DeclarationError(path, line_of(fields, field_key), f"field '{table_key}.{field_key}' must be a mapping")
    before = flow_text(entry)
    _update_entry(_own_entry(fields, field_key), request, f"{table_key}.{field_key}")
    return _Edited(str(table_key), str(field_key), before)


def _fields_of(tables: CommentedMap, table_key: Any, path: Path) -> CommentedMap:
    table = tables[table_key]
    if not isinstance(table, dict):
        raise DeclarationError(path, line_of(tables, table_key), f"table '{table_key}' must be a mapping with 'fields'")
    if table.get("fields") is None:
        table["fields"] = CommentedMap()
    if not isinstance(table["fields"], dict):
        raise DeclarationError(path, line_of(table, "fields"), f"'fields' of table '{table_key}' must be a mapping")
    return table["fields"]


def _own_entry(fields: CommentedMap, field_key: Any) -> CommentedMap:
    """The field's registration, ready to edit: an anchored one (which aliases may share) is first
    replaced by a copy of its own, so the fields that share it keep their value."""
    entry = fields[field_key]
    if not _anchored(entry):
        return entry
    own = CommentedMap((key, value if _anchored(value) else copy.deepcopy(value)) for key, value in entry.items())
    if entry.fa.flow_style():
        own.fa.set_flow_style()
    fields[field_key] = own
    return own


def _anchored(node: Any) -> bool:
    anchor = getattr(node, "anchor", None)
    return anchor is not None and anchor.value is not None


def _new_entry(request: RegistrationRequest) -> CommentedMap:
    entry = CommentedMap()
    if request.personal:
        entry["categories"] = _flow_seq(request.categories)
        if request.purposes:
            entry["purposes"] = _flow_seq(request.purposes)
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
    else:
        for key in ("categories", "purposes"):
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
            _carry_item_comments(old, new)
        value = new
    elif isinstance(old, ScalarString) and isinstance(value, str):
        value = type(old)(value)
    if key in entry:
        entry[key] = value
        return
    rank = FIELD_KEY_ORDER.index(key)
    position = sum(1 for existing in entry if existing in FIELD_KEY_ORDER and FIELD_KEY_ORDER.index(existing) < rank)
    entry.insert(position, key, value)


def _carry_item_comments(old: CommentedSeq, new: CommentedSeq) -> None:
    """Give new's items the end-of-line comments old had on the same values; the lines that followed
    old's last item (blank lines, comments) follow new's last item."""
    last_old, last_new = len(old) - 1, len(new) - 1
    for index, item in enumerate(new):
        token = old.ca.items.get(old.index(item), [None])[0] if item in old else None
        if token is not None:
            end_of_line = token.value if index == last_new else token.value.partition("\n")[0] + "\n"
            new.ca.items[index] = [CommentToken(end_of_line, token.start_mark, None), None, None, None]
    token = old.ca.items.get(last_old, [None])[0]
    if not new or token is None or (old[last_old] in new and new.index(old[last_old]) == last_new):
        return
    following = token.value.partition("\n")[2]
    if following:
        slot = new.ca.items.setdefault(last_new, [None] * 4)
        end_of_line = slot[0].value.rstrip("\n") if slot[0] is not None else ""
        slot[0] = CommentToken(end_of_line + "\n" + following, token.start_mark, None)


def _append(mapping: CommentedMap, key: str, value: Any) -> None:
    """Add key at the end of mapping; blank lines and comments that followed the old last line follow the new one."""
    old_end = _trailing_slot(mapping)
    mapping[key] = value
    if old_end is None:
        return
    items, item_key, index = old_end
    token = items.get(item_key, [None] * 4)[index]
    if token is None:
        return
    head, _newline, tail = token.value.partition("\n")
    if not tail:
        return
    token.value = head + "\n"
    new_items, new_key, new_index = _trailing_slot(mapping)
    slot = new_items.setdefault(new_key, [None] * 4)
    slot[new_index] = CommentToken("\n" + tail, token.start_mark, None)


def _trailing_slot(node: Any) -> tuple[dict, Any, int] | None:
    """Where ruamel keeps the comment after the last line of a block node: (comment items, key, index)."""
    if not node:
        return None
    last = len(node) - 1 if isinstance(node, list) else next(reversed(list(node)))
    value = node[last]
    if isinstance(value, (CommentedMap, CommentedSeq)) and value and not value.fa.flow_style():
        return _trailing_slot(value)
    return (node.ca.items, last, 0 if isinstance(node, list) else 2)


def _find_key(mapping: dict, name: str) -> Any:
    """The key of mapping that is name, compared without case as SQL names are."""
    wanted = name.casefold()
    return next((key for key in mapping if str(key).casefold() == wanted), None)


def _flow_seq(values: Iterable[str]) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq


def _spaced_as_written(original: str, reprinted: str, edited: str) -> tuple[str, str]:
    """reprinted and edited, with each line the dumper only re-spaced (`[ A.1 ]`, a comment's column)
    and the edit left alone put back as the original writes it, so keep_layout finds it in place."""
    original_lines = original.splitlines(keepends=True)
    reprinted_lines = reprinted.splitlines(keepends=True)
    edited_lines = edited.splitlines(keepends=True)
    as_written = {}
    safe = YAML(typ="safe")
    matcher = difflib.SequenceMatcher(None, reprinted_lines, original_lines, autojunk=False)
    for tag, start, end, original_start, original_end in matcher.get_opcodes():
        if tag == "replace" and end - start == original_end - original_start:
            for offset in range(end - start):
                if _same_line(reprinted_lines[start + offset], original_lines[original_start + offset], safe):
                    as_written[start + offset] = original_lines[original_start + offset]
    kept = difflib.SequenceMatcher(None, reprinted_lines, edited_lines, autojunk=False)
    for tag, start, end, edited_start, _edited_end in kept.get_opcodes():
        if tag == "equal":
            for offset in range(end - start):
                if start + offset in as_written:
                    edited_lines[edited_start + offset] = as_written[start + offset]
    reprinted_lines = [as_written.get(number, line) for number, line in enumerate(reprinted_lines)]
    return "".join(reprinted_lines), "".join(edited_lines)


def _same_line(dumped: str, written: str, safe: YAML) -> bool:
    """Whether two lines start at the same column and, read alone as YAML (by safe), hold the same data."""
    indent = len(dumped) - len(dumped.lstrip(" "))
    if indent != len(written) - len(written.lstrip(" ")):
        return False
    safe = YAML(typ="safe")
    try:
        return safe.load(dumped[indent:]) == safe.load(written[indent:])
    except YAMLError:
        return False


def _same_data_or(merged: str, dumped: str) -> str:
    """The layout-keeping merge when it holds exactly the dumped document's data, else the dump."""
    safe = YAML(typ="safe")
    try:
        return merged if safe.load(merged) == safe.load(dumped) else dumped
    except YAMLError:  # a merge that does not parse: the dump is right by construction
        return dumped


def _dump(document: Any, indent: BlockIndent) -> str:
    yaml = round_trip_yaml()
    yaml.width = _NEVER_FOLD
    yaml.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    return buffer.getvalue()


def _id_range(items: list) -> str:
    ids = [item.id for item in items]
    return f"{ids[0]} .. {ids[-1]}; see `laci-audit policy show`" if ids else "none"
