"""An audit from warm caches (declarations, DDL, SQLite catalogues) is the audit a cold one gives."""

from __future__ import annotations

import shutil

import pytest
from helpers import BUNDLED_INVENTORY

from laci_audit.classify.cache import READS as JUDGED
from laci_audit.engine import audit_inventory
from laci_audit.inventory.declarations_cache import READS as DECLARATION_READS
from laci_audit.sources.fields_cache import READS as SOURCE_READS


def test_a_warm_audit_of_the_bundled_inventory_equals_a_cold_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inventory = tmp_path / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, inventory, ignore=shutil.ignore_patterns(".laci-cache", "*.db"))
    cold = audit_inventory(inventory).result
    declarations, sources = DECLARATION_READS.copy(), SOURCE_READS.copy()
    warm = audit_inventory(inventory).result
    assert DECLARATION_READS["yaml"] == declarations["yaml"] and DECLARATION_READS["cache"] > declarations["cache"]
    assert SOURCE_READS[("ddl", "read")] == sources[("ddl", "read")]
    assert SOURCE_READS[("sqlite", "read")] == sources[("sqlite", "read")]
    assert SOURCE_READS[("sqlite", "cache")] > sources[("sqlite", "cache")]
    assert warm.declarations == cold.declarations
    assert [(s.source, s.fields, s.error, s.skipped) for s in warm.scans] == [
        (s.source, s.fields, s.error, s.skipped) for s in cold.scans]
    assert warm.findings == cold.findings and len(cold.findings) > 20


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
