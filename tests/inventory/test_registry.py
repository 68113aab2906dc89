"""Registering fields in fields/*.yaml: exact edits, untouched bytes, validation, drafts, locking."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import pytest
from helpers import BUNDLED_INVENTORY, write

from laci_audit.answers.suggest import field_suggestions
from laci_audit.engine import audit_inventory
from laci_audit.errors import DeclarationError, RegistrationError
from laci_audit.inventory.declarations import load_declarations
from laci_audit.inventory.registry import (
    RegistrationRequest,
    confirm_drafts,
    fields_file_for,
    locked,
    register_field,
    register_fields,
    write_draft_registrations,
)

# Comments, blank lines, a block mapping, a block sequence, flow mappings, and quoted strings.
RICH_FIELDS = """\
# registrations of the akun source
# (reviewed like code)
source: akun
tables:
  users:
    purposes: [B.3.4]   # contact
    fields:
      id: {personal: false, reason: "surrogate key"}
      # the login name
      email: {categories: [A.1.1], purposes: [B.3.6]}   # newsletters too
      created_at:
        categories:
          - A.2.2
        note: 'set by the database'
      status: {personal: false, reason: 'account state flag'}

  # sessions, kept 30 days
  sesi:
    purposes:
      - B.4
    fields:
      ip: {categories: [A.2.1]}   # for fraud
# end of file
"""


@pytest.fixture
def rich(inventory: Path) -> Path:
    """The small inventory, its akun fields file replaced by one in every style the tool must keep."""
    write(inventory / "fields" / "akun.yaml", RICH_FIELDS)
    return inventory / "fields" / "akun.yaml"


def test_update_changes_only_that_line(inventory, rich):
    change = register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.1",), ("B.3.6", "B.4")))
    expected = RICH_FIELDS.replace(
        "      email: {categories: [A.1.1], purposes: [B.3.6]}   # newsletters too\n",
        "      email: {categories: [A.1.1], purposes: [B.3.6, B.4]} # newsletters too\n",
    )
    assert rich.read_text() == expected
    assert change.describe() == (
        "inventory/fields/akun.yaml:10: akun users.email: "
        "{categories: [A.1.1], purposes: [B.3.6]} -> {categories: [A.1.1], purposes: [B.3.6, B.4]}"
    )


def test_add_field_and_table_keeps_every_other_byte(inventory, rich):
    register_field(inventory, "akun", RegistrationRequest("users", "no_hp", ("A.1.1",), ("B.4",)))
    register_field(inventory, "akun", RegistrationRequest("sesi", "user_agent", ("A.2.5",)))
    register_field(inventory, "akun", RegistrationRequest("alamat", "kota", personal=False, reason="city: of the store, not the user"))
    expected = RICH_FIELDS.replace(
        "      status: {personal: false, reason: 'account state flag'}\n",
        "      status: {personal: false, reason: 'account state flag'}\n"
        "      no_hp: {categories: [A.1.1], purposes: [B.4]}\n",
    ).replace(
        "      ip: {categories: [A.2.1]}   # for fraud\n",
        "      ip: {categories: [A.2.1]}   # for fraud\n"
        "      user_agent: {categories: [A.2.5]}\n"
        "\n"
        "  alamat:\n"
        "    fields:\n"
        "      kota: {personal: false, reason: 'city: of the store, not the user'}\n",
    )
    assert rich.read_text() == expected
    assert load_declarations(inventory).registration_index()[("akun", "alamat", "kota")].reason == (
        "city: of the store, not the user"
    )


def test_update_block_entry_keeps_its_style_and_quotes(inventory, rich):
    register_field(inventory, "akun", RegistrationRequest("USERS", "Created_At", ("A.2.2", "A.2.5")))
    register_field(inventory, "akun", RegistrationRequest("users", "status", personal=False, reason="state, not a person"))
    text = rich.read_text()
    assert "      created_at:\n        categories:\n          - A.2.2\n          - A.2.5\n" \
           "        note: 'set by the database'\n" in text
    assert "      status: {personal: false, reason: 'state, not a person'}\n" in text
    assert text.count("created_at") == 1


def test_not_personal_then_personal_again(inventory, rich):
    register_field(inventory, "akun", RegistrationRequest("users", "email", personal=False, reason="shared inbox"))
    registration = load_declarations(inventory).registration_index()[("akun", "users", "email")]
    assert (registration.personal, registration.categories, registration.purposes) == (False, (), ())
    change = register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.1",)))
    assert change.before == "{personal: false, reason: shared inbox}"
    assert change.after == "{categories: [A.1.1]}"


def test_purposes_not_given_are_kept_and_empty_purposes_clear_them(inventory, rich):
    register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.1", "A.3.4")))
    assert load_declarations(inventory).registration_index()[("akun", "users", "email")].purposes == ("B.3.6",)
    register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.1",), ()))
    assert load_declarations(inventory).registration_index()[("akun", "users", "email")].purposes == ()


@pytest.mark.parametrize("request_, message", [
    (RegistrationRequest("users", "email", ("A.9.9",)), "unknown category 'A.9.9'"),
    (RegistrationRequest("users", "email", ("A.1",)), "unknown category 'A.1'"),
    (RegistrationRequest("users", "email", ("A.1.1",), ("B.7",)), "unknown purpose 'B.7'"),
    (RegistrationRequest("users", "email", ("B.1",)), "unknown category 'B.1'"),
    (RegistrationRequest("users", "email", personal=False), "say why it is not personal data"),
    (RegistrationRequest("users", "email", ("A.1.1",), personal=False, reason="x"), "has no categories or purposes"),
    (RegistrationRequest("users", "nomor_baru"), "give at least one category"),
])
def test_bad_requests_leave_the_file_alone(inventory, rich, request_, message):
    with pytest.raises(RegistrationError, match=message):
        register_field(inventory, "akun", request_)
    assert rich.read_text() == RICH_FIELDS
    assert sorted(p.name for p in rich.parent.iterdir() if not p.name.endswith(".lock")) == ["akun.yaml"]


def test_undeclared_source(inventory):
    with pytest.raises(RegistrationError, match="source 'gudang' is not declared in inventory/sources.yaml"):
        register_field(inventory, "gudang", RegistrationRequest("t", "f", ("A.1.1",)))


def test_broken_fields_file_is_a_located_error(inventory, rich):
    rich.write_text(RICH_FIELDS.replace("      ip: {categories: [A.2.1]}", "      ip: {categories: [A.2.1]"))
    with pytest.raises(DeclarationError, match=r"inventory/fields/akun.yaml:\d+: invalid YAML"):
        register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.1",)))


def test_new_source_gets_its_own_file_with_a_header(inventory):
    sources = inventory / "sources.yaml"
    sources.write_text(sources.read_text() + "  - name: gudang\n    kind: sqlite\n    path: data/g.sqlite\n"
                       "    owner: tim-gudang\n    purposes: [B.1]\n")
    change = register_field(inventory, "gudang", RegistrationRequest("stok", "penerima", ("A.1.5",)))
    path = inventory / "fields" / "gudang.yaml"
    assert change.file == "inventory/fields/gudang.yaml" and change.before is None
    assert path.read_text() == (
        "# Field registrations for source `gudang` (sqlite: data/g.sqlite), owned by tim-gudang.\n"
        "# Source defaults: purposes B.1. Written by laci-audit; review changes here like code.\n"
        "source: gudang\n"
        "tables:\n"
        "  stok:\n"
        "    fields:\n"
        "      penerima: {categories: [A.1.5]}\n"
    )
    assert fields_file_for(inventory, "gudang") == path
    assert ("gudang", "stok", "penerima") in load_declarations(inventory).registration_index()


def test_registrations_go_to_the_file_that_names_the_source(inventory, rich):
    rich.rename(inventory / "fields" / "accounts.yaml")
    register_field(inventory, "akun", RegistrationRequest("users", "no_hp", ("A.1.1",)))
    assert not (inventory / "fields" / "akun.yaml").exists()
    assert "no_hp" in (inventory / "fields" / "accounts.yaml").read_text()


def test_write_keeps_the_file_mode(inventory, rich):
    rich.chmod(0o640)
    register_field(inventory, "akun", RegistrationRequest("users", "no_hp", ("A.1.1",)))
    assert rich.stat().st_mode & 0o777 == 0o640


def _register_many(inventory: str, prefix: str, count: int) -> None:
    for number in range(count):
        register_field(Path(inventory), "akun", RegistrationRequest("users", f"{prefix}_{number}", ("A.1.1",)))


def test_two_processes_writing_one_file_lose_nothing(inventory, rich):
    count = 20
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_register_many, args=(str(inventory), p, count)) for p in ("kiri", "kanan")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    index = load_declarations(inventory).registration_index()
    for prefix in ("kiri", "kanan"):
        assert all(("akun", "users", f"{prefix}_{n}") in index for n in range(count))
    text = rich.read_text()
    assert "# the login name\n" in text and "# end of file\n" in text
    assert not [p for p in rich.parent.iterdir() if p.name.endswith(".tmp")]


def test_drafts_confirmed_field_by_field_then_by_table(inventory, rich):
    requests = [RegistrationRequest("sesi", name, ("A.2.5",), draft=True) for name in ("a", "b", "c")]
    for request in requests:
        register_field(inventory, "akun", request)
    assert [r.field for r in load_declarations(inventory).registrations if r.draft] == ["a", "b", "c"]
    [confirmed] = confirm_drafts(inventory, "akun", "sesi", "b")
    assert (confirmed.before, confirmed.after) == ("{categories: [A.2.5], draft: true}", "{categories: [A.2.5]}")
    assert [c.field for c in confirm_drafts(inventory, "akun", "sesi")] == ["a", "c"]
    assert confirm_drafts(inventory, "akun") == []
    assert not any(r.draft for r in load_declarations(inventory).registrations)
    with pytest.raises(RegistrationError, match="no table 'gudang'"):
        confirm_drafts(inventory, "akun", "gudang")


def test_a_draft_never_overwrites_a_registration(inventory, rich):
    change = register_field(inventory, "akun", RegistrationRequest("users", "no_hp", ("A.1.1",), draft=True))
    assert change.after == "{categories: [A.1.1], draft: true}"
    assert register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.2",), draft=True)) is None
    assert rich.read_text().count("email: {categories: [A.1.1], purposes: [B.3.6]}") == 1
    person = register_field(inventory, "akun", RegistrationRequest("users", "no_hp", ("A.1.1",), ("B.4",)))
    assert person.after == "{categories: [A.1.1], purposes: [B.4]}"


def test_draft_must_be_a_boolean(inventory, rich):
    rich.write_text(RICH_FIELDS.replace("ip: {categories: [A.2.1]}", "ip: {categories: [A.2.1], draft: yes}"))
    with pytest.raises(DeclarationError, match="'draft' must be true or false"):
        load_declarations(inventory)


def test_drafts_for_the_bundled_inventory(tmp_path, monkeypatch):
    """suggest --write on the real inventory: every unregistered personal field becomes a draft, nothing else moves."""
    root = tmp_path / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, root, ignore=shutil.ignore_patterns("laci-audit.db*"))
    monkeypatch.chdir(tmp_path)
    originals = {p.name: p.read_text() for p in (root / "fields").glob("*.yaml")}
    before = audit_inventory(root).result
    pending = [(row.field, row.suggestion) for row in field_suggestions(before)]
    personal = [(f, s) for f, s in pending if s.personal and s.categories]
    assert personal and len(personal) < len(pending)
    changes = write_draft_registrations(root, pending)
    assert sorted((c.source, c.table, c.field) for c in changes) == sorted((f.source, f.table, f.name) for f, _ in personal)

    after = audit_inventory(root).result
    rules = [f.rule for f in after.findings]
    uncovered = {(f.source, f.table, f.name) for f, s in pending if s.personal and not s.categories}
    left = {(f.source, f.table, f.field) for f in after.findings if f.rule == "unregistered-personal"}
    assert left == uncovered, "only personal data no policy category covers is left undrafted"
    assert rules.count("draft-registration") == len(personal)
    drafts = {(r.source, r.table, r.field): r for r in after.declarations.registrations if r.draft}
    for found, suggestion in personal:
        assert drafts[(found.source, found.table, found.name)].categories == suggestion.categories
    for name, original in originals.items():
        new_lines = iter((root / "fields" / name).read_text().splitlines())
        assert all(line in new_lines for line in original.splitlines()), f"{name} lost or reordered a line"
    assert write_draft_registrations(root, pending) == []


BLOCK_LAST = """\
source: akun
tables:
  users:
    fields:
      id: {personal: false, reason: x}
      email:
        categories: [A.1.1]   # eol in block
        note: n

  alamat:
    fields:
      kota:
        categories:
          - A.1.1

# end of file
"""


def test_appending_after_block_entries_keeps_blank_lines_and_the_closing_comment(inventory):
    path = write(inventory / "fields" / "akun.yaml", BLOCK_LAST)
    for table, name in (("users", "no_hp"), ("alamat", "provinsi"), ("baru", "x")):
        register_field(inventory, "akun", RegistrationRequest(table, name, ("A.1.1",)))
    assert path.read_text() == BLOCK_LAST.replace(
        "        note: n\n", "        note: n\n      no_hp: {categories: [A.1.1]}\n"
    ).replace(
        "          - A.1.1\n",
        "          - A.1.1\n      provinsi: {categories: [A.1.1]}\n\n  baru:\n    fields:\n      x: {categories: [A.1.1]}\n",
    )


def test_a_new_field_in_every_table_of_the_bundled_files(tmp_path, monkeypatch):
    """Each bundled fields file gains one field per table: it lands in its table, and no old line moves."""
    root = tmp_path / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, root, ignore=shutil.ignore_patterns("laci-audit.db*"))
    monkeypatch.chdir(tmp_path)
    originals = {p: p.read_text() for p in (root / "fields").glob("*.yaml")}
    tables_by_source: dict[str, dict[str, None]] = {}
    for registration in load_declarations(root).registrations:
        tables_by_source.setdefault(registration.source, {})[registration.table] = None
    for source, tables in tables_by_source.items():
        register_fields(root, source, [RegistrationRequest(table, "kolom_baru", ("A.1.1",)) for table in tables])
    registrations = load_declarations(root).registrations
    for path, original in originals.items():
        lines = path.read_text().splitlines()
        remaining = iter(lines)
        assert all(line in remaining for line in original.splitlines()), f"{path.name} lost or reordered a line"
        assert len(lines) == len(original.splitlines()) + sum(r.field == "kolom_baru" and Path(r.file).name == path.name
                                                              for r in registrations)
    for added in (r for r in registrations if r.field == "kolom_baru"):
        same_table = [r.line for r in registrations if (r.source, r.table) == (added.source, added.table)]
        assert added.line == max(same_table) == sorted(same_table)[-2] + 1


def test_a_lock_held_too_long_is_a_clear_refusal(inventory, rich):
    with locked(rich):
        with pytest.raises(RegistrationError, match="akun.yaml is being written by another command"):
            with locked(rich, timeout=0.1):
                pass
    with locked(rich, timeout=0.1):
        pass


def test_registering_the_same_again_does_not_rewrite_the_file(inventory, rich):
    before = rich.stat().st_mtime_ns
    change = register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.1",), ("B.3.6",)))
    assert change.describe().endswith("users.email: unchanged {categories: [A.1.1], purposes: [B.3.6]}")
    assert rich.stat().st_mtime_ns == before


def test_drafts_skip_categories_the_policy_lacks(inventory, rich):
    from laci_audit.classify import Suggestion
    from laci_audit.records import Field

    suggestions = [
        (Field("akun", "users", "agama"), Suggestion(personal=True, categories=("spesifik.agama",))),
        (Field("akun", "users", "no_hp"), Suggestion(personal=True, categories=("X.1", "A.1.1"))),
        (Field("akun", "users", "berat"), Suggestion(personal=False)),
    ]
    changes = write_draft_registrations(inventory, suggestions)
    assert [(c.field, c.after) for c in changes] == [("no_hp", "{categories: [A.1.1], draft: true}")]


def test_an_empty_flow_tables_mapping_becomes_a_block(inventory, rich):
    rich.write_text("# nothing yet\nsource: akun\ntables: {}\n")
    register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.1",)))
    assert rich.read_text() == "# nothing yet\nsource: akun\ntables:\n  users:\n    fields:\n      email: {categories: [A.1.1]}\n"


MULTI_LINE_FLOW = (
    "# registrations of the akun source\n"
    "source: akun\n"
    "tables:\n"
    "  users:\n"
    "    fields:\n"
    "      id: {personal: false, reason: surrogate key}\n"
    "      email: {categories: [A.1.1], purposes: [B.3.6],\n"
    "              note: 'spread over two lines'}   # kept as written\n"
    "      created_at: {categories: [A.2.2]}\n"
)


def test_untouched_multi_line_flow_mapping_keeps_its_lines(inventory):
    path = inventory / "fields" / "akun.yaml"
    path.write_text(MULTI_LINE_FLOW)
    register_field(inventory, "akun", RegistrationRequest("users", "status", personal=False, reason="state flag"))
    assert path.read_text() == MULTI_LINE_FLOW + "      status: {personal: false, reason: state flag}\n"


def test_crlf_file_keeps_its_line_endings(inventory):
    path = inventory / "fields" / "akun.yaml"
    path.write_bytes(MULTI_LINE_FLOW.replace("\n", "\r\n").encode())
    register_field(inventory, "akun", RegistrationRequest("users", "created_at", ("A.2.2",), ("B.4",)))
    written = path.read_bytes().decode()
    assert written == MULTI_LINE_FLOW.replace(
        "      created_at: {categories: [A.2.2]}\n", "      created_at: {categories: [A.2.2], purposes: [B.4]}\n"
    ).replace("\n", "\r\n")


# Four-space indentation, a dash indented in its parent, spaces inside brackets, end-of-line comments.
FOUR_SPACES = """\
# akun registrations, indented by four
source: akun
tables:
    users:
        purposes: [ B.3.4 ]    # contact
        fields:
            id: {personal: false, reason: surrogate key}   # key
            email: {categories: [ A.1.1 ]}   # login name
            created_at:
                categories:
                    - A.2.2    # when
                note: set by the database

    sesi:
        purposes:
            - B.4
        fields:
            ip: {categories: [ A.2.1 ]}   # for fraud
# end of file
"""


def test_block_indent_is_read_from_the_file():
    from laci_audit.yamlio import BlockIndent, block_indent, round_trip_yaml

    assert block_indent(round_trip_yaml().load(FOUR_SPACES), FOUR_SPACES) == BlockIndent(4, 6, 4)
    assert block_indent(round_trip_yaml().load(RICH_FIELDS), RICH_FIELDS) == BlockIndent(2, 4, 2)
    flush = "source: akun\ntables:\n   users:\n      purposes:\n      - B.4\n"
    assert block_indent(round_trip_yaml().load(flush), flush) == BlockIndent(3, 2, 0)


def test_four_space_file_keeps_every_untouched_byte(inventory):
    path = inventory / "fields" / "akun.yaml"
    path.write_text(FOUR_SPACES)
    register_field(inventory, "akun", RegistrationRequest("users", "status", personal=False, reason="state flag"))
    register_field(inventory, "akun", RegistrationRequest("sesi", "dibuat", ("A.2.2",)))
    assert path.read_text() == FOUR_SPACES.replace(
        "                note: set by the database\n",
        "                note: set by the database\n            status: {personal: false, reason: state flag}\n",
    ).replace(
        "            ip: {categories: [ A.2.1 ]}   # for fraud\n",
        "            ip: {categories: [ A.2.1 ]}   # for fraud\n            dibuat: {categories: [A.2.2]}\n",
    )


def test_four_space_file_edit_of_a_respaced_line_changes_only_that_line(inventory):
    path = inventory / "fields" / "akun.yaml"
    path.write_text(FOUR_SPACES)
    change = register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.1",), ("B.4",)))
    assert change.line == 8
    assert path.read_text() == FOUR_SPACES.replace(
        "            email: {categories: [ A.1.1 ]}   # login name\n",
        "            email: {categories: [A.1.1], purposes: [B.4]} # login name\n",
    )
    register_field(inventory, "akun", RegistrationRequest("users", "email", ("A.1.1",), ("B.4",)))
    assert "email: {categories: [A.1.1], purposes: [B.4]} # login name" in path.read_text()


SHARED_BY_ALIAS = """\
source: akun
tables:
  users:
    fields:
      id: {personal: false, reason: surrogate key}
      email: &contact {categories: [A.1.1], purposes: &kept [B.3.4], draft: true}   # the login
      status: *contact
      created_at: {categories: [A.2.2], purposes: *kept}
"""


def _registered(inventory: Path) -> dict[str, tuple]:
    return {r.field: (r.categories, r.purposes, r.draft) for r in load_declarations(inventory).registrations}


@pytest.mark.parametrize("edited, other", [("email", "status"), ("status", "email")])
def test_editing_a_field_shared_by_an_alias_leaves_the_other_field_alone(inventory, edited, other):
    path = inventory / "fields" / "akun.yaml"
    path.write_text(SHARED_BY_ALIAS)
    before = _registered(inventory)
    register_field(inventory, "akun", RegistrationRequest("users", edited, ("A.1.1",), ("B.4",)))
    after = _registered(inventory)
    assert after[edited] == (("A.1.1",), ("B.4",), False)
    assert after[other] == before[other] == (("A.1.1",), ("B.3.4",), True)
    assert after["created_at"] == before["created_at"]


def test_confirming_a_draft_shared_by_an_alias_confirms_only_that_field(inventory):
    path = inventory / "fields" / "akun.yaml"
    path.write_text(SHARED_BY_ALIAS)
    confirm_drafts(inventory, "akun", "users", "email")
    after = _registered(inventory)
    assert after["email"] == (("A.1.1",), ("B.3.4",), False)
    assert after["status"] == (("A.1.1",), ("B.3.4",), True)
    assert "# the login" in path.read_text()


def test_block_list_rewritten_keeps_its_items_comments_and_the_lines_after_it(inventory):
    path = inventory / "fields" / "akun.yaml"
    path.write_text(FOUR_SPACES)
    register_field(inventory, "akun", RegistrationRequest("users", "created_at", ("A.1.1", "A.2.2"), ("B.4",)))
    assert path.read_text() == FOUR_SPACES.replace(
        "                    - A.2.2    # when\n",
        "                    - A.1.1\n                    - A.2.2    # when\n                purposes: [B.4]\n",
    )
    block_last = FOUR_SPACES.replace("                note: set by the database\n", "")
    path.write_text(block_last)
    register_field(inventory, "akun", RegistrationRequest("users", "created_at", ("A.1.1",)))
    assert path.read_text() == block_last.replace("                    - A.2.2    # when\n",
                                                  "                    - A.1.1\n")


def test_check_seen_names_the_closest_tables_and_fields(inventory):
    from laci_audit.errors import RegistrationError
    from laci_audit.inventory.registry import check_seen, closest_names

    assert closest_names("oc_custmer", ["oc_customer", "oc_customer_online", "oc_order"]) == [
        "oc_customer", "oc_customer_online"]
    assert closest_names("EMAIL", ["Email", "status"]) == ["Email"]
    check_seen(inventory, "akun", "USERS", "Email")  # names compare without case, as SQL does
    check_seen(inventory, "akun", "users")
    with pytest.raises(RegistrationError, match=r"has no field 'emali' \(did you mean email\?\)"):
        check_seen(inventory, "akun", "users", "emali")
    with pytest.raises(RegistrationError, match=r"has no table 'orders'; --ahead"):
        check_seen(inventory, "akun", "orders", "id")
