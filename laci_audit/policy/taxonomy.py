"""The taxonomy: the policy's numbered items (categories of section A, purposes of section B)
with their English labels and spesifik flags; saved, loaded and looked up by id."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from laci_audit.errors import PolicyError
from laci_audit.fileio import display_path
from laci_audit.policy.concepts import PolicyConcepts, builtin_concepts, load_concepts

TAXONOMY_SECTIONS = {"A": "category", "B": "purpose"}

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
    concepts: PolicyConcepts | None = None  # None: the concepts shipped with the package
    bundled: bool = False  # the policy shipped with the package, used by an inventory without policy/
    _children: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.concepts is None:
            self.concepts = builtin_concepts()
        for item in self.items.values():
            if item.parent:
                self._children.setdefault(item.parent, []).append(item.id)

    def concept(self, name: str) -> str:
        """The id of the category that is this concept ('transaction' -> A.1.5), or '' when the
        policy has no such category."""
        item_id = self.concepts.categories.get(name, "")
        return item_id if self.is_category(item_id) else ""

    def section(self, name: str) -> str:
        """The id of the part of section A that is this concept ('from_partners' -> A.3), or ''."""
        item_id = self.concepts.sections.get(name, "")
        return item_id if item_id in self.items else ""

    def section_of(self, item_id: str) -> str:
        """The concept name of the part of section A an item lies in ('' when none)."""
        return next((name for name, section in self.concepts.sections.items()
                     if section and (item_id == section or item_id.startswith(section + "."))), "")

    @property
    def version(self) -> str:
        """A short, stable name for this version of the policy text."""
        return self.sha256[:12]

    @property
    def title(self) -> str:
        """Which policy, for a report's summary: 'policy <version>', '(built in)' for the bundled one."""
        return f"policy {self.version}" + (" (built in)" if self.bundled else "")

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


def load_inventory_taxonomy(inventory_dir: Path) -> Taxonomy:
    """The inventory's taxonomy: its own policy/taxonomy.yaml, else the policy shipped with the package."""
    from laci_audit.inventory.layout import InventoryFolder

    folder = InventoryFolder(inventory_dir)
    if folder.has_own_policy:
        return load_taxonomy(folder.taxonomy_file)
    taxonomy = load_taxonomy(folder.policy_taxonomy_file)
    taxonomy.text_path, taxonomy.bundled = "", True  # findings point at no file of this machine
    return taxonomy


def load_taxonomy(path: Path) -> Taxonomy:
    """Load a taxonomy file written by save_taxonomy, with the concepts file beside it, if any."""
    from laci_audit.inventory.layout import CONCEPTS_FILE
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
                        text_path=display_path(path.parent / file) if file else display_path(path),
                        concepts=load_concepts(path.parent / CONCEPTS_FILE))
    except (KeyError, TypeError, AttributeError) as exc:
        raise PolicyError(path, None, f"not a taxonomy file ({exc.__class__.__name__}: {exc})") from None
