"""Reading and writing YAML: round-trip (comments and line numbers kept), errors with file:line."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from laci_audit.errors import DeclarationError


def round_trip_yaml() -> YAML:
    """A YAML instance that keeps comments, order and quoting, and knows line numbers."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_yaml(path: Path, error: type[DeclarationError] = DeclarationError) -> Any:
    """Load a YAML file round-trip; a syntax error becomes `error` naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise error(path, None, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise error(path, None, "not UTF-8 text") from None
    try:
        return round_trip_yaml().load(text)
    except MarkedYAMLError as exc:
        unclosed = (exc.context or "").startswith(("while parsing a flow", "while scanning a quoted"))
        mark = (exc.context_mark if unclosed else None) or exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise error(path, line, f"invalid YAML: {problem}") from None
    except YAMLError as exc:
        raise error(path, None, f"invalid YAML: {str(exc).splitlines()[0]}") from None


def write_atomically(path: Path, text: str) -> None:
    """Write text to path through a temporary file and a rename, so no reader sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o7777 if path.exists() else _default_file_mode()
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
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
