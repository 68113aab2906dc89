"""Shared fixtures: the real policy, and small real inventories written to tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import MY_DUMP_DATABASE, PG_DUMP_DATABASE, PLANTED_VALUES, POLICY_TEXT, write

from laci_audit.policy.text import import_policy


@pytest.fixture
def policy_text() -> str:
    return POLICY_TEXT.read_text(encoding="utf-8")


@pytest.fixture
def inventory(tmp_path: Path, monkeypatch) -> Path:
    """A small inventory: one postgres DDL source with its registrations and the real policy."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "inventory"
    shutil.copy(POLICY_TEXT, tmp_path / "kebijakan-privasi.txt")
    import_policy(tmp_path / "kebijakan-privasi.txt", root / "policy" / "taxonomy.yaml")
    write(root / "sources.yaml", """
        sources:
          - name: akun
            kind: ddl
            dialect: postgres
            path: schemas/akun/*.sql
            owner: tim-akun
            purposes: [B.1]
            data_subjects: [pembeli, penjual]
            legal_basis: [contract]
            retention: until the account is closed
            recipients: []
        """)
    write(root / "schemas" / "akun" / "001_users.sql", """
        CREATE TABLE users (
          id BIGSERIAL PRIMARY KEY,
          email VARCHAR(255) NOT NULL,
          created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
          status TEXT NOT NULL
        );
        """)
    write(root / "fields" / "akun.yaml", """
        # registrations of the akun source
        source: akun
        tables:
          users:
            purposes: [B.3.4]
            fields:
              id: {personal: false, reason: surrogate key}
              email: {categories: [A.1.1], purposes: [B.3.6]}
              created_at: {categories: [A.2.2]}
              status: {personal: false, reason: account state flag}
        """)
    return root


# --- real dumps made by the real tools ------------------------------------------------------
PG_DUMP_SCHEMA = f"""
CREATE TABLE member (member_id bigint GENERATED ALWAYS AS IDENTITY, email text NOT NULL, nama text,
                     no_hp varchar(20));
ALTER TABLE member ADD PRIMARY KEY (member_id);
COMMENT ON COLUMN member.no_hp IS 'nomor HP pelanggan';
CREATE SCHEMA toko;
CREATE TABLE toko.pesanan (id serial PRIMARY KEY, member_id bigint REFERENCES member, alamat_kirim text,
                           tags text[] DEFAULT '{{}}', dibuat timestamptz DEFAULT now());
CREATE VIEW kontak AS SELECT email, no_hp FROM member;
CREATE MATERIALIZED VIEW jumlah_pesanan AS SELECT member_id, count(*) AS jumlah FROM toko.pesanan GROUP BY member_id;
CREATE FUNCTION toko.sentuh() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.dibuat = now(); RETURN NEW; END; $$;
CREATE TRIGGER pesanan_sentuh BEFORE INSERT ON toko.pesanan FOR EACH ROW EXECUTE FUNCTION toko.sentuh();
CREATE TABLE log_akses (waktu date NOT NULL, ip inet) PARTITION BY RANGE (waktu);
CREATE TABLE log_akses_2026 PARTITION OF log_akses FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX member_email ON member (lower(email));
INSERT INTO member (email, nama, no_hp) VALUES ('{PLANTED_VALUES[1]}', '{PLANTED_VALUES[0]}', '{PLANTED_VALUES[3]}');
INSERT INTO toko.pesanan (member_id, alamat_kirim) VALUES (1, '{PLANTED_VALUES[2]}; it''s a tab\tand a newline
inside');
INSERT INTO log_akses VALUES ('2026-03-01', '10.1.2.3');
"""

MY_DUMP_SCHEMA = f"""
CREATE TABLE member (member_id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, email varchar(255) NOT NULL UNIQUE,
  nama varchar(100), no_hp varchar(20) COMMENT 'nomor HP pelanggan') ENGINE=InnoDB;
CREATE TABLE pesanan (id int NOT NULL AUTO_INCREMENT, member_id bigint, alamat_kirim text, total decimal(12,2),
  dibuat datetime DEFAULT current_timestamp(), PRIMARY KEY (id),
  CONSTRAINT fk_pesanan_member FOREIGN KEY (member_id) REFERENCES member (member_id)) ENGINE=InnoDB;
CREATE TABLE lokasi (id int NOT NULL PRIMARY KEY, titik point NOT NULL, SPATIAL KEY titik (titik)) ENGINE=InnoDB;
CREATE TABLE log_akses (id int NOT NULL, waktu date NOT NULL, ip varchar(45), PRIMARY KEY (id, waktu))
  PARTITION BY RANGE (year(waktu)) (PARTITION p2025 VALUES LESS THAN (2026), PARTITION pmax VALUES LESS THAN MAXVALUE);
CREATE VIEW kontak AS SELECT email, no_hp FROM member;
DELIMITER ;;
CREATE TRIGGER pesanan_total BEFORE INSERT ON pesanan FOR EACH ROW BEGIN
  IF NEW.total IS NULL THEN SET NEW.total = 0; END IF;
END;;
CREATE PROCEDURE hapus_member(IN target bigint) BEGIN DELETE FROM pesanan WHERE member_id = target; END;;
DELIMITER ;
INSERT INTO member (email, nama, no_hp) VALUES ('{PLANTED_VALUES[1]}', '{PLANTED_VALUES[0]}', '{PLANTED_VALUES[3]}');
INSERT INTO pesanan (member_id, alamat_kirim) VALUES (1, '{PLANTED_VALUES[2]}; it\\'s a quote');
INSERT INTO lokasi VALUES (1, POINT(106.8, -6.2));
INSERT INTO log_akses VALUES (1, '2026-03-01', '10.1.2.3');
"""


def _tool_or_skip(*names: str) -> None:
    import os

    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        reason = f"{', '.join(missing)} not installed"
        if os.environ.get("LACI_AUDIT_REQUIRE_DATABASES") == "1":
            pytest.fail(f"{reason}; CI requires it (LACI_AUDIT_REQUIRE_DATABASES=1)")
        pytest.skip(reason)


def _run_or_skip(command: list[str], what: str, stdin: str | None = None) -> bytes:
    """Run a database client; a server that does not answer skips the test (fails it in CI).
    Its output as bytes: mysqldump writes spatial values as raw binary."""
    import os
    import subprocess

    done = subprocess.run(command, input=stdin.encode("utf-8") if stdin else None, capture_output=True, timeout=120)
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip()
        reason = f"{what} failed: {error.splitlines()[-1] if error else done.returncode}"
        if os.environ.get("LACI_AUDIT_REQUIRE_DATABASES") == "1":
            pytest.fail(f"{reason}; CI requires it (LACI_AUDIT_REQUIRE_DATABASES=1)")
        pytest.skip(reason)
    return done.stdout


@pytest.fixture(scope="session")
def real_dumps(tmp_path_factory) -> dict[str, Path]:
    """pg_dump of a PostgreSQL database and mysqldump of a MariaDB one, both with rows, made by the
    real tools from databases created here (and dropped afterwards)."""
    _tool_or_skip("psql", "pg_dump", "mariadb", "mysqldump")
    folder = tmp_path_factory.mktemp("dumps")
    pg = ["--host=127.0.0.1", "--port=5432", "--username=postgres"]
    my = ["--host=127.0.0.1", "--port=3306", "--user=root"]
    _run_or_skip(["psql", *pg, "--quiet", "--dbname=postgres", "-v", "ON_ERROR_STOP=1", "-c",
                  f"DROP DATABASE IF EXISTS {PG_DUMP_DATABASE}", "-c", f"CREATE DATABASE {PG_DUMP_DATABASE}"],
                 "creating the PostgreSQL test database")
    _run_or_skip(["psql", *pg, "--quiet", f"--dbname={PG_DUMP_DATABASE}", "-v", "ON_ERROR_STOP=1"],
                 "filling the PostgreSQL test database", PG_DUMP_SCHEMA)
    (folder / "pg_dump.sql").write_bytes(_run_or_skip(["pg_dump", *pg, PG_DUMP_DATABASE], "pg_dump"))
    _run_or_skip(["mariadb", *my], "creating the MariaDB test database",
                 f"DROP DATABASE IF EXISTS {MY_DUMP_DATABASE}; CREATE DATABASE {MY_DUMP_DATABASE};")
    _run_or_skip(["mariadb", *my, MY_DUMP_DATABASE], "filling the MariaDB test database", MY_DUMP_SCHEMA)
    (folder / "mysqldump.sql").write_bytes(
        _run_or_skip(["mysqldump", *my, "--routines", "--triggers", MY_DUMP_DATABASE], "mysqldump"))
    yield {"pg_dump": folder / "pg_dump.sql", "mysqldump": folder / "mysqldump.sql"}
    _run_or_skip(["psql", *pg, "--quiet", "--dbname=postgres", "-c", f"DROP DATABASE IF EXISTS {PG_DUMP_DATABASE}"],
                 "dropping the PostgreSQL test database")
    _run_or_skip(["mariadb", *my], "dropping the MariaDB test database", f"DROP DATABASE IF EXISTS {MY_DUMP_DATABASE};")
