"""DDL sources read ahead and judged by a worker process (sources/ahead.py): the audit it helps is
the audit without it, the worker's entries (fields and suggestions) are the cache's own, a source it has not begun is taken back,
and a worker that fails costs nothing but time."""

from __future__ import annotations

import shutil
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
from helpers import BUNDLED_INVENTORY, FIXTURES

from laci_audit.classify.cache import READS as JUDGED
from laci_audit.classify.cache import cache_file as suggestions_cache_file
from laci_audit.engine import _declared_sources, audit_inventory
from laci_audit.inventory.cache import holds_key, write_entry
from laci_audit.sources import ahead, ddl_cache, resolve_paths, sqlite
from laci_audit.sources.ahead import ReadAhead, read_into_cache, start_read_ahead
from laci_audit.sources.fields_cache import READS

# Real dumps of three dialects (tests/fixtures/README.md), declared beside the bundled sources.
DUMPS = {"adventureworks": ("tsql", "adventureworks_instawdb.sql"), "cacti": ("mysql", "cacti.sql"),
         "pagila": ("postgres", "pagila_schema.sql")}


@pytest.fixture
def estate(tmp_path, monkeypatch) -> Path:
    """The bundled inventory with three real dumps added as DDL sources, no cache yet."""
    monkeypatch.chdir(tmp_path)
    inventory = tmp_path / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, inventory, ignore=shutil.ignore_patterns(".laci-cache", "*.db"))
    declared = []
    for name, (dialect, file) in DUMPS.items():
        (inventory / "dumps").mkdir(exist_ok=True)
        shutil.copyfile(FIXTURES / "dumps" / file, inventory / "dumps" / file)
        declared.append(f"  - name: {name}\n    kind: ddl\n    dialect: {dialect}\n    path: dumps/{file}\n"
                        f"    owner: tim-data\n    purposes: [B.1]\n")
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write("\n" + "".join(declared))
    return inventory


def _ddl_sources(inventory: Path) -> list:
    """The sources a worker may read: DDL and SQLite files."""
    return [s for s in _declared_sources(inventory).values() if s.kind in ("ddl", "sqlite")]


@pytest.fixture
def two_cores(monkeypatch):
    """A worker is started whatever this machine's cores and however little DDL there is."""
    monkeypatch.setattr(ahead, "_cores", lambda: 2)
    monkeypatch.setattr(ahead, "MIN_BYTES", 0)


def _handed(worker: ReadAhead) -> list[str]:
    """The sources given to the worker so far and still to give, in its order."""
    with worker.lock:
        return [worker.current[0], *(s.name for s in worker.waiting)]


def _wait_for_all(worker: ReadAhead) -> None:
    """Wait, without taking any source back, until the worker has read every source it was given."""
    while True:
        with worker.lock:
            current, waiting = worker.current, list(worker.waiting)
        current[1].result()
        if not waiting:
            with worker.lock:
                if worker.current is current:
                    return
        time.sleep(0.01)


def test_an_audit_read_ahead_is_the_audit_read_in_one_process(estate, two_cores):
    alone = audit_inventory(estate, jobs=1, read_ahead=True).result  # --jobs 1: no worker
    shutil.rmtree(estate / ".laci-cache")
    before = READS.copy()
    helped = audit_inventory(estate, jobs=4, read_ahead=True).result
    # the source given to the worker first is never taken back: at least it came from the worker's cache
    assert READS[("ddl", "cache")] + READS[("sqlite", "cache")] > before[("ddl", "cache")] + before[("sqlite", "cache")]
    assert [(s.source, s.fields, s.error, s.skipped) for s in helped.scans] == [
        (s.source, s.fields, s.error, s.skipped) for s in alone.scans]
    assert helped.suggestions == alone.suggestions
    assert helped.findings == alone.findings and len(alone.findings) > 20


def test_without_read_ahead_no_worker_is_started(estate, two_cores, monkeypatch):
    """A library caller's main module may run an audit when imported: the worker, which imports
    it, is started only when asked for (the command line asks)."""
    import concurrent.futures

    def no_process(*args, **kwargs):
        raise AssertionError("a worker process was started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_process)
    with pytest.raises(AssertionError, match="worker process was started"):
        audit_inventory(estate, jobs=4, read_ahead=True)
    assert not (estate / ".laci-cache" / "ddl").exists()  # nothing read yet: the same sources miss
    assert audit_inventory(estate, jobs=4).result.scans


def test_the_worker_writes_the_entries_a_scan_then_reads(estate, two_cores):
    sources = _ddl_sources(estate)
    with start_read_ahead(sources, estate, jobs=4) as worker:
        assert worker.pool is not None and _handed(worker) == [s.name for s in reversed(sources)]
        _wait_for_all(worker)
    for source in sources:
        assert {"ddl": ddl_cache, "sqlite": sqlite}[source.kind].is_cached(source, resolve_paths(source, estate), estate)
    before, judged_before = READS.copy(), JUDGED.copy()
    cached = audit_inventory(estate, jobs=1).result
    assert {s.source.name for s in cached.scans} >= {s.name for s in sources}
    ddl = sum(s.kind == "ddl" for s in sources)
    assert 0 < ddl < len(sources)  # the bundled inventory has an SQLite source too
    assert READS[("ddl", "cache")] - before[("ddl", "cache")] == ddl
    assert READS[("sqlite", "cache")] - before[("sqlite", "cache")] == len(sources) - ddl
    assert READS[("ddl", "read")] == before[("ddl", "read")] and READS[("sqlite", "read")] == before[("sqlite", "read")]
    # the dumps' suggestions too (the bundled sources' registrations declare keys: judged by the audit)
    assert JUDGED["cache"] - judged_before["cache"] >= len(DUMPS)
    shutil.rmtree(estate / ".laci-cache")
    fresh = audit_inventory(estate, jobs=1).result
    assert cached.suggestions == fresh.suggestions and cached.findings == fresh.findings


def test_the_worker_never_replaces_a_suggestions_entry(estate, two_cores):
    """One the audit wrote under keys the registrations declare stays for the audit to use."""
    sources = _ddl_sources(estate)
    entry = suggestions_cache_file(estate, sources[-1])
    entry.parent.mkdir(parents=True, exist_ok=True)
    write_entry(entry, "the audit's key", {"text": []})
    read_into_cache(sources[-1], estate)
    assert holds_key(entry, "the audit's key")


def test_no_worker_where_it_would_not_pay(estate, monkeypatch):
    monkeypatch.setattr(ahead, "_cores", lambda: 2)
    sources = _ddl_sources(estate)
    assert start_read_ahead(sources, estate, jobs=4).pool is None  # under MIN_BYTES of DDL
    monkeypatch.setattr(ahead, "MIN_BYTES", 0)
    assert start_read_ahead(sources, estate, jobs=1).pool is None  # --jobs 1: one process
    assert start_read_ahead(sources[:1], estate, jobs=4).pool is None  # one source: nothing to do meanwhile
    monkeypatch.setattr(ahead, "_cores", lambda: 1)
    assert start_read_ahead(sources, estate, jobs=4).pool is None
    monkeypatch.setattr(ahead, "_cores", lambda: 2)
    for source in sources[1:]:
        read_into_cache(source, estate)  # in this process: the cache the worker would write
    assert start_read_ahead(sources, estate, jobs=4).pool is None  # only the first misses now


def test_claim_takes_back_what_the_worker_was_not_given_and_survives_what_it_failed():
    worker = ReadAhead(None, [_source("a"), _source("b")])  # no pool: nothing is given
    worker.claim(_source("b"))
    assert [s.name for s in worker.waiting] == ["a"]
    failed = Future()
    failed.set_running_or_notify_cancel()
    failed.set_exception(RuntimeError("worker died"))
    worker.current = ("c", failed)
    worker.claim(_source("c"))  # read here, as if no worker had been
    worker.claim(_source("not given"))
    assert [s.name for s in worker.waiting] == ["a"]


def test_after_a_failure_nothing_more_is_given_to_the_worker(estate, two_cores):
    sources = _ddl_sources(estate)
    with pytest.raises(RuntimeError), start_read_ahead(sources, estate, jobs=4) as worker:
        raise RuntimeError("the registrations did not load")
    assert worker.waiting == [] and len(_handed(worker)) == 1


def _source(name: str):
    from laci_audit.records import Source

    return Source(name, "ddl", "tim-data", options={"path": f"{name}.sql", "dialect": "mysql"})


def test_a_cache_entry_is_told_by_its_key_from_its_first_bytes(tmp_path):
    entry = tmp_path / ".laci-cache" / "ddl" / "x.json"
    entry.parent.mkdir(parents=True)
    assert not holds_key(entry, "abc")  # no file
    write_entry(entry, "abc", {"fields": [1, 2]})
    assert holds_key(entry, "abc") and not holds_key(entry, "ab") and not holds_key(entry, "abcd")
    entry.write_text("not json", encoding="utf-8")
    assert not holds_key(entry, "abc")


def test_the_worker_gets_the_last_sources_up_to_the_first_cached_one(estate, two_cores):
    """A warm scan tells it is warm from its last source alone; a scan whose last sources changed
    hands those over."""
    sources = _ddl_sources(estate)
    read_into_cache(sources[-1], estate)
    assert start_read_ahead(sources, estate, jobs=4).pool is None  # the rest miss, but the last is cached
    shutil.rmtree(estate / ".laci-cache")
    for source in sources[:-2]:
        read_into_cache(source, estate)
    with start_read_ahead(sources, estate, jobs=4) as worker:
        assert _handed(worker) == [sources[-1].name, sources[-2].name]
