"""Real dumps, made by the real tools (pg_dump, mysqldump: the real_dumps fixture) or written as
they write them (a phpMyAdmin export and a migration folder with DO $$ blocks, under
tests/fixtures/dumps): every table is found with its columns, keys and lines, nothing is skipped,
and no value of their rows reaches any output or the inventory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import FIXTURES, MY_DUMP_DATABASE, PG_DUMP_DATABASE, PLANTED_VALUES, POLICY_TEXT, write
from typer.testing import CliRunner

from laci_audit.cli import app
from laci_audit.errors import SourceError
from laci_audit.policy.text import import_policy
from laci_audit.records import Field, SkippedStatement, Source
from laci_audit.sources.ddl import scan

DUMPS = FIXTURES / "dumps"
# (table, column): (primary key, references) of the databases the real_dumps fixture dumps
PG_TABLES = {
    ("member", "member_id"): (True, ""), ("member", "email"): (False, ""), ("member", "nama"): (False, ""),
    ("member", "no_hp"): (False, ""),
    ("toko.pesanan", "id"): (True, ""), ("toko.pesanan", "member_id"): (False, "member.member_id"),
    ("toko.pesanan", "alamat_kirim"): (False, ""), ("toko.pesanan", "tags"): (False, ""),
    ("toko.pesanan", "dibuat"): (False, ""),
    ("kontak", "email"): (False, ""), ("kontak", "no_hp"): (False, ""),
    ("jumlah_pesanan", "member_id"): (False, ""), ("jumlah_pesanan", "jumlah"): (False, ""),
    ("log_akses", "waktu"): (False, ""), ("log_akses", "ip"): (False, ""),  # its partition: left to it
}
MY_TABLES = {
    ("member", "member_id"): (True, ""), ("member", "email"): (False, ""), ("member", "nama"): (False, ""),
    ("member", "no_hp"): (False, ""),
    ("pesanan", "id"): (True, ""), ("pesanan", "member_id"): (False, "member.member_id"),
    ("pesanan", "alamat_kirim"): (False, ""), ("pesanan", "total"): (False, ""), ("pesanan", "dibuat"): (False, ""),
    ("lokasi", "id"): (True, ""), ("lokasi", "titik"): (False, ""),
    ("log_akses", "id"): (True, ""), ("log_akses", "waktu"): (True, ""), ("log_akses", "ip"): (False, ""),
    ("kontak", "email"): (False, ""), ("kontak", "no_hp"): (False, ""),
}


def read(path: Path | str, dialect: str) -> tuple[list[Field], list[SkippedStatement]]:
    source = Source("dump", "ddl", "tim-data", options={"path": str(path), "dialect": dialect, "allow_outside": True})
    found = list(scan(source, Path(".")))
    return [f for f in found if isinstance(f, Field)], [s for s in found if isinstance(s, SkippedStatement)]


@pytest.mark.parametrize(("dump", "dialect", "expected"), [
    pytest.param("pg_dump", "postgresql", PG_TABLES, id="pg_dump"),
    pytest.param("mysqldump", "mariadb", MY_TABLES, id="mysqldump"),
])
def test_every_table_of_a_real_dump_with_its_columns_keys_and_lines(real_dumps, dump, dialect, expected, capfd):
    fields, skipped = read(real_dumps[dump], dialect)
    assert skipped == []
    assert {(f.table, f.name): (f.primary_key, f.references) for f in fields} == expected
    lines = real_dumps[dump].read_bytes().splitlines()
    for found in fields:  # each line is the column's own definition, or the view's
        assert found.name.encode() in lines[found.line - 1], (found, lines[found.line - 1])
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize(("dump", "dialect", "kind", "url"), [
    pytest.param("pg_dump", "postgresql", "postgres", f"postgresql://postgres@127.0.0.1:5432/{PG_DUMP_DATABASE}",
                 id="postgres"),
    pytest.param("mysqldump", "mariadb", "mysql", f"mysql://root@127.0.0.1:3306/{MY_DUMP_DATABASE}", id="mariadb"),
])
def test_a_dump_and_its_live_database_give_the_same_columns_and_keys(real_dumps, dump, dialect, kind, url):
    from laci_audit.sources import mysql, postgres

    fields, _skipped = read(real_dumps[dump], dialect)
    live = Source("live", kind, "tim-data", options={"url": url})
    scanned = list((postgres if kind == "postgres" else mysql).scan(live, None))
    assert {(f.table, f.name, f.primary_key, f.references) for f in fields} == {
        (f.table, f.name, f.primary_key, f.references) for f in scanned}


def test_a_phpmyadmin_export_with_delimiter_blocks_and_keys_added_at_the_end():
    fields, skipped = read(DUMPS / "phpmyadmin.sql", "mysql")
    assert skipped == []
    assert [(f.table, f.name, f.data_type, f.line, f.primary_key, f.references) for f in fields] == [
        ("pelanggan", "id_pelanggan", "INT(11)", 42, True, ""),
        ("pelanggan", "nama_lengkap", "VARCHAR(100)", 43, False, ""),
        ("pelanggan", "email", "VARCHAR(255)", 44, False, ""),
        ("pelanggan", "no_hp", "VARCHAR(20)", 45, False, ""),
        ("pelanggan", "tgl_lahir", "DATE", 46, False, ""),
        ("alamat", "id", "INT(11)", 74, True, ""),
        ("alamat", "pelanggan_id", "INT(11)", 75, False, "pelanggan.id_pelanggan"),
        ("alamat", "alamat_kirim", "TEXT", 76, False, ""),
        ("alamat", "kode_pos", "CHAR(5)", 77, False, ""),
    ]


def test_cacti_s_install_file_under_one_delimiter_command():
    # cacti.sql (Cacti/cacti) sets `DELIMITER //` at its top and never resets it: every table is
    # still read, as the mysql client and server run it.
    # 117 tables of 1,106 columns, counted by splitting each CREATE TABLE's column list at its top-level commas.
    fields, skipped = read(DUMPS / "cacti.sql", "mysql")
    assert skipped == []
    assert len({f.table for f in fields}) == 117 and len(fields) == 1106
    assert [(f.name, f.data_type, f.line, f.primary_key) for f in fields if f.table == "user_auth"][:4] == [
        ("id", "MEDIUMINT(8) UNSIGNED", 2706, True), ("username", "VARCHAR(50)", 2707, False),
        ("password", "VARCHAR(256)", 2708, False), ("realm", "MEDIUMINT(8)", 2709, False)]
    # `PRIMARY KEY USING BTREE (local_data_id, time, rrd_name)`: the key, not a column named "PRIMARY KEY"
    assert [(f.name, f.primary_key) for f in fields if f.table == "poller_output_boost"] == [
        ("local_data_id", True), ("rrd_name", True), ("time", True), ("output", False), ("last_updated", False)]


def test_a_migration_folder_with_do_blocks(capfd):
    fields, skipped = read(DUMPS / "migrations" / "*.sql", "postgres")
    assert skipped == []
    assert [(f.table, f.name, Path(f.file).name, f.line, f.primary_key, f.references, f.comment) for f in fields] == [
        ("member", "member_id", "001_member.sql", 4, True, "", ""),
        ("member", "email", "001_member.sql", 5, False, "", ""),
        ("member", "status", "001_member.sql", 16, False, "", ""),
        ("member", "nama_lengkap", "003_rename.sql", 2, False, "", ""),
        ("alamat", "id", "002_alamat.sql", 3, True, "", ""),
        ("alamat", "member_ref", "002_alamat.sql", 4, False, "member.member_id", ""),
        ("alamat", "jalan", "002_alamat.sql", 5, False, "", "alamat pengiriman"),
    ]
    assert capfd.readouterr().err == ""


@pytest.fixture
def dump_inventory(tmp_path, monkeypatch, real_dumps) -> Path:
    """An inventory whose sources are the four dumps, and rows planted in each."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "inventory"
    shutil.copy(POLICY_TEXT, tmp_path / "kebijakan-privasi.txt")
    import_policy(tmp_path / "kebijakan-privasi.txt", root / "policy" / "taxonomy.yaml")
    for name in ("pg_dump", "mysqldump"):
        shutil.copy(real_dumps[name], root / f"{name}.sql")
    shutil.copy(DUMPS / "phpmyadmin.sql", root / "phpmyadmin.sql")
    shutil.copytree(DUMPS / "migrations", root / "migrations")
    write(root / "sources.yaml", """
        sources:
          - {name: crm_pg, kind: ddl, dialect: postgresql, path: pg_dump.sql, owner: tim-crm}
          - {name: toko_my, kind: ddl, dialect: mariadb, path: mysqldump.sql, owner: tim-toko}
          - {name: toko_lama, kind: ddl, dialect: mysql, path: phpmyadmin.sql, owner: tim-toko}
          - {name: akun, kind: ddl, dialect: postgres, path: migrations/*.sql, owner: tim-akun}
        """)
    return root


def test_no_value_of_a_dump_reaches_any_output_or_the_inventory(dump_inventory):
    runner = CliRunner()
    planted = [*PLANTED_VALUES, "phpma1", "Rahmawati", "Wahyuni", "Melati"]
    outputs = []
    for command in (
        ["scan"], ["audit"], ["audit", "-f", "json"], ["audit", "-f", "markdown"],
        ["check", "-f", "sarif"], ["check", "-f", "junit"], ["check", "-f", "json"], ["suggest"],
        ["where", "email", "--sql"], ["where", "A.1.1", "-f", "json"], ["report", "coverage", "-f", "csv"],
        ["report", "ropa", "-f", "json"], ["report", "ropa", "-f", "html", "-o", "ropa.html"],
        ["report", "breach", "toko_my"], ["explain", "toko_my", "member", "email"],
    ):
        result = runner.invoke(app, [*command, "-i", str(dump_inventory)])
        assert result.exit_code in (0, 1), (command, result.output)
        outputs.append(result.output)
    assert "member.member_id" in "".join(outputs)  # the outputs do speak of the dumps
    written = b"".join(path.read_bytes() for path in dump_inventory.parent.rglob("*")  # the database, the cache, ...
                       if path.is_file() and path.suffix != ".sql")
    assert b"member_id" in written and (dump_inventory.parent / "ropa.html").is_file()
    for value in planted:
        assert not any(value.casefold() in output.casefold() for output in outputs), value
        assert value.encode() not in written, value


def test_where_sql_selects_by_a_table_s_real_primary_key(dump_inventory):
    result = CliRunner().invoke(app, ["where", "email", "--sql", "-i", str(dump_inventory)])
    assert result.exit_code == 0, result.output
    assert 'SELECT "member_id", "email" FROM "member" WHERE "member_id" = :user_id;' in result.output
    assert "SELECT `member_id`, `email` FROM `member` WHERE `member_id` = @user_id;" in result.output
    assert "-- member holds people, keyed by member_id" in result.output
    assert 'WHERE "id" = :user_id' not in result.output


def test_oracle_s_hr_schema_run_by_sqlplus():
    # hr_create.sql (oracle-samples/db-sample-schemas): SQL*Plus's REM, SET and Prompt lines end at
    # their line's end without `;`, and `/` ends a trigger; before, each Prompt swallowed the CREATE
    # TABLE after it and no table was read. 7 tables of 35 columns (counted by splitting each CREATE
    # TABLE's column list at its top-level commas) and the view emp_details_view's 16.
    fields, skipped = read(DUMPS / "oracle_hr_create.sql", "oracle")
    assert skipped == []
    counts = {}
    for found in fields:
        counts[found.table] = counts.get(found.table, 0) + 1
    assert counts == {"regions": 2, "countries": 3, "locations": 6, "departments": 4, "jobs": 4, "employees": 11,
                      "job_history": 5, "emp_details_view": 16}
    assert [(f.name, f.data_type, f.line) for f in fields if f.table == "employees"][:3] == [
        ("employee_id", "NUMBER(6)", 202), ("first_name", "VARCHAR2(20)", 203), ("last_name", "VARCHAR2(25)", 204)]


def test_oracle_s_parenthesised_alter_table_add_sets_the_keys():
    # hr_create.sql adds most keys by Oracle's `ALTER TABLE t ADD ( CONSTRAINT ... PRIMARY KEY (...),
    # CONSTRAINT ... FOREIGN KEY (...) REFERENCES u [(...)] )`: before, only countries' inline key was seen.
    fields, _skipped = read(DUMPS / "oracle_hr_create.sql", "oracle")
    assert sorted((f.table, f.name) for f in fields if f.primary_key) == [
        ("countries", "country_id"), ("departments", "department_id"), ("employees", "employee_id"),
        ("job_history", "employee_id"), ("job_history", "start_date"), ("jobs", "job_id"),
        ("locations", "location_id"), ("regions", "region_id")]
    assert sorted((f.table, f.name, f.references) for f in fields if f.references) == [
        ("countries", "region_id", "regions.region_id"), ("departments", "location_id", "locations.location_id"),
        ("departments", "manager_id", "employees.employee_id"),
        ("employees", "department_id", "departments.department_id"), ("employees", "job_id", "jobs.job_id"),
        ("employees", "manager_id", "employees.employee_id"),
        ("job_history", "department_id", "departments.department_id"),
        ("job_history", "employee_id", "employees.employee_id"), ("job_history", "job_id", "jobs.job_id"),
        ("locations", "country_id", "countries.country_id")]


@pytest.mark.parametrize(("dump", "tables", "columns", "keys"), [
    # `PRIMARY KEY CLUSTERED ([xid]) WITH (PAD_INDEX = OFF, ...)`, unnamed, in CREATE TABLE
    pytest.param("seata_sqlserver.sql", 5, 38, [("branch_table", "branch_id"), ("distributed_lock", "lock_key"),
                                                ("global_table", "xid"), ("lock_table", "row_key"),
                                                ("vgroup_table", "vGroup")], id="seata"),
    # `ALTER TABLE [dbo].[QRTZ_LOCKS] WITH NOCHECK ADD
    #  CONSTRAINT [PK_QRTZ_LOCKS] PRIMARY KEY CLUSTERED (...) ON [PRIMARY]`
    pytest.param("quartz_sqlserver.sql", 11, 79, 25, id="quartz"),
    # `ALTER TABLE [radacct] WITH NOCHECK ADD CONSTRAINT [DF_...] DEFAULT ('') FOR [groupname], ...,
    # CONSTRAINT [PK_radacct] PRIMARY KEY NONCLUSTERED ([radacctid]) ON [PRIMARY]`: one ADD for the list
    pytest.param("freeradius_mssql.sql", 9, 74, [
        ("nasreload", "nasipaddress"), ("radacct", "radacctid"), ("radcheck", "id"), ("radgroupcheck", "id"),
        ("radgroupreply", "id"), ("radpostauth", "id"), ("radreply", "id"), ("radusergroup", "id")], id="freeradius"),
])
def test_sql_server_keys_clustered_or_not_and_added_with_nocheck(dump, tables, columns, keys):
    # Before, T-SQL's [NON]CLUSTERED keys were lost with no word: 1 of seata's 5 key columns, none of
    # quartz's 25, 1 of FreeRADIUS's 8. Counts by splitting each CREATE TABLE's column list at its commas.
    fields, skipped = read(DUMPS / dump, "tsql")
    assert skipped == []
    assert (len({f.table for f in fields}), len(fields)) == (tables, columns)
    found = sorted((f.table, f.name) for f in fields if f.primary_key)
    assert (found if isinstance(keys, list) else len(found)) == keys
    if dump == "quartz_sqlserver.sql":
        assert [f.references for f in fields if f.table == "QRTZ_CRON_TRIGGERS" and f.references] == [
            "QRTZ_TRIGGERS.SCHED_NAME", "QRTZ_TRIGGERS.TRIGGER_NAME", "QRTZ_TRIGGERS.TRIGGER_GROUP"]


def test_a_mysql_client_use_command_without_a_semicolon():
    # skeema's setup.sql (skeema/skeema) writes `USE product` and `USE analytics` with no `;`: the
    # mysql client ends its own commands at the line's end. Before, each USE swallowed the CREATE
    # TABLE after it (users, activity: 9 columns) and said nothing; 7 tables of 29 columns, as MariaDB loads them.
    # product, the first database, is the inventory's default; analytics' tables are named analytics.table.
    fields, skipped = read(DUMPS / "skeema_setup.sql", "mysql")
    assert skipped == []
    assert len({f.table for f in fields}) == 7 and len(fields) == 29
    assert [(f.table, f.name, f.line, f.primary_key) for f in fields if f.table in ("users", "analytics.activity")] == [
        ("users", "id", 5, True), ("users", "name", 6, False), ("users", "credits", 7, False),
        ("users", "last_modified", 8, False), ("analytics.activity", "user_id", 45, True),
        ("analytics.activity", "action_id", 46, True), ("analytics.activity", "ts", 47, True),
        ("analytics.activity", "target_type", 48, False), ("analytics.activity", "target_id", 49, False)]


def test_pagila_s_pg_dump_schema_comment_on_extension_is_no_skipped_statement():
    # pagila-schema.sql (devrimgunduz/pagila), a pg_dump file: `COMMENT ON EXTENSION vector IS ...`
    # says nothing about columns, and was reported as a statement that could not be read. Its 16
    # tables and 8 views are read; the 55 partitions of payment are left to it.
    fields, skipped = read(DUMPS / "pagila_schema.sql", "postgres")
    assert skipped == []
    assert len({f.table for f in fields}) == 24 and len(fields) == 138
    assert not any(f.table.startswith("payment_p") for f in fields)
    assert [(f.name, f.line) for f in fields if f.table == "film"][-2:] == [("fulltext", 452), ("length_hours", 453)]


def test_a_mysql_view_with_definer_current_user_and_sql_security():
    # sakila-mv-schema.sql (datacharmer/test_db) writes `CREATE DEFINER=CURRENT_USER SQL SECURITY
    # INVOKER VIEW actor_info`: sqlglot cannot parse that DEFINER, and the view was skipped. The
    # options say how the view runs and as whom; MariaDB gives it these four columns.
    fields, skipped = read(DUMPS / "sakila_mv_schema.sql", "mysql")
    assert skipped == []
    assert [(f.name, f.line) for f in fields if f.table == "actor_info"] == [
        ("actor_id", 422), ("first_name", 423), ("last_name", 424), ("film_info", 437)]
    assert len({f.table for f in fields}) == 23


def test_a_column_sqlglot_cannot_parse_keeps_its_inline_primary_key():
    # FreeRADIUS's Oracle ippool schema: `id INT DEFAULT ON NULL fr_ippool_seq.NEXTVAL PRIMARY KEY`.
    # sqlglot cannot parse DEFAULT ON NULL, so the column is kept with its type as written; before,
    # its PRIMARY KEY was lost with it.
    fields, skipped = read(DUMPS / "freeradius_ippool_oracle.sql", "oracle")
    assert skipped == []
    assert [(f.name, f.data_type, f.line, f.primary_key) for f in fields if f.table == "fr_ippool"][:2] == [
        ("id", "INT", 14, True), ("pool_name", "VARCHAR2(30)", 15, False)]
    assert sorted((f.table, f.name, f.references) for f in fields if f.primary_key or f.references) == [
        ("fr_ippool", "id", ""), ("fr_ippool", "status_id", "fr_ippool_status.status_id"),
        ("fr_ippool_status", "status_id", "")]


@pytest.mark.parametrize(("files", "columns"), [
    pytest.param("ALTER-TABLE-3[68].sql", [("fk", 4), ("c1", 5), ("c2", 6)], id="drop-cascade-constraints"),
    pytest.param("ALTER-TABLE-3[69].sql", [("c2", 6)], id="drop-three"),
])
def test_oracle_s_alter_table_drop_of_a_column_list(files, columns):
    # Oracle's SQL reference, ALTER TABLE (as felipebz/zpa keeps its examples): CREATE TABLE t1,
    # then `ALTER TABLE t1 DROP (pk) CASCADE CONSTRAINTS` or `DROP (pk, fk, c1)`. sqlglot reads
    # DROP (...) as an action it does not know; before, the dropped columns stayed, and pk stayed the key.
    fields, skipped = read(DUMPS / "oracle_drop" / files, "oracle")
    assert skipped == []
    assert [(f.name, f.line) for f in fields] == columns
    assert not any(f.primary_key or f.references for f in fields)  # ri referred to pk, dropped with it


def test_create_table_as_select_star_takes_the_columns_of_the_table_it_selects_from():
    # skeema's createunsupported/tables.sql: `CREATE TABLE two AS SELECT * FROM one`. MariaDB gives
    # two one's columns and types, not its key; before, two had no column at all.
    fields, skipped = read(DUMPS / "skeema_createunsupported.sql", "mysql")
    assert skipped == []
    assert [(f.name, f.data_type, f.line, f.primary_key) for f in fields if f.table in ("one", "two")] == [
        ("id", "INT UNSIGNED", 2, True), ("name", "VARCHAR(100)", 3, False),
        ("id", "INT UNSIGNED", 8, False), ("name", "VARCHAR(100)", 8, False)]


def test_a_mysqldump_of_two_databases_with_a_table_of_the_same_name():
    # `mysqldump --no-data --databases toko gudang` (MariaDB 10.11): each database after its `USE`.
    # Both have a table pelanggan; before, gudang's was read into toko's (6 columns, two keys).
    # toko, the first, is the inventory's default; gudang's tables are named gudang.table.
    fields, skipped = read(DUMPS / "mysqldump_two_databases.sql", "mysql")
    assert skipped == []
    assert sorted((f.table, f.name, f.primary_key, f.references) for f in fields) == [
        ("gudang.kiriman", "id", True, ""), ("gudang.kiriman", "pelanggan_kode", False, "gudang.pelanggan.kode"),
        ("gudang.kiriman", "pesanan_id", False, "pesanan.id"),
        ("gudang.pelanggan", "alamat", False, ""), ("gudang.pelanggan", "kode", True, ""),
        ("gudang.pelanggan", "nama", False, ""),
        ("pelanggan", "email", False, ""), ("pelanggan", "id", True, ""), ("pelanggan", "no_hp", False, ""),
        ("pesanan", "id", True, ""), ("pesanan", "pelanggan_id", False, "pelanggan.id")]


def test_sqlite_table_constraints_written_without_a_comma_between_them():
    # tfstated's 000_init.sql (adyxax/tfstated): `FOREIGN KEY(account_id) REFERENCES accounts(id) ON DELETE
    # CASCADE` and `FOREIGN KEY(state_id) ...` on two lines with no comma, which SQLite's grammar allows.
    # sqlglot cannot parse the pair, and both keys were lost without a word.
    fields, skipped = read(DUMPS / "tfstated_000_init.sql", "sqlite")
    assert skipped == []
    assert [(f.name, f.references) for f in fields if f.table == "versions" and f.references] == [
        ("account_id", "accounts.id"), ("state_id", "states.id")]


def test_set_search_path_puts_the_names_after_it_in_its_first_schema():
    # PostgREST's test schema, written as pg_dump before version 10 wrote one: a `SET search_path =
    # test, pg_catalog;` before each schema's tables, their names unqualified.
    fields, _skipped = read(DUMPS / "postgrest_schema.sql", "postgres")
    by_table = {}
    for found in fields:
        by_table.setdefault(found.table, []).append(found)
    assert "test.items" in by_table and "items" not in by_table  # under test's search_path
    assert "public_consumers" in by_table  # under public's: the default schema, unqualified
    assert "private.articles" in by_table and "تست.موارد" in by_table
    assert {(f.name, f.references) for f in by_table["test.projects"] if f.references} == {
        ("client_id", "test.clients.id")}


def test_t_sql_statements_of_a_batch_written_without_semicolons():
    # Apache Ranger's SQL Server schema (apache/ranger): `IF (OBJECT_ID(...) IS NOT NULL) BEGIN ... END`
    # blocks, `SET ANSI_NULLS ON` lines before each CREATE TABLE and two ALTER TABLE ... ADD CONSTRAINT
    # in one GO batch, none ended by `;`, which T-SQL does not need. Before, each batch was read as one
    # statement: 80 of its 85 tables were lost with no word, and 10 ALTERs were reported as unparseable.
    fields, skipped = read(DUMPS / "ranger_sqlserver.sql", "tsql")
    assert skipped == []
    assert (len({f.table for f in fields}), len(fields)) == (85, 882)
    assert sum(bool(f.references) for f in fields) == 207
    assert [(f.name, f.line, f.primary_key, f.references) for f in fields
            if f.table == "x_access_type_def" and (f.primary_key or f.references)] == [
        ("id", 1690, True, ""), ("added_by_id", 1694, False, "x_portal_user.id"),
        ("upd_by_id", 1695, False, "x_portal_user.id"), ("def_id", 1696, False, "x_service_def.id")]
    # the IF blocks at the top say nothing of columns: the DROP TABLE inside them comes before any CREATE
    assert "x_rms_notification" in {f.table for f in fields}


def test_a_t_sql_primary_key_written_after_the_last_column_without_a_comma():
    # Ranger's x_security_zone_ref_role and x_policy_export_audit end `[role_name] [nvarchar](767)
    # DEFAULT NULL NULL` and then `PRIMARY KEY CLUSTERED ([id] ASC)` with no comma, which SQL Server
    # accepts as the table's key; sqlglot puts it among role_name's constraints, and it was lost.
    fields, _skipped = read(DUMPS / "ranger_sqlserver.sql", "tsql")
    keys = {(f.table, f.name) for f in fields if f.primary_key}
    assert {("x_security_zone_ref_role", "id"), ("x_policy_export_audit", "id")} <= keys
    assert ("x_security_zone_ref_role", "role_name") not in keys
    assert len(keys) == 85  # one key column in each of its 85 tables


def test_a_utf_16_script_read_as_its_byte_order_mark_says(tmp_path):
    # WideWorldImporters' VehicleLocation.sql (microsoft/sql-server-samples), saved by SQL Server
    # Management Studio as UTF-16 with a byte order mark. Before, no statement of it could be read.
    fields, skipped = read(DUMPS / "wwi_vehicle_location_utf16.sql", "tsql")
    assert skipped == []
    assert [(f.table, f.name, f.line, f.primary_key) for f in fields
            if f.name in ("VehicleLocationID", "Latitude")] == [
        ("OnDisk.VehicleLocations", "VehicleLocationID", 30, True), ("OnDisk.VehicleLocations", "Latitude", 34, False),
        ("InMemory.VehicleLocations", "VehicleLocationID", 64, True),
        ("InMemory.VehicleLocations", "Latitude", 68, False)]
    broken = tmp_path / "broken.sql"
    # a UTF-16 BOM, a statement, then a lone surrogate: said, not read as something else
    broken.write_bytes(b"\xff\xfe" + "CREATE TABLE t (a INT);\n".encode("utf-16-le") + b"\x00\xd8A\x00")
    with pytest.raises(SourceError, match=r"broken\.sql: not the UTF-16 text its byte order mark says it is"):
        read(broken, "tsql")


def test_a_flyway_folder_applied_in_version_order():
    # conductor-oss's PostgreSQL migrations (conductor-oss/conductor), V1__ to V18__: V12__ changes
    # task_index.task_type and task_def_name, made by V8__, to TEXT. Read in plain name order V10__ to
    # V18__ came before V1__, V8__'s CREATE TABLE came after V12__'s ALTER, and both columns were
    # VARCHAR, not what PostgreSQL has after Flyway runs the folder (text).
    fields, skipped = read(DUMPS / "conductor_flyway_postgres" / "*.sql", "postgres")
    assert skipped == []
    assert (len({f.table for f in fields}), len(fields)) == (21, 119)
    types = {f.name: (f.data_type, Path(f.file).name) for f in fields if f.table == "task_index"}
    assert types["task_type"] == types["task_def_name"] == ("TEXT", "V8__indexing.sql")
    assert types["end_time"] == ("TIMESTAMPTZ", "V18__index_end_time.sql")


def test_create_table_if_not_exists_leaves_a_table_defined_before_as_it_is():
    # drumee's yellow_page tables (drumee/schemas): tables.sql creates `user` (id, title, data), then
    # user.sql says `CREATE TABLE IF NOT EXISTS user (sys_id ..., 15 columns)`, which MariaDB passes
    # over. Before, the two were merged into a table of 17 columns keyed by sys_id; now MariaDB's
    # catalogue after loading the two files: 53 tables, 453 columns, user (id, title, data).
    fields, skipped = read(DUMPS / "drumee_yellow_page" / "*.sql", "mariadb")
    assert skipped == []
    assert (len({f.table for f in fields}), len(fields)) == (53, 453)
    assert [(f.name, f.line, f.primary_key, Path(f.file).name) for f in fields if f.table == "user"] == [
        ("id", 1107, True, "tables.sql"), ("title", 1108, False, "tables.sql"), ("data", 1109, False, "tables.sql")]


def test_a_t_sql_inline_index_is_no_column(tmp_path):
    # WideWorldImporters' Warehouse.ColdRoomTemperatures (microsoft/sql-server-samples) declares
    # `INDEX [IX_...] NONCLUSTERED ([ColdRoomSensorNumber])` among its columns; sqlglot reads it as a
    # column named INDEX, which the inventory listed. INDEX is reserved in T-SQL: no column has that name unquoted.
    fields, skipped = read(DUMPS / "wwi_cold_room_temperatures.sql", "tsql")
    assert skipped == []
    assert [f.name for f in fields] == ["ColdRoomTemperatureID", "ColdRoomSensorNumber", "RecordedWhen",
                                        "Temperature", "ValidFrom", "ValidTo"]
    # PostgreSQL does not reserve the word: a column may be called index there
    assert [f.name for f in read(write(tmp_path / "pg.sql", "CREATE TABLE t (index int);\n"), "postgres")[0]] == [
        "index"]


def test_tables_created_inside_an_if_block_of_a_t_sql_script():
    # Erik Darling's PerformanceMonitor creates each table guarded, as SQL Server install scripts
    # do: IF OBJECT_ID(N'collect.wait_stats', N'U') IS NULL BEGIN CREATE TABLE ... ; PRINT ...; END;
    # 31 tables of 631 columns, counted by splitting each CREATE TABLE's column list at its commas.
    fields, skipped = read(DUMPS / "performancemonitor_create_tables.sql", "tsql")
    assert skipped == []
    assert len({f.table for f in fields}) == 31 and len(fields) == 631
    assert [(f.name, f.primary_key) for f in fields if f.table == "collect.wait_stats"][:3] == [
        ("collection_id", True), ("collection_time", True), ("server_start_time", False)]


def test_an_oracle_sql_developer_export_keys_added_with_their_index_and_state_clauses():
    # TEST-APP's import.sql, exported by Oracle SQL Developer: every key is an ALTER TABLE ... ADD
    # CONSTRAINT ... PRIMARY KEY (...) USING INDEX ... TABLESPACE "USERS" ENABLE, or FOREIGN KEY
    # (...) REFERENCES ... ENABLE, and NOT NULL is MODIFY ("ID" NOT NULL ENABLE). Before, each of
    # the 45 was a skipped statement and not one of its 8 primary and 7 foreign keys was read.
    fields, skipped = read(DUMPS / "oracle_sqldeveloper_test_app.sql", "oracle")
    assert skipped == []
    assert len(fields) == 38 and len({f.table for f in fields}) == 9
    assert sorted(f.table.split(".")[1] for f in fields if f.primary_key) == [
        "APP_USER", "CONFIG_STANDARD", "DECLARATION", "DECLARATION_RECORD", "DICT_ESTATE", "DICT_OWNERSHIP",
        "DICT_SHARE_TYPE", "USER_ROLE"]
    assert sorted((f.table, f.name, f.references) for f in fields if f.references) == [
        ("TEST_APP.DECLARATION", "USER_ID", "TEST_APP.APP_USER.ID"),
        ("TEST_APP.DECLARATION_RECORD", "DECLARATION_ID", "TEST_APP.DECLARATION.ID"),
        ("TEST_APP.DECLARATION_RECORD", "ESTATE_ID", "TEST_APP.DICT_ESTATE.ID"),
        ("TEST_APP.DECLARATION_RECORD", "OWNERSHIP", "TEST_APP.DICT_OWNERSHIP.ID"),
        ("TEST_APP.DECLARATION_RECORD", "SHARE_TYPE", "TEST_APP.DICT_SHARE_TYPE.ID"),
        ("TEST_APP.DICT_ESTATE", "PARENT_ID", "TEST_APP.DICT_ESTATE.ID"),
        ("TEST_APP.USER_ROLE", "USER_ID", "TEST_APP.APP_USER.ID")]


@pytest.mark.parametrize(("files", "columns"), [
    pytest.param("ALTER-TABLE-1[67].sql", [("id", "NUMBER"), ("name", "VARCHAR2(50)"), ("price", "NUMBER"),
                                           ("color", "NUMBER"), ("description", "VARCHAR2(50)"),
                                           ("constant", "NUMBER")], id="modify-type-and-check"),
    pytest.param("ALTER-TABLE-3[13].sql", [("last_name", "VARCHAR2(20)"), ("id", "NUMBER")], id="modify-collate"),
])
def test_oracle_s_modify_of_a_column_list(files, columns):
    # Oracle's SQL reference, ALTER TABLE (felipebz/zpa's copies): `MODIFY (name VARCHAR2(50) CHECK
    # (...) PRECHECK)` and `MODIFY (last_name COLLATE BINARY_CI)`; sqlglot cannot parse Oracle's
    # MODIFY, and before each file was unreadable ("no statement of it could be read").
    fields, skipped = read(DUMPS / "oracle_modify" / files, "oracle")
    assert skipped == []
    assert [(f.name, f.data_type) for f in fields] == columns


def test_a_view_s_options_and_check_option_say_nothing_of_its_columns():
    # pg_dump's `CREATE VIEW testview WITH (security_barrier) AS SELECT ...` (lovelysystems/apgdiff,
    # src/jvmTest/resources/pgdiff_test_files/add_view_new.sql at f89779d663b8cadcfc211e140511ba07b6acd99c):
    # sqlglot cannot parse an option without a value, and the view was a skipped statement.
    fields, skipped = read(DUMPS / "apgdiff_add_view_new.sql", "postgres")
    assert skipped == []
    assert [(f.table, f.name, f.line) for f in fields if f.table == "testview"] == [
        ("testview", "id", 41), ("testview", "name", 41)]
    # MySQL's `... WITH CASCADED CHECK OPTION` after the query (bytebase/tidb-parser, examples/ddl_view.sql
    # at 162fffe2a839eec4cf743f8edd76324f000a202c): MySQL keeps the view, sqlglot read it as a command it
    # does not know; its column list names its columns.
    fields, skipped = read(DUMPS / "tidb_parser_ddl_view.sql", "mysql")
    assert skipped == []
    assert [(f.table, f.name, f.line) for f in fields if f.table == "my_view2"] == [
        ("my_view2", "col1", 5), ("my_view2", "col2", 5)]


def test_a_t_sql_create_table_on_the_line_of_the_end_before_it():
    # mikey-t/db-migrations-dotnet, example-solutions/example-sqlserver/Example_AddPerson.sql at
    # 88f48d4a6c5b3a8d76c368088ef30cd5058309b8: `IF OBJECT_ID(...) IS NOT NULL BEGIN PRINT ...; RETURN;`,
    # then `END CREATE TABLE dbo.person (` on one line. The END started a statement of its own that
    # swallowed the CREATE TABLE after it: the file gave no table and no word.
    fields, skipped = read(DUMPS / "db_migrations_dotnet_add_person.sql", "tsql")
    assert skipped == []
    assert [(f.table, f.name, f.line, f.primary_key) for f in fields] == [
        ("person", "id", 4, True), ("person", "first_name", 5, False), ("person", "last_name", 6, False)]


def test_oracle_s_modify_changes_a_column_s_type_in_a_migration_after_its_schema():
    # Spring Batch (spring-projects/spring-batch, spring-batch-core/src/main/resources/org/springframework/
    # batch/core/): schema-oracle10g.sql as it was at ebf156d529d4df53718ef320612aa5336129d626 (lengths in
    # bytes), then migration/4.1/migration-oracle10g.sql at fb4494b0d0b6554ffe722dc16e09dd605c2affc0
    # (`ALTER TABLE BATCH_JOB_EXECUTION MODIFY EXIT_MESSAGE VARCHAR2(2500 char);` and 14 more), named 1_
    # and 2_ here so that they apply in that order. Each column keeps its line; its type is the migration's.
    fields, skipped = read(DUMPS / "spring_batch_oracle" / "*.sql", "oracle")
    assert skipped == []
    assert (len({f.table for f in fields}), len(fields)) == (6, 47)
    types = {f.name: (f.data_type, Path(f.file).name, f.line) for f in fields if f.table == "BATCH_JOB_EXECUTION"}
    assert types["EXIT_MESSAGE"] == ("VARCHAR2(2500 char)", "1_schema-oracle10g.sql", 20)
    assert types["JOB_CONFIGURATION_LOCATION"] == ("VARCHAR2(2500 char)", "1_schema-oracle10g.sql", 22)  # was VARCHAR
    assert types["CREATE_TIME"] == ("TIMESTAMP", "1_schema-oracle10g.sql", 15)  # not in the migration
    assert sum(f.data_type.endswith(" char)") for f in fields) == 15


@pytest.mark.parametrize("dump", [
    # `COMMENT ON CONSTRAINT text_check ON test IS ...` and `COMMENT ON TRIGGER test_trigger ON test IS ...`
    pytest.param("apgdiff_add_comments_new.sql", id="comment-on-constraint-and-trigger"),
    # `CREATE INDEX testindex3 ON ONLY testtable USING btree (field3)`, pg_dump's index of a partitioned table
    pytest.param("apgdiff_add_index_only_new.sql", id="create-index-on-only"),
])
def test_pg_dump_statements_sqlglot_cannot_parse_that_say_nothing_of_columns(dump):
    # pg_dump files of lovelysystems/apgdiff (src/jvmTest/resources/pgdiff_test_files/, at
    # f89779d663b8cadcfc211e140511ba07b6acd99c). A comment on anything but a column and an index say
    # nothing the inventory keeps; before, each that sqlglot cannot parse was a skipped statement (for
    # ON ONLY with a message quoting sqlglot's token).
    fields, skipped = read(DUMPS / dump, "postgres")
    assert skipped == []
    if dump == "apgdiff_add_comments_new.sql":  # the comments on columns are still read, on the view's too
        assert [(f.table, f.name, f.comment) for f in fields] == [
            ("test", "id", "id column"), ("test", "text", "text column"),
            ("test_view", "id", "view id col"), ("test_view", "text", "view text col")]
    else:
        assert [f.name for f in fields] == ["field1", "field2", "field3", "field4"]


def test_oracle_s_parenthesised_add_of_a_key_with_its_state_clause():
    # Oracle's Order Entry sample schema (oracle-samples/db-sample-schemas, order_entry/oe_cre.sql at
    # c50382491e9fa48ae09f4874d245ffa400003011): `ALTER TABLE inventories ADD ( CONSTRAINT
    # inventories_warehouses_fk FOREIGN KEY (warehouse_id) REFERENCES warehouses (warehouse_id) ENABLE
    # NOVALIDATE )` and order_items' `... REFERENCES orders(order_id) ON DELETE CASCADE enable )`: the
    # state clause inside ADD (...) made each a skipped statement, and the two keys were lost.
    fields, skipped = read(DUMPS / "oracle_oe_cre.sql", "oracle")
    assert [(s.line, s.statement) for s in skipped] == [(88, "@"), (108, "@"), (159, "@")]  # @&vscript: not read
    assert sorted((f.table, f.name, f.references) for f in fields if f.references) == [
        ("inventories", "product_id", "product_information.product_id"),
        ("inventories", "warehouse_id", "warehouses.warehouse_id"),
        ("order_items", "order_id", "orders.order_id"),
        ("order_items", "product_id", "product_information.product_id"),
        ("product_descriptions", "product_id", "product_information.product_id")]


@pytest.mark.parametrize(("dump", "dialect", "included", "tables", "columns"), [
    # datacharmer/test_db's employees.sql (at fca5b774b7eec12f8fa488fc7129d8be2fc271db) loads its rows
    # with the mysql client's `source load_departments.dump ;` and eight more
    pytest.param("test_db_employees.sql", "mysql", [113, 115, 117, 119, 121, 123, 124, 125, 127], 8, 31,
                 id="mysql-source"),
    # Oracle's Order Entry sample runs each table's script by SQL*Plus's `@&vscript`
    pytest.param("oracle_oe_cre.sql", "oracle", [88, 108, 159], 4, 23, id="sqlplus-at"),
    # AdventureWorks' instawdb.sql (microsoft/sql-server-samples, samples/databases/adventure-works/
    # oltp-install-script/, at b47eadc85277f72843647223cde53aa1b85ffcb8), run by sqlcmd: `:setvar` lines
    # and 68 `BULK INSERT [Person].[Address] FROM '$(SqlSamplesSourceDataPath)Address.csv' WITH (...)`
    pytest.param("adventureworks_instawdb.sql", "tsql", [], 91, 744, id="sqlcmd-and-bulk-insert"),
])
def test_client_commands_and_bulk_loads_of_install_scripts(dump, dialect, included, tables, columns):
    # Before, each was "not an SQL statement laci-audit knows": the 9 SOURCE and 3 @ lines, which run
    # another file (not read here, and that may define tables: a warning that says so), and
    # AdventureWorks' 2 :setvar lines and 68 BULK INSERTs, sqlcmd's commands and data (passed over).
    fields, skipped = read(DUMPS / dump, dialect)
    assert [s.line for s in skipped] == included
    assert all(s.may_hide_fields and "runs another file" in s.reason for s in skipped)
    assert (len({f.table for f in fields}), len(fields)) == (tables, columns)


@pytest.mark.parametrize(("dump", "expected"), [
    # `CREATE TABLE childtable (childtable_date timestamptz NOT NULL) INHERITS (public.parenttable);`
    # under `SET search_path = schema1`
    pytest.param("apgdiff_add_inherits_schema_default_column_new.sql", [
        ("parenttable", "parenttable_id", 23, ""), ("parenttable", "parenttable_date", 24, ""),
        ("schema1.childtable", "parenttable_id", 34, ""), ("schema1.childtable", "parenttable_date", 34, ""),
        ("schema1.childtable", "childtable_date", 35, "")], id="inherits-across-schemas"),
    # `CREATE TABLE article_drafts ( ) INHERITS (article_properties);` and a comment on each table's `a`
    pytest.param("apgdiff_add_comment_on_inherited_new.sql", [
        ("article_properties", "a", 3, "comment on parent"), ("article_drafts", "a", 8, "comment on inherited")],
        id="no-column-of-its-own"),
])
def test_a_postgresql_table_has_the_columns_it_inherits(dump, expected):
    # pg_dump files of lovelysystems/apgdiff (src/jvmTest/resources/pgdiff_test_files/, at
    # f89779d663b8cadcfc211e140511ba07b6acd99c). PostgreSQL 15, loading each, lists a child's inherited
    # columns first, then its own, each with its own comment; before, the inventory had only the
    # child's own columns, and a child with none was no table at all.
    fields, skipped = read(DUMPS / dump, "postgres")
    assert skipped == []
    assert [(f.table, f.name, f.line, f.comment) for f in fields] == expected


def test_a_sqlplus_command_continued_by_a_hyphen_at_its_line_s_end():
    # Oracle's sample schemas (oracle-samples/db-sample-schemas): order_entry/oe_analz.sql (at
    # c50382491e9fa48ae09f4874d245ffa400003011) is one `EXECUTE dbms_stats.gather_schema_stats( -` over
    # five lines, product_media/long2lob.sql (at e4970d9fde59cc5320bd66af908b12b5991b75b7) has `HOST
    # sqlldr pm/&pm_pass -` and its next line. Each line after the first was read as a statement of its
    # own: oe_analz.sql was unreadable ("no statement of it could be read"), long2lob.sql had one skipped.
    fields, skipped = read(DUMPS / "oracle_oe_analz.sql", "oracle")
    assert (fields, skipped) == ([], [])
    fields, skipped = read(DUMPS / "oracle_pm_long2lob.sql", "oracle")
    assert skipped == []
    assert [(f.table, f.name, f.data_type, f.line) for f in fields] == [  # LONG, then MODIFY (press_release CLOB)
        ("long2lob", "product_id", "NUMBER(6)", 71), ("long2lob", "press_release", "CLOB", 72)]


def test_a_materialized_view_s_storage_and_refresh_options_say_nothing_of_its_columns():
    # Oracle's Sales History sample (oracle-samples/db-sample-schemas, sales_history/sh_create.sql at
    # e3325a83e56c516815844025418a96ecaf219751): `CREATE MATERIALIZED VIEW cal_month_sales_mv
    # --  ON PREBUILT TABLE / ENABLE QUERY REWRITE / AS SELECT ...`; sqlglot cannot parse the options
    # between the name and AS, and both views were skipped statements.
    fields, skipped = read(DUMPS / "oracle_sh_create.sql", "oracle")
    assert skipped == []
    assert [(f.table, f.name, f.line) for f in fields if f.table.endswith("_mv")] == [
        ("cal_month_sales_mv", "calendar_month_desc", 429), ("cal_month_sales_mv", "dollars", 430),
        ("fweek_pscat_sales_mv", "week_ending_day", 440), ("fweek_pscat_sales_mv", "prod_subcategory", 441),
        ("fweek_pscat_sales_mv", "dollars", 442), ("fweek_pscat_sales_mv", "channel_id", 443),
        ("fweek_pscat_sales_mv", "promo_id", 444)]
    assert (len({f.table for f in fields}), len(fields)) == (12, 153)


@pytest.mark.parametrize("dump", [
    # jOOQ/sakila, oracle-sakila-db/oracle-sakila-schema-pl-sql.sql at ee1a637656aec2d82183ab451c56a3845315e761:
    # object types and `CREATE OR REPLACE PACKAGE RENTALS AS FUNCTION GET_ACTOR(...) RETURN ACTOR_T; ...`
    pytest.param("sakila_oracle_pl_sql.sql", id="package-specification"),
    # oracle-samples/db-sample-schemas, order_entry/createUser.sql at e4970d9fde59cc5320bd66af908b12b5991b75b7:
    # `DECLARE targetFolder VARCHAR2(256) := '/home'; result boolean; BEGIN ... END;` then `/`
    pytest.param("oracle_oe_create_user.sql", id="anonymous-block"),
])
def test_a_pl_sql_unit_run_by_sqlplus_ends_at_its_slash_line(dump):
    # SQL*Plus sends a PL/SQL unit or block whole when a `/` line ends it. A package's specification
    # has no BEGIN ... END, and a DECLARE's declarations come before them: each `;` in them ended a
    # statement, each line after it was "not an SQL statement", and both files were unreadable.
    fields, skipped = read(DUMPS / dump, "oracle")
    assert (fields, skipped) == ([], [])


def test_sqlite_full_text_virtual_tables_have_the_columns_their_arguments_name():
    # Synapse's SQLite schema (matrix-org/synapse, synapse/storage/schema/main/full_schemas/72/full.sql.sqlite
    # at 0a38c7ec6d46b6e51bfa53ff44e51637d3c63f5c): `CREATE VIRTUAL TABLE event_search USING fts4 ( event_id,
    # room_id, sender, key, value )` and user_directory_search. Both were left out without a word. Loaded
    # by sqlite3, the file has every column read here, and the shadow tables fts4 makes for itself.
    fields, skipped = read(DUMPS / "synapse_main_full_72.sql.sqlite", "sqlite")
    assert skipped == []
    assert [(f.table, f.name, f.line) for f in fields if f.table.endswith("_search")] == [
        ("event_search", "event_id", 45), ("event_search", "room_id", 45), ("event_search", "sender", 45),
        ("event_search", "key", 45), ("event_search", "value", 45),
        ("user_directory_search", "user_id", 107), ("user_directory_search", "value", 107)]
    assert (len({f.table for f in fields}), len(fields)) == (132, 614)


def test_postgresql_s_rename_of_a_column_written_without_the_word_column():
    # Mixeway's Liquibase changelog (Mixeway/MixewayBackend, src/main/resources/db/changelog/
    # db.changelog-master.sql at 89118796cae4cb48658daa9bc2ed4b779046500c), line 459: `alter table
    # vulnhistory rename vulnnumber to infrastructurevulnnumber;`. sqlglot reads it as RENAME TO
    # vulnnumber: the table was renamed after the column, and its first 8 columns left under that name.
    # Loaded into PostgreSQL 15 by psql, the file has these 531 columns (names folded), no more, no less.
    fields, skipped = read(DUMPS / "mixeway_liquibase_changelog.sql", "postgres")
    assert skipped == []
    assert (len({f.table for f in fields}), len(fields)) == (61, 531)
    assert "vulnnumber" not in {f.table for f in fields}
    assert [(f.name, f.line) for f in fields if f.table == "vulnhistory"][:8] == [
        ("id", 267), ("name", 268), ("inserted", 270), ("project_id", 273), ("codevulnnumber", 456),
        ("webappvulnnumber", 457), ("auditvulnnumber", 458), ("infrastructurevulnnumber", 459)]


def test_a_script_that_only_runs_other_scripts_is_read_and_says_what_it_runs():
    # Oracle's Sales History installer (oracle-samples/db-sample-schemas, sales_history/sh_install.sql at
    # e3325a83e56c516815844025418a96ecaf219751): SQL*Plus prompts and settings, then `@@sh_create.sql` and
    # `@@sh_populate.sql`. It was "no statement of it could be read" (source-unreadable); it is read, and
    # each script it runs, which is not, is a skipped statement.
    fields, skipped = read(DUMPS / "oracle_sh_install.sql", "oracle")
    assert fields == []
    assert [(s.line, s.statement, s.may_hide_fields) for s in skipped] == [(180, "@", True), (186, "@", True)]


def test_sqlcmd_r_commands_of_a_post_deployment_script():
    # WideWorldImporters' SSDT post-deployment script (microsoft/sql-server-samples, samples/databases/
    # wide-world-importers/wwi-ssdt/wwi-ssdt/PostDeploymentScripts/Script.PostDeployment1.sql at
    # a74b63721a280e78493c11f9472e2bf7650e6543): EXEC batches and 31 `:r "..\DataLoadSimulation\...sql"`.
    # It was unreadable (each :r an unknown statement, some swallowed into the EXEC before them); now
    # it is read, and each :r, a script run here and not read, is said.
    fields, skipped = read(DUMPS / "wwi_post_deployment.sql", "tsql")
    assert fields == []
    assert len(skipped) == 31 and {s.statement for s in skipped} == {":R"}
    assert [s.line for s in skipped][:3] == [34, 36, 38] and all(s.may_hide_fields for s in skipped)


@pytest.mark.parametrize(("dump", "dialect", "view", "column"), [
    # tidb-parser's ddl_view.sql: `create or replace definer = 'ivan'@'%' view my_view3 as select count(*) from t3`
    pytest.param("tidb_parser_ddl_view.sql", "mysql", "my_view3", "count(*)", id="mysql-as-written"),
    # apgdiff's alter_owner_cross_schema_new.sql (at f89779d663b8cadcfc211e140511ba07b6acd99c):
    # `CREATE VIEW fe.articles AS SELECT 1;`
    pytest.param("apgdiff_alter_owner_cross_schema_new.sql", "postgres", "fe.articles", "?column?", id="postgresql"),
])
def test_a_view_s_column_written_as_an_expression_without_as(dump, dialect, view, column):
    # The names MariaDB 10.11 and PostgreSQL 15 give such columns (apgdiff's file loaded as it is, the
    # tidb-parser view over a table t3 made for it): MySQL names one by the item as written, PostgreSQL
    # by its function (count) or ?column?. Before, count(*) was a
    # column named "*", SELECT 1 a column "1", and an unaliased max(a) or coalesce(...) no column at all.
    fields, _skipped = read(DUMPS / dump, dialect)
    assert [f.name for f in fields if f.table == view] == [column]


def test_oracle_s_translate_using_a_character_set_in_a_view():
    # Oracle's Order Entry views (oracle-samples/db-sample-schemas, order_entry/oe_views.sql at
    # c50382491e9fa48ae09f4874d245ffa400003011): products has `ELSE TRANSLATE(i.product_name USING NCHAR_CS)
    # END AS product_name`, which sqlglot cannot parse; the view, its 12 columns, was a skipped statement.
    fields, skipped = read(DUMPS / "oracle_oe_views.sql", "oracle")
    assert skipped == []
    products = [(f.name, f.line) for f in fields if f.table == "products"]
    assert len(products) == 12 and products[:3] == [("product_id", 39), ("language_id", 40), ("product_name", 44)]
