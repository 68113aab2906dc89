"""The ddl source: real SQL files in several dialects, read through sqlglot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from laci_audit.errors import SourceError
from laci_audit.records import Field, SkippedStatement, Source
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


def fields_and_skipped(source: Source, root: Path) -> tuple[list[Field], list[SkippedStatement]]:
    found = list(scan(source, root))
    return ([f for f in found if isinstance(f, Field)], [s for s in found if isinstance(s, SkippedStatement)])


@pytest.mark.parametrize(
    ("broken", "fragment"),
    [
        pytest.param("CREATE TABLE b (y TEXT DEFAULT 'Rahmawati);\n",
                     "sql/b_broken.sql: no statement of it could be read (1 tried; line 1: CREATE TABLE: sqlglot "
                     "(postgres) cannot parse it (an unterminated string, quote or comment))", id="token-error"),
        pytest.param("Budi,budi@example.com\nname,email\n",
                     "sql/b_broken.sql: no statement of it could be read (1 tried; line 1: unknown: not an SQL statement",
                     id="not-sql"),
        pytest.param(b"CREATE TABLE b (\xff INT);\n", "sql/b_broken.sql: no statement of it could be read "
                     "(1 tried; line 1: CREATE TABLE: not UTF-8 text)", id="not-utf8"),
    ],
)
def test_a_file_none_of_whose_statements_reads_is_unreadable_and_hides_no_other(
        here: Path, broken: str | bytes, fragment: str) -> None:
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
    assert "Rahmawati" not in message and "budi" not in message.casefold()


SKIPPED = """\
CREATE TABLE pelanggan (id BIGINT PRIMARY KEY, email TEXT);
CREATE VIEW kontak AS SELEC email FROM pelanggan WHERE email = 'Rahmawati@example.com';
GRANT SELECT ON pelanggan TO laporan;
COMMENT ON COLUMN pelanggan.email IS;
ALTER TABLE pelanggan
  ADD COLUMN no_hp TEXT,
  ADD COLUMN;
CREATE VIEW dalam AS SELECT """ + "(" * 500 + "1" + ")" * 500 + """ AS x;
this line is not SQL at all;
CREATE TABLE alamat (id INT, pelanggan_id BIGINT REFERENCES pelanggan);
"""


def test_a_statement_that_cannot_be_read_is_skipped_at_its_line_and_the_rest_is_kept(here: Path, capfd) -> None:
    write_sql(here, {"001.sql": SKIPPED})
    fields, skipped = fields_and_skipped(ddl_source("postgres"), here)
    assert [(f.table, f.name, f.line, f.primary_key, f.references) for f in fields] == [
        ("pelanggan", "id", 1, True, ""), ("pelanggan", "email", 1, False, ""),
        ("pelanggan", "no_hp", 6, False, ""),  # the action before the one that fails is kept
        ("alamat", "id", 10, False, ""), ("alamat", "pelanggan_id", 10, False, "pelanggan.id"),
    ]
    assert [(s.file, s.line, s.statement, s.may_hide_fields) for s in skipped] == [
        ("sql/001.sql", 2, "CREATE VIEW", True), ("sql/001.sql", 4, "COMMENT ON", False),
        ("sql/001.sql", 5, "ALTER TABLE", True), ("sql/001.sql", 8, "CREATE VIEW", True),
        ("sql/001.sql", 9, "unknown", False),
    ]
    assert "at line 7" in skipped[2].reason and "nested too deeply" in skipped[3].reason
    assert not any("Rahmawati" in s.reason or "SELEC" in s.reason for s in skipped)
    assert capfd.readouterr().err == ""  # sqlglot's own warnings stay quiet


def test_sqlglot_warnings_never_reach_stderr(here: Path, capfd) -> None:
    write_sql(here, {"001.sql": "ALTER TABLE public.t OWNER TO postgres;\nCREATE MATERIALIZED VIEW m AS "
                                "SELECT 1 AS a WITH NO DATA;\nRENAME TABLE x TO y;\n"})
    fields, skipped = fields_and_skipped(ddl_source("mysql"), here)
    assert capfd.readouterr().err == ""
    assert [(f.table, f.name) for f in fields] == [("m", "a")] and skipped == []


KEYS = {
    "postgres": """\
CREATE TABLE member (member_id BIGINT NOT NULL, email TEXT);
ALTER TABLE ONLY public.member ADD CONSTRAINT member_pkey PRIMARY KEY (member_id);
CREATE TABLE toko (kode TEXT, cabang INT, CONSTRAINT toko_pk PRIMARY KEY (kode, cabang));
CREATE TABLE pesanan (id SERIAL PRIMARY KEY, pembeli BIGINT REFERENCES member, toko TEXT, cabang INT);
ALTER TABLE ONLY pesanan ADD CONSTRAINT pesanan_toko_fk FOREIGN KEY (toko, cabang) REFERENCES toko;
CREATE TABLE arsip (id INT, CONSTRAINT arsip_pk PRIMARY KEY (id));
ALTER TABLE arsip DROP CONSTRAINT arsip_pk;
""",
    "mysql": """\
CREATE TABLE `member` (`member_id` bigint(20) NOT NULL, `email` varchar(255));
ALTER TABLE `member`
  ADD PRIMARY KEY (`member_id`),
  ADD UNIQUE KEY `email` (`email`);
CREATE TABLE toko (kode varchar(9), cabang int, PRIMARY KEY (kode, cabang));
CREATE TABLE pesanan (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, pembeli bigint, toko varchar(9), cabang int,
  CONSTRAINT fk_pembeli FOREIGN KEY (pembeli) REFERENCES member (member_id));
ALTER TABLE pesanan ADD CONSTRAINT pesanan_toko_fk FOREIGN KEY (toko, cabang) REFERENCES toko (kode, cabang);
CREATE TABLE arsip (id int, PRIMARY KEY (id));
ALTER TABLE arsip DROP PRIMARY KEY;
""",
}


@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_primary_keys_declared_on_columns_in_tables_and_by_alter_table(here: Path, dialect: str) -> None:
    write_sql(here, {"001.sql": KEYS[dialect]})
    fields, skipped = fields_and_skipped(ddl_source(dialect), here)
    assert skipped == []
    assert {(f.table, f.name): (f.primary_key, f.references) for f in fields} == {
        ("member", "member_id"): (True, ""), ("member", "email"): (False, ""),
        ("toko", "kode"): (True, ""), ("toko", "cabang"): (True, ""),
        ("pesanan", "id"): (True, ""), ("pesanan", "pembeli"): (False, "member.member_id"),
        ("pesanan", "toko"): (False, "toko.kode"), ("pesanan", "cabang"): (False, "toko.cabang"),
        ("arsip", "id"): (False, ""),
    }


MYSQL_FORMS = """\
CREATE TABLE IF NOT EXISTS `akun` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nama` varchar(100) NOT NULL,
  `lokasi` point NOT NULL,
  `dibuat` date NOT NULL,
  PRIMARY KEY (`id`,`dibuat`),
  SPATIAL KEY `lokasi` (`lokasi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC
/*!50100 PARTITION BY RANGE (year(`dibuat`))
(PARTITION p2025 VALUES LESS THAN (2026) ENGINE = InnoDB,
 PARTITION pmax VALUES LESS THAN MAXVALUE ENGINE = InnoDB) */;
CREATE TABLE akun_salinan LIKE akun;
ALTER TABLE akun CHANGE `nama` `nama_lengkap` varchar(200) NOT NULL COMMENT 'nama sesuai KTP';
ALTER TABLE akun MODIFY `dibuat` datetime NOT NULL;
ALTER TABLE akun_salinan RENAME TO akun_lama;
RENAME TABLE akun_lama TO akun_arsip;
"""


def test_mysql_table_forms_partitions_conditional_comments_like_change_modify_rename(here: Path) -> None:
    write_sql(here, {"001.sql": MYSQL_FORMS})
    fields, skipped = fields_and_skipped(ddl_source("mariadb"), here)
    assert skipped == []
    assert [(f.table, f.name, f.data_type, f.line, f.primary_key, f.comment) for f in fields] == [
        ("akun", "id", "INT(11)", 2, True, ""),
        ("akun", "lokasi", "POINT", 4, False, ""),
        ("akun", "dibuat", "DATETIME", 5, True, ""),  # MODIFY: a new type, defined where it was
        ("akun", "nama_lengkap", "VARCHAR(200)", 13, False, "nama sesuai KTP"),  # CHANGE: a new name
        ("akun_arsip", "id", "INT(11)", 12, True, ""),
        ("akun_arsip", "nama", "VARCHAR(100)", 12, False, ""),
        ("akun_arsip", "lokasi", "POINT", 12, False, ""),
        ("akun_arsip", "dibuat", "DATE", 12, True, ""),
    ]


def test_separator_lines_of_dashes_are_comments_inside_and_between_statements(here: Path) -> None:
    write_sql(here, {"001.sql": "------------------------\n-- OpenCart-style install\n-----\n"
                                "CREATE TABLE `oc_customer` (\n  `customer_id` int(11) NOT NULL, -----\n"
                                "  `email` varchar(96) NOT NULL --the login\n) ENGINE=MyISAM;\n-----\n"})
    fields, skipped = fields_and_skipped(ddl_source("mysql"), here)
    assert [(f.name, f.line, f.comment) for f in fields] == [("customer_id", 5, ""), ("email", 6, "")]
    assert skipped == []


def test_views_have_the_columns_their_select_names(here: Path) -> None:
    write_sql(here, {"001.sql": """\
CREATE TABLE pelanggan (id INT, email TEXT, no_hp TEXT);
CREATE VIEW kontak AS SELECT p.email, p.no_hp AS telepon FROM pelanggan p;
CREATE VIEW semua AS SELECT * FROM pelanggan;
CREATE OR REPLACE VIEW ringkas (kunci, surel) AS SELECT id, email FROM pelanggan;
CREATE MATERIALIZED VIEW public.harian AS
 SELECT count(*) AS jumlah
   FROM pelanggan
  WITH NO DATA;
DROP VIEW semua;
"""})
    fields, skipped = fields_and_skipped(ddl_source("postgresql"), here)
    assert skipped == []
    assert [(f.table, f.name, f.line) for f in fields if f.table != "pelanggan"] == [
        ("kontak", "email", 2), ("kontak", "telepon", 2), ("ringkas", "kunci", 4), ("ringkas", "surel", 4),
        ("harian", "jumlah", 6),
    ]


def test_a_utf8_bom_is_read(here: Path) -> None:
    write_sql(here, {"001.sql": "\ufeffCREATE TABLE t (\n  a INT\n);\n".encode("utf-8")})
    fields, skipped = fields_and_skipped(ddl_source("postgres"), here)
    assert [(f.table, f.name, f.line) for f in fields] == [("t", "a", 2)] and skipped == []


@pytest.mark.parametrize(("declared", "dialect"), [
    ("mariadb", "mysql"), ("MariaDB", "mysql"), ("postgresql", "postgres"), ("mssql", "tsql"),
    ("sqlserver", "tsql"), ("SQL Server", "tsql"), ("sqlite3", "sqlite"), ("postgres", "postgres"),
])
def test_dialect_names_as_users_write_them(declared: str, dialect: str) -> None:
    from laci_audit.sources import dialects

    assert dialects.check(declared) is None and dialects.canonical(declared) == dialect


def test_an_unknown_dialect_lists_the_ones_that_exist() -> None:
    from laci_audit.sources import dialects

    problem = dialects.check("postgresq")
    assert problem.startswith("unknown SQL dialect 'postgresq': use one of ")
    assert all(name in problem for name in ("bigquery", "mysql", "postgres", "sqlite", "tsql", "mariadb", "mssql"))


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


TYPES = ["VARCHAR(64)", "varchar(10)", "NUMERIC(14,2)", "DECIMAL(14, 2)", "INT", "integer", "BIGINT", "CHAR(3)",
         "TIMESTAMP", "TIMESTAMP(3)", "TEXT", "FLOAT", "DOUBLE PRECISION", "BOOLEAN", "DATE", "NVARCHAR(MAX)",
         "TINYINT(1)", "INT UNSIGNED", "VARCHAR(64) ARRAY", "ENUM('a', 'b')", "my_type", "INT[]", "DECIMAL(10)"]


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "tsql", "sqlite", "bigquery"])
def test_each_column_type_is_the_one_sqlglot_writes_for_the_dialect_every_time(here: Path, dialect: str) -> None:
    import sqlglot
    from sqlglot import exp

    columns: list[tuple[str, str]] = []
    for index, data_type in enumerate(TYPES):
        tried = [*columns, (f"c{index}", data_type)]
        try:  # a type the dialect does not know is left out
            sqlglot.parse_one(f"CREATE TABLE t ({', '.join(f'{c} {t}' for c, t in tried)})", read=dialect)
        except sqlglot.errors.SqlglotError:
            continue
        columns = tried
    sql = "".join(f"CREATE TABLE t{n} ({', '.join(f'{c} {t}' for c, t in columns)});\n" for n in range(3))
    write_sql(here, {"a.sql": sql})
    expected = {}
    for definition in sqlglot.parse_one(sql.splitlines()[0], read=dialect).find_all(exp.ColumnDef):
        expected[definition.name] = sqlglot.Dialect.get_or_raise(dialect).generate(definition.args["kind"])
    assert len(expected) > 12
    for _ in range(2):  # the second scan writes the types it already met as it did the first time
        found = list(scan(ddl_source(dialect), here))
        assert {(f.table, f.name, f.data_type) for f in found} == {
            (f"t{n}", name, written) for n in range(3) for name, written in expected.items()}


def test_parsed_statements_are_freed_without_the_cycle_collector(here: Path) -> None:
    import gc

    tables = "".join(f"CREATE TABLE t{n} (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL, note TEXT);\n"
                     f"ALTER TABLE t{n} ADD COLUMN extra INT;\nCOMMENT ON COLUMN t{n}.name IS 'x';\n"
                     for n in range(30))
    write_sql(here, {"a.sql": tables})
    list(scan(ddl_source("postgres"), here))  # sqlglot's modules imported, their import garbage collected below
    gc.collect()
    gc.disable()
    try:
        fields = list(scan(ddl_source("postgres"), here))
        left_for_the_collector = gc.collect()
    finally:
        gc.enable()
    assert len(fields) == 120
    assert left_for_the_collector < 100  # 90 statements' trees, each of dozens of nodes, were freed as dropped


def test_a_key_with_options_sqlglot_does_not_know_is_read_without_them(here: Path) -> None:
    # What follows a key's column lists says how its index is kept or whether it is checked
    # (Oracle's USING INDEX ... ENABLE): never which columns it joins.
    write_sql(here, {"001.sql": "CREATE TABLE u (\n  id INT,\n  c INT,\n  PRIMARY KEY (id) WEIRD STUFF,\n"
                                "  FOREIGN KEY (c) REFERENCES t (a) MORE STUFF\n);\nCREATE TABLE t (a INT);\n"})
    fields, skipped = fields_and_skipped(ddl_source("postgres"), here)
    assert skipped == []
    assert [(f.table, f.name, f.primary_key, f.references) for f in fields] == [
        ("u", "id", True, ""), ("u", "c", False, "t.a"), ("t", "a", False, "")]


def test_a_key_sqlglot_cannot_parse_is_reported_and_the_columns_kept(here: Path) -> None:
    write_sql(here, {"001.sql": "CREATE TABLE t (a INT);\nCREATE TABLE u (\n  id INT,\n  c INT,\n"
                                "  FOREIGN KEY (c) REFERENCES\n);\n"})
    fields, skipped = fields_and_skipped(ddl_source("postgres"), here)
    assert [(f.table, f.name, f.references) for f in fields] == [("t", "a", ""), ("u", "id", ""), ("u", "c", "")]
    assert [(s.line, s.statement, s.reason) for s in skipped] == [
        (2, "CREATE TABLE", "sqlglot (postgres) cannot parse the key at line 5; the table's columns are read")]
