"""What a source's scan found, as JSON for `.laci-cache/`: its fields, the statements it skipped
and its read error, each file name and data type stored once (and shared again when read back)."""

from __future__ import annotations

from collections import Counter

from laci_audit.records import Field, SkippedStatement

# Sources scanned so far in this process, by (kind, where from): "read" (the files or the
# database itself) or "cache" (fields of an unchanged source).
READS: Counter[tuple[str, str]] = Counter()


def scan_document(fields: list[Field], skipped: list[SkippedStatement] = (), error: str | None = None) -> dict:
    """A scan's result as JSON data: every text (table, column and file names, types, comments,
    references) stored once and named by its number, numbered in order of first use."""
    numbers: dict[Any, int] = {}
    number = numbers.setdefault  # number(text, len(numbers)): its number, a new one if it has none
    rows = [[number(f.table, len(numbers)), number(f.name, len(numbers)), number(f.data_type, len(numbers)),
             number(f.file, len(numbers)), f.line, number(f.comment, len(numbers)),
             number(f.references, len(numbers)), f.primary_key] for f in fields]
    return {"text": list(numbers), "fields": rows,
            "skipped": [[s.file, s.line, s.statement, s.reason] for s in skipped], "error": error}


def scan_of(document: dict, source_name: str) -> tuple[list[Field], list[SkippedStatement], str | None]:
    """scan_document's result read back, each text one object however many fields share it:
    (fields, skipped statements, error). A document of another shape raises KeyError,
    IndexError, TypeError or ValueError."""
    text = document["text"]
    fields = [Field(source_name, text[table], text[name], text[data_type], text[file], line, text[comment],
                    text[references], primary_key)
              for table, name, data_type, file, line, comment, references, primary_key in document["fields"]]
    skipped = [SkippedStatement(source_name, file, line, statement, reason)
               for file, line, statement, reason in document["skipped"]]
    error = document["error"]
    if error is not None and not isinstance(error, str):
        raise TypeError("error must be text")
    return fields, skipped, error
