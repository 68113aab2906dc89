"""The sqlite source: real SQLite files, always opened read-only."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from helpers import FIXTURES

from laci_audit.errors import SourceError
from laci_audit.records import Source
from laci_audit.sources.sqlite import open_read_only, scan

CHINOOK = FIXTURES / "chinook.sqlite"


def sqlite_source(path: str | Path) -> Source:
    return Source(name="shop", kind="sqlite", owner="team-shop", options={"path": str(path), "allow_outside": True})


@pytest.fixture
def shop_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small SQLite file with data, an index, a view and awkward table names."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "data" / "shop.sqlite"
    path.parent.mkdir()
    connection = sqlite3.connect(path)
    connection.executescript(
        '''
        CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, phone);
        CREATE TABLE "order items" (order_id INT REFERENCES orders(id), "unit price" NUMERIC(10,2));
        CREATE TABLE "promo ""codes""" (code VARCHAR(12));
        CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INT, total REAL);
        CREATE VIEW buyer_emails AS SELECT email FROM users JOIN orders ON orders.user_id = users.id;
        CREATE INDEX users_email ON users (email);
        INSERT INTO users (email, phone) VALUES ('budi@example.com', '081234567890');
        '''
    )
    connection.commit()
    connection.close()
    return path


def test_every_column_of_every_table_but_not_views(shop_db: Path) -> None:
    fields = list(scan(sqlite_source("data/shop.sqlite"), shop_db.parent.parent))
    assert [(f.source, f.table, f.name, f.data_type, f.file, f.line) for f in fields] == [
        ("shop", "order items", "order_id", "INT", "data/shop.sqlite", None),
        ("shop", "order items", "unit price", "NUMERIC(10,2)", "data/shop.sqlite", None),
        ("shop", "orders", "id", "INTEGER", "data/shop.sqlite", None),
        ("shop", "orders", "user_id", "INT", "data/shop.sqlite", None),
        ("shop", "orders", "total", "REAL", "data/shop.sqlite", None),
        ("shop", 'promo "codes"', "code", "VARCHAR(12)", "data/shop.sqlite", None),
        ("shop", "users", "id", "INTEGER", "data/shop.sqlite", None),
        ("shop", "users", "email", "TEXT", "data/shop.sqlite", None),
        ("shop", "users", "phone", "", "data/shop.sqlite", None),
    ]


def test_chinook_fixture() -> None:
    fields = list(scan(sqlite_source(CHINOOK), Path(".")))
    tables = {f.table for f in fields}
    assert len(tables) == 11 and len(fields) == 64
    assert tables == {
        "Album", "Artist", "Customer", "Employee", "Genre", "Invoice", "InvoiceLine", "MediaType", "Playlist",
        "PlaylistTrack", "Track",
    }
    customer = {f.name: f.data_type for f in fields if f.table == "Customer"}
    assert customer["Email"] == "NVARCHAR(60)" and customer["SupportRepId"] == "INTEGER" and len(customer) == 13


@pytest.mark.parametrize("which", ["own", "chinook"])
def test_scan_leaves_the_file_untouched(shop_db: Path, which: str) -> None:
    path = shop_db if which == "own" else CHINOOK
    before = (path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir()))
    assert list(scan(sqlite_source(path), Path(".")))
    assert (path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())) == before


def test_scanning_a_wal_database_leaves_no_files_beside_it(shop_db: Path) -> None:
    connection = sqlite3.connect(shop_db)
    assert connection.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    connection.close()
    assert sorted(p.name for p in shop_db.parent.iterdir()) == ["shop.sqlite"]
    assert len(list(scan(sqlite_source(shop_db), Path(".")))) == 9
    assert sorted(p.name for p in shop_db.parent.iterdir()) == ["shop.sqlite"]


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO users (email) VALUES ('x@example.com')",
        "UPDATE users SET phone = NULL",
        "CREATE TABLE intruder (a)",
        "PRAGMA user_version = 7",
    ],
)
def test_read_only_connection_refuses_writes(shop_db: Path, statement: str) -> None:
    before = shop_db.read_bytes()
    with open_read_only(shop_db) as connection:
        assert connection.execute("SELECT count(*) FROM users").fetchone() == (1,)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute(statement)
            connection.commit()
    assert shop_db.read_bytes() == before


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("data/noise.sqlite", r"^noise\.sqlite: not a readable SQLite database"),
        ("data/missing.sqlite", r"^no such file: data/missing\.sqlite$"),
        ("data/*.db", r"^no file matches data/\*\.db$"),
    ],
)
def test_unreadable_sources(shop_db: Path, path: str, message: str) -> None:
    (shop_db.parent / "noise.sqlite").write_bytes(random.Random(7).randbytes(8192))
    with pytest.raises(SourceError, match=message):
        list(scan(sqlite_source(path), shop_db.parent.parent))


def test_foreign_keys_come_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "keys.sqlite"
    with sqlite3.connect(path) as connection:
        connection.executescript(
            '''
            CREATE TABLE "toko ""resmi""" (kode TEXT, cabang INT, PRIMARY KEY (kode, cabang));
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
            CREATE TABLE pesanan (id INTEGER PRIMARY KEY, pembeli INT REFERENCES users, penjual INT REFERENCES users(id),
                                  toko TEXT, cabang INT, catatan TEXT,
                                  FOREIGN KEY (toko, cabang) REFERENCES "toko ""resmi""");
            '''
        )
    connection.close()
    scanned = list(scan(sqlite_source(path), tmp_path))
    assert {(f.table, f.name) for f in scanned if f.primary_key} == {
        ('toko "resmi"', "kode"), ('toko "resmi"', "cabang"), ("users", "id"), ("pesanan", "id")}
    references = {(f.table, f.name): f.references for f in scanned if f.references}
    assert references == {
        ("pesanan", "pembeli"): "users.id",  # no column named: the target's primary key
        ("pesanan", "penjual"): "users.id",
        ("pesanan", "toko"): 'toko "resmi".kode',
        ("pesanan", "cabang"): 'toko "resmi".cabang',
    }
    chinook = {(f.table, f.name): f.references for f in scan(sqlite_source(CHINOOK), Path(".")) if f.references}
    assert chinook[("Album", "ArtistId")] == "Artist.ArtistId"
    assert chinook[("Customer", "SupportRepId")] == "Employee.EmployeeId"
    assert len(chinook) == 11


def test_a_name_that_is_not_utf8_is_read_with_replacement_characters(tmp_path: Path) -> None:
    """A damaged file whose catalogue holds bytes that are not UTF-8: the column is still read,
    its name with U+FFFD where the bytes were, and no error quotes it."""
    path = tmp_path / "damaged.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, namaQQlengkap TEXT, email TEXT)")
    connection.commit()
    connection.close()
    raw = path.read_bytes()
    assert raw.count(b"namaQQlengkap") == 1
    path.write_bytes(raw.replace(b"namaQQlengkap", b"nama\xff\xfelengkap"))
    fields = list(scan(sqlite_source(path), tmp_path))
    assert [(f.table, f.name, f.primary_key) for f in fields] == [
        ("pelanggan", "id", True), ("pelanggan", "nama\ufffd\ufffdlengkap", False), ("pelanggan", "email", False)]
