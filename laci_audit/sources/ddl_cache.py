"""The `ddl` kind's entry point: a content-addressed cache in front of ddl.scan.

Parsing DDL (and importing sqlglot to do it) is most of the time of a small audit, and in CI
almost every DDL file is unchanged from one run to the next. The fields a source's files define
are kept in `.laci-cache/ddl/<source>.json` inside the inventory (the folder ignores itself for
git), keyed by a hash of everything they depend on: the files' paths and bytes, the dialect,
and the parser's code and version (every laci_audit module it imports, sqlglot's version). Any change is a
miss and a fresh parse; a read error is cached like the fields before it. The cache is only an
optimisation: a cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from laci_audit.errors import SourceError
from laci_audit.fileio import display_path
from laci_audit.inventory.cache import file_digest, holds_key, read_entry, write_entry
from laci_audit.inventory.layout import InventoryFolder
from laci_audit.records import Field, SkippedStatement, Source
from laci_audit.sources import resolve_paths
from laci_audit.sources.fields_cache import READS, scan_document, scan_of

CACHE_FORMAT = 4  # 2: a field's row ends with the column it references; 3: then its primary key, and skipped
# statements; 4: every text stored once (sources/fields_cache.py)
# `import a.b` and `from a.b import c, d` (parenthesised over lines too), at any indentation
_IMPORT = re.compile(r"^[ \t]*(?:import|from)[ \t]+([\w.]+)(?:[ \t]+import[ \t]+(\([^)]*\)|[^\n#]*))?", re.MULTILINE)


def validate(source: Source) -> str | None:
    """A dialect sqlglot ships a module for (or another name of one) is fine, checked without
    importing sqlglot; anything else is an error that lists the known dialects."""
    from laci_audit.sources import dialects

    return dialects.check(source.options["dialect"])


def scan(source: Source, inventory_dir: Path) -> Iterator[Field | SkippedStatement]:
    """ddl.scan's fields and skipped statements, from the cache when nothing they depend on has changed."""
    paths = resolve_paths(source, inventory_dir)
    key = cache_key(source, paths)
    cached = _read(_cache_file(source, inventory_dir), key, source.name)
    READS["ddl", "read" if cached is None else "cache"] += 1
    if cached is None:
        cached = _parse(source, inventory_dir)
        _write(_cache_file(source, inventory_dir), key, *cached)
    fields, skipped, error = cached
    yield from fields
    yield from skipped
    if error:
        raise SourceError(error)


def is_cached(source: Source, paths: list[Path], inventory_dir: Path) -> bool:
    """Whether the cache holds an entry for the source's files as they are now."""
    return holds_key(_cache_file(source, inventory_dir), cache_key(source, paths))


def _cache_file(source: Source, inventory_dir: Path) -> Path:
    return InventoryFolder(inventory_dir).cache_file("ddl", f"{source.name}.json")


def cache_key(source: Source, paths: list[Path]) -> str:
    """A hash of what a DDL source's fields depend on: files (as shown) and bytes, dialect, parser."""
    digest = hashlib.sha256()
    for part in (str(CACHE_FORMAT), source.name, str(source.options["dialect"]), *map(file_digest, parser_files())):
        digest.update(part.encode("utf-8") + b"\0")
    for path in paths:
        digest.update(display_path(path).encode("utf-8") + b"\0" + file_digest(path).encode("ascii") + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def parser_files() -> tuple[Path, ...]:
    """The files whose code makes a DDL source's fields: this module and every laci_audit module it
    imports, directly or through others, found from their import statements wherever they live
    (no module is imported to find them), and sqlglot's version file."""
    found: dict[str, Path] = {}
    pending = [__name__]
    while pending:
        name = pending.pop()
        spec = find_spec(name) if name not in found else None
        if spec is None or not spec.origin:
            continue
        found[name] = Path(spec.origin)
        pending.extend(_imported_modules(found[name], name))
    return (*sorted(found.values()), _sqlglot_dir() / "_version.py")


def _imported_modules(path: Path, module: str) -> list[str]:
    """The laci_audit modules a module's code imports (at its top or inside its functions)."""
    package = module.split(".")[0]
    names = []
    for imported, listed in _IMPORT.findall(path.read_text(encoding="utf-8")):
        names.append(imported)
        names.extend(f"{imported}.{name.split()[0]}" for name in listed.strip("()").split(",") if name.strip())
    return [name for name in names if name.split(".")[0] == package and _is_module(name)]


def _is_module(name: str) -> bool:
    try:
        return find_spec(name) is not None
    except (ImportError, ValueError):  # `from laci_audit.x import function`: not a module
        return False


def _parse(source: Source, inventory_dir: Path) -> tuple[list[Field], list[SkippedStatement], str | None]:
    from laci_audit.sources import ddl

    fields: list[Field] = []
    skipped: list[SkippedStatement] = []
    try:
        for found in ddl.scan(source, inventory_dir):
            (skipped if isinstance(found, SkippedStatement) else fields).append(found)
    except SourceError as exc:
        return fields, skipped, str(exc)
    return fields, skipped, None


def _read(cache_file: Path, key: str, source_name: str
          ) -> tuple[list[Field], list[SkippedStatement], str | None] | None:
    document = read_entry(cache_file, key)
    try:
        return None if document is None else scan_of(document, source_name)
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _write(cache_file: Path, key: str, fields: list[Field], skipped: list[SkippedStatement], error: str | None) -> None:
    write_entry(cache_file, key, scan_document(fields, skipped, error))


def _sqlglot_dir() -> Path:
    spec = find_spec("sqlglot")
    return Path(spec.origin).parent if spec and spec.origin else Path("/nonexistent")
