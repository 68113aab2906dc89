"""`where TERM`: ids, policy words, English words and short forms; linked tables; SQL for requests."""

from __future__ import annotations

import sqlite3

import pytest
import sqlglot
from helpers import BUNDLED_INVENTORY, add_sqlite_source, edit, write
from typer.testing import CliRunner

from laci_audit.answers.where import access_sql, deletion_places, where
from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.errors import LaciError

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


def test_linked_tables_by_declared_and_inferred_keys(bundled):
    links = where(bundled, "nik").links
    keyed = {(link.source, link.table, link.column): link for link in links}
    assert keyed[("akun", "alamat", "user_id")].target_table == "users"
    assert keyed[("akun", "alamat", "user_id")].how == "declared in the schema: references users.id"
    assert keyed[("biro_kredit", "hasil_skor_kredit", "permintaan_id")].how == \
        "declared in the schema: references permintaan_skor.id"  # T-SQL: FOREIGN KEY ... REFERENCES [dbo].[...]
    assert ("pesanan", "pesanan", "pembeli_id") not in keyed  # users live in another source: no guess across sources
    assert all(link.how.startswith(("inferred from the name: ", "declared in the schema: ")) for link in links)


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
    assert link.how == "declared in the registration: references users.id"
    [(_s, _t, statement)] = access_sql(result, answer)
    assert statement.endswith('SELECT "pemilik", "no_hp" FROM "poin" WHERE "pemilik" = :user_id;')


def test_a_key_declared_in_the_schema_comes_before_the_registration_and_the_name(inventory):
    write(inventory / "schemas" / "akun" / "002_pesanan.sql", """
        CREATE TABLE pesanan (id INT PRIMARY KEY, pembeli INT, no_hp TEXT);
        CREATE TABLE komplain (id INT, pesanan_id INT, user_id INT, dibuat_oleh INT REFERENCES users (id), no_hp TEXT);
        CREATE TABLE pengiriman (id INT, pesanan INT, no_hp TEXT);
        ALTER TABLE pesanan ADD CONSTRAINT fk_pembeli FOREIGN KEY (pembeli) REFERENCES users (id);
        ALTER TABLE pengiriman ADD CONSTRAINT fk_pesanan FOREIGN KEY (pesanan) REFERENCES pesanan (id);
        """)
    with (inventory / "fields" / "akun.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  komplain:\n    fields:\n      dibuat_oleh: {personal: false, reason: key, references: pesanan.id}\n")
    result = audit_inventory(inventory).result
    answer = where(result, "phone")
    hows = {(link.table, link.column): (link.target_table, link.how) for link in answer.links}
    assert hows[("komplain", "dibuat_oleh")] == ("users", "declared in the schema: references users.id")
    assert hows[("komplain", "pesanan_id")] == ("pesanan", "inferred from the name: pesanan_id is named after the key of pesanan")
    assert hows[("pengiriman", "pesanan")] == ("pesanan", "declared in the schema: references pesanan.id")
    assert hows[("pesanan", "pembeli")] == ("users", "declared in the schema: references users.id")
    statements = {table: sql for _source, table, sql in access_sql(result, answer)}
    assert statements["pesanan"].endswith('SELECT "pembeli", "no_hp" FROM "pesanan" WHERE "pembeli" = :user_id;')
    assert statements["komplain"].splitlines() == [
        "-- declared in the schema: references users.id",
        'SELECT "dibuat_oleh", "no_hp" FROM "komplain" WHERE "dibuat_oleh" = :user_id;',
    ]
    assert statements["pengiriman"].endswith(
        'SELECT "pesanan", "no_hp" FROM "pengiriman" WHERE "pesanan" IN '
        '(SELECT "id" FROM "pesanan" WHERE "pembeli" = :user_id);')


def test_where_sql_follows_the_keys_of_a_real_sqlite_file(inventory):
    path = add_sqlite_source(inventory, "toko", """
            CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT);
            CREATE TABLE keranjang (id INTEGER PRIMARY KEY, pemilik INT REFERENCES pelanggan);
            CREATE TABLE alamat_kirim (id INTEGER PRIMARY KEY, keranjang INT REFERENCES keranjang (id), no_hp TEXT);
            INSERT INTO pelanggan VALUES (1, 'Budi'), (2, 'Sari');
            INSERT INTO keranjang VALUES (10, 1), (20, 2);
            INSERT INTO alamat_kirim VALUES (100, 10, '0812'), (200, 20, '0813');
            """, owner="tim-toko")
    output = runner.invoke(app, ["where", "phone", "-i", str(inventory), "--sql"])
    assert output.exit_code == 0, output.output
    assert ("-- declared in the schema: references keranjang.id; then declared in the schema: references pelanggan.id"
            in output.output)
    [statement] = [line for line in output.output.splitlines() if line.startswith('SELECT "keranjang"')]
    assert statement == ('SELECT "keranjang", "no_hp" FROM "alamat_kirim" WHERE "keranjang" IN '
                         '(SELECT "id" FROM "keranjang" WHERE "pemilik" = :user_id);')
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        assert connection.execute(statement, {"user_id": 2}).fetchall() == [(20, "0813")]
    connection.close()


def test_cli_where(inventory):
    result = runner.invoke(app, ["where", "email", "-i", str(inventory), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "fields,akun,users,email,tim-akun,registered,A.1.1" in result.output
    result = runner.invoke(app, ["where", "email", "-i", str(inventory), "--sql"])
    assert 'SELECT "id", "email" FROM "users" WHERE "id" = :user_id;' in result.output
    result = runner.invoke(app, ["where", "A.7", "-i", str(inventory)])
    assert result.exit_code == 2 and "A.7" in result.output


def test_the_person_parameter_is_each_client_s_own_variable():
    from helpers import BUNDLED_INVENTORY

    output = CliRunner().invoke(app, ["where", "nik", "--sql", "-i", str(BUNDLED_INVENTORY)]).output
    statements = [line for line in output.splitlines() if line.startswith("SELECT")]
    assert any('FROM "users"' in line and line.endswith("= :user_id;") for line in statements)  # postgres
    assert any("FROM [permintaan_skor]" in line and line.endswith("= @user_id;") for line in statements)  # tsql


def test_deletion_reaches_rows_that_point_at_the_data_not_lookup_tables():
    from helpers import BUNDLED_INVENTORY

    output = CliRunner().invoke(app, ["where", "nomor rekening", "--sql", "-i", str(BUNDLED_INVENTORY)]).output
    places = output.split("-- Deletion request")[1]
    assert "pembayaran.rekening_refund" in places
    assert "| pembayaran.bank |" not in places and "| pembayaran.refund |" not in places  # what it points at
    nik = CliRunner().invoke(app, ["where", "nik", "--sql", "-i", str(BUNDLED_INVENTORY)]).output
    assert "akun | alamat | tim-akun | keyed to users by user_id" in nik  # rows pointing at users stay


def test_every_statement_where_sql_writes_parses_back_in_its_source_dialect():
    from helpers import BUNDLED_INVENTORY

    from laci_audit.answers.where import source_dialect

    result = audit_inventory(BUNDLED_INVENTORY).result
    checked = set()
    for term in ("email", "phone", "nik", "A.2.5", "nomor rekening"):
        for source, _table, statement in access_sql(result, where(result, term)):
            select = statement.splitlines()[-1]
            if not select.startswith("SELECT"):
                continue
            dialect = source_dialect(result, source)
            parsed = sqlglot.parse_one(select, read=dialect)
            assert isinstance(parsed, sqlglot.exp.Select) and parsed.find(sqlglot.exp.Where), (source, select)
            checked.add(dialect)
    assert {"postgres", "mysql", "tsql", "sqlite"} <= checked


def test_where_sql_names_the_declared_subject_key_after_the_last_hop(inventory):
    """A shipment reaches its order by a declared key, and the order's buyer is the person by the
    source's subject_keys: the comment says both steps, as the SELECT takes them."""
    add_sqlite_source(inventory, "toko", """
            CREATE TABLE pesanan (id INTEGER PRIMARY KEY, pembeli_id INT, total INT);
            CREATE TABLE pengiriman (id INTEGER PRIMARY KEY, pesanan_id INT REFERENCES pesanan (id), no_hp TEXT);
            """, owner="tim-toko")
    edit(inventory / "sources.yaml", "path: data/toko.sqlite, owner: tim-toko}",
         "path: data/toko.sqlite, owner: tim-toko, subject_keys: [pesanan.pembeli_id]}")
    output = runner.invoke(app, ["where", "phone", "-i", str(inventory), "--sql"])
    assert output.exit_code == 0, output.output
    assert ("-- declared in the schema: references pesanan.id; then the person's id, as declared: "
            "subject_keys pesanan.pembeli_id") in output.output
    assert ('SELECT "pesanan_id", "no_hp" FROM "pengiriman" WHERE "pesanan_id" IN '
            '(SELECT "id" FROM "pesanan" WHERE "pembeli_id" = :user_id);') in output.output


def test_where_sql_takes_a_person_tables_account_key_over_its_own_id(inventory):
    """A credit-score request names its applicant (nik, name) and holds the account's user_id
    beside its own id: an access request made with the account id matches user_id, not the
    request's id."""
    add_sqlite_source(inventory, "kredit", """
            CREATE TABLE permintaan_skor (id INTEGER PRIMARY KEY, user_id INT, nik TEXT, nama_sesuai_ktp TEXT,
                                          tanggal_lahir DATE);
            """, owner="tim-fintech")
    output = runner.invoke(app, ["where", "nik", "-i", str(inventory), "--sql"])
    assert output.exit_code == 0, output.output
    assert ('SELECT "user_id", "nik", "nama_sesuai_ktp" FROM "permintaan_skor" WHERE "user_id" = :user_id;'
            in output.output)
