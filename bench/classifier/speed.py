"""Time the classifier on one large source: 2,000 tables x 50 columns in one SQLite-like field list
(issue 16's case A), named from bench/estate.py's vocabulary (ids, created_at, status repeated in
every table; personal names beside business ones; keys like pelanggan_id and order_id between the
tables). Key graph, table pass and field pass, CPU and wall seconds, the fastest of three runs by
CPU (a fresh classifier each).

    python bench/classifier/speed.py [--tables 2000] [--columns-per-table 50] [--runs 3] [--profile]
    python bench/classifier/speed.py --keys-per-table 15   # a dense key graph that leads to no person

--keys-per-table N instead names every table by letters (berkas_abc) and gives it N keys to other
tables chosen at random, none of them a person table: the table pass then looks from every table
for a chain of keys to a person that is not there (the case that once took seconds).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE.parent))

from estate import ENTITIES, column_counts, semantic_type, table_columns  # noqa: E402

from laci_audit.classify import Classifier  # noqa: E402
from laci_audit.inventory.layout import TAXONOMY_FILE  # noqa: E402
from laci_audit.keys import KeyGraph  # noqa: E402
from laci_audit.policy.taxonomy import load_taxonomy  # noqa: E402
from laci_audit.records import Field, Source  # noqa: E402

TAXONOMY = HERE.parent.parent / "inventory" / TAXONOMY_FILE
SQLITE_TYPES = {"id": "INTEGER", "int": "INTEGER", "money": "NUMERIC", "float": "REAL", "time": "TEXT",
                "date": "TEXT", "bool": "INTEGER", "short": "TEXT", "text": "TEXT", "json": "TEXT"}


def field_list(tables: int, per_table: int, seed: int = 16) -> list[Field]:
    """One source's fields, as PRAGMA table_info would give them: seeded, so every run is alike."""
    rng = random.Random(seed)
    fields = []
    for number, count in enumerate(column_counts(rng, tables, per_table)):
        table = f"{ENTITIES[number % len(ENTITIES)]}_{number}"
        for name in table_columns(rng, count, personal_share=0.3):
            fields.append(Field("arsip", table, name, SQLITE_TYPES[semantic_type(name)]))
    return fields


def keyed_field_list(tables: int, per_table: int, keys: int, seed: int = 16) -> list[Field]:
    """One source of tables named by letters, each with `keys` keys to other tables at random and
    no person table: a key graph as dense as wanted that leads nowhere."""
    rng = random.Random(seed)

    def name(number: int) -> str:
        letters = ""
        for _place in range(5):
            number, letter = divmod(number, 6)
            letters += "qxzjvw"[letter]  # no word, no abbreviation of one, by chance
        return f"berkas_{letters}"

    fields = []
    for number in range(tables):
        columns = [("id", "INTEGER")] + [(f"{name(other)}_id", "INTEGER") for other in rng.sample(range(tables), keys)]
        columns += [(f"kolom_{chr(97 + n % 26)}{chr(97 + n // 26)}", "TEXT") for n in range(per_table - len(columns))]
        fields += [Field("arsip", name(number), column, data_type) for column, data_type in columns]
    return fields


def classify_once(taxonomy, fields: list[Field]) -> tuple[float, float, tuple[float, float, float], int]:
    """Wall and CPU seconds of key graph, table pass and field pass on a fresh classifier, the CPU
    seconds of each, and how many fields were judged personal."""
    classifier = Classifier(taxonomy)
    source = Source("arsip", "sqlite", "bench")
    started, cpu = time.perf_counter(), time.process_time()
    graph = KeyGraph(fields)
    graph_cpu = time.process_time()
    tables = classifier.table_pass(graph, source)
    tables_cpu = time.process_time()
    suggestions = classifier.classify_fields(fields, tables, source)
    ended = time.process_time()
    phases = (graph_cpu - cpu, tables_cpu - graph_cpu, ended - tables_cpu)
    return time.perf_counter() - started, ended - cpu, phases, sum(s.personal for s in suggestions.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=2000)
    parser.add_argument("--columns-per-table", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3, help="runs, the fastest reported (default 3)")
    parser.add_argument("--keys-per-table", type=int, default=0,
                        help="tables named by letters, each with this many keys to others, no person table")
    parser.add_argument("--profile", action="store_true", help="print the 15 costliest functions of one run")
    arguments = parser.parse_args()
    taxonomy = load_taxonomy(TAXONOMY)
    fields = (keyed_field_list(arguments.tables, arguments.columns_per_table, arguments.keys_per_table)
              if arguments.keys_per_table else field_list(arguments.tables, arguments.columns_per_table))
    if arguments.profile:
        profile = cProfile.Profile()
        profile.runcall(classify_once, taxonomy, fields)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(15)
    wall, cpu, (graph, tables, fields_cpu), personal = min(
        (classify_once(taxonomy, fields) for _run in range(arguments.runs)), key=lambda run: run[1])
    names = len({found.name for found in fields})
    print(f"{len(fields):,} fields ({arguments.tables:,} tables, {names:,} distinct column names) in one source: "
          f"{wall:.3f}s wall, {cpu:.3f}s CPU (key graph {graph:.3f}, table pass {tables:.3f}, field pass "
          f"{fields_cpu:.3f}), {personal:,} judged personal")


if __name__ == "__main__":
    main()
