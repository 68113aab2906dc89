"""Live databases whose catalogue is unchanged are not reflected again: against the real PostgreSQL
and MariaDB servers (skipped when none answers, an error in CI where LACI_AUDIT_REQUIRE_DATABASES=1)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from helpers import MARIADB_URL, POSTGRES_URL, admin_or_skip
from sqlalchemy import text

from laci_audit.records import Source
from laci_audit.sources import mysql, postgres
from laci_audit.sources.fields_cache import READS


@pytest.fixture
def pg_schema():
    """A schema of its own in the PostgreSQL test database, with keys, a comment and a view."""
    admin = admin_or_skip(POSTGRES_URL, "PostgreSQL")
    schema = f"laci_c_{uuid.uuid4().hex[:8]}"
    with admin.connect() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
        c.execute(text(f"CREATE TABLE {schema}.pelanggan (id bigserial PRIMARY KEY, email text NOT NULL)"))
        c.execute(text(f"CREATE TABLE {schema}.pesanan (id bigserial PRIMARY KEY, "
                       f"pelanggan_id bigint REFERENCES {schema}.pelanggan (id), total numeric(12, 2))"))
        c.execute(text(f"COMMENT ON COLUMN {schema}.pelanggan.email IS 'alamat email'"))
        c.execute(text(f"CREATE VIEW {schema}.kontak AS SELECT email FROM {schema}.pelanggan"))
    yield admin, schema
    with admin.connect() as c:
        c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def maria_database():
    """A database of its own on the MariaDB server, with keys and a comment."""
    admin = admin_or_skip(MARIADB_URL, "MariaDB")
    database = f"laci_c_{uuid.uuid4().hex[:8]}"
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {database}"))
        c.execute(text(f"CREATE TABLE {database}.pelanggan (id BIGINT PRIMARY KEY, "
                       f"email VARCHAR(255) NOT NULL COMMENT 'alamat email')"))
        c.execute(text(f"CREATE TABLE {database}.pesanan (id BIGINT PRIMARY KEY, pelanggan_id BIGINT, "
                       f"FOREIGN KEY (pelanggan_id) REFERENCES {database}.pelanggan (id))"))
    yield admin, database
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE {database}"))
    admin.dispose()


def scanned(module, source: Source, inventory: Path) -> tuple[list, str]:
    """The fields a scan yields, and whether they were reflected ("read") or came from the cache."""
    before = READS.copy()
    fields = list(module.scan(source, inventory))
    [(_kind, origin)] = [key for key in READS if READS[key] != before[key]]
    return fields, origin


def each_change_read_again(admin, module, source: Source, inventory: Path, first: list, changes) -> list:
    """Make each change to the live catalogue in turn: the next scan reflects it again (the same
    fields as a fresh read, not the ones before) and the one after comes from the cache. Returns
    the last fields."""
    for change in changes:
        with admin.connect() as c:
            c.execute(text(change))
        fields, origin = scanned(module, source, inventory)
        assert origin == "read", change
        assert fields == list(module.scan(source, None)) and fields != first
        assert scanned(module, source, inventory) == (fields, "cache")
        first = fields
    return first


def test_an_unchanged_postgres_schema_is_not_reflected_again(pg_schema, tmp_path):
    admin, schema = pg_schema
    source = Source(name="crm", kind="postgres", owner="tim-crm", options={"url": POSTGRES_URL, "schemas": (schema,)})
    first, origin = scanned(postgres, source, tmp_path)
    assert origin == "read" and len(first) == 6  # pelanggan 2, pesanan 3, the view kontak 1
    assert {(f.table, f.name, f.references) for f in first if f.references} == {
        (f"{schema}.pesanan", "pelanggan_id", f"{schema}.pelanggan.id")}
    assert scanned(postgres, source, tmp_path) == (first, "cache")
    assert list(postgres.scan(source, None)) == first  # a fresh read, no cache

    last = each_change_read_again(admin, postgres, source, tmp_path, first, (
        f"ALTER TABLE {schema}.pesanan ADD COLUMN alamat_kirim text",
        f"ALTER TABLE {schema}.pesanan ALTER COLUMN total TYPE numeric(14, 2)",
        f"COMMENT ON COLUMN {schema}.pesanan.total IS 'jumlah bayar'",
        f"ALTER TABLE {schema}.pesanan DROP CONSTRAINT pesanan_pelanggan_id_fkey"))
    assert not any(f.references for f in last)
    cache_text = (tmp_path / ".laci-cache" / "postgres" / "crm.json").read_text()
    assert json.loads(cache_text)["value"]["fields"]


def test_a_changed_mariadb_database_is_reflected_again(maria_database, tmp_path):
    admin, database = maria_database
    source = Source(name="toko", kind="mysql", owner="tim-toko", options={"url": MARIADB_URL, "schemas": (database,)})
    first, origin = scanned(mysql, source, tmp_path)
    assert origin == "read" and {(f.table, f.name) for f in first} >= {
        (f"{database}.pelanggan", "email"), (f"{database}.pesanan", "pelanggan_id")}
    assert scanned(mysql, source, tmp_path) == (first, "cache")
    each_change_read_again(admin, mysql, source, tmp_path, first, (
        f"ALTER TABLE {database}.pesanan ADD COLUMN catatan TEXT",
        f"ALTER TABLE {database}.pelanggan MODIFY email VARCHAR(320) NOT NULL COMMENT 'alamat email'",
        f"ALTER TABLE {database}.pelanggan MODIFY email VARCHAR(320) NOT NULL COMMENT 'surel'"))
