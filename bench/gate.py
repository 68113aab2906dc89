"""Benchmark the CI gate: `laci-audit --help`, `laci-audit check` on the bundled inventory, and
`laci-audit check` on a generated 100,000-column estate.

    python bench/gate.py [--runs 10] [--columns 100000] [--estate DIR]

Every measurement is a fresh `python -m laci_audit ...` subprocess (start-up and imports
included), run --runs times; the best (lowest) wall time is reported with the median and the
child's CPU time (user + system) of the best run. `check` is measured cold (no DDL cache:
every DDL file parsed, sqlglot imported) and warm (the cache from the previous run, as in a CI
job that keeps `.laci-cache/` or on a developer's machine). The inventories are copied to a
temporary folder first, so the repository is never written. The estate is generated here
(seeded, so the same arguments give the same estate) unless --estate names an inventory folder,
for example one written by bench/estate.py.

No assertions: this prints numbers.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLED_INVENTORY = REPO / "inventory"
CACHE_DIR = ".laci-cache"

PERSONAL_COLUMNS = {
    "email": "A.1.1", "no_hp": "A.1.1", "nama_lengkap": "A.1.1", "alamat": "A.1.1", "tanggal_lahir": "A.1.1",
    "no_ktp": "A.1.1", "kode_pos": "A.1.1", "ip_address": "A.2.1", "latitude": "A.2.1", "user_agent": "A.2.5",
    "device_id": "A.2.4", "last_login": "A.2.2", "no_rekening": "A.1.6", "nama_penerima": "A.1.5",
}
OTHER_COLUMNS = ["status", "jumlah", "harga", "berat_gram", "kode_produk", "kategori", "stok", "catatan_internal",
                 "versi", "created_at", "updated_at", "is_aktif", "urutan", "mata_uang", "diskon"]


def run_once(command: list[str], cwd: Path) -> tuple[float, float, int]:
    """Run a command once: wall seconds, child CPU seconds, exit code."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=cwd, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, completed.returncode


def measure(label: str, args: list[str], cwd: Path, runs: int, cold_cache: Path | None = None) -> None:
    """Print best and median wall time (and the best run's CPU time) of `runs` runs of
    `python -m laci_audit ARGS` (of bare `python -c pass` when args is empty)."""
    command = [sys.executable, "-m", "laci_audit", *args] if args else [sys.executable, "-c", "pass"]
    results = []
    for _ in range(runs):
        if cold_cache is not None:
            shutil.rmtree(cold_cache, ignore_errors=True)
        results.append(run_once(command, cwd))
    best = min(results)
    median = statistics.median(r[0] for r in results)
    print(f"{label:<48} best {best[0]:6.3f} s   median {median:6.3f} s   cpu {best[1]:6.3f} s   "
          f"exit {best[2]}   ({runs} runs)", flush=True)


def make_estate(root: Path, columns: int, seed: int = 4) -> Path:
    """Write an inventory of DDL sources with `columns` columns, 90% of them registered."""
    rng = random.Random(seed)
    inventory = root / "inventory"
    shutil.copytree(BUNDLED_INVENTORY / "policy", inventory / "policy")
    per_table, tables_per_file, files_per_source = 20, 5, 50
    sources = max(1, columns // (per_table * tables_per_file * files_per_source))
    declarations = ["sources:"]
    for s in range(sources):
        name, dialect = f"layanan_{s:02d}", ("postgres", "mysql")[s % 2]
        declarations += [f"  - name: {name}", "    kind: ddl", f"    dialect: {dialect}",
                         f"    path: schemas/{name}/*.sql", "    owner: tim-data", "    purposes: [B.1]"]
        registrations = [f"source: {name}", "tables:"]
        for f in range(files_per_source):
            statements = []
            for t in range(tables_per_file):
                table = f"t{f:03d}_{t}"
                names = ["id"] + [_column(rng, c) for c in range(1, per_table)]
                body = ",\n".join(f"  {c} {'BIGINT' if c == 'id' else 'TEXT'}" for c in names)
                statements.append(f"CREATE TABLE {table} (\n{body}\n);\n")
                registrations += [f"  {table}:", "    fields:"]
                for column in names:
                    if rng.random() < 0.9:
                        category = PERSONAL_COLUMNS.get(column.rsplit("_", 1)[0])
                        registrations.append(f"      {column}: " + (f"{{categories: [{category}]}}" if category else
                                                                      "{personal: false, reason: bench}"))
            path = inventory / "schemas" / name / f"{f:03d}.sql"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(statements), encoding="utf-8")
        fields_file = inventory / "fields" / f"{name}.yaml"
        fields_file.parent.mkdir(parents=True, exist_ok=True)
        fields_file.write_text("\n".join(registrations) + "\n", encoding="utf-8")
    (inventory / "sources.yaml").write_text("\n".join(declarations) + "\n", encoding="utf-8")
    return inventory


def _column(rng: random.Random, index: int) -> str:
    base = rng.choice(list(PERSONAL_COLUMNS)) if rng.random() < 0.3 else rng.choice(OTHER_COLUMNS)
    return f"{base}_{index}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per small measurement (best is reported)")
    parser.add_argument("--estate-runs", type=int, default=2, help="runs per estate measurement")
    parser.add_argument("--columns", type=int, default=100_000, help="columns in the generated estate")
    parser.add_argument("--estate", type=Path, help="use this inventory folder instead of generating one")
    options = parser.parse_args()
    print(f"python {sys.version.split()[0]} on {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="laci-gate-bench-") as folder:
        work = Path(folder)
        shutil.copytree(BUNDLED_INVENTORY, work / "inventory",
                        ignore=shutil.ignore_patterns("laci-audit.db*", CACHE_DIR))
        cache = work / "inventory" / CACHE_DIR
        measure("python -c pass (interpreter start-up floor)", [], work, options.runs)
        measure("laci-audit --help", ["--help"], work, options.runs)
        measure("laci-audit check (bundled, cold: no cache)", ["check"], work, options.runs, cold_cache=cache)
        measure("laci-audit check (bundled, warm cache)", ["check"], work, options.runs)
        measure("laci-audit check -f sarif (bundled, warm cache)", ["check", "-f", "sarif"], work, options.runs)

        estate_root = work / "estate"
        if options.estate:
            shutil.copytree(options.estate, estate_root / "inventory",
                            ignore=shutil.ignore_patterns("*.db", CACHE_DIR))
        else:
            started = time.perf_counter()
            make_estate(estate_root, options.columns)
            print(f"generated estate: {options.columns} columns in {time.perf_counter() - started:.1f} s")
        estate_cache = estate_root / "inventory" / CACHE_DIR
        measure("laci-audit check (estate, cold: no cache)", ["check", "-f", "json"], estate_root,
                options.estate_runs, cold_cache=estate_cache)
        measure("laci-audit check (estate, warm cache)", ["check", "-f", "json"], estate_root, options.estate_runs)


if __name__ == "__main__":
    main()
