"""The classifier's vocabulary: the policy's own terms for each category, then the words shipped
in laci_audit/data/vocabulary.yaml (Indonesian and English, abbreviations, UU PDP specific data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from laci_audit.classify.sensitive import spesifik_categories
from laci_audit.classify.tokens import canonical_tokens, split_name
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.yamlio import read_package_yaml

# Single words too common in the policy's own lists to mark a field personal on their own.
GENERIC_POLICY_WORDS = frozenset({
    "transaksi", "jenis", "jumlah", "keterangan", "layanan", "tanggal", "waktu", "catatan", "aplikasi",
    "situs", "laman", "pilihan", "pengaturan", "penggunaan", "interaksi", "perangkat", "lokasi", "akun",
    "pembayaran", "lembaga", "logistik", "infrastruktur", "kurir", "api", "rating", "pesan", "ulasan",
    "survei", "nama", "foto", "alamat", "login", "gerai", "email", "password", "username",
})


@dataclass(frozen=True)
class Concept:
    """A kind of data a name can point to: its category, and how much the word alone says."""

    name: str
    category: str | None
    also: tuple[str, ...] = ()
    strong: bool = False
    sensitive: bool = False
    uncovered: str = ""
    from_policy: bool = False


@dataclass(frozen=True, eq=False)  # one per policy version, hashed by identity for caches
class Vocabulary:
    """Everything the name rules look words up in, precomputed for speed."""

    aliases: dict[str, tuple[str, ...]]
    phrases: dict[tuple[str, ...], Concept]
    longest_phrase: int
    person_words: frozenset[str]
    children_words: frozenset[str]
    patient_words: frozenset[str]
    in_charge_words: frozenset[str]  # a thing's owner, teacher, manager: in charge of a row, not its subject
    message_words: frozenset[str]  # parts and kinds of a message: `email_subject` is not an address
    table_kinds: tuple[tuple[str, str, frozenset[str]], ...]
    line_words: frozenset[str]
    lookup_words: frozenset[str]
    organisation_words: frozenset[str]
    time_words: frozenset[str]
    technical_words: frozenset[str]
    reference_words: frozenset[str]
    table_noise: frozenset[str]
    catalogue_words: frozenset[str] = frozenset()
    aggregate_words: frozenset[str] = frozenset()
    configuration_words: frozenset[str] = frozenset()  # menu, template, plugin: configuration wherever they stand
    money_words: frozenset[str] = frozenset()  # amount, price, nominal: a column holding money
    finance_words: frozenset[str] = frozenset()  # pinjaman, tabungan: a table of a person's loan or savings
    finance_amount_words: frozenset[str] = frozenset()  # pokok, sisa, denda: an amount of a loan
    keyed_kind_words: frozenset[str] = frozenset()  # bug, donasi, hold: a kind of record only with a key to a person
    not_personal: frozenset[str] = frozenset()  # column names an organisation says are never personal
    glue_set: frozenset[str] = frozenset()  # table words long enough to be found glued to another (datapasiens)
    glue_heads: frozenset[str] = frozenset()  # short words of a kind of record, found glued last (searchlog)
    uncovered_records: tuple[tuple[str, bool, frozenset[str]], ...] = ()  # (kind, sensitive, table words)
    spesifik_categories: frozenset[str] = field(default_factory=frozenset)
    known_words: frozenset[str] = frozenset()  # every word of the vocabulary: what a glued name is split into
    abbreviations: frozenset[str] = frozenset()  # short aliases (hp, tel): a glued name ends with one, never starts
    ids: dict[str, str] = field(default_factory=dict)  # concept -> the policy's id ('' when it has none)
    sections: dict[str, str] = field(default_factory=dict)  # a part of section A's id -> its concept

    def field_tokens(self, name: str) -> tuple[str, ...]:
        """A field name's canonical tokens, a glued word the vocabulary does not know split into
        words it knows (`deviceid` -> device id, `lastip` -> last ip, `lastactivityat` -> last
        activity at). Remembered: the table pass and the field pass ask about the same names."""
        return _field_tokens(name, self)

    def section_of(self, item_id: str) -> str:
        """The concept of the part of section A a policy id lies in ('' when none)."""
        return self.sections.get(item_id.rsplit(".", 1)[0], "") if item_id else ""

    def id(self, concept: str) -> str:
        """The policy's id for a category concept ('account' -> A.1.1), '' when the policy has none."""
        return self.ids.get(concept, "")


@lru_cache(maxsize=1)
def builtin_vocabulary() -> dict:
    """The vocabulary file shipped with the package, parsed once."""
    return read_package_yaml("vocabulary.yaml")


def build_vocabulary(taxonomy: Taxonomy, tuning: dict | None = None) -> Vocabulary:
    """The vocabulary for one policy version: its terms first, then the shipped words, with an
    organisation's own words (classify/tuning.py) added."""
    from laci_audit.classify.tuning import merged_vocabulary

    data = merged_vocabulary(builtin_vocabulary(), tuning or {})
    aliases = {str(key): tuple(str(value).split()) for key, value in data["aliases"].items()}
    phrases: dict[tuple[str, ...], Concept] = {}
    ids = {name: taxonomy.concept(name) for name in taxonomy.concepts.categories}
    for name, spec in data["concepts"].items():
        category = ids.get(spec["category"]) if "category" in spec else None
        concept = Concept(
            name=name, category=category or None,
            also=tuple(ids[c] for c in spec.get("also", ()) if ids.get(c)),
            strong=bool(spec.get("strong")), sensitive=bool(spec.get("sensitive")),
            uncovered=str(spec.get("uncovered", "")),
        )
        if concept.category is None and not concept.uncovered:
            continue
        for word in spec["words"]:
            phrases.setdefault(_phrase(str(word), aliases), concept)
    for category in taxonomy.categories():
        for term in category.terms:
            phrase = _phrase(term, aliases)
            if phrase and not (len(phrase) == 1 and (phrase[0] in GENERIC_POLICY_WORDS or term.casefold() in GENERIC_POLICY_WORDS)):
                phrases.setdefault(phrase, Concept(f"policy:{term}", category.id, strong=len(phrase) > 1,
                                                   sensitive=category.spesifik, from_policy=True))
    table_kinds = tuple(
        (kind, ids[spec["category"]], frozenset(str(word) for word in spec["words"]))
        for kind, spec in data["table_contexts"].items() if ids.get(spec["category"])
    )
    words = {key: frozenset(str(w) for w in data[key]) for key in (
        "person_words", "children_words", "patient_words", "in_charge_words", "message_words", "line_words", "lookup_words",
        "organisation_words", "time_words",
        "technical_words", "reference_words", "table_noise", "catalogue_words",
        "aggregate_words", "configuration_words", "money_words", "finance_words", "finance_amount_words",
        "keyed_kind_words")}
    uncovered_records = tuple((str(kind), bool(spec.get("sensitive")), frozenset(str(w) for w in spec["words"]))
                              for kind, spec in data["uncovered_records"].items())
    glued = {w for w in words["person_words"] if len(w) >= 4} | {
        w for _kind, _sensitive, kind_words in uncovered_records for w in kind_words if len(w) >= 5} | {
        w for _kind, _category, kind_words in table_kinds for w in kind_words if len(w) >= 5}
    words["glue_set"] = frozenset(w for w in glued if "_" not in w)
    words["glue_heads"] = frozenset(w for _kind, _category, kind_words in table_kinds for w in kind_words
                                    if 3 <= len(w) < 5 and "_" not in w and w not in words["keyed_kind_words"])
    known = {t for phrase in phrases for t in phrase} | {t for value in aliases.values() for t in value}
    known |= {key for key in aliases if "_" not in key} | {w for _k, _c, kind_words in table_kinds for w in kind_words}
    for key in ("person_words", "time_words", "technical_words", "lookup_words", "catalogue_words", "reference_words",
                "line_words"):
        known |= words[key]
    words["known_words"] = frozenset(w for w in known | _FUNCTION_WORDS if "_" not in w)
    canonical = {t for phrase in phrases for t in phrase} | {t for value in aliases.values() for t in value}
    words["abbreviations"] = frozenset(k for k in aliases if len(k) <= 3 and k not in canonical)
    return Vocabulary(
        aliases=aliases, phrases=phrases, longest_phrase=max(len(p) for p in phrases),
        table_kinds=table_kinds,
        spesifik_categories=spesifik_categories(taxonomy),
        ids=ids,
        sections={item_id: name for name, item_id in taxonomy.concepts.sections.items() if item_id},
        uncovered_records=uncovered_records,
        not_personal=frozenset(data.get("not_personal", ())),
        **words,
    )


# Short words a glued name is also split at: customerid, createdby, noktp.
_FUNCTION_WORDS = frozenset({"id", "no", "by", "at", "kode", "code", "key", "nr", "num", "tgl", "last", "first"})


@lru_cache(maxsize=262144)
def _field_tokens(name: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    tokens = canonical_tokens(name, vocabulary.aliases)
    if all(t in vocabulary.known_words or len(t) < 4 for t in tokens):
        return tokens
    return tuple(word for t in tokens for word in _unglued_word(t, vocabulary))


@lru_cache(maxsize=65536)
def _unglued_word(token: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """A token split into two or three words the vocabulary knows, aliases applied to each
    (`nohp` -> no phone); the token itself when no such split is found."""
    if token in vocabulary.known_words or len(token) < 4:
        return (token,)
    parts = _split_known(token, vocabulary.known_words, vocabulary.abbreviations, 3)
    if parts is None:
        return (token,)
    return tuple(word for part in parts for word in vocabulary.aliases.get(part, (part,)))


def _split_known(token: str, known: frozenset[str], abbreviations: frozenset[str], most: int) -> tuple[str, ...] | None:
    """The token as at most `most` known words of two letters or more, the longest first word
    first; a short abbreviation only as the last (`nohp`, but `telat` is not tel + at)."""
    if token in known:
        return (token,)
    if most == 1:
        return None
    for cut in range(len(token) - 2, 1, -1):
        if token[:cut] in known and token[:cut] not in abbreviations:
            rest = _split_known(token[cut:], known, abbreviations, most - 1)
            if rest is not None:
                return (token[:cut], *rest)
    return None


def _phrase(text: str, aliases: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return canonical_tokens("_".join(split_name(text)), aliases)
