"""Parquet files of a data lake: schemas from each file's footer only, nested fields as dotted paths.

`path` is a file, a glob, or a folder. A folder is one dataset, named after the folder: every
Parquet file under it (Spark's `_SUCCESS`, `.crc` and other hidden files left out), Hive-style
`key=value` folders giving partition keys, which are fields too. A file or a glob gives one table
per file, named after it, except that files under `key=value` folders belong to the dataset folder
above them. Fields of every file are read (a column added in later partitions is seen); a struct's
fields are `address.postal_code`, a list of structs' `items[].sku`, a list of scalars one field
(`list<string>`). Values are read only by sample(): at most N rows from the first row groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from laci_audit.errors import SourceError
from laci_audit.fileio import display_path
from laci_audit.records import Field, Source

_PARTITION = re.compile(r"^([^=]+)=(.*)$")
_COMMENT_KEYS = (b"description", b"comment", b"doc")


@dataclass
class Dataset:
    """One table of a parquet source: its name, where it is, and its files with their partition values."""

    name: str
    location: Path
    files: list[tuple[Path, dict[str, str]]] = field(default_factory=list)


def _pyarrow() -> Any:
    try:
        import pyarrow.parquet
    except ImportError:
        raise SourceError("parquet sources need pyarrow: pip install 'laci-audit[parquet]'") from None
    return pyarrow.parquet


def _is_data_file(path: Path) -> bool:
    return path.is_file() and not path.name.startswith(("_", ".")) and not path.name.endswith(".crc")


def partition_values(path: Path, root: Path) -> dict[str, str]:
    """The Hive partition keys and values of the folders between root and the file."""
    values = {}
    for part in path.relative_to(root).parts[:-1]:
        match = _PARTITION.match(part)
        if match:
            values[match.group(1)] = match.group(2)
    return values


def _dataset_root(path: Path) -> Path | None:
    """The folder above a file's `key=value` folders, or None when the file is in none."""
    folder = path.parent
    if not _PARTITION.match(folder.name):
        return None
    while _PARTITION.match(folder.name):
        folder = folder.parent
    return folder


def find_datasets(source: Source, inventory_dir: Path) -> list[Dataset]:
    """The source's tables: a folder is one dataset, a file its own unless it is in a partition folder."""
    pattern = str(source.options["path"])
    base = Path(pattern) if Path(pattern).is_absolute() else inventory_dir / pattern
    if any(ch in pattern for ch in "*?["):
        anchor = Path(base.anchor) if base.is_absolute() else Path(".")
        matched = sorted(anchor.glob(str(base.relative_to(anchor)) if base.is_absolute() else str(base)))
        if not matched:
            raise SourceError(f"no file matches {pattern}")
    elif base.exists():
        matched = [base]
    else:
        raise SourceError(f"no such file or folder: {pattern}")
    datasets: dict[Path, Dataset] = {}
    for path in matched:
        if path.is_dir():
            dataset = datasets.setdefault(path, Dataset(path.name, path))
            dataset.files.extend((file, partition_values(file, path))
                                 for file in sorted(path.rglob("*")) if _is_data_file(file))
        elif _is_data_file(path):
            root = _dataset_root(path)
            if root is None:
                datasets.setdefault(path, Dataset(path.stem, path)).files.append((path, {}))
            else:
                datasets.setdefault(root, Dataset(root.name, root)).files.append((path, partition_values(path, root)))
    return list(datasets.values())


def schema_fields(schema: Any) -> Iterator[tuple[str, str, str]]:
    """(dotted path, type, comment) of every leaf of an Arrow schema: structs opened, lists of
    structs as `name[]`."""
    for arrow_field in schema:
        yield from _leaves(arrow_field, arrow_field.name)


def _leaves(arrow_field: Any, path: str) -> Iterator[tuple[str, str, str]]:
    import pyarrow as pa

    kind = arrow_field.type
    if pa.types.is_struct(kind) and kind.num_fields:
        for index in range(kind.num_fields):
            child = kind.field(index)
            yield from _leaves(child, f"{path}.{child.name}")
    elif (pa.types.is_list(kind) or pa.types.is_large_list(kind)) and pa.types.is_struct(kind.value_type):
        for index in range(kind.value_type.num_fields):
            child = kind.value_type.field(index)
            yield from _leaves(child, f"{path}[].{child.name}")
    else:
        yield path, str(kind), _comment(arrow_field)


def _comment(arrow_field: Any) -> str:
    metadata = arrow_field.metadata or {}
    for key in _COMMENT_KEYS:
        if key in metadata:
            return metadata[key].decode("utf-8", "replace")
    return ""


def _read_schema(path: Path) -> Any:
    import pyarrow as pa

    try:
        return _pyarrow().read_schema(path)
    except (OSError, pa.ArrowException) as exc:
        raise SourceError(f"{display_path(path)}: not a readable Parquet file: {str(exc).splitlines()[0]}") from None


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield every field of every dataset, partition keys first, each once with the file it first appears in."""
    for dataset in find_datasets(source, inventory_dir):
        seen: set[str] = set()
        for key in dict.fromkeys(key for _file, values in dataset.files for key in values):
            seen.add(key)
            yield Field(source=source.name, table=dataset.name, name=key, data_type="partition key",
                        file=display_path(dataset.location), comment="Hive partition key")
        for file, _values in dataset.files:
            for name, data_type, comment in schema_fields(_read_schema(file)):
                if name not in seen:
                    seen.add(name)
                    yield Field(source=source.name, table=dataset.name, name=name, data_type=data_type,
                                file=display_path(file), comment=comment)


def sample(source: Source, inventory_dir: Path, fields: list[Field], limit: int) -> Iterator[tuple[Field, list]]:
    """Yield each field with at most `limit` non-null values from at most `limit` rows per dataset,
    read batch by batch from the first files' first row groups (never a whole file)."""
    wanted: dict[str, list[Field]] = {}
    for found in fields:
        wanted.setdefault(found.table, []).append(found)
    for dataset in find_datasets(source, inventory_dir):
        table_fields = wanted.get(dataset.name)
        if not table_fields:
            continue
        rows = list(_first_rows(dataset, limit))
        for found in table_fields:
            values = [value for row in rows for value in _values_at(row, found.name) if value is not None]
            yield found, values[:limit]


def _first_rows(dataset: Dataset, limit: int) -> Iterator[dict[str, Any]]:
    """At most `limit` rows as dicts (partition values added), from the dataset's files in order."""
    import pyarrow as pa

    read = 0
    for file, partitions in dataset.files:
        try:
            parquet_file = _pyarrow().ParquetFile(file)
            for batch in parquet_file.iter_batches(batch_size=max(1, min(limit - read, 1024))):
                for row in batch.to_pylist()[: limit - read]:
                    read += 1
                    yield {**partitions, **row}
                if read >= limit:
                    return
        except (OSError, pa.ArrowException) as exc:
            raise SourceError(f"{display_path(file)}: cannot read rows: {str(exc).splitlines()[0]}") from None


def _values_at(row: Any, path: str) -> list[Any]:
    """The values a dotted path (`a.b`, `items[].sku`) reaches in one row."""
    current = [row]
    for part in path.split("."):
        many = part.endswith("[]")
        key = part[:-2] if many else part
        reached = []
        for value in current:
            value = value.get(key) if isinstance(value, dict) else None
            if many and isinstance(value, list):
                reached.extend(value)
            elif not many:
                reached.append(value)
        current = reached
    return current
