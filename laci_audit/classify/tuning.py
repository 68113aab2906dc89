"""An organisation's own words for the classifier, in the inventory's classifier.yaml: merged into
the shipped vocabulary (laci_audit/data/vocabulary.yaml) without editing installed files.

    aliases: {nohp: phone, tgl_lhr: date birth}        # abbreviations and glued words
    concepts: {email: [surel_kantor]}                    # more words for a shipped concept
    table_kinds: {transaction: [mutasi, titipan]}        # more table words for a kind of record
    person_words: [nasabah_prioritas]                    # and lookup_words, organisation_words,
    catalogue_words: [sku]                               # children_, patient_, aggregate_, in_charge_, configuration_words
    not_personal: [kode_cabang]                          # column names never personal outside a person's record
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from laci_audit.errors import DeclarationError
from laci_audit.yamlio import line_of, read_yaml

WORD_LISTS = ("person_words", "lookup_words", "organisation_words", "catalogue_words", "children_words",
              "patient_words", "aggregate_words", "in_charge_words", "configuration_words")
KEYS = ("aliases", "concepts", "table_kinds", "not_personal", *WORD_LISTS)


def load_tuning(path: Path) -> dict:
    """The tuning file read and checked (every problem a DeclarationError at file:line); {} when absent."""
    if not path.is_file():
        return {}
    document = read_yaml(path)
    if document is None:
        return {}
    if not isinstance(document, dict):
        raise DeclarationError(path, line_of(document), f"expected a mapping with any of: {', '.join(KEYS)}")
    for key, value in document.items():
        if key not in KEYS:
            raise DeclarationError(path, line_of(document, key), f"unknown key {key!r} (expected one of: {', '.join(KEYS)})")
        if key in ("aliases", "concepts", "table_kinds") and not isinstance(value, dict):
            raise DeclarationError(path, line_of(document, key), f"'{key}' must be a mapping")
        if key not in ("aliases", "concepts", "table_kinds"):
            _words(value, path, document, key)
    for name, words in (document.get("concepts") or {}).items():
        _words(words, path, document["concepts"], name)
    for name, words in (document.get("table_kinds") or {}).items():
        _words(words, path, document["table_kinds"], name)
    for alias, meaning in (document.get("aliases") or {}).items():
        if not isinstance(meaning, str) or not meaning.strip():
            raise DeclarationError(path, line_of(document["aliases"], alias), f"alias {alias!r} must name words, e.g. phone")
    return dict(document, file=str(path))


def merged_vocabulary(shipped: dict, tuning: dict) -> dict:
    """The shipped vocabulary data with the tuning's words added; unknown concepts or kinds refused."""
    if not tuning:
        return shipped
    path = Path(tuning["file"])
    data = copy.deepcopy(shipped)
    data["aliases"].update({str(k).casefold(): str(v) for k, v in (tuning.get("aliases") or {}).items()})
    for name, words in (tuning.get("concepts") or {}).items():
        if name not in data["concepts"]:
            raise DeclarationError(path, None, f"unknown concept {name!r} (known: {', '.join(sorted(data['concepts']))})")
        data["concepts"][name]["words"] = [*data["concepts"][name]["words"], *map(str, words)]
    for kind, words in (tuning.get("table_kinds") or {}).items():
        if kind not in data["table_contexts"]:
            raise DeclarationError(path, None, f"unknown table kind {kind!r} (known: {', '.join(data['table_contexts'])})")
        data["table_contexts"][kind]["words"] = [*data["table_contexts"][kind]["words"], *map(str, words)]
    for key in WORD_LISTS:
        data[key] = [*data[key], *(str(w).casefold() for w in tuning.get(key) or ())]
    data["not_personal"] = [str(w).casefold() for w in tuning.get("not_personal") or ()]
    return data


def _words(value: Any, path: Path, parent: Any, key: Any) -> None:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise DeclarationError(path, line_of(parent, key), f"'{key}' must be a list of words")
