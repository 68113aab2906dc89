"""The DDL cache: the same fields as a fresh parse, invalidated by any change, never required."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import REPO, write

from laci_audit.engine import audit_inventory
from laci_audit.sources import ddl_cache


def scan_fields(inventory):
    run = audit_inventory(inventory)
    return [f for scan in run.result.scans for f in scan.fields], run.result.findings


def test_warm_scan_equals_a_fresh_parse(inventory):
    cold_fields, cold_findings = scan_fields(inventory)
    assert (inventory / ".laci-cache" / "ddl" / "akun.json").is_file()
    assert (inventory / ".laci-cache" / ".gitignore").read_text().endswith("*\n")
    warm_fields, warm_findings = scan_fields(inventory)
    assert warm_fields == cold_fields and warm_findings == cold_findings


def test_a_changed_file_is_parsed_again(inventory):
    scan_fields(inventory)
    write(inventory / "schemas" / "akun" / "002.sql", "ALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    fields, _ = scan_fields(inventory)
    assert [f.name for f in fields][-1] == "no_hp"
    write(inventory / "schemas" / "akun" / "002.sql", "-- moved\nALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    fields, _ = scan_fields(inventory)
    assert (fields[-1].name, fields[-1].line) == ("no_hp", 2)


def test_read_errors_are_cached_with_the_fields_before_them(inventory):
    write(inventory / "schemas" / "akun" / "002.sql", "CREATE TABLE broken (id INT DEFAULT 'x);\n")
    for _ in range(2):
        fields, findings = scan_fields(inventory)
        assert len(fields) == 4
        [unreadable] = [f for f in findings if f.rule == "source-unreadable"]
        assert "002.sql: no statement of it could be read (1 tried" in unreadable.message


def test_skipped_statements_and_primary_keys_survive_the_cache(inventory):
    write(inventory / "schemas" / "akun" / "002.sql",
          "GRANT SELECT ON users TO laporan;\nCREATE VIEW v AS SELEC 1;\nALTER TABLE users ADD COLUMN no_hp TEXT;\n")
    for _ in range(2):
        run = audit_inventory(inventory)
        [scan] = run.result.scans
        assert [(f.name, f.primary_key) for f in scan.fields] == [
            ("id", True), ("email", False), ("created_at", False), ("status", False), ("no_hp", False)]
        [skipped] = [f for f in run.result.findings if f.rule == "ddl-statement-skipped"]
        assert (skipped.severity, skipped.file, skipped.line) == ("warning", "inventory/schemas/akun/002.sql", 2)
        assert skipped.message.startswith("CREATE VIEW statement at inventory/schemas/akun/002.sql:2 skipped: ")


def test_a_broken_or_unwritable_cache_is_ignored(inventory):
    scan_fields(inventory)
    cache_file = inventory / ".laci-cache" / "ddl" / "akun.json"
    cache_file.write_text("{not json")
    fields, _ = scan_fields(inventory)
    assert len(fields) == 4
    cache_file.unlink()
    cache_file.mkdir()
    fields, _ = scan_fields(inventory)
    assert len(fields) == 4


def test_warm_check_does_not_import_sqlglot(inventory):
    scan_fields(inventory)
    code = ("import sys; from pathlib import Path; from laci_audit.engine import audit_inventory; "
            "audit_inventory(Path('inventory')); print('sqlglot' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", code], cwd=inventory.parent, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_known_dialects_validate_without_sqlglot_and_unknown_ones_fail(inventory):
    from laci_audit.records import Source

    assert ddl_cache.validate(Source("a", "ddl", "t", options={"dialect": "postgres", "path": "x"})) is None
    problem = ddl_cache.validate(Source("a", "ddl", "t", options={"dialect": "postgresq", "path": "x"}))
    assert problem and "postgresq" in problem and "postgres, " in problem
    assert ddl_cache.validate(Source("a", "ddl", "t", options={"dialect": "mariadb", "path": "x"})) is None
    assert ddl_cache.validate(Source("a", "ddl", "t", options={"dialect": "dialect", "path": "x"}))


def test_declared_foreign_keys_survive_the_cache(inventory):
    write(inventory / "schemas" / "akun" / "002.sql",
          "CREATE TABLE alamat (id INT, pemilik INT, FOREIGN KEY (pemilik) REFERENCES users (id));\n")
    cold, _ = scan_fields(inventory)
    warm, _ = scan_fields(inventory)
    assert [f.references for f in warm if f.name == "pemilik"] == ["users.id"]
    assert warm == cold


def test_cache_key_follows_the_parser_code_wherever_it_lives():
    """The key hashes the file of every laci_audit module the DDL parser's code uses, found from
    the modules themselves: moving or renaming one cannot leave the cache blind to its changes."""
    import inspect

    from laci_audit.sources import ddl, ddl_cache

    hashed = {str(path) for path in ddl_cache.parser_files()}
    used = {inspect.getfile(ddl), inspect.getfile(ddl_cache)}
    for module in (ddl, ddl_cache):
        for value in vars(module).values():
            owner = value if inspect.ismodule(value) else inspect.getmodule(value)
            if owner is not None and owner.__name__.startswith("laci_audit"):
                used.add(inspect.getfile(owner))
    assert used <= hashed, f"not in the cache key: {sorted(used - hashed)}"


def test_cache_key_changes_when_parser_code_changes(tmp_path, monkeypatch):
    from laci_audit.records import Source
    from laci_audit.sources import ddl_cache

    code = tmp_path / "ddl.py"
    code.write_text("# version 1\n")
    monkeypatch.setattr(ddl_cache, "parser_files", lambda: (code,))
    source = Source("akun", "ddl", "tim", options={"path": "x.sql", "dialect": "postgres"})
    before = ddl_cache.cache_key(source, [])
    code.write_text("# version 2\n")
    assert ddl_cache.cache_key(source, []) != before
