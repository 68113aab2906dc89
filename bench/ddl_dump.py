"""Benchmark the DDL reader on a big mysqldump-shaped dump with data.

    python bench/ddl_dump.py [--megabytes 200] [--tables 40] [--single-row | --pg-copy] [--out FILE]

1. Writes a dump shaped like mysqldump's (header, conditional comments, DROP/CREATE TABLE with
   keys and table options, LOCK TABLES, extended INSERT lines of about 1 MB with quoted strings,
   escapes and NULLs, a DELIMITER ;; trigger per table), streamed to disk, seeded. Half of the
   tables have values holding `;` and `\'` in most rows (the slow case: every string is
   scanned), the other half plain values. With
   --single-row every INSERT holds one row, as `mysqldump --skip-extended-insert` and
   `pg_dump --inserts` write them; with --pg-copy the dump is pg_dump-shaped instead, its rows in
   `COPY ... FROM stdin` blocks.
2. Measures, each in a fresh subprocess so that its peak RSS (ru_maxrss) is its own:
     read    a plain read of the same file, line by line (the floor for any reader)
     split   sql_statements.split_file alone: every statement found, none parsed
     scan    sources.ddl.scan: split, and every CREATE/ALTER TABLE parsed with sqlglot
   Imports happen before the clock starts; the RSS after imports is printed as the floor.
3. Prints the numbers. No assertion: a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = """-- MySQL dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: toko
-- ------------------------------------------------------
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
"""
TABLE = """
--
-- Table structure for table `{name}`
--

DROP TABLE IF EXISTS `{name}`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `{name}` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `pelanggan_id` bigint(20) NOT NULL,
  `nama_lengkap` varchar(100) NOT NULL,
  `email` varchar(255) DEFAULT NULL COMMENT 'email login',
  `no_hp` varchar(20) DEFAULT NULL,
  `alamat` text DEFAULT NULL,
  `catatan` text DEFAULT NULL,
  `dibuat` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `idx_pelanggan` (`pelanggan_id`),
  CONSTRAINT `fk_{name}_pelanggan` FOREIGN KEY (`pelanggan_id`) REFERENCES `pelanggan` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=1000001 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `{name}`
--

LOCK TABLES `{name}` WRITE;
/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;
"""
TRIGGER = """/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;
UNLOCK TABLES;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `{name}_email` BEFORE INSERT ON `{name}` FOR EACH ROW BEGIN
  SET NEW.email = LOWER(NEW.email);
END */;;
DELIMITER ;
"""
NAMES = ["Budi", "Siti", "Agus", "Dewi", "Rahmawati", "Joko", "Putri", "Wahyu", "Sri", "Andi"]
STREETS = ["Jl. Melati", "Jl. Kenanga", "Jl. Sudirman", "Gg. Mawar", "Jl. Diponegoro"]


PG_TABLE = """
CREATE TABLE public.{name} (
    id bigint NOT NULL,
    pelanggan_id bigint NOT NULL,
    nama_lengkap character varying(100) NOT NULL,
    email text
);

COPY public.{name} (id, pelanggan_id, nama_lengkap, email) FROM stdin;
"""


def generate_pg(path: Path, megabytes: int, tables: int, seed: int = 7) -> None:
    """Write a pg_dump-shaped dump, streaming: CREATE TABLE, then the rows in a COPY block."""
    rng = random.Random(seed)
    per_table = megabytes * 1_000_000 // tables
    with open(path, "w", encoding="utf-8") as out:
        out.write("SET statement_timeout = 0;\nSET standard_conforming_strings = on;\n")
        for number in range(tables):
            name = f"pesanan_{number:03d}"
            out.write(PG_TABLE.format(name=name))
            start = out.tell()
            row_id = 0
            while out.tell() - start < per_table:
                row_id += 1
                person = rng.choice(NAMES)
                out.write(f"{row_id}\t{rng.randrange(1, 10**6)}\t{person} {rng.choice(NAMES)}; it's\t"
                          f"{person.lower()}{row_id}@contoh.id\n")
            out.write(f"\\.\n\nALTER TABLE ONLY public.{name} ADD CONSTRAINT {name}_pkey PRIMARY KEY (id);\n")


def generate(path: Path, megabytes: int, tables: int, single_row: bool = False, seed: int = 7) -> None:
    """Write the dump, streaming: about `megabytes` MB over `tables` tables."""
    rng = random.Random(seed)
    per_table = megabytes * 1_000_000 // tables
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER)
        out.write(TABLE.format(name="pelanggan"))
        out.write(TRIGGER.format(name="pelanggan"))
        row_id = 0
        for number in range(tables):
            name = f"pesanan_{number:03d}"
            out.write(TABLE.format(name=name))
            written = 0
            while written < per_table:
                rows = []
                line_size = 0
                while line_size < (1 if single_row else 1_000_000):
                    row_id += 1
                    person = rng.choice(NAMES)
                    awkward = f"'kirim sore; jangan \\'dibanting\\' ({rng.random():.6f})'"
                    plain = f"'catatan {rng.random():.6f}'"
                    note = ("NULL" if rng.random() < 0.3 else awkward) if number % 2 else plain
                    row = (f"({row_id},{rng.randrange(1, 10**6)},'{person} {rng.choice(NAMES)}',"
                           f"'{person.lower()}{row_id}@contoh.id','08{rng.randrange(10**9, 10**10)}',"
                           f"'{rng.choice(STREETS)} No. {rng.randrange(1, 300)}, RT {rng.randrange(1, 20)}',"
                           f"{note},'2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} 10:00:00')")
                    rows.append(row)
                    line_size += len(row) + 1
                line = f"INSERT INTO `{name}` VALUES {','.join(rows)};\n"
                out.write(line)
                written += len(line)
            out.write(TRIGGER.format(name=name))


CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from laci_audit.records import Field, Source
from laci_audit.sources import ddl
from laci_audit.sources.sql_statements import split_file
path, what, dialect = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started, cpu = time.perf_counter(), time.process_time()
if what == "read":
    count = 0
    with open(path, "rb") as handle:
        for line in handle:
            count += 1
elif what == "split":
    count = sum(1 for _ in split_file(path, ddl.profile_of(dialect)))
else:
    source = Source("dump", "ddl", "bench", options={"path": str(path), "dialect": dialect})
    count = sum(1 for found in ddl.scan(source, path.parent) if isinstance(found, Field))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu, "count": count,
                  "floor_mb": floor / 1024, "peak_mb": peak / 1024}))
"""

UNITS = {"read": "lines", "split": "statements", "scan": "fields"}


def measure(path: Path, what: str, dialect: str) -> dict:
    """One measurement in a fresh process."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), what, dialect], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def main() -> None:
    """Generate the dump, measure a plain read, the split and the scan, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--tables", type=int, default=40)
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--single-row", action="store_true", help="one row per INSERT")
    shape.add_argument("--pg-copy", action="store_true", help="a pg_dump-shaped dump, rows in COPY blocks")
    parser.add_argument("--out", type=Path, help="keep the generated dump here")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = arguments.out or Path(folder) / "dump.sql"
        started = time.perf_counter()
        if arguments.pg_copy:
            generate_pg(path, arguments.megabytes, arguments.tables)
        else:
            generate(path, arguments.megabytes, arguments.tables, arguments.single_row)
        dialect = "postgres" if arguments.pg_copy else "mysql"
        shape = "COPY blocks" if arguments.pg_copy else ("one row" if arguments.single_row else "1 MB") + " per INSERT"
        size = path.stat().st_size / 1_000_000
        tool = "pg_dump" if arguments.pg_copy else "mysqldump"
        print(f"python {sys.version.split()[0]}; generated a {size:.0f} MB {tool}-shaped dump ({shape}) "
              f"in {time.perf_counter() - started:.1f} s")
        measure(path, "read", dialect)  # warm the page cache so that every reader starts equal
        results = {what: measure(path, what, dialect) for what in ("read", "split", "scan")}
        floor, cpu_floor = results["read"]["seconds"], results["read"]["cpu"]
        for what, result in results.items():
            print(f"{what:6} {result['seconds']:6.2f} s  {result['seconds'] / floor:4.1f}x read   "
                  f"cpu {result['cpu']:6.2f} s  {result['cpu'] / cpu_floor:4.1f}x read   "
                  f"{size / result['seconds']:6.0f} MB/s  peak RSS {result['peak_mb']:5.0f} MB "
                  f"(after imports {result['floor_mb']:3.0f} MB)  {result['count']} {UNITS[what]}")


if __name__ == "__main__":
    main()
