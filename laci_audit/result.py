"""What one audit saw and concluded, with the lookups every consumer needs built once: a field's
registration and suggestion, its effective purposes (field > table > source) and record-of-
processing facts, the sources that could not be read, and the registrations in force."""

from __future__ import annotations

from collections.abc import Callable, Iterator, KeysView, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from sys import intern
from typing import Any

from laci_audit.classify import Classifier, Suggestion
from laci_audit.classify.tables import TableJudgement
from laci_audit.inventory.declarations import Declarations
from laci_audit.keys import KeyGraph
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field, Finding, Processing, Registration, SourceScan

FieldKey = tuple[str, str, str]  # (source, table, field), names compared without case


@dataclass(frozen=True)
class PurposeGrant:
    """One effective purpose of a field, and where it comes from: field, table or source."""

    purpose: str
    origin: str


def effective_purposes(registration: Registration, declarations: Declarations) -> list[PurposeGrant]:
    """The field's purposes: its own, then its table's, then its source's, each once."""
    source = declarations.sources[registration.source]
    grants: dict[str, PurposeGrant] = {}
    for origin, purposes in (
        ("field", registration.purposes),
        ("table", registration.table_purposes),
        ("source", source.purposes),
    ):
        for purpose in purposes:
            grants.setdefault(purpose, PurposeGrant(purpose, origin))
    return list(grants.values())


def effective_processing(registration: Registration, declarations: Declarations) -> Processing:
    """The field's record-of-processing facts: each from the field, else its table, else its source."""
    source = declarations.sources[registration.source]
    return registration.processing.over(registration.table_processing.over(source.processing))


def key_of(found: Field | Registration) -> FieldKey:
    """A scanned field's or a registration's key (field_key's casefolding, spelled out: it is
    called for every field of an estate). The folded names are interned: an estate's 100,000
    keys share a few thousand table and column names."""
    if isinstance(found, Field):
        return (found.source, intern(found.table.casefold()), intern(found.name.casefold()))
    return (found.source, intern(found.table.casefold()), intern(found.field.casefold()))


class BySource(Mapping):
    """A value per source, some made only when first asked for (a source whose suggestions came
    from the cache needs its key graph and table pass only if an answer reads them)."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        self._makers: dict[str, Callable[[], Any]] = {}

    def __setitem__(self, source: str, value: Any) -> None:
        self._values[source] = value

    def later(self, source: str, make: Callable[[], Any]) -> None:
        """The source's value, made by make() when first asked for."""
        self._makers[source] = make

    def __getitem__(self, source: str) -> Any:
        if source not in self._values and source in self._makers:
            self._values[source] = self._makers.pop(source)()
        return self._values[source]

    def __iter__(self) -> Iterator[str]:
        return iter([*self._values, *self._makers])

    def __len__(self) -> int:
        return len(self._values) + len(self._makers)


@dataclass
class AuditResult:
    """Everything one audit saw and concluded."""

    taxonomy: Taxonomy
    declarations: Declarations
    scans: list[SourceScan]
    suggestions: dict[FieldKey, Suggestion]
    classifier: Classifier
    findings: list[Finding] = field(default_factory=list)
    key_graphs: Mapping[str, KeyGraph] = field(default_factory=dict)  # per source: its tables' keys
    records: Mapping[str, dict[str, TableJudgement]] = field(default_factory=dict)  # per source: the table pass
    registration_index: dict[FieldKey, Registration] | None = None  # declarations.registration_index(), if made

    def fields(self) -> Iterator[Field]:
        """Every scanned field, source by source."""
        for scan in self.scans:
            yield from scan.fields

    @cached_property
    def field_keys(self) -> list[FieldKey]:
        """The key of every scanned field, source by source: computed once for all rules."""
        return [key_of(found) for scan in self.scans for found in scan.fields]

    def keyed_fields(self) -> Iterator[tuple[FieldKey, Field]]:
        """Every scanned field with its key, source by source (the pairs made as they are read)."""
        return zip(self.field_keys, self.fields())

    @cached_property
    def registrations_by_key(self) -> dict[FieldKey, Registration]:
        """The registration of each field by (source, table, field): its own, else its table's (for
        every scanned field of a registered table); own registrations of fields the scan lacks too,
        and a table registration of a source that could not be read under field '*'."""
        index = self.registration_index if self.registration_index is not None else \
            self.declarations.registration_index()
        self.registration_index = None  # the index becomes this property's own dict
        tables = self.declarations.table_registration_index()
        if tables:
            for key, found in self.keyed_fields():
                table = tables.get(key[:2])
                if table is not None:
                    index.setdefault(key, table.for_field(found.name))
            for table in tables.values():  # what the scan could not see stands as declared
                if table.source in self.unreadable_sources:
                    index.setdefault(key_of(table.for_field("*")), table.for_field("*"))
        return index

    @cached_property
    def registrations(self) -> list[Registration]:
        """Every registration as it applies to fields: each field's own (the stale ones too), each
        scanned field's share of its table's, and for a source that could not be read, each of its
        table registrations as one line (field '*': every field of the table)."""
        return list(self.registrations_by_key.values())

    @cached_property
    def declared_registrations(self) -> list[Registration]:
        """The registrations as written: one per field, and one per whole table (field '')."""
        return [*self.declarations.registrations, *(t.for_field("") for t in self.declarations.table_registrations)]

    @cached_property
    def scanned_tables(self) -> frozenset[tuple[str, str]]:
        """(source, table) of every table the scan found, table names compared without case."""
        return frozenset((source, table) for source, table, _field in self.scanned_keys)

    @property
    def scanned_keys(self) -> KeysView[FieldKey]:
        """The keys of every field the scan found: the suggestions' (the audit judges every field;
        no second set of an estate's 100,000 keys)."""
        return self.suggestions.keys()

    @cached_property
    def unreadable_sources(self) -> frozenset[str]:
        """Names of the sources whose scan failed, wholly or partly."""
        return frozenset(scan.source.name for scan in self.scans if scan.error)

    def unreadable_scans(self) -> list[SourceScan]:
        """The scans that failed, wholly or partly, in declaration order."""
        return [scan for scan in self.scans if scan.error]

    def registration_of(self, found: Field) -> Registration | None:
        """The field's registration, if anyone registered it."""
        return self.registrations_by_key.get(key_of(found))

    def suggestion_of(self, found: Field) -> Suggestion | None:
        """The classifier's suggestion for a scanned field."""
        return self.suggestions.get(key_of(found))

    def purposes_of(self, registration: Registration) -> list[PurposeGrant]:
        """The registration's effective purposes, each with its origin (worked out once for each
        combination of field, table and source purposes)."""
        key = (registration.source, registration.purposes, registration.table_purposes)
        grants = self._purposes.get(key)
        if grants is None:
            grants = self._purposes[key] = tuple(effective_purposes(registration, self.declarations))
        return list(grants)

    def processing_of(self, registration: Registration) -> Processing:
        """The registration's effective record-of-processing facts (worked out once for each
        combination of field, table and source facts)."""
        key = (registration.source, registration.processing, registration.table_processing)
        processing = self._processing.get(key)
        if processing is None:
            processing = self._processing[key] = effective_processing(registration, self.declarations)
        return processing

    def has_policy_purpose(self, registration: Registration) -> bool:
        """Whether the field has at least one purpose the policy has (an unknown id limits nothing)."""
        key = (registration.source, registration.purposes, registration.table_purposes)
        known = self._has_policy_purpose.get(key)
        if known is None:
            known = self._has_policy_purpose[key] = any(
                self.taxonomy.is_purpose(g.purpose) for g in self.purposes_of(registration))
        return known

    @cached_property
    def _purposes(self) -> dict[tuple, tuple[PurposeGrant, ...]]:
        return {}

    @cached_property
    def _processing(self) -> dict[tuple, Processing]:
        return {}

    @cached_property
    def _has_policy_purpose(self) -> dict[tuple, bool]:
        return {}

    @cached_property
    def registrations_in_force(self) -> list[Registration]:
        """Registrations of personal data whose field the scan found, or whose source could not be
        read (kept as declared: an unreadable source is reported, not dropped from the record)."""
        return [r for key, r in self.registrations_by_key.items() if r.personal and (
            r.source in self.unreadable_sources or key in self.scanned_keys)]
