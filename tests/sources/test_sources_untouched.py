"""Scanned sources are left byte for byte and file for file as they were, a WAL-mode SQLite file
too (and what its WAL holds is still read); paths are confined to the inventory folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from laci_audit.errors import SourceError
from laci_audit.records import Source
from laci_audit.sources import resolve_paths
from laci_audit.sources.sqlite import sample, scan


def _state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file of a folder: digest and modification time."""
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.fixture
def crashed_wal_database(tmp_path) -> Path:
    """A WAL-mode database whose writer died before a checkpoint: committed rows only in the -wal
    file, no -shm beside it (as copied off a crashed machine, or kept by an application)."""
    live = tmp_path / "live"
    live.mkdir()
    writer = sqlite3.connect(live / "app.sqlite")
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, email TEXT)")
    writer.commit()
    writer.execute("CREATE TABLE hanya_di_wal (no_hp TEXT)")  # committed, in the WAL only
    writer.executemany("INSERT INTO hanya_di_wal VALUES (?)", [(f"0812-0000-{n:04d}",) for n in range(20)])
    writer.commit()
    source_folder = tmp_path / "inventory" / "data"
    source_folder.mkdir(parents=True)
    for name in ("app.sqlite", "app.sqlite-wal"):
        shutil.copyfile(live / name, source_folder / name)
    writer.close()
    assert sorted(p.name for p in source_folder.iterdir()) == ["app.sqlite", "app.sqlite-wal"]
    return source_folder / "app.sqlite"


def test_a_wal_database_is_read_with_its_wal_and_left_as_it_was(crashed_wal_database):
    folder = crashed_wal_database.parent
    before = _state(folder)
    source = Source(name="app", kind="sqlite", owner="t", options={"path": "data/app.sqlite"})
    fields = list(scan(source, folder.parent))
    assert {(f.table, f.name) for f in fields} == {("pelanggan", "id"), ("pelanggan", "email"),
                                                   ("hanya_di_wal", "no_hp")}
    sampled = {f.name: values for f, values in sample(source, folder.parent, fields, 5)}
    assert len(sampled["no_hp"]) == 5
    assert _state(folder) == before, "no -shm created, no byte of the file or its WAL changed"


def test_an_immutable_open_would_miss_what_the_wal_holds(crashed_wal_database):
    """Why the WAL is not opened immutable: the table committed in it would be missing."""
    immutable = sqlite3.connect(f"{crashed_wal_database.as_uri()}?mode=ro&immutable=1", uri=True)
    tables = {name for (name,) in immutable.execute("SELECT name FROM sqlite_master")}
    immutable.close()
    assert "hanya_di_wal" not in tables


def _source(path: str, **options) -> Source:
    return Source(name="s", kind="csv", owner="t", options={"path": path, **options})


def test_paths_outside_the_inventory_need_allow_outside(tmp_path):
    inventory = tmp_path / "inventory"
    inventory.mkdir()
    outside = tmp_path / "export.csv"
    outside.write_text("a\n")
    with pytest.raises(SourceError, match="outside the inventory folder .*allow_outside: true"):
        resolve_paths(_source("../export.csv"), inventory)
    with pytest.raises(SourceError, match="outside the inventory folder"):
        resolve_paths(_source(str(outside)), inventory)
    os.symlink(outside, inventory / "link.csv")
    with pytest.raises(SourceError, match="outside the inventory folder"):
        resolve_paths(_source("link.csv"), inventory)
    assert resolve_paths(_source("../export.csv", allow_outside=True), inventory) == [inventory / "../export.csv"]


@pytest.mark.parametrize("special", ["/proc/self/environ", "/dev/zero", "/sys/kernel/hostname", "/dev/stdin"])
def test_special_files_are_refused_even_when_outside_is_allowed(tmp_path, special):
    with pytest.raises(SourceError, match="special file of the system|not a regular file|no such file"):
        resolve_paths(_source(special, allow_outside=True), tmp_path)


def test_a_fifo_is_refused_and_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.csv")
    with pytest.raises(SourceError, match="not a regular file"):
        resolve_paths(_source("pipe.csv"), tmp_path)
    with pytest.raises(SourceError, match=r"\*\.csv: not a regular file"):
        resolve_paths(_source("*.csv"), tmp_path)


def test_the_process_environment_is_never_read_as_field_names(inventory, monkeypatch):
    from laci_audit.engine import audit

    monkeypatch.setenv("LACI_SECRET_TOKEN", "tok-13-rahasia")
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {name: env, kind: csv, path: /proc/self/environ, allow_outside: true, owner: t}\n")
    result = audit(inventory)
    [env] = [scan for scan in result.scans if scan.source.name == "env"]
    assert env.fields == [] and "special file of the system" in env.error
    assert not any("LACI_SECRET_TOKEN" in f.name for scan in result.scans for f in scan.fields)
