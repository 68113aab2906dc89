"""`where TERM`: ids, policy words, English words and short forms; linked tables; SQL for requests."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import BUNDLED_INVENTORY, write
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.errors import LaciError
from laci_audit.lookup import access_sql, deletion_places, where

runner = CliRunner()


@pytest.fixture(scope="module")
def bundled():
    return audit_inventory(BUNDLED_INVENTORY).result


def places(answer):
    return {(m.field.source, m.field.table, m.field.name) for m in answer.matches}


def test_english_word_policy_phrase_and_short_form_agree(bundled):
    phone = places(where(bundled, "phone"))
    assert ("akun", "users", "no_hp") in phone
    assert ("pesanan", "pengiriman", "no_hp_penerima") in phone
    assert ("login_sosial", "akun_tertaut", "no_telepon") in phone
    assert ("akun", "users", "email") not in phone
    assert places(where(bundled, "nomor telepon")) == phone
    assert places(where(bundled, "no_hp")) == phone
    assert ("akun", "users", "nik") in places(where(bundled, "nik"))
    assert ("biro_kredit", "permintaan_skor", "nama_sesuai_ktp") in places(where(bundled, "NIK"))


def test_term_categories_come_from_policy_and_classifier(bundled):
    assert where(bundled, "nomor telepon").categories[:2] == ("A.1.1", "A.3.2")
    assert "A.2.4" in where(bundled, "imei").categories


def test_category_id_and_parent_id(bundled):
    device = where(bundled, "A.2.4")
    assert ("perangkat", "perangkat", "imei") in places(device)
    assert all("A.2.4" in m.categories for m in device.matches)
    recorded = where(bundled, "A.2")
    assert places(device) < places(recorded)
    assert set(recorded.categories) == {"A.2.1", "A.2.2", "A.2.3", "A.2.4", "A.2.5"}


def test_unregistered_personal_fields_are_found_and_marked(bundled):
    [birth] = [m for m in where(bundled, "date of birth").matches if m.field.table == "users"]
    assert birth.field.name == "tanggal_lahir" and birth.status == "unregistered" and birth.purposes == ()


def test_linked_tables_by_inferred_keys(bundled):
    links = where(bundled, "nik").links
    keyed = {(link.source, link.table, link.column): link for link in links}
    assert keyed[("akun", "alamat", "user_id")].target_table == "users"
    assert keyed[("pesanan", "pesanan", "pembeli_id")].how == "inferred: pembeli_id names a person"
    assert all(link.how.startswith("inferred") for link in links)


def test_unknown_id_and_empty_term(bundled):
    with pytest.raises(LaciError, match="A.9 is not a collection category"):
        where(bundled, "A.9")
    with pytest.raises(LaciError):
        where(bundled, "  ")


def test_access_sql_runs_read_only_on_the_sqlite_source(bundled):
    answer = where(bundled, "phone")
    statements = {(source, table): sql for source, table, sql in access_sql(bundled, answer)}
    users = statements[("akun", "users")]
    assert 'SELECT "id", "no_hp", "no_hp_terverifikasi" FROM "users" WHERE "id" = :user_id;' in users
    assert 'IN (SELECT "id" FROM "pesanan" WHERE "pembeli_id" = :user_id)' in statements[("pesanan", "pengiriman")]
    assert "`tiket`" in statements[("layanan_pelanggan", "tiket")]  # MySQL quoting
    sqlite_statement = statements[("perangkat", "akun_perangkat")].splitlines()[-1]
    uri = f"file:{BUNDLED_INVENTORY / 'data' / 'perangkat.sqlite'}?mode=ro"
    with sqlite3.connect(uri, uri=True) as connection:
        cursor = connection.execute(sqlite_statement, {"user_id": 1})
        assert [c[0] for c in cursor.description] == ["user_id", "no_hp"]
    reach = {(source, table) for source, table, _owner, _why in deletion_places(bundled, answer)}
    assert ("akun", "sesi_login") in reach and ("akun", "users") in reach


def test_declared_reference_links_a_table_with_an_unusual_key(inventory):
    write(inventory / "schemas" / "akun" / "002_poin.sql", "CREATE TABLE poin (id INT, pemilik INT, no_hp TEXT);\n")
    with (inventory / "fields" / "akun.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  poin:\n    fields:\n      id: {personal: false, reason: key}\n"
                     "      pemilik: {categories: [A.1.1], references: users.id}\n"
                     "      no_hp: {categories: [A.1.1]}\n")
    result = audit_inventory(inventory).result
    answer = where(result, "phone")
    [link] = [link for link in answer.links if link.table == "poin"]
    assert link.how == "declared: references users.id"
    [(_s, _t, statement)] = access_sql(result, answer)
    assert statement.endswith('SELECT "pemilik", "no_hp" FROM "poin" WHERE "pemilik" = :user_id;')


def test_cli_where(inventory):
    result = runner.invoke(app, ["where", "email", "-i", str(inventory), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "fields,akun,users,email,tim-akun,registered,A.1.1" in result.output
    result = runner.invoke(app, ["where", "email", "-i", str(inventory), "--sql"])
    assert 'SELECT "id", "email" FROM "users" WHERE "id" = :user_id;' in result.output
    result = runner.invoke(app, ["where", "A.7", "-i", str(inventory)])
    assert result.exit_code == 2 and "A.7" in result.output
