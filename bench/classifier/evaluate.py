"""Measure the classifier on the labelled corpus, the development and the held-out schemas apart:
personal-data precision and recall, category accuracy, the same for Indonesian-named schemas, per
schema, per record kind (as the table pass judged it), the worst misses, and the time to classify
100,000 fields.

    python bench/classifier/evaluate.py                  # every set, each reported on its own
    python bench/classifier/evaluate.py --set seen       # every set but the newest round: what tuning may look at

schemas.csv says where each schema comes from and which set it is in (written down before the
classifier was tuned on the corpus); labels/<schema>.csv holds one row per column, labelled by
shared/LABELLING.md. Rows whose note starts with `ambiguous:` are left out of scoring.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from laci_audit.classify import Classifier, Suggestion  # noqa: E402
from laci_audit.inventory.layout import TAXONOMY_FILE  # noqa: E402
from laci_audit.memory import fewer_collections  # noqa: E402
from laci_audit.policy.taxonomy import load_taxonomy  # noqa: E402
from laci_audit.records import Field, Source, field_key  # noqa: E402
from laci_audit.sources import KINDS  # noqa: E402

TAXONOMY = HERE.parent.parent / "inventory" / TAXONOMY_FILE
UNCOVERED = "UNCOVERED"
# held-out: labelled before the classifier first ran on it (2026-11); held-out-2: schemas labelled
# later, each put in development or held-out-2 by a rule written down before anyone ran the
# classifier on them (README.md); held-out-3 the same a round later, by a rule committed before its
# first schema was found, and classified once, when tuning had ended; held-out-4 and held-out-5
# likewise, all of their round held out. Tuning looks at development only; the misses of every round
# before held-out-5 have been read.
SETS = ("development", "held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10", "held-out-11", "held-out-12", "held-out-13", "held-out-14", "held-out-15", "held-out-16", "held-out-17", "held-out-18", "held-out-19", "held-out-20", "held-out-21")
HELD_OUT = ("held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10", "held-out-11", "held-out-12", "held-out-13", "held-out-14", "held-out-15", "held-out-16", "held-out-17", "held-out-18", "held-out-19", "held-out-20", "held-out-21")
UNSEEN = ("held-out-21",)  # the round nobody tuning has looked at: `--set seen` leaves it out


@dataclass(frozen=True)
class Label:
    """One labelled column."""

    personal: bool
    categories: frozenset[str]
    sensitive: bool
    note: str


@dataclass
class Scores:
    """Counts for one group of columns."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    category_right: int = 0
    category_judged: int = 0
    sensitive_right: int = 0
    sensitive_flagged: int = 0
    sensitive_labelled: int = 0

    def add(self, label: Label, suggestion: Suggestion) -> None:
        """Count one labelled column against the classifier's suggestion."""
        self.sensitive_flagged += suggestion.sensitive
        self.sensitive_labelled += label.sensitive
        self.sensitive_right += suggestion.sensitive and label.sensitive
        if label.personal and suggestion.personal:
            self.true_positive += 1
            self.category_judged += 1
            self.category_right += category_is_right(label, suggestion)
        elif suggestion.personal:
            self.false_positive += 1
        elif label.personal:
            self.false_negative += 1
        else:
            self.true_negative += 1

    def row(self, name: str) -> str:
        """One line of the report."""
        precision = self.true_positive / max(1, self.true_positive + self.false_positive)
        recall = self.true_positive / max(1, self.true_positive + self.false_negative)
        accuracy = self.category_right / max(1, self.category_judged)
        columns = self.true_positive + self.false_positive + self.false_negative + self.true_negative
        return (f"{name:<34} {columns:>7} {self.true_positive + self.false_negative:>8} {precision:>9.3f} "
                f"{recall:>7.3f} {accuracy:>9.3f}   ({self.false_positive} FP, {self.false_negative} FN, "
                f"{self.category_judged - self.category_right} wrong category)")


HEADER = f"{'':<34} {'columns':>7} {'personal':>8} {'precision':>9} {'recall':>7} {'category':>9}"


def category_is_right(label: Label, suggestion: Suggestion) -> bool:
    """The first suggested category is acceptable; 'fits no category' answers UNCOVERED."""
    if suggestion.uncovered and not suggestion.categories:
        return UNCOVERED in label.categories
    return bool(suggestion.categories) and suggestion.categories[0] in label.categories


def load_schemas() -> list[dict]:
    """schemas.csv: each schema's file, kind, dialect, set, whether it is Indonesian-named, its origin."""
    with open(HERE / "schemas.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_labels(schema: str) -> dict[tuple[str, str], Label]:
    """labels/<schema>.csv by (table, column), names compared without case; ambiguous rows left out."""
    with open(HERE / "labels" / f"{schema}.csv", newline="", encoding="utf-8") as handle:
        return {
            field_key(row["table"], row["column"]): Label(
                row["personal"] == "1", frozenset(row["categories"].split(";")) - {"NONE"}, row["sensitive"] == "1",
                row["note"] or "")
            for row in csv.DictReader(handle)
        }


def source_of(schema: dict) -> Source:
    """The schema as a declared source of laci-audit's own kinds."""
    options = {"path": schema["file"]}
    if schema["kind"] == "ddl":
        options["dialect"] = schema["dialect"]
    return Source(schema["schema"], schema["kind"], "bench", options=options)


def scan_schema(schema: dict) -> list[Field]:
    """The schema's fields, read by laci-audit's own source modules."""
    return list(KINDS[schema["kind"]].scanner()(source_of(schema), HERE))


def evaluate(classifier: Classifier, schemas: list[dict], chosen: str) -> tuple[Scores, Scores]:
    """Print the report of one set of schemas; return its overall and Indonesian-named scores."""
    overall, indonesian = Scores(), Scores()
    per_schema: list[tuple[str, Scores]] = []
    per_kind: dict[str, Scores] = defaultdict(Scores)
    misses = []
    for schema in schemas:
        labels = load_labels(schema["schema"])
        fields = scan_schema(schema)
        suggestions = classifier.classify_source(fields, source_of(schema))
        scores = Scores()
        for found in fields:
            label = labels.get(found.key)
            if label is None:
                raise SystemExit(f"no label for {schema['schema']}.{found.table}.{found.name}")
            if label.note.startswith("ambiguous"):
                continue
            suggestion = suggestions[(found.source, *found.key)]
            groups = [scores, overall, per_kind[suggestion.record or "(none)"]]
            groups += [indonesian] if schema["indonesian"] == "1" else []
            for group in groups:
                group.add(label, suggestion)
            if label.personal != suggestion.personal or (label.personal and not category_is_right(label, suggestion)):
                misses.append((miss_weight(label, suggestion), schema["schema"], found, label, suggestion))
        per_schema.append((schema["schema"] + (" (id)" if schema["indonesian"] == "1" else ""), scores))
    print(f"\n=== {chosen} set: {len(schemas)} schemas ===")
    print(HEADER)
    for name, scores in per_schema:
        print(scores.row(name))
    print(indonesian.row("Indonesian-named"))
    print(overall.row(f"OVERALL ({chosen})"))
    print(f"sensitive (UU PDP specific data): {overall.sensitive_right} of {overall.sensitive_labelled} labelled "
          f"found, {overall.sensitive_flagged - overall.sensitive_right} flagged beyond the labels")
    print("\nper record kind, as the table pass judged the table:")
    print(HEADER)
    for kind, scores in sorted(per_kind.items()):
        print(scores.row(kind))
    print("\nworst misses (missed personal data first, then false alarms, then wrong categories):")
    for _weight, schema, found, label, suggestion in sorted(misses, key=lambda m: (-m[0], m[1], m[2].table))[:25]:
        expected = "personal " + "/".join(sorted(label.categories)) if label.personal else "not personal"
        got = ("personal " + ("/".join(suggestion.categories) or suggestion.uncovered)) if suggestion.personal \
            else "not personal"
        print(f"  {schema}.{found.table}.{found.name}: expected {expected}, got {got} "
              f"({suggestion.confidence:.2f}; {'; '.join(suggestion.evidence)[:100]})")
    return overall, indonesian


def merged(scores: list[Scores]) -> Scores:
    """The counts of several groups added up."""
    total = Scores()
    for name in vars(total):
        setattr(total, name, sum(getattr(s, name) for s in scores))
    return total


def timing(taxonomy, fields: list[Field], total: int = 100_000) -> tuple[float, float]:
    """Seconds (wall and CPU) to classify `total` fields by name and table pass (best of three, a
    fresh classifier each): copies of the corpus under distinct source names, each with its own
    key graph and table pass, with Python's cycle collector set as a scan sets it
    (memory.fewer_collections). CPU time is the steadier figure on a shared machine."""
    batches: dict[str, list[Field]] = defaultdict(list)
    for n, found in enumerate((fields * (total // len(fields) + 1))[:total]):
        copy = n // len(fields)
        batches[f"{found.source}_{copy}"].append(Field(f"{found.source}_{copy}", found.table, found.name,
                                                       found.data_type, references=found.references))
    runs = []
    for _run in range(3):
        classifier = Classifier(taxonomy)
        with fewer_collections():
            started, cpu = time.perf_counter(), time.process_time()
            for source, batch in batches.items():
                classifier.classify_source(batch, Source(source, "ddl", "bench"))
            runs.append((time.perf_counter() - started, time.process_time() - cpu))
    return min(runs)


def miss_weight(label: Label, suggestion: Suggestion) -> int:
    """Missed personal data is worst, then a false alarm, then a wrong category."""
    if label.personal and not suggestion.personal:
        return 3
    if suggestion.personal and not label.personal:
        return 2
    return 1


def main() -> None:
    """Print the report of each chosen set, and the timing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "seen", "all"], default="all",
                        help=f"which schemas to report (seen: every set but {', '.join(UNSEEN)}, what tuning may look at)")
    arguments = parser.parse_args()
    taxonomy = load_taxonomy(TAXONOMY)
    classifier = Classifier(taxonomy)
    schemas = load_schemas()
    chosen_sets = {"all": SETS, "seen": tuple(s for s in SETS if s not in UNSEEN)}.get(arguments.set, (arguments.set,))
    results = {chosen: evaluate(classifier, [s for s in schemas if s["set"] == chosen], chosen)
               for chosen in chosen_sets}
    print("\n=== summary ===")
    print(HEADER)
    for chosen, (overall, indonesian) in results.items():
        print(overall.row(chosen))
        print(indonesian.row(f"{chosen}, Indonesian-named"))
    if all(chosen in results for chosen in HELD_OUT):
        print(merged([results[c][0] for c in HELD_OUT]).row("held-out, all rounds"))
        print(merged([results[c][1] for c in HELD_OUT]).row("held-out, all, Indonesian-named"))
    if arguments.set == "seen":  # what tuning looks at, as one set
        print(merged([overall for overall, _indonesian in results.values()]).row("seen, all sets"))
        print(merged([indonesian for _overall, indonesian in results.values()]).row("seen, all, Indonesian-named"))
    # Timed on the chosen sets' schemas only: `--set development` classifies no held-out schema.
    fields = [found for schema in schemas if schema["set"] in chosen_sets for found in scan_schema(schema)]
    if not fields:
        print(f"\nno schema in {' and '.join(chosen_sets)} yet: nothing to time")
        return
    wall, cpu = timing(taxonomy, fields)
    print(f"\n100,000 fields, name and table pass: {wall:.3f}s wall, {cpu:.3f}s CPU "
          f"({len(fields)} columns of the {' and '.join(chosen_sets)} set copied under distinct source names)")


if __name__ == "__main__":
    main()
