"""An audit calls Python's cycle collector rarely and leaves the collector as it found it."""

from __future__ import annotations

import gc

import pytest

from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.errors import LaciError
from laci_audit.memory import AUDIT_GC_THRESHOLD


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


def test_a_command_leaves_the_collector_as_it_found_it(inventory, tmp_path):
    before = gc.get_threshold()
    result = CliRunner().invoke(app, ["audit", "-i", str(inventory), "--db", str(tmp_path / "a.db"), "-f", "json"])
    assert result.exit_code == 0, result.output
    failed = CliRunner().invoke(app, ["audit", "-i", str(tmp_path / "missing")])
    assert failed.exit_code == 2
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
