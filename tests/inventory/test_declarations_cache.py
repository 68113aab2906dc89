"""The declarations cache: the same Declarations as from YAML, a changed file read again alone, a
damaged cache ignored and rewritten, and errors always from the files themselves."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from helpers import BUNDLED_INVENTORY, edit, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from laci_audit.errors import DeclarationError
from laci_audit.inventory.declarations import load_declarations
from laci_audit.inventory.declarations_cache import READS
from laci_audit.inventory.layout import InventoryFolder


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the bundled inventory, without any cache."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(BUNDLED_INVENTORY, tmp_path / "inventory", ignore=shutil.ignore_patterns(".laci-cache", "*.db"))
    return tmp_path / "inventory"


def reads_of(inventory: Path):
    """Declarations loaded, and how many files were parsed from YAML and read from the cache."""
    before = READS.copy()
    declarations = load_declarations(inventory)
    return declarations, READS["yaml"] - before["yaml"], READS["cache"] - before["cache"]


def test_a_second_load_comes_from_the_cache_and_is_the_same(bundled):
    files = 1 + len(InventoryFolder(bundled).fields_files())
    first, parsed, cached = reads_of(bundled)
    assert (parsed, cached) == (files, 0)
    second, parsed, cached = reads_of(bundled)
    assert (parsed, cached) == (0, files)
    assert second == first and len(second.registrations) > 50
    assert [r.file for r in second.registrations] == [r.file for r in first.registrations]


def test_a_changed_file_alone_is_read_again(bundled):
    load_declarations(bundled)
    tables_line = 1 + (bundled / "fields" / "akun.yaml").read_text().split("\ntables:\n")[0].count("\n") + 1
    edit(bundled / "fields" / "akun.yaml", "tables:\n", "tables:\n  dicatat_baru:\n    fields:\n"
                                                         "      kolom_baru: {categories: [A.1.1]}\n")
    declarations, parsed, cached = reads_of(bundled)
    assert parsed == 1 and cached == len(InventoryFolder(bundled).fields_files())
    [added] = [r for r in declarations.registrations if r.field == "kolom_baru"]
    assert (added.table, added.categories, added.line) == ("dicatat_baru", ("A.1.1",), tables_line + 3)
    shutil.rmtree(bundled / ".laci-cache")
    assert load_declarations(bundled) == declarations


@pytest.mark.parametrize("damage", ["{not json", json.dumps({"key": None}), "", "[]",
                                    json.dumps({"key": "x", "value": {"source": "akun"}})])
def test_a_damaged_cache_file_is_ignored_and_rewritten(bundled, damage):
    first = load_declarations(bundled)
    cache_file = bundled / ".laci-cache" / "declarations" / "fields" / "akun.yaml.json"
    key = json.loads(cache_file.read_text())["key"]
    cache_file.write_text(damage)
    assert load_declarations(bundled) == first
    assert json.loads(cache_file.read_text())["key"] == key
    document = json.loads(cache_file.read_text())
    document["value"]["registrations"][0] = ["too", "short"]  # the right key over a damaged body
    cache_file.write_text(json.dumps(document))
    assert load_declarations(bundled) == first


def test_errors_are_the_files_own_every_time(bundled):
    load_declarations(bundled)
    tables_line = 1 + (bundled / "fields" / "akun.yaml").read_text().split("\ntables:\n")[0].count("\n") + 1
    edit(bundled / "fields" / "akun.yaml", "tables:\n", "tables:\n  users_x:\n    fields:\n      a: {personal: maybe}\n")
    for _attempt in range(2):
        with pytest.raises(DeclarationError) as raised:
            load_declarations(bundled)
        assert str(raised.value).startswith(f"inventory/fields/akun.yaml:{tables_line + 3}: ")
        assert "'personal' must be true or false" in str(raised.value)


def test_a_cached_file_of_a_source_no_longer_declared_is_an_error(bundled):
    load_declarations(bundled)
    text = (bundled / "sources.yaml").read_text()
    start = text.index("  - name: akun\n")
    end = text.index("  - name:", start + 1)
    (bundled / "sources.yaml").write_text(text[:start] + text[end:])
    with pytest.raises(DeclarationError, match="registrations for undeclared source 'akun'"):
        load_declarations(bundled)


IDS = st.lists(st.sampled_from(["A.1.1", "A.2.3", "B.1", "B.4", "Ω.9"]), max_size=3, unique=True)
FIELD = st.fixed_dictionaries({}, optional={
    "categories": IDS, "purposes": IDS, "partners": st.lists(st.sampled_from(["mitra", "bank"]), max_size=2),
    "note": st.text("abc é", min_size=1, max_size=8).map(str.strip).filter(bool),
    "draft": st.booleans(), "retention": st.sampled_from(["1 year", "forever"]),
    "recipients": st.lists(st.sampled_from(["kurir", "bank"]), max_size=2), "legal_basis": st.just(["consent"]),
    "references": st.just("users.id"),
})
TABLE = st.fixed_dictionaries({"fields": st.dictionaries(st.sampled_from(["id", "Email", "no_hp", "nama"]), FIELD,
                                                         min_size=1, max_size=3)},
                              optional={"purposes": IDS, "retention": st.just("2 years"),
                                        "data_subjects": st.just(["pembeli"])})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tables=st.dictionaries(st.sampled_from(["Users", "orders", "shop.items"]), TABLE, max_size=3))
def test_cached_declarations_equal_parsed_ones(tables, monkeypatch):
    with tempfile.TemporaryDirectory() as folder:
        monkeypatch.chdir(folder)
        root = Path(folder) / "inventory"
        write(root / "sources.yaml", """
            sources:
              - name: akun
                kind: postgres
                url: postgresql://auditor@db.internal/akun
                timeout: 7.5
                owner: tim-akun
                purposes: [B.1]
                recipients: []
                schemas: [main, other]
            """)
        (root / "fields").mkdir()
        (root / "fields" / "akun.yaml").write_text(json.dumps({"source": "akun", "tables": tables}))  # JSON is YAML
        parsed, yaml_reads, _cached = reads_of(root)
        again, _parsed, cache_reads = reads_of(root)
        assert (yaml_reads, cache_reads) == (2, 2)
        assert again == parsed
        assert again.sources["akun"].options == {"url": "postgresql://auditor@db.internal/akun",
                                                     "schemas": ("main", "other"), "timeout": 7.5}
