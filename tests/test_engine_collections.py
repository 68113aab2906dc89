"""An audit calls Python's cycle collector rarely and leaves the collector as it found it."""

from __future__ import annotations

import gc

import pytest

from laci_audit.errors import LaciError
from laci_audit.engine import AUDIT_GC_THRESHOLD, audit_inventory


def test_audit_defers_collections_and_restores_them(inventory, tmp_path):
    before = gc.get_threshold()
    during = []
    audit_inventory(inventory, tmp_path / "a.db",
                    on_source_done=lambda scan: during.append((gc.get_threshold()[0], gc.get_freeze_count())))
    [(threshold, frozen)] = during
    assert threshold == AUDIT_GC_THRESHOLD and frozen > 0  # the declarations loaded are frozen
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_failed_audit_restores_the_collector_too(tmp_path):
    before = gc.get_threshold()
    with pytest.raises(LaciError, match="no such inventory folder"):
        audit_inventory(tmp_path / "missing")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
