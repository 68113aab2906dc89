"""Put every `pending` schema of schemas.csv in a set, by a rule fixed before any of them was
labelled or classified: within the Indonesian-named schemas and within the others, order them by
the sha256 of their name and deal them out over ORDER in turn. Nobody chooses, and each set gets
its share of both languages.

Round 2 (2026-12-01) dealt its schemas between `held-out-2` and development, round 3 (2026-12-02)
between `held-out-3` and development. Round 4 put every schema in `held-out-4` (development already
held 43 schemas); round 5 (committed before its first schema was found, once round 4 had been
measured and every earlier round's misses read) puts every schema in `held-out-5`: with one set
in ORDER the ordering decides nothing. Round 6 (committed before its first schema was found,
once round 5 had been measured and the classifier tuned on every earlier round) does the same
with `held-out-6`, round 7 (committed once round 6 had been measured) with `held-out-7`, round 8
(once round 7 had been measured) with `held-out-8`, and round 9 (committed 2026-12-02, once
round 8 had been measured and its misses read) with `held-out-9`, and round 10 (committed
2026-12-02, once round 9 had been measured) with `held-out-10`, and round 11 (committed
2026-12-02, once round 10 had been measured) with `held-out-11`, and round 12 (committed
2026-12-02, once round 11 had been measured) with `held-out-12`, and round 13 (committed
2026-12-02, once round 12 had been measured) with `held-out-13`, and round 14 (committed
2026-12-03, once round 13 had been measured) with `held-out-14`, and round 15 (committed
2026-12-03, once round 14 had been labelled and dealt, before either was measured) with
`held-out-15`, and round 16 (committed 2026-12-03, once rounds 14 and 15 had been measured and
their misses read) with `held-out-16`, and round 17 (committed 2026-12-04, once round 16 had
been measured and its misses read) with `held-out-17`, and round 18 (committed 2026-12-04, once
round 17 had been measured) with `held-out-18`, and round 19 (committed 2026-12-04, once
round 18 had been measured and its misses read) with `held-out-19`, and round 20 (committed
2026-12-04, once round 19 had been measured and its misses read) with `held-out-20`, and round 21
(committed 2026-12-04, once round 20 had been measured) with `held-out-21`.

    python bench/classifier/assign_sets.py   # rewrites schemas.csv in place, prints the split
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent / "schemas.csv"
ROUND = "held-out-21"
ORDER = (ROUND,)


def assigned(rows: list[dict]) -> list[dict]:
    """The rows with each pending schema's set decided by the rule."""
    for indonesian in ("1", "0"):
        pending = [r for r in rows if r["set"] == "pending" and r["indonesian"] == indonesian]
        pending.sort(key=lambda r: hashlib.sha256(r["schema"].encode()).hexdigest())
        for n, row in enumerate(pending):
            row["set"] = ORDER[n % len(ORDER)]
    return rows


def main() -> None:
    with open(SCHEMAS, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        columns, rows = reader.fieldnames, list(reader)
    was = {r["schema"]: r["set"] for r in rows}
    rows = assigned(rows)
    with open(SCHEMAS, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(rows)
    for row in rows:
        if was[row["schema"]] == "pending":
            print(f"{row['schema']:<32} indonesian={row['indonesian']}  -> {row['set']}")


if __name__ == "__main__":
    main()
