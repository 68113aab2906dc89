"""Source kinds: one module per kind, each with `scan(source, inventory_dir) -> Iterator[Field]`
(a DDL source also yields the SkippedStatements it left out).

To add a kind, write its module and register it in KINDS with the declaration keys it takes.
"""

from __future__ import annotations

import importlib
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

KINDS: dict[str, SourceKind] = {
    kind.name: kind
    for kind in (
        SourceKind("ddl", "laci_audit.sources.ddl_cache", frozenset({"path", "dialect"})),
        SourceKind("sqlite", "laci_audit.sources.sqlite", frozenset({"path"})),
        SourceKind("postgres", "laci_audit.sources.postgres", frozenset({"url"}), DATABASE_KEYS, live=True),
        SourceKind("mysql", "laci_audit.sources.mysql", frozenset({"url"}), DATABASE_KEYS, live=True),
        SourceKind("sqlalchemy", "laci_audit.sources.sqlalchemy", frozenset({"url"}), DATABASE_KEYS, live=True),
        SourceKind("parquet", "laci_audit.sources.parquet", frozenset({"path"})),
        SourceKind("jsonschema", "laci_audit.sources.jsonschema", frozenset({"path"})),
        SourceKind("openapi", "laci_audit.sources.openapi", frozenset({"path"})),
        SourceKind("csv", "laci_audit.sources.csv", frozenset({"path"}), frozenset({"encoding", "delimiter"})),
    )
}


def resolve_paths(source: Source, inventory_dir: Path) -> list[Path]:
    """The files a path-based source names (a path or a glob, relative to the inventory)."""
    from laci_audit.errors import SourceError

    pattern = source.options["path"]
    base = Path(pattern) if Path(pattern).is_absolute() else inventory_dir / pattern
    if any(ch in pattern for ch in "*?["):
        anchor = Path(base.anchor) if base.is_absolute() else Path(".")
        relative = str(base.relative_to(anchor)) if base.is_absolute() else str(base)
        paths = sorted(p for p in anchor.glob(relative) if p.is_file())
        if not paths:
            raise SourceError(f"no file matches {pattern}")
        return paths
    if not base.is_file():
        raise SourceError(f"no such file: {pattern}")
    return [base]
