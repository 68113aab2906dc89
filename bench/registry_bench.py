"""Measure registering fields: one `register` on the bundled inventory, and drafting a large legacy schema.

Run: PYTHONPATH=. python bench/registry_bench.py [--tables 200] [--columns 30]
Works on copies in a temporary folder; prints numbers, asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from laci_audit.answers.suggest import field_suggestions
from laci_audit.engine import audit_inventory
from laci_audit.inventory.registry import RegistrationRequest, register_field, write_draft_registrations

REPO = Path(__file__).resolve().parent.parent
# Column names of a made-up legacy schema: some personal, some not, in Indonesian and English.
COLUMN_NAMES = [
    "id", "nama_lengkap", "email", "no_hp", "alamat", "kode_pos", "tanggal_lahir", "jenis_kelamin", "ip_address",
    "user_agent", "device_id", "created_at", "updated_at", "status", "jumlah", "harga", "catatan", "berat_gram",
    "kode_produk", "versi", "latitude", "longitude", "nomor_rekening", "foto_url", "username", "password_hash",
    "imei", "login_terakhir", "kota", "provinsi",
]


def register_latency(runs: int) -> list[float]:
    """Seconds per `register` of a new field into the bundled akun fields file."""
    with tempfile.TemporaryDirectory() as folder:
        inventory = Path(folder) / "inventory"
        shutil.copytree(REPO / "inventory", inventory, ignore=shutil.ignore_patterns("laci-audit.db*"))
        timings = []
        for number in range(runs):
            started = time.perf_counter()
            register_field(inventory, "akun", RegistrationRequest("users", f"kolom_{number}", ("A.1.1",), ("B.1",)))
            timings.append(time.perf_counter() - started)
        return timings


def legacy_drafts(tables: int, columns: int) -> dict[str, float]:
    """Seconds to scan and classify a legacy schema, and to write its drafts; and how many were written."""
    with tempfile.TemporaryDirectory() as folder:
        inventory = Path(folder) / "inventory"
        (inventory / "policy").mkdir(parents=True)
        shutil.copy(REPO / "inventory" / "policy" / "taxonomy.yaml", inventory / "policy" / "taxonomy.yaml")
        (inventory / "schemas").mkdir()
        (inventory / "sources.yaml").write_text(
            "sources:\n  - name: legacy\n    kind: ddl\n    dialect: postgres\n    path: schemas/legacy.sql\n"
            "    owner: tim-warisan\n    purposes: [B.1]\n"
        )
        statements = []
        for table in range(tables):
            names = [COLUMN_NAMES[(table + c) % len(COLUMN_NAMES)] + ("" if c < len(COLUMN_NAMES) else f"_{c}")
                     for c in range(columns)]
            statements.append(f"CREATE TABLE t{table:04d} (\n  " + ",\n  ".join(f"{n} TEXT" for n in names) + "\n);\n")
        (inventory / "schemas" / "legacy.sql").write_text("".join(statements))
        started = time.perf_counter()
        pending = [(row.field, row.suggestion) for row in field_suggestions(audit_inventory(inventory).result)]
        scanned = time.perf_counter() - started
        started = time.perf_counter()
        changes = write_draft_registrations(inventory, pending)
        written = time.perf_counter() - started
        size = (inventory / "fields" / "legacy.yaml").stat().st_size
        return {"fields": len(pending), "drafts": len(changes), "scan_classify_s": scanned, "write_drafts_s": written,
                "yaml_bytes": size}


def main() -> None:
    """Print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tables", type=int, default=200)
    parser.add_argument("--columns", type=int, default=30)
    parser.add_argument("--runs", type=int, default=30)
    options = parser.parse_args()
    timings = register_latency(options.runs)
    print(f"register (bundled akun.yaml, {options.runs} runs): median {statistics.median(timings) * 1000:.0f} ms, "
          f"max {max(timings) * 1000:.0f} ms")
    result = legacy_drafts(options.tables, options.columns)
    print(f"legacy schema {options.tables} tables x {options.columns} columns: {result['fields']} unregistered fields, "
          f"scan+classify {result['scan_classify_s']:.2f} s; {result['drafts']} drafts written in "
          f"{result['write_drafts_s']:.2f} s ({result['yaml_bytes'] / 1024:.0f} KiB of YAML)")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
