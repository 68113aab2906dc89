"""The table pass's kind of record for tables about a person, by what their names and keys say:
shapes of real schemas (small Indonesian hospital and clinic applications, OpenClinic)."""

from __future__ import annotations

import pytest
from helpers import BUNDLED_INVENTORY

from laci_audit.classify import Classifier
from laci_audit.inventory.layout import TAXONOMY_FILE
from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.records import Field


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(load_taxonomy(BUNDLED_INVENTORY / TAXONOMY_FILE))


def source(*tables: tuple[str, list[tuple[str, str]]]) -> list[Field]:
    """Fields of one source: (table, [(column, type), ...]) each."""
    return [Field("s", table, name, data_type) for table, columns in tables for name, data_type in columns]


def classify(classifier: Classifier, fields: list[Field]) -> dict[tuple[str, str], object]:
    """Suggestions by (table, column), names casefolded."""
    return {(table, name): suggestion for (_s, table, name), suggestion in classifier.classify_source(fields).items()}


PATIENTS = ("pasien", [("id_pasien", "INT(11)"), ("no_rm", "VARCHAR(20)"), ("nama_pasien", "VARCHAR(100)"),
                       ("tgl_lahir", "DATE"), ("alamat", "TEXT")])


def test_a_patients_history_is_their_medical_history(classifier):
    """A patient's riwayat (history) of medicines given or of earlier illnesses is health data,
    UU PDP specific data; a log of who opened the patient's record stays a log (A.2.5)."""
    judged = classify(classifier, source(
        PATIENTS,
        ("riwayat_pemberian_obat", [("id", "INT(11)"), ("id_pasien", "INT(11)"), ("nama_obat", "VARCHAR(100)"),
                                    ("dosis", "VARCHAR(50)"), ("tanggal", "DATETIME"), ("keterangan", "TEXT")]),
        ("history_tbl", [("id_history", "INT"), ("id_pasien", "INT"), ("past_surgery", "TEXT"),
                         ("family_illness", "TEXT"), ("created_at", "DATETIME")]),
        ("log_pasien", [("id", "INT(11)"), ("id_pasien", "INT(11)"), ("aksi", "VARCHAR(50)"),
                        ("ip_address", "VARCHAR(45)"), ("waktu", "DATETIME")])))
    for cell in (("riwayat_pemberian_obat", "nama_obat"), ("riwayat_pemberian_obat", "tanggal"),
                 ("history_tbl", "past_surgery"), ("history_tbl", "created_at")):
        assert judged[cell].personal and judged[cell].uncovered == "health data" and judged[cell].sensitive, cell
    assert judged[("log_pasien", "aksi")].record == "log"
    assert judged[("log_pasien", "aksi")].categories[0] == "A.2.5"


def test_a_log_of_e_payments_is_of_payments(classifier):
    """A2Billing-like cc_epayment_log: each row an e-payment (epayment glued) a customer made, its
    amount and method: payment data (A.1.6), not an access log."""
    judged = classify(classifier, source(
        ("customers", [("id", "BIGINT"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(70)"),
                       ("firstname", "VARCHAR(50)")]),
        ("epayment_log", [("id", "BIGINT"), ("customer_id", "BIGINT"), ("amount", "DECIMAL(15,5)"),
                          ("paymentmethod", "VARCHAR(50)"), ("status", "INT"), ("creationdate", "TIMESTAMP")])))
    for column in ("id", "amount", "status", "creationdate"):
        assert judged[("epayment_log", column)].record == "payment", column
        assert judged[("epayment_log", column)].categories[0] == "A.1.6", column


def test_a_persons_gift_card_is_a_payment_instrument(classifier):
    """Open Source POS giftcards: a card a customer pays with, its number and value held by the
    person's id: payment data (A.1.6)."""
    judged = classify(classifier, source(
        ("people", [("person_id", "INT(10)"), ("first_name", "VARCHAR(255)"), ("last_name", "VARCHAR(255)"),
                    ("email", "VARCHAR(255)")]),
        ("giftcards", [("giftcard_id", "INT(11)"), ("giftcard_number", "VARCHAR(255)"), ("value", "DECIMAL(15,2)"),
                       ("deleted", "INT(1)"), ("person_id", "INT(10)"), ("record_time", "TIMESTAMP")])))
    for column in ("giftcard_id", "value", "record_time"):
        assert judged[("giftcards", column)].record == "payment", column
        assert judged[("giftcards", column)].categories[0] == "A.1.6", column


def test_a_players_hotkeys_are_saved_settings(classifier):
    """A game server's hotkeys: the keys a player bound to skills, kept by the account's id: their
    saved settings (A.2.3)."""
    judged = classify(classifier, source(
        ("login", [("account_id", "INT(11)"), ("userid", "VARCHAR(23)"), ("user_pass", "VARCHAR(32)"),
                   ("email", "VARCHAR(39)")]),
        ("hotkeys", [("account_id", "INT(11)"), ("hotkey", "TINYINT(2)"), ("type", "TINYINT(1)"),
                     ("itemskill_id", "INT(11)"), ("skill_lvl", "TINYINT(4)")])))
    for column in ("hotkey", "type", "skill_lvl"):
        assert judged[("hotkeys", column)].record == "preference", column
        assert judged[("hotkeys", column)].categories[0] == "A.2.3", column
