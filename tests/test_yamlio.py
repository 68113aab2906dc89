"""read_yaml: the fast, read-only loader of declarations, against the round-trip loader."""

from __future__ import annotations

import pytest
from helpers import write

from laci_audit.errors import DeclarationError
from laci_audit.yamlio import line_of, load_yaml, read_yaml

DOCUMENT = """
# a comment
source: akun
tables:
  users:
    purposes: [B.1, 'B.3.4']
    fields:
      'no': {categories: [A.1.1]}
      on: {personal: false, reason: flag}
      created_at: {categories: [A.2.2]}
  alamat:
    fields:
      kode_pos:
        categories:
          - A.1.1
"""


def test_values_and_lines_match_the_round_trip_loader(tmp_path):
    path = write(tmp_path / "fields.yaml", DOCUMENT)
    fast, slow = read_yaml(path), load_yaml(path)
    assert fast == slow
    for fast_node, slow_node, keys in (
        (fast, slow, ["source", "tables"]),
        (fast["tables"], slow["tables"], ["users", "alamat"]),
        (fast["tables"]["users"]["fields"], slow["tables"]["users"]["fields"], ["no", "on", "created_at"]),
    ):
        assert line_of(fast_node) == line_of(slow_node)
        assert [line_of(fast_node, k) for k in keys] == [line_of(slow_node, k) for k in keys]
    categories = [doc["tables"]["alamat"]["fields"]["kode_pos"]["categories"] for doc in (fast, slow)]
    assert line_of(categories[0], 0) == line_of(categories[1], 0) == 14


def test_yaml_1_2_scalars(tmp_path):
    path = write(tmp_path / "s.yaml", "a: [no, off, yes, On, true, False, null, ~, 7, -3, 0x1f, 1.5, '1', 2024-01-02]\n")
    assert read_yaml(path)["a"] == ["no", "off", "yes", "On", True, False, None, None, 7, -3, 31, 1.5, "1", "2024-01-02"]


def test_merge_keys_and_anchors(tmp_path):
    path = write(tmp_path / "m.yaml", "base: &b {x: 1, y: 2}\nchild:\n  <<: *b\n  y: 3\n")
    document = read_yaml(path)
    assert document["child"] == {"x": 1, "y": 3}
    assert line_of(document["child"], "y") == 4


@pytest.mark.parametrize("text, line, words", [
    ("a: 1\nb: [1, 2\n", 2, "invalid YAML"),
    ("a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a'"),
    ("a: 1\n---\nb: 2\n", 2, "invalid YAML"),
])
def test_errors_name_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path / "bad.yaml", text)
    with pytest.raises(DeclarationError) as raised:
        read_yaml(path)
    assert raised.value.line == line and words in raised.value.message


def test_empty_and_unreadable(tmp_path):
    assert read_yaml(write(tmp_path / "empty.yaml", "# nothing\n")) is None
    with pytest.raises(DeclarationError, match="cannot read"):
        read_yaml(tmp_path / "missing.yaml")
    (tmp_path / "latin1.yaml").write_bytes("a: caf\xe9\n".encode("latin-1"))
    with pytest.raises(DeclarationError, match="not UTF-8"):
        read_yaml(tmp_path / "latin1.yaml")
