"""Bulk writes on a second thread: SQLite stores one chunk of rows while the scan's Python code
builds the next (sqlite3 lets go of the GIL while SQLite runs a statement, so the two use both
cores). One connection and one transaction: the thread that builds the rows touches the
connection itself only after `wait()`, and the statements run in the order they were given."""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from itertools import chain, islice
from types import TracebackType

CHUNK = 2_000  # rows built before they are handed over: a large scan's rows are never all in memory
MAX_VARIABLES = 999  # values one statement may bind in any SQLite (older builds' limit)
ROWS_PER_STATEMENT = 100  # rows one INSERT writes at most: fewer statements run, the same rows
WAITING = 4  # chunks handed over and not yet written, at most: memory stays flat


class Inserter:
    """Runs executemany calls on its own thread, in order; the first error it meets is raised in
    the caller's thread by the next call (later work is dropped, so the caller rolls back)."""

    # Its thread and the caller's use one connection, never at once: the caller only after wait()
    # or the end of the block.

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._work: queue.Queue[tuple[str, list] | None] = queue.Queue(WAITING)
        self._error: BaseException | None = None
        self._stopped = self._ended = False  # work dropped from now on; the end handed over
        self._thread = threading.Thread(target=self._run, name="laci-audit store writes", daemon=True)
        self._thread.start()

    def __enter__(self) -> Inserter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        """Wait until the thread has ended, whatever happens meanwhile: the caller rolls back or
        commits only then, so no statement runs outside the transaction. After a failure (Ctrl-C
        included) the work still waiting is dropped and a running statement interrupted."""
        interrupted: BaseException | None = None
        if kind is not None:
            self._stop()
        while self._thread.is_alive():
            try:
                if not self._ended:
                    self._work.put(None)
                    self._ended = True
                self._thread.join()
            except BaseException as exc:  # noqa: BLE001  (Ctrl-C while waiting: stop, wait again)
                interrupted = interrupted or exc
                self._stop()
        if interrupted is not None:
            raise interrupted
        if kind is None:
            self._raise()

    def _stop(self) -> None:
        self._stopped = True
        self.connection.interrupt()

    def run(self, statement: str, parameters: Sequence[tuple]) -> None:
        """Run statement once per parameter tuple (executemany), after everything handed over before."""
        self._raise()
        if parameters:
            self._work.put((statement, parameters))

    def insert(self, table: str, columns: Iterable[str], rows: Iterable[tuple]) -> None:
        """Bulk insert of tuples in the order of `columns` (lists already JSON text), in their
        order: prepared statements of up to ROWS_PER_STATEMENT rows each, over `rows` taken CHUNK
        at a time (sqlite-utils' insert_all checks each value, too slow for 100,000s; a statement a
        row spends as much again stepping SQLite's program as storing the row)."""
        columns = list(columns)
        head = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) VALUES "
        one = f"({', '.join('?' for _ in columns)})"
        per_statement = max(1, min(ROWS_PER_STATEMENT, MAX_VARIABLES // len(columns)))
        many = head + ", ".join([one] * per_statement)
        rows = iter(rows)
        while chunk := list(islice(rows, CHUNK)):
            whole = len(chunk) - len(chunk) % per_statement
            self.run(many, [tuple(chain.from_iterable(chunk[start:start + per_statement]))
                            for start in range(0, whole, per_statement)])
            self.run(head + one, chunk[whole:])

    def wait(self) -> None:
        """Return once everything handed over is written (or raise its error): the connection is
        the caller's again until the next call."""
        self._work.join()
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while True:
            work = self._work.get()
            try:
                if work is None:
                    return
                if self._error is None and not self._stopped:
                    self.connection.executemany(*work)
            except BaseException as exc:  # noqa: BLE001  (handed to the caller's thread)
                self._error = exc
            finally:
                self._work.task_done()
