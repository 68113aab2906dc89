"""`report breach SOURCE [TABLE...]`: what a breach exposes, and the Pasal 46 notice."""

from __future__ import annotations

import shutil

import pytest
from helpers import BUNDLED_INVENTORY
from typer.testing import CliRunner

from laci_audit.answers.breach import breach_scope
from laci_audit.cli import app
from laci_audit.engine import audit_inventory
from laci_audit.errors import LaciError
from laci_audit.reports.breach import render_breach

runner = CliRunner()


@pytest.fixture(scope="module")
def bundled():
    return audit_inventory(BUNDLED_INVENTORY).result


def test_scope_of_two_payment_tables(bundled):
    scope = breach_scope(bundled, "pembayaran", ["pembayaran.token_kartu", "PEMBAYARAN.REKENING_REFUND"])
    assert scope.tables == ["pembayaran.token_kartu", "pembayaran.rekening_refund"]
    assert scope.owner == "tim-pembayaran" and list(scope.data_subjects) == ["pembeli"]
    assert scope.specific_data(bundled.taxonomy) == ["A.1.6"]
    unregistered = {f.name for f in scope.fields if not f.registered}
    assert unregistered == {"no_rekening", "nama_pemilik_rekening", "refund_id", "bank_id"}  # every column of a refund
    assert "B.4" in scope.purposes
    assert not {f.name for f in scope.fields} & {"id"}  # token_kartu.id is registered as not personal


def test_sensitive_field_without_a_category_is_specific_data(tmp_path):
    root = tmp_path / "inventory"
    shutil.copytree(BUNDLED_INVENTORY, root)
    with (root / "schemas" / "survei" / "survei.sql").open("a", encoding="utf-8") as ddl:
        ddl.write("ALTER TABLE responden ADD COLUMN blood_type TEXT;\n")
    result = audit_inventory(root).result
    scope = breach_scope(result, "survei", ["responden"])
    blood = next(f for f in scope.fields if f.name == "blood_type")
    assert blood.sensitive and blood.uncovered == "health data" and not blood.categories
    assert "health data (data dan informasi kesehatan)" in scope.specific_data(result.taxonomy)
    notice = render_breach(result, scope)
    assert "Data Pribadi yang bersifat spesifik: health data (data dan informasi kesehatan)" in notice
    assert "Specific personal data: health data (data dan informasi kesehatan)." in notice


def test_notice_has_the_three_parts_in_both_languages(bundled):
    scope = breach_scope(bundled, "pembayaran", ["pembayaran.token_kartu"])
    notice = render_breach(bundled, scope)
    indonesian, english = notice.split("## Notice of a personal data protection failure (English copy)")
    for heading in ("### 1. Data Pribadi yang terungkap", "### 2. Kapan dan bagaimana Data Pribadi terungkap",
                    "### 3. Upaya penanganan dan pemulihan"):
        assert heading in indonesian
    for heading in ("### 1. The personal data disclosed", "### 2. When and how the personal data was disclosed",
                    "### 3. Efforts to handle and recover"):
        assert heading in english
    assert "Data yang diserahkan saat Pengguna mengisi data-data pembayaran (A.1.6): user_id, token" in indonesian
    assert "- Payment data, including retail outlet data (A.1.6): user_id, token" in english
    assert "Data Pribadi yang bersifat spesifik: A.1.6." in indonesian
    assert "3 x 24 jam" in indonesian and "3 x 24 hours" in english


def test_unknown_source_or_table(bundled):
    with pytest.raises(LaciError, match="no source named 'kasir'"):
        breach_scope(bundled, "kasir")
    with pytest.raises(LaciError, match="has no table nope"):
        breach_scope(bundled, "akun", ["users", "nope"])


def test_cli_report_breach(inventory, tmp_path):
    target = tmp_path / "breach.md"
    result = runner.invoke(app, ["report", "breach", "akun", "users", "-i", str(inventory), "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Breach of `akun`") and "(A.1.1): email\n" in text and "(A.2.2): created_at\n" in text
    result = runner.invoke(app, ["report", "breach", "kasir", "-i", str(inventory)])
    assert result.exit_code == 2 and "no source named" in result.output and not (tmp_path / "x").exists()


def test_data_no_category_covers_is_named_in_both_notices(bundled):
    notice = render_breach(bundled, breach_scope(bundled, "survei", ["responden"]))
    indonesian, english = notice.split("## Notice of a personal data protection failure")
    assert "- religion, tidak tercakup kebijakan privasi: agama (belum terdaftar)" in indonesian
    assert "- religion, not covered by the privacy policy: agama (not registered)" in english


def test_a_breach_names_the_same_paths_to_people_as_locate_and_the_deletion_list(bundled):
    from laci_audit.answers.subjects import subject_paths

    scope = breach_scope(bundled, "pembayaran")
    paths = subject_paths(bundled, "pembayaran")
    graph = bundled.key_graphs["pembayaran"]
    assert scope.person_paths == {p.table: p.describe(graph) for p in paths.values() if p.table in scope.tables}
    assert scope.person_paths["pembayaran.rekening_refund"] == (
        "pembayaran.rekening_refund.refund_id -> pembayaran.refund.transaksi_id -> pembayaran.transaksi.user_id")
    assert "pembayaran.bank" not in scope.person_paths  # a lookup table is nobody's
