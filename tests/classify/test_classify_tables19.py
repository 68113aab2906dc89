"""The table pass on shapes the seen rounds' misses showed (tables19): whose record a table is."""

from __future__ import annotations

from helpers import classify, source


def test_a_customer_table_with_an_indonesian_contact_person_is_of_companies(classifier):
    """A haulage company's customers are companies: the row names its `kontak_person` (Indonesian
    for contact person). The customer's own name and address, and the tariffs and invoices keyed to
    it, are no one's; the contact person is personal."""
    judged = classify(classifier, source(
        ("customer", [("customer_id", "INT PRIMARY KEY"), ("customer_name", "VARCHAR(50)"),
                      ("customer_alamat", "TEXT"), ("customer_kontak_person", "VARCHAR(50)"),
                      ("customer_telp", "VARCHAR(20)"), ("customer_keterangan", "TEXT")]),
        ("rute", [("rute_id", "INT PRIMARY KEY"), ("customer_id", "INT"), ("rute_dari", "VARCHAR(50)"),
                  ("rute_ke", "VARCHAR(50)"), ("rute_tagihan", "INT")]),
        ("invoice", [("invoice_kode", "VARCHAR(50)"), ("customer_id", "INT"), ("tanggal_invoice", "DATE"),
                     ("grand_total", "INT"), ("status_bayar", "VARCHAR(25)")])))
    for table, column in (("customer", "customer_name"), ("customer", "customer_alamat"),
                          ("customer", "customer_keterangan"), ("rute", "rute_dari"), ("rute", "rute_tagihan"),
                          ("invoice", "grand_total"), ("invoice", "tanggal_invoice")):
        assert not judged[(table, column)].personal, (table, column)
    assert judged[("customer", "customer_kontak_person")].personal


def test_a_table_giving_a_religion_and_a_spouse_is_of_people(classifier):
    """A city council's members listed by the body they sit in (`badan`, no person word in its
    name): a religion and a spouse's name are had only by a person, so the row is a member's
    profile, their name, address and photo personal; the lookup of the bodies is not."""
    judged = classify(classifier, source(
        ("kategori_badan", [("badan_kategori_id", "INT PRIMARY KEY"), ("badan_kategori", "VARCHAR(200)")]),
        ("badan", [("badan_id", "INT PRIMARY KEY"), ("badan_nama", "VARCHAR(200)"), ("badan_jabatan", "VARCHAR(200)"),
                   ("badan_kategori_id", "INT"), ("badan_image", "VARCHAR(100)"), ("badan_agama", "INT"),
                   ("badan_suamiistri", "VARCHAR(255)"), ("badan_alamat", "LONGTEXT")])))
    for column in ("badan_id", "badan_nama", "badan_jabatan", "badan_image", "badan_alamat"):
        assert judged[("badan", column)].personal, column
    assert judged[("badan", "badan_nama")].record == "person"
    assert not judged[("kategori_badan", "badan_kategori")].personal


def test_a_religion_alone_makes_no_table_of_people(classifier):
    """A school's classes by the religion taught in them name no one."""
    judged = classify(classifier, source(
        ("kelas_agama", [("id", "INT PRIMARY KEY"), ("nama_kelas", "VARCHAR(50)"), ("agama", "VARCHAR(20)")])))
    assert not judged[("kelas_agama", "nama_kelas")].personal
