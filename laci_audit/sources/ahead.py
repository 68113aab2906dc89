"""DDL and SQLite sources read ahead by a second process while this one loads the registrations.

Parsing DDL is most of a large estate's first scan, and one process keeps one core busy. On a
machine of two or more cores with 1 MiB of DDL to parse, `start_read_ahead` hands the DDL and SQLite
sources whose cache misses (sources/ddl_cache.py, sources/sqlite.py; the last ones declared, up to
the first cached) to a worker process, last source first; it reads each, judges its fields, and writes both cache entries (the fields', and
the suggestions', classify/cache.py). When `scan_sources` comes to such a source, one the worker
has not begun is taken back and read here, one it has begun is waited for and then read from the
cache: the two processes meet in the middle. The worker is only an optimisation: whatever it
fails at, this process reads as it would have, and the fields are the same either way.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from laci_audit.errors import SourceError
from laci_audit.records import Source

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

MIN_BYTES = 1 << 20  # DDL to parse below which a worker would take longer to start than it saves


class ReadAhead:
    """The worker's pool (None: no worker), the sources it has not been given yet (in its order),
    and the one it reads now. It is handed one source at a time, so taking one back is only
    removing it from the list (a future, once submitted, is never cancelled)."""

    def __init__(self, pool: ProcessPoolExecutor | None = None, waiting: list[Source] | None = None,
                 inventory_dir: Path | None = None) -> None:
        self.pool, self.waiting, self.inventory_dir = pool, list(waiting or ()), inventory_dir
        self.lock = threading.Lock()  # the pool's thread hands the next source over as one is done
        self.current: tuple[str, Future] | None = None
        if pool is not None:
            self._hand_next()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_exc: object) -> None:
        if self.pool is None:
            return
        with self.lock:
            self.waiting.clear()
        # after a failure the source in hand is left to finish on its own (an entry is written
        # whole or not at all); on success it is long done
        self.pool.shutdown(wait=kind is None)

    def claim(self, source: Source) -> None:
        """Before this process reads `source`: take it back if the worker has not been given it,
        else wait until the worker has cached it (or failed: then it is read here all the same)."""
        with self.lock:
            waiting = [s.name for s in self.waiting]
            if source.name in waiting:
                del self.waiting[waiting.index(source.name)]
                return
            current = self.current
        if current is None or current[0] != source.name:
            return
        try:
            current[1].result()
        except Exception:  # noqa: BLE001  (a worker that failed: the source is read here, as ever)
            pass

    def _hand_next(self, _done: Future | None = None) -> None:
        with self.lock:
            if not self.waiting or self.pool is None:
                return
            source = self.waiting.pop(0)
            try:
                future = self.pool.submit(read_into_cache, source, self.inventory_dir)
            except RuntimeError:  # the pool is shutting down (or broken): nothing more is handed over
                self.waiting.clear()
                return
            self.current = (source.name, future)
        future.add_done_callback(self._hand_next)


def start_read_ahead(sources: list[Source], inventory_dir: Path, jobs: int) -> ReadAhead:
    """A worker reading the DDL and SQLite sources whose cache misses, when there are cores to
    spare and enough DDL to be worth a process; otherwise no worker."""
    from laci_audit.sources import ddl_cache, resolve_paths, sqlite

    if jobs < 2 or _cores() < 2:
        return ReadAhead()
    sized = []
    for source in sources:
        if source.kind not in ("ddl", "sqlite"):
            continue
        try:
            paths = resolve_paths(source, inventory_dir)
            # an SQLite file's size says nothing of its catalogue: DDL's bytes alone decide
            sized.append((source, paths, sum(path.stat().st_size for path in paths) if source.kind == "ddl" else 0))
        except (SourceError, OSError):
            continue  # this process reads it, and names the problem
    if sum(size for _source, _paths, size in sized) < MIN_BYTES:  # told before any file is hashed
        return ReadAhead()
    cached = {"ddl": ddl_cache.is_cached, "sqlite": sqlite.is_cached}
    missing = []  # in the worker's order, up to the first source cached: a warm scan hashes one source here
    for source, paths, size in reversed(sized):
        if cached[source.kind](source, paths, inventory_dir):
            break
        missing.append((source, size))
    if len(missing) < 2 or sum(size for _source, size in missing) < MIN_BYTES:  # one: nothing to do but wait
        return ReadAhead()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # imported only here: `check` starts as fast as before

    # spawn, not fork: a progress bar's thread may hold a lock a forked child would inherit held
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_ignore_interrupts)
    return ReadAhead(pool, [source for source, _size in missing], inventory_dir)


def read_into_cache(source: Source, inventory_dir: Path) -> None:
    """In the worker: read one source and judge its fields, writing both cache entries (a
    read error is cached too; a source that cannot be judged here is judged by the audit)."""
    from laci_audit.engine import judge_ahead
    from laci_audit.sources.scan import scan_source

    scan = scan_source(source, inventory_dir)
    try:
        judge_ahead(scan, inventory_dir)
    except Exception:  # noqa: BLE001  (a bad policy or classifier.yaml: the audit names it)
        pass


def _ignore_interrupts() -> None:
    """In the worker: Ctrl-C is the audit's to handle (the worker is told to stop by it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
