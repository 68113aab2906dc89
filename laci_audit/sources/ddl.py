"""SQL DDL files in any dialect sqlglot reads, as people and dump tools (mysqldump, pg_dump,
phpMyAdmin) write them: CREATE TABLE, ALTER TABLE, DROP, RENAME, COMMENT ON, views, USE, and the
primary and foreign keys they declare.

A file is split into statements (sql_statements, streaming) and each is parsed on its own: one
that cannot be parsed is yielded as a SkippedStatement at its file and line and the rest of the
file is kept; a file none of whose statements could be read is a SourceError. Data (INSERT,
COPY) is never parsed, and no message quotes a statement's text.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from sys import intern

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.dialects.mysql import MySQL
from sqlglot.dialects.oracle import Oracle
from sqlglot.dialects.postgres import Postgres
from sqlglot.dialects.tsql import TSQL
from sqlglot.errors import ParseError, TokenError
from sqlglot.generator import Generator
from sqlglot.tokens import Token, TokenType

from laci_audit.errors import SourceError
from laci_audit.fileio import display_path
from laci_audit.records import Field, SkippedStatement, Source
from laci_audit.sources import dialects, resolve_paths
from laci_audit.sources.sql_statements import RUNS_ANOTHER_FILE, Profile, Statement, split_file

DEFAULT_SCHEMAS = {"public", "main", "dbo"}
# ALTER TABLE actions that change columns or keys; any other (OWNER TO, ENABLE TRIGGER, ...) is skipped quietly.
_COLUMN_ACTION = re.compile(
    r"^\s*(?:ADD|DROP|RENAME|MODIFY|CHANGE|ALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET\s+DATA\s+)?TYPE)\b", re.IGNORECASE)
# ADD actions that change no column or key read: a CHECK, a UNIQUE constraint, or T-SQL's DEFAULT ... FOR column.
_NO_COLUMN_ADD = re.compile(r"^\s*ADD\s+(?:CONSTRAINT\s+(?:\[[^\]]*\]|\"[^\"]*\"|\S+)\s+)?(?:DEFAULT|CHECK|UNIQUE)\b",
                            re.IGNORECASE)
_IDENTIFIER_LIKE = re.compile(r"[A-Za-z_][\w$]{0,40}")
# Words that start a table definition's constraint rather than a column.
_CONSTRAINT_WORDS = frozenset({"PRIMARY", "KEY", "CONSTRAINT", "UNIQUE", "INDEX", "FULLTEXT", "SPATIAL", "CHECK",
                               "FOREIGN", "EXCLUDE", "PERIOD", "LIKE"})


def scan(source: Source, inventory_dir: Path) -> Iterator[Field | SkippedStatement]:
    """Yield every column the source's DDL files define, in file order, with file and line, and
    every statement skipped because it could not be read.

    Files are read in name order, so numbered migrations apply in turn. Files that cannot be
    read at all raise SourceError after the other files' fields have been yielded.
    """
    dialect = dialects.require(source.options["dialect"])
    schema = SchemaState(source.name, dialect)
    problems = []
    skipped: list[SkippedStatement] = []
    for path in resolve_paths(source, inventory_dir):
        shown = display_path(path)
        try:
            file_skipped, read = schema.apply_file(path, shown)
        except OSError as exc:
            problems.append(f"{shown}: cannot read ({exc.strerror or exc})")
            continue
        except UnicodeDecodeError as exc:  # a UTF-16 BOM before bytes that are not UTF-16 (split_file)
            problems.append(f"{shown}: not the UTF-16 text its byte order mark says it is (byte {exc.start})")
            continue
        unread = [s for s in file_skipped if s.statement not in RUNS_ANOTHER_FILE]
        if unread and len(unread) == read:
            first = unread[0]
            problems.append(f"{shown}: no statement of it could be read ({read} tried; "
                            f"line {first.line}: {first.statement}: {first.reason})")
        else:
            skipped.extend(file_skipped)
    yield from schema.fields()
    yield from skipped
    if problems:
        raise SourceError("; ".join(problems))


def table_name(table: exp.Expression) -> str:
    """A table's name as the inventory keys it: schema-qualified unless the schema is a default."""
    parts = [p.name for p in table.parts] if isinstance(table, exp.Table) else [table.name]
    if len(parts) > 1 and parts[-2].casefold() in DEFAULT_SCHEMAS:
        parts = parts[-1:]
    return ".".join(parts)


@lru_cache(maxsize=None)
def _dialect(dialect: str) -> Dialect:
    """sqlglot's dialect of that name, made once (Dialect.get_or_raise makes a new one each call:
    per column, a tenth of reading a large dump)."""
    return Dialect.get_or_raise(dialect)


@lru_cache(maxsize=None)
def _is_dialect(dialect: str, kind: type[Dialect]) -> bool:
    """The dialect is `kind` or one sqlglot derives from it (MySQL: MariaDB's, Doris, StarRocks)."""
    return isinstance(_dialect(dialect), kind)


def _is_mysql(dialect: str) -> bool:
    """True for MySQL and the dialects sqlglot derives from it (MariaDB's, Doris, StarRocks)."""
    return _is_dialect(dialect, MySQL)


def _is_inline_index(definition: exp.Expression, dialect: str) -> bool:
    """T-SQL's `INDEX name [NON]CLUSTERED (columns)` in a table's definition, which sqlglot reads as a
    column named INDEX: no column can be, INDEX being a reserved word that T-SQL only takes quoted."""
    name = definition.this if isinstance(definition, exp.ColumnDef) else definition
    return (_is_dialect(dialect, TSQL) and isinstance(name, exp.Identifier)
            and not name.quoted and name.name.upper() == "INDEX")


@lru_cache(maxsize=None)
def profile_of(dialect: str) -> Profile:
    """What the splitter must know of a dialect, read from sqlglot's own tokenizer for it."""
    instance = _dialect(dialect)
    tokenizer = instance.tokenizer_class
    quotes = tuple(q.encode() for q in tokenizer.QUOTES if isinstance(q, str) and len(q) == 1)
    identifiers = tuple((i.encode(), i.encode()) if isinstance(i, str) else (i[0].encode(), i[1].encode())
                        for i in tokenizer.IDENTIFIERS)
    comments = tuple(c.encode() for c in tokenizer.COMMENTS if isinstance(c, str))
    return Profile(
        string_quotes=quotes or (b"'",), identifier_quotes=identifiers,
        backslash_escapes="\\" in tokenizer.STRING_ESCAPES, line_comments=comments or (b"--",),
        dollar_quotes="$" in getattr(tokenizer, "HEREDOC_STRINGS", ()),
        conditional_comments=isinstance(instance, MySQL), delimiter_command=isinstance(instance, MySQL),
        copy_stdin=isinstance(instance, Postgres), go_batches=isinstance(instance, TSQL),
        sqlplus=isinstance(instance, Oracle),
    )


@dataclass
class SchemaState:
    """The tables that the statements read so far define, with their keys and named constraints."""

    source: str
    dialect: str
    tables: dict[str, dict[str, Field]] = field(default_factory=dict)
    # (table, constraint) -> ("primary" or "foreign", its columns), so DROP CONSTRAINT can undo it
    constraints: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # (table, column) -> (table referred to, position): REFERENCES t without columns means t's primary key
    to_primary_keys: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)
    schema: str = ""  # PostgreSQL: the first schema of the last SET search_path, unless a default one
    database: str = ""  # MySQL: the database the last USE chose
    default_database: str = ""  # MySQL: the first database a table was named in; its tables go unqualified

    def name_of(self, table: exp.Expression) -> str:
        """A table's name as the inventory keys it (table_name). In MySQL, once a USE has chosen a
        database, the first one a table is named in is the inventory's default, as in a dump of one
        database; a table of any other (chosen by a later USE, or written db.table) is named db.table."""
        name = table_name(table)
        parts = [p.name for p in table.parts] if isinstance(table, exp.Table) else [table.name]
        if not _is_mysql(self.dialect):
            return f"{self.schema}.{name}" if self.schema and len(parts) == 1 else name
        if not self.database or len(parts) > 2:
            return name
        self.default_database = self.default_database or self.database
        database = parts[0] if len(parts) == 2 else self.database
        return parts[-1] if database.casefold() == self.default_database.casefold() else f"{database}.{parts[-1]}"

    def fields(self) -> Iterator[Field]:
        """Every column of every table, each REFERENCES without columns resolved to the target's key."""
        for (table, column), (target, position) in self.to_primary_keys.items():
            found = self.tables.get(table, {}).get(column)
            keys = [f.name for f in self.tables.get(target.casefold(), {}).values() if f.primary_key]
            if found is not None and not found.references and position < len(keys):
                target_name = next(iter(self.tables[target.casefold()].values())).table
                self.tables[table][column] = replace(found, references=f"{target_name}.{keys[position]}")
        for columns in self.tables.values():
            yield from columns.values()

    def apply_file(self, path: Path, file: str) -> tuple[list[SkippedStatement], int]:
        """Apply one file's statements; the ones skipped, and how many were tried (parsed or not known;
        a command running another file is skipped, not tried)."""
        skipped, tried = [], 0
        for statement in split_file(path, profile_of(self.dialect)):
            runs_another_file = statement.verb in RUNS_ANOTHER_FILE
            if not statement.is_read and statement.is_known and not runs_another_file:
                continue
            tried += not runs_another_file  # a script of other scripts is read: what they hold is not
            reason = self._reason_to_skip(statement, file)
            if reason:
                skipped.append(SkippedStatement(self.source, file, statement.line, statement.kind, reason))
        return skipped, tried

    def _reason_to_skip(self, statement: Statement, file: str) -> str | None:
        """Apply one statement; why it was skipped, or None when it was read."""
        if statement.verb in RUNS_ANOTHER_FILE:
            return "it runs another file, which is not read here (name that file in the source's path to read it)"
        if not statement.is_known:
            return "not an SQL statement laci-audit knows (its first word starts no statement)"
        if statement.undecodable:
            return "not UTF-8 text"
        reader = _StatementReader(self, statement, file)
        try:
            with _quiet_sqlglot():
                return reader.read()
        except Exception as exc:  # noqa: BLE001 - sqlglot raises anything on odd input; the statement is skipped
            return f"sqlglot ({self.dialect}) cannot parse it ({_failure(exc, statement.line)})"


@contextmanager
def _quiet_sqlglot() -> Iterator[None]:
    """sqlglot's log lines (unsupported syntax, ...) never reach the user's terminal."""
    logger = logging.getLogger("sqlglot")
    was_disabled, logger.disabled = logger.disabled, True
    try:
        yield
    finally:
        logger.disabled = was_disabled


def _failure(exc: Exception, first_line: int | None) -> str:
    """A one-line reason for a parse failure that quotes nothing but a keyword or a name."""
    if isinstance(exc, ParseError) and exc.errors:
        error = exc.errors[0]
        description = str(error.get("description") or "invalid syntax")
        if "<class" in description or "<Token" in description or "Required keyword" in description:
            description = "incomplete or unexpected expression"
        near = str(error.get("highlight") or "")
        near = f" near {near}" if _IDENTIFIER_LIKE.fullmatch(near) else ""
        line = error.get("line")
        at = f" at line {first_line + line - 1}" if isinstance(line, int) and first_line else ""
        return f"{description}{near}{at}"
    if isinstance(exc, TokenError):
        return "an unterminated string, quote or comment"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return type(exc).__name__


class _StatementReader:
    """Parse one statement and apply it to the schema state."""

    def __init__(self, state: SchemaState, statement: Statement, file: str):
        self.state = state
        self.statement = statement
        self.file = file
        self.dialect = state.dialect
        self.offset = statement.line - 1
        self.text = statement.text or ""

    def read(self) -> str | None:
        """Apply the statement; why it was skipped, or None."""
        text = self.text
        kind = self.statement.kind
        if kind == "SET SEARCH_PATH":
            self.state.schema = _first_schema(text)
            return None
        if kind == "CREATE VIEW":
            if _MATERIALIZED.match(text):
                text = _MATERIALIZED_OPTIONS.sub(_keep_lines, _MATERIALIZED.sub(r"\1", _WITH_DATA.sub("", text), count=1),
                                                 count=1)
            if _is_mysql(self.dialect):
                text = _VIEW_OPTIONS.sub(_keep_lines, text, count=1)
            text = _CHECK_OPTION.sub("", _VIEW_WITH.sub(_keep_lines, text, count=1))
        else:
            upper = text.upper()
            if "USING" in upper:
                text = _INDEX_TYPE_FIRST.sub(r"\1 \3 \2", text)
            if "CLUSTERED" in upper:
                text = _CLUSTERED.sub(r"\1", text)
            if "UNUSED" in upper and _is_dialect(self.dialect, Oracle):
                text = _SET_UNUSED.sub("DROP", text)
            if "RENAME" in upper and kind == "ALTER TABLE" and _is_dialect(self.dialect, Postgres):
                text = _RENAME_WITHOUT_COLUMN.sub(r"\1 COLUMN \2", text)
        if "_CS" in text.upper() and _is_dialect(self.dialect, Oracle):
            text = _TRANSLATE_USING.sub(_as_conversion, text)
        self.text = text  # as rewritten: what the readers by parts read too
        if kind == "CREATE TABLE" and _VIRTUAL_TABLE.match(text):
            return self._virtual_table(text)
        try:
            parsed = _parse(text, self.dialect)
        except (ParseError, TokenError):
            if kind == "CREATE TABLE":
                return self._create_table_by_parts(text)
            if kind == "ALTER TABLE":
                return self._alter_table_by_actions(text)
            if _says_nothing_of_columns(kind, text):
                return None  # pg_dump's CREATE INDEX ... ON ONLY t, COMMENT ON TRIGGER trg ON t: nothing to read
            raise
        reasons = [self._apply(expression) for expression in parsed if expression is not None]
        _release(parsed)
        return next((reason for reason in reasons if reason), None)

    def _apply(self, statement: exp.Expression) -> str | None:
        kind = str(statement.args.get("kind") or "").upper()
        if isinstance(statement, exp.Create) and kind == "TABLE":
            if self._defined_already(statement):
                return None  # IF NOT EXISTS of a table defined before: the server leaves it as it is
            return self._create_table(statement)
        if isinstance(statement, exp.Create) and kind == "VIEW":
            return self._create_view(statement)
        if isinstance(statement, exp.Alter) and kind in ("TABLE", ""):
            return self._alter_table(statement)
        if isinstance(statement, exp.Drop) and kind in ("TABLE", "VIEW"):
            for dropped in [statement.this, *(statement.args.get("tables") or [])]:
                if dropped is not None:
                    self.state.tables.pop(self.state.name_of(dropped).casefold(), None)
            return None
        if isinstance(statement, exp.Comment):
            if kind == "COLUMN":
                self._comment_on_column(statement)
            return None
        if isinstance(statement, exp.Use) and statement.this is not None:
            self.state.database = statement.this.name
            return None
        if isinstance(statement, exp.Command):
            return self._command(statement)
        return None  # CREATE INDEX and the like: nothing about columns

    # --- CREATE TABLE and views --------------------------------------------------------------

    def _create_table(self, statement: exp.Create) -> str | None:
        target = statement.this
        like = next(iter(statement.find_all(exp.LikeProperty)), None)
        if isinstance(target, exp.Schema):
            name = self.state.name_of(target.this)
            columns = self.state.tables.setdefault(name.casefold(), {})
            for definition in target.expressions:
                if isinstance(definition, (exp.ColumnDef, exp.Identifier)) and not _is_inline_index(
                        definition, self.dialect):  # an Identifier: a column without a type
                    self._add_column(columns, definition, name)
            self._apply_keys(name, [*target.expressions, *_keys_after_a_column(target.expressions)])
            if like is not None:
                self._copy_columns(like.this, name, statement)
            inherits = statement.find(exp.InheritsProperty)
            if inherits is not None:
                self._inherit_columns(name, inherits.expressions, statement)
            return None
        name = self.state.name_of(target)
        if like is not None:
            self._copy_columns(like.this, name, statement)
        elif isinstance(statement.expression, exp.Query):
            self._projection_columns(name, statement.expression, [])
        return None  # a partition (PARTITION OF): its parent stands for it

    def _defined_already(self, statement: exp.Create) -> bool:
        """True for CREATE ... IF NOT EXISTS of a table or view the statements before defined."""
        target = statement.this
        table = target.this if isinstance(target, exp.Schema) else target
        return bool(statement.args.get("exists")) and self.state.name_of(table).casefold() in self.state.tables

    def _create_view(self, statement: exp.Create) -> str | None:
        target = statement.this
        declared = [e.name for e in target.expressions] if isinstance(target, exp.Schema) else []
        if self._defined_already(statement):
            return None
        name = self.state.name_of(target.this if isinstance(target, exp.Schema) else target)
        self.state.tables.pop(name.casefold(), None)
        if isinstance(statement.expression, exp.Query):
            self._projection_columns(name, statement.expression, declared)
        return None

    def _projection_columns(self, name: str, query: exp.Query, declared: list[str]) -> None:
        """The columns a view or CREATE TABLE ... AS SELECT gets: its column list, else the names
        its SELECT gives; `*` and `t.*` give the columns of the tables read so far that it selects
        from, with their types but not their keys (a table of another statement's making gives none)."""
        columns = self.state.tables.setdefault(name.casefold(), {})
        line = self._line(query) or self.statement.line
        if declared:
            for column in declared:
                columns[column.casefold()] = Field(self.state.source, name, column, file=self.file, line=line)
            return
        sources = _selected_tables(query, self.state.name_of) if isinstance(query, exp.Select) else {}
        unnamed = _is_mysql(self.dialect) and not all(isinstance(s, (exp.Column, exp.Alias)) for s in query.selects)
        written = _select_items(self.text, self.dialect) if unnamed else []  # tokenized only when needed
        for position, selected in enumerate(query.selects):
            star = selected if isinstance(selected, exp.Star) else selected.this if \
                isinstance(selected, exp.Column) and isinstance(selected.this, exp.Star) else None
            if star is None:
                column = _selected_name(selected, self.dialect, written[position] if position < len(written) else "")
                if column:
                    columns[column.casefold()] = Field(self.state.source, name, column, file=self.file,
                                                       line=self._line(selected) or line)
                continue
            qualifier = selected.table if isinstance(selected, exp.Column) else ""
            for source in ([sources.get(qualifier.casefold())] if qualifier else list(sources.values())):
                for found in self.state.tables.get((source or "").casefold(), {}).values():
                    columns[found.name.casefold()] = replace(found, table=name, file=self.file, line=line,
                                                             primary_key=False, references="")

    def _copy_columns(self, original: exp.Expression, name: str, statement: exp.Expression) -> None:
        """CREATE TABLE t LIKE u: u's columns and keys, defined here."""
        columns = self.state.tables.setdefault(name.casefold(), {})
        line = self._line(statement) or self.statement.line
        for found in self.state.tables.get(self.state.name_of(original).casefold(), {}).values():
            columns[found.name.casefold()] = replace(found, table=name, file=self.file, line=line)

    def _inherit_columns(self, name: str, parents: list[exp.Expression], statement: exp.Expression) -> None:
        """PostgreSQL's INHERITS (parent, ...): the parents' columns first, in their order, then the
        table's own (one of a parent's name merged into its place), as the catalogue lists them; a
        parent's keys and comments are its own, not inherited."""
        columns = self.state.tables[name.casefold()]
        line = self._line(statement) or self.statement.line
        inherited: dict[str, Field] = {}
        for parent in parents:
            for key, found in self.state.tables.get(self.state.name_of(parent).casefold(), {}).items():
                inherited.setdefault(key, replace(found, table=name, file=self.file, line=line, primary_key=False,
                                                  references="", comment=""))
        own = dict(columns)
        columns.clear()
        for key, found in inherited.items():
            columns[key] = own.pop(key, found)
        columns.update(own)

    def _virtual_table(self, text: str) -> str | None:
        """SQLite's CREATE VIRTUAL TABLE t USING module (arguments): for its full-text and R*Tree
        modules the arguments are the table's columns, but those with `=`, options (tokenize = porter);
        another module makes its columns itself, which no statement says."""
        tokens = _tokens(text, self.dialect)
        table_word = next((i for i, t in enumerate(tokens) if t.token_type == TokenType.TABLE), 0)
        using = next((i for i, t in enumerate(tokens) if t.text.upper() == "USING"), None)
        if using is None or using + 2 >= len(tokens) or tokens[using + 2].token_type != TokenType.L_PAREN:
            return "a virtual table of a module without arguments: its columns are the module's, not read"
        module = tokens[using + 1].text.lower()
        if module not in _COLUMN_MODULES:
            named = f" {module}" if _IDENTIFIER_LIKE.fullmatch(module) else ""
            return f"a virtual table of SQLite's{named} module, which makes its columns itself: not read"
        name = self.state.name_of(exp.to_table(_name_text(text, tokens, table_word + 1, using), dialect=self.dialect))
        if self.state.tables.get(name.casefold()) and any(t.text.upper() == "EXISTS" for t in tokens[:using]):
            return None  # IF NOT EXISTS of a table defined before
        columns = self.state.tables.setdefault(name.casefold(), {})
        columns.clear()
        for part in _parts(tokens, using + 3, _closing_paren(tokens, using + 2) or len(tokens)):
            if not any(token.token_type == TokenType.EQ for token in part):
                columns[part[0].text.casefold()] = Field(self.state.source, name, part[0].text, "", self.file,
                                                         self.statement.line + part[0].line - 1)
        return None

    def _create_table_by_parts(self, text: str) -> str | None:
        """A CREATE TABLE sqlglot cannot parse whole (partitions, types it lacks): its column list
        alone, then each definition on its own, a column that still fails kept with its type as written."""
        tokens = _tokens(text, self.dialect)
        opening = next((i for i, t in enumerate(tokens) if t.token_type == TokenType.L_PAREN), None)
        table_word = next((i for i, t in enumerate(tokens) if t.token_type == TokenType.TABLE), None)
        if opening is None or table_word is None or table_word > opening:
            return f"sqlglot ({self.dialect}) cannot parse it and it has no column list"
        closing = _closing_paren(tokens, opening)
        if closing is None:
            return f"sqlglot ({self.dialect}) cannot parse it: its column list is never closed"
        if any(t.text.upper() == "EXISTS" for t in tokens[table_word + 1:opening]) and self.state.name_of(
                exp.to_table(_name_text(text, tokens, table_word + 1, opening), dialect=self.dialect),
        ).casefold() in self.state.tables:
            return None  # IF NOT EXISTS of a table defined before: the server leaves it as it is
        head = text[:tokens[opening].start]
        body = text[tokens[opening].start:tokens[closing].end + 1]
        try:
            whole = sqlglot.parse_one(head + body, read=self.dialect)
        except (ParseError, TokenError):
            whole = None
        if isinstance(whole, exp.Create) and isinstance(whole.this, exp.Schema):
            return self._create_table(whole)
        name_text = _name_text(text, tokens, table_word + 1, opening)
        reasons = [self._table_part(head, text, part, name_text) for part in _parts(tokens, opening + 1, closing)]
        return next((reason for reason in reasons if reason), None)

    def _table_part(self, head: str, text: str, part: list[Token], name_text: str) -> str | None:
        """One column or constraint of a table definition, parsed on its own; why a key in it was
        not read, or None."""
        definition = _span(text, part)
        line_before = text.count("\n", 0, part[0].start)
        parsed = self._definition_alone(head, line_before, definition)
        if parsed is not None:
            return self._create_table(parsed)
        if part[0].text.upper().split()[0] in _CONSTRAINT_WORDS or len(part) < 2:  # PRIMARY KEY: one token
            pieces = _constraints_without_commas(part) if self.dialect == "sqlite" else [part]
            if len(pieces) > 1:
                reasons = [self._table_part(head, text, piece, name_text) for piece in pieces]
                return next((reason for reason in reasons if reason), None)
            if any(token.token_type in _KEY_TOKENS for token in part):
                core = _key_core(text, part)
                if core and core != definition:  # the key without its index and state clauses
                    parsed = self._definition_alone(head, line_before, core)
                    if parsed is not None:
                        return self._create_table(parsed)
                return (f"sqlglot ({self.dialect}) cannot parse the key at line "
                        f"{self.statement.line + part[0].line - 1}; the table's columns are read")
            return None
        name = self.state.name_of(exp.to_table(name_text, dialect=self.dialect))
        columns = self.state.tables.setdefault(name.casefold(), {})
        type_end = _closing_paren(part, 2) if len(part) > 2 and part[2].token_type == TokenType.L_PAREN else 1
        data_type = text[part[1].start:part[type_end if type_end is not None else 1].end + 1]
        found = Field(self.state.source, name, part[0].text, data_type.upper(), self.file,
                      self.statement.line + part[0].line - 1)
        columns[part[0].text.casefold()] = self._inline_keys(head, text, part, found)
        return None

    def _definition_alone(self, head: str, line_before: int, definition: str) -> exp.Create | None:
        """`head (definition)` parsed, the definition kept on its line: a CREATE TABLE of it alone,
        or None when sqlglot cannot parse it."""
        try:
            parsed = sqlglot.parse_one(head + "\n" * (line_before - head.count("\n")) + f"({definition})",
                                       read=self.dialect)
        except (ParseError, TokenError):
            return None
        return parsed if isinstance(parsed, exp.Create) and isinstance(parsed.this, exp.Schema) else None

    def _inline_keys(self, head: str, text: str, part: list[Token], found: Field) -> Field:
        """A column kept with its type as written gets the PRIMARY KEY and REFERENCES it declares,
        read from those clauses alone (the rest, such as Oracle's DEFAULT ON NULL, is what failed)."""
        clauses = _key_clauses(text, part)
        if not clauses:
            return found
        try:
            parsed = sqlglot.parse_one(f"{head}({_span(text, part[:1])} {clauses})", read=self.dialect)
        except (ParseError, TokenError):
            return found
        if not (isinstance(parsed, exp.Create) and isinstance(parsed.this, exp.Schema) and parsed.this.expressions):
            return found
        keys = self._field(parsed.this.expressions[0], found.table)
        return replace(found, primary_key=keys.primary_key, references=keys.references)

    # --- ALTER TABLE -------------------------------------------------------------------------

    def _alter_table(self, statement: exp.Alter) -> str | None:
        name = self.state.name_of(statement.this)
        columns = self.state.tables.setdefault(name.casefold(), {})
        for action in statement.args.get("actions") or []:
            if isinstance(action, exp.ColumnDef):
                self._add_column(columns, action, name)
            elif isinstance(action, exp.ModifyColumn):  # MySQL MODIFY and CHANGE
                old = action.args.get("rename_from") or action.this
                if old.name.casefold() == action.this.name.casefold() and old.name.casefold() in columns:
                    kept = columns[old.name.casefold()]  # MODIFY: a new type, defined where it was
                    changed = self._field(action.this, name)
                    columns[old.name.casefold()] = replace(kept, data_type=changed.data_type,
                                                           comment=changed.comment or kept.comment)
                else:
                    self._add_column(columns, action.this, name, keep=columns.pop(old.name.casefold(), None))
            elif isinstance(action, exp.AlterColumn) and action.args.get("dtype") is not None:
                found = columns.get(action.this.name.casefold())
                if found is not None:
                    data_type = _type_generator(self.dialect).generate(action.args["dtype"], copy=False)
                    columns[found.name.casefold()] = replace(found, data_type=data_type)
            elif isinstance(action, exp.AddConstraint):
                self._apply_keys(name, action.expressions)
            elif isinstance(action, exp.Schema):  # Oracle's ADD (column or constraint, ...)
                for definition in action.expressions:
                    if isinstance(definition, exp.ColumnDef):
                        self._add_column(columns, definition, name)
                self._apply_keys(name, action.expressions)
            elif isinstance(action, exp.DropPrimaryKey):
                for column, found in columns.items():
                    columns[column] = replace(found, primary_key=False)
            elif isinstance(action, exp.Drop):
                self._alter_drop(name, columns, action)
            elif isinstance(action, exp.Command) and str(action.this).upper() == "DROP":
                reason = self._drop_listed(statement, columns, str(action.expression or ""))
                if reason:
                    return reason
            elif isinstance(action, exp.RenameColumn):
                old = columns.pop(action.this.name.casefold(), None)
                if old is not None:
                    new_name = action.args["to"].name
                    columns[new_name.casefold()] = replace(old, name=new_name, file=self.file,
                                                           line=self._line(action) or old.line)
            elif isinstance(action, exp.AlterRename):
                self._rename_table(name, self.state.name_of(action.this))
        return None

    def _alter_drop(self, table: str, columns: dict[str, Field], action: exp.Drop) -> None:
        kind = str(action.args.get("kind") or "COLUMN").upper()
        dropped = [d for d in [action.this, *action.expressions, *(action.args.get("tables") or [])] if d is not None]
        if kind in ("CONSTRAINT", "FOREIGN KEY", "PRIMARY KEY", "INDEX", "KEY"):
            for constraint in dropped:
                self._drop_constraint(table, columns, constraint.name)
            return
        for column in dropped:
            columns.pop(column.name.casefold(), None)

    def _drop_listed(self, statement: exp.Alter, columns: dict[str, Field], text: str) -> str | None:
        """Oracle's DROP (a, b) [CASCADE CONSTRAINTS]: the columns listed are dropped; the clauses
        written after it (ADD (...), SET UNUSED ...) are read as an ALTER TABLE of their own."""
        tokens = _tokens(text, self.dialect)
        closing = _closing_paren(tokens, 0) if tokens and tokens[0].token_type == TokenType.L_PAREN else None
        if closing is None:
            return None  # DROP UNUSED COLUMNS: nothing a query or the catalogue still shows
        for part in _parts(tokens, 1, closing):
            columns.pop(part[0].text.casefold(), None)
        rest = _DROP_OPTIONS.sub("", text[tokens[closing].end + 1:])
        if not rest.strip():
            return None
        head = f"ALTER TABLE {statement.this.sql(dialect=self.dialect)} "
        try:
            more = sqlglot.parse_one(head + _SET_UNUSED.sub("DROP", rest), read=self.dialect)
        except (ParseError, TokenError) as exc:
            return f"sqlglot ({self.dialect}) cannot parse its action after DROP (...) ({_failure(exc, None)})"
        if not isinstance(more, exp.Alter):
            return f"sqlglot ({self.dialect}) cannot parse its action after DROP (...)"
        return self._alter_table(more)

    def _drop_constraint(self, table: str, columns: dict[str, Field], constraint: str) -> None:
        kind, names = self.state.constraints.pop((table.casefold(), constraint.casefold()), ("", ()))
        for column in names:
            found = columns.get(column.casefold())
            if found is not None and kind == "primary":
                columns[column.casefold()] = replace(found, primary_key=False)
            elif found is not None and kind == "foreign":
                columns[column.casefold()] = replace(found, references="")

    def _rename_table(self, old: str, new: str) -> None:
        columns = self.state.tables.pop(old.casefold(), {})
        self.state.tables[new.casefold()] = {key: replace(f, table=new) for key, f in columns.items()}

    def _alter_table_by_actions(self, text: str) -> str | None:
        """An ALTER TABLE sqlglot cannot parse whole: each of its actions on its own; one that changes
        columns or keys and still fails skips the statement's rest, any other is left out quietly."""
        tokens = _tokens(text, self.dialect)
        name_start = next((i + 1 for i, t in enumerate(tokens) if t.token_type == TokenType.TABLE), None)
        if name_start is None:
            return f"sqlglot ({self.dialect}) cannot parse it"
        while name_start < len(tokens) and tokens[name_start].text.upper() in ("ONLY", "IF", "EXISTS"):
            name_start += 1
        name_end = name_start + 1
        while name_end + 1 < len(tokens) and tokens[name_end].token_type == TokenType.DOT:
            name_end += 2
        head = text[:tokens[name_end - 1].end + 1]
        first = name_end
        if first + 1 < len(tokens) and tokens[first].text.upper() == "WITH" \
                and tokens[first + 1].text.upper() in ("CHECK", "NOCHECK"):
            first += 2  # T-SQL's WITH [NO]CHECK: whether rows are checked against the constraints added
        verb = ""
        for part in _parts(tokens, first, len(tokens)):
            action = _span(text, part)
            if part[0].text.upper() in ("ADD", "DROP"):
                verb = part[0].text.upper()
            elif self.dialect == "tsql" and verb:
                action = f"{verb} {action}"  # T-SQL's ADD a, b, ... (and DROP): one verb for the whole list
            try:
                padding = "\n" * (part[0].line - 1 - head.count("\n"))  # the action keeps its line
                parsed = sqlglot.parse_one(f"{head} {padding}{action}", read=self.dialect)
            except (ParseError, TokenError) as exc:
                parsed = exc
            if isinstance(parsed, exp.Alter):
                self._alter_table(parsed)
            elif self._action_by_hand(head, text, part, text[tokens[name_start].start:tokens[name_end - 1].end + 1]):
                continue
            elif _COLUMN_ACTION.match(action) and not _NO_COLUMN_ADD.match(action):
                why = _failure(parsed, None) if isinstance(parsed, Exception) else "a form it does not know"
                return (f"sqlglot ({self.dialect}) cannot parse its action at line "
                        f"{self.statement.line + part[0].line - 1} ({why})")
        return None

    def _action_by_hand(self, head: str, text: str, part: list[Token], name_text: str) -> bool:
        """An action sqlglot cannot parse, read where its form is known: a key added with its index
        and state clauses (Oracle's `ADD CONSTRAINT pk PRIMARY KEY (id) USING INDEX ... ENABLE`, also
        inside `ADD (...)`), read without them; Oracle's `MODIFY (column [type] [NOT NULL ENABLE], ...)`. True when read."""
        verb = part[0].text.upper()
        if verb == "ADD" and len(part) > 2 and part[1].token_type == TokenType.L_PAREN \
                and _closing_paren(part, 1) == len(part) - 1:  # Oracle's ADD (definition, ...): each on its own
            return all(self._added(head, text, [part[0], *inner], name_text) for inner in _parts(part, 2, len(part) - 1))
        if verb == "ADD" and any(token.token_type in _KEY_TOKENS for token in part):
            core = _key_core(text, part[1:])
            padding = "\n" * (part[0].line - 1 - head.count("\n"))
            try:
                parsed = sqlglot.parse_one(f"{head} {padding}ADD {core}", read=self.dialect) if core else None
            except (ParseError, TokenError):
                parsed = None
            if isinstance(parsed, exp.Alter):
                self._alter_table(parsed)
                return True
            return False
        if verb == "MODIFY" and _is_dialect(self.dialect, Oracle) and len(part) > 1:
            return self._oracle_modify(text, part[1:], name_text)
        return False

    def _added(self, head: str, text: str, part: list[Token], name_text: str) -> bool:
        """One definition of Oracle's ADD (...) as `ADD definition`: parsed, or read by hand; True when read."""
        padding = "\n" * (part[1].line - 1 - head.count("\n"))
        try:
            parsed = sqlglot.parse_one(f"{head} {padding}ADD {_span(text, part[1:])}", read=self.dialect)
        except (ParseError, TokenError):
            parsed = None
        if isinstance(parsed, exp.Alter):
            self._alter_table(parsed)
            return True
        return self._action_by_hand(head, text, part, name_text)

    def _oracle_modify(self, text: str, tokens: list[Token], name_text: str) -> bool:
        """Oracle's MODIFY of one column or of a list of them in parentheses: a new type where one
        is written; NOT NULL, DEFAULT and the constraint's state (ENABLE) change nothing we keep."""
        if tokens[0].token_type == TokenType.L_PAREN:
            closing = _closing_paren(tokens, 0)
            if closing is None:
                return False
            clauses = list(_parts(tokens, 1, closing))
        else:
            clauses = [tokens]
        name = self.state.name_of(exp.to_table(name_text, dialect=self.dialect))
        columns = self.state.tables.setdefault(name.casefold(), {})
        for clause in clauses:
            if clause[0].token_type != TokenType.IDENTIFIER and clause[0].text.upper() in _NOT_A_COLUMN:
                continue  # MODIFY CONSTRAINT c ENABLE, MODIFY PRIMARY KEY ...: no column's type
            kept = columns.get(clause[0].text.casefold())
            if kept is None or len(clause) < 2 or clause[1].text.upper() in _NOT_A_TYPE:
                continue
            type_end = _closing_paren(clause, 2) if len(clause) > 2 and clause[2].token_type == TokenType.L_PAREN else 1
            try:
                parsed = sqlglot.parse_one(f'CREATE TABLE t ("c" {_span(text, clause[1:(type_end or 1) + 1])})',
                                           read=self.dialect)
            except (ParseError, TokenError):
                return False
            if not (isinstance(parsed, exp.Create) and isinstance(parsed.this, exp.Schema)):
                return False
            columns[kept.name.casefold()] = replace(kept, data_type=self._field(parsed.this.expressions[0], name).data_type)
        return True

    def _command(self, statement: exp.Command) -> str | None:
        """A statement sqlglot only recognised by its first word: read what can be read of it."""
        kind = self.statement.kind
        text = self.text
        rest = statement.expression
        rest = rest.name if isinstance(rest, exp.Expression) else str(rest or "")
        if kind == "CREATE TABLE":
            return self._create_table_by_parts(text)
        if kind == "ALTER TABLE":
            attached = _ATTACH_PARTITION.search(rest)
            if attached:  # a partition: its parent stands for it, as a live database's scan has it
                partition = exp.to_table(attached.group(1), dialect=self.dialect)
                self.state.tables.pop(self.state.name_of(partition).casefold(), None)
                return None
            return self._alter_table_by_actions(text) if _COLUMN_WORD.search(rest) else None
        if kind == "RENAME TABLE":
            tokens = _tokens(rest, self.dialect)  # sqlglot keeps what follows RENAME as one string
            for part in _parts(tokens, 1, len(tokens)):
                to = next((i for i, token in enumerate(part) if token.text.upper() == "TO"), None)
                if to:
                    old, new = _span(rest, part[:to]), _span(rest, part[to + 1:])
                    self._rename_table(self.state.name_of(exp.to_table(old, dialect=self.dialect)),
                                       self.state.name_of(exp.to_table(new, dialect=self.dialect)))
            return None
        if _says_nothing_of_columns(kind, text):
            return None
        return f"sqlglot ({self.dialect}) does not know this form of {kind}"

    # --- columns and keys --------------------------------------------------------------------

    def _add_column(self, columns: dict[str, Field], column: exp.ColumnDef | exp.Identifier, table: str,
                    keep: Field | None = None) -> None:
        found = self._field(column, table)
        if keep is not None:  # MODIFY / CHANGE keep what other statements said of the column
            found = replace(found, comment=found.comment or keep.comment,
                            references=found.references or keep.references,
                            primary_key=found.primary_key or keep.primary_key)
        columns[found.name.casefold()] = found

    def _field(self, column: exp.ColumnDef | exp.Identifier, table: str) -> Field:
        kind = column.args.get("kind")
        comment = references = ""
        primary_key = False
        for constraint in column.args.get("constraints") or []:
            constraint_kind = constraint.args.get("kind")
            if isinstance(constraint_kind, exp.CommentColumnConstraint):
                comment = constraint_kind.name
            elif isinstance(constraint_kind, exp.Reference):
                references = referenced_column(constraint_kind, 0, self.state.name_of)
                if not references:
                    self._to_primary_key(table, column.name, constraint_kind, 0)
            elif isinstance(constraint_kind, exp.PrimaryKeyColumnConstraint):
                primary_key = True
        if not comment and column.comments:  # `-- ...` beside the column; a line of dashes says nothing
            comment = " ".join(c.strip() for c in column.comments if any(ch.isalnum() for ch in c))
        return Field(
            source=self.state.source, table=table, name=intern(column.name),  # names repeat across tables
            data_type=_type_text(kind, self.dialect) if kind is not None else "",
            file=self.file, line=self._line(column), comment=comment, references=references, primary_key=primary_key,
        )

    def _apply_keys(self, table: str, definitions: Iterable[exp.Expression]) -> None:
        """Mark the columns of the PRIMARY KEY and FOREIGN KEY constraints among a table's definitions."""
        columns = self.state.tables.setdefault(table.casefold(), {})
        for definition in definitions:
            name = ""
            parts = [definition]
            if isinstance(definition, exp.Constraint):
                name, parts = definition.name, definition.expressions
            for part in parts:
                if isinstance(part, exp.PrimaryKey):
                    keys = [_column_name(c) for c in part.expressions]
                    for key in keys:
                        found = columns.get(key.casefold())
                        if found is not None:
                            columns[key.casefold()] = replace(found, primary_key=True)
                    self._remember(table, name or "PRIMARY", "primary", keys)
                elif isinstance(part, exp.ForeignKey):
                    self._apply_foreign_key(table, columns, part)
                    self._remember(table, name, "foreign", [_column_name(c) for c in part.expressions])

    def _remember(self, table: str, constraint: str, kind: str, columns: list[str]) -> None:
        if constraint:
            self.state.constraints[(table.casefold(), constraint.casefold())] = (kind, tuple(columns))

    def _apply_foreign_key(self, table: str, columns: dict[str, Field], foreign_key: exp.ForeignKey) -> None:
        """Mark each column of a FOREIGN KEY (a, b) REFERENCES t (x, y) with the column it refers to."""
        reference = foreign_key.args.get("reference")
        for position, column in enumerate(foreign_key.expressions):
            found = columns.get(_column_name(column).casefold())
            target = referenced_column(reference, position, self.state.name_of) if reference is not None else ""
            if found is not None and target:
                columns[found.name.casefold()] = replace(found, references=target)
            elif found is not None and reference is not None:
                self._to_primary_key(table, found.name, reference, position)

    def _to_primary_key(self, table: str, column: str, reference: exp.Reference, position: int) -> None:
        target = reference.this.this if isinstance(reference.this, exp.Schema) else reference.this
        if target is not None:
            target_name = self.state.name_of(target)
            self.state.to_primary_keys[(table.casefold(), column.casefold())] = (target_name, position)

    def _comment_on_column(self, statement: exp.Comment) -> None:
        column = statement.this
        parts = [p.name for p in column.parts] if isinstance(column, exp.Column) else []
        if len(parts) < 2:
            return
        table_parts = parts[:-1]
        if len(table_parts) > 1 and table_parts[-2].casefold() in DEFAULT_SCHEMAS:
            table_parts = table_parts[-1:]
        columns = self.state.tables.get(".".join(table_parts).casefold(), {})
        found = columns.get(parts[-1].casefold())
        if found is not None:
            comment = statement.expression.name if statement.expression is not None else ""
            columns[parts[-1].casefold()] = replace(found, comment=comment)

    def _line(self, node: exp.Expression) -> int | None:
        """The file line of a node's first token that has one."""
        for candidate in node.walk():
            line = candidate.meta.get("line") if candidate.meta else None
            if line:
                return line + self.offset
        return None


# MySQL's `PRIMARY KEY USING BTREE (a, b)`: the index type may come before the key's columns, which
# sqlglot parses only after them (`PRIMARY KEY (a, b) USING BTREE`, the same key).
_INDEX_TYPE_FIRST = re.compile(r"(PRIMARY\s+KEY)\s+(USING\s+(?:BTREE|HASH))\s*(\((?:[^()'\"`]|`[^`]*`|\([^()]*\))*\))",
                               re.IGNORECASE)
# T-SQL's PRIMARY KEY / UNIQUE [NON]CLUSTERED: how the key's index is stored, nothing about its
# columns; sqlglot reads the key whole only without it (unnamed, or on a column, it fails).
_CLUSTERED = re.compile(r"\b(PRIMARY\s+KEY|UNIQUE)\s+(?:NON)?CLUSTERED\b", re.IGNORECASE)
# Oracle's ALTER TABLE t SET UNUSED (a, b) / SET UNUSED COLUMN a: the columns are gone from every
# query and from the catalogue's column views, as if dropped (DROP UNUSED COLUMNS frees their space later).
_SET_UNUSED = re.compile(r"\bSET\s+UNUSED\b(?=\s*(?:\(|COLUMN\b))", re.IGNORECASE)
# PostgreSQL's ALTER TABLE t RENAME a TO b, COLUMN left out as its grammar allows: sqlglot reads it as
# RENAME TO a, the table renamed after the column (and TO b dropped).
_RENAME_WITHOUT_COLUMN = re.compile(r"\b(RENAME)\s+(?!(?:COLUMN|CONSTRAINT|TO)\b)(\"(?:[^\"]|\"\")+\"|[\w$]+\s+TO\b)",
                                    re.IGNORECASE)
# What may follow Oracle's DROP (a, b): what becomes of constraints and views on them, and how it is done.
_DROP_OPTIONS = re.compile(r"^\s*(?:(?:CASCADE\s+CONSTRAINTS|INVALIDATE|ONLINE|CHECKPOINT\s+\d+)\s*)*",
                           re.IGNORECASE)
# Oracle's TRANSLATE(text USING CHAR_CS | NCHAR_CS), which sqlglot cannot parse: TO_CHAR(text),
# TO_NCHAR(text), the same conversion written as sqlglot reads it.
_TRANSLATE_USING = re.compile(r"\bTRANSLATE\s*\(((?:[^()'\"]|'[^']*'|\([^()]*\))*?)(\s+)USING\s+(N?)CHAR_CS\s*\)",
                              re.IGNORECASE)


def _as_conversion(translate: re.Match) -> str:
    """TRANSLATE(text USING NCHAR_CS) as TO_NCHAR(text), its line breaks kept (lines stay put)."""
    return f"TO_{translate.group(3)}CHAR({translate.group(1)})" + "\n" * translate.group(2).count("\n")
_VIRTUAL_TABLE = re.compile(r"^CREATE\s+VIRTUAL\s+TABLE\b", re.IGNORECASE)
# SQLite's modules whose arguments name the virtual table's columns: full-text search and R*Tree.
_COLUMN_MODULES = frozenset({"fts3", "fts4", "fts5", "rtree", "rtree_i32"})
_COMMENT_ON_COLUMN = re.compile(r"COMMENT\s+ON\s+COLUMN\b", re.IGNORECASE)


def _says_nothing_of_columns(kind: str, text: str) -> bool:
    """True for an index, or a comment on anything but a column (a constraint, a trigger, a function, ...)."""
    return kind == "CREATE INDEX" or (kind == "COMMENT ON" and not _COMMENT_ON_COLUMN.search(text))
_MATERIALIZED = re.compile(r"^(CREATE\s+(?:OR\s+REPLACE\s+)?)MATERIALIZED\s+", re.IGNORECASE)
_WITH_DATA = re.compile(r"\s+WITH\s+(?:NO\s+)?DATA\s*$", re.IGNORECASE)
# MySQL's view options between CREATE [OR REPLACE] and VIEW: how the view runs and as whom, nothing
# about its columns; sqlglot cannot parse some of them (DEFINER=CURRENT_USER).
_ACCOUNT_PART = r"(?:`[^`]*`|'[^']*'|\"[^\"]*\"|[^\s@`'\"]+)"
_VIEW_OPTIONS = re.compile(
    r"^(CREATE\s+(?:OR\s+REPLACE\s+)?)(?:(?:ALGORITHM\s*=\s*\w+|DEFINER\s*=\s*" + _ACCOUNT_PART
    + r"(?:\s*@\s*" + _ACCOUNT_PART + r")?|SQL\s+SECURITY\s+\w+)\s+)+(?=VIEW\b)", re.IGNORECASE)


# What a view's rows may be changed to, written after its query: `WITH [CASCADED | LOCAL] CHECK OPTION`
# (Oracle's with `CONSTRAINT name`), `WITH READ ONLY`; nothing about its columns, and sqlglot reads
# the view whole only without it in MySQL, T-SQL, PostgreSQL and SQLite.
_CHECK_OPTION = re.compile(r"\s+WITH\s+(?:(?:(?:CASCADED|LOCAL)\s+)?CHECK\s+OPTION(?:\s+CONSTRAINT\s+(?:\"[^\"]*\"|[\w$#]+))?"
                           r"|READ\s+ONLY)\s*$", re.IGNORECASE)
# A view's options between its name (or column list) and AS: PostgreSQL's `WITH (security_barrier,
# check_option=local)`, T-SQL's `WITH SCHEMABINDING, VIEW_METADATA`; how it runs, not what it holds,
# and sqlglot cannot parse an option without a value, nor T-SQL's list of them.
_VIEW_NAME = r"(?:\"[^\"]*\"|\[[^\]]*\]|`[^`]*`|[\w$#]+)"
_TSQL_VIEW_OPTION = r"(?:ENCRYPTION|SCHEMABINDING|VIEW_METADATA)"
_VIEW_HEAD = (r"^(CREATE\s+(?:OR\s+(?:REPLACE|ALTER)\s+)?(?:TEMP(?:ORARY)?\s+)?(?:RECURSIVE\s+)?VIEW\s+"
              r"(?:IF\s+NOT\s+EXISTS\s+)?" + _VIEW_NAME + r"(?:\s*\.\s*" + _VIEW_NAME + r")*(?:\s*\([^()]*\))?)")
_VIEW_WITH = re.compile(
    _VIEW_HEAD + r"\s*WITH\s*(?:\((?:[^()'\"]|'[^']*')*\)|" + _TSQL_VIEW_OPTION + r"(?:\s*,\s*" + _TSQL_VIEW_OPTION
    + r")*)(?=\s*AS\b)", re.IGNORECASE)
# A materialized view's options between its name and AS: how it is stored and refreshed (Oracle's
# BUILD IMMEDIATE, REFRESH FAST ON COMMIT, ENABLE QUERY REWRITE; PostgreSQL's TABLESPACE t), nothing
# about its columns, and sqlglot parses few of them.
_MATERIALIZED_OPTIONS = re.compile(_VIEW_HEAD + r"\s(?:(?!\bAS\b).)+?(?=\bAS\s*(?:SELECT|WITH|\())",
                                   re.IGNORECASE | re.DOTALL)


def _keep_lines(options: re.Match) -> str:
    """What is kept of a view's options: what comes before them (CREATE [OR REPLACE], the view's name),
    and their line breaks (lines stay put)."""
    return options.group(1) + "\n" * options.group(0).count("\n", len(options.group(1))) + " "


# A word of an ALTER TABLE that may act on columns or keys (OWNER TO, ENABLE TRIGGER, ... have none).
_ATTACH_PARTITION = re.compile(r"\bATTACH\s+PARTITION\s+((?:\"[^\"]+\"|[\w$]+)(?:\.(?:\"[^\"]+\"|[\w$]+))*)",
                               re.IGNORECASE)
_COLUMN_WORD = re.compile(r"\b(?:ADD|DROP|RENAME|MODIFY|CHANGE|TYPE)\b", re.IGNORECASE)


def _keys_after_a_column(definitions: Iterable[exp.Expression]) -> Iterator[exp.Expression]:
    """Table keys with a column list written after a column without a comma (`b INT CONSTRAINT pk
    PRIMARY KEY (a)`, which SQL Server accepts): sqlglot puts them among the column's constraints."""
    for definition in definitions:
        if isinstance(definition, exp.ColumnDef):
            for constraint in definition.args.get("constraints") or []:
                key = constraint.args.get("kind")
                if isinstance(key, (exp.PrimaryKey, exp.ForeignKey)) and key.expressions:
                    name = constraint.args.get("this")
                    yield exp.Constraint(this=name.copy(), expressions=[key.copy()]) if name else key


def _selected_tables(query: exp.Select, name_of) -> dict[str, str]:
    """The tables a SELECT reads from (FROM, then its JOINs), each by its alias or name: their
    inventory names; a subquery or function stands for no table."""
    sources = [query.args.get("from_") or query.args.get("from")] + list(query.args.get("joins") or [])
    tables = {}
    for source in sources:
        table = source.this if source is not None else None
        if isinstance(table, exp.Table) and table.name:
            tables[(table.alias or table.name).casefold()] = name_of(table)
    return tables


def _selected_name(selected: exp.Expression, dialect: str, written: str) -> str:
    """The name of the column a SELECT's item gives a view: its alias or column's; for any other
    item without AS, MySQL's is the item as written (count(*), cast(b as char), a+1), PostgreSQL's a
    function's name (count; a cast, its value's name; anything else ?column?), another dialect's a call
    as sqlglot writes it."""
    if isinstance(selected, (exp.Column, exp.Alias)):
        return selected.alias_or_name
    if written:
        return written
    if isinstance(selected, exp.Cast):
        return selected.alias_or_name
    if _is_dialect(dialect, Postgres):
        if not isinstance(selected, exp.Func):
            return "?column?"
        return (selected.name if isinstance(selected, exp.Anonymous) else selected.sql_name()).lower()
    return selected.sql(dialect=dialect) if isinstance(selected, exp.Func) else selected.alias_or_name


def _select_items(text: str, dialect: str) -> list[str]:
    """The items of a view's SELECT list as written, from the statement's text; none when its first
    SELECT is in parentheses (a common table expression's, a subquery's)."""
    tokens = _tokens(text, dialect)
    start = next((i for i, t in enumerate(tokens) if t.token_type == TokenType.SELECT), None)
    if start is None or any(t.token_type == TokenType.L_PAREN for t in tokens[:start]):
        return []
    depth = 0
    end = len(tokens)
    for index in range(start + 1, len(tokens)):
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(tokens[index].token_type, 0)
        if depth == 0 and tokens[index].token_type in (TokenType.FROM, TokenType.UNION, TokenType.INTO):
            end = index
            break
    return [_span(text, part) for part in _parts(tokens, start + 1, end)]


def _column_name(column: exp.Expression) -> str:
    return column.this.name if isinstance(column, exp.Ordered) else column.name


_SEARCH_PATH = re.compile(r"^\s*SET\s+(?:SESSION\s+|LOCAL\s+)?search_path\s*(?:=|\bTO\b)\s*(.*?)\s*;?\s*$",
                          re.IGNORECASE | re.DOTALL)


def _first_schema(text: str) -> str:
    """The schema a SET search_path puts unqualified names in: its first, as the server takes it
    ("$user" and pg_catalog passed over, quotes taken off), or "" for a default one (public)."""
    found = _SEARCH_PATH.match(text)
    for entry in (found.group(1).split(",") if found else ()):
        schema = entry.strip()
        schema = schema[1:-1].replace('""', '"') if schema[:1] == schema[-1:] == '"' else \
            schema.strip("'").casefold()
        if schema and schema not in ("$user", "pg_catalog"):
            return "" if schema.casefold() in DEFAULT_SCHEMAS or schema.casefold() == "default" else schema
    return ""


def referenced_column(reference: exp.Reference, position: int, name_of) -> str:
    """The "table.column" of the position-th column a REFERENCES clause names (the table named as
    name_of names it); "" when the clause names no columns (its target's primary key)."""
    target = reference.this
    if isinstance(target, exp.Schema) and position < len(target.expressions):
        return f"{name_of(target.this)}.{target.expressions[position].name}"
    return ""


_READERS = threading.local()  # .by_dialect: {dialect: (its Tokenizer, its Parser)}, for this thread


def _parse(text: str, dialect: str) -> list[exp.Expression | None]:
    """sqlglot.parse(text, read=dialect), with one tokenizer and parser per dialect and thread
    (a new pair for each statement took a third of the time of parsing it; each parse starts afresh)."""
    readers = getattr(_READERS, "by_dialect", None)
    if readers is None:
        readers = _READERS.by_dialect = {}
    reader = readers.get(dialect)
    if reader is None:
        instance = _dialect(dialect)
        reader = readers[dialect] = (instance.tokenizer(), instance.parser())
    tokenizer, parser = reader
    return parser.parse(tokenizer.tokenize(text), text)


def _release(trees: list[exp.Expression | None]) -> None:
    """Unlink each node of parsed statements from its parent, once they are read: a tree without
    those cycles is freed as soon as it is dropped, not by Python's cycle collector walking every
    node of every statement (for bench/estate.py's 2,000 tables 1.2-1.4 s of collection, now 0.04 s)."""
    for tree in trees:
        if tree is not None:
            for node in tree.walk():
                node.parent = None


# The arguments of a column type of the plain form: a name, and numbers in brackets (VARCHAR(64)).
_PLAIN_TYPE_ARGS = frozenset({"this", "expressions", "nested"})
_PARAMETER_ARGS = frozenset({"this", "expression"})
_LITERAL_ARGS = frozenset({"this", "is_string"})
_TYPE_TEXTS: dict[tuple, str] = {}  # (dialect, plain type's key) -> its SQL


def _type_text(kind: exp.Expression, dialect: str) -> str:
    """A column type as the dialect writes it; one of the plain form generated once per dialect
    (the same few types are most of the columns of a schema)."""
    key = _plain_type_key(kind)
    if key is None:
        return _type_generator(dialect).generate(kind, copy=False)
    text = _TYPE_TEXTS.get((dialect, key))
    if text is None:
        text = _TYPE_TEXTS[(dialect, key)] = _type_generator(dialect).generate(kind, copy=False)
    return text


def _plain_type_key(kind: exp.Expression) -> tuple | None:
    """What a column type of the plain form is made of (its type, its arguments' names, its
    parameters: numbers or a word such as MAX); None for any other (nested, user-defined, ENUM values, ...)."""
    args = kind.args
    if type(kind) is not exp.DataType or args.get("nested") or not _PLAIN_TYPE_ARGS.issuperset(args):
        return None
    parameters = []
    for parameter in args.get("expressions") or ():
        if type(parameter) is not exp.DataTypeParam or parameter.args.get("expression") is not None \
                or not parameter.args.keys() <= _PARAMETER_ARGS:
            return None
        value = parameter.this
        if type(value) is exp.Literal and not value.args.get("is_string") and value.args.keys() <= _LITERAL_ARGS:
            parameters.append(value.this)  # a number, as written
        elif type(value) is exp.Var and value.args.keys() == {"this"}:
            parameters.append(("word", value.this))  # MAX
        else:
            return None
    return kind.this, tuple(args), repr(args.get("nested")), tuple(parameters)


@lru_cache(maxsize=None)
def _type_generator(dialect: str) -> Generator:
    """One SQL generator per dialect, reused for every column type (a new one per column is slow)."""
    return _dialect(dialect).generator()


def _tokens(text: str, dialect: str) -> list[Token]:
    return _dialect(dialect).tokenize(text)


def _closing_paren(tokens: list[Token], opening: int) -> int | None:
    """The index of the parenthesis that closes the one at `opening`."""
    depth = 0
    for index in range(opening, len(tokens)):
        if tokens[index].token_type == TokenType.L_PAREN:
            depth += 1
        elif tokens[index].token_type == TokenType.R_PAREN:
            depth -= 1
            if depth == 0:
                return index
    return None


def _parts(tokens: list[Token], start: int, end: int) -> Iterator[list[Token]]:
    """The runs of tokens[start:end] between commas outside parentheses."""
    depth, part = 0, []
    for token in tokens[start:end]:
        if token.token_type == TokenType.COMMA and depth == 0:
            if part:
                yield part
            part = []
            continue
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(token.token_type, 0)
        part.append(token)
    if part:
        yield part


_KEY_TOKENS = frozenset({TokenType.PRIMARY_KEY, TokenType.FOREIGN_KEY, TokenType.REFERENCES})
# What may follow a column's name in Oracle's MODIFY in place of a type, and MODIFY's other objects.
_NOT_A_TYPE = frozenset({"NOT", "NULL", "DEFAULT", "CONSTRAINT", "ENABLE", "DISABLE", "VISIBLE", "INVISIBLE",
                         "ENCRYPT", "DECRYPT", "CHECK", "UNIQUE", "PRIMARY KEY", "REFERENCES", "COLLATE",
                         "GENERATED", "SUBSTITUTABLE"})
_NOT_A_COLUMN = frozenset({"CONSTRAINT", "PRIMARY KEY", "UNIQUE", "PARTITION", "SUBPARTITION", "LOB", "NESTED",
                           "DEFAULT", "VARRAY", "OPAQUE"})
_CONSTRAINT_STARTS = frozenset({TokenType.PRIMARY_KEY, TokenType.FOREIGN_KEY, TokenType.CONSTRAINT, TokenType.UNIQUE})


def _constraints_without_commas(part: list[Token]) -> list[list[Token]]:
    """SQLite's table constraints, which its grammar lets follow one another without a comma
    (`FOREIGN KEY (a) REFERENCES t (id) FOREIGN KEY (b) ...`): the part cut where each one starts."""
    pieces, depth = [[]], 0
    for index, token in enumerate(part):
        named = index >= 2 and part[index - 2].token_type == TokenType.CONSTRAINT  # CONSTRAINT name FOREIGN KEY
        starts = token.token_type in _CONSTRAINT_STARTS or token.text.upper() == "CHECK"
        if depth == 0 and index > 0 and starts and not named:
            pieces.append([])
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(token.token_type, 0)
        pieces[-1].append(token)
    return pieces


def _key_clauses(text: str, part: list[Token]) -> str:
    """A column definition's PRIMARY KEY and REFERENCES target [(columns)] clauses, as written."""
    clauses = []
    depth = 0
    for index, token in enumerate(part):
        if depth == 0 and token.token_type == TokenType.PRIMARY_KEY:  # one token, however spaced
            clauses.append("PRIMARY KEY")
        elif depth == 0 and token.text.upper() == "REFERENCES":
            end = index + 2
            while end + 1 < len(part) and part[end].token_type == TokenType.DOT:
                end += 2
            if end < len(part) and part[end].token_type == TokenType.L_PAREN:
                end = (_closing_paren(part, end) or end) + 1
            clauses.append(_span(text, part[index:end]))
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(token.token_type, 0)
    return " ".join(clauses)


def _key_core(text: str, part: list[Token]) -> str:
    """A table key as `[CONSTRAINT name] PRIMARY KEY | UNIQUE | FOREIGN KEY (columns) [REFERENCES
    target [(columns)]]`, as written, without what follows each clause: how its index is stored and
    whether it is checked (Oracle's `USING INDEX ... TABLESPACE t ENABLE`, `ENABLE NOVALIDATE`),
    nothing about which columns it joins; '' when the part has no such key."""
    clauses = []
    index = 0
    while index < len(part):
        token = part[index]
        if token.token_type == TokenType.CONSTRAINT and index + 1 < len(part):
            clauses.append(_span(text, part[index:index + 2]))
            index += 2
            continue
        if token.token_type in (TokenType.PRIMARY_KEY, TokenType.UNIQUE, TokenType.FOREIGN_KEY, TokenType.REFERENCES):
            end = index + 1
            if token.token_type == TokenType.REFERENCES:
                end += 1
                while end + 1 < len(part) and part[end].token_type == TokenType.DOT:
                    end += 2
            if end < len(part) and part[end].token_type == TokenType.L_PAREN:
                closing = _closing_paren(part, end)
                if closing is None:
                    return ""
                end = closing + 1
            clauses.append(_span(text, part[index:end]))
            index = end
            continue
        if token.token_type == TokenType.L_PAREN:  # an index's or a state clause's own list
            index = (_closing_paren(part, index) or len(part)) + 1
            continue
        index += 1
    return " ".join(clauses) if any(t.token_type in _KEY_TOKENS for t in part) else ""


def _span(text: str, tokens: list[Token]) -> str:
    """The text a run of tokens was read from."""
    return text[tokens[0].start:tokens[-1].end + 1]


def _name_text(text: str, tokens: list[Token], start: int, end: int) -> str:
    """The table name written between CREATE TABLE [IF NOT EXISTS] and the column list."""
    while start < end and tokens[start].text.upper() in ("IF", "NOT", "EXISTS"):
        start += 1
    return text[tokens[start].start:tokens[end - 1].end + 1] if start < end else ""
