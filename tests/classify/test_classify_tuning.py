"""classifier.yaml: an organisation's own words, merged into the shipped vocabulary; bad files are
located errors."""

from __future__ import annotations

import pytest
from helpers import BUNDLED_INVENTORY, write

from laci_audit.classify import Classifier
from laci_audit.classify.tuning import load_tuning
from laci_audit.errors import DeclarationError
from laci_audit.inventory.layout import TAXONOMY_FILE
from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.records import Field

TAXONOMY = load_taxonomy(BUNDLED_INVENTORY / TAXONOMY_FILE)


def suggestions(tuning: dict, fields: list[Field]) -> dict:
    return Classifier(TAXONOMY, tuning).classify_source(fields)


def test_an_organisations_words_change_what_is_found(tmp_path):
    fields = [Field("bank", "nasabah_prioritas", "kd_rm"), Field("bank", "jadwal_piket", "pager"),
              Field("bank", "giro", "nominal"), Field("bank", "giro", "pemilik_ref"),
              Field("bank", "cabang_kantor", "kode_cabang")]
    plain = suggestions({}, fields)
    path = write(tmp_path / "classifier.yaml", """
        # LaciBank's words
        person_words: [nasabah_prioritas]
        concepts:
          phone: [pager]
        table_kinds:
          transaction: [giro]
        not_personal: [kode_cabang]
        """)
    tuned = suggestions(load_tuning(path), fields)
    assert not plain[("bank", "giro", "nominal")].personal
    assert tuned[("bank", "giro", "nominal")].categories[0] == "A.1.5"  # a transaction record now
    assert tuned[("bank", "nasabah_prioritas", "kd_rm")].personal  # every column of a person table
    assert not plain[("bank", "jadwal_piket", "pager")].personal
    assert tuned[("bank", "jadwal_piket", "pager")].categories == ("A.1.1",)  # a strong word now
    assert not tuned[("bank", "cabang_kantor", "kode_cabang")].personal


@pytest.mark.parametrize("text, message", [
    ("concepts:\n  emial: [x]\n", "unknown concept 'emial'"),
    ("table_kinds:\n  transaksi: [x]\n", "unknown table kind 'transaksi'"),
    ("person_words: nasabah\n", "classifier.yaml:1: 'person_words' must be a list of words"),
    ("words: [a]\n", "classifier.yaml:1: unknown key 'words'"),
    ("aliases:\n  nohp: [phone]\n", "classifier.yaml:2: alias 'nohp' must name words"),
])
def test_a_bad_tuning_file_is_a_located_error(tmp_path, text, message):
    path = write(tmp_path / "classifier.yaml", text)
    with pytest.raises(DeclarationError, match=message):
        Classifier(TAXONOMY, load_tuning(path))
