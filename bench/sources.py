"""Time and memory of the file and live database sources on generated data; prints numbers.

    PYTHONPATH=. python bench/sources.py [--rows 200000] [--tables 200] [--skip-databases]

The databases are the local test servers (PostgreSQL 127.0.0.1:5432 db test, MariaDB
127.0.0.1:3306 db test); the bench creates its own schema there and drops it afterwards.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
from pathlib import Path

from laci_audit.records import Source


def measure(label: str, work) -> object:
    """Run work() once for time, once under tracemalloc for peak memory, and print both."""
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{label:<58} {seconds:8.3f} s   peak {peak / 2**20:7.1f} MiB")
    return result


def bench_csv(folder: Path, rows: int) -> None:
    from laci_audit.sources import csv as csv_source

    path = folder / "pelanggan.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("nama;email;no_hp;kota;kode_pos;tanggal_lahir;catatan\n")
        for i in range(rows):
            handle.write(f'Pelanggan {i};user{i}@example.com;0812-0000-{i % 10000:04d};Bandung;40115;1990-01-01;"a; b"\n')
    size = path.stat().st_size / 2**20
    source = Source("ekspor", "csv", "tim", options={"path": "pelanggan.csv"})
    fields = measure(f"csv scan, {rows} rows ({size:.0f} MiB), every row checked",
                     lambda: list(csv_source.scan(source, folder)))
    measure("csv sample, 100 rows", lambda: list(csv_source.sample(source, folder, fields, 100)))


def bench_jsonschema(folder: Path, properties: int) -> None:
    from laci_audit.sources import jsonschema

    defs = {f"Obj{i}": {"type": "object", "properties": {f"p{j}": {"type": "string", "description": "d"}
                                                         for j in range(10)}} for i in range(properties // 10)}
    schema = {"type": "object", "$defs": defs,
              "properties": {f"f{i}": {"$ref": f"#/$defs/Obj{i}"} for i in range(properties // 10)}}
    (folder / "big.schema.json").write_text(json.dumps(schema, indent=2))
    source = Source("events", "jsonschema", "tim", options={"path": "big.schema.json"})
    fields = measure(f"jsonschema scan, {properties} properties behind $refs", lambda: list(jsonschema.scan(source, folder)))
    assert len(fields) == properties


def bench_openapi(folder: Path, operations: int) -> None:
    from laci_audit.sources import openapi

    body = {"$ref": "#/components/schemas/Body"}
    document = {
        "openapi": "3.1.0", "info": {"title": "b", "version": "1"},
        "paths": {f"/r{i}": {"post": {"requestBody": {"content": {"application/json": {"schema": body}}},
                                      "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": body}}}}}}
                  for i in range(operations)},
        "components": {"schemas": {"Body": {"type": "object", "properties": {f"p{j}": {"type": "string"} for j in range(20)}}}},
    }
    (folder / "api.json").write_text(json.dumps(document, indent=2))
    source = Source("api", "openapi", "tim", options={"path": "api.json"})
    fields = measure(f"openapi scan, {operations} operations x 40 fields", lambda: list(openapi.scan(source, folder)))
    assert len(fields) == operations * 40


def bench_postgres(tables: int, rows: int) -> None:
    import sqlalchemy
    from sqlalchemy import text

    from laci_audit.sources import postgres

    admin = sqlalchemy.create_engine("postgresql+psycopg2://postgres@127.0.0.1:5432/test", isolation_level="AUTOCOMMIT")
    schema = "laci_bench"
    with admin.connect() as c:
        c.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"))
        for t in range(tables):
            columns = ", ".join(f"c{j} text" for j in range(15))
            c.execute(text(f"CREATE TABLE {schema}.t{t} (id bigint, {columns})"))
        c.execute(text(f"CREATE TABLE {schema}.besar AS SELECT i AS id, 'user' || i || '@example.com' AS email "
                       f"FROM generate_series(1, {rows}) AS i; ANALYZE {schema}.besar"))
    try:
        source = Source("pg", "postgres", "tim", options={"url": "postgresql://postgres@127.0.0.1:5432/test",
                                                          "schemas": (schema,)})
        fields = measure(f"postgres reflection, {tables} tables x 16 columns", lambda: list(postgres.scan(source, None)))
        big = [f for f in fields if f.table == f"{schema}.besar"]
        measure(f"postgres sample 100 of {rows} rows (TABLESAMPLE)", lambda: list(postgres.sample(source, None, big, 100)))
    finally:
        with admin.connect() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def bench_mysql(tables: int) -> None:
    import sqlalchemy
    from sqlalchemy import text

    from laci_audit.sources import mysql

    admin = sqlalchemy.create_engine("mysql+pymysql://root@127.0.0.1:3306/test", isolation_level="AUTOCOMMIT")
    database = "laci_bench"
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {database}"))
        c.execute(text(f"CREATE DATABASE {database}"))
        for t in range(tables):
            columns = ", ".join(f"c{j} VARCHAR(50)" for j in range(15))
            c.execute(text(f"CREATE TABLE {database}.t{t} (id BIGINT, {columns})"))
    try:
        source = Source("my", "mysql", "tim", options={"url": f"mysql://root@127.0.0.1:3306/{database}"})
        measure(f"mysql reflection, {tables} tables x 16 columns", lambda: list(mysql.scan(source, None)))
    finally:
        with admin.connect() as c:
            c.execute(text(f"DROP DATABASE {database}"))
        admin.dispose()


def main() -> None:
    """Run every bench and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--tables", type=int, default=200)
    parser.add_argument("--skip-databases", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_csv(Path(folder), options.rows)
        bench_jsonschema(Path(folder), 2000)
        bench_openapi(Path(folder), 500)
    if not options.skip_databases:
        bench_postgres(options.tables, options.rows)
        bench_mysql(options.tables)


if __name__ == "__main__":
    main()
