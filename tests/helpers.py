"""What the tests share besides fixtures: the repository's places and a file writer."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
POLICY_TEXT = REPO / "inventory" / "policy" / "kebijakan-privasi.txt"
BUNDLED_INVENTORY = REPO / "inventory"

# The databases the real_dumps fixture (conftest.py) creates, dumps and drops, and the values
# planted in their rows: no output of laci-audit may ever contain one.
PG_DUMP_DATABASE = "laci_dump_pg"
MY_DUMP_DATABASE = "laci_dump_my"
PLANTED_VALUES = ("Rahmawati-q7Zp3", "rahma.q7zp3@contoh.id", "Jl. Kenanga q7Zp3 No. 9", "0812-7730-9913")


def write(path: Path, text: str) -> Path:
    """Write dedented text to path, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def findings_of(inventory: Path, rule: str) -> list:
    """The findings of one rule in an audit of the inventory."""
    from laci_audit.engine import audit_inventory

    return [f for f in audit_inventory(inventory).result.findings if f.rule == rule]


def add_sqlite_source(inventory: Path, name: str, script: str, owner: str = "tim-data") -> Path:
    """A real SQLite file data/<name>.sqlite made by the SQL script, declared as source `name`."""
    import sqlite3

    path = inventory / "data" / f"{name}.sqlite"
    path.parent.mkdir(exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.executescript(script)
    connection.close()
    with (inventory / "sources.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f"  - {{name: {name}, kind: sqlite, path: data/{name}.sqlite, owner: {owner}}}\n")
    return path


def add_column(inventory: Path, sql: str) -> None:
    """A second DDL file of the small inventory's akun source."""
    write(inventory / "schemas" / "akun" / "002_more.sql", sql)


def edit(path: Path, old: str, new: str) -> None:
    """Replace text that must be in the file."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


# Superuser URLs of the database servers the live tests use (the defaults are this machine's).
POSTGRES_URL = os.environ.get("LACI_AUDIT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
MARIADB_URL = os.environ.get("LACI_AUDIT_TEST_MARIADB_URL", "mysql://root@127.0.0.1:3306/test")


def admin_or_skip(url: str, what: str):
    """An autocommit engine for setting up test data, or a skip (a failure in CI, where
    LACI_AUDIT_REQUIRE_DATABASES=1) when no server answers."""
    import pytest
    import sqlalchemy

    engine = sqlalchemy.create_engine(
        url.replace("mysql://", "mysql+pymysql://").replace("postgresql://", "postgresql+psycopg2://"),
        isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}, poolclass=sqlalchemy.pool.NullPool,
    )
    try:
        engine.connect().close()
    except sqlalchemy.exc.OperationalError as exc:
        reason = f"no {what} server answers at {url} ({str(exc.orig).splitlines()[0]})"
        if os.environ.get("LACI_AUDIT_REQUIRE_DATABASES") == "1":
            pytest.fail(f"{reason}; CI requires it (LACI_AUDIT_REQUIRE_DATABASES=1)")
        pytest.skip(reason)
    return engine


# tests/fixtures/store/: an inventory, the edits made to it between scans, and the v1 inventory
# database its three scans wrote (README.md there says how).
STORE_FIXTURE = FIXTURES / "store"


def store_steps() -> list[dict]:
    """The scans of the store fixture, each with the edits made to the inventory before it."""
    import json

    return json.loads((STORE_FIXTURE / "steps.json").read_text(encoding="utf-8"))


def apply_store_step(inventory: Path, step: dict) -> None:
    """Make one step's edits to a copy of the store fixture's inventory (each text found once)."""
    for change in step["edits"]:
        path = inventory / change["file"]
        text = path.read_text(encoding="utf-8")
        assert text.count(change["old"]) == 1, (change["file"], change["old"])
        path.write_text(text.replace(change["old"], change["new"]), encoding="utf-8")


def source(*tables: tuple[str, list[tuple[str, str]]]):
    """Fields of one source "s": (table, [(column, type), ...]) each; a type ending in
    ' PRIMARY KEY' declares the column the table's key, as DDL does."""
    from laci_audit.records import Field

    return [Field("s", table, name, data_type.removesuffix(" PRIMARY KEY"),
                  primary_key=data_type.endswith(" PRIMARY KEY"))
            for table, columns in tables for name, data_type in columns]


def classify(classifier, fields) -> dict:
    """The classifier's suggestions by (table, column), names casefolded."""
    return {(table, name): suggestion for (_s, table, name), suggestion in classifier.classify_source(fields).items()}
