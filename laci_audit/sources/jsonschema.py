"""JSON Schema documents (draft 2020-12 and draft-07), in JSON or YAML: every property as a field.

Nested objects and arrays become dotted paths (`address.postal_code`, `items[].sku`); `$ref`s into
`$defs`, `definitions` or other files are followed, a cycle stops at the second visit; allOf,
anyOf, oneOf and if/then/else merge their properties into the same object. Each property keeps
its `description` (the classifier's evidence) and the line of its name. OpenAPI reuses the walker.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from laci_audit.errors import DeclarationError, SourceError
from laci_audit.fileio import display_path, read_text
from laci_audit.records import Field, Source
from laci_audit.sources import check_source_file, resolve_paths
from laci_audit.yamlio import MAX_DEPTH, MAX_YAML_BYTES, line_of, read_yaml

SCHEMA_SUFFIXES = (".schema.json", ".schema.yaml", ".schema.yml", ".json", ".yaml", ".yml")
_LISTED_SUBSCHEMAS = ("allOf", "anyOf", "oneOf")
_SINGLE_SUBSCHEMAS = ("then", "else")
# Bounds of one container's walk: $refs can make a small file stand for an exponential number of
# places (two properties referring to the next level, 20 levels deep: a million fields).
MAX_FIELDS = 20_000
MAX_PATH_DEPTH = 64  # property names inside each other (a.b.c... or items[])


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield the properties of each schema file, the file's name (without suffix) as container."""
    problems = []
    for path in resolve_paths(source, inventory_dir):
        documents = Documents(inventory_dir, source.options.get("allow_outside") is True)
        root = documents.load(path)
        if not isinstance(root, dict):
            raise SourceError(f"{display_path(path)}: not a JSON Schema (expected an object at the top)")
        walker = SchemaWalker(source.name, container_name(path), documents)
        walker.walk(root, path.resolve(), "", line_of(root))
        yield from walker.fields.values()
        problems.extend(walker.problems)
    if problems:
        raise SourceError("; ".join(problems))


def container_name(path: Path) -> str:
    """A schema file's container: its name without .schema.json, .json, .yaml, ..."""
    for suffix in SCHEMA_SUFFIXES:
        if path.name.lower().endswith(suffix):
            return path.name[: -len(suffix)]
    return path.stem


class Documents:
    """Parsed JSON/YAML documents by file, so that $refs to other files are read once."""

    def __init__(self, inventory_dir: Path, allow_outside: bool = False) -> None:
        self.loaded: dict[Path, Any] = {}
        self.inventory_dir = inventory_dir
        self.allow_outside = allow_outside

    def load(self, path: Path) -> Any:
        """The document in path (JSON or YAML, read by the YAML parser for its line numbers); a .json
        file must also be strict JSON. Unreadable -> SourceError at file:line."""
        if path not in self.loaded:
            resolved = path.resolve()
            if resolved not in self.loaded:
                self.loaded[resolved] = _parse(resolved)
            self.loaded[path] = self.loaded[resolved]
        return self.loaded[path]

    def resolve(self, ref: str, base: Path) -> tuple[Any, Path, str]:
        """What a $ref points at: the node, its file, and an id for cycle detection."""
        target, _hash, fragment = ref.partition("#")
        if "://" in target or (fragment and not fragment.startswith("/")):
            raise SourceError(f"$ref {ref!r} is not supported (only JSON pointers, in this file or a relative one)")
        if target:
            if "\x00" in unquote(target):
                raise SourceError(f"$ref {ref!r}: not a file name")
            try:
                path = check_source_file(base.parent / unquote(target), self.inventory_dir, self.allow_outside, ref)
            except SourceError as exc:
                raise SourceError(f"$ref {exc}") from None
            path = path.resolve()
        else:
            path = base
        node = self.load(path)
        for token in fragment.split("/")[1:] if fragment else []:
            token = unquote(token).replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SourceError(f"$ref {ref!r} points at nothing")
        return node, path, f"{path}#{fragment}"


@dataclass(frozen=True)
class _Part:
    """One schema that describes a place, with the file it is written in and the $refs above it."""

    schema: dict
    file: Path
    refs: frozenset[str]
    recursive_ref: str = ""


@dataclass
class SchemaWalker:
    """Walks schemas into fields of one container; unresolvable $refs are collected as problems."""

    source: str
    container: str
    documents: Documents
    fields: dict[str, Field] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    shown_paths: dict[Path, str] = field(default_factory=dict)
    flattened: dict[tuple[int, Path, frozenset[str]], list[_Part]] = field(default_factory=dict)
    visited: int = 0

    def walk(self, schema: Any, file: Path, path: str, line: int | None, description: str = "",
             refs: frozenset[str] = frozenset()) -> None:
        """Add the fields under `path` that `schema` describes (the first definition of a path wins);
        beyond MAX_FIELDS places or MAX_PATH_DEPTH levels, a SourceError at the schema's file and line."""
        self.visited += 1
        if self.visited > MAX_FIELDS:
            raise SourceError(f"{self._shown(file)}:{line or 1}: {self.container} expands to more than {MAX_FIELDS:,} "
                              "places through its $refs: split the schema or cut the references")
        if path.count(".") + path.count("[]") >= MAX_PATH_DEPTH:
            raise SourceError(f"{self._shown(file)}:{line or 1}: {path.split('.')[0]}...: nested deeper than "
                              f"{MAX_PATH_DEPTH} levels")
        parts = self._flatten(schema, file, refs)
        properties, items = _children(parts)
        item_parts = [part for item in items for part in self._flatten(*item)]
        if properties:
            for name, (sub, sub_file, sub_line, sub_refs) in properties.items():
                self.walk(sub, sub_file, f"{path}.{name}" if path else name, sub_line, "", sub_refs)
        elif any(children for children in _children(item_parts)):
            for sub, sub_file, sub_refs in items:
                self.walk(sub, sub_file, f"{path}[]", line, description, sub_refs)
        elif path and path not in self.fields:
            self.fields[path] = Field(
                source=self.source, table=self.container, name=path, data_type=_type_label(parts, item_parts),
                file=self._shown(file), line=line, comment=description or _description(parts),
            )

    def _shown(self, file: Path) -> str:
        if file not in self.shown_paths:
            self.shown_paths[file] = display_path(file)
        return self.shown_paths[file]

    def _flatten(self, schema: Any, file: Path, refs: frozenset[str]) -> list[_Part]:
        """The schema and every schema it stands for through $ref, allOf, anyOf, oneOf, then, else
        (memoised: a definition referred to from many places is flattened once)."""
        if not isinstance(schema, dict):
            return []
        key = (id(schema), file, refs)
        if key not in self.flattened:
            self.flattened[key] = self._flatten_once(schema, file, refs)
        return self.flattened[key]

    def _flatten_once(self, schema: dict, file: Path, refs: frozenset[str]) -> list[_Part]:
        parts = [_Part(schema, file, refs)]
        ref = schema.get("$ref")
        if isinstance(ref, str):
            try:
                target, target_file, ref_id = self.documents.resolve(ref, file)
            except SourceError as exc:
                problem = f"{display_path(file)}:{line_of(schema, '$ref')}: {exc}"
                if problem not in self.problems:
                    self.problems.append(problem)
            else:
                if ref_id in refs:
                    parts.append(_Part({}, target_file, refs, recursive_ref=ref))
                else:
                    parts.extend(self._flatten(target, target_file, refs | {ref_id}))
        for key in _LISTED_SUBSCHEMAS:
            listed = schema.get(key)
            for sub in listed if isinstance(listed, list) else []:
                parts.extend(self._flatten(sub, file, refs))
        for key in _SINGLE_SUBSCHEMAS:
            parts.extend(self._flatten(schema.get(key), file, refs))
        return parts


def _children(parts: list[_Part]) -> tuple[dict[str, tuple], list[tuple]]:
    """The merged properties (name -> schema, file, line, refs) and item schemas of the parts."""
    properties: dict[str, tuple] = {}
    items: list[tuple] = []
    for part in parts:
        declared = part.schema.get("properties")
        if isinstance(declared, dict):
            for name, sub in declared.items():
                properties.setdefault(str(name), (sub, part.file, line_of(declared, name), part.refs))
        for key in ("prefixItems", "items"):
            value = part.schema.get(key)
            for sub in value if isinstance(value, list) else [value]:
                if isinstance(sub, dict):
                    items.append((sub, part.file, part.refs))
    return properties, items


def _type_label(parts: list[_Part], item_parts: list[_Part]) -> str:
    """A short type for reports: `string (email)`, `array of string`, `integer|null`, `object (recursive ...)`."""
    recursive = next((p.recursive_ref for p in parts if p.recursive_ref), "")
    if recursive:
        return f"object (recursive {recursive})"
    names = _types(parts) or ("object" if any("additionalProperties" in p.schema for p in parts) else "")
    if "array" in names and item_parts:
        names = names.replace("array", f"array of {_type_label(item_parts, []) or 'any'}")
    formats = [str(p.schema["format"]) for p in parts if "format" in p.schema]
    if formats:
        names = f"{names} ({formats[0]})".strip()
    if any("enum" in p.schema or "const" in p.schema for p in parts):
        names = f"{names} enum".strip()
    return names


def _types(parts: list[_Part]) -> str:
    found: list[str] = []
    for part in parts:
        declared = part.schema.get("type")
        for name in declared if isinstance(declared, list) else [declared]:
            if isinstance(name, str) and name not in found:
                found.append(name)
        if part.schema.get("nullable") is True and "null" not in found:
            found.append("null")
    return "|".join(found)


def _description(parts: list[_Part]) -> str:
    for key in ("description", "title"):
        for part in parts:
            text = part.schema.get(key)
            if isinstance(text, str) and text.strip():
                return " ".join(text.split())
    return ""


def _parse(path: Path) -> Any:
    """Load a schema file with line numbers (libyaml); a .json file must also be strict JSON."""
    shown = display_path(path)
    try:
        if path.suffix.lower() == ".json":
            json.loads(read_text(path, max_bytes=MAX_YAML_BYTES), parse_int=str)  # numbers: checked by read_yaml
        return read_yaml(path)
    except json.JSONDecodeError as exc:
        raise SourceError(f"{shown}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise SourceError(f"{shown}: not valid JSON: nested deeper than {MAX_DEPTH} levels") from None
    except DeclarationError as exc:
        raise SourceError(str(exc).replace("invalid YAML", "not valid JSON or YAML")) from None