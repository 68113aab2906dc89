"""The classifier: does a field hold personal data, and under which policy category?

tokens.py splits names, vocabulary.py holds the words (the policy's own first), names.py judges
a field by name, table and type, values.py tests a bounded sample of values, sensitive.py knows
UU PDP specific data; the Classifier combines them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from laci_audit.classify.names import judge_name, table_context
from laci_audit.classify.tokens import canonical_tokens, split_name
from laci_audit.classify.vocabulary import build_vocabulary
from laci_audit.policy import Taxonomy
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


class Classifier:
    """Judges fields by name, table context and type, and by a sample of values when given one."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self.vocabulary = build_vocabulary(taxonomy)
        self._context = lru_cache(maxsize=65536)(lambda table: table_context(table, self.vocabulary))
        self._tokens = lru_cache(maxsize=262144)(lambda name: canonical_tokens(name, self.vocabulary.aliases))
        self._by_name = lru_cache(maxsize=262144)(
            lambda context, tokens, data_type: judge_name(context, tokens, data_type, self.vocabulary))

    def classify(self, field: Field, values: list | None = None) -> Suggestion:
        """Judge one field; values, when given, are tested by the detectors and only counted."""
        verdict = self._by_name(self._context(field.table), self._tokens(field.name), field.data_type or "")
        suggestion = Suggestion(verdict.personal, verdict.categories, round(verdict.confidence, 2),
                                verdict.sensitive, verdict.evidence, verdict.uncovered)
        if values:
            from laci_audit.classify.values import combine_with_values

            suggestion = combine_with_values(suggestion, field, values, self.vocabulary)
        return suggestion
