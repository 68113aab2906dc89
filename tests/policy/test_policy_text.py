"""The policy parser on the real text and on changed copies; the taxonomy file round trip."""

from __future__ import annotations

import pytest

from laci_audit.errors import PolicyError
from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.policy.text import import_policy, parse_policy_text

EXPECTED_CATEGORIES = [
    "A.1.1", "A.1.2", "A.1.3", "A.1.4", "A.1.5", "A.1.6", "A.1.7",
    "A.2.1", "A.2.2", "A.2.3", "A.2.4", "A.2.5",
    "A.3.1", "A.3.2", "A.3.3", "A.3.4",
]
EXPECTED_PURPOSES = [
    "B.1", "B.2.1", "B.2.2", "B.2.3", "B.3.1", "B.3.2", "B.3.3", "B.3.4", "B.3.5", "B.3.6", "B.4", "B.5", "B.6",
]


def test_real_policy_has_every_numbered_item(policy_text):
    taxonomy = parse_policy_text(policy_text)
    assert [c.id for c in taxonomy.categories()] == EXPECTED_CATEGORIES
    assert [p.id for p in taxonomy.purposes()] == EXPECTED_PURPOSES
    assert taxonomy.items["A.1.1"].parent == "A.1"
    assert taxonomy.items["A.1"].parent == "A"
    assert taxonomy.items["B.4"].parent == "B"
    assert taxonomy.children("B.3") == ["B.3.1", "B.3.2", "B.3.3", "B.3.4", "B.3.5", "B.3.6"]
    assert "C" not in taxonomy.items and "D" not in taxonomy.items


def test_real_policy_texts_and_terms(policy_text):
    items = parse_policy_text(policy_text).items
    assert items["A.1.1"].text.startswith("membuat atau memperbarui akun LaciMartKTUM")
    assert items["A.1.1"].terms == (
        "nama pengguna", "username", "alamat email", "nomor telepon", "password", "alamat", "foto",
    )
    assert {"nomor IMEI", "pengenal iklan", "sistem operasi", "nomor seri"} <= set(items["A.2.4"].terms)
    assert {"alamat IP", "lokasi Wi-Fi", "geo-location"} <= set(items["A.2.1"].terms)
    assert {"alamat pengiriman", "kanal pembayaran"} <= set(items["A.1.5"].terms)
    assert {"email", "nomor telepon", "gender", "tanggal lahir"} <= set(items["A.3.2"].terms)
    assert "gerai ritel" in items["A.1.6"].terms
    assert "jenis peramban" in items["A.2.5"].terms


def test_changed_policy_item_added_and_removed(policy_text):
    removed = policy_text.replace(
        "    4. data berupa email dari penyedia layanan pemasaran.\n", ""
    )
    added = removed.replace(
        "  2. Data yang terekam",
        "    8. data kesehatan berupa riwayat penyakit dan golongan darah;\n  2. Data yang terekam",
    )
    assert added != policy_text
    taxonomy = parse_policy_text(added)
    ids = [c.id for c in taxonomy.categories()]
    assert "A.3.4" not in ids
    assert "A.1.8" in ids
    assert taxonomy.items["A.1.8"].parent == "A.1"
    assert {"riwayat penyakit", "golongan darah"} <= set(taxonomy.items["A.1.8"].terms)
    assert taxonomy.sha256 != parse_policy_text(policy_text).sha256


def test_text_without_sections_is_an_error():
    with pytest.raises(PolicyError, match="no section A"):
        parse_policy_text("Kebijakan Privasi\n\nTidak ada daftar.\n", "empty.txt")


def test_duplicate_number_is_an_error(policy_text):
    doubled = policy_text.replace("    2. menghubungi LaciMartKTUM", "    1. menghubungi LaciMartKTUM")
    with pytest.raises(PolicyError, match=r"A\.1\.1 is numbered twice") as error:
        parse_policy_text(doubled, "doubled.txt")
    assert str(error.value).startswith("doubled.txt:")


def test_import_writes_labels_and_keeps_hand_edits(tmp_path, policy_text):
    text_path = tmp_path / "kebijakan.txt"
    text_path.write_text(policy_text, encoding="utf-8")
    target = tmp_path / "policy" / "taxonomy.yaml"
    first = import_policy(text_path, target)
    assert first.items["A.1.1"].label_en.startswith("Account data")
    assert first.items["A.1.6"].spesifik and first.items["A.3.3"].spesifik
    assert not first.items["A.1.1"].spesifik
    edited = target.read_text(encoding="utf-8").replace(
        "label_en: Survey answers", "label_en: Answers to surveys"
    )
    target.write_text(edited, encoding="utf-8")
    second = import_policy(text_path, target)
    assert second.items["A.1.3"].label_en == "Answers to surveys"
    loaded = load_taxonomy(target)
    assert loaded.items == second.items
    assert loaded.sha256 == first.sha256
    assert loaded.imported == first.imported


def test_load_missing_taxonomy_says_what_to_run(tmp_path):
    with pytest.raises(PolicyError, match="policy import"):
        load_taxonomy(tmp_path / "taxonomy.yaml")


def test_bundled_taxonomy_matches_the_bundled_text(policy_text):
    from helpers import BUNDLED_INVENTORY

    bundled = load_taxonomy(BUNDLED_INVENTORY / "policy" / "taxonomy.yaml")
    parsed = parse_policy_text(policy_text)
    assert bundled.sha256 == parsed.sha256
    assert {i: (it.text, it.terms) for i, it in bundled.items.items()} == {
        i: (it.text, it.terms) for i, it in parsed.items.items()
    }
    assert all(item.label_en for item in bundled.items.values())


def test_shipped_labels_are_well_formed():
    from laci_audit.policy.taxonomy import builtin_labels

    labels = builtin_labels()
    assert all(set(entry) <= {"label_en", "spesifik"} for entry in labels.values())
    assert all(isinstance(entry["label_en"], str) and entry["label_en"] for entry in labels.values())
    assert [item_id for item_id, entry in labels.items() if entry.get("spesifik")] == ["A.1.6", "A.3.3"]


def test_label_of_an_item_with_and_without_an_english_label(policy_text):
    parsed = parse_policy_text(policy_text)  # no English labels: the policy text stands in
    assert not parsed.items["A.1.6"].label_en and parsed.label("A.1.6") == parsed.items["A.1.6"].text
    from helpers import BUNDLED_INVENTORY

    labelled = load_taxonomy(BUNDLED_INVENTORY / "policy" / "taxonomy.yaml")
    assert labelled.label("A.1.6") == "Payment data, including retail outlet data"
    assert labelled.label("B.9.9") == "not in the policy"


def test_missing_or_undecodable_policy_text_names_the_file_once(tmp_path):
    with pytest.raises(PolicyError) as missing:
        import_policy(tmp_path / "nope.txt", tmp_path / "taxonomy.yaml")
    assert str(missing.value).endswith("nope.txt: cannot read the policy text: No such file or directory")
    assert str(missing.value).count("nope.txt") == 1
    latin = tmp_path / "latin.txt"
    latin.write_bytes("A. Data Pribadi yang dikumpulkan \xe9".encode("latin-1"))
    with pytest.raises(PolicyError, match="latin.txt: the policy text is not UTF-8 text"):
        import_policy(latin, tmp_path / "taxonomy.yaml")
    assert not (tmp_path / "taxonomy.yaml").exists()


def test_version_does_not_depend_on_line_endings_or_a_bom(policy_text):
    version = parse_policy_text(policy_text).sha256
    assert parse_policy_text(policy_text.replace("\n", "\r\n")).sha256 == version
    assert parse_policy_text("\ufeff" + policy_text).sha256 == version
    assert parse_policy_text(policy_text.replace("alamat email", "surel")).sha256 != version
