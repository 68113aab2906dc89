"""The classifier's suggestions for one source's fields, as JSON for `.laci-cache/suggestions/`,
under a key of everything they were judged from: the fields as the classifier reads them (in
order: table, name, type, declared key, primary key), whether the source declares partners, the
classifier's code and words, the inventory's classifier.yaml and the policy. A source whose key
is unchanged is not judged again (inventory/cache.py: a miss is never an error)."""

from __future__ import annotations

import hashlib
from collections import Counter
from functools import lru_cache
from pathlib import Path

from laci_audit.classify import Suggestion
from laci_audit.inventory.cache import code_digest, file_digest, read_entry, write_entry
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field, Source
from laci_audit.stable import stable_bytes

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
# Sources whose fields were judged so far in this process: "judged" or "cache".
READS: Counter[str] = Counter()


@lru_cache(maxsize=8)
def _words_digest() -> str:
    """A hash of the data files the classifier's words come from (laci_audit/data/; the bundled
    policy is in the taxonomy's part of the key)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in DATA_DIR.iterdir() if p.is_file()):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def classifier_identity(taxonomy: Taxonomy, tuning_file: Path) -> str:
    """What the classifier's judgement depends on besides the fields: its code, its words, the
    inventory's classifier.yaml and the policy's taxonomy as loaded (each item's terms and
    `spesifik`, and the concepts that name its categories: both edited by hand, neither in the
    policy text's hash). Taken before the tuning is read, so that a file edited meanwhile leaves
    its suggestions under a key no later scan has."""
    policy = hashlib.sha256(repr((tuple(taxonomy.items.values()), taxonomy.concepts)).encode("utf-8")).hexdigest()
    parts = (code_digest("classify", "policy"), _words_digest(), file_digest(tuning_file) if tuning_file.exists() else "",
             policy)
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def suggestions_key(source: Source, fields: list[Field], identity: str) -> str:
    """The key of one source's suggestions: its fields as the classifier reads them, in order."""
    read = [(f.table, f.name, f.data_type, f.references, bool(f.primary_key)) for f in fields]
    content = (source.name, bool(source.partners), identity, read)
    return hashlib.sha256(stable_bytes(content)).hexdigest()


def suggestions_document(suggestions: list[Suggestion]) -> dict:
    """Suggestions, one per field in order, as JSON data: each text, each tuple of texts and each
    suggestion object (the field pass shares one among a table's fields judged alike) stored once
    and named by its number."""
    texts: dict[str, int] = {}
    tuples: dict[tuple[str, ...], int] = {}
    numbered_tuples: list[list[int]] = []

    def text(value: str) -> int:
        number = texts.get(value)
        if number is None:
            number = texts[value] = len(texts)
        return number

    def of_texts(values: tuple[str, ...]) -> int:
        number = tuples.get(values)
        if number is None:
            number = tuples[values] = len(tuples)
            numbered_tuples.append([text(v) for v in values])
        return number

    numbers: dict[int, int] = {}  # id of a suggestion object (all alive in `suggestions`) -> its entry
    entries, fields = [], []
    for suggestion in suggestions:
        number = numbers.get(id(suggestion))
        if number is None:
            number = numbers[id(suggestion)] = len(entries)
            entries.append((int(suggestion.personal), of_texts(suggestion.categories), suggestion.confidence,
                            int(suggestion.sensitive), of_texts(suggestion.reasons), text(suggestion.uncovered),
                            int(suggestion.values_convincing), text(suggestion.record),
                            text(suggestion.table_evidence)))
        fields.append(number)
    return {"text": list(texts), "tuples": numbered_tuples, "suggestions": entries, "fields": fields}


def suggestions_of(document: dict) -> list[Suggestion]:
    """suggestions_document's result read back, one suggestion object per distinct entry. A
    document of another shape raises KeyError, IndexError, TypeError or ValueError."""
    text = document["text"]
    if not all(isinstance(t, str) for t in text):
        raise TypeError("texts must be text")
    tuples = [tuple(text[n] for n in numbers) for numbers in document["tuples"]]
    made = []
    for personal, categories, confidence, sensitive, reasons, uncovered, convincing, record, evidence \
            in document["suggestions"]:
        if not isinstance(confidence, (int, float)) or isinstance(confidence, bool):
            raise TypeError("confidence must be a number")
        made.append(Suggestion(personal == 1, tuples[categories], confidence, sensitive == 1, tuples[reasons],
                               text[uncovered], convincing == 1, text[record], text[evidence]))
    return [made[number] for number in document["fields"]]


def cache_file(inventory_dir: Path, source: Source) -> Path:
    from laci_audit.inventory.layout import InventoryFolder

    return InventoryFolder(inventory_dir).cache_file("suggestions", f"{source.name}.json")


def cached_suggestions(path: Path, key: str, count: int) -> list[Suggestion] | None:
    """The suggestions cached under key for `count` fields, or None (a miss)."""
    document = read_entry(path, key)
    try:
        suggestions = None if document is None else suggestions_of(document)
    except (KeyError, IndexError, TypeError, ValueError):
        suggestions = None
    if suggestions is None or len(suggestions) != count:
        READS["judged"] += 1
        return None
    READS["cache"] += 1
    return suggestions


def store_suggestions(path: Path, key: str, suggestions: list[Suggestion]) -> None:
    """Cache one source's suggestions, one per field in order."""
    write_entry(path, key, suggestions_document(suggestions))
