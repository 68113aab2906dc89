"""Wall time of scanning 30 live databases concurrently (--jobs) against one by one; prints numbers.

    PYTHONPATH=. python bench/live_jobs.py [--databases 30] [--tables 20] [--jobs 1 4 8] [--sample 20]

The databases are created on the local test servers (PostgreSQL 127.0.0.1:5432 user postgres,
MariaDB 127.0.0.1:3306 user root), half on each, named laci_j17_<n>, each with --tables tables of
12 columns and 200 rows; they are dropped afterwards, also when the run fails.
"""

from __future__ import annotations

import argparse
import os
import time

import sqlalchemy
from sqlalchemy import text

from laci_audit.records import Source
from laci_audit.sources.scan import sample_values, scan_sources

POSTGRES = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
MARIADB = "mysql+pymysql://root@127.0.0.1:3306/"
PREFIX = "laci_j17_"
COLUMNS = ("id BIGINT PRIMARY KEY, nama VARCHAR(100), email VARCHAR(254), no_hp VARCHAR(20), alamat VARCHAR(200), "
           "kota VARCHAR(50), kode_pos VARCHAR(10), tanggal_lahir DATE, ip_address VARCHAR(45), "
           "status VARCHAR(20), dibuat_pada TIMESTAMP, catatan VARCHAR(200)")
ROW = ("'Pelanggan {i}', 'user{i}@example.com', '0812000{i:05d}', 'Jl. Merdeka {i}', 'Bandung', '40115', "
       "DATE '1990-01-01', '10.0.0.1', 'aktif', TIMESTAMP '2026-01-01 00:00:00', 'catatan'")


def _admin(url: str) -> sqlalchemy.Engine:
    return sqlalchemy.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sqlalchemy.pool.NullPool)


def _fill(url: str, tables: int) -> None:
    """tables tables of 12 columns and 200 rows in the database url names."""
    engine = _admin(url)
    rows = ", ".join(f"({i}, {ROW.format(i=i)})" for i in range(200))
    with engine.connect() as connection:
        for table in range(tables):
            connection.execute(text(f"CREATE TABLE pelanggan_{table} ({COLUMNS})"))
            connection.execute(text(f"INSERT INTO pelanggan_{table} VALUES {rows}"))
    engine.dispose()


def create_databases(count: int, tables: int) -> list[Source]:
    """count databases, PostgreSQL and MariaDB in turn, each declared as a source."""
    pg, maria = _admin(POSTGRES), _admin(MARIADB)
    sources = []
    for number in range(count):
        name = f"{PREFIX}{number}"
        if number % 2 == 0:
            with pg.connect() as connection:
                connection.execute(text(f"CREATE DATABASE {name}"))
            _fill(f"postgresql+psycopg2://postgres@127.0.0.1:5432/{name}", tables)
            url = f"postgresql://postgres@127.0.0.1:5432/{name}"
            sources.append(Source(name, "postgres", "tim-data", options={"url": url, "schemas": ["public"]}))
        else:
            with maria.connect() as connection:
                connection.execute(text(f"CREATE DATABASE {name}"))
            _fill(f"mysql+pymysql://root@127.0.0.1:3306/{name}", tables)
            sources.append(Source(name, "mysql", "tim-data", options={"url": f"mysql://root@127.0.0.1:3306/{name}"}))
    pg.dispose()
    maria.dispose()
    return sources


def drop_databases() -> None:
    """Drop every laci_j17_ database on both servers."""
    pg, maria = _admin(POSTGRES), _admin(MARIADB)
    with pg.connect() as connection:
        names = connection.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": PREFIX + "%"})
        for (name,) in names.fetchall():
            connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    with maria.connect() as connection:
        for (name,) in connection.execute(text(f"SHOW DATABASES LIKE '{PREFIX}%'")).fetchall():
            connection.execute(text(f"DROP DATABASE {name}"))
    pg.dispose()
    maria.dispose()


def timed(sources: list[Source], jobs: int, sample: int) -> tuple[float, float, int]:
    """Seconds to scan, seconds to sample, and the fields found, with `jobs` sources at a time."""
    started = time.perf_counter()
    scans = scan_sources(sources, None, jobs=jobs)
    scanned = time.perf_counter() - started
    errors = [scan.error for scan in scans if scan.error]
    if errors:
        raise SystemExit(f"a source failed: {errors[0]}")
    started = time.perf_counter()
    for _field, _values in sample_values(scans, None, sample, jobs=jobs):
        pass
    return scanned, time.perf_counter() - started, sum(len(scan.fields) for scan in scans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--databases", type=int, default=30)
    parser.add_argument("--tables", type=int, default=20)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 4, 8])
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs per --jobs")
    options = parser.parse_args()
    drop_databases()
    try:
        started = time.perf_counter()
        sources = create_databases(options.databases, options.tables)
        print(f"{options.databases} databases ({options.databases - options.databases // 2} PostgreSQL, "
              f"{options.databases // 2} MariaDB) x {options.tables} tables x 12 columns, created in "
              f"{time.perf_counter() - started:.1f} s; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
        baseline = None
        for jobs in options.jobs:
            runs = [timed(sources, jobs, options.sample) for _ in range(options.runs)]
            scan_s, sample_s, fields = min(runs, key=lambda run: run[0] + run[1])
            total = scan_s + sample_s
            baseline = baseline or total
            print(f"--jobs {jobs:<3} scan {scan_s:6.2f} s   sample {options.sample} rows {sample_s:6.2f} s   "
                  f"total {total:6.2f} s   x{baseline / total:4.1f}   ({fields} fields, best of {options.runs})")
    finally:
        drop_databases()


if __name__ == "__main__":
    main()
