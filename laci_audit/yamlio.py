"""Reading and writing YAML: round-trip (comments and line numbers kept), errors with file:line."""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from laci_audit.errors import DeclarationError, LocatedError


def round_trip_yaml() -> YAML:
    """A YAML instance that keeps comments, order and quoting, and knows line numbers."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_text(path: Path, error: type[LocatedError] = DeclarationError, what: str = "") -> str:
    """A file's UTF-8 text; a missing or undecodable file becomes `error` naming the file (and what it is)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:  # line endings as they are, no BOM
            return handle.read()
    except OSError as exc:
        raise error(path, None, f"cannot read{' ' + what if what else ''}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise error(path, None, f"{what or 'the file'} is not UTF-8 text") from None


def load_yaml(path: Path, error: type[DeclarationError] = DeclarationError) -> Any:
    """Load a YAML file round-trip; a syntax error becomes `error` naming file and line."""
    return parse_yaml(read_text(path, error), path, error)


def parse_yaml(text: str, path: Path, error: type[DeclarationError] = DeclarationError) -> Any:
    """Load YAML text already read from path round-trip; a syntax error becomes `error` naming file and line."""
    try:
        return round_trip_yaml().load(text)
    except MarkedYAMLError as exc:
        raise error(path, _error_line(exc), f"invalid YAML: {_problem(exc)}") from None
    except YAMLError as exc:
        raise error(path, None, f"invalid YAML: {str(exc).splitlines()[0]}") from None


def _error_line(exc: Any) -> int | None:
    """The 1-based line a YAML syntax error is best reported at: where an unclosed bracket or
    quote opens, else where the parser stopped."""
    unclosed = (exc.context or "").startswith(("while parsing a flow", "while scanning a quoted"))
    mark = (exc.context_mark if unclosed else None) or exc.problem_mark or exc.context_mark
    return mark.line + 1 if mark else None


def _problem(exc: Any) -> str:
    return (exc.problem or exc.context or "invalid YAML").strip()


def keep_layout(original: str, reprinted: str, edited: str) -> str:
    """Carry an edit onto the original text line by line.

    `reprinted` is the original document dumped again without the edit, `edited` the dump with it:
    the lines that differ between those two are the edit. Where the dumper re-laid out something
    the edit did not touch (a flow mapping spread over lines, say), the original lines are kept.
    Falls back to `edited` when an edit lands inside such a re-laid-out part."""
    if "\r\n" in original:  # the dumper writes \n: speak the file's own line endings
        reprinted, edited = (text.replace("\r\n", "\n").replace("\n", "\r\n") for text in (reprinted, edited))
    original_lines = original.splitlines(keepends=True)
    reprinted_lines = reprinted.splitlines(keepends=True)
    edited_lines = edited.splitlines(keepends=True)
    in_original = {}
    matcher = difflib.SequenceMatcher(None, reprinted_lines, original_lines, autojunk=False)
    for tag, start, end, original_start, _original_end in matcher.get_opcodes():
        if tag == "equal":
            in_original.update({start + offset: original_start + offset for offset in range(end - start)})
    merged = list(original_lines)
    edits = difflib.SequenceMatcher(None, reprinted_lines, edited_lines, autojunk=False).get_opcodes()
    for tag, start, end, new_start, new_end in reversed(edits):
        if tag == "equal":
            continue
        if start < end:
            places = [in_original.get(line) for line in range(start, end)]
            if None in places or places != list(range(places[0], places[0] + len(places))):
                return edited
            first, last = places[0], places[-1] + 1
        elif start - 1 in in_original:
            first = last = in_original[start - 1] + 1
        elif start in in_original:
            first = last = in_original[start]
        else:
            return edited
        merged[first:last] = edited_lines[new_start:new_end]
    return "".join(merged)


def write_atomically(path: Path, text: str, durable: bool = True) -> None:
    """Write text to path through a temporary file and a rename, so no reader sees half a file
    (durable=False skips the fsync, for caches that may be lost)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o7777 if path.exists() else _default_file_mode()
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _default_file_mode() -> int:
    """The mode a new file gets from open(): 0o666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def line_of(node: Any, key: Any = None) -> int | None:
    """1-based line of a round-trip node, or of one key (mapping) or item (sequence) inside it."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if key is None:
            return lc.line + 1
        if isinstance(key, int) and isinstance(node, list):
            return lc.item(key)[0] + 1
        return lc.key(key)[0] + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return lc.line + 1


class LineNumbers:
    """Where a loaded mapping or sequence and its keys or items start, shaped like ruamel's `lc`
    (0-based line and column), so line_of works on what read_yaml returns."""

    __slots__ = ("line", "col", "_starts")

    def __init__(self, line: int, col: int, starts: dict[Any, tuple[int, int]]):
        self.line = line
        self.col = col
        self._starts = starts

    def key(self, key: Any) -> tuple[int, int]:
        """Line and column of a mapping key."""
        return self._starts[key]

    def item(self, index: int) -> tuple[int, int]:
        """Line and column of a sequence item."""
        return self._starts[index]


class LineDict(dict):
    """A plain dict that knows the lines of its keys (attribute `lc`)."""

    lc: LineNumbers


class LineList(list):
    """A plain list that knows the lines of its items (attribute `lc`)."""

    lc: LineNumbers


_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NOT_TEXT_STARTS = frozenset("~nNtTfF+-.0123456789")  # what a null, bool or number can start with
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")


def read_yaml(path: Path, error: type[DeclarationError] = DeclarationError) -> Any:
    """Load a YAML file for reading only, fast (libyaml's C parser), with YAML 1.2 scalars
    (`no`, `off` stay strings) and line numbers for line_of; errors name file and line.

    Use load_yaml instead when the document is to be edited and written back."""
    return read_yaml_text(read_text(path, error), path, error)


def read_package_yaml(name: str) -> Any:
    """A YAML data file shipped in laci_audit/data/, read like read_yaml."""
    from importlib import resources

    text = resources.files("laci_audit").joinpath("data", name).read_text("utf-8")
    return read_yaml_text(text, Path("laci_audit/data") / name)


def read_yaml_text(text: str, path: Path, error: type[DeclarationError] = DeclarationError) -> Any:
    """YAML text read as read_yaml does; `path` names it in errors."""
    import yaml

    try:
        node = yaml.compose(text, Loader=_plain_loader(yaml))
    except yaml.MarkedYAMLError as exc:
        raise error(path, _error_line(exc), f"invalid YAML: {_problem(exc)}") from None
    except yaml.YAMLError as exc:
        raise error(path, None, f"invalid YAML: {str(exc).splitlines()[0]}") from None
    try:
        return None if node is None else _NodeReader(path, error).value(node)
    except RecursionError:
        raise error(path, None, "invalid YAML: an alias refers to itself") from None


@lru_cache(maxsize=1)
def _plain_loader(yaml: Any) -> type:
    """libyaml's loader without YAML 1.1 scalar guessing: _scalar resolves plain scalars itself."""
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return type("PlainLoader", (base,), {"resolve": lambda self, kind, value, implicit: ""})


class _NodeReader:
    """Turns a composed libyaml node tree into LineDict, LineList and plain scalars."""

    def __init__(self, path: Path, error: type[DeclarationError]):
        self.path = path
        self.error = error

    def value(self, node: Any) -> Any:
        kind = node.id
        if kind == "scalar":
            return _scalar(node)
        if kind == "sequence":
            items = LineList(self.value(item) for item in node.value)
            items.lc = LineNumbers(node.start_mark.line, node.start_mark.column,
                                   {i: (n.start_mark.line, n.start_mark.column) for i, n in enumerate(node.value)})
            return items
        mapping = LineDict()
        starts: dict[Any, tuple[int, int]] = {}
        merged: list[Any] = []
        for key_node, value_node in node.value:
            if key_node.id == "scalar" and key_node.value == "<<" and not key_node.style:
                merged.extend(value_node.value if value_node.id == "sequence" else [value_node])
                continue
            if key_node.id != "scalar":
                raise self.error(self.path, key_node.start_mark.line + 1,
                                 "invalid YAML: a key must be a plain name, not a list or mapping")
            key = key_node.value  # names stay as written: a column called `null` or `1.10` is a name
            if key in starts:
                raise self.error(self.path, key_node.start_mark.line + 1, f"invalid YAML: found duplicate key {key!r}")
            mapping[key] = self.value(value_node)
            starts[key] = (key_node.start_mark.line, key_node.start_mark.column)
        for source_node in merged:
            source = self.value(source_node)
            if not isinstance(source, LineDict):
                raise self.error(self.path, source_node.start_mark.line + 1, "invalid YAML: '<<' merges mappings only")
            for key, value in source.items():
                if key not in starts:
                    mapping[key] = value
                    starts[key] = source.lc.key(key)
        mapping.lc = LineNumbers(node.start_mark.line, node.start_mark.column, starts)
        return mapping


def _scalar(node: Any) -> Any:
    """A scalar by the YAML 1.2 core schema: quoted text stays text."""
    text = node.value
    if node.style or (text and text[0] not in _NOT_TEXT_STARTS):
        return text
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.fullmatch(text):
        return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    if text.lower().lstrip("+-") in (".inf", ".nan"):
        return float(text.replace(".", "", 1))
    return text
