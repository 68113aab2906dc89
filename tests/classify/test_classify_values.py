"""Value detectors: each with values it must take and values it must refuse; and how sampled
values change a suggestion (counts only)."""

from __future__ import annotations

import pytest
from helpers import BUNDLED_INVENTORY

from laci_audit.classify import Classifier
from laci_audit.classify import values as v
from laci_audit.inventory.layout import TAXONOMY_FILE
from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.records import Field

CASES = {
    v.is_email: (["budi.santoso@example.co.id", "a+b@mail.example.com"], ["budi@", "not an email", "a@b"]),
    v.is_phone: (["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "(021) 5551234", "+44 20 7946 0958",
                  "(403) 262-3443"], ["12345", "2024", "08", "4032623443", "+0 123"]),
    v.is_ip_address: (["192.168.1.10", "2001:db8::1", "::1"], ["256.1.1.1", "1.2.3", "fe80::zz"]),
    v.is_imei: (["490154203237518", "35-209900-176148-1"], ["490154203237519", "12345678901234", "378282246310005"]),
    v.is_nik: (["3201014512900001", "3174055708850002"], ["3201019912900001", "0001014512900001",
                                                           "3201014513900001", "3201014512900000", "32010145129000"]),
    v.is_npwp: (["01.234.567.8-901.234"], ["012345678901234", "01.234.567.8-901"]),
    v.is_card_number: (["4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005"],
                       ["4111111111111112", "1234567812345670", "490154203237518"]),
    v.is_coordinate_pair: (["-6.2088, 106.8456", "(51.5007,-0.1246)"], ["-6.2, 106.8", "95.1234, 10.1234"]),
    v.is_user_agent: (["Mozilla/5.0 (Linux; Android 13; SM-A536E)", "okhttp/4.9.3", "Dalvik/2.1.0 (Linux; U)"],
                      ["Chrome", "android phone"]),
    v.is_person_name: (["Budi Santoso", "Siti Rahayu", "Mary Jones"], ["AC/DC", "Kursi Lipat 3", "Rock"]),
    v.is_street_address: (["Jl. Merdeka No. 10", "Gg. Mawar RT 03/RW 02", "1600 Amphitheatre Parkway",
                           "Theodor-Heuss-Straße 34", "Kalverstraat 92", "Dusun Krajan, Desa Sukamaju"],
                          ["Rock", "Jakarta", "42", "Redmi Note 12", "Pelanggan 5", "iPhone 15", "Kamar 12"]),
}


@pytest.mark.parametrize("detector", list(CASES), ids=lambda f: f.__name__)
def test_detector_takes_valid_and_refuses_invalid(detector):
    valid, invalid = CASES[detector]
    assert all(detector(value) for value in valid), [x for x in valid if not detector(x)]
    assert not any(detector(value) for value in invalid), [x for x in invalid if detector(x)]


def test_luhn():
    assert v.luhn_valid("79927398713") and not v.luhn_valid("79927398710") and not v.luhn_valid("12a4")


def test_nik_women_add_forty_to_the_day():
    assert v.is_nik("3201017112900001") and not v.is_nik("3201017212900001")


def test_birth_dates_are_judged_as_a_column():
    births = ["1961-02-03", "1975-05-05", "1988-12-12", "2001-03-04"]
    orders = ["2024-01-02", "2024-03-05", "2025-06-07", "2025-08-09"]
    [found] = v.detect(births)
    assert found.detector.name == "birth_date" and found.matched == 4
    assert not v.detect(orders)


def test_account_numbers_and_coordinates_count_only_when_the_name_says_so():
    digits = ["1234567890", "9876543210", "1122334455"]
    assert v.detect(digits, ("no", "rekening"))[0].detector.name == "account"
    assert not [e for e in v.detect(digits, ("order", "no")) if e.detector.name == "account"]


def test_evidence_holds_counts_not_values():
    [found] = [e for e in v.detect(["budi@example.com", "x", "siti@example.org"]) if e.detector.name == "email"]
    assert found.describe() == "values: 2/3 match email"
    assert "budi" not in repr(found)


@pytest.fixture(scope="module")
def classifier():
    return Classifier(load_taxonomy(BUNDLED_INVENTORY / TAXONOMY_FILE))


def test_values_make_an_unknown_name_personal(classifier):
    field = Field("s", "misc", "kolom_x", "TEXT")
    assert not classifier.classify(field).personal
    emails = [f"user{n}@example.com" for n in range(18)] + ["-", "n/a"]
    suggestion = classifier.classify(field, emails)
    assert suggestion.personal and suggestion.categories == ("A.1.1",)
    assert "values: 18/20 match email" in suggestion.evidence
    assert suggestion.values_convincing and not classifier.classify(field).values_convincing
    assert not any("user1@" in e for e in suggestion.evidence)


def test_values_confirm_a_name(classifier):
    field = Field("s", "users", "no_hp", "TEXT")
    assert classifier.classify(field, ["081234567890", "+6281298765432", "0857-1234-5678"]).confidence > \
        classifier.classify(field).confidence


def test_few_matches_do_not_convince(classifier):
    field = Field("s", "tracks", "composer", "TEXT")
    suggestion = classifier.classify(field, ["Budi Santoso", "AC/DC", "Queen", "Metallica", "Various"])
    assert not suggestion.personal and "values: 1/5 match person name (name lists)" in suggestion.evidence
    assert not suggestion.values_convincing
