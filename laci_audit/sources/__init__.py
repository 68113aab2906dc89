"""Source kinds: one module per kind, each with `scan(source, inventory_dir) -> Iterator[Field]`
(a DDL source also yields the SkippedStatements it left out).

To add a kind, write its module and register it in KINDS with the declaration keys it takes.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from laci_audit.records import Field, Source


@dataclass(frozen=True)
class SourceKind:
    """A kind of source: its module and the declaration keys it needs and accepts."""

    name: str
    module: str
    required_keys: frozenset[str]
    optional_keys: frozenset[str] = frozenset()
    # Read over the network (a server's time, not this machine's CPU): scanned concurrently.
    live: bool = False

    def scanner(self) -> Callable[[Source, Path], Iterator[Field]]:
        """The kind's scan function (its module is imported on first use)."""
        return importlib.import_module(self.module).scan

    def sampler(self) -> Callable[[Source, Path, list[Field], int], Iterator[tuple[Field, list]]] | None:
        """The kind's optional `sample(source, inventory_dir, fields, limit)`: at most `limit` raw
        values per field, read with LIMIT; None when the kind cannot sample."""
        return getattr(importlib.import_module(self.module), "sample", None)

    def preparer(self) -> Callable[[Source], None] | None:
        """The kind's optional `prepare(source)`: imports done before threads read sources at once."""
        return getattr(importlib.import_module(self.module), "prepare", None)

    def counter(self) -> Callable[[Source, Path, list[tuple[str, str, str]], object], Iterator[tuple[str, int | str]]] | None:
        """The kind's optional `count(source, inventory_dir, statements, value)`: runs read-only
        `SELECT count(*)` statements (table, file, sql with a :user_id parameter) and yields each
        table's count, or why it has none; None when the kind holds no rows to count."""
        return getattr(importlib.import_module(self.module), "count", None)

    def validator(self) -> Callable[[Source], str | None] | None:
        """The kind's optional check of a declaration: an error message, or None when fine."""
        return getattr(importlib.import_module(self.module), "validate", None)


DATABASE_KEYS = frozenset({"password_env", "schemas", "include_views", "timeout", "statement_timeout"})
# A path-based source may read files outside the inventory folder only when it says so.
PATH_KEYS = frozenset({"allow_outside"})

KINDS: dict[str, SourceKind] = {
    kind.name: kind
    for kind in (
        SourceKind("ddl", "laci_audit.sources.ddl_cache", frozenset({"path", "dialect"}), PATH_KEYS),
        SourceKind("sqlite", "laci_audit.sources.sqlite", frozenset({"path"}), PATH_KEYS),
        SourceKind("postgres", "laci_audit.sources.postgres", frozenset({"url"}), DATABASE_KEYS, live=True),
        SourceKind("mysql", "laci_audit.sources.mysql", frozenset({"url"}), DATABASE_KEYS, live=True),
        SourceKind("sqlalchemy", "laci_audit.sources.sqlalchemy", frozenset({"url"}), DATABASE_KEYS, live=True),
        SourceKind("parquet", "laci_audit.sources.parquet", frozenset({"path"}), PATH_KEYS),
        SourceKind("jsonschema", "laci_audit.sources.jsonschema", frozenset({"path"}), PATH_KEYS),
        SourceKind("openapi", "laci_audit.sources.openapi", frozenset({"path"}), PATH_KEYS),
        SourceKind("csv", "laci_audit.sources.csv", frozenset({"path"}), frozenset({"encoding", "delimiter"}) | PATH_KEYS),
    )
}
# Pseudo file systems whose files look regular but hold the machine's state (a process's
# environment, kernel settings): never read as a source, whatever the declaration says.
SPECIAL_ROOTS = (Path("/proc"), Path("/sys"), Path("/dev"))
_DIGITS = re.compile(r"(\d+)")


def resolve_paths(source: Source, inventory_dir: Path) -> list[Path]:
    """The files a path-based source names (a path or a glob, relative to the inventory), each
    checked by check_source_file; a glob's in name order, numbers by their value (V2__ before
    V10__, as Flyway runs its migrations)."""
    from laci_audit.errors import SourceError

    pattern = source.options["path"]
    base = Path(pattern) if Path(pattern).is_absolute() else inventory_dir / pattern
    allow_outside = source.options.get("allow_outside") is True
    if any(ch in pattern for ch in "*?["):
        anchor = Path(base.anchor) if base.is_absolute() else Path(".")
        relative = str(base.relative_to(anchor)) if base.is_absolute() else str(base)
        try:
            matches = sorted(anchor.glob(relative), key=_name_order)
        except (OSError, ValueError) as exc:
            raise SourceError(f"cannot list {pattern}: {getattr(exc, 'strerror', None) or exc}") from None
        paths = [check_source_file(p, inventory_dir, allow_outside, pattern) for p in matches if not p.is_dir()]
        if not paths:
            raise SourceError(f"no file matches {pattern}")
        return paths
    return [check_source_file(base, inventory_dir, allow_outside, pattern)]


def _name_order(path: Path) -> tuple[str | int, ...]:
    """A path's sort key: its text, each run of digits compared as the number it writes."""
    pieces = _DIGITS.split(str(path))  # text, digits, text, ...: the same kinds at the same places
    return tuple(int(piece) if index % 2 else piece for index, piece in enumerate(pieces))


def check_source_file(path: Path, inventory_dir: Path, allow_outside: bool, declared: str) -> Path:
    """path, if a source may read it: a regular file (no FIFO, device, folder, or file under /proc,
    /sys or /dev), inside the inventory folder unless the source declares `allow_outside: true`.
    Symbolic links are judged by where they lead. Anything else is a SourceError."""
    from laci_audit.errors import SourceError

    try:
        resolved = path.resolve(strict=True)
    except FileNotFoundError:
        raise SourceError(f"no such file: {declared}") from None
    except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, a NUL in the name
        raise SourceError(f"cannot read {declared}: {getattr(exc, 'strerror', None) or exc}") from None
    if any(resolved == root or root in resolved.parents for root in SPECIAL_ROOTS):
        raise SourceError(f"{declared}: {resolved} is a special file of the system: never read as a source")
    if not resolved.is_file():
        raise SourceError(f"{declared}: not a regular file (a folder, FIFO or device)")
    inside = inventory_dir.resolve()
    if not allow_outside and resolved != inside and inside not in resolved.parents:
        raise SourceError(f"{declared}: {resolved} is outside the inventory folder "
                          "(declare 'allow_outside: true' on the source to read it)")
    return path
