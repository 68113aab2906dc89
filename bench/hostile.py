"""Hostile inputs and concurrency, timed: how long the tool takes to refuse them, and how many of
N concurrent scans on one inventory database are recorded; prints numbers.

    PYTHONPATH=. python bench/hostile.py [--rounds 10] [--at-once 4]

Runs the real command line (subprocesses) on a copy of the bundled inventory in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COMMAND = [sys.executable, "-m", "laci_audit"]


def run(args: list[str], cwd: Path) -> tuple[int, str, float]:
    """Exit code, last stderr line and seconds of one command."""
    started = time.perf_counter()
    done = subprocess.run([*COMMAND, *args], cwd=cwd, capture_output=True, text=True, timeout=600)
    lines = done.stderr.strip().splitlines()
    return done.returncode, lines[-1] if lines else "", time.perf_counter() - started


def fresh_inventory(folder: Path) -> Path:
    inventory = folder / "inventory"
    if inventory.exists():
        shutil.rmtree(inventory)
    shutil.copytree(REPO / "inventory", inventory, ignore=shutil.ignore_patterns("laci-audit.db", ".laci-cache"))
    return inventory


def bench_refusals(folder: Path) -> None:
    laughs = "".join([f"l0: &l0 [{', '.join(['lol'] * 9)}]\n"]
                     + [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 9)])
    refs = {"type": "object", "properties": {"root": {"$ref": "#/$defs/l0"}},
            "$defs": {f"l{n}": {"type": "object", "properties": {"a": {"$ref": f"#/$defs/l{n + 1}"},
                                                                 "b": {"$ref": f"#/$defs/l{n + 1}"}}}
                      for n in range(20)} | {"l20": {"type": "string"}}}
    cases = {
        f"billion laughs in laci-audit.yaml ({len(laughs)} bytes), check": ("laci-audit.yaml", laughs, ["check"]),
        f"$defs chain, 2 refs per level x 20 ({len(json.dumps(refs))} bytes), audit": (
            "events/checkout_completed.schema.json", json.dumps(refs), ["audit", "-f", "json"]),
        "5000-digit integer in sources.yaml, audit": ("sources.yaml", "sources: " + "1" * 5000 + "\n", ["audit"]),
        "JSON nested 490 levels, audit": ("events/checkout_completed.schema.json", '{"a":' * 490 + "1" + "}" * 490,
                                          ["audit", "-f", "json"]),
    }
    for label, (relative, content, args) in cases.items():
        inventory = fresh_inventory(folder)
        (inventory / relative).write_text(content, encoding="utf-8")
        code, line, seconds = run([*args, "-i", str(inventory), "--db", str(folder / "x.db")], folder)
        print(f"{label:<66} exit {code}  {seconds:6.2f} s  {line[:90]}")


def bench_concurrent_scans(folder: Path, rounds: int, at_once: int) -> None:
    inventory = fresh_inventory(folder)
    db = folder / "shared.db"
    failures: list[str] = []
    started = time.perf_counter()
    for _ in range(rounds):
        processes = [subprocess.Popen([*COMMAND, "scan", "-i", str(inventory), "--db", str(db)], cwd=folder,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                     for _ in range(at_once)]
        for process in processes:
            _out, err = process.communicate(timeout=600)
            if process.returncode != 0:
                failures.append(err.strip().splitlines()[-1] if err.strip() else f"exit {process.returncode}")
    seconds = time.perf_counter() - started
    with sqlite3.connect(db) as connection:
        recorded = connection.execute("SELECT count(*) FROM scans").fetchone()[0]
        whole = connection.execute("SELECT count(*) FROM scans s WHERE s.fields = "
                                   "(SELECT count(*) FROM fields f WHERE f.scan_id = s.id)").fetchone()[0]
    connection.close()
    print(f"{at_once} scans at once x {rounds} rounds on one --db: {rounds * at_once - len(failures)} succeeded, "
          f"{len(failures)} failed, {recorded} recorded, {whole} whole, {seconds:.1f} s")
    for failure in sorted(set(failures)):
        print(f"  failure: {failure}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--at-once", type=int, default=4)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="laci-hostile-") as folder:
        bench_refusals(Path(folder))
        bench_concurrent_scans(Path(folder), options.rounds, options.at_once)


if __name__ == "__main__":
    main()
