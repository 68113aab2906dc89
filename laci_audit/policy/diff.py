"""Compare two versions of the policy text: categories and purposes added, removed, reworded
or renumbered, and the registered fields that rely on one that changed (policy section D: the
work to do before a new version is published)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from laci_audit.inventory.declarations import Declarations
from laci_audit.policy.taxonomy import PolicyItem, Taxonomy
from laci_audit.policy.text import parse_policy_text, read_policy_text

# Items of a list end in ";", "." or "; dan/atau" depending on their place: not a change of wording.
_LIST_PUNCTUATION = re.compile(r"(?:[;.,]?\s*(?:dan/atau|dan|atau)?)?[;.,\s]*$")
REWORDED_SIMILARITY = 0.6
CHANGES = ("removed", "reworded", "renumbered", "added")


@dataclass(frozen=True)
class ItemChange:
    """One item of the policy that is not the same in the new version."""

    change: str
    kind: str
    old_id: str | None
    new_id: str | None
    old_text: str
    new_text: str
    similarity: float = 0.0

    @property
    def id(self) -> str:
        """The id fields use today (the old one), or the new one for an added item."""
        return self.old_id or self.new_id or ""

    def word_diff(self) -> str:
        """The wording change as [-removed-] {+added+} words."""
        old_words, new_words = self.old_text.split(), self.new_text.split()
        pieces = []
        for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old_words, new_words).get_opcodes():
            if op == "equal":
                continue
            if a2 > a1:
                pieces.append("[-" + " ".join(old_words[a1:a2]) + "-]")
            if b2 > b1:
                pieces.append("{+" + " ".join(new_words[b1:b2]) + "+}")
        return " ".join(pieces)


@dataclass(frozen=True)
class AffectedField:
    """A registered field that relies on a removed, reworded or renumbered item."""

    source: str
    table: str
    field: str
    item_id: str
    change: str
    how: str
    file: str
    line: int | None


@dataclass
class PolicyDiff:
    """Two policy versions compared, and the registrations the changes touch."""

    old: Taxonomy
    new: Taxonomy
    changes: list[ItemChange]
    affected: list[AffectedField]


def read_policy(path: Path) -> Taxonomy:
    """Parse a policy text file."""
    return parse_policy_text(read_policy_text(path), str(path))


def normalized_text(text: str) -> str:
    """An item's wording without list punctuation and extra spaces."""
    return _LIST_PUNCTUATION.sub("", " ".join(text.split()))


def compare_items(old: Taxonomy, new: Taxonomy) -> list[ItemChange]:
    """Items removed, reworded, renumbered and added, matching items by wording before by id."""
    changes: list[ItemChange] = []
    old_items = {i: item for i, item in old.items.items() if item.parent}
    new_items = {i: item for i, item in new.items.items() if item.parent}
    pairs: dict[str, str] = {}
    by_text = {}
    for item in new_items.values():
        by_text.setdefault((item.kind, normalized_text(item.text)), []).append(item.id)
    for item in old_items.values():
        candidates = [i for i in by_text.get((item.kind, normalized_text(item.text)), []) if i not in pairs.values()]
        if candidates:
            pairs[item.id] = item.id if item.id in candidates else candidates[0]
    scored = sorted(
        ((_similarity(a, b), a.id, b.id) for a in old_items.values() if a.id not in pairs
         for b in new_items.values() if b.id not in pairs.values() and a.kind == b.kind),
        key=lambda s: (-s[0], s[1] != s[2]),
    )
    similarity: dict[str, float] = {}
    for score, old_id, new_id in scored:
        if score >= REWORDED_SIMILARITY and old_id not in pairs and new_id not in pairs.values():
            pairs[old_id] = new_id
            similarity[old_id] = score
    for old_id, item in old_items.items():
        new_id = pairs.get(old_id)
        if new_id is None:
            changes.append(ItemChange("removed", item.kind, old_id, None, item.text, ""))
        elif old_id in similarity:
            changes.append(ItemChange("reworded", item.kind, old_id, new_id, item.text, new_items[new_id].text,
                                      round(similarity[old_id], 2)))
        elif new_id != old_id:
            changes.append(ItemChange("renumbered", item.kind, old_id, new_id, item.text, new_items[new_id].text, 1.0))
    paired = set(pairs.values())
    changes.extend(ItemChange("added", item.kind, None, new_id, "", item.text)
                   for new_id, item in new_items.items() if new_id not in paired)
    return changes


def _similarity(a: PolicyItem, b: PolicyItem) -> float:
    return difflib.SequenceMatcher(None, normalized_text(a.text).split(), normalized_text(b.text).split()).ratio()


def affected_fields(changes: list[ItemChange], declarations: Declarations) -> list[AffectedField]:
    """Registered fields, and tables registered whole (field ''), whose categories or purposes (own,
    table or source) name a changed item."""
    changed = {c.old_id: c for c in changes if c.old_id and c.change != "added"}
    affected = []
    tables = [table.for_field("") for table in declarations.table_registrations]
    for registration in [*declarations.registrations, *tables]:
        if not registration.personal:
            continue
        source = declarations.sources[registration.source]
        relies = [(c, "category") for c in registration.categories]
        relies += [(p, "purpose") for p in registration.purposes]
        relies += [(p, "table purpose") for p in registration.table_purposes]
        relies += [(p, f"source {source.name} purpose") for p in source.purposes]
        for item_id, how in dict.fromkeys(relies):
            change = changed.get(item_id)
            if change is not None:
                affected.append(AffectedField(registration.source, registration.table, registration.field, item_id,
                                              _todo(change), how, registration.file, registration.line))
    return affected


def _todo(change: ItemChange) -> str:
    if change.change == "removed":
        return f"{change.old_id} removed: choose another item or stop the processing"
    if change.change == "renumbered":
        return f"{change.old_id} is now {change.new_id}: update the registration"
    moved = f" (now {change.new_id})" if change.new_id != change.old_id else ""
    return f"{change.old_id} reworded{moved}: check the field still fits"


def diff_policies(old_path: Path, new_path: Path, declarations: Declarations) -> PolicyDiff:
    """Compare two policy texts and find the registrations their changes touch."""
    old, new = read_policy(old_path), read_policy(new_path)
    changes = compare_items(old, new)
    return PolicyDiff(old, new, changes, affected_fields(changes, declarations))
