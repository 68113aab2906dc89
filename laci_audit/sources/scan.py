"""Read every declared source: its fields, and on request a bounded sample of their values.
A source that cannot be read is recorded, never skipped.

Live sources (databases: a server's time, not this machine's) are read concurrently, `jobs` at a
time, each with its own connection and timeouts; file sources are read meanwhile in the calling
thread. Results come back in declaration order whatever order they finish in, and a source that
fails is its own scan's error, never the others'.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from pathlib import Path

from laci_audit import DEFAULT_JOBS
from laci_audit.errors import SourceError
from laci_audit.records import Field, SkippedStatement, Source, SourceScan
from laci_audit.sources import KINDS
from laci_audit.sources.ahead import ReadAhead


def scan_source(source: Source, inventory_dir: Path) -> SourceScan:
    """Read one source's fields; fields found before a read error are kept beside the error, and the
    statements a DDL source skipped beside both."""
    started = time.perf_counter()
    fields, skipped = [], []
    error = None
    try:
        for found in KINDS[source.kind].scanner()(source, inventory_dir):
            (skipped if isinstance(found, SkippedStatement) else fields).append(found)
    except SourceError as exc:
        error = str(exc)
    except OSError as exc:
        error = f"{exc.strerror or exc}: {exc.filename or source.location}"
    return SourceScan(source, fields, error, time.perf_counter() - started, skipped)


def scan_sources(
    sources: Iterable[Source], inventory_dir: Path, on_done: Callable[[SourceScan], None] | None = None,
    jobs: int = DEFAULT_JOBS, ahead: ReadAhead | None = None,
) -> list[SourceScan]:
    """Scan sources, live ones `jobs` at a time, calling on_done as each finishes (for progress
    bars); the scans are returned in declaration order. ahead: DDL sources a worker process is
    reading into the cache meanwhile (sources/ahead.py)."""
    declared = list(sources)
    results: dict[int, SourceScan] = {}

    def done(index: int, result: SourceScan) -> None:
        results[index] = result
        if on_done:
            on_done(result)

    live = {index for index, source in enumerate(declared) if KINDS[source.kind].live and jobs > 1}
    _prepare(declared[index] for index in live)
    with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(live) or 1))) as pool:
        running: dict[Future, int] = {pool.submit(scan_source, declared[index], inventory_dir): index
                                      for index in sorted(live)}
        for index, source in enumerate(declared):
            if index not in live:
                if ahead is not None:
                    ahead.claim(source)
                done(index, scan_source(source, inventory_dir))
        for future in as_completed(running):
            done(running[future], future.result())
    return [results[index] for index in range(len(declared))]


def sample_values(scans: list[SourceScan], inventory_dir: Path, limit: int,
                  jobs: int = DEFAULT_JOBS) -> Iterator[tuple[Field, list]]:
    """At most `limit` values of each field of the sources that can be sampled, read with a bound
    (live sources `jobs` at a time), in declaration order. The caller hands them to the detectors
    and drops them; a source that fails while sampling keeps what it yielded so far and gets the
    failure noted as its scan's error."""
    sampled = [scan for scan in scans if KINDS[scan.source.kind].sampler() is not None and scan.fields]
    _prepare(scan.source for scan in sampled if KINDS[scan.source.kind].live and jobs > 1)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        ahead = {id(scan): pool.submit(_sample_all, scan, inventory_dir, limit)
                 for scan in sampled if KINDS[scan.source.kind].live and jobs > 1}
        for scan in sampled:
            if id(scan) in ahead:
                yield from ahead[id(scan)].result()
            else:
                yield from _sample_one(scan, inventory_dir, limit)


def _prepare(sources: Iterable[Source]) -> None:
    """Let each kind import what it needs in this thread before worker threads use it."""
    for source in sources:
        prepare = KINDS[source.kind].preparer()
        if prepare is not None:
            prepare(source)


def _sample_all(scan: SourceScan, inventory_dir: Path, limit: int) -> list[tuple[Field, list]]:
    """One source's sample read whole (at most `limit` values a field), for a worker thread."""
    return list(_sample_one(scan, inventory_dir, limit))


def _sample_one(scan: SourceScan, inventory_dir: Path, limit: int) -> Iterator[tuple[Field, list]]:
    try:
        yield from KINDS[scan.source.kind].sampler()(scan.source, inventory_dir, scan.fields, limit)
    except SourceError as exc:
        scan.error = f"{scan.error}; {exc}" if scan.error else str(exc)
