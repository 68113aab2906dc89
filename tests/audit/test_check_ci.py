"""The gate the way CI runs it: a git repository holding the bundled inventory, a pull request
that adds personal data nobody registered, `laci-audit check` failing on exactly those fields at
their lines, then passing once they are registered."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from helpers import BUNDLED_INVENTORY, REPO, write

NEW_DDL = """\
-- Seller verification (pull request #123)
CREATE TABLE verifikasi_penjual (
    no_ktp        VARCHAR(16) NOT NULL,
    tanggal_lahir DATE NOT NULL
);
"""
REGISTRATION = """
  verifikasi_penjual:
    purposes: [B.4, B.5]
    fields:
      no_ktp: {categories: [A.1.1], note: identity card of sellers}
      tanggal_lahir: {categories: [A.1.1]}
"""


def run(repo: Path, *args: str) -> subprocess.CompletedProcess:
    """Run a command in the repository as CI would (laci-audit from this source tree)."""
    command = [sys.executable, "-m", "laci_audit", *args[1:]] if args[0] == "laci-audit" else list(args)
    env = {**os.environ, "PYTHONPATH": str(REPO), "GIT_AUTHOR_NAME": "ci", "GIT_AUTHOR_EMAIL": "ci@example.invalid",
           "GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@example.invalid"}
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=60)


def commit(repo: Path, message: str) -> None:
    assert run(repo, "git", "add", "-A").returncode == 0
    assert run(repo, "git", "commit", "-q", "-m", message).returncode == 0


def test_gate_blocks_unregistered_personal_data_in_a_pull_request(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(BUNDLED_INVENTORY, repo / "inventory", ignore=shutil.ignore_patterns("laci-audit.db*"))
    assert run(repo, "git", "init", "-q").returncode == 0
    commit(repo, "inventory as it is on main")
    accepted = run(repo, "laci-audit", "baseline", "write", ".laci-audit-baseline.json")
    assert accepted.returncode == 0, accepted.stderr
    commit(repo, "accept the known gaps")
    assert run(repo, "laci-audit", "check", "--baseline", ".laci-audit-baseline.json").returncode == 0

    write(repo / "inventory" / "schemas" / "akun" / "005_verifikasi_penjual.sql", NEW_DDL)
    commit(repo, "add seller verification")
    failed = run(repo, "laci-audit", "check", "--baseline", ".laci-audit-baseline.json",
                 "--format", "sarif", "--output", "laci-audit.sarif")
    assert failed.returncode == 1, failed.stderr
    ddl = "inventory/schemas/akun/005_verifikasi_penjual.sql"
    failing, summary = failed.stderr.splitlines()[:-1], failed.stderr.splitlines()[-1]
    assert len(failing) == 2
    assert failing[0].startswith(f"{ddl}:3: error unregistered-personal: verifikasi_penjual.no_ktp looks like ")
    assert failing[1].startswith(f"{ddl}:4: error unregistered-personal: verifikasi_penjual.tanggal_lahir looks like ")
    assert summary.startswith("laci-audit check FAILED: 2 new at or above error")
    [sarif_run] = json.loads((repo / "laci-audit.sarif").read_text())["runs"]
    new = [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"])
           for r in sarif_run["results"] if r["baselineState"] == "new"]
    assert new == [("unregistered-personal", ddl, 3), ("unregistered-personal", ddl, 4)]

    fields_file = repo / "inventory" / "fields" / "akun.yaml"
    fields_file.write_text(fields_file.read_text() + REGISTRATION)
    commit(repo, "register the seller verification fields")
    passed = run(repo, "laci-audit", "check", "--baseline", ".laci-audit-baseline.json", "--format", "json")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    verdict = json.loads(passed.stdout)
    assert verdict["counts"]["new"] == 0 and verdict["counts"]["unmatched_baseline"] == 0
    assert passed.stderr.startswith("laci-audit check passed: 0 new at or above error")
