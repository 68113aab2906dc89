"""sources.yaml and fields/*.yaml parsed and validated once: each file that loaded without a
problem is kept in `.laci-cache/declarations/` as JSON, keyed by a hash of its bytes, of the path
it is shown by and of the code that reads it. A changed file is read again, alone; a file with a
problem is never cached, so its errors (file:line) come from reading it, every time.

Reading 100,000 registrations from YAML takes seconds; from this cache, a fraction of that.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from laci_audit.fileio import display_path
from laci_audit.inventory.cache import code_digest, file_digest, read_entry, write_entry
from laci_audit.inventory.declarations import FieldsFile, Problems, load_fields_file, load_sources
from laci_audit.inventory.layout import InventoryFolder
from laci_audit.records import Processing, Registration, Source, TableRegistration
from laci_audit.yamlio import MAX_YAML_BYTES

CACHE_FORMAT = 2  # 2: every text stored once
FOLDER = "declarations"
# Declarations files read so far in this process, by where from: "yaml" (parsed) or "cache".
READS: Counter[str] = Counter()


def cached_sources(folder: InventoryFolder, problems: Problems) -> dict[str, Source]:
    """load_sources(sources.yaml), from the cache when the file is unchanged."""
    path = folder.sources_file
    return _cached(
        folder.cache_file(FOLDER, "sources.json"), path, problems,
        decode=lambda value: {name: _source(row, path) for name, row in value.items()},
        load=lambda: load_sources(path, problems),
        encode=lambda sources: {name: _source_row(source) for name, source in sources.items()})


def cached_fields_file(folder: InventoryFolder, path: Path, sources: dict[str, Source],
                       problems: Problems) -> FieldsFile:
    """load_fields_file(path), from the cache when the file is unchanged and its source still declared."""
    return _cached(
        folder.cache_file(FOLDER, "fields", f"{path.name}.json"), path, problems,
        decode=lambda value: _fields_file(value, display_path(path)),
        load=lambda: load_fields_file(path, sources, problems),
        encode=_fields_file_document,
        usable=lambda value: isinstance(value, dict) and value.get("source") in sources)


def _cached(cache_file: Path, path: Path, problems: Problems, decode, load, encode, usable=lambda value: True):
    """decode(the cached value) when the file is unchanged and the value usable; else load() the
    file and, when it loaded without a problem and did not change meanwhile, cache encode(it)."""
    key = _key(path)
    value = read_entry(cache_file, key) if key else None
    if value is not None and usable(value):
        try:
            decoded = decode(value)
            READS["cache"] += 1
            return decoded
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            pass  # a damaged cache: read the file, and cache it again
    before = len(problems.found)
    READS["yaml"] += 1
    loaded = load()
    if key and len(problems.found) == before and _key(path) == key:  # not changed while it was read
        write_entry(cache_file, key, encode(loaded))
    return loaded


def _key(path: Path) -> str | None:
    """The cache key of a declarations file, or None when it cannot be read (reading it reports that)."""
    digest = file_digest(path, MAX_YAML_BYTES)
    if digest == "unreadable":
        return None
    text = "\0".join((str(CACHE_FORMAT), code_digest("inventory", "sources"), display_path(path), digest))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- Sources ----------------------------------------------------------------------------------


def _source_row(source: Source) -> dict:
    return {
        "name": source.name, "kind": source.kind, "owner": source.owner, "purposes": source.purposes,
        "description": source.description, "partners": source.partners,
        "options": {key: list(value) if isinstance(value, tuple) else value for key, value in source.options.items()},
        "line": source.line, "processing": _processing_row(source.processing), "subject_keys": source.subject_keys,
    }


def _source(row: dict, path: Path) -> Source:
    return Source(
        name=row["name"], kind=row["kind"], owner=row["owner"], purposes=tuple(row["purposes"]),
        description=row["description"], partners=tuple(row["partners"]),
        options={key: tuple(value) if isinstance(value, list) else value for key, value in row["options"].items()},
        declared_in=display_path(path), line=row["line"], processing=_processing(row["processing"]),
        subject_keys=tuple(row["subject_keys"]),
    )


def _processing_row(processing: Processing) -> list:
    return [processing.recipients, processing.retention, processing.legal_basis, processing.data_subjects]


def _processing(row: list) -> Processing:
    recipients, retention, legal_basis, data_subjects = row
    return Processing(None if recipients is None else tuple(recipients), retention,
                      None if legal_basis is None else tuple(legal_basis),
                      None if data_subjects is None else tuple(data_subjects))


# --- Fields files: every text, tuple of ids and Processing stored once, shared when read -----


def _fields_file_document(loaded: FieldsFile) -> dict:
    ids: dict[tuple[str, ...], int] = {}  # each value numbered in order of first use (dict.setdefault, inline: fast)
    text: dict[str, int] = {}
    facts = _ProcessingNumbers()
    rows = [
        [text.setdefault(r.table, len(text)), text.setdefault(r.field, len(text)),
         ids.setdefault(r.categories, len(ids)), ids.setdefault(r.purposes, len(ids)),
         ids.setdefault(r.table_purposes, len(ids)), r.personal, text.setdefault(r.reason, len(text)),
         ids.setdefault(r.partners, len(ids)), text.setdefault(r.note, len(text)), r.line, r.draft,
         text.setdefault(r.references, len(text)), facts(r.processing), facts(r.table_processing)]
        for r in loaded.registrations]
    tables = [[text.setdefault(t.table, len(text)), ids.setdefault(t.categories, len(ids)),
               ids.setdefault(t.purposes, len(ids)), t.personal, text.setdefault(t.reason, len(text)),
               ids.setdefault(t.partners, len(ids)), text.setdefault(t.note, len(text)), t.line, t.draft,
               facts(t.processing)] for t in loaded.tables]
    table_purposes = [[text.setdefault(table, len(text)), ids.setdefault(purposes, len(ids))]
                      for (_source, table), purposes in loaded.table_purposes.items()]
    return {"source": loaded.source, "registrations": rows, "tables": tables, "table_purposes": table_purposes,
            "ids": list(ids), "processing": [_processing_row(p) for p in facts.numbers], "text": list(text)}


class _ProcessingNumbers:
    """Processing facts numbered in order of first use; the object a table's fields share is
    looked up by identity first (hashing a Processing runs Python code)."""

    def __init__(self) -> None:
        self.numbers: dict[Processing, int] = {}
        self.by_identity: dict[int, int] = {}  # the objects stay alive meanwhile: their ids are theirs

    def __call__(self, processing: Processing) -> int:
        number = self.by_identity.get(id(processing))
        if number is None:
            number = self.by_identity[id(processing)] = self.numbers.setdefault(processing, len(self.numbers))
        return number


def _fields_file(document: dict, file: str) -> FieldsFile:
    source = document["source"]
    ids = [tuple(values) for values in document["ids"]]
    facts = [_processing(row) for row in document["processing"]]
    text = document["text"]
    registrations = [  # by position, in Registration's order: a third faster than by keyword
        Registration(source, text[table], text[name], ids[categories], ids[purposes], ids[table_purposes], personal,
                     text[reason], ids[partners], text[note], file, line, draft, text[references], facts[processing],
                     facts[table_processing])
        for (table, name, categories, purposes, table_purposes, personal, reason, partners, note, line, draft,
             references, processing, table_processing) in document["registrations"]]
    tables = [
        TableRegistration(source=source, table=text[table], categories=ids[categories], purposes=ids[purposes],
                          personal=personal, reason=text[reason], partners=ids[partners], note=text[note], file=file,
                          line=line, draft=draft, processing=facts[processing])
        for table, categories, purposes, personal, reason, partners, note, line, draft, processing
        in document["tables"]]
    table_purposes = {(source, text[table]): ids[purposes] for table, purposes in document["table_purposes"]}
    return FieldsFile(registrations, table_purposes, tables, source)
