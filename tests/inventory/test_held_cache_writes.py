"""Cache writes held back while a scan that records to the inventory database runs, then made on a
thread while SQLite stores it (inventory/cache.py's held_writes): every document is written all
the same, none is built before it is let go, and a failed block writes none."""

from __future__ import annotations

import shutil

import pytest
from helpers import BUNDLED_INVENTORY

from laci_audit.classify.cache import READS as JUDGED
from laci_audit.engine import audit_inventory
from laci_audit.inventory.cache import held_writes, read_entry, write_entry_soon
from laci_audit.inventory.declarations_cache import READS as DECLARATION_READS
from laci_audit.sources.fields_cache import READS as SOURCE_READS


def test_held_writes_wait_unbuilt_until_let_go_then_are_written_on_a_thread(tmp_path):
    built = []

    def document(n):
        built.append(n)
        return {"n": n}

    entries = [tmp_path / ".laci-cache" / "x" / f"{n}.json" for n in range(3)]
    with held_writes() as held:
        for n, entry in enumerate(entries[:2]):
            write_entry_soon(entry, f"k{n}", lambda n=n: document(n))
        assert built == [] and not any(entry.exists() for entry in entries)
        held.release_in_background()
        write_entry_soon(entries[2], "k2", lambda: document(2))  # after letting go: at once
        assert read_entry(entries[2], "k2") == {"n": 2}
    assert [read_entry(entry, f"k{n}") for n, entry in enumerate(entries)] == [{"n": 0}, {"n": 1}, {"n": 2}]
    write_entry_soon(tmp_path / "after.json", "k", lambda: {"n": 3})  # outside any block: at once
    assert read_entry(tmp_path / "after.json", "k") == {"n": 3}


def test_writes_never_let_go_are_made_when_the_block_ends_and_none_when_it_fails(tmp_path):
    with held_writes():
        write_entry_soon(tmp_path / "kept.json", "k", lambda: [1])
        assert not (tmp_path / "kept.json").exists()
    assert read_entry(tmp_path / "kept.json", "k") == [1]
    with pytest.raises(RuntimeError), held_writes():
        write_entry_soon(tmp_path / "dropped.json", "k", lambda: [2])
        raise RuntimeError("the audit failed")
    assert not (tmp_path / "dropped.json").exists()


def test_once_kept_a_failure_after_the_audit_still_writes_them_but_ctrl_c_does_not(tmp_path):
    with pytest.raises(RuntimeError), held_writes() as held:
        write_entry_soon(tmp_path / "kept.json", "k", lambda: [1])
        held.keep()
        raise RuntimeError("the inventory database cannot be opened")
    assert read_entry(tmp_path / "kept.json", "k") == [1]
    with pytest.raises(KeyboardInterrupt), held_writes() as held:
        write_entry_soon(tmp_path / "dropped.json", "k", lambda: [2])
        held.keep()
        raise KeyboardInterrupt
    assert not (tmp_path / "dropped.json").exists()


def test_a_document_that_cannot_be_built_is_left_unwritten_and_the_others_written(tmp_path):
    with held_writes() as held:
        write_entry_soon(tmp_path / "bad.json", "k", lambda: 1 / 0)
        write_entry_soon(tmp_path / "good.json", "k", lambda: [3])
        held.release_in_background()
    assert not (tmp_path / "bad.json").exists() and read_entry(tmp_path / "good.json", "k") == [3]


def test_a_bad_database_path_keeps_the_audits_caches(tmp_path, monkeypatch):
    from laci_audit.errors import LaciError

    monkeypatch.chdir(tmp_path)
    inventory = tmp_path / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, inventory, ignore=shutil.ignore_patterns(".laci-cache", "*.db"))
    (tmp_path / "a_folder").mkdir()
    with pytest.raises(LaciError, match="a folder"):
        audit_inventory(inventory, tmp_path / "a_folder")
    judged = JUDGED.copy()
    audit_inventory(inventory)
    assert JUDGED["judged"] == judged["judged"]  # every source's suggestions were cached all the same


def test_a_scan_into_the_database_leaves_every_cache_a_warm_audit_reads(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inventory = tmp_path / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, inventory, ignore=shutil.ignore_patterns(".laci-cache", "*.db"))
    cold = audit_inventory(inventory, tmp_path / "x.db").result
    declarations, sources, judged = DECLARATION_READS.copy(), SOURCE_READS.copy(), JUDGED.copy()
    warm = audit_inventory(inventory).result
    assert DECLARATION_READS["yaml"] == declarations["yaml"]
    assert SOURCE_READS[("ddl", "read")] == sources[("ddl", "read")]
    assert SOURCE_READS[("sqlite", "read")] == sources[("sqlite", "read")]
    assert JUDGED["judged"] == judged["judged"] and JUDGED["cache"] > judged["cache"]
    assert warm.suggestions == cold.suggestions and warm.findings == cold.findings
