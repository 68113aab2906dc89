"""Shared fixtures: the real policy, and small real inventories written to tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import POLICY_TEXT, write

from laci_audit.policy.text import import_policy


@pytest.fixture
def policy_text() -> str:
    return POLICY_TEXT.read_text(encoding="utf-8")


@pytest.fixture
def inventory(tmp_path: Path, monkeypatch) -> Path:
    """A small inventory: one postgres DDL source with its registrations and the real policy."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "inventory"
    shutil.copy(POLICY_TEXT, tmp_path / "kebijakan-privasi.txt")
    import_policy(tmp_path / "kebijakan-privasi.txt", root / "policy" / "taxonomy.yaml")
    write(root / "sources.yaml", """
        sources:
          - name: akun
            kind: ddl
            dialect: postgres
            path: schemas/akun/*.sql
            owner: tim-akun
            purposes: [B.1]
            data_subjects: [pembeli, penjual]
            legal_basis: [contract]
            retention: until the account is closed
            recipients: []
        """)
    write(root / "schemas" / "akun" / "001_users.sql", """
        CREATE TABLE users (
          id BIGSERIAL PRIMARY KEY,
          email VARCHAR(255) NOT NULL,
          created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
          status TEXT NOT NULL
        );
        """)
    write(root / "fields" / "akun.yaml", """
        # registrations of the akun source
        source: akun
        tables:
          users:
            purposes: [B.3.4]
            fields:
              id: {personal: false, reason: surrogate key}
              email: {categories: [A.1.1], purposes: [B.3.6]}
              created_at: {categories: [A.2.2]}
              status: {personal: false, reason: account state flag}
        """)
    return root
