"""`laci-audit init`: a new inventory that audits as it stands, on the policy shipped with the package."""

from __future__ import annotations

import subprocess

import pytest
from helpers import POLICY_TEXT, REPO
from typer.testing import CliRunner

from laci_audit import __version__
from laci_audit.audit.gate import find_config
from laci_audit.audit.rules import RULES
from laci_audit.cli import app
from laci_audit.engine import audit
from laci_audit.errors import LaciError
from laci_audit.inventory.declarations import load_sources
from laci_audit.inventory.layout import BUNDLED_POLICY_TEXT, BUNDLED_TAXONOMY
from laci_audit.inventory.starter import init_inventory
from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.policy.text import import_policy
from laci_audit.sources import KINDS

runner = CliRunner()


def test_init_writes_an_inventory_that_audits_on_the_built_in_policy(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    written = init_inventory(tmp_path / "inv", "Toko Contoh")
    assert [p.relative_to(tmp_path / "inv").as_posix() for p in written] == [
        "sources.yaml", "fields/README.md", "laci-audit.yaml", ".gitignore"]
    result = audit(tmp_path / "inv")
    assert result.scans == [] and result.taxonomy.bundled
    assert result.taxonomy.title == "policy 2c42c40c2365 (built in)"
    assert {f.rule for f in result.findings} == {"unused-category"}
    assert all(f.file is None for f in result.findings)  # no path of this machine
    config = find_config(tmp_path / "inv")
    assert config.organisation == "Toko Contoh" and config.keep_scans == 10
    assert config.severities == {rule.id: rule.severity for rule in RULES.values()}


def test_each_kind_has_an_example_that_declares_a_valid_source(tmp_path):
    init_inventory(tmp_path, "LaciMartKTUM")
    sources_file = tmp_path / "sources.yaml"
    text = sources_file.read_text()
    uncommented = "\n".join(line[2:] if line.startswith("#   ") else line for line in text.splitlines())
    sources_file.write_text(uncommented)
    declared = load_sources(sources_file)
    assert sorted(source.kind for source in declared.values()) == sorted(KINDS)


def test_init_refuses_an_existing_inventory_and_writes_nothing(tmp_path):
    (tmp_path / "sources.yaml").write_text("sources: []\n")
    with pytest.raises(LaciError, match=r"sources.yaml already exists: .* holds an inventory"):
        init_inventory(tmp_path, "LaciMartKTUM")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sources.yaml"]


def test_the_gitignore_keeps_the_database_and_caches_out(tmp_path):
    init_inventory(tmp_path / "inv", "LaciMartKTUM")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    made = ["inv/laci-audit.db", "inv/laci-audit.db-journal", "inv/.laci-cache/ddl/x", "inv/fields/.akun.yaml.lock"]
    for name in made:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    ignored = subprocess.run(["git", "-C", str(tmp_path), "check-ignore", *made], capture_output=True, text=True)
    assert ignored.stdout.split() == made
    kept = subprocess.run(["git", "-C", str(tmp_path), "check-ignore", "inv/sources.yaml"], capture_output=True)
    assert kept.returncode == 1


def test_the_bundled_policy_is_the_repository_policy():
    assert BUNDLED_POLICY_TEXT.read_text(encoding="utf-8") == POLICY_TEXT.read_text(encoding="utf-8")
    bundled = load_taxonomy(BUNDLED_TAXONOMY)
    assert bundled.sha256 == load_taxonomy(REPO / "inventory" / "policy" / "taxonomy.yaml").sha256
    assert bundled.items == load_taxonomy(REPO / "inventory" / "policy" / "taxonomy.yaml").items


def test_policy_import_records_the_text_relative_to_the_inventory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "shared").mkdir()
    text = (tmp_path / "shared" / "kebijakan.txt")
    text.write_text(POLICY_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    taxonomy_file = tmp_path / "inv" / "policy" / "taxonomy.yaml"
    import_policy(text.resolve(), taxonomy_file)
    assert "  file: ../../shared/kebijakan.txt\n" in taxonomy_file.read_text()
    assert load_taxonomy(taxonomy_file).text_path == "shared/kebijakan.txt"


def test_cli_init_and_version(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "inv", "--organisation", "Toko Contoh"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:4] == ["wrote inv/sources.yaml", "wrote inv/fields/README.md",
                                              "wrote inv/laci-audit.yaml", "wrote inv/.gitignore"]
    assert 'organisation: "Toko Contoh"' in (tmp_path / "inv" / "laci-audit.yaml").read_text()
    again = runner.invoke(app, ["init", "inv"])
    assert again.exit_code == 2 and again.output.startswith("laci-audit: error: inv/sources.yaml already exists")
    audited = runner.invoke(app, ["audit", "-i", "inv", "--format", "markdown"])
    assert audited.exit_code == 0 and "(policy 2c42c40c2365 (built in))" in audited.output
    version = runner.invoke(app, ["--version"])
    assert (version.exit_code, version.output) == (0, f"laci-audit {__version__}\n")
