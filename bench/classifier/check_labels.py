"""Check that every column of each corpus schema has exactly one label, and every label a column,
without classifying anything (labellers run it before their schemas are assigned to a set).

    python bench/classifier/check_labels.py [SCHEMA ...]   # exit 1 when a schema's labels are off
"""

from __future__ import annotations

import csv
import sys
from collections import Counter

from evaluate import HERE, TAXONOMY, UNCOVERED, load_schemas, scan_schema

from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.records import field_key

PERSONAL = {"0", "1"}


def problems(schema: dict, categories: frozenset[str]) -> list[str]:
    """What is wrong with one schema's labels: no label file, columns left out, labels of no
    column, cells that are not 0/1, categories the policy does not have."""
    path = HERE / "labels" / f"{schema['schema']}.csv"
    if not path.exists():
        return [f"no label file {path.relative_to(HERE)}"]
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = [(reader.line_num, row) for row in reader]  # the line a row ends on (a note may span lines)
    rows_only = [row for _line, row in rows]
    labelled = Counter(field_key(row["table"], row["column"]) for row in rows_only)
    columns = {found.key for found in scan_schema(schema)}
    found = [f"no label for {'.'.join(key)}" for key in sorted(columns - set(labelled))]
    found += [f"label of no column: {'.'.join(key)}" for key in sorted(set(labelled) - columns)]
    found += [f"{'.'.join(key)} labelled {count} times" for key, count in labelled.items() if count > 1]
    for line, row in rows:
        unknown = set(row["categories"].split(";")) - categories - {"NONE", UNCOVERED}
        if row["personal"] not in PERSONAL or row["sensitive"] not in PERSONAL:
            found.append(f"line {line}: personal and sensitive are 0 or 1")
        elif (row["personal"] == "1") == (row["categories"] == "NONE"):
            found.append(f"line {line}: categories NONE exactly when not personal")
        elif unknown:
            found.append(f"line {line}: no such category {', '.join(sorted(unknown))!r}")
    return found


def main() -> None:
    chosen = set(sys.argv[1:])
    schemas = load_schemas()
    unknown = chosen - {schema["schema"] for schema in schemas}
    if unknown:
        sys.exit(f"check_labels: not in schemas.csv: {', '.join(sorted(unknown))}")
    categories = frozenset(category.id for category in load_taxonomy(TAXONOMY).categories())
    failed = False
    for schema in schemas:
        if chosen and schema["schema"] not in chosen:
            continue
        found = problems(schema, categories)
        failed |= bool(found)
        print(f"{schema['schema']:<32} {'ok' if not found else f'{len(found)} problems'}")
        for problem in found[:20]:
            print(f"  {problem}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
