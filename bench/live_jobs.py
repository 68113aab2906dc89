"""Wall time of scanning 30 live databases concurrently (--jobs) against one by one; prints numbers.

    PYTHONPATH=. python bench/live_jobs.py [--databases 30] [--tables 20] [--jobs 1 4 8] [--sample 20]
                                           [--latency-ms 0 5]

The databases are created on the local test servers (PostgreSQL 127.0.0.1:5432 user postgres,
MariaDB 127.0.0.1:3306 user root), half on each, named laci_j17_<n>, each with --tables tables of
12 columns and 200 rows; they are dropped afterwards, also when the run fails. Servers on this
machine answer in microseconds, so the scan is all CPU, shared by the servers and the scan on the
same cores; a real estate's servers are a network away. `--latency-ms N` also measures through a
proxy (a process of its own) that delivers every packet N/2 ms late each way: N ms per round trip.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import socket
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


async def _pipe(reader, writer, delay: float) -> None:
    """Forward bytes from reader to writer, each chunk delivered `delay` seconds after it arrived, in order."""
    queue: asyncio.Queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            if data is None:
                writer.close()
                return
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            writer.write(data)
            await writer.drain()

    delivering = asyncio.ensure_future(deliver())
    try:
        while data := await reader.read(65536):
            queue.put_nowait((time.monotonic() + delay, data))
    except ConnectionError:
        pass
    queue.put_nowait((0.0, None))
    await delivering


def _proxy(listener: socket.socket, target_port: int, delay: float) -> None:
    """Serve connections on listener, each forwarded to 127.0.0.1:target_port `delay` late each way."""
    async def handle(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        await asyncio.gather(_pipe(client_reader, server_writer, delay), _pipe(server_reader, client_writer, delay),
                             return_exceptions=True)

    async def main():
        server = await asyncio.start_server(handle, sock=listener)
        await server.serve_forever()

    asyncio.run(main())


def start_proxy(target_port: int, latency_ms: float) -> tuple[int, multiprocessing.Process]:
    """A proxy process to 127.0.0.1:target_port with latency_ms per round trip; its port and process."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    process = multiprocessing.Process(target=_proxy, args=(listener, target_port, latency_ms / 2000), daemon=True)
    process.start()
    return listener.getsockname()[1], process


def through(sources: list[Source], ports: dict[str, int]) -> list[Source]:
    """The sources with their URLs' ports replaced by the proxies' ports."""
    from dataclasses import replace

    changed = []
    for source in sources:
        url = source.options["url"]
        for old, new in ports.items():
            url = url.replace(f":{old}/", f":{new}/")
        changed.append(replace(source, options={**source.options, "url": url}))
    return changed


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
    parser.add_argument("--latency-ms", type=float, nargs="+", default=[0, 5],
                        help="round-trip times to measure at (0: the servers directly)")
    options = parser.parse_args()
    drop_databases()
    try:
        started = time.perf_counter()
        sources = create_databases(options.databases, options.tables)
        print(f"{options.databases} databases ({options.databases - options.databases // 2} PostgreSQL, "
              f"{options.databases // 2} MariaDB) x {options.tables} tables x 12 columns, created in "
              f"{time.perf_counter() - started:.1f} s; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
        for latency in options.latency_ms:
            proxies = []
            measured = sources
            if latency:
                ports = {}
                for port in ("5432", "3306"):
                    proxy_port, process = start_proxy(int(port), latency)
                    ports[port] = proxy_port
                    proxies.append(process)
                measured = through(sources, ports)
            print(f"servers {'on this machine' if not latency else f'{latency:g} ms away (round trip)'}:")
            baseline = None
            for jobs in options.jobs:
                runs = [timed(measured, jobs, options.sample) for _ in range(options.runs)]
                scan_s, sample_s, fields = min(runs, key=lambda run: run[0] + run[1])
                total = scan_s + sample_s
                baseline = baseline or total
                print(f"  --jobs {jobs:<3} scan {scan_s:6.2f} s   sample {options.sample} rows {sample_s:6.2f} s   "
                      f"total {total:6.2f} s   x{baseline / total:4.1f}   ({fields} fields, best of {options.runs})")
            for process in proxies:
                process.terminate()
    finally:
        drop_databases()


if __name__ == "__main__":
    main()
