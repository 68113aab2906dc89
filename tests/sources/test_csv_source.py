"""The csv source: header fields, detected encoding and delimiter, malformed files, bounded samples."""

from __future__ import annotations

import csv

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from laci_audit.errors import DeclarationError, SourceError
from laci_audit.inventory.declarations import load_sources
from laci_audit.records import Source
from laci_audit.sources import csv as csv_source
from laci_audit.sources.scan import scan_source


def _source(path: str, **options) -> Source:
    return Source(name="ekspor", kind="csv", owner="tim-growth", options={"path": path, **options})


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, data, encoding, delimiter", [
    ("semicolon.csv", b'nama;email\n"Budi; Jr";budi@example.com\n', "utf-8", ";"),
    ("bom.csv", b"\xef\xbb\xbfnama,kota\nAndr\xc3\xa9,Bandung\n", "utf-8-sig", ","),
    ("latin.csv", b"nama|kota\nAndr\xe9|Bandung\n", "latin-1", "|"),
    ("tabs.tsv", b"nama\tkota\nA\tB\n", "utf-8", "\t"),
    ("latin_at_the_end.csv", b"nama,kota\nA,Cikampek\nB,Andr\xe9", "latin-1", ","),
    ("one_column.tsv", b"nama\nA\n", "utf-8", "\t"),
])
def test_encoding_and_delimiter_are_detected(tmp_path, name, data, encoding, delimiter):
    path = _write(tmp_path / name, data)
    assert csv_source.detect_format(path, _source(name)) == csv_source.CsvFormat(encoding, delimiter)
    fields = list(csv_source.scan(_source(name), tmp_path))
    assert [f.name for f in fields][:1] == ["nama"]
    assert {(f.table, f.line, f.data_type) for f in fields} == {(name.rsplit(".", 1)[0], 1, "text")}


def test_declared_encoding_and_delimiter_win(tmp_path):
    _write(tmp_path / "x.csv", b"a;b,c\n1;2,3\n")
    names = [f.name for f in csv_source.scan(_source("x.csv", delimiter=",", encoding="ascii"), tmp_path)]
    assert names == ["a;b", "c"]


def test_fields_of_every_file_a_glob_names(tmp_path):
    (tmp_path / "exports").mkdir()
    _write(tmp_path / "exports" / "a.csv", b"email\nx\n")
    _write(tmp_path / "exports" / "b.csv", b"no_hp,kota\n1,2\n")
    fields = [(f.table, f.name) for f in csv_source.scan(_source("exports/*.csv"), tmp_path)]
    assert fields == [("a", "email"), ("b", "no_hp"), ("b", "kota")]


@pytest.mark.parametrize("data, message", [
    (b"nama,kota\nA,B\nC\nD,E\n", "bad.csv:3: row has 1 fields, the header has 2"),
    (b'nama,kota\nA,"B\nC,D\n', "bad.csv:2: malformed row: unexpected end of data"),
    (b'nama,kota\nA,"B"x\n', "bad.csv:2: malformed row: ',' expected after '\"'"),
    (b"nama,kota\nA,B\nAndr\xe9,C\n", "bad.csv:3: not utf-8 text (declare the file's 'encoding')"),
])
def test_malformed_rows_are_a_source_error_at_their_line_after_the_fields(tmp_path, data, message):
    _write(tmp_path / "bad.csv", data)
    scan = scan_source(_source("bad.csv", encoding="utf-8") if b"\xe9" in data else _source("bad.csv"), tmp_path)
    assert [f.name for f in scan.fields] == ["nama", "kota"]
    assert scan.error.endswith(message)


@pytest.mark.parametrize("data, message", [
    (b"", "empty.csv: no header row"),
    (b"nama,,kota\n", "empty.csv:1: column 2 of the header has no name"),
    (b"nama,Nama\n", "empty.csv:1: column 2 repeats the name 'Nama' of column 1"),
])
def test_bad_headers(tmp_path, data, message):
    _write(tmp_path / "empty.csv", data)
    with pytest.raises(SourceError) as raised:
        list(csv_source.scan(_source("empty.csv"), tmp_path))
    assert str(raised.value).endswith(message)


def test_sample_reads_at_most_limit_rows(tmp_path):
    rows = b"".join(b"user%d@example.com,0812-0000-%04d,\n" % (i, i) for i in range(1, 4))
    # Row 5 is malformed: sampling 3 rows never reaches it, so it cannot fail on it.
    _write(tmp_path / "kontak.csv", b"email,no_hp,catatan\n" + rows + b'x,"y\n')
    source = _source("kontak.csv")
    fields = [f for f in scan_source(source, tmp_path).fields]
    sampled = {f.name: values for f, values in csv_source.sample(source, tmp_path, fields, 3)}
    assert sampled == {"email": ["user1@example.com", "user2@example.com", "user3@example.com"],
                       "no_hp": ["0812-0000-0001", "0812-0000-0002", "0812-0000-0003"], "catatan": []}
    assert [len(values) for _f, values in csv_source.sample(source, tmp_path, fields, 1)] == [1, 1, 0]


def test_declaration_checks(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text('sources:\n  - {name: e, kind: csv, path: x.csv, owner: t, delimiter: "\\t"}\n')
    assert load_sources(sources)["e"].options["delimiter"] == "\t"
    sources.write_text("sources:\n  - {name: e, kind: csv, path: x.csv, owner: t, encoding: klingon}\n")
    with pytest.raises(DeclarationError, match="sources.yaml:2: source 'e': unknown encoding 'klingon'"):
        load_sources(sources)
    sources.write_text("sources:\n  - {name: e, kind: csv, path: x.csv, owner: t, delimiter: ';;'}\n")
    with pytest.raises(DeclarationError, match="'delimiter' must be one character"):
        load_sources(sources)
    sources.write_text("sources:\n  - {name: e, kind: csv, path: [x.csv], owner: t}\n")
    with pytest.raises(DeclarationError, match="'path' must be a non-empty string"):
        load_sources(sources)


header_names = st.lists(st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True), min_size=2, max_size=6, unique=True)
cells = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=header_names, delimiter=st.sampled_from([",", ";", "\t", "|"]), data=st.data())
def test_any_well_formed_file_scans_to_its_header_with_its_delimiter_detected(tmp_path, names, delimiter, data):
    rows = data.draw(st.lists(st.lists(cells, min_size=len(names), max_size=len(names)), min_size=1, max_size=8))
    path = tmp_path / "random.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(names)
        writer.writerows(rows)
    assert csv_source.detect_format(path, _source("random.csv")).delimiter == delimiter
    scan = scan_source(_source("random.csv"), tmp_path)
    assert (scan.error, [f.name for f in scan.fields]) == (None, names)
    sampled = list(csv_source.sample(_source("random.csv"), tmp_path, scan.fields, 3))
    assert all(len(values) <= 3 for _field, values in sampled)
