"""The ddl source: real SQL files in several dialects, read through sqlglot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from laci_audit.errors import SourceError
from laci_audit.records import Field, Source
from laci_audit.sources.ddl import scan


def ddl_source(dialect: str, path: str = "sql/*.sql") -> Source:
    return Source(name="shop", kind="ddl", owner="team-shop", options={"path": path, "dialect": dialect})


def write_sql(root: Path, files: dict[str, str | bytes]) -> None:
    (root / "sql").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        target = root / "sql" / name
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")


def rows(fields: list[Field]) -> list[tuple]:
    return sorted((f.table, f.name, f.data_type, f.file, f.line, f.comment) for f in fields)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


POSTGRES = """\
-- accounts of the marketplace
CREATE TABLE public.users (
    id BIGSERIAL PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    "Nama Lengkap" TEXT DEFAULT '',
    age INT CHECK (age >= 13),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT users_email_key UNIQUE (email),
    CHECK (age < 150)
);

CREATE TABLE akun.addresses (
    id SERIAL,
    user_id BIGINT NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
    street TEXT,
    tags TEXT[],
    PRIMARY KEY (id),
    FOREIGN KEY (user_id) REFERENCES users (id)
);
COMMENT ON COLUMN public.users.email IS 'login email';
COMMENT ON COLUMN akun.addresses.street IS 'alamat pengiriman';
"""

MYSQL = """\
CREATE TABLE `orders` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `buyer_phone` VARCHAR(20) NOT NULL COMMENT 'nomor HP pembeli',
  `total` DECIMAL(12,2) NOT NULL DEFAULT 0.00,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_buyer_phone` (`buyer_phone`),
  CONSTRAINT `fk_orders_users` FOREIGN KEY (`id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='pesanan';
ALTER TABLE `orders` ADD COLUMN `note` TEXT COMMENT 'catatan pembeli' AFTER `total`;
"""

SQLITE = """\
CREATE TABLE "user profiles" (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  nik TEXT NOT NULL UNIQUE,
  [birth date] DATE,
  avatar BLOB,
  UNIQUE (nik, id)
);
CREATE TABLE main.sessions (token, user_id INTEGER REFERENCES "user profiles"(id));
"""

BIGQUERY = """\
CREATE TABLE `proj.analytics.events` (
  user_id STRING NOT NULL,
  ip_address STRING,
  device STRUCT<model STRING, os STRING>,
  tags ARRAY<STRING>,
  ts TIMESTAMP
)
PARTITION BY DATE(ts);
CREATE TABLE analytics.sessions (id INT64, started_at TIMESTAMP);
"""

TSQL = """\
CREATE TABLE dbo.Customers (
    CustomerID BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [Email Address] NVARCHAR(255) NOT NULL,
    Phone NVARCHAR(30) NULL,
    CONSTRAINT UQ_Customers_Phone UNIQUE (Phone)
);
GO
CREATE TABLE sales.Orders (
    OrderID BIGINT NOT NULL,
    CustomerID BIGINT FOREIGN KEY REFERENCES dbo.Customers(CustomerID),
    PlacedAt DATETIME2 NOT NULL
)
GO
"""


@pytest.mark.parametrize(
    ("dialect", "sql", "expected"),
    [
        pytest.param("postgres", POSTGRES, [
            ("akun.addresses", "id", "SERIAL", 13, ""),
            ("akun.addresses", "street", "TEXT", 15, "alamat pengiriman"),
            ("akun.addresses", "tags", "TEXT[]", 16, ""),
            ("akun.addresses", "user_id", "BIGINT", 14, ""),
            ("users", "Nama Lengkap", "TEXT", 5, ""),
            ("users", "age", "INT", 6, ""),
            ("users", "created_at", "TIMESTAMPTZ", 7, ""),
            ("users", "email", "VARCHAR(255)", 4, "login email"),
            ("users", "id", "BIGSERIAL", 3, ""),
        ], id="postgres"),
        pytest.param("mysql", MYSQL, [
            ("orders", "buyer_phone", "VARCHAR(20)", 3, "nomor HP pembeli"),
            ("orders", "created_at", "DATETIME", 5, ""),
            ("orders", "id", "BIGINT UNSIGNED", 2, ""),
            ("orders", "note", "TEXT", 10, "catatan pembeli"),
            ("orders", "total", "DECIMAL(12, 2)", 4, ""),
        ], id="mysql"),
        pytest.param("sqlite", SQLITE, [
            ("sessions", "token", "", 8, ""),
            ("sessions", "user_id", "INTEGER", 8, ""),
            ("user profiles", "avatar", "BLOB", 5, ""),
            ("user profiles", "birth date", "DATE", 4, ""),
            ("user profiles", "id", "INTEGER", 2, ""),
            ("user profiles", "nik", "TEXT", 3, ""),
        ], id="sqlite"),
        pytest.param("bigquery", BIGQUERY, [
            ("analytics.sessions", "id", "INT64", 9, ""),
            ("analytics.sessions", "started_at", "TIMESTAMP", 9, ""),
            ("proj.analytics.events", "device", "STRUCT<model STRING, os STRING>", 4, ""),
            ("proj.analytics.events", "ip_address", "STRING", 3, ""),
            ("proj.analytics.events", "tags", "ARRAY<STRING>", 5, ""),
            ("proj.analytics.events", "ts", "TIMESTAMP", 6, ""),
            ("proj.analytics.events", "user_id", "STRING", 2, ""),
        ], id="bigquery"),
        pytest.param("tsql", TSQL, [
            ("Customers", "CustomerID", "BIGINT", 2, ""),
            ("Customers", "Email Address", "NVARCHAR(255)", 3, ""),
            ("Customers", "Phone", "NVARCHAR(30)", 4, ""),
            ("sales.Orders", "CustomerID", "BIGINT", 10, ""),
            ("sales.Orders", "OrderID", "BIGINT", 9, ""),
            ("sales.Orders", "PlacedAt", "DATETIME2", 11, ""),
        ], id="tsql"),
    ],
)
def test_create_table_in_each_dialect(here: Path, dialect: str, sql: str, expected: list[tuple]) -> None:
    write_sql(here, {"001_schema.sql": sql})
    fields = list(scan(ddl_source(dialect), here))
    assert {f.source for f in fields} == {"shop"}
    assert rows(fields) == sorted(
        (table, name, data_type, "sql/001_schema.sql", line, comment)
        for table, name, data_type, line, comment in expected
    )


MIGRATIONS = {
    # written out of order on purpose: the scan applies them in name order
    "010_identity.sql": """\
-- KTP and tax numbers
ALTER TABLE users ADD COLUMN nik CHAR(16), ADD COLUMN npwp TEXT;
ALTER TABLE users DROP COLUMN npwp;
COMMENT ON COLUMN users.nik IS 'nomor induk kependudukan';
""",
    "001_create.sql": """\
CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    full_name TEXT,
    age INT
);
CREATE TABLE tmp_import (x INT);
CREATE TABLE legacy.carts (id INT, owner_email TEXT);
""",
    "002_alter.sql": """\
ALTER TABLE users ADD COLUMN phone VARCHAR(20);
ALTER TABLE users DROP COLUMN age;
ALTER TABLE public.users RENAME COLUMN full_name TO nama;
DROP TABLE IF EXISTS tmp_import, legacy.carts CASCADE;
""",
}


def test_migrations_apply_in_name_order(here: Path) -> None:
    write_sql(here, MIGRATIONS)
    assert rows(list(scan(ddl_source("postgres"), here))) == [
        ("users", "id", "BIGINT", "sql/001_create.sql", 2, ""),
        ("users", "nama", "TEXT", "sql/002_alter.sql", 3, ""),
        ("users", "nik", "CHAR(16)", "sql/010_identity.sql", 2, "nomor induk kependudukan"),
        ("users", "phone", "VARCHAR(20)", "sql/002_alter.sql", 1, ""),
    ]


def test_dropped_table_can_be_created_again(here: Path) -> None:
    write_sql(here, {
        "001.sql": "CREATE TABLE carts (id INT, owner_email TEXT);\n",
        "002.sql": "DROP TABLE carts;\nCREATE TABLE carts (\n  id INT,\n  buyer_id INT\n);\n",
    })
    assert rows(list(scan(ddl_source("postgres"), here))) == [
        ("carts", "buyer_id", "INT", "sql/002.sql", 4, ""),
        ("carts", "id", "INT", "sql/002.sql", 3, ""),
    ]


def test_single_file_path_and_absolute_glob(here: Path) -> None:
    write_sql(here, {"schema.sql": "CREATE TABLE t (a INT);\n"})
    for path in ["sql/schema.sql", str(here / "sql" / "*.sql")]:
        assert rows(list(scan(ddl_source("postgres", path), here))) == [("t", "a", "INT", "sql/schema.sql", 1, "")]


@pytest.mark.parametrize(
    ("broken", "fragment"),
    [
        pytest.param("CREATE TABLE b (\n  y INT,\n  z INT\n", "sql/b_broken.sql: line 3: Expecting )", id="parse-error"),
        pytest.param("CREATE TABLE b (y TEXT DEFAULT 'unterminated);\n", "sql/b_broken.sql: Error tokenizing", id="token-error"),
        pytest.param("CREATE TABLE b (y INT) PARTITION BY WHATEVER nonsense;\n",
                     "sql/b_broken.sql: sqlglot (postgres) could not parse: CREATE TABLE b", id="unsupported-syntax"),
        pytest.param(b"CREATE TABLE b (y INT); -- \xff\xfe\n", "sql/b_broken.sql: cannot read", id="not-utf8"),
    ],
)
def test_broken_file_does_not_hide_the_others(here: Path, broken: str | bytes, fragment: str) -> None:
    write_sql(here, {
        "a_first.sql": "CREATE TABLE a (x INT);\n",
        "b_broken.sql": broken,
        "c_last.sql": "CREATE TABLE c (z INT);\n",
    })
    yielded = []
    with pytest.raises(SourceError) as caught:
        for field in scan(ddl_source("postgres"), here):
            yielded.append(field)
    assert [(f.table, f.name, f.file) for f in yielded] == [("a", "x", "sql/a_first.sql"), ("c", "z", "sql/c_last.sql")]
    message = str(caught.value)
    assert message.startswith(fragment), message
    assert "a_first" not in message and "c_last" not in message


@pytest.mark.parametrize(
    ("path", "message"),
    [("sql/*.sql", "no file matches sql/*.sql"), ("sql/missing.sql", "no such file: sql/missing.sql")],
)
def test_nothing_to_read_is_a_source_error(here: Path, path: str, message: str) -> None:
    (here / "sql").mkdir()
    (here / "sql" / "notes.txt").write_text("CREATE TABLE t (a INT);\n")
    with pytest.raises(SourceError, match=f"^{re.escape(message)}$"):
        list(scan(ddl_source("postgres", path), here))


FOREIGN_KEYS = """\
CREATE TABLE pesanan (
    id BIGINT PRIMARY KEY,
    pembeli INT REFERENCES public.users (id),
    toko_id INT REFERENCES katalog.toko (id),
    kurir INT REFERENCES kurir,
    kota TEXT,
    kode_pos TEXT,
    catatan TEXT,
    CONSTRAINT fk_wilayah FOREIGN KEY (kota, kode_pos) REFERENCES wilayah (nama, kode_pos)
);
CREATE TABLE ulasan (id INT, pesanan INT, penulis INT, FOREIGN KEY (penulis) REFERENCES users (id));
ALTER TABLE ulasan ADD CONSTRAINT fk_ulasan_pesanan FOREIGN KEY (pesanan) REFERENCES pesanan (id);
ALTER TABLE ulasan ADD COLUMN dibalas_oleh INT REFERENCES users (id);
ALTER TABLE ulasan RENAME COLUMN penulis TO pembeli;
ALTER TABLE ulasan ADD CONSTRAINT fk_hilang FOREIGN KEY (tidak_ada) REFERENCES users (id);
"""


@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_foreign_keys_declared_in_columns_tables_and_alter_table(here: Path, dialect: str) -> None:
    write_sql(here, {"001.sql": FOREIGN_KEYS.replace("public.users", "users") if dialect == "mysql" else FOREIGN_KEYS})
    references = {(f.table, f.name): f.references for f in scan(ddl_source(dialect), here)}
    assert references == {
        ("pesanan", "id"): "", ("pesanan", "pembeli"): "users.id", ("pesanan", "toko_id"): "katalog.toko.id",
        ("pesanan", "kurir"): "",  # REFERENCES without a column: the target's primary key, unknown here
        ("pesanan", "kota"): "wilayah.nama", ("pesanan", "kode_pos"): "wilayah.kode_pos", ("pesanan", "catatan"): "",
        ("ulasan", "id"): "", ("ulasan", "pesanan"): "pesanan.id", ("ulasan", "pembeli"): "users.id",
        ("ulasan", "dibalas_oleh"): "users.id",
    }
