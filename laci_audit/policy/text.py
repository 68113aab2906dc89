"""Reading the policy text: sections A (what is collected) and B (what it is used for) are
numbered lists; every item becomes a PolicyItem whose id follows the document's own numbering
(A.1.1, B.2.3, ...), with the data words it names. `import_policy` writes the taxonomy file."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from laci_audit.errors import PolicyError
from laci_audit.fileio import display_path
from laci_audit.inventory.layout import CONCEPTS_FILE
from laci_audit.policy.concepts import load_concepts
from laci_audit.policy.taxonomy import (
    TAXONOMY_SECTIONS,
    PolicyItem,
    Taxonomy,
    load_taxonomy,
    save_taxonomy,
    with_labels,
)

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


def read_policy_text(path: Path) -> str:
    """The policy text file's UTF-8 text; a missing or undecodable file is a PolicyError naming it once."""
    from laci_audit.fileio import read_text

    return read_text(path, PolicyError, "the policy text")


def _relative_name(policy_path: Path, folder: Path) -> str:
    """The policy text's path relative to the taxonomy's folder, with / separators, so that the
    inventory can move between machines; absolute only on another drive (Windows)."""
    try:
        return Path(os.path.relpath(policy_path.resolve(), folder.resolve())).as_posix()
    except ValueError:
        return policy_path.resolve().as_posix()


def import_policy(policy_path: Path, taxonomy_path: Path) -> Taxonomy:
    """Parse the policy text at policy_path and write the taxonomy file; returns the taxonomy."""
    parsed = parse_policy_text(read_policy_text(policy_path), str(policy_path))
    previous = load_taxonomy(taxonomy_path) if taxonomy_path.exists() else None
    relative_name = _relative_name(policy_path, taxonomy_path.parent)
    taxonomy = with_labels(parsed, previous)
    unchanged = previous is not None and previous.sha256 == parsed.sha256
    imported = previous.imported if unchanged else date.today().isoformat()
    taxonomy = Taxonomy(taxonomy.items, taxonomy.sha256, file=relative_name, imported=imported,
                        concepts=load_concepts(taxonomy_path.parent / CONCEPTS_FILE),
                        text_path=display_path(policy_path))
    save_taxonomy(taxonomy, taxonomy_path)
    return taxonomy


