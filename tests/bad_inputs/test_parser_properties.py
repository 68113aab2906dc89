"""Property tests over every parser: whatever the input, the parser returns or raises the project's
own error (a one-line message at the command line), never anything else. A fixed budget in CI:
derandomized examples, a bounded number per parser."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from laci_audit.audit.baseline import load_baseline
from laci_audit.audit.gate import load_config
from laci_audit.errors import LaciError, SourceError
from laci_audit.inventory.declarations import load_fields_file, load_sources
from laci_audit.policy.concepts import load_concepts
from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.policy.text import parse_policy_text
from laci_audit.records import Source
from laci_audit.reports.escape import FORMULA_STARTS, printable, spreadsheet_cell
from laci_audit.sources import csv as csv_source
from laci_audit.sources import jsonschema, openapi, sqlite
from laci_audit.store.schema import open_inventory
from laci_audit.yamlio import parse_yaml, read_yaml_text

BUDGET = settings(max_examples=60, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12)
documents = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                         | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=24)
yaml_fragments = st.lists(st.sampled_from(
    ["a:", " b", "- ", "&x ", "*x", "[", "]", "{", "}", ", ", ": ", "\n", "  ", "? ", "|", ">", "'", '"', "#",
     "!!int ", "<<: ", "1e9999", "9" * 60, ".nan", "~", "\t", "\x85", "\u2028", "%YAML 1.1\n", "---\n", "..."]),
    max_size=40).map("".join)
any_text = st.text(max_size=200) | yaml_fragments


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    return path


def _as_yaml(document) -> str:
    return json.dumps(document, allow_nan=True)  # JSON is YAML


@BUDGET
@given(text=any_text)
def test_yaml_readers_return_or_raise_a_located_error(text):
    for read in (read_yaml_text, parse_yaml):
        try:
            read(text, Path("x.yaml"))
        except LaciError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("x.yaml")


source_entries = st.dictionaries(
    st.sampled_from(["name", "kind", "owner", "path", "url", "dialect", "purposes", "timeout", "encoding",
                     "delimiter", "allow_outside", "schemas", "legal_basis", "colour"]),
    scalars | st.sampled_from(["csv", "ddl", "sqlite", "postgres", "mysql", "jsonschema", "openapi",
                               "postgresql://u@h/x", "mysql://u:p@h/x", "tim", "x.csv"]) | documents,
    max_size=8)


@BUDGET
@given(document=st.fixed_dictionaries({"sources": st.lists(source_entries, max_size=3)}) | documents)
def test_sources_file_loads_or_is_a_located_error(tmp_path_factory, document):
    path = _write(tmp_path_factory.mktemp("inv"), "sources.yaml", _as_yaml(document))
    try:
        load_sources(path)
    except LaciError as exc:
        assert "sources.yaml" in str(exc) and "p@h" not in str(exc)


@BUDGET
@given(document=st.fixed_dictionaries({"source": st.just("akun") | scalars, "tables": documents}) | documents)
def test_fields_file_loads_or_is_a_located_error(tmp_path_factory, document):
    folder = tmp_path_factory.mktemp("inv")
    sources = load_sources(_write(folder, "sources.yaml",
                                  "sources:\n  - {name: akun, kind: csv, path: x.csv, owner: tim}\n"))
    path = _write(folder, "fields/akun.yaml", _as_yaml(document))
    try:
        load_fields_file(path, sources)
    except LaciError as exc:
        assert "akun.yaml" in str(exc)


@BUDGET
@given(document=documents, which=st.sampled_from(["config", "concepts", "taxonomy"]))
def test_config_concepts_and_taxonomy_load_or_are_located_errors(tmp_path_factory, document, which):
    path = _write(tmp_path_factory.mktemp("inv"), f"{which}.yaml", _as_yaml(document))
    load = {"config": load_config, "concepts": load_concepts, "taxonomy": load_taxonomy}[which]
    try:
        load(path)
    except LaciError as exc:
        assert f"{which}.yaml" in str(exc)


@BUDGET
@given(text=st.text(max_size=400) | st.lists(st.sampled_from(
    ["A. Pengumpulan Data\n", "B. Penggunaan\n", "1. data akun\n", "   a. email\n", "2.\n", "\t\t", "i. x\n"]),
    max_size=20).map("".join))
def test_policy_text_parses_or_is_a_located_error(text):
    try:
        parse_policy_text(text, "policy.txt")
    except LaciError as exc:
        assert "policy.txt" in str(exc)


@BUDGET
@given(content=st.binary(max_size=200) | documents.map(json.dumps)
       | st.fixed_dictionaries({"laci_audit_baseline": st.integers(0, 3), "findings": documents}).map(json.dumps))
def test_baseline_loads_or_is_a_located_error(tmp_path_factory, content):
    path = _write(tmp_path_factory.mktemp("b"), "baseline.json", content)
    try:
        load_baseline(path)
    except LaciError as exc:
        assert "baseline.json" in str(exc)


schema_like = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["type", "properties", "items", "$ref", "allOf", "oneOf", "$defs", "a", "b", "description",
                         "prefixItems", "then", "else", "format", "paths", "get", "post", "parameters",
                         "requestBody", "responses", "200", "content", "application/json", "schema", "openapi"]),
        inner | st.sampled_from(["#/$defs/a", "#/$defs", "#", "#/properties/a", "other.json", "\x00", "3.1.0"]),
        max_size=5),
    max_leaves=30)


@BUDGET
@given(document=schema_like, kind=st.sampled_from(["jsonschema", "openapi"]))
def test_json_schema_and_openapi_scan_or_are_unreadable(tmp_path_factory, document, kind):
    folder = tmp_path_factory.mktemp("inv")
    _write(folder, "x.json", json.dumps(document, allow_nan=True))
    source = Source(name="s", kind=kind, owner="t", options={"path": "x.json"})
    module = jsonschema if kind == "jsonschema" else openapi
    try:
        list(module.scan(source, folder))
    except SourceError:
        pass


@BUDGET
@given(content=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
       encoding=st.sampled_from([None, "utf-8", "latin-1", "utf-16", "cp1252"]))
def test_csv_scans_and_samples_or_is_unreadable(tmp_path_factory, content, encoding):
    folder = tmp_path_factory.mktemp("inv")
    _write(folder, "x.csv", content)
    options = {"path": "x.csv", **({"encoding": encoding} if encoding else {})}
    source = Source(name="s", kind="csv", owner="t", options=options)
    try:
        fields = list(csv_source.scan(source, folder))
        list(csv_source.sample(source, folder, fields, 5))
    except SourceError:
        pass


@pytest.fixture(scope="module")
def small_sqlite(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("db") / "small.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, email TEXT, ref INT REFERENCES pelanggan)")
        connection.executemany("INSERT INTO pelanggan (email) VALUES (?)", [(f"u{n}@example.com",) for n in range(50)])
    connection.close()
    return path.read_bytes()


@BUDGET
@given(data=st.data())
def test_sqlite_files_with_damaged_bytes_scan_or_are_unreadable(tmp_path_factory, small_sqlite, data):
    damaged = bytearray(small_sqlite)
    for _ in range(data.draw(st.integers(1, 20))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(damaged)))
    folder = tmp_path_factory.mktemp("inv")
    _write(folder, "x.sqlite", bytes(damaged[:cut]))
    source = Source(name="s", kind="sqlite", owner="t", options={"path": "x.sqlite"})
    try:
        fields = list(sqlite.scan(source, folder))
        list(sqlite.sample(source, folder, fields, 5))
    except SourceError as exc:
        assert "@example.com" not in str(exc)


@BUDGET
@given(content=st.binary(max_size=300), sqlite_header=st.booleans())
def test_a_database_that_is_not_an_inventory_is_refused_untouched(tmp_path_factory, content, sqlite_header):
    path = tmp_path_factory.mktemp("db") / "given.db"
    before = (b"SQLite format 3\x00" if sqlite_header else b"") + content
    path.write_bytes(before)
    try:
        open_inventory(path).close()
    except LaciError:
        assert path.read_bytes() == before


@BUDGET
@given(text=st.text())
def test_escapes_leave_nothing_a_terminal_or_spreadsheet_obeys(text):
    shown = printable(text, keep="\n")
    assert all(character.isprintable() or character == "\n" for character in shown)
    assert json.loads(printable(json.dumps(text, ensure_ascii=False))) == text  # JSON stays the same data
    assert not spreadsheet_cell(text).startswith(FORMULA_STARTS)
