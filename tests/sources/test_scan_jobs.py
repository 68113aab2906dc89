"""Live sources read concurrently (--jobs): results in declaration order, a failing or hanging
source never holding up or stopping the others."""

from __future__ import annotations

import socket

import duckdb
import pytest
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.records import Source
from laci_audit.sources.scan import sample_values, scan_sources


def _duckdb(tmp_path, name: str) -> Source:
    connection = duckdb.connect(str(tmp_path / f"{name}.duckdb"))
    connection.execute(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, email VARCHAR)")
    connection.execute(f"INSERT INTO {name} VALUES (1, 'a@example.com'), (2, 'b@example.com')")
    connection.close()
    return Source(name=name, kind="sqlalchemy", owner="tim-data", options={"url": f"duckdb:///{name}.duckdb"})


@pytest.fixture
def silent_server():
    """A port where the TCP handshake completes and nobody ever speaks: a connection hangs until its timeout."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        yield silent.getsockname()[1]


def _sources(tmp_path, port):
    hanging = Source(name="hang", kind="postgres", owner="tim-data",
                     options={"url": f"postgresql://postgres@127.0.0.1:{port}/x", "timeout": 2})
    schema_file = tmp_path / "akun.sql"
    schema_file.write_text("CREATE TABLE users (id BIGINT, no_hp TEXT);\n")
    ddl = Source(name="akun", kind="ddl", owner="tim-akun", options={"path": "akun.sql", "dialect": "postgres"})
    return [hanging, _duckdb(tmp_path, "satu"), ddl, _duckdb(tmp_path, "dua")]


def test_results_keep_declaration_order_while_a_hanging_source_finishes_last(tmp_path, silent_server):
    finished = []
    scans = scan_sources(_sources(tmp_path, silent_server), tmp_path, lambda scan: finished.append(scan.source.name),
                         jobs=4)
    assert [scan.source.name for scan in scans] == ["hang", "satu", "akun", "dua"]
    assert finished[-1] == "hang", "the fast sources did not wait for the hanging one"
    assert "timeout expired" in scans[0].error
    assert [(f.table, f.name) for f in scans[1].fields] == [("satu", "id"), ("satu", "email")]
    assert all(scan.error is None for scan in scans[1:])


def test_one_job_reads_one_source_after_another(tmp_path, silent_server):
    finished = []
    scans = scan_sources(_sources(tmp_path, silent_server), tmp_path, lambda scan: finished.append(scan.source.name),
                         jobs=1)
    assert finished == ["hang", "satu", "akun", "dua"] == [scan.source.name for scan in scans]


def test_concurrent_samples_come_back_in_declaration_order(tmp_path, silent_server):
    scans = scan_sources(_sources(tmp_path, silent_server)[1:], tmp_path, jobs=4)
    sampled = [(found.source, found.name, sorted(values)) for found, values in sample_values(scans, tmp_path, 5, jobs=4)]
    assert sampled == [("satu", "id", [1, 2]), ("satu", "email", ["a@example.com", "b@example.com"]),
                       ("dua", "id", [1, 2]), ("dua", "email", ["a@example.com", "b@example.com"])]


def test_jobs_option_gives_the_same_audit(inventory, tmp_path):
    for name in ("satu", "dua", "tiga"):
        source = _duckdb(inventory, name)
        with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
            handle.write(f"  - {{name: {name}, kind: sqlalchemy, url: '{source.options['url']}', owner: tim-data}}\n")
    runner = CliRunner()
    one = runner.invoke(app, ["audit", "-i", str(inventory), "--jobs", "1", "--format", "json", "--sample", "2"])
    many = runner.invoke(app, ["audit", "-i", str(inventory), "--jobs", "3", "--format", "json", "--sample", "2"])
    assert one.exit_code == many.exit_code == 0, one.output + many.output
    assert one.output == many.output and '"source": "tiga"' in one.output
    assert runner.invoke(app, ["scan", "-i", str(inventory), "--jobs", "0"]).exit_code == 2
