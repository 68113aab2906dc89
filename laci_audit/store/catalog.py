"""The latest scan as a catalog: its sources, their fields with registered categories, effective
purposes and specific-data flags, and the labels of the policy it was judged against. Read from
the inventory database, for the tools a catalog lives in (DataHub, Datasette)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from laci_audit.errors import LaciError


@dataclass(frozen=True)
class PolicyLabel:
    """One item of the policy: its id, kind (category or purpose), labels and UU PDP specific flag."""

    id: str
    kind: str
    parent: str
    label_en: str
    text: str
    spesifik: bool


@dataclass(frozen=True)
class CatalogField:
    """One field of the latest scan, with what the inventory knows about it."""

    source: str
    table: str
    name: str
    data_type: str
    comment: str
    primary_key: bool
    registered: bool
    personal: bool  # registered as personal, else the classifier's view
    categories: tuple[str, ...]
    purposes: tuple[str, ...]
    specific: bool  # UU PDP specific data: a spesifik category, or the classifier says so


@dataclass(frozen=True)
class CatalogSource:
    """One declared source of the latest scan."""

    name: str
    kind: str
    location: str
    owner: str
    description: str
    status: str


@dataclass(frozen=True)
class Catalog:
    """The latest scan: its id and time, the policy's labels, the sources and their fields."""

    scan_id: int
    started_at: str
    policy_sha256: str
    labels: dict[str, PolicyLabel]
    sources: list[CatalogSource]
    fields: list[CatalogField]


def latest_catalog(db: sqlite_utils.Database) -> Catalog:
    """The catalog of the latest recorded scan; a one-line error when nothing was scanned yet."""
    scan = next(iter(db.query("SELECT id, started_at, policy_sha256 FROM scans ORDER BY id DESC LIMIT 1")), None)
    if scan is None:
        raise LaciError("the inventory database holds no scan yet: run `laci-audit scan` first")
    labels = {row["id"]: PolicyLabel(row["id"], row["kind"], row["parent"] or "", row["label_en"] or "",
                                     row["text"] or "", bool(row["spesifik"]))
              for row in db.query("SELECT * FROM policy_items WHERE policy_sha256 = ?", [scan["policy_sha256"]])}
    sources = [CatalogSource(row["name"], row["kind"], row["location"] or "", row["owner"] or "",
                             row["description"] or "", row["status"])
               for row in db.query("SELECT * FROM sources WHERE scan_id = ? ORDER BY rowid", [scan["id"]])]
    # a schema 1 file, read as it is, has no position: its ids are in the scan's order
    position = "f.position" if "position" in db["fields"].columns_dict else "NULL"
    fields = [_field(row, labels) for row in db.query(_FIELDS_SQL.format(position=position), [scan["id"]])]
    return Catalog(scan["id"], scan["started_at"], scan["policy_sha256"], labels, sources, fields)


_FIELDS_SQL = """
    SELECT f.source, f.table_name, f.name, f.data_type, f.comment, f.primary_key, f.registered, f.personal,
           s.personal AS suggested_personal, s.sensitive AS suggested_sensitive,
           (SELECT json_group_array(category) FROM field_categories c WHERE c.field_id = f.id) AS categories,
           (SELECT json_group_array(purpose) FROM field_purposes p WHERE p.field_id = f.id) AS purposes
    FROM fields f LEFT JOIN suggestions s ON s.field_id = f.id
    LEFT JOIN sources src ON src.scan_id = f.scan_id AND src.name = f.source
    WHERE f.scan_id = ? ORDER BY src.rowid, f.table_name, {position}, f.id"""
# (sources in the scan's order, tables by name, fields in their table's order: version ids keep no order)


def _field(row: dict, labels: dict[str, PolicyLabel]) -> CatalogField:
    categories = tuple(json.loads(row["categories"] or "[]"))
    personal = bool(row["personal"]) if row["registered"] else bool(row["suggested_personal"])
    specific = any(labels[c].spesifik for c in categories if c in labels) or bool(row["suggested_sensitive"])
    return CatalogField(row["source"], row["table_name"], row["name"], row["data_type"] or "", row["comment"] or "",
                        bool(row["primary_key"]), bool(row["registered"]), personal, categories,
                        tuple(json.loads(row["purposes"] or "[]")), specific and personal)
