"""UU PDP (No. 27/2022) Pasal 4(2): "data pribadi yang bersifat spesifik", which needs extra care.

The vocabulary marks the words of each kind (`sensitive: true`); policy categories that hold
such data by nature are flagged `spesifik` in the taxonomy (A.1.6 payment data, A.3.3 credit
bureau data), so everything suggested under them is sensitive too.
"""

from __future__ import annotations

from collections.abc import Iterable

from laci_audit.policy.taxonomy import Taxonomy

CHILDREN = "children's data"
HEALTH = "health data"
# The kinds Pasal 4(2) names, in English and as the law writes them.
SPECIFIC_KINDS = {
    HEALTH: "data dan informasi kesehatan",
    "biometric data": "data biometrik",
    "genetic data": "data genetika",
    "criminal record": "catatan kejahatan",
    CHILDREN: "data anak",
    "personal financial data": "data keuangan pribadi",
}


def spesifik_categories(taxonomy: Taxonomy) -> frozenset[str]:
    """The policy categories flagged as holding specific data by nature."""
    return frozenset(category.id for category in taxonomy.categories() if category.spesifik)


def is_sensitive(word_is_specific: bool, categories: Iterable[str], spesifik: frozenset[str]) -> bool:
    """Specific data: a word of a Pasal 4(2) kind, or a suggestion under a spesifik category."""
    return word_is_specific or any(category in spesifik for category in categories)


def legal_name(kind: str) -> str:
    """'health data (data dan informasi kesehatan)', or the kind itself when Pasal 4(2) does not name it."""
    return f"{kind} ({SPECIFIC_KINDS[kind]})" if kind in SPECIFIC_KINDS else kind
