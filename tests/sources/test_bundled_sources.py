"""The bundled inventory's OpenAPI, JSON Schema and CSV sources, audited end to end."""

from __future__ import annotations

from helpers import BUNDLED_INVENTORY

from laci_audit.engine import audit_inventory


def test_bundled_file_sources_are_read_and_show_exactly_their_two_gaps():
    result = audit_inventory(BUNDLED_INVENTORY, None).result
    scans = {scan.source.name: scan for scan in result.scans}
    for name, kind, fields in (("api", "openapi", 45), ("events", "jsonschema", 13), ("ekspor_pemasaran", "csv", 8)):
        assert (scans[name].source.kind, scans[name].error, len(scans[name].fields)) == (kind, None, fields)
        assert all(f.file and f.line for f in scans[name].fields)
    gaps = {(f.source, f.table, f.field, f.rule) for f in result.findings
            if f.source in ("api", "events", "ekspor_pemasaran")}
    assert gaps == {
        ("api", "POST /auth/register", "body.tanggal_lahir", "unregistered-personal"),
        ("events", "checkout_completed", "perangkat.ip_address", "unregistered-personal"),
    }
    register = {f.name: f for f in scans["api"].fields if f.table == "POST /auth/register"}
    birth_date = register["body.tanggal_lahir"]
    assert birth_date.file.endswith("inventory/api/openapi.yaml") and birth_date.line == 27
