"""Explain one field: its effective categories and purposes and where each comes from, and the classifier's view."""

from __future__ import annotations

from dataclasses import dataclass

from laci_audit.classify import Suggestion
from laci_audit.errors import RegistrationError
from laci_audit.records import Field, Registration, Source, field_key
from laci_audit.result import AuditResult, PurposeGrant, effective_purposes


@dataclass(frozen=True)
class Explanation:
    """Everything known about one field: where it is defined, its registration, grants and suggestion."""

    source: Source
    table: str
    field: str
    scanned: Field | None
    registration: Registration | None
    purposes: list[PurposeGrant]
    suggestion: Suggestion | None
    scan_error: str | None = None


def explain_field(result: AuditResult, source: str, table: str, field: str) -> Explanation:
    """Look the field up in the declarations and in an audit of its source, and ask the classifier."""
    declarations = result.declarations
    declared = declarations.sources[source]
    key = field_key(table, field)
    scan = next(scan for scan in result.scans if scan.source.name == source)
    scanned = next((found for found in scan.fields if found.key == key), None)
    registration = result.registrations_by_key.get((source, *key))
    if registration is None and scan.error:  # a table registered whole stands for what the scan could not see
        registration = result.registrations_by_key.get((source, key[0], "*"))
    if scanned is None and registration is None:
        problem = f"; the scan stopped: {scan.error}" if scan.error else ""
        raise RegistrationError(f"source '{source}' has no field {table}.{field} and nobody registered one{problem}")
    if registration is not None:
        purposes = result.purposes_of(registration)
    else:
        defaults = declarations.table_purposes.get((source, key[0]), ())
        purposes = effective_purposes(Registration(source, table, field, table_purposes=defaults), declarations)
    suggestion = result.suggestions.get((source, *key)) if scanned else None
    return Explanation(declared, table, field, scanned, registration, purposes, suggestion, scan.error)
