"""A corpus of bad inputs, one per case, across every file the tool reads: the declarations, the
registrations, the taxonomy and its concepts, the classifier's words, the gate config, the baseline, the policy text,
every kind of source file, the inventory database and the command line's numbers.

Each case ends in exit 2 with one line naming what is wrong (or, for a source, in a
source-unreadable finding naming it), with no traceback, within a few seconds, and writes nothing:
the inventory folder is unchanged and, on exit 2, no inventory database is created.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import BUNDLED_INVENTORY
from typer.testing import CliRunner

from laci_audit.cli import app

SECONDS_PER_CASE = 5

BILLION_LAUGHS = "".join(
    [f"l0: &l0 [{', '.join(['lol'] * 9)}]\n"]
    + [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 9)]
)
HUGE_INTEGER = "1" * 5000
DEEP_FLOW = "[" * 300 + "]" * 300
DEEP_BLOCK = "".join(f"{'  ' * n}k{n}:\n" for n in range(300)) + "  " * 300 + "x: 1\n"


@dataclass(frozen=True)
class Case:
    """One bad input: where it goes, what the files hold, the command, and what must be said."""

    name: str
    prepare: Callable[[Path], None]  # writes the bad input into the inventory folder (or beside it)
    expect: str  # "exit 2" or "finding"
    needle: str  # what the one line (or the finding) names
    command: tuple[str, ...] = ("audit", "-f", "json")


def _write(relative: str, content: str | bytes) -> Callable[[Path], None]:
    def prepare(inventory: Path) -> None:
        path = inventory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return prepare


def _special(relative: str, kind: str) -> Callable[[Path], None]:
    """A symlink loop, a folder or a FIFO where a file should be."""
    def prepare(inventory: Path) -> None:
        path = inventory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() or path.is_symlink():
            path.unlink()
        if kind == "loop":
            other = path.with_name(path.name + ".other")
            os.symlink(other.name, path)
            os.symlink(path.name, other)
        elif kind == "folder":
            path.mkdir()
        elif kind == "fifo":
            os.mkfifo(path)
    return prepare


def _declare(entry: str, *files: tuple[str, str | bytes]) -> Callable[[Path], None]:
    """Add one source to sources.yaml, and the files it reads."""
    def prepare(inventory: Path) -> None:
        with open(inventory / "sources.yaml", "a", encoding="utf-8") as handle:
            handle.write(f"  - {{name: bad, owner: tim-uji, {entry}}}\n")
        for relative, content in files:
            _write(relative, content)(inventory)
    return prepare


def _both(*steps: Callable[[Path], None]) -> Callable[[Path], None]:
    def prepare(inventory: Path) -> None:
        for step in steps:
            step(inventory)
    return prepare


# Malformed YAML in every shape, for each YAML file the tool reads on its own.
YAML_SHAPES = {
    "billion-laughs": BILLION_LAUGHS,
    "huge-integer": f"n: {HUGE_INTEGER}\n",
    "deep-flow": f"x: {DEEP_FLOW}\n",
    "deep-block": DEEP_BLOCK,
    "self-alias": "a: &a [*a]\n",
    "not-utf8": b"name: caf\xe9\n\xff\xfe\n",
    "nul-byte": b"sources:\x00\n",
    "unclosed-flow": "a: [b, c\nd: e\n",
    "duplicate-key": "a: 1\na: 2\n",
    "top-level-list": "- a\n- b\n",
    "binary": bytes(range(256)) * 4,
    "tab-indent": "a:\n\tb: 1\n",
    "complex-key": "? [a, b]\n: c\n",
    "utf16": "sources: []\n".encode("utf-16"),
    "merge-of-scalar": "a: &a 1\nb:\n  <<: *a\n",
}
YAML_FILES = {
    "sources.yaml": ("sources.yaml", ("audit", "-f", "json")),
    "fields": ("fields/akun.yaml", ("audit", "-f", "json")),
    "taxonomy": ("policy/taxonomy.yaml", ("audit", "-f", "json")),
    "concepts": ("policy/concepts.yaml", ("audit", "-f", "json")),
    "gate-config": ("laci-audit.yaml", ("check", "--format", "json")),
    "classifier": ("classifier.yaml", ("audit", "-f", "json")),
}
CASES: list[Case] = [
    Case(f"{file_key}/{shape}", _write(relative, content), "exit 2", relative.split("/")[-1], command)
    for file_key, (relative, command) in YAML_FILES.items()
    for shape, content in YAML_SHAPES.items()
    if not (file_key == "concepts" and shape in ("top-level-list",))  # covered by the shape checks below
]
CASES += [
    Case(f"{file_key}/{kind}", _special(relative, kind), "exit 2", relative.split("/")[-1], command)
    for file_key, (relative, command) in YAML_FILES.items() if file_key in ("sources.yaml", "fields", "taxonomy")
    for kind in ("loop", "folder", "fifo")
]

SOURCE_LINE = "kind: ddl, dialect: postgres, path: schemas/akun/*.sql"
CASES += [
    # sources.yaml: declarations that are wrong
    Case("sources/missing-kind", _declare("path: x.csv"), "exit 2", "missing the key 'kind'"),
    Case("sources/unknown-kind", _declare("kind: mongo, path: x"), "exit 2", "unknown source kind"),
    Case("sources/url-list-with-password", _declare("kind: postgres, url: ['postgresql://u:Rahasia99@h/x']"),
         "exit 2", "'url' must be a non-empty string, not a list"),
    Case("sources/password-in-url", _declare("kind: postgres, url: 'postgresql://u:Rahasia99@h/x'"),
         "exit 2", "must not contain a password"),
    Case("sources/timeout-inf", _declare("kind: postgres, url: 'postgresql://u@h/x', timeout: .inf"),
         "exit 2", "'timeout' must be a number of seconds"),
    Case("sources/timeout-nan", _declare("kind: postgres, url: 'postgresql://u@h/x', timeout: .nan"),
         "exit 2", "'timeout' must be a number of seconds"),
    Case("sources/statement-timeout-negative",
         _declare("kind: mysql, url: 'mysql://u@h/x', statement_timeout: -1"), "exit 2", "'statement_timeout'"),
    Case("sources/timeout-huge-integer", _declare(f"kind: mysql, url: 'mysql://u@h/x', timeout: {HUGE_INTEGER}"),
         "exit 2", "an integer of more than 100 digits"),
    Case("sources/allow-outside-not-bool", _declare("kind: csv, path: x.csv, allow_outside: 'yes'"),
         "exit 2", "'allow_outside' must be true or false"),
    Case("sources/csv-rot13", _declare("kind: csv, path: x.csv, encoding: rot13", ("x.csv", "a,b\n")),
         "exit 2", "'rot13' is not a text encoding"),
    Case("sources/csv-base64", _declare("kind: csv, path: x.csv, encoding: base64", ("x.csv", "a,b\n")),
         "exit 2", "'base64' is not a text encoding"),
    Case("sources/csv-unknown-encoding", _declare("kind: csv, path: x.csv, encoding: klingon"),
         "exit 2", "unknown encoding"),
    Case("sources/csv-long-delimiter", _declare("kind: csv, path: x.csv, delimiter: ';;'"), "exit 2", "'delimiter'"),
    Case("sources/name-with-escape", _declare('kind: csv, path: x.csv, name2: "\\e[31m"'), "exit 2", "unknown key"),
    Case("sources/url-not-a-url", _declare("kind: postgres, url: '::::'"), "exit 2", "'url'"),
    Case("sources/duplicate-name", _both(_declare("kind: csv, path: x.csv"), _declare("kind: csv, path: y.csv")),
         "exit 2", "duplicate source name"),
    Case("fields/is-a-file", _both(lambda inv: [p.unlink() for p in (inv / "fields").iterdir()],
                                   lambda inv: (inv / "fields").rmdir(), _write("fields", "not a folder\n")),
         "exit 2", "fields: must be a folder"),
    Case("fields/undeclared-source", _write("fields/x.yaml", "source: nope\ntables: {}\n"), "exit 2",
         "undeclared source"),
    Case("fields/personal-not-bool", _write("fields/x.yaml", "source: akun\ntables: {t: {fields: {f: {personal: 2}}}}\n"),
         "exit 2", "'personal' must be true or false"),
    Case("fields/registered-twice", _write("fields/x.yaml", "source: akun\ntables: {users: {fields: {email: {categories: [A.1.1]}}}}\n"),
         "exit 2", "registered twice"),
    Case("gate-config/unknown-rule", _write("laci-audit.yaml", "rules: {nope: off}\n"), "exit 2", "unknown rule",
         ("check", "--format", "json")),
    Case("gate-config/bad-severity", _write("laci-audit.yaml", "rules: {no-purpose: fatal}\n"), "exit 2",
         "severity", ("check", "--format", "json")),
    Case("concepts/unknown-key", _write("policy/concepts.yaml", "colours: {a: b}\n"), "exit 2", "unknown key"),
    Case("concepts/list-value", _write("policy/concepts.yaml", "categories: {account: [A.1.1]}\n"), "exit 2",
         "must map concept names"),
]

# Every kind of source file, broken: each is a source-unreadable finding naming the file.
CSV = "kind: csv, path: data/x.csv"
CASES += [
    Case("csv/short-row", _declare(CSV, ("data/x.csv", "a,b,c\n1\n")), "finding", "row has 1 fields"),
    Case("csv/ragged", _declare(CSV, ("data/x.csv", "a,b\n1,2,3\n")), "finding", "x.csv:2"),
    Case("csv/no-header", _declare(CSV, ("data/x.csv", "\n\n")), "finding", "no header row"),
    Case("csv/empty", _declare(CSV, ("data/x.csv", b"")), "finding", "x.csv"),
    Case("csv/duplicate-header", _declare(CSV, ("data/x.csv", "a,A\n")), "finding", "repeats the name"),
    Case("csv/empty-header-cell", _declare(CSV, ("data/x.csv", "a,,b\n")), "finding", "has no name"),
    Case("csv/not-utf8-declared", _declare(CSV + ", encoding: utf-8", ("data/x.csv", b"a,b\n\xff,1\n")),
         "finding", "x.csv:2: not utf-8 text"),
    Case("csv/utf16-no-bom-undeclared", _declare(CSV, ("data/x.csv", "a,b\n1,2\n".encode("utf-16-le"))),
         "finding", "x.csv"),
    Case("csv/huge-field", _declare(CSV, ("data/x.csv", "a\n\"" + "x" * 200_000 + "\"\n")), "finding", "x.csv"),
    Case("csv/unclosed-quote", _declare(CSV, ("data/x.csv", 'a,b\n"1,2\n')), "finding", "x.csv"),
    Case("csv/proc-environ", _declare("kind: csv, path: /proc/self/environ, allow_outside: true"), "finding",
         "special file of the system"),
    Case("csv/dev-zero", _declare("kind: csv, path: /dev/zero, allow_outside: true"), "finding", "special file"),
    Case("csv/outside-folder", _declare("kind: csv, path: ../outside.csv", ("../outside.csv", "a\n")),
         "finding", "outside the inventory folder"),
    Case("csv/fifo", _both(_declare(CSV), _special("data/x.csv", "fifo")), "finding", "not a regular file"),
    Case("csv/symlink-loop", _both(_declare(CSV), _special("data/x.csv", "loop")), "finding", "x.csv"),
    Case("csv/folder", _both(_declare(CSV), _special("data/x.csv", "folder")), "finding", "x.csv"),
    Case("csv/symlink-outside", _both(_declare(CSV), _write("../secret.csv", "token\n"),
                                      _write("data/other.csv", "a\n"),
                                      lambda inv: os.symlink(inv.parent / "secret.csv", inv / "data" / "x.csv")),
         "finding", "outside the inventory folder"),
    Case("csv/missing", _declare(CSV), "finding", "no such file"),
    Case("csv/glob-nothing", _declare("kind: csv, path: 'data/*.csv'"), "finding", "no file matches"),
    Case("csv/nul-in-path", _declare('kind: csv, path: "data/x\\0.csv"'), "finding", "x"),
]
SQLITE = "kind: sqlite, path: data/x.sqlite"
CASES += [
    Case("sqlite/zero-bytes", _declare(SQLITE, ("data/x.sqlite", b"")), "finding", "an empty file"),
    Case("sqlite/text", _declare(SQLITE, ("data/x.sqlite", "not a database\n" * 100)), "finding",
         "not a readable SQLite database"),
    Case("sqlite/header-only", _declare(SQLITE, ("data/x.sqlite", b"SQLite format 3\x00" + b"\x00" * 84)), "finding",
         "x.sqlite"),
    Case("sqlite/truncated", _declare(SQLITE, ("data/x.sqlite", (BUNDLED_INVENTORY / "data" / "perangkat.sqlite")
                                               .read_bytes()[:1500])), "finding", "x.sqlite"),
    Case("sqlite/random", _declare(SQLITE, ("data/x.sqlite", hashlib.sha512(b"x").digest() * 64)), "finding",
         "x.sqlite"),
    Case("sqlite/fifo", _both(_declare(SQLITE), _special("data/x.sqlite", "fifo")), "finding", "not a regular file"),
    Case("sqlite/outside", _declare("kind: sqlite, path: /etc/hostname"), "finding", "outside the inventory folder"),
]
DDL = "kind: ddl, dialect: postgres, path: schemas/bad/*.sql"
CASES += [
    Case("ddl/deep-parentheses", _declare(DDL, ("schemas/bad/x.sql", "CREATE TABLE t (a INT CHECK ("
                                                + "(" * 500 + "1" + ")" * 500 + "));\n")), "finding", "x.sql"),
    Case("ddl/not-utf8", _declare(DDL, ("schemas/bad/x.sql", b"CREATE TABLE t (nama\xff TEXT);\n")), "finding",
         "x.sql"),
    Case("ddl/binary", _declare(DDL, ("schemas/bad/x.sql", bytes(range(1, 256)) * 8)), "finding", "x.sql"),
    Case("ddl/unclosed-quote", _declare(DDL, ("schemas/bad/x.sql", "CREATE TABLE 't (a INT);\n")), "finding",
         "x.sql"),
    Case("ddl/fifo", _both(_declare(DDL), _special("schemas/bad/x.sql", "fifo")), "finding", "not a regular file"),
    Case("ddl/outside", _declare("kind: ddl, dialect: postgres, path: /etc/hostname"), "finding",
         "outside the inventory folder"),
]
PARQUET = "kind: parquet, path: data/x.parquet"
CASES += [
    Case("parquet/text", _declare(PARQUET, ("data/x.parquet", "not parquet\n" * 50)), "finding", "x.parquet"),
    Case("parquet/empty", _declare(PARQUET, ("data/x.parquet", b"")), "finding", "x.parquet"),
    Case("parquet/magic-only", _declare(PARQUET, ("data/x.parquet", b"PAR1" + b"\x00" * 64 + b"PAR1")), "finding",
         "x.parquet"),
    Case("parquet/outside", _both(_declare("kind: parquet, path: ../x.parquet"), _write("../x.parquet", b"PAR1")),
         "finding", "outside the inventory folder"),
    Case("parquet/fifo", _both(_declare(PARQUET), _special("data/x.parquet", "fifo")), "finding", "x.parquet"),
]
SCHEMA = "kind: jsonschema, path: events/x.schema.json"
EXPONENTIAL_REFS = json.dumps({
    "type": "object", "properties": {"root": {"$ref": "#/$defs/l0"}},
    "$defs": {f"l{n}": {"type": "object", "properties": {"a": {"$ref": f"#/$defs/l{n + 1}"},
                                                          "b": {"$ref": f"#/$defs/l{n + 1}"}}}
              for n in range(24)} | {"l24": {"type": "string"}},
})
CASES += [
    Case("jsonschema/exponential-refs", _declare(SCHEMA, ("events/x.schema.json", EXPONENTIAL_REFS)), "finding",
         "expands to more than 20,000 places"),
    Case("jsonschema/deep-json", _declare(SCHEMA, ("events/x.schema.json", '{"a":' * 490 + "1" + "}" * 490)),
         "finding", "nested deeper than"),
    Case("jsonschema/deep-properties", _declare(SCHEMA, ("events/x.schema.json",
                                                         '{"properties": {"a": ' * 90 + "{}" + "}}" * 90)),
         "finding", "nested deeper than"),
    Case("jsonschema/huge-integer", _declare(SCHEMA, ("events/x.schema.json", '{"maxLength": ' + HUGE_INTEGER + "}")),
         "finding", "an integer of more than 100 digits"),
    Case("jsonschema/nul-in-ref", _declare(SCHEMA, ("events/x.schema.json",
                                                    '{"properties": {"a": {"$ref": "x\\u0000.json"}}}')),
         "finding", "not a file name"),
    Case("jsonschema/ref-outside", _declare(SCHEMA, ("events/x.schema.json",
                                                     '{"properties": {"a": {"$ref": "/etc/hostname"}}}')),
         "finding", "outside the inventory folder"),
    Case("jsonschema/ref-proc", _declare(SCHEMA + ", allow_outside: true", ("events/x.schema.json",
                                         '{"properties": {"a": {"$ref": "/proc/self/environ"}}}')),
         "finding", "special file"),
    Case("jsonschema/ref-url", _declare(SCHEMA, ("events/x.schema.json",
                                                 '{"properties": {"a": {"$ref": "https://x.test/s.json"}}}')),
         "finding", "not supported"),
    Case("jsonschema/ref-nothing", _declare(SCHEMA, ("events/x.schema.json",
                                                     '{"properties": {"a": {"$ref": "#/$defs/none"}}}')),
         "finding", "points at nothing"),
    Case("jsonschema/invalid-json", _declare(SCHEMA, ("events/x.schema.json", '{"a": }')), "finding",
         "not valid JSON"),
    Case("jsonschema/top-level-list", _declare(SCHEMA, ("events/x.schema.json", "[1, 2]")), "finding",
         "not a JSON Schema"),
    Case("jsonschema/billion-laughs-yaml", _declare("kind: jsonschema, path: events/x.schema.yaml",
                                                    ("events/x.schema.yaml", BILLION_LAUGHS)),
         "finding", "aliases expand"),
]
OPENAPI = "kind: openapi, path: api/x.yaml"
CASES += [
    Case("openapi/swagger-2", _declare(OPENAPI, ("api/x.yaml", "swagger: '2.0'\npaths: {}\n")), "finding",
         "only OpenAPI 3.0 and 3.1"),
    Case("openapi/paths-list", _declare(OPENAPI, ("api/x.yaml", "openapi: 3.1.0\npaths: [a]\n")), "finding",
         "'paths' must be a mapping"),
    Case("openapi/ref-missing-file", _declare(OPENAPI, ("api/x.yaml", "openapi: 3.1.0\npaths:\n  /a: {$ref: 'y.yaml'}\n")),
         "finding", "no such file"),
    Case("openapi/deep", _declare(OPENAPI, ("api/x.yaml", "openapi: 3.1.0\npaths: " + DEEP_FLOW + "\n")), "finding",
         "nested deeper than"),
    Case("openapi/not-a-mapping", _declare(OPENAPI, ("api/x.yaml", "just text\n")), "finding",
         "not an OpenAPI document"),
    Case("openapi/ref-outside", _declare(OPENAPI, ("api/x.yaml", "openapi: 3.1.0\npaths:\n  /a: {$ref: '/etc/hostname'}\n")),
         "finding", "outside the inventory folder"),
]


def _foreign_db(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE scans (id INTEGER PRIMARY KEY, barcode TEXT)")
    connection.close()


def _db_case(name: str, make: Callable[[Path], None], needle: str, *command: str) -> Case:
    def prepare(inventory: Path) -> None:
        make(inventory.parent / "given.db")
    return Case(name, prepare, "exit 2", needle, (*(command or ("scan",)), "--db", "{tmp}/given.db"))


CASES += [
    _db_case("db/text-file", lambda p: p.write_text("notes\n" * 200), "not a laci-audit inventory database"),
    _db_case("db/foreign-scans-table", _foreign_db, "not a laci-audit inventory: left untouched"),
    _db_case("db/fifo", lambda p: os.mkfifo(p), "not a regular file"),
    _db_case("db/folder", lambda p: p.mkdir(), "a folder"),
    _db_case("db/history-on-text", lambda p: p.write_text("notes\n" * 200), "not a laci-audit inventory database",
             "history", "akun", "users", "email"),
    _db_case("db/history-on-foreign", _foreign_db, "not a laci-audit inventory database",
             "history", "akun", "users", "email"),
    Case("cli/sample-huge", lambda inv: None, "exit 2", "--sample", ("audit", "--sample", "99999999999999999999")),
    Case("cli/inventory-is-a-file", lambda inv: None, "exit 2", "no such inventory folder",
         ("audit", "-i", "{tmp}/inventory/sources.yaml")),
]
BASELINE_CASES = {
    "invalid-json": "{",
    "deep": "[" * 5000 + "]" * 5000,
    "huge-integer": '{"laci_audit_baseline": ' + HUGE_INTEGER + "}",
    "wrong-shape": '{"laci_audit_baseline": 1, "findings": {}}',
    "binary": b"\xff\xfe\x00\x01",
}
CASES += [
    Case(f"baseline/{name}", _write("../baseline.json", content), "exit 2", "baseline.json",
         ("check", "--format", "json", "--baseline", "{tmp}/baseline.json"))
    for name, content in BASELINE_CASES.items()
]
POLICY_TEXTS = {
    "empty": "",
    "binary": bytes(range(256)),
    "utf16": "A. Pengumpulan\n".encode("utf-16"),
    "no-sections": "Kebijakan tanpa bagian apa pun.\n" * 50,
}
CASES += [
    Case(f"policy-text/{name}", _write("../policy.txt", content), "exit 2", "policy.txt",
         ("policy", "import", "{tmp}/policy.txt", "-o", "{tmp}/taxonomy-out.yaml"))
    for name, content in POLICY_TEXTS.items()
]


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under the inventory folder (caches aside) with its content's digest."""
    files = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if relative.startswith(".laci-cache"):  # caches may be written and deleted at any time
            continue
        if path.is_symlink() or not path.is_file():
            files[relative] = "special"
            continue
        files[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


class _TooSlow(Exception):
    pass


def _alarm(_signum, _frame):
    raise _TooSlow


def test_the_corpus_is_large():
    assert len(CASES) >= 100 and len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_bad_input_is_one_clear_line_or_a_finding(case, inventory, tmp_path):
    case.prepare(inventory)
    before = _snapshot(inventory)
    db = tmp_path / "laci.db"
    args = [part.replace("{tmp}", str(tmp_path)) for part in case.command]
    if "-i" not in args and args[0] not in ("policy",):
        args += ["-i", str(inventory)]
    if "--db" not in args and args[0] in ("audit", "check", "scan"):
        args += ["--db", str(db)]
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(SECONDS_PER_CASE)
    started = time.monotonic()
    try:
        result = CliRunner().invoke(app, args)
    except _TooSlow:
        pytest.fail(f"{case.name}: still running after {SECONDS_PER_CASE} s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < SECONDS_PER_CASE
    assert not isinstance(result.exception, _TooSlow), f"{case.name}: still running after {SECONDS_PER_CASE} s"
    assert result.exception is None or isinstance(result.exception, SystemExit), f"{case.name}: {result.exception!r}"
    assert "Traceback" not in result.output
    if case.expect == "exit 2":
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 2, f"{case.name}: exit {result.exit_code}: {result.output[-500:]}"
        assert len(lines) == 1 and lines[0].startswith("laci-audit: error: "), lines
        assert case.needle in lines[0], lines[0]
        assert not db.exists(), "nothing is recorded for bad input"
    else:
        assert result.exit_code == 0, f"{case.name}: exit {result.exit_code}: {result.output[-500:]}"
        findings = json.loads(result.stdout)
        unreadable = [f["message"] for f in findings if f["rule"] == "source-unreadable" and f["source"] == "bad"]
        assert len(unreadable) == 1 and case.needle in unreadable[0], unreadable
    assert _snapshot(inventory) == before, "the inventory folder is unchanged"
