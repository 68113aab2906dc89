"""The policy as data: parse the policy text into a taxonomy, save it, load it, look ids up.

Sections A (what is collected) and B (what it is used for) are numbered lists; every item
becomes a PolicyItem whose id follows the document's own numbering (A.1.1, B.2.3, ...).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from laci_audit.errors import PolicyError
from laci_audit.fileio import display_path

TAXONOMY_SECTIONS = {"A": "category", "B": "purpose"}

_SECTION_LINE = re.compile(r"^([A-Z])\.\s+(\S.*)$")
_ITEM_LINE = re.compile(r"^(\s+)(\d+)\.\s+(\S.*)$")

# Words after which the policy lists the data (or the features) an item is about.
_LIST_MARKERS = re.compile(
    r"\b(?:termasuk namun tidak terbatas pada|termasuk namun tidak terbatas|termasuk diantaranya|diantaranya|termasuk|seperti"
    r"|antara lain|berupa|melalui|diperoleh menggunakan|tersimpan dalam|membutuhkan)\b",
    re.IGNORECASE,
)
# "data X": the noun right after "data" names the data, unless it is a function word.
_DATA_NOUN = re.compile(r"\bdata(?:-data)? (?!berupa\b|dari\b|yang\b|tersebut\b|pribadi\b|seperti\b|diantaranya\b)([\w-]+)")
# Where a list item stops being a noun phrase and becomes a clause.
_CLAUSE_WORDS = re.compile(
    r"\s(?:yang|dari|dalam|pada|untuk|kepada|ke|sehubungan|guna|sebelum|oleh)\s.*$", re.IGNORECASE
)
_ITEM_SEPARATORS = re.compile(r",\s*|\s+dan/atau\s+|\s+dan\s+|\s+serta\s+|\s+maupun\s+|\s+atau\s+|\.\s+")
_LEADING_FILLER = re.compile(
    r"^(?:dan/atau|dan|serta|atau|melalui|untuk keperluan|namun tidak terbatas|data|fitur)\s+", re.IGNORECASE
)
# The policy's defined terms (capitalised) and me- verbs are not data words.
_DEFINED_TERMS = {"Situs", "LaciMartKTUM", "Pengguna"}
_ACTIVE_VERB = re.compile(r"^(?:mem|meng|meny|men|mel|mer)\w{3,}$")


@dataclass(frozen=True)
class PolicyItem:
    """One numbered item of the policy: a collection category (A) or a purpose (B)."""

    id: str
    kind: str
    parent: str | None
    text: str
    label_en: str = ""
    terms: tuple[str, ...] = ()
    spesifik: bool = False


@dataclass
class Taxonomy:
    """The policy's categories and purposes, in document order, with their version."""

    items: dict[str, PolicyItem]
    sha256: str
    file: str = ""
    imported: str = ""
    text_path: str = ""
    _children: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for item in self.items.values():
            if item.parent:
                self._children.setdefault(item.parent, []).append(item.id)

    @property
    def version(self) -> str:
        """A short, stable name for this version of the policy text."""
        return self.sha256[:12]

    def children(self, item_id: str) -> list[str]:
        """Ids of the items directly under item_id."""
        return self._children.get(item_id, [])

    def is_leaf(self, item_id: str) -> bool:
        """True for an item with no sub-items: what fields are registered against."""
        return item_id in self.items and not self._children.get(item_id)

    def categories(self) -> list[PolicyItem]:
        """Collection categories that fields can be registered under (leaves of section A)."""
        return [i for i in self.items.values() if i.kind == "category" and self.is_leaf(i.id)]

    def purposes(self) -> list[PolicyItem]:
        """Purposes that fields can be registered for (leaves of section B)."""
        return [i for i in self.items.values() if i.kind == "purpose" and self.is_leaf(i.id)]

    def label(self, item_id: str) -> str:
        """The item's English label (its policy text when it has none), or 'not in the policy'."""
        item = self.items.get(item_id)
        return (item.label_en or item.text) if item else "not in the policy"

    def is_category(self, item_id: str) -> bool:
        """True when item_id is a category a field can be registered under."""
        item = self.items.get(item_id)
        return item is not None and item.kind == "category" and self.is_leaf(item_id)

    def is_purpose(self, item_id: str) -> bool:
        """True when item_id is a purpose a field can be registered for."""
        item = self.items.get(item_id)
        return item is not None and item.kind == "purpose" and self.is_leaf(item_id)


def parse_policy_text(text: str, name: str = "<policy>") -> Taxonomy:
    """Read sections A and B of the policy text into a Taxonomy (without English labels)."""
    items: dict[str, PolicyItem] = {}
    section: str | None = None
    indents: list[int] = []
    stack: list[str] = []
    last_id: str | None = None
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.rstrip()
        if not line.strip():
            continue
        heading = _SECTION_LINE.match(line)
        if heading:
            letter, title = heading.groups()
            section = letter if letter in TAXONOMY_SECTIONS else None
            indents, stack, last_id = [], [], None
            if section:
                if letter in items:
                    raise PolicyError(name, number, f"section {letter} appears twice")
                items[letter] = PolicyItem(letter, TAXONOMY_SECTIONS[letter], None, title.strip())
                last_id = letter
            continue
        if section is None:
            continue
        item = _ITEM_LINE.match(line)
        if not item:
            if last_id and last_id != section:
                previous = items[last_id]
                items[last_id] = replace(previous, text=f"{previous.text} {line.strip()}")
            continue
        indent, ordinal, body = len(item.group(1)), item.group(2), item.group(3).strip()
        while indents and indent < indents[-1]:
            indents.pop()
            stack.pop()
        if not indents or indent > indents[-1]:
            indents.append(indent)
            stack.append("")
        parent = stack[-2] if len(stack) > 1 else section
        item_id = f"{parent}.{ordinal}"
        if item_id in items:
            raise PolicyError(name, number, f"item {item_id} is numbered twice")
        stack[-1] = item_id
        items[item_id] = PolicyItem(item_id, TAXONOMY_SECTIONS[section], parent, body)
        last_id = item_id
    for letter in TAXONOMY_SECTIONS:
        if letter not in items:
            raise PolicyError(name, None, f"no section {letter}. in the policy text")
    items = {i: replace(it, terms=extract_terms(it.text)) if it.parent else it for i, it in items.items()}
    # the version names the words, not how a checkout stored them: no BOM, \n line endings
    canonical = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return Taxonomy(items, digest, file=name)


def extract_terms(text: str) -> tuple[str, ...]:
    """The data words an item names: 'nama pengguna', 'alamat email', 'nomor IMEI', ..."""
    text = re.sub(r"[;.]?\s*(?:dan/atau|dan)?\s*$", "", text.strip())
    terms: list[str] = [m.group(1) for m in _DATA_NOUN.finditer(text)]
    pieces = _LIST_MARKERS.split(text)
    for segment in pieces[1:]:
        segment = segment.split(". ")[0].split(";")[0]
        segment = re.sub(r"\s*\((?:[^()\s]+\s+){2,}[^()]*\)", "", segment)
        for phrase in _ITEM_SEPARATORS.split(segment):
            terms.extend(_phrase_terms(phrase))
    if len(pieces) == 1 and not terms:
        head = _CLAUSE_WORDS.sub("", " " + text.split(",")[0]).split(" ", 2)
        terms.extend(_phrase_terms(head[-1]))
    unique: dict[str, str] = {}
    for term in terms:
        unique.setdefault(term.casefold(), term)
    return tuple(unique.values())


def _phrase_terms(phrase: str) -> list[str]:
    """One list item as terms: its noun phrase, and a short alias in parentheses."""
    phrase = phrase.strip(" ,;:.")
    alias = re.search(r"\(([^()]+)\)", phrase)
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase)
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _LEADING_FILLER.sub("", phrase)
    phrase = _CLAUSE_WORDS.sub("", f" {phrase} ").strip()
    found = []
    words = [w for w in phrase.split() if w not in _DEFINED_TERMS]
    if words and _ACTIVE_VERB.match(words[0]):
        words = words[1:]
    if words and "lainnya" not in words and len(words) <= 4 and not words[-1].endswith("nya"):
        found.append(" ".join(words))
    if alias and len(alias.group(1).split()) <= 2:
        found.append(alias.group(1).strip())
    return found


def builtin_labels() -> dict[str, dict]:
    """English labels and spesifik flags shipped with the package, keyed by item id."""
    from laci_audit.yamlio import read_package_yaml

    return read_package_yaml("policy_labels.yaml")


def with_labels(taxonomy: Taxonomy, previous: Taxonomy | None) -> Taxonomy:
    """Put English labels and spesifik flags on a parsed taxonomy: kept from the previous
    taxonomy file where it has the item, else from the labels shipped with the package."""
    defaults = builtin_labels()
    labelled = {}
    for item_id, item in taxonomy.items.items():
        old = previous.items.get(item_id) if previous else None
        if old is not None:
            labelled[item_id] = replace(item, label_en=old.label_en, spesifik=old.spesifik)
        else:
            default = defaults.get(item_id, {})
            labelled[item_id] = replace(
                item, label_en=default.get("label_en", ""), spesifik=bool(default.get("spesifik", False))
            )
    return Taxonomy(labelled, taxonomy.sha256, file=taxonomy.file, imported=taxonomy.imported)


def read_policy_text(path: Path) -> str:
    """The policy text file's UTF-8 text; a missing or undecodable file is a PolicyError naming it once."""
    from laci_audit.fileio import read_text

    return read_text(path, PolicyError, "the policy text")


def import_policy(policy_path: Path, taxonomy_path: Path) -> Taxonomy:
    """Parse the policy text at policy_path and write the taxonomy file; returns the taxonomy."""
    parsed = parse_policy_text(read_policy_text(policy_path), str(policy_path))
    previous = load_taxonomy(taxonomy_path) if taxonomy_path.exists() else None
    try:
        relative_name = str(policy_path.resolve().relative_to(taxonomy_path.parent.resolve()))
    except ValueError:
        relative_name = str(policy_path.resolve())
    taxonomy = with_labels(parsed, previous)
    unchanged = previous is not None and previous.sha256 == parsed.sha256
    imported = previous.imported if unchanged else date.today().isoformat()
    taxonomy = Taxonomy(taxonomy.items, taxonomy.sha256, file=relative_name, imported=imported,
                        text_path=display_path(policy_path))
    save_taxonomy(taxonomy, taxonomy_path)
    return taxonomy


def save_taxonomy(taxonomy: Taxonomy, path: Path) -> None:
    """Write the taxonomy file (YAML), atomically."""
    import io

    from laci_audit.fileio import write_atomically
    from laci_audit.yamlio import round_trip_yaml

    document = {
        "policy": {"file": taxonomy.file, "sha256": taxonomy.sha256, "imported": taxonomy.imported},
        "items": [_item_to_dict(item) for item in taxonomy.items.values()],
    }
    buffer = io.StringIO()
    buffer.write(
        "# The privacy policy as data, written by `laci-audit policy import`.\n"
        "# Ids, Indonesian text and terms come from the policy text; edit label_en and spesifik\n"
        "# by hand, the next import keeps them.\n"
    )
    round_trip_yaml().dump(document, buffer)
    write_atomically(path, buffer.getvalue())


def _item_to_dict(item: PolicyItem) -> dict:
    record = {"id": item.id, "kind": item.kind, "parent": item.parent, "text": item.text, "label_en": item.label_en}
    if item.parent:
        record["terms"] = list(item.terms)
    if item.spesifik:
        record["spesifik"] = True
    return record


def load_taxonomy(path: Path) -> Taxonomy:
    """Load a taxonomy file written by save_taxonomy."""
    from laci_audit.yamlio import read_yaml

    if not path.exists():
        raise PolicyError(path, None, "no taxonomy file: run `laci-audit policy import` on the policy text")
    try:
        document = read_yaml(path, PolicyError)
        policy = document["policy"]
        items = {}
        for record in document["items"]:
            item = PolicyItem(
                id=str(record["id"]),
                kind=str(record["kind"]),
                parent=record.get("parent"),
                text=str(record["text"]),
                label_en=str(record.get("label_en") or ""),
                terms=tuple(str(t) for t in record.get("terms") or ()),
                spesifik=bool(record.get("spesifik", False)),
            )
            items[item.id] = item
        file = str(policy.get("file", ""))
        return Taxonomy(items, str(policy["sha256"]), file=file, imported=str(policy.get("imported", "")),
                        text_path=display_path(path.parent / file) if file else display_path(path))
    except (KeyError, TypeError, AttributeError) as exc:
        raise PolicyError(path, None, f"not a taxonomy file ({exc.__class__.__name__}: {exc})") from None
