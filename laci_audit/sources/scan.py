"""Read every declared source: its fields, and on request a bounded sample of their values.
A source that cannot be read is recorded, never skipped."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from laci_audit.errors import SourceError
from laci_audit.records import Field, SkippedStatement, Source, SourceScan
from laci_audit.sources import KINDS


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
    sources: Iterable[Source], inventory_dir: Path, on_done: Callable[[SourceScan], None] | None = None
) -> list[SourceScan]:
    """Scan sources in declaration order, calling on_done after each (for progress bars)."""
    results = []
    for source in sources:
        result = scan_source(source, inventory_dir)
        results.append(result)
        if on_done:
            on_done(result)
    return results


def sample_values(scans: list[SourceScan], inventory_dir: Path, limit: int) -> Iterator[tuple[Field, list]]:
    """At most `limit` values of each field of the sources that can be sampled, read with LIMIT.
    The caller hands them to the detectors and drops them; a source that fails while sampling
    keeps what it yielded so far and gets the failure noted as its scan's error."""
    for scan in scans:
        sampler = KINDS[scan.source.kind].sampler()
        if sampler is None or not scan.fields:
            continue
        try:
            yield from sampler(scan.source, inventory_dir, scan.fields, limit)
        except SourceError as exc:
            scan.error = f"{scan.error}; {exc}" if scan.error else str(exc)
