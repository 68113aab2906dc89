"""Suggestions for engineers: what the classifier says about each field, ready to print."""

from __future__ import annotations

from dataclasses import dataclass

from laci_audit.classify import Suggestion
from laci_audit.records import Field
from laci_audit.result import AuditResult


@dataclass(frozen=True)
class FieldSuggestion:
    """One scanned field, whether it is registered, and the classifier's suggestion for it."""

    field: Field
    registered: bool
    suggestion: Suggestion


def field_suggestions(result: AuditResult, include_registered: bool = False) -> list[FieldSuggestion]:
    """Suggestions for the fields nobody registered (every field with include_registered)."""
    rows = []
    for found in result.fields():
        suggestion = result.suggestion_of(found)
        registered = result.registration_of(found) is not None
        if suggestion is None or (registered and not include_registered):
            continue
        rows.append(FieldSuggestion(found, registered, suggestion))
    return rows


def suggestion_record(row: FieldSuggestion) -> dict:
    """One suggestion as a JSON object (counts and words only: never a sampled value)."""
    suggestion = row.suggestion
    return {
        "source": row.field.source,
        "table": row.field.table,
        "field": row.field.name,
        "type": row.field.data_type,
        "registered": row.registered,
        "personal": suggestion.personal,
        "categories": list(suggestion.categories) if suggestion.personal else [],
        "sensitive": suggestion.sensitive,
        "uncovered": suggestion.uncovered or None,
        "confidence": suggestion.confidence,
        "evidence": list(suggestion.evidence),
        "path": row.field.file,
        "line": row.field.line,
    }
