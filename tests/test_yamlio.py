"""read_yaml: the fast, read-only loader of declarations, against the round-trip loader."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write
from hypothesis import given, settings
from hypothesis import strategies as st

from laci_audit.errors import DeclarationError
from laci_audit.yamlio import (
    _NOT_PLAIN, _read_plain_block, _read_with_libyaml, line_of, load_yaml, read_yaml, read_yaml_text,
)

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


# --- Plain block documents: read without libyaml, exactly as libyaml's reader reads them ------

def _libyaml_read(text: str):
    return _read_with_libyaml(text, PATH, DeclarationError)


def _shape(value):
    """A value with the line and column of every mapping, list, key and item in it."""
    if isinstance(value, (dict, list)):
        starts = sorted(value.lc._starts.items(), key=repr)
        items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
        return (type(value).__name__, value.lc.line, value.lc.col, starts, [(k, _shape(v)) for k, v in items])
    return (type(value).__name__, value)


def _outcome(read, text: str):
    try:
        return _shape(read(text))
    except DeclarationError as error:
        return ("error", error.line, error.message)


PATH = Path("x.yaml")
words = st.sampled_from(["A.1.1", "B.3.4", "surrogate key", "true", "False", "null", "~", "1", "-3", "0x1f", "0o17",
                         "1.5", ".5", "1e3", ".inf", "no", "it's x", "a;b", "a  b", "x=y", "(c)", "50%", "<<",
                         "9" * 120, "a/b", "+1", "."])
keys = st.sampled_from(["id", "nik", "user_id", "1.10", "null", "true", "a-b", "tabel.kolom", "items[].sku", "x_1"])
flow_values = words | st.lists(words, max_size=3).map(lambda items: "[" + ", ".join(items) + "]")
flow_mappings = st.dictionaries(keys.filter(lambda k: "[" not in k), flow_values, max_size=4).map(
    lambda entries: "{" + ", ".join(f"{k}: {v}" for k, v in entries.items()) + "}")
line_values = st.just("") | words | flow_values | flow_mappings
tails = st.sampled_from(["", "", "  ", " # note"])
fillers = st.sampled_from(["", "", "# a comment", "    # indented comment", "   "])
# A block mapping: each key's value a plain line value, or a block mapping below it.
trees = st.recursive(st.tuples(line_values, tails),
                     lambda inner: st.dictionaries(keys, inner, min_size=1, max_size=4), max_leaves=14)


def _render(tree, indent: int = 0, filler: str = "") -> list[str]:
    lines = []
    for key, value in tree.items():
        if isinstance(value, dict):
            lines += [f"{' ' * indent}{key}:", *_render(value, indent + 2, filler)]
        else:
            lines += [f"{' ' * indent}{key}:{' ' + value[0] if value[0] else ''}{value[1]}", filler]
    return lines


plain_documents = st.builds(lambda tree, filler: "\n".join(_render(tree, 0, filler)) + "\n",
                            st.dictionaries(keys, trees, min_size=1, max_size=4), fillers)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text=plain_documents)
def test_plain_block_documents_read_as_libyaml_reads_them(text):
    assert _outcome(lambda t: read_yaml_text(t, PATH), text) == _outcome(_libyaml_read, text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=plain_documents, position=st.integers(0, 400),
       insert=st.sampled_from([":", " ", "#", ",", "[", "}", "'", '"', "- ", "&a ", "*a", "!", "?", "\n", "\n  ",
                               "é", "\\", "|", ">", "@", "`", "%", "  x: y", "\n- z", "\x0c", "\n---\n", "k" * 1100]))
def test_documents_near_the_plain_shape_read_as_libyaml_reads_them(text, position, insert):
    text = text[:position] + insert + text[position:]
    assert _outcome(lambda t: read_yaml_text(t, PATH), text) == _outcome(_libyaml_read, text)


def test_registrations_files_are_read_without_libyaml():
    text = "# registrations\nsource: akun\ntables:\n  users:\n    purposes: [B.1]\n    fields:\n" \
           "      id: {personal: false, reason: surrogate key; shown nowhere}\n      nik: {categories: [A.1.1]}\n" \
           "      items[].sku: {categories: [A.1.5], purposes: []}\n      kosong:\n" \
           "      nama_lengkap: {categories: [A.1.1]}\n  alamat:\n    fields:\n      kota: {categories: [A.1.1]}\n"
    assert _read_plain_block(text) is not _NOT_PLAIN
    assert _outcome(lambda t: read_yaml_text(t, PATH), text) == _outcome(_libyaml_read, text)


def test_every_yaml_file_of_the_project_reads_the_same_either_way():
    root = Path(__file__).resolve().parent.parent
    paths = [p for folder in ("inventory", "tests", "laci_audit/data") for p in (root / folder).rglob("*.yaml")]
    assert len(paths) > 20
    plain = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        plain += _read_plain_block(text) is not _NOT_PLAIN
        assert _outcome(lambda t: read_yaml_text(t, path), text) == _outcome(_libyaml_read, text), path
    assert plain >= 10  # the bundled registrations files take the plain path
