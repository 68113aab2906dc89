"""The table pass on the shapes round 17's misses showed: a head teacher's table, and others
(rules of general reading, each with the shape that needs it)."""

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


def judge(classifier: Classifier, *tables: tuple[str, list[tuple[str, str]]]) -> dict[tuple[str, str], object]:
    """Suggestions by (table, column) for one source of (table, [(column, type), ...]) each; a type
    ending in ' PRIMARY KEY' declares the column (one of) the table's key, as DDL does."""
    fields = [Field("s", table, name, data_type.removesuffix(" PRIMARY KEY"),
                    primary_key=data_type.endswith(" PRIMARY KEY"))
              for table, columns in tables for name, data_type in columns]
    return {(table, name): suggestion for (_s, table, name), suggestion in classifier.classify_source(fields).items()}


def test_a_table_of_head_teachers_holds_people_not_the_school(classifier):
    """tb_kepala_sekolah is the head teachers (their NIP, name, address), not the school's record."""
    judged = judge(classifier,
                   ("tb_kepala_sekolah", [("id_kepala_sekolah", "INT"), ("nip", "VARCHAR(20)"),
                                          ("nama_kepala_sekolah", "VARCHAR(100)"), ("alamat_jalan", "TEXT"),
                                          ("rt", "VARCHAR(3)"), ("kode_pos", "VARCHAR(5)"),
                                          ("id_status_kepegawaian", "INT")]),
                   ("tb_sekolah", [("id_sekolah", "INT"), ("nama_sekolah", "VARCHAR(100)"), ("npsn", "VARCHAR(8)"),
                                   ("alamat", "TEXT"), ("logo", "VARCHAR(100)")]))
    for column in ("id_kepala_sekolah", "nip", "nama_kepala_sekolah", "alamat_jalan", "rt", "id_status_kepegawaian"):
        assert judged[("tb_kepala_sekolah", column)].personal, column
    assert judged[("tb_kepala_sekolah", "nip")].record == "person"
    assert not judged[("tb_sekolah", "nama_sekolah")].personal


def test_a_message_whose_two_ends_are_named_from_and_to_is_between_people(classifier):
    """A video site's private messages: message_from (a user's number) and message_to name the
    sender and the recipients though no id word says so; the message is theirs (A.1.4)."""
    judged = judge(classifier,
                   ("cb_users", [("userid", "INT"), ("username", "VARCHAR(60)"), ("email", "VARCHAR(200)")]),
                   ("cb_messages", [("message_id", "INT"), ("message_from", "INT"), ("message_to", "VARCHAR(200)"),
                                    ("message_content", "MEDIUMTEXT"), ("message_subject", "MEDIUMTEXT"),
                                    ("date_added", "DATETIME"), ("message_status", "ENUM('unread','read')")]))
    for column in ("message_id", "message_from", "message_to", "message_content", "date_added", "message_status"):
        assert judged[("cb_messages", column)].personal, column
    assert judged[("cb_messages", "message_content")].categories[0] == "A.1.4"


def test_a_range_from_and_to_is_no_message_between_people(classifier):
    """A message template valid from and to two dates names no ends of a message."""
    judged = judge(classifier,
                   ("message_templates", [("id", "INT"), ("valid_from", "DATE"), ("valid_to", "DATE"),
                                          ("body", "TEXT")]))
    assert not judged[("message_templates", "body")].personal


PASIEN = ("pasien", [("id_pasien", "INT"), ("nama_pasien", "VARCHAR(100)"), ("nik", "VARCHAR(16)"),
                     ("tanggal_lahir", "DATE")])


def test_an_assessment_a_patients_visit_points_at_is_the_patients_health_data(classifier):
    """A clinic's visit record holds the key of its diarrhoea assessment (id_diare -> diare), whose
    own columns name no one: the assessment is part of the patient's medical record, and so is a
    lab result keyed to a lab examination the visit points at through its lab lines; the clinic's
    list of units (poli, with its name) the visit also points at stays reference data."""
    judged = judge(classifier, PASIEN,
                   ("poli", [("id_poli", "INT"), ("nama_poli", "VARCHAR(50)")]),
                   ("remed_poli_umum", [("id_remed_umum", "INT"), ("tanggal_kunjungan", "DATE"),
                                        ("diagnosa", "TEXT"), ("id_diare", "INT"), ("id_poli", "INT"),
                                        ("id_pasien", "INT")]),
                   ("diare", [("id_diare", "INT"), ("etiologi_diare", "TEXT"), ("derajat_dehidrasi", "VARCHAR(20)"),
                              ("keterangan", "TEXT")]),
                   ("remed_umum_lab", [("id_remed_umum", "INT PRIMARY KEY"),
                                       ("id_pemeriksaan_lab", "INT PRIMARY KEY")]),
                   ("pemeriksaan_lab", [("id_pemeriksaan_lab", "INT"), ("tanggal_pemeriksaan", "DATE"),
                                        ("keterangan", "VARCHAR(45)")]),
                   ("hiv", [("id_hiv", "INT"), ("hasil_akhir", "VARCHAR(45)"), ("id_pemeriksaan_lab", "INT")]))
    for cell in (("diare", "etiologi_diare"), ("diare", "derajat_dehidrasi"),
                 ("pemeriksaan_lab", "tanggal_pemeriksaan"), ("hiv", "hasil_akhir")):
        assert judged[cell].personal, cell
        assert judged[cell].uncovered == "health data" and judged[cell].sensitive, cell
    assert not judged[("poli", "nama_poli")].personal


def test_a_stock_transfer_between_branches_entered_by_a_cashier_is_the_shops(classifier):
    """A repair shop's transfer of stock from one branch to another, keyed only to the user who
    entered it (and a cart of one, to the cashier), is the shop's; a transfer naming a customer
    stays theirs."""
    judged = judge(classifier,
                   ("user", [("user_id", "INT"), ("user_nama", "VARCHAR(100)"), ("user_email", "VARCHAR(100)"),
                             ("user_password", "VARCHAR(100)")]),
                   ("transfer", [("transfer_id", "INT"), ("transfer_ref", "VARCHAR(20)"), ("transfer_date", "DATE"),
                                 ("transfer_pengirim_cabang", "INT"), ("transfer_penerima_cabang", "INT"),
                                 ("transfer_status", "INT"), ("transfer_user", "INT")]),
                   ("keranjang_transfer", [("keranjang_transfer_id", "INT"), ("barang_id", "INT"),
                                           ("keranjang_transfer_qty", "INT"), ("keranjang_pengirim_cabang", "INT"),
                                           ("keranjang_penerima_cabang", "INT"),
                                           ("keranjang_transfer_id_kasir", "INT")]),
                   ("mutasi_pelanggan", [("id", "INT"), ("id_cabang_asal", "INT"), ("id_cabang_tujuan", "INT"),
                                         ("id_pelanggan", "INT"), ("id_user", "INT"), ("tanggal", "DATE")]))
    for cell in (("transfer", "transfer_ref"), ("transfer", "transfer_date"), ("transfer", "transfer_status"),
                 ("keranjang_transfer", "keranjang_transfer_qty")):
        assert not judged[cell].personal, cell
    assert judged[("mutasi_pelanggan", "tanggal")].personal


def test_a_yes_or_no_column_about_a_tax_id_is_no_persons_identity_number(classifier):
    """A shop's tax rates say whether a rate applies to customers with or without a tax id
    (TINYINT(1) UNSIGNED flags): reference data, not a person's row; a tax id column that holds
    the number keeps the row a person's."""
    judged = judge(classifier,
                   ("lc_tax_rates", [("id", "INT(10) UNSIGNED"), ("tax_class_id", "INT(10) UNSIGNED"),
                                     ("name", "VARCHAR(64)"), ("rate", "DECIMAL(10,4)"),
                                     ("rule_individuals_with_tax_id", "TINYINT(1) UNSIGNED"),
                                     ("date_updated", "TIMESTAMP")]),
                   ("wajib_pajak", [("id", "INT"), ("tax_id", "VARCHAR(20)"), ("tanggal_daftar", "DATE")]))
    for column in ("id", "tax_class_id", "name", "rate", "date_updated"):
        assert not judged[("lc_tax_rates", column)].personal, column
    assert judged[("wajib_pajak", "tanggal_daftar")].personal


def test_a_hotel_a_partner_runs_is_a_business_not_the_partners_record(classifier):
    """A booking component's hotel has its own name, address, phone, e-mail and website and the
    key of the partner who runs it (partner_id -> customers, a person or a company): the hotel is
    a business, and its room types are its catalogue; the customers stay personal."""
    judged = judge(classifier,
                   ("sr_customers", [("id", "INT"), ("user_id", "INT"), ("firstname", "VARCHAR(255)"),
                                     ("lastname", "VARCHAR(255)"), ("phonenumber", "VARCHAR(45)")]),
                   ("sr_reservation_assets", [("id", "INT"), ("name", "VARCHAR(255)"), ("alias", "VARCHAR(255)"),
                                              ("address_1", "VARCHAR(255)"), ("city", "VARCHAR(45)"),
                                              ("phone", "VARCHAR(30)"), ("email", "VARCHAR(50)"),
                                              ("website", "VARCHAR(255)"), ("rating", "TINYINT(3)"),
                                              ("partner_id", "INT")]),
                   ("sr_room_types", [("id", "INT"), ("reservation_asset_id", "INT"), ("name", "VARCHAR(255)"),
                                      ("occupancy_max", "INT")]))
    for cell in (("sr_reservation_assets", "name"), ("sr_reservation_assets", "address_1"),
                 ("sr_reservation_assets", "rating"), ("sr_room_types", "name"), ("sr_room_types", "occupancy_max")):
        assert not judged[cell].personal, cell
    assert judged[("sr_customers", "firstname")].personal
