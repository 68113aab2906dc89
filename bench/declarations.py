"""Measure reading the declarations and registering: load_declarations on a generated estate
(every problem collected in one pass), and `laci-audit register` end to end on the bundled
inventory, with the scan that checks the name and with --ahead (no scan).

    PYTHONPATH=. python bench/declarations.py [--columns 100000] [--runs 3]

Works on copies in a temporary folder; prints numbers, asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gate import make_estate  # noqa: E402  (bench/gate.py, beside this file)

from laci_audit.inventory.declarations import load_declarations  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def best_of(runs: int, work) -> tuple[float, float, float]:
    """Best and median wall time of runs calls of work(), and this process's CPU time of the best
    (the machine may be shared: CPU time is what the work itself costs)."""
    times = []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        work()
        times.append((time.perf_counter() - started, time.process_time() - cpu_started))
    best = min(times)
    return best[0], statistics.median(wall for wall, _cpu in times), best[1]


def register_command(inventory: Path, *extra: str) -> list[str]:
    """`laci-audit register` of an existing field of the bundled akun source."""
    return [sys.executable, "-m", "laci_audit", "register", "akun", "users", "email", "-c", "A.1.1",
            "-p", "B.3.6", "-i", str(inventory), *extra]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        estate = make_estate(Path(work) / "estate", args.columns)
        declarations = load_declarations(estate)
        best, median, cpu = best_of(args.runs, lambda: load_declarations(estate))
        print(f"load_declarations, {len(declarations.registrations)} registrations in "
              f"{len(list((estate / 'fields').glob('*.yaml')))} files: best {best:.2f} s, median {median:.2f} s, "
              f"cpu {cpu:.2f} s")
        bundled = Path(work) / "bundled"
        shutil.copytree(REPO / "inventory", bundled, ignore=shutil.ignore_patterns("*.db", ".laci-cache"))
        for label, extra in (("register (scan checks the name)", ()), ("register --ahead (no scan)", ("--ahead",))):
            best, median, _cpu = best_of(args.runs * 3, lambda extra=extra: subprocess.run(
                register_command(bundled, *extra), check=True, capture_output=True, cwd=work))
            print(f"{label:<34} bundled akun users.email: best {best:.3f} s, median {median:.3f} s")


if __name__ == "__main__":
    main()
