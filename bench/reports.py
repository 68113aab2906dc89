"""Time the privacy officer's reports on a generated inventory: python bench/reports.py [SOURCES] [TABLES] [COLUMNS].

Writes a throwaway inventory (DDL sources with registrations) to a temporary folder, runs each
report once and prints seconds and peak memory. Numbers, not assertions.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from laci_audit.engine import audit_inventory  # noqa: E402
from laci_audit.policy.text import import_policy  # noqa: E402

COLUMNS = [("user_id", "A.1.1"), ("no_hp", "A.1.1"), ("email", "A.1.1"), ("alamat_pengiriman", "A.1.5"),
           ("ip_address", "A.2.1"), ("device_id", "A.2.4"), ("dibuat_pada", "A.2.2"), ("jumlah", "A.1.5")]


def build_inventory(root: Path, sources: int, tables: int, columns: int) -> None:
    """Write sources.yaml, one DDL file and one fields file per source."""
    import_policy(REPO / "inventory" / "policy" / "kebijakan-privasi.txt", root / "policy" / "taxonomy.yaml")
    declared = ["sources:"]
    for s in range(sources):
        declared += [f"  - name: s{s}", "    kind: ddl", "    dialect: postgres", f"    path: schemas/s{s}.sql",
                     f"    owner: team{s % 5}", "    purposes: [B.1, B.4]", "    data_subjects: [pembeli]",
                     "    legal_basis: [contract]", *(["    retention: 1 year"] if s % 3 else []), "    recipients: []"]
        ddl, fields = [], [f"source: s{s}", "tables:"]
        for t in range(tables):
            names = ["id"] + [f"{COLUMNS[c % len(COLUMNS)][0]}_{c}" for c in range(columns - 1)]
            ddl.append(f"CREATE TABLE t{t} (" + ", ".join(f"{n} TEXT" for n in names) + ");")
            fields += [f"  t{t}:", "    fields:", "      id: {personal: false, reason: key}"]
            fields += [f"      {n}: {{categories: [{COLUMNS[c % len(COLUMNS)][1]}]}}"
                       for c, n in enumerate(names[1:]) if c % 10]
        (root / "schemas").mkdir(parents=True, exist_ok=True)
        (root / "schemas" / f"s{s}.sql").write_text("\n".join(ddl) + "\n", encoding="utf-8")
        (root / "fields").mkdir(exist_ok=True)
        (root / "fields" / f"s{s}.yaml").write_text("\n".join(fields) + "\n", encoding="utf-8")
    (root / "sources.yaml").write_text("\n".join(declared) + "\n", encoding="utf-8")


def measure(label: str, function, trace: bool = True):
    """Run function once; print its seconds and (when trace) the peak memory tracemalloc saw,
    which slows the run down."""
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    value = function()
    seconds = time.perf_counter() - started
    peak = f"{tracemalloc.get_traced_memory()[1] / 2**20:8.1f} MiB peak" if trace else "  (memory not traced)"
    tracemalloc.stop()
    print(f"{label:<34} {seconds:8.3f} s {peak}")
    return value


def main() -> None:
    sources, tables, columns = (int(a) for a in (sys.argv[1:] + ["10", "40", "25"][len(sys.argv) - 1:])[:3])
    from laci_audit.answers.breach import breach_scope
    from laci_audit.answers.ropa import build_ropa
    from laci_audit.answers.where import access_sql, where
    from laci_audit.reports.coverage import coverage_sheets
    from laci_audit.reports.ropa import ropa_sheet
    from laci_audit.reports.ropa_html import render_ropa_html
    from laci_audit.reports.sheets import render_sheet_report
    from laci_audit.store.history import diff_scans, field_history, resolve_since
    from laci_audit.store.schema import open_read_only

    root = Path(tempfile.mkdtemp(prefix="laci-bench-"))
    try:
        build_inventory(root / "inventory", sources, tables, columns)
        print(f"{sources} sources x {tables} tables x {columns} columns = {sources * tables * columns} fields")
        result = measure("scan + audit (not recorded)", lambda: audit_inventory(root / "inventory").result, trace=False)
        measure("report coverage (csv)", lambda: render_sheet_report("csv", "c", coverage_sheets(result)))
        ropa = measure("build ropa", lambda: build_ropa(result))
        measure("report ropa (csv)", lambda: render_sheet_report("csv", "r", [ropa_sheet(ropa)]))
        html = measure("report ropa (html)", lambda: render_ropa_html(result, ropa))
        print(f"{'  html page size':<34} {len(html) / 1024:8.0f} KiB")
        answer = measure("where phone", lambda: where(result, "phone"))
        measure("where phone --sql", lambda: access_sql(result, answer))
        measure("report breach s0", lambda: breach_scope(result, "s0"))
        db_path = root / "bench.db"
        audit_inventory(root / "inventory", db_path)
        audit_inventory(root / "inventory", db_path)
        db = open_read_only(db_path)
        measure("report diff (two scans)", lambda: diff_scans(db, *resolve_since(db, None)))
        measure("history s0 t0 no_hp_1", lambda: field_history(db, "s0", "t0", "no_hp_1"))
        db.close()
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
