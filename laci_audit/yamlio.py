"""All YAML: fast reading with line numbers (read_yaml), round-trip reading and writing that keeps
comments, order, quoting and the file's own layout (load_yaml, edit_keeping_layout), errors with file:line."""

from __future__ import annotations

import copy
import difflib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

from laci_audit.errors import DeclarationError
from laci_audit.fileio import read_text


def round_trip_yaml() -> YAML:
    """A YAML instance that keeps comments, order and quoting, and knows line numbers."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_yaml(path: Path, error: type[DeclarationError] = DeclarationError) -> Any:
    """Load a YAML file round-trip; a syntax error becomes `error` naming file and line."""
    return parse_yaml(read_text(path, error, max_bytes=MAX_YAML_BYTES), path, error)


def parse_yaml(text: str, path: Path, error: type[DeclarationError] = DeclarationError) -> Any:
    """Load YAML text already read from path round-trip; a syntax error becomes `error` naming file and line."""
    read_yaml_text(text, path, error)  # the same bounds as every read; ruamel's own reader has none
    try:
        return round_trip_yaml().load(text)
    except MarkedYAMLError as exc:
        raise error(path, _error_line(exc), f"invalid YAML: {_problem(exc)}") from None
    except YAMLError as exc:
        raise error(path, None, f"invalid YAML: {str(exc).splitlines()[0]}") from None
    except (ValueError, TypeError, IndexError, KeyError, AttributeError, RecursionError) as exc:
        # ruamel's constructors fail on some explicit tags (`!!int` with no value, `!!float x`)
        raise error(path, None, f"invalid YAML: a value its tag cannot hold ({type(exc).__name__})") from None


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


# Bounds of every YAML (and JSON) document read: a bound reached is one located error.
MAX_YAML_BYTES = 32 * 1024 * 1024  # a file larger than this is refused before it is read
MAX_ALIAS_NODES = 100_000  # nodes aliases may add beyond the document's own (a "billion laughs" adds 10^9)
MAX_DEPTH = 200  # mappings and lists inside each other
MAX_INTEGER_DIGITS = 100  # a longer integer is refused (Python refuses to read 4,300 digits)


def read_yaml(path: Path, error: type[DeclarationError] = DeclarationError) -> Any:
    """Load a YAML file for reading only, fast (libyaml's C parser), with YAML 1.2 scalars
    (`no`, `off` stay strings) and line numbers for line_of; errors name file and line.

    Use load_yaml instead when the document is to be edited and written back."""
    return read_yaml_text(read_text(path, error, max_bytes=MAX_YAML_BYTES), path, error)


def read_package_yaml(name: str) -> Any:
    """A YAML data file shipped in laci_audit/data/, read like read_yaml."""
    from importlib import resources

    text = resources.files("laci_audit").joinpath("data", name).read_text("utf-8")
    return read_yaml_text(text, Path("laci_audit/data") / name)


def read_yaml_text(text: str, path: Path, error: type[DeclarationError] = DeclarationError) -> Any:
    """YAML text read as read_yaml does; `path` names it in errors. Aliases, nesting and integers
    are bounded (MAX_ALIAS_NODES, MAX_DEPTH, MAX_INTEGER_DIGITS)."""
    plain = _read_plain_block(text)
    return plain if plain is not _NOT_PLAIN else _read_with_libyaml(text, path, error)


def _read_with_libyaml(text: str, path: Path, error: type[DeclarationError]) -> Any:
    """Any YAML text read as read_yaml_text does, by libyaml's parser and _NodeReader."""
    import yaml

    try:
        node = yaml.compose(text, Loader=_plain_loader(yaml))
    except yaml.MarkedYAMLError as exc:
        raise error(path, _error_line(exc), f"invalid YAML: {_problem(exc)}") from None
    except yaml.YAMLError as exc:
        raise error(path, None, f"invalid YAML: {str(exc).splitlines()[0]}") from None
    if node is None:
        return None
    # Without aliases a document has fewer nodes than characters: what aliases add beyond that is bounded.
    return _NodeReader(path, error, node_budget=len(text) + MAX_ALIAS_NODES).value(node)


@lru_cache(maxsize=1)
def _plain_loader(yaml: Any) -> type:
    """libyaml's loader without YAML 1.1 scalar guessing: _scalar resolves plain scalars itself."""
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return type("PlainLoader", (base,), {"resolve": lambda self, kind, value, implicit: ""})


class _NodeReader:
    """Turns a composed libyaml node tree into LineDict, LineList and plain scalars, within the
    bounds: at most node_budget nodes built (aliases expand), MAX_DEPTH levels, no alias inside
    itself, integers of at most MAX_INTEGER_DIGITS digits."""

    def __init__(self, path: Path, error: type[DeclarationError], node_budget: int):
        self.path = path
        self.error = error
        self.nodes_left = node_budget
        self.open: set[int] = set()  # the mappings and sequences being built, outermost first

    def value(self, node: Any, depth: int = 1) -> Any:
        """The plain Python value of a node; a bound reached is `error` at the node's line."""
        self.nodes_left -= 1
        if self.nodes_left < 0:
            raise self.error(self.path, node.start_mark.line + 1,
                             f"invalid YAML: its aliases expand to more than {MAX_ALIAS_NODES:,} nodes")
        kind = node.id
        if kind == "scalar":
            if len(node.value) > MAX_INTEGER_DIGITS and _INT.fullmatch(node.value) and not node.style:
                raise self.error(self.path, node.start_mark.line + 1,
                                 f"invalid YAML: an integer of more than {MAX_INTEGER_DIGITS} digits")
            return _scalar(node)
        if depth > MAX_DEPTH:
            raise self.error(self.path, node.start_mark.line + 1, f"invalid YAML: nested deeper than {MAX_DEPTH} levels")
        if id(node) in self.open:
            raise self.error(self.path, node.start_mark.line + 1, "invalid YAML: an alias refers to itself")
        self.open.add(id(node))
        built = self._container(node, depth + 1)
        self.open.discard(id(node))
        return built

    def _container(self, node: Any, depth: int) -> Any:
        if node.id == "sequence":
            items = LineList(self.value(item, depth) for item in node.value)
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
            mapping[key] = self.value(value_node, depth)
            starts[key] = (key_node.start_mark.line, key_node.start_mark.column)
        for source_node in merged:
            source = self.value(source_node, depth - 1)
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
    return _plain_scalar(text)


def _plain_scalar(text: str) -> Any:
    """An unquoted scalar's value by the YAML 1.2 core schema."""
    if text and text[0] not in _NOT_TEXT_STARTS:
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


# --- Plain block YAML, read without libyaml -------------------------------------------------
#
# Registrations files are nearly all one shape: block mappings of plain keys whose values are
# plain scalars, flow lists of them, or one-line flow mappings of those, with whole-line comments
# ({categories: [A.1.1]} or {personal: false, reason: surrogate key} a line). _read_plain_block
# reads a document made of only such lines, ASCII, giving exactly what libyaml's reader gives
# (values, lines and columns), several times faster; any other line (quotes, a block list, an
# anchor, a tab, a duplicate key, a multi-line value, ...) hands the whole document to libyaml.

_NOT_PLAIN = object()  # what _read_plain_block returns for a document outside the plain shape
_MAX_PLAIN_DEPTH = 20  # block mappings inside each other; a deeper document goes to libyaml (bounded by MAX_DEPTH)
_FLOW_KEY = r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,999}"  # libyaml wants a key within 1,024 characters
_BLOCK_KEY = r"[A-Za-z0-9_][A-Za-z0-9_.\-\[\]]{0,999}"  # outside flow collections `items[].sku` is plain
# Plain scalars: a first character that is no indicator, then no `:`, `#`, tab or line break (and
# no `,[]{}` inside a flow collection, where they end it); spaces inside, none at either end.
_MIDDLE = r"A-Za-z0-9_.()/+=';$%<>~^&*!|@\\\"?\-"
_FIRST = r"[A-Za-z0-9_.()/+=;$<~^\\]"
_FLOW_SCALAR = _FIRST + r"(?:[" + _MIDDLE + r" ]*[" + _MIDDLE + r"])?"
_BLOCK_SCALAR = _FIRST + r"(?:[" + _MIDDLE + r",\[\]{} ]*[" + _MIDDLE + r",\[\]{}])?"
_PLAIN_LINE = re.compile(
    r"( *)(" + _BLOCK_KEY + r"):(?: +(\{.*\}|\[.*\]|" + _BLOCK_SCALAR + r"))? *(?: #.*)?")
_FLOW_ITEM = re.compile(r" *(" + _FLOW_SCALAR + r") *(,|\])")
_FLOW_ENTRY = re.compile(r" *(" + _FLOW_KEY + r"): +(?:(\[)|(" + _FLOW_SCALAR + r") *(,|\}))")
_FLOW_CLOSE = re.compile(r" *(,|\})")
_EMPTY_FLOW = re.compile(r"\[ *\]|\{ *\}")
_SKIPPED_LINE = re.compile(r" *(?:#.*)?")
_NOT_PRINTABLE_ASCII = re.compile(r"[^\n\x20-\x7e]")  # tabs, \r, control characters, anything not ASCII


def _read_plain_block(text: str) -> Any:
    """The document read as libyaml's reader reads it, when all of it is plain block YAML; else _NOT_PLAIN."""
    if _NOT_PRINTABLE_ASCII.search(text):
        return _NOT_PLAIN
    root: LineDict | None = None
    stack: list[tuple[int, LineDict, dict]] = []  # the open block mappings: indent, mapping, key starts
    pending: tuple[LineDict, dict, str] | None = None  # a `key:` whose value is on the lines below
    values: dict[str, Any] = {}  # each value's text read once, at line 0 and column 0, then _placed
    for number, line in enumerate(text.split("\n")):
        if _SKIPPED_LINE.fullmatch(line):
            continue
        found = _PLAIN_LINE.fullmatch(line)
        if found is None:
            return _NOT_PLAIN
        indent, key, value = len(found.group(1)), found.group(2), found.group(3)
        if pending is not None:
            if stack and indent <= stack[-1][0]:
                pending[0][pending[2]] = None  # `key:` with nothing below it
            elif len(stack) == _MAX_PLAIN_DEPTH:
                return _NOT_PLAIN
            else:
                child = LineDict()
                child.lc = LineNumbers(number, indent, {})
                pending[0][pending[2]] = child
                stack.append((indent, child, child.lc._starts))
            pending = None
        if root is None:
            if indent:
                return _NOT_PLAIN
            root = LineDict()
            root.lc = LineNumbers(number, 0, {})
            stack.append((0, root, root.lc._starts))
        while stack and indent < stack[-1][0]:
            stack.pop()
        if not stack or indent != stack[-1][0]:
            return _NOT_PLAIN
        _indent, mapping, starts = stack[-1]
        if key in starts:
            return _NOT_PLAIN  # a duplicate key: libyaml's reader reports it
        starts[key] = (number, indent)
        if value is None:
            pending = (mapping, starts, key)
            continue
        read = values.get(value)
        if read is None:
            read = values[value] = _plain_value(value)
        if read is _NOT_PLAIN:
            return _NOT_PLAIN
        mapping[key] = _placed(read, number, found.start(3))
    if pending is not None:
        pending[0][pending[2]] = None
    return root


def _plain_value(text: str) -> Any:
    """A value written after `key: `, as if at line 0 and column 0 (_placed moves it): a flow
    mapping or list, or a plain scalar."""
    if text[0] == "{":
        return _flow_mapping(text)
    if text[0] == "[":
        items = _flow_list(text, 0)
        return _NOT_PLAIN if items is None or items[1] != len(text) else items[0]
    return _checked_scalar(text)


def _placed(value: Any, line: int, column: int) -> Any:
    """A value read at line 0 and column 0 as if read at (line, column): its flow mapping and lists
    new objects with their lines and columns moved there (scalars are shared)."""
    if type(value) is LineDict:
        placed: Any = LineDict(value)
        for key, item in value.items():
            if type(item) is LineList:
                placed[key] = _placed(item, line, column)
    elif type(value) is LineList:
        placed = LineList(value)  # a plain flow list holds scalars only
    else:
        return value
    lc = value.lc
    starts = {key: (line, column + col) for key, (_line, col) in lc._starts.items()}
    placed.lc = LineNumbers(line, column + lc.col, starts)
    return placed


def _checked_scalar(text: str) -> Any:
    """A plain scalar's value; _NOT_PLAIN for a long integer (libyaml's reader refuses it)."""
    if len(text) > MAX_INTEGER_DIGITS and _INT.fullmatch(text):
        return _NOT_PLAIN
    return _plain_scalar(text)


def _flow_list(text: str, position: int) -> tuple[LineList, int] | None:
    """The flow list opening at text[position] and the position after it; None when it is not plain."""
    items = LineList()
    starts: dict[Any, tuple[int, int]] = {}
    items.lc = LineNumbers(0, position, starts)
    empty = _EMPTY_FLOW.match(text, position)
    if empty is not None and text[position] == "[":
        return items, empty.end()
    position += 1
    while True:
        found = _FLOW_ITEM.match(text, position)
        if found is None:
            return None
        value = _checked_scalar(found.group(1))
        if value is _NOT_PLAIN:
            return None
        starts[len(items)] = (0, found.start(1))
        items.append(value)
        position = found.end()
        if found.group(2) == "]":
            return items, position


def _flow_mapping(text: str) -> Any:
    """The one-line flow mapping text (`{a: b, c: [d, e]}`); _NOT_PLAIN when it is not plain."""
    mapping = LineDict()
    starts: dict[Any, tuple[int, int]] = {}
    mapping.lc = LineNumbers(0, 0, starts)
    if _EMPTY_FLOW.fullmatch(text):
        return mapping
    position = 1
    while True:
        found = _FLOW_ENTRY.match(text, position)
        if found is None or found.group(1) in starts:
            return _NOT_PLAIN
        key = found.group(1)
        starts[key] = (0, found.start(1))
        if found.group(2):  # a flow list
            items = _flow_list(text, found.start(2))
            closing = _FLOW_CLOSE.match(text, items[1]) if items is not None else None
            if closing is None:
                return _NOT_PLAIN
            mapping[key], position, end = items[0], closing.end(), closing.group(1)
        else:
            value = _checked_scalar(found.group(3))
            if value is _NOT_PLAIN:
                return _NOT_PLAIN
            mapping[key], position, end = value, found.end(), found.group(4)
        if end == "}":
            return mapping if position == len(text) else _NOT_PLAIN


# Wide enough that no existing flow mapping is ever folded onto two lines.
_NEVER_FOLD = 4096
# A plain scalar in a flow mapping cannot hold these; and these would read back as another type.
_NEEDS_QUOTES = re.compile(r"^$|^[-?:,\[\]{}#&*!|>'\"%@`]|[,\[\]{}]|: |:$| #")
_OTHER_TYPE = re.compile(r"(?i)~|null|true|false|yes|no|on|off|[-+]?(\d[\d_]*)?\.?\d+([eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+")


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


def carry_item_comments(old: CommentedSeq, new: CommentedSeq) -> None:
    """A list rewritten by an edit: give new's items the end-of-line comments old had on the same values; the lines that followed
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


def append_key(mapping: CommentedMap, key: str, value: Any) -> None:
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


def yaml_key(name: str) -> str:
    """A name as a key to write: double-quoted (with escapes) when it holds a character that some
    YAML reader takes for a line break or that is not printable (U+0085, U+2028, ESC, bidi
    controls), so that it reads back as the same name; as it is otherwise."""
    if any(not character.isprintable() for character in name):
        return DoubleQuotedScalarString(name)
    return name


def flow_seq(values: Iterable[str]) -> CommentedSeq:
    """A list written in flow style: [a, b]."""
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


def dump_yaml(document: Any, indent: BlockIndent = DEFAULT_INDENT) -> str:
    """A round-trip document as text, in the given block indentation, no flow mapping ever folded."""
    yaml = round_trip_yaml()
    yaml.width = _NEVER_FOLD
    yaml.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    return buffer.getvalue()




def edit_keeping_layout(document: Any, old_text: str | None, edit: Callable[[], Any]) -> tuple[str, Any]:
    """Apply edit() to a round-trip document read from old_text (None: a new file) and return the
    new text with edit()'s result: every line the edit did not touch stays as old_text writes it
    (indentation, spacing, flow mappings over several lines, line endings)."""
    indent = block_indent(document, old_text) if old_text is not None else DEFAULT_INDENT
    reprinted = dump_yaml(document, indent) if old_text is not None else None
    outcome = edit()
    text = dump_yaml(document, indent)
    if old_text is not None:
        text = _same_data_or(keep_layout(old_text, *_spaced_as_written(old_text, reprinted, text)), text)
    return text, outcome


def own_copy(mapping: CommentedMap, key: Any) -> CommentedMap:
    """mapping[key], ready to edit: an anchored node (which aliases may share) is first replaced by
    a copy of its own, so the places that share it keep their value."""
    entry = mapping[key]
    if not _anchored(entry):
        return entry
    own = CommentedMap((k, value if _anchored(value) else copy.deepcopy(value)) for k, value in entry.items())
    if entry.fa.flow_style():
        own.fa.set_flow_style()
    mapping[key] = own
    return own


def _anchored(node: Any) -> bool:
    anchor = getattr(node, "anchor", None)
    return anchor is not None and anchor.value is not None
