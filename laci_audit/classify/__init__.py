"""The classifier: does a field hold personal data, and under which policy category?

tokens.py splits names, vocabulary.py holds the words (the policy's own first), names.py judges
a field by name, table and type, values.py tests a bounded sample of values, sensitive.py knows
UU PDP specific data; the Classifier combines them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from laci_audit.classify.names import TableContext, judge_name, table_context
from laci_audit.classify.tokens import canonical_tokens, split_name
from laci_audit.classify.vocabulary import build_vocabulary
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field

__all__ = ["Classifier", "Suggestion", "split_name"]


@dataclass(frozen=True)
class Suggestion:
    """The classifier's view of one field."""

    personal: bool
    categories: tuple[str, ...] = ()
    confidence: float = 0.0
    sensitive: bool = False
    evidence: tuple[str, ...] = ()
    uncovered: str = ""
    values_convincing: bool = False  # a sample large and matching enough to stand against the name


class Classifier:
    """Judges fields by name, table context and type, and by a sample of values when given one."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self.vocabulary = build_vocabulary(taxonomy)
        self._contexts: list[TableContext] = []
        self._context_numbers: dict[TableContext, int] = {}
        self._context = lru_cache(maxsize=65536)(self._context_number)
        self._tokens = lru_cache(maxsize=262144)(lambda name: canonical_tokens(name, self.vocabulary.aliases))
        self._by_name = lru_cache(maxsize=262144)(self._judge)

    def classify(self, field: Field, values: list | None = None) -> Suggestion:
        """Judge one field; values, when given, are tested by the detectors and only counted."""
        suggestion = self._by_name(self._context(field.table), self._tokens(field.name), field.data_type or "")
        if values:
            from laci_audit.classify.values import combine_with_values

            suggestion = combine_with_values(suggestion, field, values, self.vocabulary)
        return suggestion

    def _context_number(self, table: str) -> int:
        """Tables that read alike share one context, numbered so that cache keys hash fast."""
        context = table_context(table, self.vocabulary)
        if context not in self._context_numbers:
            self._context_numbers[context] = len(self._contexts)
            self._contexts.append(context)
        return self._context_numbers[context]

    def _judge(self, context_number: int, tokens: tuple[str, ...], data_type: str) -> Suggestion:
        verdict = judge_name(self._contexts[context_number], tokens, data_type, self.vocabulary)
        return Suggestion(verdict.personal, verdict.categories, round(verdict.confidence, 2),
                          verdict.sensitive, verdict.evidence, verdict.uncovered)
