"""`laci-audit init`: a new inventory folder that audits as it stands, with one commented example
per source kind to start from, the gate's defaults spelt out, and a .gitignore."""

from __future__ import annotations

from pathlib import Path

from laci_audit.errors import LaciError
from laci_audit.fileio import display_path, write_atomically
from laci_audit.inventory.layout import CACHE_DIR, DATABASE_FILE, InventoryFolder

# One declaration per kind of source (sources.KINDS), written commented out into sources.yaml.
SOURCE_EXAMPLES = {
    "ddl": """\
- name: toko
  kind: ddl                       # SQL files: CREATE TABLE / ALTER TABLE, in name order
  dialect: mysql                  # postgres, mysql, tsql, sqlite, bigquery, oracle, ...
  path: schemas/toko/*.sql        # a file or a glob, relative to this folder
  owner: tim-toko
  purposes: [B.1]                 # default purposes (policy section B) of every field
  data_subjects: [pembeli]
  legal_basis: [contract]         # UU PDP Pasal 20
  retention: 5 tahun setelah akun ditutup
  recipients: []                  # nobody outside the owning team receives the data
""",
    "sqlite": """\
- name: perangkat
  kind: sqlite                    # an SQLite file, opened read-only
  path: data/perangkat.sqlite
  owner: tim-aplikasi
""",
    "postgres": """\
- name: akun_produksi
  kind: postgres                  # a live PostgreSQL database, read-only
  url: postgresql://laci_audit@db-akun.internal:5432/akun   # no password in the URL
  password_env: LACI_AUDIT_AKUN_PASSWORD                    # the password comes from here
  schemas: [public]               # default: every schema
  owner: tim-akun
""",
    "mysql": """\
- name: toko_produksi
  kind: mysql                     # a live MySQL or MariaDB database, read-only
  url: mysql://laci_audit@db-toko.internal:3306/toko
  password_env: LACI_AUDIT_TOKO_PASSWORD
  owner: tim-toko
""",
    "sqlalchemy": """\
- name: lake
  kind: sqlalchemy                # any engine with a SQLAlchemy dialect: DuckDB, Trino, Snowflake, ...
  url: duckdb:///data/lake.duckdb # read-only; sampling runs inside the engine
  owner: tim-data
""",
    "parquet": """\
- name: lake_files
  kind: parquet                   # Parquet files or a Hive-partitioned folder: schemas from the footers
  path: lake/orders/
  owner: tim-data
""",
    "jsonschema": """\
- name: events
  kind: jsonschema                # JSON Schema files: every property is a field
  path: events/*.schema.json
  owner: tim-data
""",
    "openapi": """\
- name: api
  kind: openapi                   # an OpenAPI 3 document: request and response bodies
  path: api/openapi.yaml
  owner: tim-platform
""",
    "csv": """\
- name: ekspor
  kind: csv                       # CSV files: the header row names the fields
  path: exports/*.csv
  encoding: utf-8
  delimiter: ","
  owner: tim-pemasaran
""",
}

SOURCES_HEADER = """\
# Data sources of {organisation}, as declared by the teams that own them.
#
# laci-audit scans every source listed here and matches its fields against the registrations
# in fields/<name>.yaml. Paths are relative to this folder. Uncomment an example below (one
# per kind of source), or write your own, then run `laci-audit audit -i {folder}`.
#
# Keys every source takes: name, kind, owner (the team that answers for it), purposes (policy
# section B, defaults for its fields), description, partners (for data from others, A.3),
# and the record of processing: data_subjects, legal_basis, retention, recipients.

sources:
"""

FIELDS_README = """\
# Registrations

One YAML file per source (`fields/<source>.yaml`), written by `laci-audit register`,
`laci-audit annotate` and `laci-audit suggest --write`, or by hand:

    source: toko
    tables:
      oc_customer:
        purposes: [B.3.4]              # default purposes of the table's fields
        fields:
          email: {categories: [A.1.1]}
          customer_id: {personal: false, reason: surrogate key}
      oc_session:                      # a whole table in one line: each field not registered on its own
        categories: [A.2.5]

Run `laci-audit policy show` for the categories (A) and purposes (B) of the policy.
"""

CONFIG_HEADER = """\
# laci-audit's configuration for this inventory.

# The organisation whose data this is: reports carry its name.
organisation: {organisation}

# How many scans of a plain `laci-audit audit` the database keeps (`scan` and `--db` keep theirs
# until `laci-audit history prune`).
history:
  keep: {keep}

# The gate (`laci-audit check`): each rule's severity, error, warning, info or off. These are the
# defaults; change one to make the gate stricter or laxer for this inventory.
rules:
"""


def gitignore_text() -> str:
    """The .gitignore of a new inventory: the database, its journal files, caches and edit locks."""
    return (f"# Written by laci-audit init: what laci-audit makes and nobody reviews.\n"
            f"{DATABASE_FILE}\n{DATABASE_FILE}-*\n{CACHE_DIR}/\n.*.yaml.lock\n.*.yml.lock\n")


def sources_text(organisation: str, folder: str) -> str:
    """sources.yaml with every kind's example commented out: an inventory with no source yet."""
    from laci_audit.sources import KINDS

    examples = []
    for kind in KINDS:
        example = SOURCE_EXAMPLES[kind]
        examples.append("\n".join(f"#   {line}".rstrip() for line in example.splitlines()))
    return SOURCES_HEADER.format(organisation=organisation, folder=folder) + "\n#\n".join(examples) + "\n"


def config_text(organisation: str) -> str:
    """laci-audit.yaml: the organisation's name, the scans a plain audit keeps, and every rule at its
    default severity."""
    import json

    from laci_audit.audit.gate import KEEP_SCANS
    from laci_audit.audit.rules import RULES

    width = max(len(rule) for rule in RULES) + 1
    lines = [f"  {(rule.id + ':').ljust(width)} {rule.severity.ljust(7)}  # {rule.title}" for rule in RULES.values()]
    return (CONFIG_HEADER.format(organisation=json.dumps(organisation, ensure_ascii=False), keep=KEEP_SCANS)
            + "\n".join(lines) + "\n")


def init_inventory(root: Path, organisation: str) -> list[Path]:
    """Write a new inventory folder (sources.yaml, fields/, laci-audit.yaml, .gitignore); the files
    written. A folder that already holds an inventory is refused, and nothing is written."""
    if not organisation.strip():
        raise LaciError("init: the organisation's name must not be empty (--organisation)")
    folder = InventoryFolder(root)
    if root.exists() and not root.is_dir():
        raise LaciError(f"{display_path(root)}: not a folder")
    existing = [path for path in (folder.sources_file, folder.config_file, folder.fields_dir) if path.exists()]
    if existing:
        raise LaciError(f"{display_path(existing[0])} already exists: {display_path(root)} holds an inventory "
                        f"(init writes only new ones)")
    files = {
        folder.sources_file: sources_text(organisation.strip(), display_path(root)),
        folder.fields_dir / "README.md": FIELDS_README,
        folder.config_file: config_text(organisation.strip()),
    }
    if not folder.gitignore_file.exists():
        files[folder.gitignore_file] = gitignore_text()
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text)
    return list(files)
