"""The statement splitter: real dump idioms, one statement at a time, data never kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laci_audit.sources.ddl import profile_of
from laci_audit.sources.sql_statements import split_file, split_lines


def split(sql: str, dialect: str) -> list[tuple[int, str, str | None]]:
    lines = sql.encode("utf-8").splitlines(keepends=True)
    return [(s.line, s.kind, s.text) for s in split_lines(lines, profile_of(dialect))]


def test_mysqldump_idioms_quotes_conditional_comments_and_delimiter_blocks() -> None:
    sql = """-- MySQL dump 10.19
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
CREATE TABLE `t;1` (
  `a` varchar(9) DEFAULT 'x;\\'y' COMMENT "z;" # a comment; with a semicolon
) ENGINE=InnoDB /*!50100 PARTITION BY HASH (a) */;
INSERT INTO `t;1` VALUES ('Rahmawati;\\'','multi
line; still data'),('{"json": "a;b"}', "double; quoted");
DELIMITER ;;
/*!50003 CREATE*/ /*!50003 TRIGGER trg BEFORE INSERT ON `t;1` FOR EACH ROW BEGIN SET NEW.a = 'q;'; END */;;
DELIMITER ;
-----
UNLOCK TABLES;
"""
    assert split(sql, "mysql") == [
        (2, "SET", None),
        (3, "CREATE TABLE", "CREATE TABLE `t;1` (\n  `a` varchar(9) DEFAULT 'x;\\'y' COMMENT \"z;\" "
                            "# a comment; with a semicolon\n) ENGINE=InnoDB   PARTITION BY HASH (a)"),
        (6, "INSERT", None),
        (9, "CREATE TRIGGER", None),
        (12, "UNLOCK", None),
    ]


def test_a_delimiter_batch_holds_several_statements_as_the_mysql_client_sends_them() -> None:
    # Between two custom delimiters the client sends one batch and the server runs each of its
    # statements (Cacti's cacti.sql sets DELIMITER // once and ends every statement with `;`);
    # a routine's body keeps its `;` inside BEGIN ... END, and the custom delimiter always ends.
    sql = """DELIMITER //
SET SESSION sql_mode = '';
CREATE TABLE a (id int);
CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 'x;'; END IF; SELECT 2; END//
CREATE TABLE b (c int); CREATE TABLE `c;` (d int) //
DELIMITER ;
CREATE TABLE e (f int);
"""
    assert split(sql, "mysql") == [
        (2, "SET", None),
        (3, "CREATE TABLE", "CREATE TABLE a (id int)"),
        (4, "CREATE PROCEDURE", None),
        (5, "CREATE TABLE", "CREATE TABLE b (c int)"),
        (5, "CREATE TABLE", "CREATE TABLE `c;` (d int)"),
        (7, "CREATE TABLE", "CREATE TABLE e (f int)"),
    ]


def test_pg_dump_idioms_dollar_quotes_copy_data_and_psql_commands() -> None:
    sql = """SET standard_conforming_strings = on;
\\restrict aBc123
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN RETURN NEW; END; $body$;
DO $$ BEGIN RAISE NOTICE 'a;b'; END $$;
COPY public.t (id, nama) FROM stdin;
1\tRahmawati; it's
\\.
CREATE TABLE public.t (id integer, "a;b" text);
INSERT INTO t VALUES (E'it\\'s; ok', 'C:\\');
CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
INSERT INTO public."we;ird" (id, "a;b") VALUES (1, 'x;y'); INSERT INTO t VALUES ('z;');
BEGIN;
"""
    assert split(sql, "postgres") == [
        (1, "SET", None), (3, "CREATE FUNCTION", None), (4, "DO", None), (5, "COPY", None),
        (8, "CREATE TABLE", 'CREATE TABLE public.t (id integer, "a;b" text)'),
        (9, "INSERT", None), (10, "CREATE FUNCTION", None), (11, "INSERT", None), (11, "INSERT", None),
        (12, "BEGIN", None),
    ]


def test_begin_end_bodies_without_a_delimiter_and_tsql_batches() -> None:
    sqlite = """CREATE TRIGGER t AFTER INSERT ON a BEGIN
  UPDATE b SET n = CASE WHEN 1 THEN 2 END; INSERT INTO c VALUES (1);
END;
CREATE TABLE d (x INT);
"""
    assert split(sqlite, "sqlite") == [(1, "CREATE TRIGGER", None), (4, "CREATE TABLE", "CREATE TABLE d (x INT)")]
    tsql = """CREATE PROCEDURE p AS BEGIN
  SELECT 1; IF 1 = 1 BEGIN SELECT 2; END
END
GO
CREATE TABLE [e;f] (x INT)
GO
"""
    assert split(tsql, "tsql") == [(1, "CREATE PROCEDURE", None), (5, "CREATE TABLE", "CREATE TABLE [e;f] (x INT)")]


def test_tsql_statements_of_a_batch_without_semicolons() -> None:
    # T-SQL needs no `;`: a line starting a statement ends the one before, unless that one is still
    # open (parentheses, a BEGIN ... END but an IF's, whose block holds statements) or is a view or
    # routine, the only statement of its batch; an END line closes the IF's block.
    tsql = """IF (OBJECT_ID('t_fk') IS NOT NULL)
BEGIN
    ALTER TABLE [t] DROP CONSTRAINT t_fk
END
SET ANSI_NULLS ON
CREATE TABLE [t] (
  [a] INT,
  [b] INT
) ON [PRIMARY]
ALTER TABLE [t] WITH CHECK ADD CONSTRAINT [f] FOREIGN KEY([b])
REFERENCES [u] ([id])
ALTER DATABASE d
SET RECOVERY SIMPLE
GO
CREATE VIEW v AS
SELECT a FROM t
GO
"""
    assert split(tsql, "tsql") == [
        (1, "IF", None), (3, "ALTER TABLE", "ALTER TABLE [t] DROP CONSTRAINT t_fk"), (4, "END", None),
        (5, "SET", None),
        (6, "CREATE TABLE", "CREATE TABLE [t] (\n  [a] INT,\n  [b] INT\n) ON [PRIMARY]"),
        (10, "ALTER TABLE", "ALTER TABLE [t] WITH CHECK ADD CONSTRAINT [f] FOREIGN KEY([b])\nREFERENCES [u] ([id])"),
        (12, "ALTER DATABASE", None), (15, "CREATE VIEW", "CREATE VIEW v AS\nSELECT a FROM t")]



def test_a_tsql_statement_after_the_end_of_an_if_block_on_its_line() -> None:
    # `END CREATE TABLE` at a line's start (the END closes the IF's block) and an IF's whole block
    # on one line before a CREATE TABLE: each CREATE TABLE is a statement of its own, as SQL Server runs it.
    tsql = """IF OBJECT_ID('a') IS NOT NULL BEGIN PRINT 'skipping';
RETURN;
END CREATE TABLE a (x INT)
IF OBJECT_ID('b') IS NOT NULL BEGIN DROP TABLE b END ELSE BEGIN PRINT 'new' END CREATE TABLE b (y INT)
GO
"""
    assert split(tsql, "tsql") == [
        (1, "IF", None), (3, "CREATE TABLE", "CREATE TABLE a (x INT)"), (4, "IF", None),
        (4, "CREATE TABLE", "CREATE TABLE b (y INT)")]

def test_mysql_client_commands_end_at_their_line_s_end() -> None:
    # USE, SOURCE, ... at a line's start before any statement take their line, `;` or not; the same
    # words inside a statement are the statement's
    sql = "USE product\nCREATE TABLE a (x INT);\nsource load_a.dump ;\nCREATE TABLE b (\n use_count INT);\n"
    assert split(sql, "mysql") == [(1, "USE", "USE product"), (2, "CREATE TABLE", "CREATE TABLE a (x INT)"),
                                   (3, "SOURCE", None), (4, "CREATE TABLE", "CREATE TABLE b (\n use_count INT)")]


def test_sqlplus_slash_lines_and_its_own_commands() -> None:
    # SQL*Plus commands end at their line's end without `;` (a PROMPT's quote opens no string), and a
    # line `/` runs what came before it; SET TRANSACTION is SQL, and a script run by @ is said, not read.
    sql = """rem a remark; with a semicolon
SET ECHO OFF
Prompt ******  Creating the region's table ....
CREATE TABLE regions (region_id NUMBER);
CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON regions FOR EACH ROW
BEGIN
  :new.region_id := 1;
END;
/
@other_script.sql
SET TRANSACTION READ ONLY;
CREATE TABLE b (x NUMBER)
/
"""
    assert split(sql, "oracle") == [
        (4, "CREATE TABLE", "CREATE TABLE regions (region_id NUMBER)"), (5, "CREATE TRIGGER", None),
        (10, "@", None), (11, "SET", None), (12, "CREATE TABLE", "CREATE TABLE b (x NUMBER)")]
    assert split("SET ECHO OFF\nCREATE TABLE c (y INT);\n", "postgres") == [(1, "SET", None)]  # SQL*Plus's alone


def test_statements_are_yielded_before_the_rest_of_the_file_is_read() -> None:
    def lines():
        yield b"CREATE TABLE a (x INT);\n"
        raise AssertionError("read past the first statement before yielding it")

    statements = split_lines(lines(), profile_of("postgres"))
    assert next(statements).kind == "CREATE TABLE"
    with pytest.raises(AssertionError):
        next(statements)


def test_copy_data_that_the_file_ends_in_and_an_empty_copy() -> None:
    assert split("COPY t (a) FROM stdin;\n\\.\nCREATE TABLE u (b INT);\nCOPY u (b) FROM stdin;\n1\n",
                 "postgres") == [(1, "COPY", None), (3, "CREATE TABLE", "CREATE TABLE u (b INT)"), (4, "COPY", None)]
    assert split("COPY u (b) FROM stdin;\nRahmawati\n", "postgres") == [(1, "COPY", None)]


PIECES = ["INSERT INTO t VALUES (", "CREATE TABLE t (a INT", "ALTER TABLE t ADD b INT", "BEGIN", "END", "CASE",
          "CREATE TRIGGER x BEGIN", "COPY t FROM stdin", "DELIMITER ;;", "DELIMITER ;", "GO", "\\.", "\\connect x",
          "'", '"', "`", "[", "]", ";", ";;", "--", "-----", "#", "/*", "*/", "/*!40101", "/*M!999999", "$$", "$a$",
          "E'", "/", "REM x'", "Prompt a'b", "@x.sql", "USE x", "\\", "\\'",
          "(", ")", ",", " ", "\n", "\r\n", "\ufeff", "Rahmawati", "é", "\xff"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60),
       st.sampled_from(["mysql", "postgres", "tsql", "sqlite", "oracle"]))
def test_any_input_splits_without_error_and_keeps_no_data(pieces, dialect) -> None:
    raw = "".join(pieces).encode("utf-8", "surrogateescape")
    statements = list(split_lines(raw.splitlines(keepends=True), profile_of(dialect)))
    assert all(s.line >= 1 for s in statements)
    assert all(s.text is None for s in statements if s.verb in ("INSERT", "COPY") or not s.is_read)


def test_a_sqlplus_period_line_ends_what_is_typed() -> None:
    # Oracle's order_entry/oe_comnt.sql (oracle-samples/db-sample-schemas at
    # c50382491e9fa48ae09f4874d245ffa400003011) has a line `.` (SQL*Plus: the end of the buffer's input,
    # not run) between two COMMENT ON COLUMN statements. It was read as the start of the comment after it,
    # which sqlglot could not parse (". COMMENT ON COLUMN oe.customers.cust_geo_location IS ...").
    path = Path(__file__).parent.parent / "fixtures" / "dumps" / "oracle_oe_comnt.sql"
    statements = [s for s in split_file(path, profile_of("oracle")) if s.text]
    assert len(statements) == 43 and all(s.text.startswith("COMMENT ON") for s in statements)
    assert [s.line for s in statements if "cust_geo_location" in s.text] == [49]
