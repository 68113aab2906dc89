"""Time the inventory database's writer (store/record.py's record_audit) on a large estate: a first
scan, an unchanged re-scan and a re-scan with 1% of the fields' types changed, with this code and
with another checkout's (e.g. the code before schema 2), in fresh processes, interleaved.

    python bench/store.py ESTATE [--other DIR] [--repeat N]

ESTATE is an inventory folder or a folder made by `bench/estate.py --out` (its inventory/ is used).
--other DIR is the root of another checkout (`git archive COMMIT | tar -x -C DIR`); each process
imports laci_audit from there or from this checkout. Each process audits the estate once (not
timed), then records the same audit into a new database three times: as it is, again, and with
the data_type of every hundredth field of each source changed. Printed per variant and scan: CPU seconds of
record_audit (user + system; the machine is shared), wall seconds, and the rows each scan added
to the tables that hold fields, registrations, suggestions, categories, purposes and findings;
then the CPU seconds of three readers on the result: `report diff` of the last two scans, the
latest scan's catalog (`report datahub`), and one field's `history`.
No assertions: a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCANS = ("first scan", "unchanged re-scan", "1% changed")
# the tables that hold rows of fields, registrations and findings: schema 1's, or the versions of 2 and 3
VERSION_TABLES = ("field_versions", "registration_versions", "suggestions", "field_categories", "field_purposes",
                  "finding_versions")
TABLES = {1: ("fields", "registrations", "suggestions", "field_categories", "field_purposes", "findings"),
          2: VERSION_TABLES, 3: VERSION_TABLES}


def child(estate: Path) -> None:
    """In a fresh process: audit, then time three record_audit calls; print one JSON line."""
    from dataclasses import replace
    from datetime import datetime, timezone

    from laci_audit.engine import audit
    from laci_audit.store import schema
    from laci_audit.store.catalog import latest_catalog
    from laci_audit.store.history import diff_scans, field_history, scans
    from laci_audit.store.record import record_audit

    result = audit(estate)
    version = schema.SCHEMA_VERSION
    out = []
    with tempfile.TemporaryDirectory() as temp:
        db = schema.open_inventory(Path(temp) / "bench.db")
        for label in SCANS:
            if label == "1% changed":
                for scan in result.scans:
                    scan.fields[:] = [replace(f, data_type=f"{f.data_type}_v2") if n % 100 == 0 else f
                                      for n, f in enumerate(scan.fields)]
            before = _counts(db, version)
            cpu, wall = time.process_time(), time.perf_counter()
            record_audit(db, result, estate, datetime.now(timezone.utc), 0.0)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            after = _counts(db, version)
            out.append({"scan": label, "cpu": cpu, "wall": wall,
                        "rows": {t: after[t] - before[t] for t in after}})
        readers = {}
        for name, read in (("report diff", lambda: diff_scans(db, *scans(db)[-2:])),
                           ("catalog", lambda: latest_catalog(db)),
                           ("history", lambda: field_history(db, *field_of(result)))):
            cpu = time.process_time()
            read()
            readers[name] = time.process_time() - cpu
        size = os.path.getsize(Path(temp) / "bench.db")
        db.close()
    fields = sum(len(s.fields) for s in result.scans)
    print(json.dumps({"schema": version, "fields": fields, "registrations": len(result.registrations),
                      "findings": len(result.findings), "scans": out, "readers": readers, "db_bytes": size}))


def field_of(result) -> tuple[str, str, str]:
    """The last field of the audit: the one `history` follows."""
    found = list(result.fields())[-1]
    return found.source, found.table, found.name


def _counts(db, version: int) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES[version]}


def run(code: Path, estate: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    completed = subprocess.run([sys.executable, __file__, str(estate), "--child"], env=env, cwd=code,
                               capture_output=True, text=True, check=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("estate", type=Path)
    parser.add_argument("--other", type=Path, help="root of another checkout to compare with")
    parser.add_argument("--repeat", type=int, default=1, help="processes per variant; the least CPU is shown")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    estate = args.estate.resolve()
    if (estate / "inventory").is_dir():
        estate = estate / "inventory"
    if args.child:
        child(estate)
        return
    variants = {"this checkout": REPO} | ({f"other ({args.other})": args.other.resolve()} if args.other else {})
    results: dict[str, list[dict]] = {name: [] for name in variants}
    for _ in range(max(1, args.repeat)):
        for name, code in variants.items():  # interleaved: each round runs every variant
            results[name].append(run(code, estate))
    for name, runs in results.items():
        first = runs[0]
        print(f"{name}: schema {first['schema']}, {first['fields']:,} fields, {first['registrations']:,} "
              f"registrations, {first['findings']:,} findings; "
              f"database {first['db_bytes'] / 2**20:.1f} MiB after 3 scans")
        for index, label in enumerate(SCANS):
            best = min((r["scans"][index] for r in runs), key=lambda s: s["cpu"])
            rows = ", ".join(f"{t} {n:,}" for t, n in best["rows"].items())
            print(f"  {label:<18} record_audit CPU {best['cpu']:6.2f} s  wall {best['wall']:6.2f} s  rows: {rows}")
        readers = ", ".join(f"{name} {min(r['readers'][name] for r in runs):.2f} s" for name in first["readers"])
        print(f"  then, CPU of reading the 3 scans: {readers}")


if __name__ == "__main__":
    main()
