"""Live relational databases through SQLAlchemy: read-only sessions, reflection, bounded samples.

postgres.py and mysql.py are thin: each describes its engine as a DatabaseKind (driver, session
settings, system schemas, how to sample a table) and hands it to the functions here. A password
never comes from the declaration: it is read from the environment variable `password_env` names
(or by the driver from its own files), and it is kept out of every message this module writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from laci_audit.errors import SourceError
from laci_audit.inventory.cache import code_digest, read_entry, write_entry
from laci_audit.inventory.layout import InventoryFolder
from laci_audit.records import SECRET_NAME, Field, Source
from laci_audit.sources.fields_cache import READS, scan_document, scan_of

CACHE_FORMAT = 1  # .laci-cache/<kind>/<source>.json of a live database

DEFAULT_CONNECT_TIMEOUT = 5
DEFAULT_STATEMENT_TIMEOUT = 30
MAX_TIMEOUT = 86_400  # .inf and .nan are no timeouts
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Timeouts:
    """How long to wait for a connection and for each statement, in seconds."""

    connect: float
    statement: float


@dataclass(frozen=True)
class ReflectedTable:
    """One table or view as reflected: its columns (dicts with name, type, comment), the names of
    its primary key's columns, and its foreign keys (SQLAlchemy's reflected shape)."""

    schema: str
    name: str
    columns: list[dict[str, Any]]
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class DatabaseKind:
    """What differs between database engines: driver, read-only session, system schemas, sampling."""

    # The URL backends the kind takes; empty: any backend whose SQLAlchemy dialect is installed.
    backends: frozenset[str]
    drivers: dict[str, str]
    system_schemas: Callable[[str], bool]
    connect_args: Callable[[Timeouts], dict[str, Any]]
    sample_query: Callable[[Any, Any, int], Any]
    session_setup: Callable[[Any, Timeouts], None] | None = None
    hidden_tables: Callable[[Any, str], set[str]] | None = None
    # MySQL: the URL's database is the one schema read unless `schemas` says otherwise.
    schemas_are_databases: bool = False
    # Tables of this schema are named without it, like the DDL source does; None: the connection's.
    default_schema: str | None = None
    # The kind's own reading of the catalog (connection, schema, include_views) -> tables, where the
    # dialect's reflection falls short; None: SQLAlchemy's inspector.
    reflect: Callable[[Any, str, bool], list[ReflectedTable]] | None = None
    # List the schemas to choose from (connection) -> names; None: the inspector's.
    schema_names: Callable[[Any], list[str]] | None = None
    # Stop a statement still running after statement_timeout (engines with no server-side timeout):
    # called from a timer thread with the DBAPI connection and cursor.
    interrupt: Callable[[Any, Any], None] | None = None
    # Queries over the catalogue (:schemas, a list) whose answers change whenever a column, type,
    # comment or key of those schemas does: hashed, they key the cache of the fields. Empty: never cached.
    catalogue: tuple[str, ...] = ()


def prepare(source: Source, kind: DatabaseKind) -> None:
    """Import SQLAlchemy and the source's dialect and driver now, in the calling thread: threads
    that import them at once find them half-initialised. A failure is left for the scan to report."""
    try:
        from sqlalchemy.engine import make_url

        url = make_url(str(source.options["url"]))
        url.set(drivername=kind.drivers.get(url.drivername, url.drivername)).get_dialect().import_dbapi()
    except Exception:  # noqa: BLE001 - whatever it is, scanning the source reports it
        return


def validate(source: Source, kind: DatabaseKind) -> str | None:
    """Check a database declaration: a URL of the right engine with no password, sane options."""
    try:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError
    except ImportError:
        return "live database sources need SQLAlchemy and a driver: pip install 'laci-audit[live]'"

    options = source.options
    try:
        url = make_url(str(options["url"]))
    except (ArgumentError, ValueError):
        return "'url' is not a connection URL such as postgresql://user@host:5432/dbname"
    if url.password is not None or any(SECRET_NAME.search(name) for name in url.query):
        return "'url' must not contain a password: put it in an environment variable and name it in 'password_env'"
    if kind.backends and url.get_backend_name() not in kind.backends:
        return f"'url' must start with {' or '.join(sorted(kind.backends))}://, not {url.get_backend_name()}://"
    env = options.get("password_env")
    if env is not None and not (isinstance(env, str) and _ENV_NAME.match(env)):
        return "'password_env' must be the name of an environment variable, such as PGPASSWORD_CRM"
    if not isinstance(options.get("schemas", ()), (str, tuple)):
        return "'schemas' must be a list of schema names"
    if not isinstance(options.get("include_views", True), bool):
        return "'include_views' must be true or false"
    for key in ("timeout", "statement_timeout"):
        value = options.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_TIMEOUT:
            return f"'{key}' must be a number of seconds above 0 and at most {MAX_TIMEOUT:,} (a day)"
    return None


def scan(source: Source, kind: DatabaseKind, base_dir: Path | None = None,
         inventory_dir: Path | None = None) -> Iterator[Field]:
    """Yield every column of every table (and view, unless include_views is false) in the schemas,
    but not of the tables the kind hides (PostgreSQL partitions: their parent stands for them),
    each marked when part of its table's primary key and with the column its foreign key refers to.
    With an inventory folder and a kind that can fingerprint its catalogue, a database whose
    catalogue is unchanged since the last read gives its fields from `.laci-cache/<kind>/`."""
    from sqlalchemy import inspect

    include_views = source.options.get("include_views", True)
    with connect(source, kind, base_dir) as connection:
        with _reading(source, "cannot list schemas"):
            inspector = inspect(connection)
            default_schema = kind.default_schema or inspector.default_schema_name
            available = kind.schema_names(connection) if kind.schema_names else inspector.get_schema_names()
        schemas = schemas_to_scan(available, source, kind, connection.engine.url.database)
        cache_file = None if inventory_dir is None else InventoryFolder(inventory_dir).cache_file(
            source.kind, f"{source.name}.json")
        key = catalogue_key(source, kind, connection, schemas, default_schema) if cache_file else None
        cached = _cached_fields(cache_file, key, source) if key else None
        if cached is not None:
            READS[source.kind, "cache"] += 1
            yield from cached
            return
        READS[source.kind, "read"] += 1
        fields = []
        for found in _reflected_fields(source, kind, connection, inspector, schemas, default_schema, include_views):
            fields.append(found)
            yield found
        if key and catalogue_key(source, kind, connection, schemas, default_schema) == key:
            write_entry(cache_file, key, scan_document(fields))  # the catalogue did not change meanwhile


def _reflected_fields(source: Source, kind: DatabaseKind, connection: Any, inspector: Any, schemas: list[str],
                      default_schema: str, include_views: bool) -> Iterator[Field]:
    for schema in schemas:
        with _reading(source, f"schema {schema}"):
            if kind.reflect is not None:
                tables = kind.reflect(connection, schema, include_views)
            else:
                tables = inspected_tables(inspector, schema, include_views)
            hidden = kind.hidden_tables(connection, schema) if kind.hidden_tables else set()
        for reflected in sorted(tables, key=lambda table: table.name):
            if reflected.name in hidden:
                continue
            name = shown_table_name(schema, reflected.name, default_schema)
            references = column_references(reflected.foreign_keys, default_schema)
            for column in reflected.columns:
                yield Field(  # names as plain str: some dialects give quoted_name, a str subclass
                    source=source.name,
                    table=str(name),
                    name=str(column["name"]),
                    data_type=_type_name(column["type"], connection.dialect),
                    comment=column.get("comment") or "",
                    references=references.get(column["name"], ""),
                    primary_key=column["name"] in reflected.primary_key,
                )


def catalogue_key(source: Source, kind: DatabaseKind, connection: Any, schemas: list[str],
                  default_schema: str) -> str | None:
    """A hash of what the source's fields depend on: its declaration (never a password: the URL
    has none), the schemas read, and the kind's catalogue queries' answers over them (columns,
    types, comments, keys); None when the kind has none or they fail (the source is then read)."""
    from sqlalchemy import bindparam, text
    from sqlalchemy.exc import SQLAlchemyError

    if not kind.catalogue or not schemas:
        return None
    digest = hashlib.sha256()
    declared = json.dumps([CACHE_FORMAT, code_digest("sources"), source.kind, source.name, source.options,
                           schemas, default_schema], sort_keys=True, default=str)
    digest.update(declared.encode("utf-8") + b"\0")
    try:
        for query in kind.catalogue:
            statement = text(query).bindparams(bindparam("schemas", expanding=True))
            rows = connection.execute(statement, {"schemas": schemas}).fetchall()
            digest.update(json.dumps([list(row) for row in rows], default=str).encode("utf-8") + b"\0")
    except SQLAlchemyError:
        connection.rollback()
        return None
    return digest.hexdigest()


def _cached_fields(cache_file: Path, key: str, source: Source) -> list[Field] | None:
    document = read_entry(cache_file, key)
    try:
        return None if document is None else scan_of(document, source.name)[0]
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def inspected_tables(inspector: Any, schema: str, include_views: bool) -> list[ReflectedTable]:
    """A schema's tables (and views) through SQLAlchemy's inspector: columns with types and
    comments, primary and foreign keys, each read for the whole schema at once."""
    from sqlalchemy.engine.reflection import ObjectKind

    object_kinds = ObjectKind.TABLE
    if include_views:
        object_kinds |= ObjectKind.VIEW | ObjectKind.MATERIALIZED_VIEW
    with warnings.catch_warnings():  # a type SQLAlchemy does not know (MariaDB's point) is read as NULL, the column kept
        warnings.filterwarnings("ignore", message="Did not recognize type")
        columns_by_table = inspector.get_multi_columns(schema=schema, kind=object_kinds)
    primary_keys = inspector.get_multi_pk_constraint(schema=schema)
    foreign_keys = inspector.get_multi_foreign_keys(schema=schema)
    return [
        ReflectedTable(schema, table, columns,
                       (primary_keys.get((reflected_schema, table)) or {}).get("constrained_columns") or [],
                       foreign_keys.get((reflected_schema, table), []))
        for (reflected_schema, table), columns in columns_by_table.items()
    ]


def shown_table_name(schema: str, table: str, default_schema: str) -> str:
    """A table's name as the DDL source names it: schema-qualified unless in the default schema."""
    return table if schema == default_schema else f"{schema}.{table}"


def column_references(foreign_keys: list[dict[str, Any]], default_schema: str) -> dict[str, str]:
    """The "table.column" each key column of a table refers to, from SQLAlchemy's reflected foreign
    keys. A key without a referred schema refers to a table the session finds unqualified: the
    default schema's (PostgreSQL: a table in another schema on a role's own search_path is misnamed)."""
    references = {}
    for foreign_key in foreign_keys:
        target = shown_table_name(foreign_key["referred_schema"] or default_schema, foreign_key["referred_table"],
                                  default_schema)
        for column, target_column in zip(foreign_key["constrained_columns"], foreign_key["referred_columns"],
                                         strict=False):
            references[column] = f"{target}.{target_column}"
    return references


def schemas_to_scan(available: list[str], source: Source, kind: DatabaseKind, database: str | None) -> list[str]:
    """The declared schemas (each must exist), else the URL's database where schemas are databases
    (MySQL), else every schema that is not the engine's own."""
    declared = source.options.get("schemas")
    if declared:
        wanted = [declared] if isinstance(declared, str) else list(declared)
        missing = [schema for schema in wanted if schema not in available]
        if missing:
            raise SourceError(f"{source.location}: no schema named {', '.join(missing)}")
        return wanted
    if database and database in available and kind.schemas_are_databases:
        return [database]
    return sorted(schema for schema in available if not kind.system_schemas(schema))


def sample(source: Source, kind: DatabaseKind, fields: list[Field], limit: int,
           base_dir: Path | None = None) -> Iterator[tuple[Field, list]]:
    """Yield each field with at most `limit` non-null values, one bounded query per table; a table
    that cannot be read is noted (by table and a reason that quotes no value) and the rest still
    sampled, the notes raised together at the end.

    The values are read for the detectors only: nothing here stores, logs or prints them.
    """
    from sqlalchemy import column, inspect, table

    by_table: dict[str, dict[str, Field]] = {}
    for found in fields:
        by_table.setdefault(found.table, {}).setdefault(found.name, found)
    problems = []
    with connect(source, kind, base_dir) as connection:
        with _reading(source, "cannot list schemas"):
            # DuckDB names its schemas with their catalog (memory.lake): a table's name has the schema alone
            schemas = {name for schema in inspect(connection).get_schema_names()
                       for name in (schema, schema.rpartition(".")[2])}
        for table_name, table_fields in by_table.items():
            schema, name = split_table_name(table_name, schemas)
            selectable = table(name, *(column(field_name) for field_name in table_fields),
                               schema=schema or kind.default_schema)
            try:
                with _reading(source, f"cannot sample table {table_name}"):
                    rows = connection.execute(kind.sample_query(connection, selectable, limit)).fetchmany(limit)
            except SourceError as exc:
                problems.append(str(exc))
                connection.rollback()  # PostgreSQL refuses every statement after a failed one until then
                continue
            for index, found in enumerate(table_fields.values()):
                yield found, [row[index] for row in rows if row[index] is not None]
    if problems:
        raise SourceError("; ".join(problems))


def split_table_name(shown: str, schemas: set[str]) -> tuple[str, str]:
    """A table's schema and name from the name scan() shows: the part before a dot is a schema
    only when the database has one by that name (a table may be called "orders.2024")."""
    schema, dot, name = shown.partition(".")
    return (schema, name) if dot and schema in schemas else ("", shown)


def count(source: Source, kind: DatabaseKind, statements: list[tuple[str, str, str]], value: object,
          base_dir: Path | None = None) -> Iterator[tuple[str, int | str]]:
    """Run each `SELECT count(*)` with :user_id bound to value, read-only and within the statement
    timeout: (table, rows), or (table, why not) naming the error's kind only (a driver's message can
    quote data). A file database's relative path is relative to base_dir."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    with connect(source, kind, base_dir) as connection:
        for table, _file, sql in statements:
            try:
                yield table, connection.execute(text(sql), {"user_id": value}).scalar_one()
            except SQLAlchemyError as exc:
                connection.rollback()
                yield table, f"query failed ({type(getattr(exc, 'orig', None) or exc).__name__})"


@contextmanager
def connect(source: Source, kind: DatabaseKind, base_dir: Path | None = None) -> Iterator[Any]:
    """A read-only connection with connect and statement timeouts; failures become SourceError.
    A file database's relative path (duckdb:///lake.duckdb) is relative to base_dir."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    timeouts = Timeouts(
        float(source.options.get("timeout", DEFAULT_CONNECT_TIMEOUT)),
        float(source.options.get("statement_timeout", DEFAULT_STATEMENT_TIMEOUT)),
    )
    with _reading(source, CONNECTING):
        engine = create_engine(
            connection_url(source, kind, base_dir), poolclass=NullPool, hide_parameters=True,
            connect_args=kind.connect_args(timeouts),
        )
    if kind.session_setup is not None:
        event.listen(engine, "connect", lambda dbapi_connection, _record: kind.session_setup(dbapi_connection, timeouts))
    if kind.interrupt is not None:
        _stop_statements_after(engine, kind.interrupt, timeouts.statement)
    try:
        with _reading(source, CONNECTING):
            connection = engine.connect()
        try:
            yield connection
        finally:
            connection.close()
    finally:
        engine.dispose()


def _stop_statements_after(engine: Any, interrupt: Callable[[Any, Any], None], seconds: float) -> None:
    """Arm a timer as each statement starts that interrupts it after `seconds`; disarm it when the
    statement ends or fails."""
    from sqlalchemy import event

    timers: dict[int, threading.Timer] = {}

    def started(connection, cursor, *_args):
        dbapi_connection = connection.connection.dbapi_connection
        timer = threading.Timer(seconds, interrupt, (dbapi_connection, cursor))
        timer.daemon = True
        timers[id(dbapi_connection)] = timer
        timer.start()

    def ended(connection, *_args):
        timer = timers.pop(id(connection.connection.dbapi_connection), None)
        if timer is not None:
            timer.cancel()

    def failed(context):
        if context.connection is not None:
            ended(context.connection)

    event.listen(engine, "before_cursor_execute", started)
    event.listen(engine, "after_cursor_execute", ended)
    event.listen(engine, "handle_error", failed)


def connection_url(source: Source, kind: DatabaseKind, base_dir: Path | None = None) -> Any:
    """The declared URL with the kind's driver, a file database's relative path made relative to
    base_dir, and the password from the environment if one is named."""
    from sqlalchemy.engine import make_url

    url = make_url(str(source.options["url"]))
    url = url.set(drivername=kind.drivers.get(url.drivername, url.drivername))
    if base_dir is not None and url.host is None and url.database and url.database != ":memory:" \
            and not Path(url.database).is_absolute():
        url = url.set(database=str(base_dir / url.database))
    env = source.options.get("password_env")
    if env:
        if env not in os.environ:
            raise SourceError(f"{source.location}: the environment variable {env} (password_env) is not set")
        url = url.set(password=os.environ[env])
    return url


@contextmanager
def _reading(source: Source, doing: str) -> Iterator[None]:
    """Turn driver and SQLAlchemy errors into a one-line SourceError that names no password and
    quotes no data: once connected, a server's message can quote a value (a failed cast in a view,
    a function that signals one), so only the error's kind and code are kept."""
    from sqlalchemy.exc import DBAPIError, NoSuchModuleError, SQLAlchemyError

    try:
        yield
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise SourceError(f"{source.location}: database driver missing ({_first_line(exc)}); "
                          "install laci-audit with the 'live' extra") from None
    except DBAPIError as exc:
        reason = _scrubbed(source, _first_line(exc.orig)) if doing == CONNECTING else error_kind(exc.orig)
        raise SourceError(f"{source.location}: {doing}: {reason}") from None
    except SQLAlchemyError as exc:
        raise SourceError(f"{source.location}: {doing}: {type(exc).__name__}") from None
    except (TypeError, ValueError) as exc:  # a third-party dialect refusing its arguments
        reason = _scrubbed(source, _first_line(exc)) if doing == CONNECTING else type(exc).__name__
        raise SourceError(f"{source.location}: {doing}: {reason}") from None


# Connecting is the one step whose messages are kept (scrubbed of the password): before a session
# exists the server has read no data, and "connection refused" or "password authentication failed" is what helps.
CONNECTING = "cannot connect"


def error_kind(error: BaseException) -> str:
    """A driver error as its kind and code, never its text: `InvalidTextRepresentation (SQLSTATE 22P02)`,
    `OperationalError (MySQL error 1644 SIGNAL_EXCEPTION)`."""
    kind = type(error).__name__
    sqlstate = getattr(error, "pgcode", None)
    if isinstance(sqlstate, str) and sqlstate.isalnum():
        return f"{kind} (SQLSTATE {sqlstate})"
    code = error.args[0] if error.args else None
    if isinstance(code, int):
        return f"{kind} (MySQL error {code}{_mysql_error_name(code)})"
    return kind


def _mysql_error_name(code: int) -> str:
    try:
        from pymysql.constants import ER
    except ImportError:
        return ""
    names = [name for name, value in vars(ER).items() if value == code and name.isupper()]
    return f" {names[0]}" if names else ""


def _scrubbed(source: Source, message: str) -> str:
    """The driver's message, unless it quotes the password (then none of it: masking a short
    password inside the text would still show where it stands)."""
    env = source.options.get("password_env")
    password = os.environ.get(env, "") if env else ""
    if password and password in message:
        return "the driver's message is withheld because it contains the password"
    return message


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0].strip()


def _type_name(column_type: Any, dialect: Any) -> str:
    from sqlalchemy.exc import CompileError

    if isinstance(column_type, str):
        return column_type
    try:
        return column_type.compile(dialect=dialect)
    except CompileError:
        return type(column_type).__name__
