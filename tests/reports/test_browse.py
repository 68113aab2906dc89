"""browse: Datasette serves the inventory with its metadata and canned queries; headless Chromium
loads each canned query and finds the rows a privacy officer expects."""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest
from helpers import BUNDLED_INVENTORY, write

from laci_audit.browse import browse_metadata
from laci_audit.engine import audit_inventory
from laci_audit.reports.browse import canned_queries

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """The bundled inventory scanned twice, a column added to akun.users in between."""
    folder = tmp_path_factory.mktemp("browse")
    inventory = folder / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, inventory, ignore=shutil.ignore_patterns("laci-audit.db", ".laci-cache"))
    db = folder / "laci-audit.db"
    audit_inventory(inventory, db)
    write(inventory / "schemas" / "akun" / "005_whatsapp.sql", "ALTER TABLE users ADD COLUMN no_whatsapp VARCHAR(20);\n")
    audit_inventory(inventory, db)
    return inventory, db


def _rows(db, query: str) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(canned_queries()[query]["sql"]).fetchall()
    finally:
        connection.close()


def test_canned_queries_answer_on_the_latest_scan(scanned):
    _inventory, db = scanned
    unregistered = {(row[0], row[1], row[2]) for row in _rows(db, "unregistered_personal_data")}
    assert {("akun", "users", "nama_ibu_kandung"), ("akun", "users", "no_whatsapp"), ("survei", "responden", "agama")} \
        <= unregistered
    per_category = {(row[0], row[2]): row for row in _rows(db, "fields_per_category_and_purpose")}
    assert per_category["A.1.1", "B.3.6"][1].startswith("Account data") and per_category["A.1.1", "B.3.6"][4] >= 1
    sensitive = {(row[0], row[1], row[2]): row[-1] for row in _rows(db, "sensitive_data")}
    assert sensitive["pembayaran", "pembayaran.token_kartu", "token"] == "registered under a spesifik category"
    assert sensitive["pembayaran", "pembayaran.rekening_refund", "no_rekening"] == "the classifier"
    changes = {(row[0], row[3]) for row in _rows(db, "changes_since_last_scan")}
    assert changes == {("field added", "no_whatsapp"), ("finding opened", "no_whatsapp")}


def test_metadata_describes_tables_columns_and_the_policy_labels(scanned):
    _inventory, db = scanned
    metadata = browse_metadata(db)["databases"]["laci-audit"]
    assert metadata["tables"]["fields"]["columns"]["primary_key"].startswith("1 when part of")
    assert "A.1.6 Payment data" in metadata["tables"]["policy_items"]["description"]
    assert "(spesifik)" in metadata["tables"]["policy_items"]["description"]
    assert set(metadata["queries"]) == {"unregistered_personal_data", "fields_per_category_and_purpose",
                                        "sensitive_data", "changes_since_last_scan"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(scanned):
    """`laci-audit browse` running on 127.0.0.1, stopped afterwards."""
    inventory, db = scanned
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "laci_audit", "browse", "-i", str(inventory), "--db", str(db),
                                "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"browse exited: {process.stdout.read().decode()}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def dump_dom(url: str) -> str:
    """The DOM after headless Chromium loaded the page."""
    import tempfile

    with tempfile.TemporaryDirectory() as profile:
        completed = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--dump-dom", url],
            capture_output=True, text=True, timeout=120, check=True,
        )
    return completed.stdout


@needs_chromium
@pytest.mark.parametrize("query, expected", [
    ("unregistered_personal_data", ["Personal data nobody registered", "nama_ibu_kandung", "no_whatsapp", "agama"]),
    ("fields_per_category_and_purpose", ["Fields per policy category and purpose", "Account data", "Payment data"]),
    ("sensitive_data", ["UU PDP specific data", "token_kartu", "no_rekening", "registered under a spesifik category"]),
    ("changes_since_last_scan", ["What changed since the scan before the latest", "field added", "no_whatsapp"]),
])
def test_chromium_loads_each_canned_query_with_its_rows(server, query, expected):
    page = dump_dom(f"{server}/laci-audit/{query}")
    for text in expected:
        assert text in page, f"{text!r} not in {query}"


@needs_chromium
def test_chromium_shows_the_table_descriptions(server):
    page = dump_dom(f"{server}/laci-audit/policy_items")
    assert "A.1.6 Payment data" in page and "categories (A) and purposes (B)" in page


def test_server_never_writes_the_database(scanned, server):
    _inventory, db = scanned
    before = db.read_bytes()
    urllib.request.urlopen(f"{server}/laci-audit/unregistered_personal_data.json", timeout=10).close()
    assert db.read_bytes() == before
