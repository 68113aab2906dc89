"""One field explained, as text for a terminal: one item per line, each with its origin."""

from __future__ import annotations

from laci_audit.answers.explain import Explanation
from laci_audit.classify import Suggestion
from laci_audit.policy.taxonomy import Taxonomy


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
        origin = f" (from table {registration.table})" if registration.from_table else ""
        state = " as a draft, not confirmed yet" if registration.draft else ""
        lines.append(f"  registered:  {registration.file}:{registration.line}{origin}{state}")
    if registration is not None and not registration.personal:
        lines.append(f"  personal:    no ({registration.reason})")
    elif registration is not None:
        lines.append("  categories:")
        category_origin = f"table {table}" if registration.from_table else "field"
        lines.extend(_item_line(taxonomy, c, category_origin) for c in registration.categories)
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
