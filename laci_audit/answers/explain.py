"""Explain one field: its effective categories and purposes and where each comes from, and the classifier's view."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from laci_audit.audit.rules import PurposeGrant, effective_purposes
from laci_audit.classify import Suggestion
from laci_audit.engine import scan_and_classify
from laci_audit.errors import RegistrationError
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field, Registration, Source, field_key


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


def explain_field(inventory_dir: Path, source: str, table: str, field: str) -> tuple[Explanation, Taxonomy]:
    """Look the field up in the declarations and in a fresh scan of its source, and ask the classifier."""
    result = scan_and_classify(inventory_dir, only_source=source)
    declarations = result.declarations
    declared = declarations.sources[source]
    key = field_key(table, field)
    scan = result.scans[0]
    scanned = next((found for found in scan.fields if found.key == key), None)
    registration = declarations.registration_index().get((source, *key))
    if scanned is None and registration is None:
        problem = f"; the scan stopped: {scan.error}" if scan.error else ""
        raise RegistrationError(f"source '{source}' has no field {table}.{field} and nobody registered one{problem}")
    if registration is not None:
        purposes = effective_purposes(registration, declarations)
    else:
        defaults = declarations.table_purposes.get((source, key[0]), ())
        purposes = effective_purposes(Registration(source, table, field, table_purposes=defaults), declarations)
    suggestion = result.suggestions.get((source, *key)) if scanned else None
    return Explanation(declared, table, field, scanned, registration, purposes, suggestion, scan.error), result.taxonomy


def render_explanation(explanation: Explanation, taxonomy: Taxonomy) -> str:
    """The explanation as text for a terminal: one item per line, each with its origin."""
    e = explanation
    registration = e.registration
    table = registration.table if registration else (e.scanned.table if e.scanned else e.table)
    name = registration.field if registration else (e.scanned.name if e.scanned else e.field)
    lines = [f"{e.source.name} {table}.{name}"]
    if e.scanned:
        where = f"{e.scanned.file}:{e.scanned.line}" if e.scanned.file and e.scanned.line else e.scanned.file or e.source.location
        lines.append(f"  defined:     {where} ({e.scanned.data_type or 'no type'})")
    else:
        lines.append(f"  defined:     not found in source '{e.source.name}' (a stale registration)")
    if registration is None:
        lines.append("  registered:  no (the purposes below are what it would inherit)")
    else:
        state = " as a draft, not confirmed yet" if registration.draft else ""
        lines.append(f"  registered:  {registration.file}:{registration.line}{state}")
    if registration is not None and not registration.personal:
        lines.append(f"  personal:    no ({registration.reason})")
    elif registration is not None:
        lines.append("  categories:")
        lines.extend(_item_line(taxonomy, c, "field") for c in registration.categories)
        if not registration.categories:
            lines.append("    (none)")
    if registration is None or registration.personal:
        lines.append("  purposes:")
        origins = {"field": "field", "table": f"table {table}", "source": f"source {e.source.name}"}
        lines.extend(_item_line(taxonomy, g.purpose, origins[g.origin]) for g in e.purposes)
        if not e.purposes:
            lines.append("    (none)")
    lines.extend(_suggestion_lines(taxonomy, e.suggestion, e.scan_error))
    return "\n".join(lines) + "\n"


def _suggestion_lines(taxonomy: Taxonomy, suggestion: Suggestion | None, scan_error: str | None) -> list[str]:
    if suggestion is None:
        return [f"  classifier:  no view (the field was not found by the scan{': ' + scan_error if scan_error else ''})"]
    if not suggestion.personal:
        return [f"  classifier:  not personal data (confidence {suggestion.confidence:.2f})"]
    head = f"  classifier:  personal data, {', '.join(suggestion.categories)} (confidence {suggestion.confidence:.2f})"
    return [head, *(f"    {evidence}" for evidence in suggestion.evidence)]


def _item_line(taxonomy: Taxonomy, item_id: str, origin: str) -> str:
    return f"    {item_id:<7} {'from ' + origin:<24} {taxonomy.label(item_id)}"
