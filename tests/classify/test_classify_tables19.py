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
