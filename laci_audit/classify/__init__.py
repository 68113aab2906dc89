"""The classifier: does a field hold personal data, and under which policy category?

The record first, then the column: tables.py judges each table of a source (are its rows about a
person, through which chain of keys, what kind of record), names.py then judges each field inside
its record by name and type. tokens.py splits names, vocabulary.py holds the words (the policy's
own first), values.py tests a bounded sample of values, sensitive.py knows UU PDP specific data;
the Classifier combines them.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache

from laci_audit.classify.names import NameVerdict, TableContext, column_prefix, judge_in_record, met_tokens, judge_name, \
    table_context
from laci_audit.classify.tables import Record, TableJudgement, identity_concept, judge_tables
from laci_audit.classify.tokens import split_name
from laci_audit.classify.vocabulary import build_vocabulary
from laci_audit.keys import KeyGraph
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field, Source

__all__ = ["Classifier", "Suggestion", "split_name"]

OWN_KEY, PERSON_KEY, ORGANISATION_KEY = 1, 2, 3  # what a column is to its table, outside a person's record


@dataclass(frozen=True, slots=True)  # slots: an estate holds one per field
class Suggestion:
    """The classifier's view of one field."""

    personal: bool
    categories: tuple[str, ...] = ()
    confidence: float = 0.0
    sensitive: bool = False
    reasons: tuple[str, ...] = ()  # from the field itself: its name, type and values
    uncovered: str = ""
    values_convincing: bool = False  # a sample large and matching enough to stand against the name
    record: str = ""  # the kind of record the table pass judged the field's table to be
    table_evidence: str = ""  # the table pass's judgement of its table, said last; one text a table

    @property
    def evidence(self) -> tuple[str, ...]:
        """Why: the field's reasons, then its table's (held apart, so that an estate's 100,000
        suggestions share their reasons instead of a tuple each)."""
        return (*self.reasons, self.table_evidence) if self.table_evidence else self.reasons


NOT_PERSONAL_BY_TUNING = Suggestion(False, confidence=0.9, reasons=("not personal by the inventory's classifier.yaml",))


class Classifier:
    """Judges the fields of a source: each table as a record first, then each field in it by name
    and type, and by a sample of values when given one."""

    def __init__(self, taxonomy: Taxonomy, tuning: dict | None = None):
        self.taxonomy = taxonomy
        self.vocabulary = build_vocabulary(taxonomy, tuning)
        self._tokens = lru_cache(maxsize=262144)(self.vocabulary.field_tokens)
        self._context = lru_cache(maxsize=65536)(lambda table: table_context(table, self.vocabulary))
        self._identity = lru_cache(maxsize=262144)(lambda name: identity_concept(name, self.vocabulary))
        self._judge_field = lru_cache(maxsize=262144)(self._judge_field)
        # Outside a person's record: each table's context read as such and numbered by all but
        # its name's words; judgements by that number, the words met (names.met_tokens), name, type.
        self._outside: dict[int, tuple[TableContext, int]] = {}
        self._outside_numbers: dict[TableContext, int] = {}
        self._outside_verdicts: dict[tuple[int, tuple[str, ...], tuple[str, ...], str], NameVerdict] = {}
        self._tables: list[tuple[Record, TableContext | None]] = []  # the table pass's judgements seen, numbered
        self._table_numbers: dict[tuple[Record, TableContext | None], int] = {}

    def forget(self) -> None:
        """Drop what the classifier remembers between sources (tokens, contexts, judgements): once
        an audit has judged every source, its caches hold tens of MiB nobody asks again."""
        for cache in (self._tokens, self._context, self._identity, self._judge_field):
            cache.cache_clear()
        for remembered in (self._outside, self._outside_numbers, self._outside_verdicts, self._table_numbers):
            remembered.clear()
        self._tables.clear()

    def classify_source(self, fields: list[Field], source: Source | None = None) -> dict[tuple[str, str, str], Suggestion]:
        """Judge every field of one source: suggestions by (source, table, field)."""
        with _collector_paused():  # once for the key graph and both passes
            return self.classify_fields(fields, self.table_pass(KeyGraph(fields), source), source)

    def table_pass(self, graph: KeyGraph, source: Source | None = None) -> dict[str, TableJudgement]:
        """The table pass over one source's key graph: each table's record (by casefolded name)."""
        with _collector_paused():
            return judge_tables(graph, self.vocabulary, bool(source and source.partners), self._context,
                                self._identity)

    def classify_fields(self, fields: list[Field], tables: dict[str, TableJudgement],
                        source: Source | None = None, keys: list[tuple[str, str, str]] | None = None
                        ) -> dict[tuple[str, str, str], Suggestion]:
        """The field pass: every field judged inside its table's record. Data from partners (A.3.x)
        is suggested only for a source that declares its partners. keys: each field's key
        (result.key_of), when the caller has them: the suggestions are filed under those very tuples."""
        with _collector_paused():
            return self._field_pass(fields, tables, bool(source and source.partners), keys)

    def _field_pass(self, fields: list[Field], tables: dict[str, TableJudgement],
                    partners: bool, keys: list[tuple[str, str, str]] | None) -> dict[tuple[str, str, str], Suggestion]:
        not_personal, judge_field, tokens_of = self.vocabulary.not_personal, self._judge_field, self._tokens
        names: dict[str, tuple[str, tuple[str, ...]]] = {}  # a name as written -> casefolded, tokens
        columns: dict[str, list[tuple[str, ...]]] = {}
        for found in fields:
            columns.setdefault(found.table, []).append(tokens_of(found.name))
        prefixes = {table: column_prefix(table, tokens) for table, tokens in columns.items()}
        suggestions = {}
        current = None
        for index, found in enumerate(fields):
            if found.table != current:  # the fields of a table mostly come together: its judgement read once
                current, table = found.table, found.table.casefold()
                judgement = tables[table]
                number, evidence = self._number(judgement.record, judgement.context), judgement.evidence
                own_key, person_keys, organisation_keys = judgement.own_key, judgement.person_keys, \
                    judgement.organisation_keys
                outside = not judgement.record.about_person
                # the table's fields judged alike share one suggestion with its evidence: by id of
                # the judgement, which the entry holds (so no other object can take its id)
                in_table: dict[int, tuple[Suggestion, Suggestion]] = {}
                prefix = prefixes[current]
            named = names.get(found.name)
            if named is None:
                named = names[found.name] = (found.name.casefold(), tokens_of(found.name))
            name, tokens = named
            if prefix and tokens[0] == prefix and len(tokens) > 1:  # dst_teknisi_id in data_servis_teknisi
                tokens = tokens[1:]
            if outside and name in not_personal:
                judged = NOT_PERSONAL_BY_TUNING
            else:
                role = OWN_KEY if name == own_key else PERSON_KEY if name in person_keys else \
                    ORGANISATION_KEY if name in organisation_keys else 0
                judged = judge_field(number, tokens, found.data_type or "", partners, role)
            shared = in_table.get(id(judged))
            if shared is None:
                shared = in_table[id(judged)] = (judged, _with_evidence(judged, evidence))
            suggestions[(found.source, table, name) if keys is None else keys[index]] = shared[1]
        return suggestions

    def _number(self, record: Record, context: TableContext) -> int:
        """Tables judged alike share a number, so that the field cache's keys hash fast."""
        key = (record, None if record.about_person else context)  # inside a person's record the name alone decides
        if key not in self._table_numbers:
            self._table_numbers[key] = len(self._tables)
            self._tables.append(key)
        return self._table_numbers[key]

    def classify(self, field: Field, values: list | None = None) -> Suggestion:
        """Judge one field as the only column of its table; values, when given, are tested by the
        detectors and only counted."""
        suggestion = self.classify_source([field])[(field.source, *field.key)]
        return self.with_values(suggestion, field, values) if values else suggestion

    def with_values(self, suggestion: Suggestion, field: Field, values: list) -> Suggestion:
        """The suggestion confirmed, raised or made by a sample of the field's values (only counted)."""
        from laci_audit.classify.values import combine_with_values

        return combine_with_values(suggestion, field, values, self.vocabulary)

    def _judge_field(self, table_number: int, tokens: tuple[str, ...], data_type: str, partners: bool,
                     role: int) -> Suggestion:
        """One field by name and type inside its record (the table pass's judgement), cached on
        exactly these inputs: an estate repeats id, created_at, status in every table. role:
        OWN_KEY, PERSON_KEY, ORGANISATION_KEY or 0."""
        record, context = self._tables[table_number]
        name = "_".join(tokens)
        if record.about_person:
            verdict = judge_in_record(record, tokens, data_type, self.vocabulary)
        elif role == OWN_KEY:  # the key of a row about no person (hs_hr_customer.customer_id, a lab test's id)
            verdict = NameVerdict(False, (), 0.8, evidence=(f"'{name}' is the table's own key",))
        elif role == ORGANISATION_KEY:  # a rack's customer_id to a company customer: whose the rack is, no person
            verdict = NameVerdict(False, (), 0.8, evidence=(f"'{name}' holds a key to an organisation",))
        elif role == PERSON_KEY:  # a product's seller, a menu's creator: the key is personal, the row is not
            verdict = NameVerdict(True, (self.vocabulary.id("account"),), 0.85,
                                  evidence=(f"'{name}' holds a key to a person",))
        else:
            verdict = self._judge_outside(table_number, record, context, tokens, data_type)
        suggestion = _suggestion(verdict, record.kind)
        return suggestion if partners or not suggestion.personal else self._without_partners(suggestion, record)

    def _judge_outside(self, table_number: int, record: Record, context: TableContext, tokens: tuple[str, ...],
                       data_type: str) -> NameVerdict:
        """judge_name in a table about no person, shared by the tables whose names meet the field's
        words alike: a source of many tables named apart judges each column name once."""
        found = self._outside.get(table_number)
        if found is None:
            outside = _outside_context(context, record.kind == "organisation", record.contact_person)
            number = self._outside_numbers.setdefault(replace(outside, tokens=()), len(self._outside_numbers))
            found = self._outside[table_number] = (outside, number)
        outside, number = found
        met = met_tokens(outside, tokens)
        key = (number, met, tokens, data_type)
        verdict = self._outside_verdicts.get(key)
        if verdict is None:
            if len(self._outside_verdicts) >= 262144:  # forgotten all at once: an endless stream stays bounded
                self._outside_verdicts.clear()
            verdict = self._outside_verdicts[key] = judge_name(
                outside if met == outside.tokens else replace(outside, tokens=met), tokens, data_type, self.vocabulary)
        return verdict

    def _without_partners(self, suggestion: Suggestion, record: Record) -> Suggestion:
        """A source that declares no partner holds no data from partners: A.3.x leaves the suggestion."""
        kept = tuple(c for c in suggestion.categories if self.vocabulary.section_of(c) != "from_partners")
        if kept == suggestion.categories:
            return suggestion
        if not kept and not suggestion.uncovered:
            kept = (record.category or self.vocabulary.id("account"),)
        return replace(suggestion, categories=kept)


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused while a pass makes an object per table or field:
    they hold no reference cycles, and a collection every few hundred new objects re-scans all
    that is alive (a third of the field pass on a 100,000-field source, bench/classifier/speed.py)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=65536)
def _outside_context(context: TableContext, organisation: bool = False, contact_person: bool = False) -> TableContext:
    """A table whose rows are about no person, read as such: its name's kind of record no longer
    makes its columns personal; a column naming a person, or personal on its own, still is (in an
    organisation's record, as the table pass judged it, its contact person's)."""
    return replace(context, person=False, person_main=False, address_book=False, kind=None, category=None,
                   children=False, organisation=context.organisation or organisation, contact_person=contact_person)


def _with_evidence(suggestion: Suggestion, evidence: str) -> Suggestion:
    """The suggestion with the table's evidence last."""
    return Suggestion(suggestion.personal, suggestion.categories, suggestion.confidence, suggestion.sensitive,
                      suggestion.evidence, suggestion.uncovered, suggestion.values_convincing, suggestion.record,
                      evidence)


def _suggestion(verdict: NameVerdict, record: str) -> Suggestion:
    return Suggestion(verdict.personal, verdict.categories, round(verdict.confidence, 2), verdict.sensitive,
                      verdict.evidence, verdict.uncovered, record=record)
