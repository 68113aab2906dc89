"""The classifier: does a field hold personal data, and under which policy category?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from laci_audit.policy import Taxonomy
from laci_audit.records import Field

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEPARATORS = re.compile(r"[^0-9A-Za-z]+")
# Single words too common in the policy's own lists to mark a field personal on their own.
_GENERIC_POLICY_WORDS = {
    "transaksi", "jenis", "jumlah", "keterangan", "layanan", "tanggal", "waktu", "catatan", "aplikasi",
    "situs", "laman", "pilihan", "pengaturan", "penggunaan", "interaksi", "perangkat", "lokasi", "akun",
    "pembayaran", "lembaga", "logistik", "infrastruktur", "kurir", "api", "rating", "pesan", "ulasan",
    "survei", "nama", "foto", "alamat",
}


@dataclass(frozen=True)
class Suggestion:
    """The classifier's view of one field."""

    personal: bool
    categories: tuple[str, ...] = ()
    confidence: float = 0.0
    sensitive: bool = False
    evidence: tuple[str, ...] = ()


def split_name(name: str) -> list[str]:
    """Tokens of a field name: snake_case, camelCase, dotted and bracketed paths, lowercased."""
    spaced = _CAMEL_BOUNDARY.sub(" ", name)
    return [token.lower() for token in _SEPARATORS.split(spaced) if token]


@lru_cache(maxsize=4)
def _builtin_vocabulary() -> dict:
    from ruamel.yaml import YAML

    text = resources.files("laci_audit").joinpath("data/vocabulary.yaml").read_text("utf-8")
    return YAML(typ="safe").load(text)


class Classifier:
    """Name-based classifier whose vocabulary starts from the policy's own words."""

    def __init__(self, taxonomy: Taxonomy):
        builtin = _builtin_vocabulary()
        self.person_tables = frozenset(builtin["person_tables"])
        self.phrases: dict[tuple[str, ...], str] = {}
        for category in taxonomy.categories():
            for term in category.terms:
                tokens = tuple(split_name(term))
                if tokens and not (len(tokens) == 1 and tokens[0] in _GENERIC_POLICY_WORDS):
                    self.phrases.setdefault(tokens, category.id)
        for category_id, words in builtin["categories"].items():
            if category_id in taxonomy.items:
                for word in words:
                    self.phrases.setdefault(tuple(split_name(str(word))), category_id)
        self.longest = max((len(p) for p in self.phrases), default=1)

    def classify(self, field: Field) -> Suggestion:
        """Judge one field by the words in its name and its table's name."""
        tokens = split_name(field.name)
        matches: list[tuple[int, str, str]] = []
        for size in range(min(self.longest, len(tokens)), 0, -1):
            for start in range(len(tokens) - size + 1):
                phrase = tuple(tokens[start : start + size])
                category = self.phrases.get(phrase)
                if category:
                    matches.append((size, category, " ".join(phrase)))
        if not matches:
            return Suggestion(personal=False, confidence=0.5)
        matches.sort(key=lambda m: -m[0])
        categories = tuple(dict.fromkeys(category for _size, category, _word in matches))
        evidence = tuple(f"name token '{word}' -> {category}" for _size, category, word in matches)
        return Suggestion(personal=True, categories=categories, confidence=0.7, evidence=evidence)
