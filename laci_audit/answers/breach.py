"""A breach of one system (UU PDP Pasal 46): which categories of personal data, specific data,
data subjects, purposes, owners and recipients are involved, from the inventory."""

from __future__ import annotations

from dataclasses import dataclass, field

from laci_audit.answers.subjects import subject_paths
from laci_audit.classify.sensitive import legal_name
from laci_audit.errors import LaciError
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field, field_key
from laci_audit.result import AuditResult


@dataclass(frozen=True)
class ExposedField:
    """A personal field in the breached tables: registered, or only guessed by the classifier."""

    table: str
    name: str
    categories: tuple[str, ...]
    registered: bool
    sensitive: bool
    uncovered: str = ""


@dataclass
class BreachScope:
    """Everything the inventory knows about the data a breach of these tables exposes."""

    source: str
    kind: str
    owner: str
    tables: list[str]
    unreadable: str = ""
    fields: list[ExposedField] = field(default_factory=list)
    purposes: dict[str, None] = field(default_factory=dict)
    data_subjects: dict[str, None] = field(default_factory=dict)
    recipients: dict[str, None] = field(default_factory=dict)
    partners: dict[str, None] = field(default_factory=dict)
    person_paths: dict[str, str] = field(default_factory=dict)  # table -> the keys that lead to its person

    def categories(self) -> list[str]:
        """Every category of the exposed fields, in first-seen order."""
        return list(dict.fromkeys(c for f in self.fields for c in f.categories))

    def specific_data(self, taxonomy: Taxonomy) -> list[str]:
        """Specific data exposed (UU PDP Pasal 4(2)): spesifik categories, then the kinds of sensitive fields."""
        spesifik = [c for c in self.categories() if c in taxonomy.items and taxonomy.items[c].spesifik]
        kinds = [legal_name(f.uncovered) for f in self.fields if f.sensitive and f.uncovered]
        return list(dict.fromkeys(spesifik + kinds))


def breach_scope(result: AuditResult, source_name: str, tables: list[str] | None = None) -> BreachScope:
    """The personal data held in a source (or in some of its tables), for a breach report."""
    sources = result.declarations.sources
    if source_name not in sources:
        raise LaciError(f"breach: no source named {source_name!r} (known: {', '.join(sorted(sources))})")
    source = sources[source_name]
    error = next((scan.error for scan in result.scans if scan.source.name == source_name and scan.error), None)
    scanned = [found for found in result.fields() if found.source == source_name]
    if error:  # what the teams declared stands in for what the scan could not see
        seen = {found.key for found in scanned}
        scanned += [Field(r.source, r.table, r.field) for r in result.registrations
                    if r.source == source_name and field_key(r.table, r.field) not in seen]
    known_tables = list(dict.fromkeys(found.table for found in scanned))
    wanted = {t.casefold() for t in tables or []}
    unknown = wanted - {t.casefold() for t in known_tables}
    if unknown:
        raise LaciError(f"breach: source {source_name!r} has no table {', '.join(sorted(unknown))} "
                        f"(known: {', '.join(known_tables)})")
    chosen = [t for t in known_tables if not wanted or t.casefold() in wanted]
    scope = BreachScope(source_name, source.kind, source.owner_label, chosen, unreadable=error or "")
    graph = result.key_graphs.get(source_name)
    for path in subject_paths(result, source_name).values():
        if path.table in chosen:  # the same paths `where --sql`, the deletion list and `locate` follow
            scope.person_paths[path.table] = path.describe(graph)
    scope.partners.update(dict.fromkeys(source.partners))
    for found in scanned:
        if found.table not in chosen:
            continue
        registration = result.registration_of(found)
        suggestion = result.suggestion_of(found)
        sensitive = bool(suggestion and suggestion.sensitive)
        uncovered = suggestion.uncovered if suggestion else ""
        if registration is not None:
            if not registration.personal:
                continue
            scope.fields.append(ExposedField(found.table, found.name, registration.categories, True, sensitive,
                                              uncovered))
            scope.purposes.update(dict.fromkeys(g.purpose for g in result.purposes_of(registration)))
            processing = result.processing_of(registration)
            scope.data_subjects.update(dict.fromkeys(processing.data_subjects or ()))
            scope.recipients.update(dict.fromkeys(processing.recipients or ()))
            scope.partners.update(dict.fromkeys(registration.partners))
        elif suggestion is not None and suggestion.personal:
            scope.fields.append(ExposedField(found.table, found.name, suggestion.categories, False, sensitive,
                                              uncovered))
    return scope

