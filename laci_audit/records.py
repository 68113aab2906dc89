"""Records that cross modules: declared sources and registrations, scanned fields, findings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from sys import intern
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters of a connection URL that hold a secret (password, sslpassword, token, ...).
SECRET_NAME = re.compile(r"pass|secret|token|credential", re.IGNORECASE)


def url_without_password(url: str) -> str:
    """A connection URL as it may be shown: any password in it, and any query parameter that
    names a secret, is dropped."""
    parts = urlsplit(url)
    userinfo, at, host = parts.netloc.rpartition("@")
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(name, value) for name, value in pairs if not SECRET_NAME.search(name)]
    if not (at and ":" in userinfo) and len(query) == len(pairs):
        return url  # nothing to drop (and duckdb:///file keeps its three slashes)
    if at and ":" in userinfo:
        parts = parts._replace(netloc=f"{userinfo.partition(':')[0]}@{host}")
    return urlunsplit(parts._replace(query=urlencode(query)))


def field_key(table: str, name: str) -> tuple[str, str]:
    """How a field is matched to its registration: SQL names compare without case (the folded
    names interned: many keys share them)."""
    return (intern(table.casefold()), intern(name.casefold()))


@dataclass(frozen=True)
class Processing:
    """The record-of-processing facts declared on a source, table or field; None means not declared.

    recipients: who receives the data outside the owning team ([] declares nobody does);
    retention: how long it is kept; legal_basis: UU PDP Pasal 20 bases; data_subjects: whose data it is.
    """

    recipients: tuple[str, ...] | None = None
    retention: str | None = None
    legal_basis: tuple[str, ...] | None = None
    data_subjects: tuple[str, ...] | None = None

    def over(self, fallback: Processing) -> Processing:
        """These facts, each one not declared here taken from fallback (the most specific wins)."""
        return Processing(*(mine if mine is not None else theirs for mine, theirs in zip(
            (self.recipients, self.retention, self.legal_basis, self.data_subjects),
            (fallback.recipients, fallback.retention, fallback.legal_basis, fallback.data_subjects), strict=True)))


@dataclass(frozen=True)
class Source:
    """A declared place where data lives, from sources.yaml."""

    name: str
    kind: str
    owner: str
    purposes: tuple[str, ...] = ()
    description: str = ""
    partners: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    declared_in: str = ""
    line: int | None = None
    processing: Processing = Processing()
    subject_keys: tuple[str, ...] = ()  # "table.column" (table may be *) holding the person's id here

    @property
    def owner_label(self) -> str:
        """The owning team, as reports show it (a source without one says so)."""
        return self.owner or "no owner declared"

    @property
    def location(self) -> str:
        """Where the data is, for reports: the path, or the connection URL without its password."""
        return str(self.options.get("path") or url_without_password(str(self.options.get("url") or "")))


@dataclass(frozen=True, slots=True)  # slots: an estate holds 100,000s of them
class Registration:
    """What engineers declared about one field in fields/*.yaml."""

    source: str
    table: str
    field: str
    categories: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    table_purposes: tuple[str, ...] = ()
    personal: bool = True
    reason: str = ""
    partners: tuple[str, ...] = ()
    note: str = ""
    file: str = ""
    line: int | None = None
    draft: bool = False
    references: str = ""
    processing: Processing = Processing()
    table_processing: Processing = Processing()
    from_table: bool = False  # the table's registration, applied to a field not registered on its own

    @property
    def name(self) -> str:
        """table.field, or 'table T' for the registration of a whole table."""
        return f"{self.table}.{self.field}" if self.field else f"table {self.table}"


@dataclass(frozen=True)
class TableRegistration:
    """What engineers declared about a whole table in fields/*.yaml (categories, or 'personal: false'):
    it applies to each field of the table that is not registered on its own."""

    source: str
    table: str
    categories: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    personal: bool = True
    reason: str = ""
    partners: tuple[str, ...] = ()
    note: str = ""
    file: str = ""
    line: int | None = None
    draft: bool = False
    processing: Processing = Processing()

    def for_field(self, name: str) -> Registration:
        """The table's registration as it applies to one of its fields ('' : to the table itself)."""
        return Registration(
            source=self.source, table=self.table, field=name, categories=self.categories,
            table_purposes=self.purposes, personal=self.personal, reason=self.reason, partners=self.partners,
            note=self.note, file=self.file, line=self.line, draft=self.draft, table_processing=self.processing,
            from_table=True,
        )


@dataclass(frozen=True, slots=True)  # slots: an estate holds 100,000s of them
class Field:
    """One column or property found by a scan."""

    source: str
    table: str
    name: str
    data_type: str = ""
    file: str | None = None
    line: int | None = None
    comment: str = ""
    references: str = ""  # "table.column" the schema declares this column a key to ("" when none)
    primary_key: bool = False  # part of its table's primary key, where the source says so

    @property
    def key(self) -> tuple[str, str]:
        """The field's key within its source."""
        return field_key(self.table, self.name)


@dataclass(frozen=True, slots=True)  # slots: an estate holds 100,000s of them
class Finding:
    """One gap: a rule broken at a place, with a fingerprint that baselines can accept."""

    rule: str
    severity: str
    message: str
    fingerprint: str
    source: str | None = None
    table: str | None = None
    field: str | None = None
    file: str | None = None
    line: int | None = None

    @property
    def location(self) -> str:
        """The finding's place as source.table.field (what there is of it)."""
        return ".".join(part for part in (self.source, self.table, self.field) if part)


# Statements whose loss can hide columns or keys: skipping one is a warning, any other is info.
STATEMENTS_WITH_FIELDS = frozenset({"CREATE TABLE", "ALTER TABLE", "CREATE VIEW", "DROP TABLE", "DROP VIEW",
                                    "RENAME TABLE", "SOURCE", "@", ":R"})  # the last: another file run, not read


@dataclass(frozen=True)
class SkippedStatement:
    """A statement of a DDL file that could not be read and was left out, the rest of the file
    kept. Never its text: a statement can hold data."""

    source: str
    file: str
    line: int
    statement: str  # what it is: "CREATE TABLE", "ALTER TABLE", "GRANT", ...
    reason: str

    @property
    def may_hide_fields(self) -> bool:
        """True when the statement could have defined, changed or removed columns or keys."""
        return self.statement in STATEMENTS_WITH_FIELDS


@dataclass
class SourceScan:
    """What a scan found in one source: its fields, or why it could not be read (or both), and
    the statements it skipped."""

    source: Source
    fields: list[Field]
    error: str | None = None
    seconds: float = 0.0
    skipped: list[SkippedStatement] = field(default_factory=list)
