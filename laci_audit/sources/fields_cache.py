"""What a source's scan found, as JSON for `.laci-cache/`: its fields, the statements it skipped
and its read error, each file name and data type stored once (and shared again when read back)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from laci_audit.records import Field, SkippedStatement

# Sources scanned so far in this process, by (kind, where from): "read" (the files or the
# database itself) or "cache" (fields of an unchanged source).
READS: Counter[tuple[str, str]] = Counter()


class _Numbered:
    """Strings numbered in order of first use."""

    def __init__(self) -> None:
        self.numbers: dict[Any, int] = {}

    def __call__(self, value: Any) -> int:
        return self.numbers.setdefault(value, len(self.numbers))


def scan_document(fields: list[Field], skipped: list[SkippedStatement] = (), error: str | None = None) -> dict:
    """A scan's result as JSON data."""
    files, types = _Numbered(), _Numbered()
    rows = [[f.table, f.name, types(f.data_type), files(f.file), f.line, f.comment, f.references, f.primary_key]
            for f in fields]
    return {"files": list(files.numbers), "types": list(types.numbers), "fields": rows,
            "skipped": [[s.file, s.line, s.statement, s.reason] for s in skipped], "error": error}


def scan_of(document: dict, source_name: str) -> tuple[list[Field], list[SkippedStatement], str | None]:
    """scan_document's result read back: (fields, skipped statements, error). A document of
    another shape raises KeyError, IndexError, TypeError or ValueError."""
    files, types = document["files"], document["types"]
    fields = [Field(source_name, table, name, types[data_type], files[file], line, comment, references, primary_key)
              for table, name, data_type, file, line, comment, references, primary_key in document["fields"]]
    skipped = [SkippedStatement(source_name, file, line, statement, reason)
               for file, line, statement, reason in document["skipped"]]
    error = document["error"]
    if error is not None and not isinstance(error, str):
        raise TypeError("error must be text")
    return fields, skipped, error
