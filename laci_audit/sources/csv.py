"""CSV and TSV files: the header row gives the fields; encoding and delimiter are detected.

Each file is a container named after the file (`pelanggan_marketing.csv` -> `pelanggan_marketing`).
The encoding is the declared one, else UTF-8 (with or without a byte order mark), else Latin-1;
the delimiter is the declared one, else what csv.Sniffer finds among , ; tab |, else tab for .tsv
and comma for the rest. Every row is checked against the header, so a malformed export is a
source-unreadable finding naming the file and line. Values are read only by sample(), and only
to hand them to the detectors.
"""

from __future__ import annotations

import codecs
import csv
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from laci_audit.errors import SourceError
from laci_audit.fileio import display_path
from laci_audit.records import Field, Source
from laci_audit.sources import resolve_paths

SNIFF_BYTES = 64 * 1024
DELIMITERS = ",;\t|"
TAB_SUFFIXES = (".tsv", ".tab")


@dataclass(frozen=True)
class CsvFormat:
    """How one file is written: its text encoding and delimiter (quoting is the RFC 4180 one)."""

    encoding: str
    delimiter: str


def validate(source: Source) -> str | None:
    """A declared encoding must be one Python knows; a declared delimiter must be one character."""
    encoding = source.options.get("encoding")
    if encoding is not None:
        try:
            codec = codecs.lookup(str(encoding))
        except LookupError:
            return f"unknown encoding {encoding!r}"
        if not codec._is_text_encoding:  # rot13, base64, zlib: codecs, not text encodings
            return f"{encoding!r} is not a text encoding (such as utf-8, latin-1, cp1252, utf-16)"
    delimiter = source.options.get("delimiter")
    if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1):
        return f"'delimiter' must be one character, such as ';' or \"\\t\", not {delimiter!r}"
    return None


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield the header columns of each file, then check every row has as many fields."""
    problems = []
    for path in resolve_paths(source, inventory_dir):
        try:
            yield from _file_fields(source, path)
        except SourceError as exc:
            problems.append(str(exc))
    if problems:
        raise SourceError("; ".join(problems))


def sample(source: Source, inventory_dir: Path, fields: list[Field], limit: int) -> Iterator[tuple[Field, list]]:
    """Yield each field with its non-empty values from at most `limit` data rows of its file."""
    by_file: dict[str, list[Field]] = {}
    for found in fields:
        by_file.setdefault(found.table, []).append(found)
    for path in resolve_paths(source, inventory_dir):
        wanted = by_file.get(container_name(path))
        if not wanted:
            continue
        with _reading(path, detect_format(path, source)) as reader:
            header, _line = _header(reader, path)
            rows = list(itertools.islice((row for row in reader if row), limit))
        columns = {name.strip(): index for index, name in enumerate(header)}
        for found in wanted:
            index = columns.get(found.name)
            yield found, [row[index] for row in rows if index is not None and index < len(row) and row[index] != ""]


def container_name(path: Path) -> str:
    """A file's container: its name without the suffix."""
    return path.stem


def detect_format(path: Path, source: Source) -> CsvFormat:
    """The declared encoding and delimiter, or what the first 64 KiB of the file suggest."""
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    encoding = str(source.options.get("encoding") or detect_encoding(head, complete=len(head) < SNIFF_BYTES))
    delimiter = source.options.get("delimiter")
    if not delimiter:
        try:
            first_lines = "\n".join(head.decode(encoding, errors="ignore").splitlines()[:50])
        except UnicodeError:
            first_lines = ""
        try:
            delimiter = csv.Sniffer().sniff(first_lines, delimiters=DELIMITERS).delimiter
        except csv.Error:
            delimiter = "\t" if path.suffix.lower() in TAB_SUFFIXES else ","
    return CsvFormat(encoding, str(delimiter))


def detect_encoding(head: bytes, complete: bool) -> str:
    """utf-8-sig, utf-16 or utf-32 when the bytes start with its byte order mark, utf-8 when they
    decode, else latin-1.

    Unless `head` is the complete file, a character cut at its end does not count against UTF-8.
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if complete or exc.start < len(head) - 3:
            return "latin-1"
    return "utf-8"


def _file_fields(source: Source, path: Path) -> Iterator[Field]:
    shown = display_path(path)
    csv_format = detect_format(path, source)
    with _reading(path, csv_format) as reader:
        header, line = _header(reader, path)
        seen: dict[str, int] = {}
        for position, raw_name in enumerate(header, start=1):
            name = raw_name.strip()
            if not name:
                raise SourceError(f"{shown}:{line}: column {position} of the header has no name")
            if name.casefold() in seen:
                raise SourceError(f"{shown}:{line}: column {position} repeats the name {name!r} of column {seen[name.casefold()]}")
            seen[name.casefold()] = position
            yield Field(source=source.name, table=container_name(path), name=name, data_type="text", file=shown, line=line)
        row_start = reader.line_num + 1
        try:
            for row in reader:
                if row and len(row) != len(header):
                    raise SourceError(f"{shown}:{row_start}: row has {len(row)} fields, the header has {len(header)}")
                row_start = reader.line_num + 1
        except csv.Error as exc:
            raise SourceError(f"{shown}:{row_start}: malformed row: {exc}") from None


@contextmanager
def _reading(path: Path, csv_format: CsvFormat) -> Iterator[Any]:
    """A strict csv reader over a file; csv and decoding errors become SourceError at file:line."""
    shown = display_path(path)
    with open(path, "rb") as handle:
        reader = csv.reader(_decoded_lines(handle, csv_format.encoding, shown), delimiter=csv_format.delimiter, strict=True)
        try:
            yield reader
        except csv.Error as exc:
            raise SourceError(f"{shown}:{reader.line_num}: malformed {csv_format.delimiter!r}-separated row: {exc}") from None


def _decoded_lines(handle: Any, encoding: str, shown: str) -> Iterator[str]:
    """The file's lines as text, decoded one by one so that a bad byte is reported at its line
    (UTF-16 and UTF-32, whose newline is not one byte, in chunks of 64 KiB, by the line reached)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    wide = codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    chunks = iter(lambda: handle.read(SNIFF_BYTES), b"") if wide else handle
    number = 1
    pending = ""
    for raw in chunks:
        try:
            text = pending + decoder.decode(raw)
        except UnicodeError:
            raise SourceError(f"{shown}:{number}: not {encoding} text (declare the file's 'encoding')") from None
        *lines, pending = text.split("\n")  # like the bytes' lines: U+0085 or U+2028 in a cell ends no row
        for line in lines:
            number += 1
            yield line + "\n"
    try:
        pending += decoder.decode(b"", final=True)
    except UnicodeError:  # UTF-16 without its byte order mark is a UnicodeError, not a decode error
        raise SourceError(f"{shown}:{number}: not {encoding} text (declare the file's 'encoding')") from None
    if pending:
        yield pending


def _header(reader: Any, path: Path) -> tuple[list[str], int]:
    for row in reader:
        if any(cell.strip() for cell in row):
            return row, reader.line_num
    raise SourceError(f"{display_path(path)}: no header row")
