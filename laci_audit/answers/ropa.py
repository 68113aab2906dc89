"""The record of processing activities (UU PDP Pasal 31): one row per (category, purpose) with
the systems, tables and owners holding the data, whose data it is, where it comes from, who
receives it, how long it is kept, on which legal basis, and whether specific data makes an
impact assessment (Pasal 34) due. A cell nobody declared says so instead of staying blank.
Draft registrations (the classifier's, not confirmed) are counted apart, never recorded as fact."""

from __future__ import annotations

from dataclasses import dataclass, field

from laci_audit.result import AuditResult

ORIGINS = {  # by the concept of the part of section A a category lies in
    "given_by_user": "given by the user (diserahkan pengguna)",
    "recorded_automatically": "recorded automatically (terekam otomatis)",
    "from_partners": "from partners (dari sumber lain)",
}
UNKNOWN = "UNKNOWN"


@dataclass
class RopaRow:
    """One processing activity: a category of data used for one purpose."""

    category: str
    category_label: str
    purpose: str
    purpose_label: str
    in_policy: bool
    spesifik: bool
    section: str = ""  # the concept of the part of section A the category lies in ('' when none)
    fields: list[tuple[str, str, str]] = field(default_factory=list)
    draft_fields: list[tuple[str, str, str]] = field(default_factory=list)  # drafts: not in the record yet
    owners: dict[str, None] = field(default_factory=dict)
    data_subjects: dict[str, None] = field(default_factory=dict)
    partners: dict[str, None] = field(default_factory=dict)
    recipients: dict[str, None] = field(default_factory=dict)
    retention: dict[str, None] = field(default_factory=dict)
    legal_basis: dict[str, None] = field(default_factory=dict)
    unknown: dict[str, int] = field(default_factory=dict)
    # per system: how many of its fields keep the data under each retention rule (UNKNOWN: none declared)
    retention_by_system: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def systems(self) -> list[str]:
        """The sources holding the data."""
        return list(dict.fromkeys(source for source, _table, _field in self.fields))

    @property
    def tables(self) -> list[str]:
        """source.table of every table holding the data."""
        return list(dict.fromkeys(f"{source}.{table}" for source, table, _field in self.fields))

    @property
    def origin(self) -> str:
        """Where the data comes from, by the part of the policy's section A the category lies in."""
        origin = ORIGINS.get(self.section, "not in the policy")
        if self.section == "from_partners":
            origin += ": " + (", ".join(self.partners) if self.partners else "partners not named")
        return origin

    @property
    def impact_assessment_due(self) -> bool:
        """Pasal 34: processing specific data needs a data protection impact assessment."""
        return self.spesifik

    def retention_lines(self) -> list[tuple[str, str]]:
        """(system, how long it keeps the data) for each rule of each system; a system that declared
        nothing says so, with how many of its fields."""
        return [(system, f"{UNKNOWN} for {fields} field{'s' if fields != 1 else ''}" if rule == UNKNOWN else rule)
                for system, rules in self.retention_by_system.items() for rule, fields in rules.items()]

    def cell(self, name: str) -> list[str]:
        """A cell's declared values, followed by how many fields leave it unknown."""
        values = list(getattr(self, name))
        if name == "recipients" and not values and not self.unknown.get(name):
            values = ["none outside the owning team"]
        missing = self.unknown.get(name, 0)
        if missing:
            values.append(f"{UNKNOWN} for {missing} of {len(self.fields)} fields")
        return values


@dataclass
class Ropa:
    """The record, and what it leaves out: personal fields nobody registered; and the sources
    that could not be read, whose rows come from their registrations alone."""

    policy_version: str
    rows: list[RopaRow]
    unregistered_personal: int
    unreadable_sources: list[str] = field(default_factory=list)
    draft_fields: int = 0  # personal fields whose registration is still a draft: not in the record


def build_ropa(result: AuditResult) -> Ropa:
    """Group every registered personal field in force by (category, effective purpose)."""
    taxonomy = result.taxonomy
    order = {item_id: n for n, item_id in enumerate(taxonomy.items)}
    rows: dict[tuple[str, str], RopaRow] = {}
    declarations = result.declarations
    for registration in result.registrations_in_force:
        source = declarations.sources[registration.source]
        processing = result.processing_of(registration)
        purposes = [g.purpose for g in result.purposes_of(registration)] or [UNKNOWN]
        for category in registration.categories or (UNKNOWN,):
            for purpose in purposes:
                row = rows.get((category, purpose))
                if row is None:
                    row = rows[(category, purpose)] = _new_row(result, category, purpose)
                if registration.draft:
                    row.draft_fields.append((registration.source, registration.table, registration.field))
                    continue
                row.fields.append((registration.source, registration.table, registration.field))
                row.owners[source.owner_label] = None
                row.partners.update(dict.fromkeys(registration.partners or source.partners))
                _add(row, "data_subjects", processing.data_subjects)
                _add(row, "recipients", processing.recipients, empty_is_known=True)
                _add(row, "retention", None if processing.retention is None else (processing.retention,))
                rules = row.retention_by_system.setdefault(registration.source, {})
                rule = UNKNOWN if processing.retention is None else processing.retention
                rules[rule] = rules.get(rule, 0) + 1
                _add(row, "legal_basis", processing.legal_basis)
    drafts = len({place for row in rows.values() for place in row.draft_fields})
    ordered = sorted((row for row in rows.values() if row.fields),
                     key=lambda r: (order.get(r.category, len(order)), r.category,
                                    order.get(r.purpose, len(order)), r.purpose))
    unregistered = sum(1 for found in result.fields() if result.registration_of(found) is None
                       and getattr(result.suggestion_of(found), "personal", False))
    return Ropa(taxonomy.version, ordered, unregistered, [scan.source.name for scan in result.unreadable_scans()],
                drafts)


def _new_row(result: AuditResult, category: str, purpose: str) -> RopaRow:
    taxonomy = result.taxonomy
    category_item = taxonomy.items.get(category)
    return RopaRow(
        category=category,
        category_label=taxonomy.label(category),
        purpose=purpose,
        purpose_label=taxonomy.label(purpose),
        in_policy=taxonomy.is_category(category) and taxonomy.is_purpose(purpose),
        spesifik=bool(category_item and category_item.spesifik),
        section=taxonomy.section_of(category) if category_item else "",
    )


def _add(row: RopaRow, cell: str, values: tuple[str, ...] | None, empty_is_known: bool = False) -> None:
    if values is None or (not values and not empty_is_known):
        row.unknown[cell] = row.unknown.get(cell, 0) + 1
        return
    getattr(row, cell).update(dict.fromkeys(values))

