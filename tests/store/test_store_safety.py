"""The inventory database under concurrent scans, foreign files and interrupted writes."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlite_utils

from laci_audit.engine import audit_inventory
from laci_audit.errors import LaciError
from laci_audit.store.prune import delete_scans, keep_latest
from laci_audit.store.schema import APPLICATION_ID, SCHEMA_VERSION, open_inventory, open_read_only

SCANS_AT_ONCE = 4
ROUNDS = 10


def _scan(inventory, db_path, start, results):
    while time.monotonic() < start:  # every process starts its scan at the same moment
        time.sleep(0.001)
    try:
        results.put(audit_inventory(inventory, db_path).scan_id)
    except Exception as exc:  # noqa: BLE001 - the test counts every outcome
        results.put(f"{type(exc).__name__}: {exc}")


def test_concurrent_scans_on_one_database_are_all_recorded_whole(inventory, tmp_path):
    db_path = tmp_path / "shared.db"
    context = multiprocessing.get_context("fork")
    outcomes = []
    for _round in range(ROUNDS):
        results = context.Queue()
        start = time.monotonic() + 0.3
        workers = [context.Process(target=_scan, args=(inventory, db_path, start, results))
                   for _ in range(SCANS_AT_ONCE)]
        for worker in workers:
            worker.start()
        outcomes.extend(results.get(timeout=60) for _ in workers)
        for worker in workers:
            worker.join(timeout=60)
    failures = [o for o in outcomes if not isinstance(o, int)]
    assert failures == []
    assert sorted(outcomes) == list(range(1, SCANS_AT_ONCE * ROUNDS + 1))
    db = sqlite_utils.Database(db_path)
    assert db["scans"].count == SCANS_AT_ONCE * ROUNDS
    per_scan = {row["scan_id"]: row["n"] for row in db.query("SELECT scan_id, count(*) AS n FROM fields GROUP BY scan_id")}
    assert per_scan == {scan_id: 4 for scan_id in range(1, SCANS_AT_ONCE * ROUNDS + 1)}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_sqlite_file_with_a_scans_table_is_refused_untouched(inventory, tmp_path):
    foreign = tmp_path / "app.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE scans (id INTEGER PRIMARY KEY, barcode TEXT)")
        connection.execute("INSERT INTO scans (barcode) VALUES ('8991234567890')")
    connection.close()
    before = _digest(foreign)
    with pytest.raises(LaciError, match="app.db: an SQLite database, but not a laci-audit inventory: left untouched"):
        audit_inventory(inventory, foreign)
    assert _digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("app.db")) == ["app.db"]
    with pytest.raises(LaciError, match="not a laci-audit inventory database"):
        open_read_only(foreign)


def test_an_empty_sqlite_file_of_another_application_is_refused(inventory, tmp_path):
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("PRAGMA application_id = 1234")
    connection.close()
    before = _digest(foreign)
    with pytest.raises(LaciError, match="not a laci-audit inventory: left untouched"):
        audit_inventory(inventory, foreign)
    assert _digest(foreign) == before


def test_the_store_marks_its_file_and_refuses_a_newer_schema(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    audit_inventory(inventory, db_path)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = _digest(db_path)
    with pytest.raises(LaciError, match="an inventory of a newer laci-audit"):
        audit_inventory(inventory, db_path)
    assert _digest(db_path) == before


def test_an_unmarked_inventory_of_an_older_version_is_adopted(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    audit_inventory(inventory, db_path)
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA application_id = 0")
        connection.execute("PRAGMA user_version = 0")
    connection.close()
    assert audit_inventory(inventory, db_path).scan_id == 2
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    connection.close()


def test_history_reads_an_inventory_whose_scan_was_killed_mid_write(inventory, tmp_path):
    db_path = tmp_path / "inventory.db"
    audit_inventory(inventory, db_path)
    # A process that opens a write transaction, writes, and is killed before it commits.
    script = (
        "import sqlite3, os, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute('DELETE FROM field_versions')\n"
        "c.execute(\"INSERT INTO scans (id, started_at) SELECT 99 + value, 'x' FROM json_each('[1,2,3,4,5,6,7,8]')\")\n"
        "print('written', flush=True)\n"
        "time.sleep(60)\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "written"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    db = open_read_only(db_path)
    try:
        assert db["scans"].count == 1 and db["fields"].count == 4
    finally:
        db.close()


# Another process in its write transaction, as a scan holds it (BEGIN IMMEDIATE, a write, the
# commit a second later).
HOLD_WRITE_LOCK = (
    "import sqlite3, sys, time\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN IMMEDIATE')\n"
    "c.execute('UPDATE scans SET seconds = seconds')\n"
    "print('locked', flush=True)\n"
    "time.sleep(1)\n"
    "c.execute('COMMIT')\n"
)


@pytest.mark.parametrize("prune", [lambda db: keep_latest(db, 1), lambda db: delete_scans(db, [1, 2])],
                         ids=["keep_latest", "delete_scans"])
def test_pruning_waits_for_a_scan_that_holds_the_write_lock(inventory, tmp_path, prune):
    db_path = tmp_path / "inventory.db"
    for _ in range(3):
        audit_inventory(inventory, db_path)
    db = open_inventory(db_path)  # as `history prune` has it open when another scan starts writing
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        pruned = prune(db)  # waits its turn (the busy timeout) instead of failing "database is locked"
    finally:
        db.close()
        holder.wait(timeout=60)
    assert holder.returncode == 0
    assert pruned.deleted == [1, 2] and pruned.kept == 1
    with sqlite3.connect(db_path) as connection:
        assert [row[0] for row in connection.execute("SELECT id FROM scans")] == [3]
        assert [row[0] for row in connection.execute("SELECT id FROM pruned_scans ORDER BY id")] == [1, 2]
    connection.close()


def test_a_directory_or_fifo_as_db_is_refused(inventory, tmp_path):
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    with pytest.raises(LaciError, match=r"pipe.db: cannot open the inventory database: not a regular file \(a FIFO"):
        audit_inventory(inventory, fifo)
    with pytest.raises(LaciError, match="cannot open the inventory database: a folder"):
        audit_inventory(inventory, tmp_path)
