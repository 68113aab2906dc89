"""An audit from warm caches (declarations, DDL, SQLite catalogues) is the audit a cold one gives."""

from __future__ import annotations

import shutil

from helpers import BUNDLED_INVENTORY

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
