"""The writer's own helpers: JSON text of a list as json.dumps writes it, and bulk inserts of
several rows a statement, run on a second thread, that store every row, in order, and hand an
error back to the caller."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils
from hypothesis import given
from hypothesis import strategies as st

from laci_audit.store import inserter
from laci_audit.store.inserter import Inserter
from laci_audit.store.record import json_list
from laci_audit.store.schema import version_digest

TEXT = st.text(st.characters() | st.sampled_from(['"', "\\", "\n", "\x1b", "\u2028", "\x7f", "ü", "😀"]), max_size=8)


@given(values=st.lists(TEXT, max_size=5))
def test_json_list_is_what_json_dumps_writes(values):
    assert json_list(tuple(values)) == json.dumps(values, ensure_ascii=False)


def test_insert_stores_every_row_in_order_across_statements_and_chunks(monkeypatch):
    monkeypatch.setattr(inserter, "CHUNK", 250)
    monkeypatch.setattr(inserter, "ROWS_PER_STATEMENT", 7)
    db = sqlite_utils.Database(sqlite3.connect(":memory:", check_same_thread=False))
    db["t"].create({"a": int, "b": str, "c": float})
    rows = [(n, f"text {n}", n / 3) for n in range(1, 1000)]
    with Inserter(db.conn) as writes:
        writes.insert("t", ("c", "b", "a"), ((c, b, a) for a, b, c in rows))
        writes.insert("t", ("a", "b", "c"), iter(()))
        writes.run("UPDATE t SET b = ? WHERE a = ?", [("changed", 999)])  # after the inserts handed over
    assert db.execute("SELECT a, b, c FROM t ORDER BY rowid").fetchall() == rows[:-1] + [(999, "changed", 333.0)]


def test_the_caller_reads_what_was_handed_over_once_it_waits():
    db = sqlite_utils.Database(sqlite3.connect(":memory:", check_same_thread=False))
    db["t"].create({"a": int})
    with Inserter(db.conn) as writes:
        writes.insert("t", ("a",), ((n,) for n in range(5000)))
        writes.wait()
        assert db.execute("SELECT count(*), max(a) FROM t").fetchone() == (5000, 4999)


def test_an_error_on_the_writing_thread_is_raised_in_the_callers_and_the_work_after_it_dropped(tmp_path):
    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "x.db", check_same_thread=False))
    db["t"].create({"a": int}, pk="a")
    db.conn.execute("BEGIN")
    with pytest.raises(sqlite3.IntegrityError):
        with Inserter(db.conn) as writes:
            writes.insert("t", ("a",), [(1,), (1,)])  # the second row breaks the primary key
            writes.wait()
    with pytest.raises(sqlite3.IntegrityError):
        with Inserter(db.conn) as writes:
            writes.insert("t", ("a",), [(2,), (2,)])
            writes.insert("t", ("a",), [(3,)])  # handed over after the error: never written
    assert db.execute("SELECT a FROM t ORDER BY a").fetchall() == [(1,), (2,)]
    db.conn.execute("ROLLBACK")
    assert db["t"].count == 0


def test_a_statement_binds_no_more_values_than_any_sqlite_allows():
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, inserter.MAX_VARIABLES)  # older builds' limit
    db = sqlite_utils.Database(connection)
    columns = {f"c{n}": int for n in range(40)}
    db["wide"].create(columns)
    with Inserter(db.conn) as writes:
        writes.insert("wide", columns, [tuple(range(40))] * 130)
    assert db["wide"].count == 130


def test_a_version_digest_is_blake2b_of_marshal_format_2():
    """BLAKE2b-128 of the content in marshal's format 2 (schema 3): the same in every process;
    True and 1, 1 and 1.0, None and "None" make different digests."""
    content = (("akun", "users", "email", "TEXT", "x.sql", 3, "", 1, 1, None, 0, 0, 2),
               (1, ("A.1.1",), 0.9, 0, ("'email' in the record",)), ("A.1.1",), (("B.1", "source"),))
    assert version_digest(content).hex() == "2d53dd6f9dfb45647be43596a9026ff6"
    assert version_digest(("x",)).hex() == "4573a3a2c27817f774c4d7a77ea2a1a7"
    assert version_digest(("x",)) == version_digest(("x",)) != version_digest(("y",))
    shared = "".join(["ema", "il"])  # one object twice, and an equal one made apart: the same bytes
    assert version_digest((shared, shared)) == version_digest(("email", "email"))
    assert len({version_digest((value,)) for value in (True, 1, 1.0, None, "None")}) == 5


def _slow_inserts(tmp_path):
    """A file database in a transaction, and rows enough that the writer is still busy when the
    block ends."""
    db = sqlite_utils.Database(sqlite3.connect(tmp_path / "x.db", check_same_thread=False))
    db["t"].create({"a": int, "b": str})
    db.conn.execute("BEGIN")
    return db, ((n, "x" * 200) for n in range(200_000))


def test_a_failure_in_the_block_drops_the_waiting_work_before_the_caller_rolls_back(tmp_path):
    db, rows = _slow_inserts(tmp_path)
    with pytest.raises(KeyboardInterrupt):
        with Inserter(db.conn) as writes:
            writes.insert("t", ("a", "b"), rows)
            raise KeyboardInterrupt
    assert not writes._thread.is_alive()
    db.conn.execute("ROLLBACK") if db.conn.in_transaction else None
    assert db["t"].count == 0  # nothing ran outside the transaction


def test_ctrl_c_while_the_block_waits_for_the_writer_still_ends_it_before_the_rollback(tmp_path):
    db, rows = _slow_inserts(tmp_path)
    with pytest.raises(KeyboardInterrupt):
        with Inserter(db.conn) as writes:
            writes.insert("t", ("a", "b"), rows)
            waited = writes._thread.join

            def interrupted_once(*args):
                writes._thread.join = waited
                raise KeyboardInterrupt  # as a Ctrl-C arriving during the join

            writes._thread.join = interrupted_once
    assert not writes._thread.is_alive()
    db.conn.execute("ROLLBACK") if db.conn.in_transaction else None
    assert db["t"].count == 0


def test_a_writer_failing_midway_leaves_the_inventory_as_it_was(tmp_path, monkeypatch):
    import shutil

    from helpers import BUNDLED_INVENTORY

    from laci_audit.engine import audit_inventory
    from laci_audit.errors import LaciError

    monkeypatch.chdir(tmp_path)
    inventory = tmp_path / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, inventory, ignore=shutil.ignore_patterns(".laci-cache", "*.db"))
    database = tmp_path / "x.db"
    audit_inventory(inventory, database)
    (inventory / "schemas" / "akun" / "extra.sql").write_text("CREATE TABLE catatan (id INT, isi TEXT);\n")

    def dump():
        connection = sqlite3.connect(database)
        try:
            return {table: connection.execute(f"SELECT * FROM [{table}] ORDER BY rowid").fetchall()
                    for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()

    before = dump()
    real_insert = Inserter.insert

    def failing_findings(self, table, columns, rows):
        if table == "finding_versions":  # after every field and registration row was handed over
            self.run("INSERT INTO no_such_table VALUES (?)", [(1,)])
        real_insert(self, table, columns, rows)

    monkeypatch.setattr(Inserter, "insert", failing_findings)
    with pytest.raises(LaciError, match="cannot write the inventory database"):
        audit_inventory(inventory, database)
    assert dump() == before
