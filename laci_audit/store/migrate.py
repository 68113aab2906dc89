"""Migrating an older inventory, inside the transaction that opens it for writing, foreign keys
off while tables are rebuilt. Schema 1 (one row per field, registration and finding per scan)
becomes schema 3's versions (store/schema.py): each schema 1 row a version of that one scan
(first_scan = last_scan = its scan_id, same id), with the digest the writer would give it, so
that the next scan reuses the latest scan's versions; tables pointing at fields are rebuilt to
point at field_versions. No row is merged: what the file answered before, the views answer
after. Schema 2 had the same tables with digests of repr: its versions get today's digests."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from laci_audit.store.schema import TABLES, V1_COLUMNS, VERSIONED, VIEWS, json_tuple, version_digest

_FIELD_CHILDREN = ("suggestions", "field_categories", "field_purposes")


def migrate_v1(db: sqlite_utils.Database) -> None:
    """Turn schema 1's tables into versions, in the caller's transaction."""
    for view in set(VIEWS) & set(db.view_names()):  # ours read the old tables; ensure_schema makes them again
        db.execute(f"DROP VIEW [{view}]")
    spec = {name: (columns, pk, foreign_keys) for name, columns, pk, foreign_keys in TABLES}
    for old, (table, columns) in VERSIONED.items():
        existing = db[old].columns_dict
        for column, column_type in V1_COLUMNS[old].items():  # an older schema 1 lacks a few
            if column not in existing:
                db[old].add_column(column, column_type)
        new_columns, pk, foreign_keys = spec[table]
        db[table].create(new_columns, pk=pk, foreign_keys=foreign_keys)
        names = ", ".join(f"[{c}]" for c in columns)
        db.execute(f"INSERT INTO [{table}] ({names}, first_scan, last_scan) "
                   f"SELECT {names}, scan_id, scan_id FROM [{old}]")
    for child in _FIELD_CHILDREN:
        db.execute(f"ALTER TABLE [{child}] RENAME TO [{child}_v1]")
        columns, pk, foreign_keys = spec[child]
        db[child].create(columns, pk=pk, foreign_keys=foreign_keys)
        names = ", ".join(f"[{c}]" for c in columns)
        db.execute(f"INSERT INTO [{child}] ({names}) SELECT {names} FROM [{child}_v1] ORDER BY rowid")
        db.execute(f"DROP TABLE [{child}_v1]")
    _number_fields(db)
    rehash_v2(db)
    for old in ("registrations", "findings", "fields"):
        db.execute(f"DROP TABLE [{old}]")
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _key = broken[0]
        raise sqlite3.IntegrityError(f"migrating schema 1 broke {len(broken)} foreign keys "
                                     f"(first: {table} row {rowid}, whose {parent} row is missing)")


def rehash_v2(db: sqlite_utils.Database) -> None:
    """Schema 2 to 3, in the caller's transaction: the same tables and rows, each version's digest
    made again by today's version_digest (schema 2 hashed repr of the content), so that the next
    scan reuses every version it would have reused before."""
    _digest_fields(db)
    for old, (table, columns) in VERSIONED.items():
        if old != "fields":
            _digest_rows(db, table, [c for c in columns if c != "id"])


def _number_fields(db: sqlite_utils.Database) -> None:
    """A field's position in its table, as the writer numbers it: schema 1's ids are in scan order."""
    db.execute("UPDATE field_versions SET position = numbered.position FROM (SELECT id, row_number() OVER "
               "(PARTITION BY first_scan, source, table_name ORDER BY id) - 1 AS position FROM field_versions) "
               "AS numbered WHERE field_versions.id = numbered.id")


def _digest_fields(db: sqlite_utils.Database) -> None:
    """A field version's digest covers its row, suggestion, categories and purposes (store/record.py)."""
    suggestions = {field_id: (personal, json_tuple(categories), confidence, sensitive, json_tuple(evidence))
                   for field_id, personal, categories, confidence, sensitive, evidence in db.execute(
                       "SELECT field_id, personal, categories, confidence, sensitive, evidence FROM suggestions")}
    categories: dict[int, list] = {}
    for field_id, category in db.execute("SELECT field_id, category FROM field_categories ORDER BY rowid"):
        categories.setdefault(field_id, []).append(category)
    purposes: dict[int, list] = {}
    for field_id, purpose, origin in db.execute("SELECT field_id, purpose, origin FROM field_purposes ORDER BY rowid"):
        purposes.setdefault(field_id, []).append((purpose, origin))
    columns = [c for c in VERSIONED["fields"][1] if c != "id"]
    rows = db.execute(f"SELECT id, {', '.join(f'[{c}]' for c in columns)} FROM field_versions").fetchall()
    db.conn.executemany("UPDATE field_versions SET digest = ? WHERE id = ?", (
        (version_digest((row[1:], suggestions.get(row[0]), tuple(categories.get(row[0], ())),
                         tuple(purposes.get(row[0], ())))), row[0])
        for row in rows))


def _digest_rows(db: sqlite_utils.Database, table: str, columns: list[str]) -> None:
    """A registration's or finding's digest covers its row, lists as tuples (store/record.py)."""
    lists = [n for n, c in enumerate(columns) if c in _JSON_LISTS]
    rows = db.execute(f"SELECT id, {', '.join(f'[{c}]' for c in columns)} FROM [{table}]").fetchall()
    db.conn.executemany(f"UPDATE [{table}] SET digest = ? WHERE id = ?", (
        (version_digest(tuple(json_tuple(v) if n in lists else v for n, v in enumerate(row[1:]))), row[0])
        for row in rows))


_JSON_LISTS = {"categories", "purposes", "table_purposes", "partners"}
