"""SQL DDL files in any dialect sqlglot reads: CREATE TABLE, ALTER TABLE, COMMENT ON COLUMN,
and the foreign keys they declare (a column's REFERENCES, a table's FOREIGN KEY constraint)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.dialects.tsql import TSQL
from sqlglot.errors import ParseError, TokenError
from sqlglot.generator import Generator

from laci_audit.errors import SourceError
from laci_audit.fileio import display_path
from laci_audit.records import Field, Source
from laci_audit.sources import resolve_paths

DEFAULT_SCHEMAS = {"public", "main", "dbo"}
_TSQL_BATCH_SEPARATOR = re.compile(r"^[ \t]*GO(?:[ \t]+\d+)?[ \t]*;?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def validate(source: Source) -> str | None:
    """A dialect sqlglot does not know is a declaration error."""
    try:
        Dialect.get_or_raise(source.options["dialect"])
    except ValueError as exc:
        return str(exc).splitlines()[0]
    return None


def scan(source: Source, inventory_dir: Path) -> Iterator[Field]:
    """Yield every column the source's DDL files define, in file order, with file and line.

    Files are read in name order, so numbered migrations apply in turn. A file that does not
    parse raises SourceError after the other files' fields have been yielded.
    """
    tables: dict[str, dict[str, Field]] = {}
    problems = []
    for path in resolve_paths(source, inventory_dir):
        shown = display_path(path)
        try:
            apply_ddl(path.read_text(encoding="utf-8"), source, shown, tables)
        except (ParseError, TokenError) as exc:
            problems.append(f"{shown}: {_parse_error_summary(exc)}")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{shown}: cannot read ({exc})")
        except SourceError as exc:
            problems.append(str(exc))
    for columns in tables.values():
        yield from columns.values()
    if problems:
        raise SourceError("; ".join(problems))


def apply_ddl(sql: str, source: Source, file: str, tables: dict[str, dict[str, Field]]) -> None:
    """Apply the statements of one DDL file to `tables` (table name -> column name -> Field)."""
    dialect = source.options["dialect"]
    if isinstance(Dialect.get_or_raise(dialect), TSQL):
        sql = _TSQL_BATCH_SEPARATOR.sub(";", sql)  # GO ends a batch; same line count
    for statement in sqlglot.parse(sql, read=dialect):
        if isinstance(statement, exp.Create) and str(statement.args.get("kind")).upper() == "TABLE":
            _create_table(statement, source.name, dialect, file, tables)
        elif isinstance(statement, exp.Alter) and str(statement.args.get("kind", "TABLE")).upper() == "TABLE":
            _alter_table(statement, source.name, dialect, file, tables)
        elif isinstance(statement, exp.Drop) and str(statement.args.get("kind")).upper() == "TABLE":
            for dropped in [statement.this, *(statement.args.get("tables") or [])]:
                if dropped is not None:
                    tables.pop(table_name(dropped).casefold(), None)
        elif isinstance(statement, exp.Comment) and str(statement.args.get("kind")).upper() == "COLUMN":
            _comment_on_column(statement, tables)
        elif isinstance(statement, exp.Command) and _looks_like_table_ddl(statement):
            line = _first_line(statement)
            where = f"{file}:{line}" if line else file
            raise SourceError(f"{where}: sqlglot ({dialect}) could not parse: {statement.sql()[:80]}")


def table_name(table: exp.Expression) -> str:
    """A table's name as the inventory keys it: schema-qualified unless the schema is a default."""
    parts = [p.name for p in table.parts] if isinstance(table, exp.Table) else [table.name]
    if len(parts) > 1 and parts[-2].casefold() in DEFAULT_SCHEMAS:
        parts = parts[-1:]
    return ".".join(parts)


def _create_table(statement: exp.Create, source: str, dialect: str, file: str, tables: dict) -> None:
    schema = statement.this
    if not isinstance(schema, exp.Schema):
        return
    name = table_name(schema.this)
    columns = tables.setdefault(name.casefold(), {})
    for column in schema.expressions:
        if isinstance(column, (exp.ColumnDef, exp.Identifier)):  # an Identifier: a column without a type
            columns[column.name.casefold()] = _field(column, source, name, dialect, file)
    for foreign_key in _foreign_keys(schema.expressions):
        _apply_foreign_key(foreign_key, columns)


def _alter_table(statement: exp.Alter, source: str, dialect: str, file: str, tables: dict) -> None:
    name = table_name(statement.this)
    columns = tables.setdefault(name.casefold(), {})
    for action in statement.args.get("actions") or []:
        if isinstance(action, exp.ColumnDef):
            columns[action.name.casefold()] = _field(action, source, name, dialect, file)
        elif isinstance(action, exp.AddConstraint):
            for foreign_key in _foreign_keys(action.expressions):
                _apply_foreign_key(foreign_key, columns)
        elif isinstance(action, exp.Drop):
            for dropped in [action.this, *action.expressions, *(action.args.get("tables") or [])]:
                if dropped is not None:
                    columns.pop(dropped.name.casefold(), None)
        elif isinstance(action, exp.RenameColumn):
            old = columns.pop(action.this.name.casefold(), None)
            if old is not None:
                new_name = action.args["to"].name
                columns[new_name.casefold()] = replace(old, name=new_name, file=file,
                                                       line=_first_line(action) or old.line)


def _comment_on_column(statement: exp.Comment, tables: dict) -> None:
    column = statement.this
    parts = [p.name for p in column.parts] if isinstance(column, exp.Column) else []
    if len(parts) < 2:
        return
    table_parts = parts[:-1]
    if len(table_parts) > 1 and table_parts[-2].casefold() in DEFAULT_SCHEMAS:
        table_parts = table_parts[-1:]
    columns = tables.get(".".join(table_parts).casefold(), {})
    field = columns.get(parts[-1].casefold())
    if field is not None:
        comment = statement.expression.name if statement.expression is not None else ""
        columns[parts[-1].casefold()] = replace(field, comment=comment)


@lru_cache(maxsize=None)
def _type_generator(dialect: str) -> Generator:
    """One SQL generator per dialect, reused for every column type (a new one per column is slow)."""
    return Dialect.get_or_raise(dialect).generator()


def _field(column: exp.ColumnDef | exp.Identifier, source: str, table: str, dialect: str, file: str) -> Field:
    kind = column.args.get("kind")
    comment = references = ""
    for constraint in column.args.get("constraints") or []:
        if isinstance(constraint.args.get("kind"), exp.CommentColumnConstraint):
            comment = constraint.args["kind"].name
        elif isinstance(constraint.args.get("kind"), exp.Reference):
            references = referenced_column(constraint.args["kind"], 0)
    if not comment and column.comments:
        comment = " ".join(c.strip() for c in column.comments)
    return Field(
        source=source,
        table=table,
        name=column.name,
        data_type=_type_generator(dialect).generate(kind, copy=False) if kind is not None else "",
        file=file,
        line=_first_line(column),
        comment=comment,
        references=references,
    )


def _foreign_keys(definitions: Iterable[exp.Expression]) -> Iterator[exp.ForeignKey]:
    """The FOREIGN KEY constraints among a table's definitions, named (CONSTRAINT fk ...) or not."""
    for definition in definitions:
        if isinstance(definition, exp.ForeignKey):
            yield definition
        elif isinstance(definition, exp.Constraint):
            yield from (part for part in definition.expressions if isinstance(part, exp.ForeignKey))


def _apply_foreign_key(foreign_key: exp.ForeignKey, columns: dict[str, Field]) -> None:
    """Mark each column of a FOREIGN KEY (a, b) REFERENCES t (x, y) with the column it refers to."""
    reference = foreign_key.args.get("reference")
    for position, column in enumerate(foreign_key.expressions):
        found = columns.get(column.name.casefold())
        target = referenced_column(reference, position) if reference is not None else ""
        if found is not None and target:
            columns[column.name.casefold()] = replace(found, references=target)


def referenced_column(reference: exp.Reference, position: int) -> str:
    """The "table.column" of the position-th column a REFERENCES clause names (the table named as
    table_name names it); "" when the clause names no columns (the target's primary key, not known here)."""
    target = reference.this
    if isinstance(target, exp.Schema) and position < len(target.expressions):
        return f"{table_name(target.this)}.{target.expressions[position].name}"
    return ""


def _first_line(node: exp.Expression) -> int | None:
    for candidate in node.walk():
        line = candidate.meta.get("line") if candidate.meta else None
        if line:
            return line
    return None


def _looks_like_table_ddl(statement: exp.Command) -> bool:
    rest = statement.expression
    rest = rest.name if isinstance(rest, exp.Expression) else str(rest or "")
    text = " ".join(f"{statement.this} {rest}".upper().split())
    return text.startswith(("CREATE TABLE", "ALTER TABLE", "CREATE TEMPORARY TABLE", "CREATE UNLOGGED TABLE"))


def _parse_error_summary(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if errors:
        first = errors[0]
        return f"line {first.get('line')}: {first.get('description')} near {first.get('highlight')!r}"
    return str(exc).splitlines()[0]
