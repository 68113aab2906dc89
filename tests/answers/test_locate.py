"""`locate SUBJECT_ID`: per table, how many rows are one person's, through keys of any number of
hops; on the bundled SQLite source and on live PostgreSQL and MariaDB databases with planted
people whose row counts the test knows. Counts only, read-only, one failing source never stops
the rest."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
import sqlglot
from helpers import BUNDLED_INVENTORY, MARIADB_URL, POSTGRES_URL, admin_or_skip
from sqlalchemy import text
from typer.testing import CliRunner

from laci_audit.answers.locate import count_statements, locate
from laci_audit.answers.where import access_sql, where
from laci_audit.cli import app
from laci_audit.engine import audit

# customers <- orders <- order_lines (two hops), order_status a lookup the orders point at
SHOP = [
    "CREATE TABLE {s}customers (id INT PRIMARY KEY, email VARCHAR(100), phone VARCHAR(20))",
    "CREATE TABLE {s}order_status (id INT PRIMARY KEY, name VARCHAR(20))",
    "CREATE TABLE {s}orders (id INT PRIMARY KEY, customer_id INT REFERENCES {s}customers (id), "
    "status_id INT REFERENCES {s}order_status (id), total DECIMAL(10, 2))",
    "CREATE TABLE {s}order_lines (id INT PRIMARY KEY, order_id INT REFERENCES {s}orders (id), quantity INT)",
    "INSERT INTO {s}customers VALUES (7, 'siti@example.com', '0812'), (8, 'budi@example.com', '0813')",
    "INSERT INTO {s}order_status VALUES (1, 'paid'), (2, 'sent')",
    "INSERT INTO {s}orders VALUES (70, 7, 1, 10), (71, 7, 2, 20), (80, 8, 1, 5)",
    "INSERT INTO {s}order_lines VALUES (700, 70, 1), (701, 70, 2), (710, 71, 1), (800, 80, 4)",
]
PERSON_7 = {"customers": 1, "orders": 2, "order_lines": 3}


def test_locate_counts_the_rows_of_one_person_in_the_bundled_sqlite_source():
    result = audit(BUNDLED_INVENTORY)
    counted = {(row.source, row.table): row.rows for row in locate(result, BUNDLED_INVENTORY, "1001")}
    with sqlite3.connect(f"file:{BUNDLED_INVENTORY / 'data' / 'perangkat.sqlite'}?mode=ro", uri=True) as db:
        expected = {
            "perangkat": db.execute("SELECT count(*) FROM perangkat WHERE user_id = 1001").fetchone()[0],
            "akun_perangkat": db.execute("SELECT count(*) FROM akun_perangkat WHERE user_id = 1001").fetchone()[0],
            "event_aplikasi": db.execute("SELECT count(*) FROM event_aplikasi e JOIN perangkat p ON p.id = "
                                         "e.perangkat_id WHERE p.user_id = 1001").fetchone()[0],
        }
    db.close()
    assert {table: counted[("perangkat", table)] for table in expected} == expected
    assert expected["event_aplikasi"] > 0  # reached only through perangkat: one hop
    assert not any(source != "perangkat" for source, _table in counted)  # DDL files hold no rows


@pytest.fixture
def live_shop(inventory):
    """The shop in a PostgreSQL schema and a MariaDB database of their own, declared as sources."""
    tag = uuid.uuid4().hex[:8]
    pg, my = admin_or_skip(POSTGRES_URL, "PostgreSQL"), admin_or_skip(MARIADB_URL, "MariaDB")
    with pg.connect() as c:
        c.execute(text(f"CREATE SCHEMA laci_loc_{tag}"))
        for statement in SHOP:
            c.execute(text(statement.format(s=f"laci_loc_{tag}.")))
    with my.connect() as c:
        c.execute(text(f"CREATE DATABASE laci_loc_{tag}"))
        for statement in SHOP:
            c.execute(text(statement.format(s=f"laci_loc_{tag}.")))
    mariadb_url = MARIADB_URL.rsplit("/", 1)[0] + f"/laci_loc_{tag}"
    with (inventory / "sources.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f"  - {{name: toko_pg, kind: postgres, url: '{POSTGRES_URL}', schemas: [laci_loc_{tag}], owner: tim-toko}}\n"
                     f"  - {{name: toko_my, kind: mysql, url: '{mariadb_url}', owner: tim-toko}}\n"
                     f"  - {{name: mati, kind: postgres, url: 'postgresql://postgres@127.0.0.1:9/nope', timeout: 1, owner: tim-x}}\n")
    yield tag
    with pg.connect() as c:
        c.execute(text(f"DROP SCHEMA laci_loc_{tag} CASCADE"))
    with my.connect() as c:
        c.execute(text(f"DROP DATABASE laci_loc_{tag}"))
    pg.dispose()
    my.dispose()


def test_locate_follows_two_hops_on_live_postgres_and_mariadb_and_survives_a_dead_source(inventory, live_shop):
    result = audit(inventory)
    located = locate(result, inventory, "7")
    counts = {(row.source, row.table.rsplit(".", 1)[-1]): row.rows for row in located if row.table}
    for source in ("toko_pg", "toko_my"):
        assert {table: counts[(source, table)] for table in PERSON_7} == PERSON_7
        assert (source, "order_status") not in counts  # a lookup the orders point at is nobody's
    [dead] = [row for row in located if row.source == "mati"]
    assert dead.rows is None and dead.problem.startswith("not counted")
    [lines] = [row for row in located if row.source == "toko_pg" and row.table.endswith("order_lines")]
    schema = f"laci_loc_{live_shop}"
    assert lines.path == f"{schema}.order_lines.order_id -> {schema}.orders.customer_id -> {schema}.customers.id"
    assert "siti@example.com" not in repr(located)


def test_where_sql_for_live_sources_parses_back_in_their_dialects(inventory, live_shop):
    result = audit(inventory)
    statements = {source: sql for source, _table, sql in access_sql(result, where(result, "email"))}
    for source, dialect, parameter in (("toko_pg", "postgres", ":user_id"), ("toko_my", "mysql", "@user_id")):
        select = statements[source].splitlines()[-1]
        assert select.endswith(f"= {parameter};")
        assert isinstance(sqlglot.parse_one(select, read=dialect), sqlglot.exp.Select)
    for source in ("toko_pg", "toko_my"):
        for _table, _file, sql in count_statements(result, source):
            assert isinstance(sqlglot.parse_one(sql, read="postgres" if source == "toko_pg" else "mysql"), sqlglot.exp.Select)


def test_cli_locate(inventory, live_shop):
    output = CliRunner().invoke(app, ["locate", "7", "-i", str(inventory), "-f", "csv"])
    assert output.exit_code == 0, output.output
    assert "toko_my,order_lines,3,order_lines.order_id -> orders.customer_id -> customers.id" in output.output


def test_locate_and_where_sql_on_a_sqlalchemy_duckdb_file(inventory):
    """`kind: sqlalchemy` sources are counted too, in their engine's dialect (here a real DuckDB
    file, its path relative to the inventory)."""
    import duckdb

    connection = duckdb.connect(str(inventory / "toko.duckdb"))
    for statement in SHOP:
        connection.execute(statement.format(s=""))
    connection.close()
    with (inventory / "sources.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - {name: toko_duck, kind: sqlalchemy, url: 'duckdb:///toko.duckdb', owner: tim-toko}\n")
    result = audit(inventory)
    counts = {row.table.rsplit(".", 1)[-1]: row.rows for row in locate(result, inventory, "7")
              if row.source == "toko_duck" and row.table}
    assert {table: counts[table] for table in PERSON_7} == PERSON_7
    assert "order_status" not in counts
    for _table, _file, sql in count_statements(result, "toko_duck"):
        assert isinstance(sqlglot.parse_one(sql, read="duckdb"), sqlglot.exp.Select)
    statements = {source: sql for source, _table, sql in access_sql(result, where(result, "email"))}
    assert statements["toko_duck"].splitlines()[-1].endswith("= :user_id;")
