"""Benchmark laci-audit on a large, generated data estate.

    python bench/estate.py [--tables 2000] [--columns-per-table 50] [--sqlite-tables 500] [--out DIR]

1. Generates an estate: an inventory folder with the real taxonomy (imported from the policy
   text with laci_audit.policy.text.import_policy), a sources.yaml declaring DDL sources in several
   dialects (~40 files per source, read through globs) and one `kind: sqlite` source (a real
   SQLite file), and fields/*.yaml registering about 80% of the columns. Everything is seeded,
   so the same arguments give the same estate.
2. Measures, each in a fresh subprocess so that peak RSS (ru_maxrss) belongs to one measurement:
     bare    sqlglot.parse of every DDL file, PRAGMA table_info over every SQLite table
     scan    `laci-audit scan`: engine.audit_inventory with a database path
     audit   engine.audit_inventory(db_path=None): scan, classify, rules, nothing written
     report  `laci-audit audit --format json`: audit_inventory with a database path, then
             reports.render("json", result)
   Seconds are wall time of the work itself; CPU s beside it (user + system) is steadier on a
   busy machine. Interpreter start-up and imports are excluded: every child imports the same
   modules first, so the RSS after imports is a common floor.
   With --repeat N each measurement runs in N fresh processes: fastest time, highest peak.
3. Prints the results. No timing assertions: this is a measurement, not a test.

With --out the estate is kept (bench/out/ is git-ignored); without it a temporary folder is
used and removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POLICY_TEXT = REPO / "inventory" / "policy" / "kebijakan-privasi.txt"
MANIFEST = "estate.json"
INVENTORY = "inventory"
SCAN_DB = "scan.db"
AUDIT_DB = "audit.db"
REPORT_JSON = "report.json"

# --------------------------------------------------------------------------------------------
# Vocabulary of the estate. Personal columns carry the category a careful engineer would
# register them under; some deliberately fool or escape the name-based classifier.

PERSONAL: dict[str, tuple[str, ...]] = {
    # A.1.1 account data
    "email": ("A.1.1",), "email_pengguna": ("A.1.1",), "alamat_email": ("A.1.1",), "user_email": ("A.1.1",),
    "no_hp": ("A.1.1",), "nomor_telepon": ("A.1.1",), "phone_number": ("A.1.1",), "msisdn": ("A.1.1",),
    "no_whatsapp": ("A.1.1",), "nama_lengkap": ("A.1.1",), "first_name": ("A.1.1",), "last_name": ("A.1.1",),
    "full_name": ("A.1.1",), "username": ("A.1.1",), "password_hash": ("A.1.1",), "kata_sandi_hash": ("A.1.1",),
    "tgl_lahir": ("A.1.1",), "tanggal_lahir": ("A.1.1",), "date_of_birth": ("A.1.1",), "jenis_kelamin": ("A.1.1",),
    "gender": ("A.1.1",), "alamat": ("A.1.1",), "alamat_lengkap": ("A.1.1",), "address_line1": ("A.1.1",),
    "kode_pos": ("A.1.1",), "postal_code": ("A.1.1",), "kota": ("A.1.1",), "provinsi": ("A.1.1",),
    "kecamatan": ("A.1.1",), "kelurahan": ("A.1.1",), "foto_profil_url": ("A.1.1",), "avatar_url": ("A.1.1",),
    "nik": ("A.1.1",), "npwp": ("A.1.1",), "no_ktp": ("A.1.1",), "user_id": ("A.1.1",), "pengguna_id": ("A.1.1",),
    "customer_id": ("A.1.1",), "nama_ibu_kandung": ("A.1.1",),
    # A.1.2 customer service, A.1.3 surveys, A.1.4 interactions
    "tiket_keluhan": ("A.1.2",), "isi_keluhan": ("A.1.2",), "agent_note": ("A.1.2",),
    "jawaban_survei": ("A.1.3",), "survey_response": ("A.1.3",),
    "isi_pesan": ("A.1.4",), "chat_message": ("A.1.4",), "isi_ulasan": ("A.1.4",), "review_text": ("A.1.4",),
    "rating_produk": ("A.1.4",), "komentar": ("A.1.4",),
    # A.1.5 transactions, A.1.6 payment
    "alamat_pengiriman": ("A.1.5",), "shipping_address": ("A.1.5",), "nama_penerima": ("A.1.5",),
    "no_hp_penerima": ("A.1.5", "A.1.1"), "recipient_name": ("A.1.5",),
    "no_rekening": ("A.1.6",), "nomor_kartu_masked": ("A.1.6",), "card_last4": ("A.1.6",),
    "va_number": ("A.1.6",), "kode_bayar": ("A.1.6",), "bank_account_number": ("A.1.6",), "nama_gerai": ("A.1.6",),
    # A.2.x recorded while using the site
    "ip_address": ("A.2.1", "A.2.5"), "alamat_ip": ("A.2.1",), "latitude": ("A.2.1",), "longitude": ("A.2.1",),
    "wifi_ssid": ("A.2.1",), "geohash": ("A.2.1",),
    "last_login": ("A.2.2",), "login_at": ("A.2.2",), "registered_at": ("A.2.2",), "waktu_login": ("A.2.2",),
    "tgl_daftar": ("A.2.2",),
    "cookie_id": ("A.2.3",), "session_id": ("A.2.3",), "preferensi_bahasa": ("A.2.3",), "preference_json": ("A.2.3",),
    "device_id": ("A.2.4",), "imei": ("A.2.4",), "advertising_id": ("A.2.4",), "os_version": ("A.2.4",),
    "device_model": ("A.2.4",), "serial_number": ("A.2.4",), "operator_seluler": ("A.2.4",),
    "user_agent": ("A.2.5",), "referrer_url": ("A.2.5",), "browser": ("A.2.5",), "halaman_dilihat": ("A.2.5",),
    # A.3.x from partners
    "gps_lat": ("A.3.1",), "gps_lng": ("A.3.1",), "skor_kredit": ("A.3.3",), "credit_score": ("A.3.3",),
    "kolektibilitas": ("A.3.3",), "email_mitra": ("A.3.4",),
}

NOT_PERSONAL: dict[str, str] = {
    name: reason
    for reason, names in {
        "surrogate or foreign key of a business object": [
            "produk_id", "toko_id", "merchant_id", "kategori_id", "gudang_id", "warehouse_id", "pesanan_id",
            "order_id", "varian_id", "promo_id", "kampanye_id", "batch_id", "job_id", "invoice_id", "shipment_id",
        ],
        "product or catalogue attribute": [
            "sku", "kode_produk", "nama_produk", "judul", "deskripsi", "slug", "warna", "ukuran", "kondisi",
            "berat_gram", "lebar_cm", "tinggi_cm", "panjang_cm", "merek", "barcode", "kategori", "tag_produk",
        ],
        "money amount of an order line and not about a person": [
            "qty", "jumlah", "harga", "harga_satuan", "diskon", "subtotal", "total", "ongkir", "pajak",
            "mata_uang", "currency", "persen_komisi", "biaya_admin", "harga_modal",
        ],
        "stock and logistics bookkeeping": [
            "stok", "stok_minimum", "kode_gudang", "shelf_code", "lot_number", "kuota", "expired_at",
            "estimasi_hari", "kode_kurir", "service_level",
        ],
        "record keeping": [
            "status", "is_active", "is_deleted", "versi", "urutan", "created_at", "updated_at", "deleted_at",
            "retry_count", "checksum", "payload_version", "source_system", "region_code", "channel",
            "catatan_internal", "kode_promo", "prioritas", "flag_migrasi", "hash_baris", "sinkron_at",
        ],
    }.items()
    for name in names
}

VARIANTS = ("_lama", "_baru", "_asal", "_tujuan", "_2", "_3", "_snapshot", "_raw")

ENTITIES = (
    "produk", "varian", "stok", "pesanan", "item_pesanan", "pengiriman", "pembayaran", "refund", "voucher",
    "pelanggan", "alamat_buku", "sesi", "event", "log", "ulasan", "toko", "gudang", "promo", "kampanye",
    "notifikasi", "tiket", "survei", "perangkat", "customer", "orders", "invoice", "shipment", "cart",
    "wishlist", "mitra", "settlement", "payout", "komisi", "retur", "katalog_feed",
)

# (source name, kind, dialect, schema prefix, owner, default purposes, partners)
DDL_SOURCES = (
    ("katalog", "postgres", "katalog", "tim-katalog", ["B.1", "B.2.1"], []),
    ("transaksi", "mysql", None, "tim-transaksi", ["B.1"], []),
    ("aplikasi_lokal", "sqlite", None, "tim-mobile", ["B.2.3"], []),
    ("keuangan", "tsql", "dbo", "tim-fintech", ["B.1", "B.4"], ["lpip-kreditindo"]),
    ("analitik", "bigquery", "analitik_dwh", "tim-data", [], []),
)
SQLITE_SOURCE = ("arsip_perangkat", "tim-mobile", ["B.2.3", "B.4"])

TYPES = {
    # semantic type -> dialect type
    "id": {"postgres": "BIGINT", "mysql": "BIGINT UNSIGNED", "sqlite": "INTEGER", "tsql": "BIGINT",
           "bigquery": "INT64", "sqlitefile": "INTEGER"},
    "int": {"postgres": "INTEGER", "mysql": "INT", "sqlite": "INTEGER", "tsql": "INT", "bigquery": "INT64",
            "sqlitefile": "INTEGER"},
    "money": {"postgres": "NUMERIC(14,2)", "mysql": "DECIMAL(14,2)", "sqlite": "NUMERIC", "tsql": "DECIMAL(14,2)",
              "bigquery": "NUMERIC", "sqlitefile": "NUMERIC"},
    "float": {"postgres": "DOUBLE PRECISION", "mysql": "DOUBLE", "sqlite": "REAL", "tsql": "FLOAT",
              "bigquery": "FLOAT64", "sqlitefile": "REAL"},
    "time": {"postgres": "TIMESTAMPTZ", "mysql": "DATETIME", "sqlite": "TEXT", "tsql": "DATETIME2",
             "bigquery": "TIMESTAMP", "sqlitefile": "TEXT"},
    "date": {"postgres": "DATE", "mysql": "DATE", "sqlite": "TEXT", "tsql": "DATE", "bigquery": "DATE",
             "sqlitefile": "TEXT"},
    "bool": {"postgres": "BOOLEAN", "mysql": "TINYINT(1)", "sqlite": "INTEGER", "tsql": "BIT", "bigquery": "BOOL",
             "sqlitefile": "INTEGER"},
    "short": {"postgres": "VARCHAR(64)", "mysql": "VARCHAR(64)", "sqlite": "TEXT", "tsql": "NVARCHAR(64)",
              "bigquery": "STRING", "sqlitefile": "TEXT"},
    "text": {"postgres": "TEXT", "mysql": "TEXT", "sqlite": "TEXT", "tsql": "NVARCHAR(MAX)", "bigquery": "STRING",
             "sqlitefile": "TEXT"},
    "json": {"postgres": "JSONB", "mysql": "JSON", "sqlite": "TEXT", "tsql": "NVARCHAR(MAX)", "bigquery": "JSON",
             "sqlitefile": "TEXT"},
}


def semantic_type(name: str) -> str:
    base = name
    for suffix in VARIANTS:
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    if base == "id" or base.endswith("_id"):
        return "id"
    if base.endswith("_at") or base.startswith(("waktu_", "tgl_daftar")) or base == "last_login":
        return "time"
    if base.startswith(("tgl_", "tanggal_")) or base == "date_of_birth":
        return "date"
    if base.startswith(("is_", "flag_")):
        return "bool"
    if base in {"harga", "harga_satuan", "diskon", "subtotal", "total", "ongkir", "pajak", "biaya_admin",
                "harga_modal", "persen_komisi", "skor_kredit", "credit_score"}:
        return "money"
    if base in {"latitude", "longitude", "gps_lat", "gps_lng", "berat_gram", "lebar_cm", "tinggi_cm",
                "panjang_cm"}:
        return "float"
    if base in {"qty", "jumlah", "stok", "stok_minimum", "kuota", "urutan", "retry_count", "versi",
                "estimasi_hari", "prioritas", "rating_produk", "kolektibilitas", "payload_version"}:
        return "int"
    if base.endswith(("_json", "_raw")) or base in {"preference_json"}:
        return "json"
    if base in {"deskripsi", "isi_pesan", "chat_message", "isi_ulasan", "review_text", "komentar", "alamat",
                "alamat_lengkap", "alamat_pengiriman", "shipping_address", "catatan_internal", "isi_keluhan",
                "agent_note", "jawaban_survei", "survey_response", "user_agent", "referrer_url"}:
        return "text"
    return "short"


# --------------------------------------------------------------------------------------------
# Generation


def column_counts(rng: random.Random, tables: int, per_table: int) -> list[int]:
    """Columns per table, varied (half to one and a half times the mean) but summing exactly to
    tables * per_table, so the requested totals hold."""
    counts = []
    low = max(3, per_table // 2)
    for _ in range(tables // 2):
        delta = rng.randint(0, per_table - low)
        counts += [per_table - delta, per_table + delta]
    if tables % 2:
        counts.append(per_table)
    rng.shuffle(counts)
    return counts


def table_columns(rng: random.Random, count: int, personal_share: float) -> list[str]:
    """Unique column names for one table: id first, then a seeded mix of personal and other names."""
    personal_pool = list(PERSONAL)
    other_pool = [n for n in NOT_PERSONAL if n != "id"]
    chosen = ["id"]
    seen = {"id"}
    while len(chosen) < count:
        pool = personal_pool if rng.random() < personal_share else other_pool
        name = rng.choice(pool)
        if name in seen:
            name = name + rng.choice(VARIANTS)
            if name in seen:
                continue
        seen.add(name)
        chosen.append(name)
    return chosen


def truth(name: str) -> tuple[tuple[str, ...], str]:
    """(categories, reason) a careful engineer would register for a column name."""
    base = name
    for suffix in VARIANTS:
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    if base in PERSONAL:
        return PERSONAL[base], ""
    if base == "id":
        return (), "surrogate key"
    return (), NOT_PERSONAL.get(base, "internal bookkeeping")


def render_ddl(dialect: str, schema: str | None, table: str, columns: list[str], rng: random.Random,
               alter_later: list[str]) -> tuple[str, str]:
    """(CREATE TABLE text, ALTER TABLE text for the columns added by a later migration)."""
    qualified = f"{schema}.{table}" if schema else table

    def quote(name: str) -> str:
        return {"mysql": f"`{name}`", "tsql": f"[{name}]"}.get(dialect, name)

    lines, comments = [], []  # lines: (definition, trailing -- comment or "")
    for name in columns:
        kind = TYPES[semantic_type(name)][dialect]
        if name == "id":
            pk = {"postgres": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                  "mysql": "BIGINT UNSIGNED NOT NULL AUTO_INCREMENT",
                  "sqlite": "INTEGER PRIMARY KEY AUTOINCREMENT",
                  "tsql": "BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY",
                  "bigquery": "INT64 NOT NULL"}[dialect]
            lines.append((f"    {quote(name)} {pk}", ""))
            continue
        extra = " NOT NULL" if rng.random() < 0.3 else ""
        if name.endswith("created_at") and dialect in {"postgres", "mysql"}:
            extra = " NOT NULL DEFAULT CURRENT_TIMESTAMP"
        described = rng.random() < 0.05
        text = f"kolom {name.replace('_', ' ')}"
        trailing = ""
        if described and dialect == "mysql":
            extra += f" COMMENT '{text}'"
        elif described and dialect == "bigquery":
            extra += f" OPTIONS(description='{text}')"
        elif described and dialect == "postgres":
            comments.append(f"COMMENT ON COLUMN {qualified}.{name} IS '{text}';")
        elif described and dialect == "sqlite":
            trailing = f"  -- {text}"
        lines.append((f"    {quote(name)} {kind}{extra}", trailing))
    if dialect == "mysql":
        lines.append(("    PRIMARY KEY (`id`)", ""))
    body = "".join(
        f"{line}{'' if n == len(lines) - 1 else ','}{trailing}\n" for n, (line, trailing) in enumerate(lines)
    )
    tail = {"mysql": " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4", "bigquery": ""}.get(dialect, "")
    if dialect == "bigquery" and "created_at" in columns:
        tail = "\nPARTITION BY DATE(created_at)"
    out = [f"CREATE TABLE {qualified} (\n{body}){tail};"]
    indexed = [c for c in columns[1:] if c.endswith("_id") or c in {"email", "no_hp", "sku", "status"}]
    if indexed and dialect != "bigquery":
        column = indexed[0]
        out.append(f"CREATE INDEX ix_{table}_{column} ON {qualified} ({quote(column)});")
    out.extend(comments)
    alter = []
    for name in alter_later:
        kind = TYPES[semantic_type(name)][dialect]
        add = {"tsql": "ADD", "bigquery": "ADD COLUMN", "sqlite": "ADD COLUMN"}.get(dialect, "ADD COLUMN")
        alter.append(f"ALTER TABLE {qualified} {add} {quote(name)} {kind};")
    return "\n".join(out) + "\n\n", "\n".join(alter) + ("\n\n" if alter else "")


def registration_line(name: str, rng: random.Random, stats: dict) -> str:
    categories, reason = truth(name)
    if not categories:
        return f"      {name}: {{personal: false, reason: {reason}}}"
    categories = list(categories)
    roll = rng.random()
    if roll < 0.002:  # an id the policy lacks (the DPO ticket for it is still open)
        categories.append("A.1.8")
        stats["planted_unknown_category"] += 1
    parts = [f"categories: [{', '.join(categories)}]"]
    if rng.random() < 0.3:
        purposes = rng.sample(["B.2.1", "B.2.2", "B.3.4", "B.3.6", "B.4", "B.5"], k=rng.randint(1, 2))
        if rng.random() < 0.002:
            purposes.append("B.7")
            stats["planted_unknown_purpose"] += 1
        parts.append(f"purposes: [{', '.join(purposes)}]")
    if rng.random() < 0.02:
        parts.append("note: checked by the DPO in the last review")
    return f"      {name}: {{{', '.join(parts)}}}"


def generate(root: Path, tables: int, per_table: int, sqlite_tables: int, files_per_source: int,
             seed: int) -> dict:
    """Write the estate under root; returns the manifest (also written to root/estate.json)."""
    from laci_audit.inventory.layout import TAXONOMY_FILE
    from laci_audit.policy.text import import_policy

    rng = random.Random(seed)
    inventory = root / INVENTORY
    (inventory / "fields").mkdir(parents=True)
    (inventory / "policy").mkdir(parents=True)
    shutil.copyfile(POLICY_TEXT, inventory / "policy" / POLICY_TEXT.name)
    taxonomy = import_policy(inventory / "policy" / POLICY_TEXT.name, inventory / TAXONOMY_FILE)

    stats = {"ddl_files": 0, "ddl_tables": 0, "ddl_columns": 0, "sqlite_tables": 0, "sqlite_columns": 0,
             "registrations": 0, "registrations_stale": 0, "fields_files": 0, "personal_columns": 0,
             "planted_unknown_category": 0, "planted_unknown_purpose": 0, "ddl_bytes": 0}
    manifest = {"seed": seed, "sources": [], "stats": stats, "categories": len(taxonomy.categories()),
                "purposes": len(taxonomy.purposes())}
    sources_yaml = [
        "# Generated by bench/estate.py: a large estate for measuring laci-audit.",
        "sources:",
    ]
    per_source = [tables // len(DDL_SOURCES) + (i < tables % len(DDL_SOURCES)) for i in range(len(DDL_SOURCES))]
    counts = column_counts(rng, tables, per_table)
    table_number = 0
    for (name, dialect, schema, owner, purposes, partners), n_tables in zip(DDL_SOURCES, per_source):
        folder = inventory / "schemas" / name
        folder.mkdir(parents=True)
        n_files = max(1, min(files_per_source, n_tables))
        files_text = [[] for _ in range(n_files)]
        fields_docs: list[list[str]] = [[] for _ in range(n_files)]
        for index in range(n_tables):
            file_index = index * n_files // n_tables
            table = f"{rng.choice(ENTITIES)}_{table_number:05d}"
            table_number += 1
            columns = table_columns(rng, counts.pop(), personal_share=0.3)
            # one table in ten gets its last two columns from a later migration file
            later = columns[-2:] if len(columns) > 5 and rng.random() < 0.1 else []
            create, alter = render_ddl(dialect, schema, table, columns[: len(columns) - len(later)], rng, later)
            files_text[file_index].append(create)
            files_text[min(file_index + 1, n_files - 1)].append(alter)
            stats["ddl_tables"] += 1
            stats["ddl_columns"] += len(columns)
            # registrations, under the name the scanner gives the table
            key = f"{schema}.{table}" if schema and schema not in {"public", "main", "dbo"} else table
            fields_docs[file_index].append(register_table(key, columns, rng, stats, purposes))
        for number, chunks in enumerate(files_text, start=1):
            path = folder / f"{number:03d}_{name}.sql"
            text = f"-- {name} ({dialect}), migration {number:03d}; generated, seed {seed}\n\n" + "".join(chunks)
            path.write_text(text, encoding="utf-8")
            stats["ddl_files"] += 1
            stats["ddl_bytes"] += len(text.encode())
        write_fields_files(inventory, name, fields_docs, stats)
        sources_yaml += [
            f"  - name: {name}",
            "    kind: ddl",
            f"    dialect: {dialect}",
            f"    path: schemas/{name}/*.sql",
            f"    owner: {owner}",
            f"    purposes: [{', '.join(purposes)}]",
            f"    description: Generated {dialect} schema, {n_tables} tables in {n_files} files",
        ]
        if partners:
            sources_yaml.append(f"    partners: [{', '.join(partners)}]")
        manifest["sources"].append({"name": name, "kind": "ddl", "dialect": dialect,
                                    "glob": f"schemas/{name}/*.sql", "tables": n_tables, "files": n_files})

    # the SQLite source: a real database file
    name, owner, purposes = SQLITE_SOURCE
    (inventory / "data").mkdir()
    db_path = inventory / "data" / f"{name}.sqlite"
    connection = sqlite3.connect(db_path)
    sqlite_counts = column_counts(rng, sqlite_tables, per_table) if sqlite_tables else []
    n_docs = max(1, min(10, sqlite_tables))
    fields_docs = [[] for _ in range(n_docs)]
    with connection:
        for index in range(sqlite_tables):
            table = f"{rng.choice(ENTITIES)}_{index:05d}"
            columns = table_columns(rng, sqlite_counts.pop(), personal_share=0.3)
            definition = ", ".join(
                '"id" INTEGER PRIMARY KEY' if c == "id" else f'"{c}" {TYPES[semantic_type(c)]["sqlitefile"]}'
                for c in columns
            )
            connection.execute(f'CREATE TABLE "{table}" ({definition})')
            stats["sqlite_tables"] += 1
            stats["sqlite_columns"] += len(columns)
            fields_docs[index * n_docs // sqlite_tables].append(register_table(table, columns, rng, stats, purposes))
    connection.execute("VACUUM")
    connection.close()
    write_fields_files(inventory, name, fields_docs, stats)
    sources_yaml += [
        f"  - name: {name}",
        "    kind: sqlite",
        f"    path: data/{name}.sqlite",
        f"    owner: {owner}",
        f"    purposes: [{', '.join(purposes)}]",
        f"    description: Generated SQLite file, {sqlite_tables} tables",
    ]
    manifest["sources"].append({"name": name, "kind": "sqlite", "path": f"data/{name}.sqlite",
                                "tables": sqlite_tables, "files": 1})
    manifest["sqlite_bytes"] = db_path.stat().st_size
    (inventory / "sources.yaml").write_text("\n".join(sources_yaml) + "\n", encoding="utf-8")
    (root / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def register_table(key: str, columns: list[str], rng: random.Random, stats: dict, source_purposes: list) -> str:
    """The YAML of one table's registrations: about 80% of its columns, plus the odd stale one."""
    lines = [f"  {key}:"]
    if rng.random() < 0.2 or (not source_purposes and rng.random() < 0.6):
        lines.append(f"    purposes: [{', '.join(rng.sample(['B.1', 'B.2.2', 'B.2.3', 'B.3.5', 'B.4'], k=2))}]")
    lines.append("    fields:")
    registered = 0
    for name in columns:
        if truth(name)[0]:
            stats["personal_columns"] += 1
        if rng.random() < 0.8:
            lines.append(registration_line(name, rng, stats))
            registered += 1
    if rng.random() < 0.05:  # a column a migration dropped, still registered
        lines.append("      kolom_dihapus: {categories: [A.1.1], note: dropped in a later migration}")
        registered += 1
        stats["registrations_stale"] += 1
    if not registered:
        lines.append("      id: {personal: false, reason: surrogate key}")
        registered = 1
    stats["registrations"] += registered
    return "\n".join(lines)


def write_fields_files(inventory: Path, source: str, docs: list[list[str]], stats: dict) -> None:
    for number, tables in enumerate(docs, start=1):
        if not tables:
            continue
        text = (f"# Field registrations for source `{source}`, part {number}. Generated by bench/estate.py.\n"
                f"source: {source}\ntables:\n" + "\n\n".join(tables) + "\n")
        (inventory / "fields" / f"{source}-{number:03d}.yaml").write_text(text, encoding="utf-8")
        stats["fields_files"] += 1


# --------------------------------------------------------------------------------------------
# Measurements (each runs in a fresh child process: `estate.py --measure NAME --estate DIR`)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure_bare(root: Path) -> dict:
    import sqlglot

    manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    statements = files = sqlite_columns = 0
    for source in manifest["sources"]:
        if source["kind"] == "ddl":
            for path in sorted((root / INVENTORY).glob(source["glob"])):
                statements += len(sqlglot.parse(path.read_text(encoding="utf-8"), read=source["dialect"]))
                files += 1
        else:
            path = (root / INVENTORY / source["path"]).resolve()
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            tables = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
            for (table,) in tables:
                sqlite_columns += len(connection.execute(f'PRAGMA table_info("{table}")').fetchall())
            connection.close()
            files += 1
    return {"files": files, "statements": statements, "sqlite_columns": sqlite_columns}


def _audit_summary(run) -> dict:
    result = run.result
    by_rule: dict[str, int] = {}
    for finding in result.findings:
        by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
    return {
        "fields": sum(len(s.fields) for s in result.scans),
        "tables": len({(f.source, f.table.casefold()) for f in result.fields()}),
        "registrations": len(result.declarations.registrations),
        "findings": len(result.findings),
        "by_rule": dict(sorted(by_rule.items())),
        "unreadable": {s.source.name: s.error for s in result.scans if s.error},
        "source_seconds": {s.source.name: round(s.seconds, 2) for s in result.scans},
    }


def measure_scan(root: Path) -> dict:
    from laci_audit.engine import audit_inventory

    db = Path(SCAN_DB)
    run = audit_inventory(Path(INVENTORY), db)
    return {**_audit_summary(run), "scan_id": run.scan_id, "db_bytes": db.stat().st_size}


def measure_audit(root: Path) -> dict:
    from laci_audit.engine import audit_inventory

    return _audit_summary(audit_inventory(Path(INVENTORY), None))


def measure_report(root: Path) -> dict:
    from laci_audit.engine import audit_inventory
    from laci_audit.reports.findings import render

    run = audit_inventory(Path(INVENTORY), Path(AUDIT_DB))
    started = time.perf_counter()
    text = render("json", run.result)
    render_seconds = time.perf_counter() - started
    Path(REPORT_JSON).write_text(text, encoding="utf-8")
    return {"findings": len(run.result.findings), "render_seconds": render_seconds, "json_bytes": len(text.encode())}


MEASUREMENTS = {
    "bare": ("bare read (sqlglot.parse + PRAGMA)", measure_bare),
    "scan": ("scan, cold (audit_inventory + db)", measure_scan),
    "scan_warm": ("scan, warm DDL cache", measure_scan),
    "audit": ("audit, no db, cold", measure_audit),
    "report": ("audit --format json, warm (db+render)", measure_report),
}
# Measurements that start without the parsed-DDL cache (inventory/.laci-cache), as on a fresh clone.
COLD = {"scan", "audit"}


OUTPUTS = {"scan": (SCAN_DB,), "scan_warm": (SCAN_DB,), "report": (AUDIT_DB, REPORT_JSON)}


def child(name: str, root: Path) -> None:
    """Run one measurement in this (fresh) process and print its result as one JSON line."""
    os.chdir(root)  # like a user running laci-audit beside the inventory: paths print relative
    # The same imports in every child, before the clock starts: a common floor for RSS.
    import sqlglot  # noqa: F401
    import sqlite_utils  # noqa: F401
    from ruamel.yaml import YAML  # noqa: F401

    import laci_audit.classify  # noqa: F401
    import laci_audit.engine  # noqa: F401
    import laci_audit.reports.findings.json  # noqa: F401
    import laci_audit.sources.ddl  # noqa: F401
    import laci_audit.sources.sqlite  # noqa: F401
    import laci_audit.store.record  # noqa: F401

    for stale in OUTPUTS.get(name, ()):  # a fresh database each time, not one more scan in an old one
        Path(stale).unlink(missing_ok=True)
    if name in COLD:
        shutil.rmtree(Path(INVENTORY) / ".laci-cache", ignore_errors=True)
    floor = peak_rss_mib()
    cpu_started = cpu_seconds()
    started = time.perf_counter()
    details = MEASUREMENTS[name][1](root)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_started
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak_rss_mib(), "floor_mib": floor,
                      "details": details}))


def run_child(name: str, root: Path) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", name, "--estate", str(root)]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr)
        raise SystemExit(f"measurement {name!r} failed (exit {completed.returncode})")
    return json.loads(completed.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tables", type=int, default=2000, help="DDL tables in all (default 2000)")
    parser.add_argument("--columns-per-table", type=int, default=50, help="mean columns per table (default 50)")
    parser.add_argument("--sqlite-tables", type=int, default=500, help="tables in the SQLite file (default 500)")
    parser.add_argument("--files-per-source", type=int, default=40, help="DDL files per source (default 40)")
    parser.add_argument("--seed", type=int, default=27022, help="random seed (default 27022)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="fresh processes per measurement; the fastest is shown (default 1)")
    parser.add_argument("--out", type=Path, help="folder for the estate, kept afterwards (default: a temp dir)")
    parser.add_argument("--measure", choices=sorted(MEASUREMENTS), help=argparse.SUPPRESS)
    parser.add_argument("--estate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        child(args.measure, args.estate.resolve())
        return
    if args.columns_per_table < 3:
        parser.error("--columns-per-table must be at least 3")

    total_started = time.perf_counter()
    if args.out:
        root = args.out.resolve()
        if root.exists() and any(root.iterdir()):
            if not (root / MANIFEST).exists():
                parser.error(f"{root} is not empty and holds no {MANIFEST}: refusing to overwrite it")
            shutil.rmtree(root)
        root.mkdir(parents=True, exist_ok=True)
        temporary = None
    else:
        temporary = tempfile.TemporaryDirectory(prefix="laci-estate-")
        root = Path(temporary.name)
    try:
        started = time.perf_counter()
        manifest = generate(root, args.tables, args.columns_per_table, args.sqlite_tables,
                            args.files_per_source, args.seed)
        generated = time.perf_counter() - started
        print(f"estate: {root}{'' if args.out else ' (temporary)'}")
        print(f"generated in {generated:.1f}s (seed {args.seed}); python {sys.version.split()[0]}, "
              f"sqlglot {__import__('sqlglot').__version__}")
        print()

        results = {}
        for name in MEASUREMENTS:
            runs = [run_child(name, root) for _ in range(max(1, args.repeat))]
            results[name] = min(runs, key=lambda r: r["seconds"])
            results[name]["peak_mib"] = max(r["peak_mib"] for r in runs)
        report(manifest, results, root)
    finally:
        if temporary is not None:
            temporary.cleanup()
    print(f"\ntotal run {time.perf_counter() - total_started:.1f}s")


def report(manifest: dict, results: dict, root: Path) -> None:
    stats = manifest["stats"]
    bare = results["bare"]
    header = (f"{'measurement':<36} {'seconds':>8} {'x bare':>7} {'CPU s':>8} {'peak RSS MiB':>13} {'x bare':>7}"
              f" {'RSS after imports':>18}")
    print(header)
    print("-" * len(header))
    for name, (label, _function) in MEASUREMENTS.items():
        r = results[name]
        print(f"{label:<36} {r['seconds']:>8.2f} {r['seconds'] / bare['seconds']:>7.1f} {r['cpu']:>8.2f} "
              f"{r['peak_mib']:>13.1f} {r['peak_mib'] / bare['peak_mib']:>7.2f} {r['floor_mib']:>17.1f}")
    rendered = results["report"]["details"]
    print(f"  (of which render json: {rendered['render_seconds']:.2f}s, {rendered['json_bytes'] / 2**20:.1f} MiB)")

    audit = results["audit"]["details"]
    scan = results["scan"]["details"]
    print()
    print("sizes")
    ddl_sources = [s for s in manifest["sources"] if s["kind"] == "ddl"]
    print(f"  sources          {len(manifest['sources'])} ({len(ddl_sources)} DDL: "
          f"{', '.join(s['dialect'] for s in ddl_sources)}; 1 sqlite)")
    print(f"  files            {stats['ddl_files']} DDL ({stats['ddl_bytes'] / 2**20:.1f} MiB, "
          f"{bare['details']['statements']} statements) + 1 SQLite ({manifest['sqlite_bytes'] / 2**20:.1f} MiB); "
          f"{stats['fields_files']} fields/*.yaml")
    print(f"  tables           {stats['ddl_tables'] + stats['sqlite_tables']} generated "
          f"({stats['ddl_tables']} DDL + {stats['sqlite_tables']} SQLite); {audit['tables']} scanned")
    print(f"  columns          {stats['ddl_columns'] + stats['sqlite_columns']} generated "
          f"({stats['ddl_columns']} DDL + {stats['sqlite_columns']} SQLite), "
          f"{stats['personal_columns']} personal by design; {audit['fields']} scanned")
    print(f"  registrations    {audit['registrations']} ({stats['registrations_stale']} stale by design, "
          f"{stats['planted_unknown_category']} unknown category, {stats['planted_unknown_purpose']} unknown purpose)")
    print(f"  findings         {audit['findings']}")
    for rule, count in audit["by_rule"].items():
        print(f"    {rule:<26} {count}")
    print(f"  database         {scan['db_bytes'] / 2**20:.1f} MiB (one scan)")
    print(f"  JSON report      {rendered['json_bytes'] / 2**20:.1f} MiB")
    print("  seconds by source (audit): "
          + ", ".join(f"{k} {v}" for k, v in audit["source_seconds"].items()))
    problems = []
    if audit["unreadable"]:
        problems.append(f"unreadable sources: {audit['unreadable']}")
    if audit["fields"] != stats["ddl_columns"] + stats["sqlite_columns"]:
        problems.append(f"scanned {audit['fields']} fields, generated "
                        f"{stats['ddl_columns'] + stats['sqlite_columns']}")
    if bare["details"]["sqlite_columns"] != stats["sqlite_columns"]:
        problems.append("bare read saw a different number of SQLite columns")
    if scan["fields"] != audit["fields"] or scan["findings"] != audit["findings"]:
        problems.append("scan and audit disagree on fields or findings")
    for problem in problems:
        print(f"  WARNING: {problem}")


if __name__ == "__main__":
    main()
