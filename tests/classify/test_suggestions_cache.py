"""The suggestions cache (.laci-cache/suggestions/): a source whose fields and classifier are as
they were is not judged again, and gets the very suggestions, key graph and table pass a fresh
judgement gives; anything the judgement depends on makes a new key."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest
from helpers import BUNDLED_INVENTORY, write

from laci_audit.classify.cache import READS, suggestions_document, suggestions_key, suggestions_of
from laci_audit.engine import audit
from laci_audit.records import Field, Source


@pytest.fixture
def inventory(tmp_path):
    copied = tmp_path / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, copied, ignore=shutil.ignore_patterns(".laci-cache", "*.db"))
    return copied


def graph_answers(result) -> dict:
    return {source: (graph.primary_keys, graph.links) for source, graph in result.key_graphs.items()}


def test_a_second_audit_takes_every_sources_suggestions_from_the_cache(inventory):
    cold = audit(inventory)
    judged = READS.copy()
    warm = audit(inventory)
    assert READS["judged"] == judged["judged"] and READS["cache"] == judged["cache"] + len(cold.scans)
    assert warm.suggestions == cold.suggestions and len(warm.suggestions) == 453
    assert [k for k, s in warm.suggestions.items() if s.personal] == [k for k, s in cold.suggestions.items() if s.personal]
    assert warm.findings == cold.findings
    assert dict(warm.records) == dict(cold.records)  # the table pass, made when asked for
    assert graph_answers(warm) == graph_answers(cold)


def test_a_changed_classifier_yaml_judges_again(inventory, tmp_path):
    cold = audit(inventory)
    tuning = "person_words: [kampanye]\n"  # the marketing campaigns table read as people
    write(inventory / "classifier.yaml", tuning)
    judged = READS["judged"]
    tuned = audit(inventory)
    assert READS["judged"] == judged + len(cold.scans)
    campaign = [k for k in cold.suggestions if k[:2] == ("pemasaran", "kampanye")]
    assert campaign and not any(cold.suggestions[k].personal for k in campaign)
    assert all(tuned.suggestions[k].personal for k in campaign)
    fresh = tmp_path / "fresh"  # the same tuning judged with no cache at all
    shutil.copytree(BUNDLED_INVENTORY, fresh, ignore=shutil.ignore_patterns(".laci-cache", "*.db"))
    write(fresh / "classifier.yaml", tuning)
    assert audit(fresh).suggestions == tuned.suggestions
    (inventory / "classifier.yaml").unlink()  # one entry a source: judged again, as before the tuning
    judged = READS["judged"]
    assert audit(inventory).suggestions == cold.suggestions and READS["judged"] == judged + len(cold.scans)


@pytest.mark.parametrize("edit", [
    ("policy/taxonomy.yaml", "    parent: A.1\n    text: membuat atau memperbarui akun",
     "    parent: A.1\n    spesifik: true\n    text: membuat atau memperbarui akun"),  # A.1.1 made UU PDP specific
    ("policy/concepts.yaml", None, "categories:\n  transaction: A.1.6\n"),  # the policy's numbering, one edit
])
def test_an_edited_taxonomy_or_concepts_file_judges_again(inventory, tmp_path, edit):
    """Both files are edited by hand and neither is in the policy text's hash: the key covers the
    taxonomy as loaded, so the cache never serves what a fresh judgement would not give."""
    cold = audit(inventory)
    name, old, new = edit
    path = inventory / name
    write(path, new if old is None else path.read_text(encoding="utf-8").replace(old, new, 1))
    edited = audit(inventory)
    shutil.rmtree(inventory / ".laci-cache")
    fresh = audit(inventory)
    assert edited.suggestions == fresh.suggestions != cold.suggestions


def test_reflected_names_of_a_str_subclass_are_read_and_recorded(tmp_path):
    """SQLAlchemy dialects that normalise names (Oracle, Snowflake) give quoted_name, a str
    subclass, which marshal refuses: the key and the store's digests read it as its text."""
    from sqlalchemy.sql.elements import quoted_name

    from laci_audit.store.schema import version_digest

    source = Source("gudang", "sqlalchemy", "inventory/sources.yaml")
    plain = [Field("gudang", "pelanggan", "email", "VARCHAR(100)")]
    quoted = [Field("gudang", quoted_name("pelanggan", True), quoted_name("email", True), "VARCHAR(100)")]
    assert suggestions_key(source, quoted, "classifier") == suggestions_key(source, plain, "classifier")
    assert version_digest((quoted_name("email", True), 1)) == version_digest(("email", 1))


def test_a_cache_file_that_is_not_a_document_is_a_miss(inventory):
    cold = audit(inventory)
    files = sorted((inventory / ".laci-cache" / "suggestions").glob("*.json"))
    assert files
    files[0].write_text('{"key": "x", "value": [1, 2]}', encoding="utf-8")
    files[1].write_text("not json", encoding="utf-8")
    judged = READS["judged"]
    again = audit(inventory)
    assert READS["judged"] == judged + 2
    assert again.suggestions == cold.suggestions


def sharing(objects: list) -> list[int]:
    """Which of the objects are one: each one's place of first appearance."""
    first: dict[int, int] = {}
    return [first.setdefault(id(o), n) for n, o in enumerate(objects)]


def test_the_document_gives_back_each_suggestion_shared_as_the_field_pass_shared_it(inventory):
    suggestions = list(audit(inventory).suggestions.values())
    suggestions += suggestions[:3]  # a field's suggestion object again, as a table's fields judged alike share one
    document = json.loads(json.dumps(suggestions_document(suggestions)))
    back = suggestions_of(document)
    assert back == suggestions
    assert sharing(back) == sharing(suggestions) and len(document["suggestions"]) == len(suggestions) - 3


def test_the_key_covers_what_the_classifier_reads():
    source = Source("toko", "ddl", "inventory/sources.yaml")
    fields = [Field("toko", "pelanggan", "id", "INTEGER", primary_key=True),
              Field("toko", "pesanan", "pelanggan_id", "INTEGER", references="pelanggan.id")]
    key = suggestions_key(source, fields, "classifier")
    assert suggestions_key(source, list(fields), "classifier") == key
    # where a field was found is not read: moving it keeps the key
    assert suggestions_key(source, [replace(fields[0], file="x.sql", line=9), fields[1]], "classifier") == key
    changed = [
        suggestions_key(source, [replace(fields[0], data_type="TEXT"), fields[1]], "classifier"),
        suggestions_key(source, [fields[0], replace(fields[1], references="")], "classifier"),
        suggestions_key(source, [replace(fields[0], primary_key=False), fields[1]], "classifier"),
        suggestions_key(source, fields[::-1], "classifier"),
        suggestions_key(replace(source, partners=("pefindo",)), fields, "classifier"),
        suggestions_key(replace(source, name="gudang"), fields, "classifier"),
        suggestions_key(source, fields, "classifier tuned"),
    ]
    assert key not in changed and len(set(changed)) == len(changed)
