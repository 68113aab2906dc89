"""The writer's own helpers: JSON text of a list as json.dumps writes it, and bulk inserts of
several rows a statement that store every row, in order; a scan that fails while it is written
leaves the inventory as it was."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils
from hypothesis import given
from hypothesis import strategies as st

from laci_audit.store import record
from laci_audit.store.record import insert_rows, json_list
from laci_audit.store.schema import version_digest

TEXT = st.text(st.characters() | st.sampled_from(['"', "\\", "\n", "\x1b", "\u2028", "\x7f", "ü", "😀"]), max_size=8)


@given(values=st.lists(TEXT, max_size=5))
def test_json_list_is_what_json_dumps_writes(values):
    assert json_list(tuple(values)) == json.dumps(values, ensure_ascii=False)


def test_insert_rows_stores_every_row_in_order_across_statements_and_chunks(monkeypatch):
    monkeypatch.setattr(record, "CHUNK", 250)
    monkeypatch.setattr(record, "ROWS_PER_STATEMENT", 7)
    db = sqlite_utils.Database(sqlite3.connect(":memory:"))
    db["t"].create({"a": int, "b": str, "c": float})
    rows = [(n, f"text {n}", n / 3) for n in range(1, 1000)]
    insert_rows(db, "t", ("c", "b", "a"), ((c, b, a) for a, b, c in rows))
    assert db.execute("SELECT a, b, c FROM t ORDER BY rowid").fetchall() == rows
    insert_rows(db, "t", ("a", "b", "c"), iter(()))
    assert db["t"].count == len(rows)


def test_a_statement_binds_no_more_values_than_any_sqlite_allows():
    connection = sqlite3.connect(":memory:")
    connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, record.MAX_VARIABLES)  # older builds' limit
    db = sqlite_utils.Database(connection)
    columns = {f"c{n}": int for n in range(40)}
    db["wide"].create(columns)
    insert_rows(db, "wide", columns, [tuple(range(40))] * 130)
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
    real_insert = record.insert_rows

    def failing_findings(db, table, columns, rows):
        if table == "finding_versions":  # after every field and registration row was written
            db.conn.execute("INSERT INTO no_such_table VALUES (1)")
        real_insert(db, table, columns, rows)

    monkeypatch.setattr(record, "insert_rows", failing_findings)
    with pytest.raises(LaciError, match="cannot write the inventory database"):
        audit_inventory(inventory, database)
    assert dump() == before
