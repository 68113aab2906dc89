"""postgres and mysql sources against the real servers on this machine (skipped when none answers,
an error in CI where LACI_AUDIT_REQUIRE_DATABASES=1)."""

from __future__ import annotations

import json
import re
import socket
import time
import uuid

import pytest
import sqlalchemy
from helpers import MARIADB_URL, POSTGRES_URL, admin_or_skip
from sqlalchemy import event, text
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.errors import SourceError
from laci_audit.records import Source, url_without_password
from laci_audit.sources import database, mysql, postgres

WRITES = re.compile(r"^\s*(insert|update|delete|create|drop|alter|truncate|grant|copy|merge|replace)\b", re.I)


def _source(kind: str, url: str, **options) -> Source:
    return Source(name=f"live_{kind}", kind=kind, owner="tim-data", options={"url": url, **options})


@pytest.fixture
def pg():
    """A schema of its own in the PostgreSQL test database, plus one table in public; dropped afterwards."""
    admin = admin_or_skip(POSTGRES_URL, "PostgreSQL")
    tag = uuid.uuid4().hex[:8]
    schema, public_table = f"laci_t_{tag}", f"laci_t_{tag}_public"
    with admin.connect() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
        c.execute(text(f"CREATE TABLE {schema}.pelanggan (id bigserial PRIMARY KEY, email text NOT NULL, "
                       f"no_hp varchar(20), saldo numeric(12, 2))"))
        c.execute(text(f"COMMENT ON COLUMN {schema}.pelanggan.email IS 'alamat email pelanggan'"))
        c.execute(text(f"CREATE VIEW {schema}.kontak AS SELECT email, no_hp FROM {schema}.pelanggan"))
        c.execute(text(f"INSERT INTO {schema}.pelanggan (email, no_hp) SELECT 'user' || i || '@example.com', "
                       f"'0812-0000-' || lpad(i::text, 4, '0') FROM generate_series(1, 2000) AS i"))
        c.execute(text(f"ANALYZE {schema}.pelanggan"))
        c.execute(text(f"CREATE TABLE public.{public_table} (kode text)"))
        c.execute(text(f"CREATE TABLE {schema}.log_akses (waktu date, ip inet) PARTITION BY RANGE (waktu)"))
        for month in ("01", "02"):
            c.execute(text(f"CREATE TABLE {schema}.log_akses_2026_{month} PARTITION OF {schema}.log_akses "
                           f"FOR VALUES FROM ('2026-{month}-01') TO ('2026-{month}-28')"))
    yield {"schema": schema, "public_table": public_table, "admin": admin, "tag": tag}
    with admin.connect() as c:
        c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        c.execute(text(f"DROP TABLE public.{public_table}"))
        c.execute(text(f"DROP ROLE IF EXISTS laci_r_{tag}"))
    admin.dispose()


@pytest.fixture
def maria():
    """A table in the MariaDB test database and a second database of its own; dropped afterwards."""
    admin = admin_or_skip(MARIADB_URL, "MariaDB")
    tag = uuid.uuid4().hex[:8]
    other, table = f"laci_t_{tag}", f"laci_t_{tag}_pelanggan"
    with admin.connect() as c:
        c.execute(text(f"CREATE TABLE {table} (id BIGINT PRIMARY KEY AUTO_INCREMENT, "
                       f"email VARCHAR(255) NOT NULL COMMENT 'alamat email pelanggan', no_hp VARCHAR(20))"))
        c.execute(text(f"CREATE VIEW {table}_kontak AS SELECT email FROM {table}"))
        c.execute(text(f"INSERT INTO {table} (email, no_hp) SELECT concat('user', seq, '@example.com'), "
                       f"concat('0812-0000-', lpad(seq, 4, '0')) FROM seq_1_to_300"))
        c.execute(text(f"CREATE DATABASE {other}"))
        c.execute(text(f"CREATE TABLE {other}.alamat (kode_pos CHAR(5))"))
    yield {"database": other, "table": table, "admin": admin, "tag": tag}
    with admin.connect() as c:
        c.execute(text(f"DROP VIEW {table}_kontak"))
        c.execute(text(f"DROP TABLE {table}"))
        c.execute(text(f"DROP DATABASE {other}"))
        c.execute(text(f"DROP USER IF EXISTS 'laci_r_{tag}'@'%'"))
    admin.dispose()


@pytest.fixture
def statements():
    """Every SQL statement any engine sends while the test runs."""
    sent: list[str] = []

    def record(_conn, _cursor, statement, _parameters, _context, _executemany):
        sent.append(statement)

    event.listen(sqlalchemy.Engine, "before_cursor_execute", record)
    yield sent
    event.remove(sqlalchemy.Engine, "before_cursor_execute", record)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_user(url: str, user: str, database: str | None = None) -> str:
    changed = sqlalchemy.engine.make_url(url).set(username=user)
    return changed.set(database=database).render_as_string() if database else changed.render_as_string()


def _assert_password_hidden(inventory, tmp_path, monkeypatch, kind, url, password, more_keys=""):
    """Scan and audit `url`, its password in the environment, beside the same URL on a closed port:
    the password is in neither the CLI output, the JSON report nor the inventory database."""
    monkeypatch.setenv("LACI_TEST_PASSWORD", password)
    down = sqlalchemy.engine.make_url(url).set(port=_closed_port()).render_as_string()
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write(f"  - {{name: crm, kind: {kind}, url: '{url}', password_env: LACI_TEST_PASSWORD, "
                     f"owner: tim-crm{more_keys}}}\n"
                     f"  - {{name: crm_down, kind: {kind}, url: '{down}', password_env: LACI_TEST_PASSWORD, "
                     f"owner: tim-crm}}\n")
    db = tmp_path / "live.db"
    runner = CliRunner()
    scanned = runner.invoke(app, ["scan", "-i", str(inventory), "--db", str(db)])
    report = runner.invoke(app, ["audit", "-i", str(inventory), "--db", str(db), "--format", "json"])
    assert scanned.exit_code == 0 and report.exit_code == 0, scanned.output + report.output
    findings = json.loads(report.output)
    assert any(f["source"] == "crm" and f["rule"].startswith("unregistered") for f in findings), "the live source was read"
    down_findings = [f for f in findings if f["rule"] == "source-unreadable"]
    assert len(down_findings) == 1 and "Connection refused" in down_findings[0]["message"]
    assert "unreadable: crm_down:" in scanned.output
    for text_out in (scanned.output, report.output, db.read_bytes().decode("utf-8", "replace")):
        assert password not in text_out
    assert url.encode() in db.read_bytes()


# --- PostgreSQL -------------------------------------------------------------------------------

def test_postgres_reflects_tables_views_types_and_comments(pg):
    schema = pg["schema"]
    source = _source("postgres", POSTGRES_URL, schemas=(schema, "public"))
    fields = {(f.table, f.name): f for f in postgres.scan(source, None)}
    email = fields[(f"{schema}.pelanggan", "email")]
    assert (email.data_type, email.comment, email.source, email.file) == ("TEXT", "alamat email pelanggan", "live_postgres", None)
    assert fields[(f"{schema}.pelanggan", "no_hp")].data_type == "VARCHAR(20)"
    assert fields[(f"{schema}.pelanggan", "saldo")].data_type == "NUMERIC(12, 2)"
    assert {name for table, name in fields if table == f"{schema}.kontak"} == {"email", "no_hp"}
    assert (pg["public_table"], "kode") in fields, "tables of the default schema are not schema-qualified"
    without_views = {f.table for f in postgres.scan(_source("postgres", POSTGRES_URL, schemas=(schema,), include_views=False), None)}
    assert without_views == {f"{schema}.pelanggan", f"{schema}.log_akses"}, "partitions are left to their parent"
    assert (f"{schema}.log_akses", "ip") in fields and fields[(f"{schema}.log_akses", "ip")].data_type == "INET"


def test_postgres_default_scans_every_user_schema_but_not_the_catalog(pg):
    tables = {f.table for f in postgres.scan(_source("postgres", POSTGRES_URL), None)}
    assert {f"{pg['schema']}.pelanggan", f"{pg['schema']}.kontak", pg["public_table"]} <= tables
    assert not any(t.startswith(("pg_catalog.", "information_schema.")) for t in tables)


def test_postgres_names_tables_like_the_ddl_source_whatever_the_search_path(pg, statements):
    role = f"laci_r_{pg['tag']}"
    with pg["admin"].connect() as c:
        c.execute(text(f"CREATE ROLE {role} LOGIN"))
        c.execute(text(f"ALTER ROLE {role} SET search_path TO {pg['schema']}, public"))
        c.execute(text(f"GRANT USAGE ON SCHEMA {pg['schema']} TO {role}"))
        c.execute(text(f"GRANT SELECT ON {pg['schema']}.pelanggan TO {role}"))
        c.execute(text(f"GRANT SELECT ON public.{pg['public_table']} TO {role}"))
    source = _source("postgres", _as_user(POSTGRES_URL, role), schemas=(pg["schema"], "public"))
    fields = [f for f in postgres.scan(source, None) if f.name in ("kode", "email")]
    assert {f.table for f in fields} >= {pg["public_table"], f"{pg['schema']}.pelanggan"}
    mine = [f for f in fields if f.table in (pg["public_table"], f"{pg['schema']}.pelanggan")]
    statements.clear()
    assert [len(values) for _f, values in postgres.sample(source, None, mine, 3)] == [3, 0]
    assert any(f'public.{pg["public_table"]}' in s for s in statements), "unqualified means public, not the search path"


def test_postgres_foreign_keys_name_tables_like_the_scan(pg):
    schema, public_table = pg["schema"], pg["public_table"]
    with pg["admin"].connect() as c:
        c.execute(text(f"ALTER TABLE public.{public_table} ADD PRIMARY KEY (kode)"))
        c.execute(text(f"ALTER TABLE public.{public_table} ADD COLUMN pelanggan_id bigint REFERENCES {schema}.pelanggan"))
        c.execute(text(f"CREATE TABLE {schema}.pesanan (id int, pembeli bigint REFERENCES {schema}.pelanggan (id), "
                       f"kode text, CONSTRAINT fk_kode FOREIGN KEY (kode) REFERENCES public.{public_table} (kode))"))
    source = _source("postgres", POSTGRES_URL, schemas=(schema, "public"))
    scanned = list(postgres.scan(source, None))
    references = {(f.table, f.name): f.references for f in scanned if f.references}
    keys = {(f.table, f.name) for f in scanned if f.primary_key and f.table in (public_table, f"{schema}.pelanggan",
                                                                              f"{schema}.pesanan")}
    assert keys == {(public_table, "kode"), (f"{schema}.pelanggan", "id")}
    assert references == {
        (f"{schema}.pesanan", "pembeli"): f"{schema}.pelanggan.id",
        (f"{schema}.pesanan", "kode"): f"{public_table}.kode",
        (public_table, "pelanggan_id"): f"{schema}.pelanggan.id",
    }


def test_postgres_missing_schema_is_a_source_error(pg):
    with pytest.raises(SourceError, match="no schema named nope_"):
        list(postgres.scan(_source("postgres", POSTGRES_URL, schemas=("nope_" + pg["tag"],)), None))


def test_postgres_session_is_read_only_with_a_statement_timeout(pg):
    source = _source("postgres", POSTGRES_URL, statement_timeout=1.5)
    with database.connect(source, postgres.POSTGRES) as connection:
        assert connection.execute(text("SHOW transaction_read_only")).scalar() == "on"
        assert connection.execute(text("SHOW statement_timeout")).scalar() == "1500ms"
        with pytest.raises(sqlalchemy.exc.InternalError, match="read-only transaction"):
            connection.execute(text(f"DELETE FROM {pg['schema']}.pelanggan"))
        connection.rollback()
        with pytest.raises(sqlalchemy.exc.OperationalError, match="statement timeout"):
            connection.execute(text("SELECT pg_sleep(3)"))


def test_postgres_sample_reads_at_most_limit_rows_read_only(pg, statements, monkeypatch):
    schema = pg["schema"]
    source = _source("postgres", POSTGRES_URL, schemas=(schema,))
    fields = [f for f in postgres.scan(source, None) if f.name in ("email", "no_hp", "saldo")]
    statements.clear()
    monkeypatch.setattr(postgres, "TABLESAMPLE_ABOVE_ROWS", 500)
    sampled = list(postgres.sample(source, None, fields, 7))
    assert [f.name for f, _ in sampled] == [f.name for f in fields]
    for found, values in sampled:
        if found.name == "saldo":
            assert values == [], "NULLs are not handed to the detectors"
        else:
            assert 1 <= len(values) <= 7
    assert all("@example.com" in v for f, values in sampled if f.name == "email" for v in values)
    assert not [s for s in statements if WRITES.match(s)]
    queries = [s for s in statements if "pelanggan" in s]
    assert queries and all("LIMIT" in q for q in queries)
    assert any("TABLESAMPLE system" in q for q in queries), "a table above the threshold is block-sampled"


def test_postgres_password_reaches_no_output(pg, inventory, tmp_path, monkeypatch):
    role, password = f"laci_r_{pg['tag']}", f"Pw-{uuid.uuid4().hex}"
    with pg["admin"].connect() as c:
        c.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
        c.execute(text(f"GRANT USAGE ON SCHEMA {pg['schema']} TO {role}"))
    url = _as_user(POSTGRES_URL, role)
    _assert_password_hidden(inventory, tmp_path, monkeypatch, "postgres", url, password, f", schemas: [{pg['schema']}]")


def test_unreachable_server_is_a_source_unreadable_finding(inventory):
    port = _closed_port()
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write(f"  - {{name: gudang, kind: postgres, url: 'postgresql://postgres@127.0.0.1:{port}/x', owner: tim-data}}\n"
                     f"  - {{name: toko, kind: mysql, url: 'mysql://root@127.0.0.1:{port}/x', owner: tim-data}}\n")
    run = audit_inventory(inventory, None)
    unreadable = {f.source: f.message for f in run.result.findings if f.rule == "source-unreadable"}
    assert set(unreadable) == {"gudang", "toko"}
    assert f"127.0.0.1:{port}" in unreadable["gudang"] and "Connection refused" in unreadable["gudang"]
    assert "Can't connect" in unreadable["toko"]
    assert len(run.result.scans[0].fields) == 4, "the other sources are still scanned"


def test_a_server_that_never_answers_times_out_cleanly():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # the kernel completes the TCP handshake; nobody ever speaks
        url = f"postgresql://postgres@127.0.0.1:{silent.getsockname()[1]}/test"
        started = time.monotonic()
        with pytest.raises(SourceError, match="cannot connect: .*timeout expired"):
            list(postgres.scan(_source("postgres", url, timeout=2), None))
    assert time.monotonic() - started < 6


def test_password_in_url_is_a_declaration_error_that_does_not_repeat_it(inventory):
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {name: gudang, kind: postgres, url: 'postgresql://app:Rahasia99@db/x', owner: tim-data}\n")
    result = CliRunner().invoke(app, ["audit", "-i", str(inventory)])
    assert result.exit_code == 2
    assert "must not contain a password" in result.output and "Rahasia99" not in result.output


def test_unset_password_variable_is_named_in_the_finding(inventory, monkeypatch):
    monkeypatch.delenv("LACI_TEST_NOT_SET", raising=False)
    with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {name: gudang, kind: mysql, url: 'mysql://app@127.0.0.1/x', password_env: LACI_TEST_NOT_SET, "
                     "owner: tim-data}\n")
    [finding] = [f for f in audit_inventory(inventory, None).result.findings if f.rule == "source-unreadable"]
    assert "environment variable LACI_TEST_NOT_SET (password_env) is not set" in finding.message


def test_shown_urls_never_carry_a_password():
    assert url_without_password("postgresql+psycopg2://app:s3cret@db:5432/x?sslmode=require") == (
        "postgresql+psycopg2://app@db:5432/x?sslmode=require")
    assert url_without_password("mysql://app@db/x") == "mysql://app@db/x"
    assert _source("postgres", "postgresql://app:s3cret@db/x").location == "postgresql://app@db/x"
    assert url_without_password("postgresql://app@db/x?sslpassword=TOP&sslmode=require&api_token=T") == (
        "postgresql://app@db/x?sslmode=require")


@pytest.mark.parametrize("options, message", [
    ({"url": "mysql://u@h/x"}, "must start with postgresql://"),
    ({"url": "postgresql://u@h/x?password=abc"}, "must not contain a password"),
    ({"url": "postgresql://u@h/x?sslpassword=abc"}, "must not contain a password"),
    ({"url": "postgresql://u@h/x", "password_env": "not a name"}, "'password_env' must be the name"),
    ({"url": "postgresql://u@h/x", "timeout": 0}, "'timeout' must be a number of seconds"),
    ({"url": "postgresql://u@h/x", "include_views": "yes"}, "'include_views' must be true or false"),
])
def test_postgres_declaration_checks(options, message):
    assert message in postgres.validate(Source(name="gudang", kind="postgres", owner="tim-data", options=options))


# --- MariaDB / MySQL --------------------------------------------------------------------------

def test_mysql_reflects_the_url_database_unqualified_and_others_qualified(maria):
    table, other = maria["table"], maria["database"]
    fields = {(f.table, f.name): f for f in mysql.scan(_source("mysql", MARIADB_URL), None)}
    email = fields[(table, "email")]
    assert (email.data_type, email.comment) == ("VARCHAR(255)", "alamat email pelanggan")
    assert (f"{table}_kontak", "email") in fields
    assert not any(t == f"{other}.alamat" for t, _ in fields), "only the URL's database by default"
    both = {(f.table, f.name) for f in mysql.scan(_source("mysql", MARIADB_URL, schemas=(sqlalchemy.engine.make_url(MARIADB_URL).database, other)), None)}
    assert {(table, "no_hp"), (f"{other}.alamat", "kode_pos")} <= both


def test_mysql_foreign_keys_name_tables_like_the_scan(maria):
    table, other = maria["table"], maria["database"]
    here = sqlalchemy.engine.make_url(MARIADB_URL).database
    with maria["admin"].connect() as c:
        c.execute(text(f"ALTER TABLE {other}.alamat ADD PRIMARY KEY (kode_pos)"))
        c.execute(text(f"CREATE TABLE {other}.pesanan (id INT, pembeli BIGINT, "
                       f"CONSTRAINT fk_pembeli FOREIGN KEY (pembeli) REFERENCES {here}.{table} (id))"))
        c.execute(text(f"CREATE TABLE {table}_kirim (kode_pos CHAR(5), pelanggan BIGINT, "
                       f"FOREIGN KEY (kode_pos) REFERENCES {other}.alamat (kode_pos), FOREIGN KEY (pelanggan) REFERENCES {table} (id))"))
    try:
        source = _source("mysql", MARIADB_URL, schemas=(here, other))
        scanned = list(mysql.scan(source, None))
        references = {(f.table, f.name): f.references for f in scanned if f.references}
        keys = {(f.table, f.name) for f in scanned if f.primary_key and f.table.startswith((table, f"{other}."))}
    finally:
        with maria["admin"].connect() as c:
            c.execute(text(f"DROP TABLE {table}_kirim, {other}.pesanan"))
    assert (f"{other}.alamat", "kode_pos") in keys and (f"{other}.pesanan", "id") not in keys
    assert references == {
        (f"{other}.pesanan", "pembeli"): f"{table}.id",
        (f"{table}_kirim", "kode_pos"): f"{other}.alamat.kode_pos",
        (f"{table}_kirim", "pelanggan"): f"{table}.id",
    }


def test_mysql_session_is_read_only(maria):
    with database.connect(_source("mysql", MARIADB_URL, statement_timeout=2), mysql.MYSQL) as connection:
        assert connection.execute(text("SELECT @@session.tx_read_only")).scalar() == 1
        assert float(connection.execute(text("SELECT @@session.max_statement_time")).scalar()) == 2.0
        with pytest.raises(sqlalchemy.exc.OperationalError, match="READ ONLY"):
            connection.execute(text(f"DELETE FROM {maria['table']}"))


def test_mysql_sample_reads_at_most_limit_rows_read_only(maria, statements):
    source = _source("mysql", MARIADB_URL)
    fields = [f for f in mysql.scan(source, None) if f.table == maria["table"]]
    statements.clear()
    sampled = dict((f.name, values) for f, values in mysql.sample(source, None, fields, 4))
    assert set(sampled) == {"id", "email", "no_hp"}
    assert all(len(values) == 4 for values in sampled.values())
    assert not [s for s in statements if WRITES.match(s)]
    assert [s for s in statements if maria["table"] in s and "LIMIT" in s]


def test_mysql_password_reaches_no_output(maria, inventory, tmp_path, monkeypatch):
    user, password = f"laci_r_{maria['tag']}", f"Pw-{uuid.uuid4().hex}"
    with maria["admin"].connect() as c:
        c.execute(text(f"CREATE USER '{user}'@'%' IDENTIFIED BY '{password}'"))
        c.execute(text(f"GRANT SELECT ON {maria['database']}.* TO '{user}'@'%'"))
    url = _as_user(MARIADB_URL, user, maria["database"])
    _assert_password_hidden(inventory, tmp_path, monkeypatch, "mysql", url, password)


def test_mysql_wrong_password_is_a_finding_without_the_password(maria, monkeypatch):
    monkeypatch.setenv("LACI_TEST_MY_PASSWORD", "Salah-123")
    source = _source("mysql", MARIADB_URL, password_env="LACI_TEST_MY_PASSWORD")
    with pytest.raises(SourceError) as raised:
        list(mysql.scan(source, None))
    assert "Access denied" in str(raised.value) and "Salah-123" not in str(raised.value)


def test_a_driver_message_quoting_the_password_is_withheld_whole(monkeypatch):
    from laci_audit.sources.database import _scrubbed

    monkeypatch.setenv("LACI_TEST_SHORT_PASSWORD", "s")
    source = _source("postgres", "postgresql://app@127.0.0.1:1/x", password_env="LACI_TEST_SHORT_PASSWORD")
    message = _scrubbed(source, "connection to server at 127.0.0.1 refused; is the server running?")
    assert message == "the driver's message is withheld because it contains the password"
    assert _scrubbed(source, "timeout expired") == "timeout expired"
