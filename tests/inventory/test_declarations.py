"""sources.yaml and fields/*.yaml: the accepted shape, and every error located at file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from laci_audit.errors import DeclarationError, DeclarationProblems
from laci_audit.inventory.declarations import load_declarations, load_fields_file, load_sources
from laci_audit.records import Source

SOURCES = """\
sources:
  - name: akun
    kind: ddl
    dialect: postgres
    path: sql/*.sql
    owner: team-akun
    purposes: [B.1, B.3.4]
    description: Accounts and addresses
  - name: toko
    kind: sqlite
    path: toko.sqlite
    owner: team-toko
"""

FIELDS = """\
# registrations of the akun source
source: akun
tables:
  users:
    purposes: [B.1]
    fields:
      email:
        categories: [A.1.1]
        purposes: [B.3.4]
      phone: {categories: [A.1.1, A.3.2], partners: [Google], note: from social login}
      id: {personal: false, reason: surrogate key}
  akun.addresses:
    fields:
      street: {categories: A.1.5}
"""


def replaced(text: str, old: str, new: str) -> str:
    """text with one exact occurrence of old replaced (fails loudly if the edit does not apply)."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


def write_inventory(root: Path, sources: str = SOURCES, **fields_files: str) -> Path:
    """sources.yaml and fields/<name>.yaml under root."""
    (root / "sources.yaml").write_text(sources, encoding="utf-8")
    for name, text in fields_files.items():
        (root / "fields").mkdir(exist_ok=True)
        (root / "fields" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def inventory_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def assert_located(error: DeclarationError, file: str, line: int, *fragments: str) -> None:
    message = str(error)
    assert message.startswith(f"{file}:{line}: "), message
    assert (error.path, error.line) == (file, line)
    for fragment in fragments:
        assert fragment in message


def test_accepted_sources_and_registrations(inventory_dir: Path) -> None:
    declarations = load_declarations(write_inventory(inventory_dir, akun=FIELDS))

    assert list(declarations.sources) == ["akun", "toko"]
    assert declarations.sources["akun"] == Source(
        name="akun",
        kind="ddl",
        owner="team-akun",
        purposes=("B.1", "B.3.4"),
        description="Accounts and addresses",
        options={"dialect": "postgres", "path": "sql/*.sql"},
        declared_in="sources.yaml",
        line=2,
    )
    toko = declarations.sources["toko"]
    assert (toko.kind, toko.options, toko.purposes, toko.line) == ("sqlite", {"path": "toko.sqlite"}, (), 9)

    rows = [
        (r.source, r.table, r.field, r.categories, r.purposes, r.table_purposes, r.personal, r.reason, r.partners,
         r.note, r.file, r.line)
        for r in declarations.registrations
    ]
    assert rows == [
        ("akun", "users", "email", ("A.1.1",), ("B.3.4",), ("B.1",), True, "", (), "", "fields/akun.yaml", 7),
        ("akun", "users", "phone", ("A.1.1", "A.3.2"), (), ("B.1",), True, "", ("Google",), "from social login",
         "fields/akun.yaml", 10),
        ("akun", "users", "id", (), (), ("B.1",), False, "surrogate key", (), "", "fields/akun.yaml", 11),
        ("akun", "akun.addresses", "street", ("A.1.5",), (), (), True, "", (), "", "fields/akun.yaml", 14),
    ]
    assert declarations.table_purposes == {("akun", "users"): ("B.1",), ("akun", "akun.addresses"): ()}
    assert set(declarations.registration_index()) == {
        ("akun", "users", "email"), ("akun", "users", "phone"), ("akun", "users", "id"),
        ("akun", "akun.addresses", "street"),
    }


def test_no_fields_folder_means_no_registrations(inventory_dir: Path) -> None:
    declarations = load_declarations(write_inventory(inventory_dir))
    assert list(declarations.sources) == ["akun", "toko"]
    assert declarations.registrations == []


def test_missing_sources_file(inventory_dir: Path) -> None:
    with pytest.raises(DeclarationError, match=r"^sources\.yaml: no sources file"):
        load_declarations(inventory_dir)


@pytest.mark.parametrize(
    ("old", "new", "line", "fragments"),
    [
        pytest.param("    owner: team-akun", "   owner: team-akun", 6, ["invalid YAML"], id="bad-indent"),
        pytest.param("    owner: team-akun\n", "    owner: team-akun\n    colour: red\n", 7,
                     ["unknown key 'colour' in source 'akun'"], id="unknown-key"),
        pytest.param("purposes: [B.1, B.3.4]", "purposes: {main: B.1}", 7, ["'purposes' must be a list"],
                     id="purposes-flow-mapping"),
        pytest.param("purposes: [B.1, B.3.4]", "purposes:\n      main: B.1", 7, ["'purposes' must be a list"],
                     id="purposes-block-mapping"),
        pytest.param("name: akun", "name: [akun, akun2]", 2, ["'name' must be a non-empty string"], id="name-list"),
        pytest.param("    dialect: postgres\n", "", 2, ["source 'akun' is missing the key 'dialect'"],
                     id="ddl-without-dialect"),
        pytest.param("name: toko", "name: akun", 9, ["duplicate source name 'akun' (first at line 2)"],
                     id="duplicate-name"),
        pytest.param("kind: sqlite", "kind: oracle", 10, ["unknown source kind 'oracle'", "(known: ", "ddl", "sqlite"],
                     id="unknown-kind"),
        # The kind's validator judges the whole declaration, so the error points at the source entry.
        pytest.param("dialect: postgres", "dialect: postgrez", 2,
                     ["source 'akun': unknown SQL dialect 'postgrez': use one of ", "postgres", "mariadb"],
                     id="unknown-dialect"),
        pytest.param("sources:", "source:", 1, ["unknown key 'source' in the sources file"], id="top-level-key"),
    ],
)
def test_sources_file_errors(inventory_dir: Path, old: str, new: str, line: int, fragments: list[str]) -> None:
    path = write_inventory(inventory_dir, replaced(SOURCES, old, new)) / "sources.yaml"
    with pytest.raises(DeclarationError) as caught:
        load_sources(path)
    assert_located(caught.value, "sources.yaml", line, *fragments)


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        pytest.param("purposes: [B.1, B.3.4]", "purposes: [B.1, B.3.4", 7, id="mid-file"),
        pytest.param("owner: team-toko", "owner: [team-toko", 12, id="last-line"),
    ],
)
def test_unclosed_bracket_is_reported_at_the_line_that_opens_it(
    inventory_dir: Path, old: str, new: str, line: int
) -> None:
    path = write_inventory(inventory_dir, replaced(SOURCES, old, new)) / "sources.yaml"
    with pytest.raises(DeclarationError) as caught:
        load_sources(path)
    assert_located(caught.value, "sources.yaml", line, "invalid YAML")


@pytest.mark.parametrize(
    ("old", "new", "line", "fragments"),
    [
        pytest.param("        purposes: [B.3.4]", "       purposes: [B.3.4]", 9, ["invalid YAML"], id="bad-indent"),
        pytest.param("      id: {", "      email: {", 11, ["invalid YAML", "duplicate key"], id="duplicate-yaml-key"),
        pytest.param("tables:\n", "owner: team-akun\ntables:\n", 3, ["unknown key 'owner' in a fields file"],
                     id="unknown-key-in-file"),
        pytest.param("    purposes: [B.1]\n", "    purposes: [B.1]\n    owner: team-akun\n", 6,
                     ["unknown key 'owner' in table 'users'"], id="unknown-key-in-table"),
        pytest.param("        purposes: [B.3.4]\n", "        purposes: [B.3.4]\n        category: [A.1.1]\n", 10,
                     ["unknown key 'category' in field 'users.email'"], id="unknown-key-in-field"),
        pytest.param("reason: surrogate key}", "reason: id, meaningless}", 11,
                     ["unknown key 'meaningless' in field 'users.id'"], id="unquoted-comma-in-flow-reason"),
        pytest.param("purposes: [B.3.4]", "purposes: {B.3.4: yes}", 9, ["'purposes' must be a list"],
                     id="field-purposes-mapping"),
        pytest.param("    purposes: [B.1]", "    purposes: {B.1: all}", 5, ["'purposes' must be a list"],
                     id="table-purposes-mapping"),
        pytest.param("personal: false", "personal: no", 11, ["field 'users.id': 'personal' must be true or false"],
                     id="personal-yaml-1.1-no"),
        pytest.param("      id: {personal: false, reason: surrogate key}\n",
                     "      id:\n        reason: surrogate key\n        personal: 'false'\n", 13,
                     ["'personal' must be true or false"], id="personal-quoted-string"),
        pytest.param("{personal: false, reason: surrogate key}",
                     "{personal: false, reason: surrogate key, categories: [A.1.1]}", 11,
                     ["'personal: false' contradicts its categories"], id="personal-false-with-categories"),
        pytest.param("source: akun", "source: gudang", 2, ["registrations for undeclared source 'gudang'"],
                     id="undeclared-source"),
        pytest.param("source: akun", "source: [akun]", 2, ["'source' must be a non-empty string"],
                     id="source-list"),
        pytest.param("  akun.addresses:\n    fields:\n", "  akun.addresses:\n    field:\n", 13,
                     ["unknown key 'field' in table 'akun.addresses'"], id="misspelt-fields"),
    ],
)
def test_fields_file_errors(inventory_dir: Path, old: str, new: str, line: int, fragments: list[str]) -> None:
    write_inventory(inventory_dir, akun=replaced(FIELDS, old, new))
    with pytest.raises(DeclarationError) as caught:
        load_declarations(inventory_dir)
    assert_located(caught.value, "fields/akun.yaml", line, *fragments)


def test_load_fields_file_alone(inventory_dir: Path) -> None:
    sources = load_sources(write_inventory(inventory_dir, akun=FIELDS) / "sources.yaml")
    loaded = load_fields_file(inventory_dir / "fields" / "akun.yaml", sources)
    registrations, table_purposes = loaded.registrations, loaded.table_purposes
    assert [(r.table, r.field, r.line) for r in registrations] == [
        ("users", "email", 7), ("users", "phone", 10), ("users", "id", 11), ("akun.addresses", "street", 14),
    ]
    assert table_purposes[("akun", "users")] == ("B.1",)


@pytest.mark.parametrize(("table", "field"), [("users", "email"), ("USERS", "Email")])
def test_same_field_registered_in_two_files(inventory_dir: Path, table: str, field: str) -> None:
    second = f"source: akun\ntables:\n  {table}:\n    fields:\n      {field}: {{categories: [A.1.1]}}\n"
    write_inventory(inventory_dir, a_akun=FIELDS, b_akun=second)
    with pytest.raises(DeclarationError) as caught:
        load_declarations(inventory_dir)
    assert_located(
        caught.value, "fields/b_akun.yaml", 5,
        f"{table}.{field} of source 'akun' is registered twice (first at fields/a_akun.yaml:7)",
    )


def test_same_field_name_in_two_sources_is_fine(inventory_dir: Path) -> None:
    other = "source: toko\ntables:\n  users:\n    fields:\n      email: {categories: [A.1.1]}\n"
    declarations = load_declarations(write_inventory(inventory_dir, akun=FIELDS, toko=other))
    assert ("toko", "users", "email") in declarations.registration_index()
    assert ("akun", "users", "email") in declarations.registration_index()


def test_keys_that_look_like_values_stay_names(tmp_path, monkeypatch):
    from laci_audit.yamlio import read_yaml

    monkeypatch.chdir(tmp_path)
    path = tmp_path / "keys.yaml"
    path.write_text("null: {personal: false, reason: x}\n1.10: a\ntrue: b\n010: c\n")
    assert list(read_yaml(path)) == ["null", "1.10", "true", "010"]


@pytest.mark.parametrize("text, line, words", [
    ("? [a, b]\n: {categories: [A.1.1]}\n", 1, "a key must be a plain name"),
    ("a: &a [*a]\n", 1, "an alias refers to itself"),
])
def test_odd_yaml_is_a_located_error(tmp_path, monkeypatch, text, line, words):
    from laci_audit.yamlio import read_yaml

    monkeypatch.chdir(tmp_path)
    path = tmp_path / "odd.yaml"
    path.write_text(text)
    with pytest.raises(DeclarationError) as raised:
        read_yaml(path)
    assert raised.value.line == line and words in raised.value.message


def test_every_problem_of_every_file_is_raised_at_once(inventory_dir: Path) -> None:
    sources = replaced(replaced(SOURCES, "    dialect: postgres\n", ""), "kind: sqlite", "kind: oracle")
    fields = replaced(replaced(FIELDS, "personal: false", "personal: no"), "purposes: [B.3.4]", "purposes: {B.3.4: 1}")
    other = "source: gudang\ntables: {}\n"
    write_inventory(inventory_dir, sources, akun=fields, gudang=other)
    with pytest.raises(DeclarationProblems) as caught:
        load_declarations(inventory_dir)
    assert [str(problem) for problem in caught.value.problems] == [
        "sources.yaml:2: source 'akun' is missing the key 'dialect'",
        "sources.yaml:9: unknown source kind 'oracle' (known: csv, ddl, jsonschema, mysql, openapi, parquet, postgres, sqlalchemy, sqlite)",
        "fields/akun.yaml:9: 'purposes' must be a list of ids such as [B.1, B.3.4]",
        "fields/akun.yaml:11: field 'users.id': 'personal' must be true or false",
        "fields/gudang.yaml:1: registrations for undeclared source 'gudang'",
    ]
    assert str(caught.value).count("\n") == 4  # one line each


def test_well_formed_but_incomplete_declarations_load(inventory_dir: Path) -> None:
    sources = replaced(SOURCES, "    owner: team-akun\n", "")
    fields = replaced(FIELDS, "{personal: false, reason: surrogate key}", "{personal: false}")
    declarations = load_declarations(write_inventory(inventory_dir, sources, akun=fields))
    assert declarations.sources["akun"].owner == "" and declarations.sources["akun"].owner_label == "no owner declared"
    assert declarations.registration_index()[("akun", "users", "id")].reason == ""


def test_a_table_registers_in_one_line_without_fields(inventory_dir: Path) -> None:
    fields = FIELDS + "  sesi: {categories: [A.2.5], purposes: [B.4], retention: 30 hari}\n  log: {personal: false, reason: x}\n"
    declarations = load_declarations(write_inventory(inventory_dir, akun=fields))
    sesi, log = declarations.table_registrations
    assert (sesi.categories, sesi.purposes, sesi.processing.retention, sesi.line) == (("A.2.5",), ("B.4",), "30 hari", 15)
    assert (log.personal, log.reason) == (False, "x")
    assert declarations.table_purposes[("akun", "sesi")] == ("B.4",)
    twice = "source: akun\ntables:\n  SESI: {categories: [A.2.4]}\n"
    write_inventory(inventory_dir, akun=fields, b_akun=twice)
    with pytest.raises(DeclarationError) as caught:
        load_declarations(inventory_dir)
    assert_located(caught.value, "fields/b_akun.yaml", 3, "table SESI of source 'akun' is registered twice "
                                                          "(first at fields/akun.yaml:15)")
