"""Measure the classifier on the labelled evaluation set: per schema and overall, personal-data
precision and recall, category accuracy, the same for Indonesian-named schemas, the worst misses,
and the time to classify 100,000 fields by name.

Run: python bench/classifier/evaluate.py   (schemas.csv says where each schema comes from, and which
were held out: labelled and committed before the classifier was first run on them)
"""

from __future__ import annotations

import csv
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from laci_audit.classify import Classifier, Suggestion  # noqa: E402
from laci_audit.policy.taxonomy import load_taxonomy  # noqa: E402
from laci_audit.records import Field, Source, field_key  # noqa: E402
from laci_audit.sources import KINDS  # noqa: E402

TAXONOMY = HERE.parent.parent / "inventory" / "policy" / "taxonomy.yaml"
UNCOVERED = "UNCOVERED"


@dataclass(frozen=True)
class Label:
    """One labelled column."""

    schema: str
    table: str
    column: str
    personal: bool
    categories: frozenset[str]
    sensitive: bool


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
        return (f"{name:<32} {columns:>7} {self.true_positive + self.false_negative:>8} {precision:>9.3f} "
                f"{recall:>7.3f} {accuracy:>9.3f}   ({self.false_positive} FP, {self.false_negative} FN, "
                f"{self.category_judged - self.category_right} wrong category)")


def category_is_right(label: Label, suggestion: Suggestion) -> bool:
    """The first suggested category is acceptable; 'fits no category' answers UNCOVERED."""
    if suggestion.uncovered and not suggestion.categories:
        return UNCOVERED in label.categories
    return bool(suggestion.categories) and suggestion.categories[0] in label.categories


def load_labels() -> list[Label]:
    """labels.csv: one row per column."""
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as handle:
        return [
            Label(row["project"], row["table"], row["column"], row["personal"] == "1",
                  frozenset(row["categories"].split(";")) - {"NONE"}, row["sensitive"] == "1")
            for row in csv.DictReader(handle)
        ]


def load_schemas() -> list[dict]:
    """schemas.csv: each schema's file, kind, whether it is Indonesian-named, and its origin."""
    with open(HERE / "schemas.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def scan_schema(schema: dict) -> list[Field]:
    """The schema's fields, read by laci-audit's own source modules."""
    options = {"path": schema["file"]}
    if schema["kind"] == "ddl":
        options["dialect"] = "mysql"
    source = Source(schema["schema"], schema["kind"], "bench", options=options)
    return list(KINDS[schema["kind"]].scanner()(source, HERE))


def timing(classifier_factory, fields: list[Field], total: int = 100_000) -> tuple[float, float]:
    """Seconds to classify `total` fields by name (best of three runs, each with a fresh
    classifier, as timeit does on a shared machine): copies of the
    labelled schemas under distinct table names (column names repeat, as in real estates), and
    every column name distinct in tables of 20 columns (no cache helps with the names)."""
    copies = [Field("bench", f"{f.table}_copy{n // len(fields)}", f.name, f.data_type)
              for n, f in enumerate((fields * (total // len(fields) + 1))[:total])]
    distinct = [Field("bench", f"{f.table}_{n // 20}", f"{f.name}_{n}", f.data_type) for n, f in enumerate(copies)]
    results = []
    for batch in (copies, distinct):
        runs = []
        for _run in range(3):
            classifier = classifier_factory()
            started = time.perf_counter()
            for found in batch:
                classifier.classify(found)
            runs.append(time.perf_counter() - started)
        results.append(min(runs))
    return results[0], results[1]


def main() -> None:
    """Print the report."""
    taxonomy = load_taxonomy(TAXONOMY)
    classifier = Classifier(taxonomy)
    labels = {(label.schema, *field_key(label.table, label.column)): label for label in load_labels()}
    overall, indonesian, held_out = Scores(), Scores(), Scores()
    per_schema: list[tuple[str, Scores]] = []
    misses = []
    all_fields = []
    for schema in load_schemas():
        scores = Scores()
        fields = scan_schema(schema)
        all_fields.extend(fields)
        for found in fields:
            label = labels.get((schema["schema"], *found.key))
            if label is None:
                raise SystemExit(f"no label for {schema['schema']}.{found.table}.{found.name}")
            suggestion = classifier.classify(found)
            groups = [scores, overall]
            groups += [indonesian] if schema["indonesian"] == "1" else []
            groups += [held_out] if schema["set"] == "held-out" else []
            for group in groups:
                group.add(label, suggestion)
            if label.personal != suggestion.personal or (label.personal and not category_is_right(label, suggestion)):
                misses.append((miss_weight(label, suggestion), schema["schema"], found, label, suggestion))
        marks = (" (id)" if schema["indonesian"] == "1" else "") + (" [held-out]" if schema["set"] == "held-out" else "")
        per_schema.append((schema["schema"] + marks, scores))
    print(f"{'schema':<32} {'columns':>7} {'personal':>8} {'precision':>9} {'recall':>7} {'category':>9}")
    for name, scores in per_schema:
        print(scores.row(name))
    print(indonesian.row("Indonesian-named"))
    print(held_out.row("held-out only"))
    print(overall.row("OVERALL"))
    print(f"sensitive (UU PDP specific data), all schemas: {overall.sensitive_right} of {overall.sensitive_labelled} "
          f"labelled found, {overall.sensitive_flagged - overall.sensitive_right} flagged beyond the labels")
    print("\nworst misses (missed personal data first, then false alarms, then wrong categories):")
    for _weight, schema, found, label, suggestion in sorted(misses, key=lambda m: (-m[0], m[1], m[2].table))[:15]:
        expected = "personal " + "/".join(sorted(label.categories)) if label.personal else "not personal"
        got = ("personal " + ("/".join(suggestion.categories) or suggestion.uncovered)) if suggestion.personal \
            else "not personal"
        print(f"  {schema}.{found.table}.{found.name}: expected {expected}, got {got} "
              f"({suggestion.confidence:.2f}; {'; '.join(suggestion.evidence)[:90]})")
    sampled_report(classifier, labels)
    copies, distinct = timing(lambda: Classifier(taxonomy), all_fields)
    print(f"\n100,000 fields by name: {copies:.3f}s as {100_000 // len(all_fields)}+ copies of these schemas "
          f"under distinct table names; {distinct:.3f}s with every column name distinct (5,000 tables)")


def sampled_report(classifier: Classifier, labels: dict, limit: int = 20) -> None:
    """The SQLite schemas again, with up to `limit` values per field for the value detectors
    (read with LIMIT through laci-audit's sampler; only counts reach this report)."""
    print(f"\nwith --sample {limit} (SQLite schemas, values read with LIMIT, only counts kept):")
    print(f"{'schema':<32} {'columns':>7} {'personal':>8} {'precision':>9} {'recall':>7} {'category':>9}")
    detected = []
    for schema in load_schemas():
        if schema["kind"] != "sqlite":
            continue
        scores, blind = Scores(), Scores()
        source = Source(schema["schema"], "sqlite", "bench", options={"path": schema["file"]})
        fields = scan_schema(schema)
        for number, (found, values) in enumerate(KINDS["sqlite"].sampler()(source, HERE, fields, limit)):
            label = labels[(schema["schema"], *found.key)]
            suggestion = classifier.classify(found, values)
            scores.add(label, suggestion)
            hidden = classifier.classify(Field("bench", "t", f"c{number}", ""), values)
            blind.add(label, hidden)
            if hidden.personal:
                detected.append(f"{found.table}.{found.name} ({hidden.evidence[-1][len('values: '):]})")
        print(scores.row(schema["schema"]))
        print(blind.row("  names hidden"))
    print("with names hidden, the detectors alone found: " + "; ".join(detected))


def miss_weight(label: Label, suggestion: Suggestion) -> int:
    """Missed personal data is worst, then a false alarm, then a wrong category."""
    if label.personal and not suggestion.personal:
        return 3
    if suggestion.personal and not label.personal:
        return 2
    return 1


if __name__ == "__main__":
    main()
