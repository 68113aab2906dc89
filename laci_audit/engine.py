"""The front door: declarations -> scan -> classify -> audit -> (optionally) the inventory database."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from laci_audit import DEFAULT_JOBS
from laci_audit.audit.baseline import load_baseline
from laci_audit.audit.gate import GateResult, find_config, judge
from laci_audit.audit.rules import run_rules
from laci_audit.classify import Classifier, Suggestion
from laci_audit.classify.cache import cache_file as suggestions_cache_file
from laci_audit.classify.cache import cached_suggestions, classifier_identity, store_suggestions, suggestions_key
from laci_audit.classify.tuning import load_tuning
from laci_audit.errors import LaciError, RegistrationError
from laci_audit.inventory.declarations import Problems, load_declarations
from laci_audit.inventory.declarations_cache import cached_sources
from laci_audit.inventory.layout import InventoryFolder
from laci_audit.keys import KeyGraph
from laci_audit.memory import fewer_collections, freeze_loaded
from laci_audit.policy.taxonomy import load_inventory_taxonomy
from laci_audit.records import Field, Source, SourceScan
from laci_audit.result import AuditResult, BySource, key_of
from laci_audit.sources.ahead import start_read_ahead
from laci_audit.sources.scan import sample_values, scan_sources

MAX_SAMPLE = 100_000  # values per field: a sample, not a copy of the table


@dataclass
class AuditRun:
    """An audit and where it was stored."""

    result: AuditResult
    scan_id: int | None
    seconds: float


@fewer_collections()
def audit_inventory(
    inventory_dir: Path,
    db_path: Path | None = None,
    on_source_done: Callable[[SourceScan], None] | None = None,
    on_sources_known: Callable[[int], None] | None = None,
    sample: int = 0,
    only_source: str | None = None,
    jobs: int = DEFAULT_JOBS,
    automatic: bool = False,
    read_ahead: bool = False,
) -> AuditRun:
    """Audit the inventory (or only one source) and record it all in the inventory database (unless
    db_path is None). An automatic scan (a plain `audit`) keeps only the latest automatic scans that
    the config's `history: {keep: N}` allows; the others are pruned. read_ahead: see audit()."""
    keep = find_config(inventory_dir).keep_scans if automatic and db_path is not None else None
    started_at = datetime.now(timezone.utc)
    started = time.perf_counter()
    result = audit(inventory_dir, only_source, sample=sample, on_source_done=on_source_done,
                   on_sources_known=on_sources_known, jobs=jobs, read_ahead=read_ahead)
    scan_id = None
    if db_path is not None:
        from laci_audit.store.record import record_audit
        from laci_audit.store.schema import open_inventory

        db = open_inventory(db_path)
        try:
            scan_id = record_audit(db, result, inventory_dir, started_at, time.perf_counter() - started)
            if keep is not None:
                from laci_audit.store.prune import keep_latest_automatic

                keep_latest_automatic(db, scan_id, keep)
        except sqlite3.Error as exc:
            raise LaciError(f"{db_path}: cannot write the inventory database: {exc}") from None
        finally:
            db.close()
    return AuditRun(result, scan_id, time.perf_counter() - started)


@fewer_collections()
def audit(
    inventory_dir: Path,
    only_source: str | None = None,
    sample: int = 0,
    on_source_done: Callable[[SourceScan], None] | None = None,
    on_sources_known: Callable[[int], None] | None = None,
    jobs: int = DEFAULT_JOBS,
    read_ahead: bool = False,
) -> AuditResult:
    """Load the taxonomy and declarations, scan every declared source (or only one), live
    sources `jobs` at a time, judge every field and find the gaps: the whole AuditResult, recorded
    nowhere. With sample > 0, sources that can be sampled give at most that many values per field
    to the value detectors, which keep only counts. With read_ahead (and jobs above 1), a worker
    process may read and judge DDL and SQLite sources while the registrations load
    (sources/ahead.py): only for a caller whose main module runs nothing when imported (`if
    __name__ == "__main__"`), as the command line's, since the worker imports it."""
    if not inventory_dir.is_dir():
        raise LaciError(f"{inventory_dir}: no such inventory folder (use --inventory DIR)")
    if not 0 <= sample <= MAX_SAMPLE:
        raise LaciError(f"--sample {sample}: between 0 and {MAX_SAMPLE:,} values per field")
    taxonomy = load_inventory_taxonomy(inventory_dir)
    declared = _declared_sources(inventory_dir) if read_ahead and jobs > 1 else None
    to_read = [s for s in (declared or {}).values() if only_source in (None, s.name)]
    with start_read_ahead(to_read, inventory_dir, jobs) as ahead:
        declarations = load_declarations(inventory_dir, declared)  # while a worker may read sources
        freeze_loaded()
        if only_source is not None and only_source not in declarations.sources:
            raise RegistrationError(
                f"source '{only_source}' is not declared (declared: {', '.join(sorted(declarations.sources))})")
        chosen = [s for s in declarations.sources.values() if only_source is None or s.name == only_source]
        if on_sources_known:
            on_sources_known(len(chosen))
        scans = scan_sources(chosen, inventory_dir, on_source_done, jobs, ahead)
    tuning_file = InventoryFolder(inventory_dir).classifier_file
    identity = classifier_identity(taxonomy, tuning_file)
    classifier = Classifier(taxonomy, load_tuning(tuning_file))
    suggestions, field_keys = {}, []
    graphs, tables = BySource(), BySource()
    references = {key_of(r): r.references for r in declarations.registrations if "." in r.references}
    registration_index = declarations.registration_index()
    registered = {key: key for key in registration_index}  # a registered field's key: its registration's tuple
    for scan in scans:
        # one tuple per field, shared by suggestions, rules and the registration of the same field
        keys = [registered.get(key, key) for key in map(key_of, scan.fields)]
        field_keys.extend(keys)
        suggestions.update(zip(keys, _judged(classifier, scan, _with_declared_references(scan.fields, references),
                                             identity, inventory_dir, graphs, tables)))
    del registered
    if sample > 0:
        for found, values in sample_values(scans, inventory_dir, sample, jobs):
            key = key_of(found)
            suggestions[key] = classifier.with_values(suggestions[key], found, values)
    classifier.forget()  # every field is judged: its caches would only take memory from the rules and the writer
    result = AuditResult(taxonomy, declarations, scans, suggestions, classifier, key_graphs=graphs, records=tables,
                         registration_index=registration_index)
    result.field_keys = field_keys  # the cached property, already known
    result.findings = run_rules(result)
    return result


def _declared_sources(inventory_dir: Path) -> dict[str, Source] | None:
    """sources.yaml's sources, read before the registrations (load_declarations then takes them);
    None when it has a problem (loading the declarations names it)."""
    problems = Problems()
    sources = cached_sources(InventoryFolder(inventory_dir), problems)
    return None if problems.found else sources


def organisation_of(inventory_dir: Path) -> str:
    """The organisation the reports name: `organisation:` in laci-audit.yaml, else the inventory
    folder's name."""
    return find_config(inventory_dir).organisation or inventory_dir.resolve().name


def run_check(
    inventory_dir: Path,
    fail_on: str = "error",
    baseline_path: Path | None = None,
    config_path: Path | None = None,
    db_path: Path | None = None,
    sample: int = 0,
    jobs: int = DEFAULT_JOBS,
    read_ahead: bool = False,
) -> GateResult:
    """The CI gate: read the config and the baseline, run the audit, and judge it."""
    config = find_config(inventory_dir, config_path)
    baseline = load_baseline(baseline_path) if baseline_path is not None else None
    run = audit_inventory(inventory_dir, db_path, sample=sample, jobs=jobs, read_ahead=read_ahead)
    gate = judge(run.result, config, baseline, fail_on)
    gate.seconds = run.seconds
    return gate



def _judged(classifier: Classifier, scan: SourceScan, fields: list[Field], identity: str, inventory_dir: Path,
            graphs: BySource, tables: BySource) -> list[Suggestion]:
    """The suggestion of each of a source's fields, in order: from `.laci-cache/suggestions/` when
    the source's fields and the classifier are as they were (its key graph and table pass then
    made only if an answer asks), else judged (key graph once, table pass, field pass) and cached."""
    source = scan.source
    path = suggestions_cache_file(inventory_dir, source)
    key = suggestions_key(source, fields, identity)
    cached = cached_suggestions(path, key, len(fields))
    if cached is not None:
        graphs.later(source.name, lambda: KeyGraph(fields))
        tables.later(source.name, lambda: classifier.table_pass(graphs[source.name], source))
        return cached
    graphs[source.name], tables[source.name], ordered = _judge_and_store(classifier, scan, fields, path, key)
    return ordered


def _judge_and_store(classifier: Classifier, scan: SourceScan, fields: list[Field], path: Path, key: str
                     ) -> tuple[KeyGraph, dict, list[Suggestion]]:
    """Judge one source (key graph once, table pass, field pass) and cache its suggestions."""
    graph = KeyGraph(fields)
    judgements = classifier.table_pass(graph, scan.source)
    # filed by each field's place: one suggestion per field in order, where two share a name too
    judged = classifier.classify_fields(scan.fields, judgements, scan.source, range(len(fields)))
    graph.compact()  # the table pass's column-name sets, rebuilt if an answer asks
    ordered = list(judged.values())
    if ordered:
        store_suggestions(path, key, ordered)
    return graph, judgements, ordered


@fewer_collections()
def judge_ahead(scan: SourceScan, inventory_dir: Path) -> None:
    """In the worker that reads DDL ahead (sources/ahead.py): judge a source as its audit would,
    before the registrations are known, and cache the suggestions, unless the source has an entry
    already. A source whose registrations declare keys (`references:`) is judged under another
    key: the audit then judges it itself."""
    path = suggestions_cache_file(inventory_dir, scan.source)
    if path.exists():  # an entry the audit may still use (under keys the registrations declare)
        return
    classifier, identity = _worker_classifier(inventory_dir)
    _judge_and_store(classifier, scan, scan.fields, path, suggestions_key(scan.source, scan.fields, identity))


@lru_cache(maxsize=1)
def _worker_classifier(inventory_dir: Path) -> tuple[Classifier, str]:
    """The classifier a worker judges with, and its identity: made once per worker."""
    taxonomy = load_inventory_taxonomy(inventory_dir)
    tuning_file = InventoryFolder(inventory_dir).classifier_file
    identity = classifier_identity(taxonomy, tuning_file)
    return Classifier(taxonomy, load_tuning(tuning_file)), identity


def _with_declared_references(fields: list[Field], references: dict) -> list[Field]:
    """The fields with the keys their registrations declare (`references: users.id`) where the
    schema declares none."""
    if not references:
        return fields
    return [replace(f, references=references[key_of(f)]) if not f.references and key_of(f) in references else f
            for f in fields]
