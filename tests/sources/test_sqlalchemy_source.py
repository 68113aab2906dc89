"""kind: sqlalchemy on real engines: a DuckDB database file and the Parquet files its views read
(through duckdb_engine, DuckDB's SQLAlchemy dialect), and an SQLite file through SQLAlchemy's own
reflection (the path every other dialect takes)."""

from __future__ import annotations

import hashlib
import sqlite3
import time

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy
from sqlalchemy import event, text
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.records import Source
from laci_audit.sources import database
from laci_audit.sources import sqlalchemy as sqlalchemy_source
from laci_audit.sources.scan import sample_values, scan_source


def _source(url: str, **options) -> Source:
    return Source(name="gudang", kind="sqlalchemy", owner="tim-data", options={"url": url, **options})


@pytest.fixture
def lake(tmp_path):
    """warehouse.duckdb: two tables with keys and comments, a view, a view over Hive-partitioned
    Parquet files in a schema of its own, and a view that takes minutes to count."""
    for day in ("2026-01-01", "2026-01-02"):
        folder = tmp_path / "parquet" / "klik" / f"tanggal={day}"
        folder.mkdir(parents=True)
        pq.write_table(pa.table({"user_id": list(range(500)), "ip_address": [f"10.0.{i // 250}.{i % 250}"
                                                                            for i in range(500)]}),
                       folder / "part-0.parquet")
    connection = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    connection.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, email VARCHAR NOT NULL, saldo DECIMAL(12, 2))")
    connection.execute("COMMENT ON COLUMN pelanggan.email IS 'alamat email pelanggan'")
    connection.execute("CREATE TABLE pesanan (id INTEGER PRIMARY KEY, pelanggan_id INTEGER REFERENCES pelanggan (id), "
                       "total DECIMAL(12, 2))")
    connection.execute("INSERT INTO pelanggan SELECT i, 'user' || i || '@example.com', i FROM range(2000) t(i)")
    connection.execute("CREATE VIEW kontak AS SELECT email FROM pelanggan")
    connection.execute("CREATE SCHEMA lake")
    connection.execute(f"CREATE VIEW lake.klik AS SELECT * FROM read_parquet("
                       f"'{tmp_path / 'parquet' / 'klik' / '**' / '*.parquet'}', hive_partitioning = true)")
    connection.execute("CREATE VIEW lake.lambat AS SELECT a.range AS x FROM range(200000) a, range(200000) b")
    connection.close()
    return tmp_path


@pytest.fixture
def statements():
    """Every SQL statement SQLAlchemy sends, on any engine."""
    sent = []

    def record(_conn, _cursor, statement, *_args):
        sent.append(statement)

    event.listen(sqlalchemy.Engine, "before_cursor_execute", record)
    yield sent
    event.remove(sqlalchemy.Engine, "before_cursor_execute", record)


def _by_name(fields):
    return {(f.table, f.name): f for f in fields}


def test_duckdb_reflects_tables_views_types_comments_and_keys(lake):
    fields = _by_name(sqlalchemy_source.scan(_source("duckdb:///warehouse.duckdb", include_views=True), lake))
    assert set(fields) >= {("pelanggan", "id"), ("pelanggan", "email"), ("pesanan", "pelanggan_id"),
                           ("kontak", "email"), ("lake.klik", "user_id"), ("lake.klik", "ip_address"),
                           ("lake.klik", "tanggal")}
    assert fields["pelanggan", "email"].comment == "alamat email pelanggan"
    assert fields["pelanggan", "saldo"].data_type == "DECIMAL(12,2)"
    assert fields["pelanggan", "id"].primary_key and not fields["pelanggan", "email"].primary_key
    assert fields["pesanan", "pelanggan_id"].references == "pelanggan.id"


def test_duckdb_views_can_be_left_out(lake):
    tables = {f.table for f in sqlalchemy_source.scan(_source("duckdb:///warehouse.duckdb", include_views=False), lake)}
    assert tables == {"pelanggan", "pesanan"}


def test_duckdb_is_opened_read_only_and_left_unchanged(lake):
    before = hashlib.sha256((lake / "warehouse.duckdb").read_bytes()).hexdigest()
    source = _source("duckdb:///warehouse.duckdb")
    list(sqlalchemy_source.scan(source, lake))
    with database.connect(source, sqlalchemy_source.DUCKDB, lake) as connection, \
            pytest.raises(sqlalchemy.exc.DBAPIError, match="read-only"):
        connection.execute(text("CREATE TABLE dicoba (a INTEGER)"))
    assert hashlib.sha256((lake / "warehouse.duckdb").read_bytes()).hexdigest() == before
    assert not (lake / "warehouse.duckdb.wal").exists()


def test_duckdb_samples_with_its_own_reservoir_over_parquet_too(lake, statements):
    scan = scan_source(_source("duckdb:///warehouse.duckdb", schemas=["lake", "main"]), lake)
    scan.fields = [f for f in scan.fields if f.table != "lake.lambat"]
    values = {(found.table, found.name): found_values for found, found_values in sample_values([scan], lake, 5)}
    assert scan.error is None
    assert len(values["pelanggan", "email"]) == 5 and all(v.endswith("@example.com") for v in values["pelanggan", "email"])
    assert len(values["lake.klik", "ip_address"]) == 5
    sampled = [s for s in statements if "USING SAMPLE" in s]
    assert len(sampled) == 4 and all("reservoir(5 ROWS)" in s for s in sampled)
    assert not any(s.lstrip().upper().startswith(("INSERT", "CREATE", "UPDATE", "DELETE", "COPY")) for s in statements)


def test_duckdb_statement_over_its_timeout_is_stopped(lake):
    source = _source("duckdb:///warehouse.duckdb", schemas=["lake"], statement_timeout=1)
    scan = scan_source(source, lake)
    scan.fields = [f for f in scan.fields if f.table == "lake.lambat"]
    started = time.perf_counter()
    assert list(sample_values([scan], lake, 5)) == []
    assert time.perf_counter() - started < 10
    assert "table lake.lambat" in scan.error and "InterruptException" in scan.error  # the kind only: a message can quote data


def test_a_missing_duckdb_file_is_unreadable_not_created(lake):
    scan = scan_source(_source("duckdb:///nowhere.duckdb"), lake)
    assert scan.error and "duckdb:///nowhere.duckdb: cannot connect" in scan.error
    assert not (lake / "nowhere.duckdb").exists()


def test_sqlite_through_sqlalchemy_reflection_has_keys_and_views(tmp_path):
    connection = sqlite3.connect(tmp_path / "toko.sqlite")
    connection.executescript("""
        CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));
        CREATE VIEW emails AS SELECT email FROM users;
        INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com');
    """)
    connection.close()
    source = _source("sqlite:///toko.sqlite")
    fields = _by_name(sqlalchemy_source.scan(source, tmp_path))
    assert fields["users", "id"].primary_key and fields["orders", "user_id"].references == "users.id"
    assert ("emails", "email") in fields
    scan = scan_source(source, tmp_path)
    values = {(f.table, f.name): v for f, v in sample_values([scan], tmp_path, 1)}
    assert values["users", "email"] == ["a@example.com"]


@pytest.mark.parametrize("url, message", [
    ("snowflake://laci@akun/db?password=abc", "must not contain a password"),
    ("trino://laci:rahasia@trino:8080/hive", "must not contain a password"),
    ("nosuchengine://laci@host/db", "no SQLAlchemy dialect for nosuchengine:// is installed"),
    ("not a url", "is not a connection URL"),
])
def test_declaration_checks(url, message):
    assert message in sqlalchemy_source.validate(_source(url))


def test_postgres_urls_get_the_postgres_read_only_session():
    assert sqlalchemy_source.engine_kind(_source("postgresql://laci@db/x")).backends == {"postgresql"}
    assert sqlalchemy_source.engine_kind(_source("mssql+pyodbc://laci@dsn")) is sqlalchemy_source.GENERIC


def test_scan_command_records_the_duckdb_source_with_its_keys(lake, inventory):
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write(f"  - {{name: gudang, kind: sqlalchemy, url: 'duckdb:///{lake / 'warehouse.duckdb'}', "
                     f"owner: tim-data, include_views: false}}\n")
    db = lake / "inventory.db"
    result = CliRunner().invoke(app, ["scan", "-i", str(inventory), "--db", str(db), "--sample", "5"])
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(db).execute(
        "SELECT table_name, name, primary_key, references_to FROM fields WHERE source = 'gudang' ORDER BY 1, 2").fetchall()
    assert ("pelanggan", "id", 1, None) in rows and ("pesanan", "pelanggan_id", 0, "pelanggan.id") in rows
    assert b"example.com" not in db.read_bytes()


def test_a_driver_refusing_its_arguments_is_a_source_error_without_the_password(lake, monkeypatch):
    monkeypatch.setenv("LACI_TEST_DUCK", "Rahasia99")
    source = _source("duckdb:///warehouse.duckdb", password_env="LACI_TEST_DUCK")
    assert "takes no password" in sqlalchemy_source.validate(source)
    scan = scan_source(source, lake)
    assert scan.error and "cannot connect" in scan.error and "Rahasia99" not in scan.error


def test_a_views_relative_path_is_read_beside_the_duckdb_file_whatever_folder_laci_audit_runs_in(
        lake, monkeypatch):
    connection = duckdb.connect(str(lake / "warehouse.duckdb"))
    monkeypatch.chdir(lake)  # the view is written where the file is, its Parquet path relative to it
    connection.execute("CREATE VIEW lake.klik_relatif AS SELECT * FROM read_parquet('parquet/klik/**/*.parquet')")
    connection.close()
    elsewhere = lake / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    scan = scan_source(_source("duckdb:///warehouse.duckdb", schemas=["lake"]), lake)
    scan.fields = [f for f in scan.fields if f.table == "lake.klik_relatif"]
    values = {found.name: found_values for found, found_values in sample_values([scan], lake, 5)}
    assert scan.error is None and len(values["ip_address"]) == 5
