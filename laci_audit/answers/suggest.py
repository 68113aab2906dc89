"""Suggestions for engineers: what the classifier says about each field, ready to print."""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase

from laci_audit.classify import Suggestion
from laci_audit.records import Field
from laci_audit.result import AuditResult


@dataclass(frozen=True)
class FieldSuggestion:
    """One scanned field, whether it is registered, and the classifier's suggestion for it."""

    field: Field
    registered: bool
    suggestion: Suggestion


@dataclass(frozen=True)
class SuggestionFilter:
    """Which suggestions to show: of one source, of tables matching a glob (without case), only
    personal data, only at or above a confidence."""

    source: str | None = None
    table: str | None = None
    personal_only: bool = False
    min_confidence: float = 0.0

    def accepts(self, row: FieldSuggestion) -> bool:
        """Whether the row passes every filter asked for."""
        found, suggestion = row.field, row.suggestion
        return ((self.source is None or found.source == self.source)
                and (self.table is None or fnmatchcase(found.table.casefold(), self.table.casefold()))
                and (not self.personal_only or suggestion.personal)
                and suggestion.confidence >= self.min_confidence)


def field_suggestions(result: AuditResult, include_registered: bool = False,
                      only: SuggestionFilter = SuggestionFilter()) -> list[FieldSuggestion]:
    """Suggestions for the fields nobody registered (every field with include_registered) that pass only."""
    rows = []
    for found in result.fields():
        suggestion = result.suggestion_of(found)
        registered = result.registration_of(found) is not None
        if suggestion is None or (registered and not include_registered):
            continue
        row = FieldSuggestion(found, registered, suggestion)
        if only.accepts(row):
            rows.append(row)
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
