"""Policy concepts: the classifier, the record of processing and the rules name concepts, not ids,
so a renumbered policy is one edit of policy/concepts.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import POLICY_TEXT, write

from laci_audit.classify import Classifier
from laci_audit.errors import PolicyError
from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.policy.text import import_policy
from laci_audit.records import Field

COLUMNS = {  # (table, column, type) -> the concept the column's category is
    ("orders", "total_amount", "decimal"): "transaction",
    ("payments", "card_number", "varchar"): "payment",
    ("users", "email", "varchar"): "account",
    ("product_reviews", "review_text", "text"): "interaction",
    ("devices", "imei", "varchar"): "device",
}


def without_surveys(tmp_path: Path) -> Path:
    """The policy with A.1.3 (surveys) struck out: A.1.4 to A.1.7 move up one number."""
    lines = POLICY_TEXT.read_text(encoding="utf-8").splitlines()
    survey = next(n for n, line in enumerate(lines) if line.strip().startswith("3. mengisi survei"))
    moved = [line.replace(f"    {k}. ", f"    {k - 1}. ", 1) for k, line in enumerate(lines[survey + 1:survey + 5], 4)]
    path = tmp_path / "kebijakan-privasi-baru.txt"
    path.write_text("\n".join(lines[:survey] + moved + lines[survey + 5:]) + "\n", encoding="utf-8")
    return path


def first_categories(taxonomy_path: Path) -> dict[str, str]:
    """The first category of each column, in a shop whose every table holds a customer's key."""
    fields = [Field("shop", table, column, data_type) for table, name, data_type in COLUMNS
              for column in (name, "customer_id")]
    suggestions = Classifier(load_taxonomy(taxonomy_path)).classify_source(fields)
    return {concept: suggestions[("shop", table, name)].categories[0] for (table, name, _type), concept in COLUMNS.items()}


def test_a_renumbered_policy_is_one_edit_of_the_concepts_file(tmp_path):
    taxonomy_path = tmp_path / "inventory" / "policy" / "taxonomy.yaml"
    import_policy(POLICY_TEXT, taxonomy_path)
    assert first_categories(taxonomy_path) == {"transaction": "A.1.5", "payment": "A.1.6", "account": "A.1.1",
                                               "interaction": "A.1.4", "device": "A.2.4"}
    import_policy(without_surveys(tmp_path), taxonomy_path)
    # not told yet: the shipped concepts still say transaction is A.1.5, now the payment item
    assert first_categories(taxonomy_path)["transaction"] == "A.1.5"
    write(taxonomy_path.parent / "concepts.yaml", """
        # this policy has no survey item; what followed it moved up one number
        categories:
          survey: ~
          interaction: A.1.3
          transaction: A.1.4
          payment: A.1.5
          device_permission: A.1.6
        """)
    assert first_categories(taxonomy_path) == {"transaction": "A.1.4", "payment": "A.1.5", "account": "A.1.1",
                                               "interaction": "A.1.3", "device": "A.2.4"}
    survey_answer = Classifier(load_taxonomy(taxonomy_path)).classify(Field("shop", "survey_answers", "answer", "text"))
    assert "A.1.3" not in survey_answer.categories  # a survey answer is no interaction with other users


def test_sections_come_from_the_concepts_too(tmp_path):
    taxonomy_path = tmp_path / "policy" / "taxonomy.yaml"
    import_policy(POLICY_TEXT, taxonomy_path)
    taxonomy = load_taxonomy(taxonomy_path)
    assert [taxonomy.section_of(i) for i in ("A.1.5", "A.2.1", "A.3.2", "B.1")] == [
        "given_by_user", "recorded_automatically", "from_partners", ""]
    assert taxonomy.concept("credit_bureau") == "A.3.3" and taxonomy.concept("no_such_thing") == ""


def test_a_malformed_concepts_file_is_a_located_error(tmp_path):
    taxonomy_path = tmp_path / "policy" / "taxonomy.yaml"
    import_policy(POLICY_TEXT, taxonomy_path)
    write(taxonomy_path.parent / "concepts.yaml", "categories:\n  account: A.1.1\nkategori:\n  x: A.1\n")
    with pytest.raises(PolicyError, match=r"concepts.yaml:3: unknown key 'kategori'"):
        load_taxonomy(taxonomy_path)
