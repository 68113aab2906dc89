"""The parquet source: footer-only schemas, nested fields as dotted paths, Hive partitions, bounded samples."""

from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from laci_audit.errors import SourceError
from laci_audit.records import Source
from laci_audit.sources import parquet
from laci_audit.sources.scan import sample_values, scan_source

ORDERS = pa.schema([
    pa.field("order_id", pa.int64()),
    pa.field("pembeli", pa.struct([pa.field("email", pa.string()), pa.field("no_hp", pa.string())]),
             metadata={b"description": "kontak pembeli"}),
    pa.field("items", pa.list_(pa.struct([pa.field("sku", pa.string()), pa.field("harga", pa.int64())]))),
    pa.field("tags", pa.list_(pa.string())),
])


def _source(path: str) -> Source:
    return Source(name="lake", kind="parquet", owner="tim-data", options={"path": path})


def _orders(count: int, start: int = 0) -> pa.Table:
    return pa.Table.from_pylist([
        {"order_id": start + i, "pembeli": {"email": f"user{start + i}@example.com", "no_hp": f"08120000{i:04d}"},
         "items": [{"sku": f"SKU-{i}", "harga": 1000 * i}], "tags": ["promo"]}
        for i in range(count)], schema=ORDERS)


@pytest.fixture
def lake(tmp_path):
    """A Hive-partitioned dataset of two days, the later day with one column more, and a plain file."""
    for day, count in (("2026-01-01", 300), ("2026-01-02", 5)):
        folder = tmp_path / "lake" / "orders" / f"tanggal={day}" / "negara=ID"
        folder.mkdir(parents=True)
        table = _orders(count)
        if day == "2026-01-02":
            table = table.append_column("kode_voucher", pa.array(["HEMAT"] * count))
        pq.write_table(table, folder / "part-0.parquet", row_group_size=100)
    (tmp_path / "lake" / "orders" / "_SUCCESS").write_text("")
    pq.write_table(pa.table({"kota": ["Bandung"], "kode_pos": ["40111"]}), tmp_path / "lake" / "wilayah.parquet")
    return tmp_path


def test_partitioned_folder_is_one_table_with_partition_keys_and_nested_paths(lake):
    fields = list(parquet.scan(_source("lake/orders"), lake))
    assert [(f.table, f.name, f.data_type) for f in fields] == [
        ("orders", "tanggal", "partition key"),
        ("orders", "negara", "partition key"),
        ("orders", "order_id", "int64"),
        ("orders", "pembeli.email", "string"),
        ("orders", "pembeli.no_hp", "string"),
        ("orders", "items[].sku", "string"),
        ("orders", "items[].harga", "int64"),
        ("orders", "tags", "list<element: string>"),
        ("orders", "kode_voucher", "string"),
    ]
    assert fields[-1].file.endswith("lake/orders/tanggal=2026-01-02/negara=ID/part-0.parquet")


def test_comments_come_from_field_metadata(lake):
    fields = {f.name: f for f in parquet.scan(_source("lake/orders"), lake)}
    assert fields["pembeli.email"].comment == "" and fields["tanggal"].comment == "Hive partition key"


def test_a_glob_gives_a_table_per_plain_file_and_one_per_partitioned_dataset(lake):
    tables = {(f.table, f.name) for f in parquet.scan(_source("lake/**/*.parquet"), lake)}
    assert {("wilayah", "kota"), ("wilayah", "kode_pos"), ("orders", "tanggal"), ("orders", "pembeli.email")} <= tables
    assert not any(table.startswith("part-") for table, _name in tables)


def test_schema_is_read_from_the_footer_only(lake, monkeypatch):
    def no_rows(*args, **kwargs):
        raise AssertionError("scan read rows")

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", no_rows)
    monkeypatch.setattr(pq, "read_table", no_rows)
    assert len(list(parquet.scan(_source("lake/orders"), lake))) == 9


def test_sample_is_bounded_and_reaches_nested_and_partition_values(lake, monkeypatch):
    batches = []
    original = pq.ParquetFile.iter_batches

    def counting(self, *args, **kwargs):
        for batch in original(self, *args, **kwargs):
            batches.append(batch.num_rows)
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", counting)
    scan = scan_source(_source("lake/orders"), lake)
    values = {found.name: found_values for found, found_values in sample_values([scan], lake, 7)}
    assert sum(batches) <= 7
    assert values["pembeli.email"] == [f"user{i}@example.com" for i in range(7)]
    assert values["items[].sku"][:2] == ["SKU-0", "SKU-1"]
    assert values["tanggal"] == ["2026-01-01"] * 7


def test_sampled_emails_reach_the_value_detectors(lake):
    from helpers import write

    from laci_audit.answers.suggest import field_suggestions
    from laci_audit.engine import audit

    inventory = lake / "inventory"
    (inventory / "policy").mkdir(parents=True)
    from helpers import POLICY_TEXT

    from laci_audit.policy.text import import_policy

    import_policy(POLICY_TEXT, inventory / "policy" / "taxonomy.yaml")
    write(inventory / "sources.yaml", f"""
        sources:
          - name: lake
            kind: parquet
            path: {lake / 'lake' / 'orders'}
            owner: tim-data
        """)
    rows = {row.field.name: row for row in field_suggestions(audit(inventory, sample=20), include_registered=True)}
    assert any("match email" in line for line in rows["pembeli.email"].suggestion.evidence)


@pytest.mark.parametrize("path, message", [
    ("nowhere", "no such file or folder: nowhere"),
    ("lake/*.nothing", "no file matches lake/*.nothing"),
])
def test_missing_paths_are_one_line_errors(lake, path, message):
    with pytest.raises(SourceError, match=re.escape(message)):
        list(parquet.scan(_source(path), lake))


def test_a_file_that_is_not_parquet_is_unreadable_with_its_name(lake):
    (lake / "lake" / "rusak.parquet").write_bytes(b"not parquet at all")
    scan = scan_source(_source("lake/rusak.parquet"), lake)
    assert "lake/rusak.parquet: not a readable Parquet file" in scan.error
