"""Values planted in real PostgreSQL and MariaDB databases (and SQLite and CSV files) reach no
output and no inventory database, even when the engine's own error message quotes them."""

from __future__ import annotations

import json
import sqlite3

import pytest
from helpers import MARIADB_URL, POSTGRES_URL, admin_or_skip
from sqlalchemy import text
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.sources.database import split_table_name

PLANTED = "siti.planted@example.com"
PLANTED_PHONE = "0812-7777-1313"
PG_DATABASE = "laci_r13_pg"
MY_DATABASE = "laci_r13_my"


def _database_url(server_url: str, database: str) -> str:
    return server_url.rsplit("/", 1)[0] + f"/{database}"


@pytest.fixture
def planted_postgres():
    """A database of its own: a view whose cast fails on a planted email, and a table called "orders.2024"."""
    admin = admin_or_skip(POSTGRES_URL, "PostgreSQL")
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)"))
        c.execute(text(f"CREATE DATABASE {PG_DATABASE}"))
    owner = admin_or_skip(_database_url(POSTGRES_URL, PG_DATABASE), "PostgreSQL")
    with owner.connect() as c:
        c.execute(text("CREATE TABLE pelanggan (email text)"))
        c.execute(text("INSERT INTO pelanggan VALUES (:v)"), {"v": PLANTED})
        c.execute(text("CREATE VIEW kontak_angka AS SELECT email::int AS email FROM pelanggan"))
        c.execute(text('CREATE TABLE "orders.2024" (no_hp text)'))
        c.execute(text('INSERT INTO "orders.2024" VALUES (:v)'), {"v": PLANTED_PHONE})
    owner.dispose()
    yield _database_url(POSTGRES_URL, PG_DATABASE)
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def planted_mariadb():
    """A database of its own: a view over a function that signals the planted value it is given."""
    admin = admin_or_skip(MARIADB_URL, "MariaDB")
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {MY_DATABASE}"))
        c.execute(text(f"CREATE DATABASE {MY_DATABASE}"))
        c.execute(text(f"CREATE TABLE {MY_DATABASE}.pelanggan (email VARCHAR(255))"))
        c.execute(text(f"INSERT INTO {MY_DATABASE}.pelanggan VALUES (:v)"), {"v": PLANTED})
        c.execute(text(f"CREATE FUNCTION {MY_DATABASE}.bocor(x VARCHAR(255)) RETURNS INT DETERMINISTIC "
                       "BEGIN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = x; RETURN 0; END"))
        c.execute(text(f"CREATE VIEW {MY_DATABASE}.kontak AS SELECT {MY_DATABASE}.bocor(email) AS email "
                       f"FROM {MY_DATABASE}.pelanggan"))
    yield _database_url(MARIADB_URL, MY_DATABASE)
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {MY_DATABASE}"))
    admin.dispose()


def _declare(inventory, line: str) -> None:
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write(line)


def _every_output(inventory, tmp_path) -> str:
    """stdout and stderr of scan, audit and check in every format, the database file and the reports written."""
    runner = CliRunner()
    db = tmp_path / "planted.db"
    texts = []
    for args in (["scan"], *(["audit", "-f", f] for f in ("table", "markdown", "json")),
                 *(["check", "--format", f] for f in ("table", "json", "sarif", "junit"))):
        result = runner.invoke(app, [*args, "-i", str(inventory), "--db", str(db), "--sample", "5"])
        assert result.exit_code in (0, 1), result.output
        texts.append(result.output)
    texts.append(db.read_bytes().decode("utf-8", "replace"))
    with sqlite3.connect(db) as connection:
        texts.extend(str(row) for row in connection.execute("SELECT name, error FROM sources"))
    connection.close()
    return "\n".join(texts)


def test_a_postgres_cast_error_quoting_a_value_is_reported_by_kind_and_table(planted_postgres, inventory, tmp_path):
    _declare(inventory, f"  - {{name: gudang, kind: postgres, url: '{planted_postgres}', owner: tim-data}}\n")
    everything = _every_output(inventory, tmp_path)
    assert PLANTED not in everything and PLANTED_PHONE not in everything
    audit = json.loads(CliRunner().invoke(app, ["audit", "-i", str(inventory), "-f", "json", "--sample", "5"]).output)
    [unreadable] = [f for f in audit if f["rule"] == "source-unreadable"]
    assert "cannot sample table kontak_angka: InvalidTextRepresentation (SQLSTATE 22P02)" in unreadable["message"]
    assert "orders.2024" not in unreadable["message"], "a table named with a dot is sampled like any other"


def test_a_mariadb_function_signalling_a_value_is_reported_by_kind_and_table(planted_mariadb, inventory, tmp_path):
    _declare(inventory, f"  - {{name: toko, kind: mysql, url: '{planted_mariadb}', owner: tim-data}}\n")
    everything = _every_output(inventory, tmp_path)
    assert PLANTED not in everything
    assert "cannot sample table kontak: OperationalError (MySQL error 1644)" in everything


def test_a_failed_table_does_not_stop_the_others_being_sampled(planted_postgres, inventory):
    from laci_audit.engine import audit

    _declare(inventory, f"  - {{name: gudang, kind: postgres, url: '{planted_postgres}', owner: tim-data}}\n")
    result = audit(inventory, sample=5)
    evidence = {key[1:]: s.evidence for key, s in result.suggestions.items() if key[0] == "gudang"}
    assert any("values: 1/1 match" in e for e in evidence[("orders.2024", "no_hp")])


def test_a_dotted_table_name_is_split_only_at_a_real_schema():
    assert split_table_name("orders.2024", {"public", "crm"}) == ("", "orders.2024")
    assert split_table_name("crm.orders.2024", {"public", "crm"}) == ("crm", "orders.2024")
    assert split_table_name("users", {"public"}) == ("", "users")
