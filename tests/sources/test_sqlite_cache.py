"""An unchanged SQLite file is not read again: its fields come from .laci-cache/sqlite/ while its
catalogue (sqlite_master) is the one they were read with, and are the fields a fresh read gives."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import FIXTURES

from laci_audit.errors import SourceError
from laci_audit.records import Source
from laci_audit.sources import sqlite
from laci_audit.sources.fields_cache import READS


@pytest.fixture
def shop(tmp_path: Path, monkeypatch) -> Path:
    """An inventory folder with a copy of the Chinook database."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    shutil.copyfile(FIXTURES / "chinook.sqlite", tmp_path / "data" / "shop.sqlite")
    return tmp_path


SOURCE = Source(name="shop", kind="sqlite", owner="tim-toko", options={"path": "data/*.sqlite"})


def scanned(inventory: Path) -> tuple[list, str]:
    """The fields a scan yields, and whether they came from the file ("read") or the cache."""
    before = READS.copy()
    fields = list(sqlite.scan(SOURCE, inventory))
    [(_kind, origin)] = [key for key in READS if READS[key] != before[key]]
    return fields, origin


def fresh(inventory: Path) -> list:
    shutil.rmtree(inventory / ".laci-cache", ignore_errors=True)
    fields, origin = scanned(inventory)
    assert origin == "read"
    return fields


def test_an_unchanged_file_is_not_read_again_and_gives_the_same_fields(shop):
    first, origin = scanned(shop)
    assert origin == "read" and len(first) > 60 and any(f.references for f in first)
    again, origin = scanned(shop)
    assert origin == "cache" and again == first
    assert (shop / ".laci-cache" / ".gitignore").is_file()


def test_new_rows_keep_the_cache_a_changed_schema_is_read_again(shop):
    scanned(shop)
    with sqlite3.connect(shop / "data" / "shop.sqlite") as connection:
        connection.execute("INSERT INTO Genre (Name) VALUES ('Dangdut')")
    assert scanned(shop)[1] == "cache"
    with sqlite3.connect(shop / "data" / "shop.sqlite") as connection:
        connection.execute("ALTER TABLE Customer ADD COLUMN no_whatsapp TEXT")
    fields, origin = scanned(shop)
    assert origin == "read" and ("Customer", "no_whatsapp") in {(f.table, f.name) for f in fields}
    assert scanned(shop) == (fields, "cache")
    assert fresh(shop) == fields


def test_a_new_file_matching_the_glob_is_read(shop):
    first, _ = scanned(shop)
    with sqlite3.connect(shop / "data" / "more.sqlite") as connection:
        connection.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, email TEXT)")
    fields, origin = scanned(shop)
    assert origin == "read" and {f.file for f in fields} == {"data/more.sqlite", "data/shop.sqlite"}
    assert len(fields) == len(first) + 2


def test_a_schema_change_still_in_the_wal_is_seen(shop):
    path = shop / "data" / "shop.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
    scanned(shop)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE ulasan (id INTEGER PRIMARY KEY, isi_ulasan TEXT)")
    writer.commit()
    try:
        assert Path(f"{path}-wal").stat().st_size > 0
        fields, origin = scanned(shop)
        assert origin == "read" and "ulasan" in {f.table for f in fields}
    finally:
        writer.close()


@pytest.mark.parametrize("damage", ["{not json", "[]", json.dumps({"key": "0" * 64, "value": {}})])
def test_a_damaged_cache_is_ignored_and_rewritten(shop, damage):
    first, _ = scanned(shop)
    cache_file = shop / ".laci-cache" / "sqlite" / "shop.json"
    key = json.loads(cache_file.read_text())["key"]
    cache_file.write_text(damage)
    assert scanned(shop) == (first, "read")
    assert json.loads(cache_file.read_text())["key"] == key
    document = json.loads(cache_file.read_text())
    document["value"]["fields"][3] = ["too", "short"]
    cache_file.write_text(json.dumps(document))
    assert scanned(shop) == (first, "read")
    assert scanned(shop) == (first, "cache")


def test_a_file_that_cannot_be_read_is_never_cached(shop):
    (shop / "data" / "shop.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x07" * 200)
    for _attempt in range(2):
        with pytest.raises(SourceError, match="not a readable SQLite database"):
            scanned(shop)
    assert not (shop / ".laci-cache" / "sqlite" / "shop.json").exists()


def test_the_file_is_left_as_it_was(shop):
    path = shop / "data" / "shop.sqlite"
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    scanned(shop)
    scanned(shop)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["shop.sqlite"]


def test_a_schema_changed_while_the_file_is_read_is_not_cached(shop, monkeypatch):
    read_files = sqlite._read_files

    def read_then_migrated(*arguments):
        yield from read_files(*arguments)
        with sqlite3.connect(shop / "data" / "shop.sqlite") as connection:  # before the catalogue is read again
            connection.execute("CREATE TABLE kupon (kode TEXT)")

    monkeypatch.setattr(sqlite, "_read_files", read_then_migrated)
    fields, origin = scanned(shop)
    assert origin == "read" and "kupon" not in {f.table for f in fields}
    assert not list((shop / ".laci-cache").rglob("*.json"))
    monkeypatch.undo()
    fields, origin = scanned(shop)
    assert origin == "read" and "kupon" in {f.table for f in fields}
    assert scanned(shop)[1] == "cache"
