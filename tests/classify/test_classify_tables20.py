"""The table pass on shapes round 19's misses showed (tables20): whose record a table is."""

from __future__ import annotations

from dataclasses import replace

from helpers import classify, source

_TENANT = ("tenant_id", "BIGINT")


def _saas_cooperative(*extra):
    """A savings-and-loan co-operative application sold as a service: every table is partitioned
    by the client co-operative (tenant_id -> tenants)."""
    return source(
        ("tenants", [("id", "BIGINT PRIMARY KEY"), ("nama", "VARCHAR(255)"), ("badan_hukum", "VARCHAR(255)"),
                     ("npwp", "VARCHAR(255)"), ("alamat", "VARCHAR(255)"), ("telp", "VARCHAR(255)"),
                     ("email", "VARCHAR(255)"), ("plan", "VARCHAR(255)"), ("subscription_until", "DATE")]),
        ("users", [("id", "BIGINT PRIMARY KEY"), _TENANT, ("name", "VARCHAR(255)"), ("email", "VARCHAR(255)"),
                   ("password", "VARCHAR(255)")]),
        ("anggota", [("id", "BIGINT PRIMARY KEY"), _TENANT, ("nomor_anggota", "VARCHAR(30)"), ("nama", "VARCHAR(255)"),
                     ("nik", "VARCHAR(20)"), ("alamat", "TEXT"), ("user_id", "BIGINT")]),
        ("simpanan", [("id", "BIGINT PRIMARY KEY"), _TENANT, ("anggota_id", "BIGINT"), ("saldo", "BIGINT")]),
        ("coa", [("id", "BIGINT PRIMARY KEY"), _TENANT, ("kode", "VARCHAR(20)"), ("nama", "VARCHAR(255)"),
                 ("saldo_normal", "VARCHAR(10)")]),
        ("anggaran", [("id", "BIGINT PRIMARY KEY"), _TENANT, ("coa_id", "BIGINT"), ("tahun", "INT"),
                      ("jumlah", "BIGINT")]),
        ("periode_akuntansi", [("id", "BIGINT PRIMARY KEY"), _TENANT, ("tahun", "INT"), ("bulan", "INT"),
                               ("is_closed", "TINYINT(1)")]),
        ("produk_pinjaman", [("id", "BIGINT PRIMARY KEY"), _TENANT, ("nama", "VARCHAR(255)"),
                             ("bunga_persen", "DECIMAL(5,2)"), ("tenor_max", "INT")]),
        ("settings", [("id", "BIGINT PRIMARY KEY"), _TENANT, ("key", "VARCHAR(255)"), ("value", "TEXT")]),
        ("asset", [("id", "BIGINT PRIMARY KEY"), _TENANT, ("nama", "VARCHAR(255)"), ("nilai_perolehan", "BIGINT")]),
        *extra)


def test_a_tenant_every_table_is_partitioned_by_is_an_organisation(classifier):
    """Where most tables, the users and the members among them, hold tenant_id -> tenants, each
    tenant is a client co-operative of the service: its legal name, tax number, address and plan
    are no one's, nor are its chart of accounts, budgets or loan products keyed to it only. The
    members and their savings stay personal."""
    judged = classify(classifier, _saas_cooperative())
    for table, column in (("tenants", "nama"), ("tenants", "alamat"), ("tenants", "plan"),
                          ("coa", "nama"), ("anggaran", "jumlah"), ("produk_pinjaman", "bunga_persen"),
                          ("periode_akuntansi", "is_closed")):
        assert not judged[(table, column)].personal, (table, column)
    for table, column in (("anggota", "nama"), ("anggota", "nik"), ("simpanan", "saldo"), ("users", "email")):
        assert judged[(table, column)].personal, (table, column)


def test_a_renter_named_by_a_few_tables_stays_a_person(classifier):
    """A boarding house's tenants, keyed by their leases and bills only, are people."""
    judged = classify(classifier, source(
        ("tenants", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("telp", "VARCHAR(20)")]),
        ("kamar", [("id", "INT PRIMARY KEY"), ("nomor", "VARCHAR(10)"), ("harga", "INT")]),
        ("sewa", [("id", "INT PRIMARY KEY"), ("tenant_id", "INT"), ("kamar_id", "INT"), ("mulai", "DATE")]),
        ("tagihan", [("id", "INT PRIMARY KEY"), ("tenant_id", "INT"), ("jumlah", "INT")])))
    assert judged[("tenants", "nama")].personal
    assert judged[("sewa", "mulai")].personal


def test_a_shops_sale_to_a_member_is_the_members(classifier):
    """A co-operative's shop: toko_penjualan (the shop's sales) holds the member who bought
    (anggota_id) as well as the cashier (user_id): the sale and its lines are the member's
    purchase, though the shop's word heads their names. The shop's restocking purchase from a
    supplier, keyed only to the user who entered it, and its goods stay the shop's."""
    judged = classify(classifier, source(
        ("users", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(100)"), ("email", "VARCHAR(100)"),
                   ("password", "VARCHAR(255)")]),
        ("anggota", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("alamat", "TEXT"), ("telp", "VARCHAR(20)")]),
        ("toko_supplier", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("alamat", "TEXT")]),
        ("toko_barang", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("harga_jual", "INT"), ("stok", "INT")]),
        ("toko_penjualan", [("id", "INT PRIMARY KEY"), ("anggota_id", "INT"), ("nomor", "VARCHAR(30)"),
                            ("tanggal", "DATE"), ("total", "INT"), ("metode_bayar", "VARCHAR(20)"), ("user_id", "INT")]),
        ("toko_penjualan_detail", [("id", "INT PRIMARY KEY"), ("penjualan_id", "INT"), ("barang_id", "INT"),
                                   ("qty", "INT"), ("harga", "INT"), ("subtotal", "INT")]),
        ("toko_pembelian", [("id", "INT PRIMARY KEY"), ("supplier_id", "INT"), ("nomor", "VARCHAR(30)"),
                            ("tanggal", "DATE"), ("total", "INT"), ("user_id", "INT")])))
    for table, column in (("toko_penjualan", "total"), ("toko_penjualan", "tanggal"),
                          ("toko_penjualan_detail", "qty"), ("toko_penjualan_detail", "subtotal")):
        assert judged[(table, column)].personal, (table, column)
    for table, column in (("toko_pembelian", "total"), ("toko_pembelian", "tanggal"), ("toko_barang", "harga_jual")):
        assert not judged[(table, column)].personal, (table, column)


def test_a_cooperatives_books_keyed_to_their_clerk_are_its_own(classifier):
    """A co-operative's books: the cash accounts (kas, with the user who keeps them), a cash count
    of one (kas_opname), the cash movements (kas_transaksi: kas_id, jurnal_id, user_id), the
    journal posted by a user (jurnal.posted_by), its lines (jurnal_detail) and an asset's
    depreciation posted to the journal. Their only person is the staff member who entered or
    posted them: none of their rows is that person's. A member's savings movement, posted to the
    same journal, stays the member's. The journal's poster is a declared key to the users."""
    fields = source(
        ("users", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(100)"), ("email", "VARCHAR(100)"),
                   ("password", "VARCHAR(255)")]),
        ("anggota", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("alamat", "TEXT"), ("user_id", "INT")]),
        ("coa", [("id", "INT PRIMARY KEY"), ("kode", "VARCHAR(20)"), ("nama", "VARCHAR(100)")]),
        ("asset", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nilai_perolehan", "BIGINT")]),
        ("kas", [("id", "INT PRIMARY KEY"), ("kode", "VARCHAR(20)"), ("nama", "VARCHAR(100)"), ("coa_id", "INT"),
                 ("saldo", "BIGINT"), ("user_id", "INT")]),
        ("kas_opname", [("id", "INT PRIMARY KEY"), ("kas_id", "INT"), ("tanggal", "DATE"), ("saldo_sistem", "BIGINT"),
                        ("saldo_fisik", "BIGINT"), ("selisih", "BIGINT"), ("user_id", "INT")]),
        ("jurnal", [("id", "INT PRIMARY KEY"), ("nomor", "VARCHAR(30)"), ("tanggal", "DATE"), ("total_debit", "BIGINT"),
                    ("total_kredit", "BIGINT"), ("posted_by", "INT")]),
        ("jurnal_detail", [("id", "INT PRIMARY KEY"), ("jurnal_id", "INT"), ("coa_id", "INT"), ("debit", "BIGINT"),
                           ("kredit", "BIGINT")]),
        ("kas_transaksi", [("id", "INT PRIMARY KEY"), ("kas_id", "INT"), ("tanggal", "DATE"), ("jumlah", "BIGINT"),
                           ("coa_id", "INT"), ("jurnal_id", "INT"), ("user_id", "INT")]),
        ("asset_penyusutan", [("id", "INT PRIMARY KEY"), ("asset_id", "INT"), ("periode", "DATE"), ("jumlah", "BIGINT"),
                              ("nilai_buku", "BIGINT"), ("jurnal_id", "INT")]),
        ("simpanan_transaksi", [("id", "INT PRIMARY KEY"), ("anggota_id", "INT"), ("tanggal", "DATE"),
                                ("jumlah", "BIGINT"), ("jurnal_id", "INT"), ("user_id", "INT")]))
    judged = classify(classifier, [replace(found, references="users.id") if found.name == "posted_by" else found
                                   for found in fields])
    for table, column in (("kas", "saldo"), ("kas_opname", "selisih"), ("kas_opname", "tanggal"),
                          ("jurnal", "total_debit"), ("jurnal_detail", "debit"), ("kas_transaksi", "jumlah"),
                          ("asset_penyusutan", "nilai_buku")):
        assert not judged[(table, column)].personal, (table, column)
    for table, column in (("simpanan_transaksi", "jumlah"), ("simpanan_transaksi", "tanggal"), ("anggota", "nama")):
        assert judged[(table, column)].personal, (table, column)


def test_a_row_named_only_for_its_cashier_is_the_shops(classifier):
    """A repair shop's till: the cart being rung up (keranjang) names only the cashier who entered
    it (keranjang_id_kasir): it is not the cashier's. A service order keyed to its customer stays
    the customer's."""
    judged = classify(classifier, source(
        ("user", [("user_id", "INT PRIMARY KEY"), ("user_nama", "VARCHAR(100)"), ("user_email", "VARCHAR(100)"),
                  ("user_password", "VARCHAR(255)")]),
        ("customer", [("customer_id", "INT PRIMARY KEY"), ("customer_nama", "VARCHAR(100)"),
                      ("customer_tlpn", "VARCHAR(20)"), ("customer_alamat", "TEXT")]),
        ("barang", [("barang_id", "INT PRIMARY KEY"), ("barang_nama", "VARCHAR(100)"), ("barang_harga", "INT")]),
        ("keranjang", [("keranjang_id", "INT PRIMARY KEY"), ("barang_id", "INT"), ("keranjang_qty", "INT"),
                       ("keranjang_harga", "VARCHAR(250)"), ("keranjang_id_kasir", "INT")]),
        ("service_order", [("id", "INT PRIMARY KEY"), ("customer_id", "INT"), ("keluhan", "TEXT"),
                           ("biaya", "INT"), ("kasir_id", "INT")])))
    for table, column in (("keranjang", "keranjang_qty"), ("keranjang", "keranjang_harga")):
        assert not judged[(table, column)].personal, (table, column)
    assert judged[("service_order", "biaya")].personal


def test_a_key_glued_behind_its_tables_letter_names_the_lettered_table(classifier):
    """A blog CMS whose every table glues its columns behind one letter (member: mnumber, mname,
    memail; comment: cnumber, cbody, cmember, citem): a comment's cmember is a key to the member
    who wrote it, so the comment is theirs; a blog's settings (bname, bdesc) are no one's."""
    judged = classify(classifier, source(
        ("nucleus_member", [("mnumber", "INT PRIMARY KEY"), ("mname", "VARCHAR(32)"), ("mrealname", "VARCHAR(60)"),
                            ("mpassword", "VARCHAR(255)"), ("memail", "VARCHAR(60)"), ("deflang", "VARCHAR(20)")]),
        ("nucleus_blog", [("bnumber", "INT PRIMARY KEY"), ("bname", "VARCHAR(60)"), ("bshortname", "VARCHAR(15)"),
                          ("bdesc", "VARCHAR(200)")]),
        ("nucleus_item", [("inumber", "INT PRIMARY KEY"), ("ititle", "VARCHAR(160)"), ("ibody", "MEDIUMTEXT"),
                          ("iblog", "INT"), ("itime", "DATETIME")]),
        ("nucleus_comment", [("cnumber", "INT PRIMARY KEY"), ("cbody", "TEXT"), ("cmember", "INT"), ("citem", "INT"),
                             ("ctime", "DATETIME"), ("cblog", "INT")])))
    for column in ("cbody", "ctime", "cmember"):
        assert judged[("nucleus_comment", column)].personal, column
    assert not judged[("nucleus_blog", "bdesc")].personal


def test_a_topic_keyed_to_its_starter_is_theirs_and_a_categorys_last_topic_no_ones(classifier):
    """A forum extension whose users live in the host application: a topic names its starter and
    its last poster (first_post_userid, last_post_userid), so the topic is theirs; a category
    points at its latest topic (last_topic_id) only to show it, and stays no one's."""
    judged = classify(classifier, source(
        ("kunena_users", [("userid", "INT PRIMARY KEY"), ("signature", "TEXT"), ("posts", "INT"),
                          ("birthdate", "DATE"), ("location", "VARCHAR(50)")]),
        ("kunena_categories", [("id", "INT PRIMARY KEY"), ("name", "TINYTEXT"), ("description", "TEXT"),
                               ("numtopics", "INT"), ("last_topic_id", "INT"), ("last_post_time", "INT")]),
        ("kunena_topics", [("id", "INT PRIMARY KEY"), ("category_id", "INT"), ("subject", "TINYTEXT"),
                           ("first_post_time", "INT"), ("first_post_userid", "INT"), ("first_post_message", "TEXT"),
                           ("last_post_userid", "INT"), ("hits", "INT")])))
    for column in ("subject", "first_post_message", "hits"):
        assert judged[("kunena_topics", column)].personal, column
    for column in ("name", "description", "numtopics"):
        assert not judged[("kunena_categories", column)].personal, column


def test_a_pointer_to_the_latest_row_makes_no_owner(classifier):
    """A forum's boards keep their latest topic (last_topic_id) to show it: a board is not the
    topic starter's. The topics stay their starters'."""
    judged = classify(classifier, source(
        ("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(100)")]),
        ("boards", [("id", "INT PRIMARY KEY"), ("title", "VARCHAR(100)"), ("description", "TEXT"),
                    ("topic_count", "INT"), ("last_topic_id", "INT")]),
        ("topics", [("id", "INT PRIMARY KEY"), ("board_id", "INT"), ("user_id", "INT"), ("subject", "VARCHAR(200)"),
                    ("created_at", "DATETIME")])))
    for column in ("title", "description", "topic_count"):
        assert not judged[("boards", column)].personal, column
    assert judged[("topics", "subject")].personal


def test_a_table_of_pengajar_holds_people(classifier):
    """Pengajar is Indonesian for teacher, as guru is: a boarding school's site lists its
    teachers with their names and photos, people."""
    judged = classify(classifier, source(
        ("Pengajar", [("id", "TEXT PRIMARY KEY"), ("nama", "TEXT"), ("foto", "TEXT"), ("urutan", "INTEGER"),
                      ("isActive", "BOOLEAN")])))
    for column in ("nama", "foto", "urutan"):
        assert judged[("pengajar", column)].personal, column
    assert judged[("pengajar", "nama")].record == "person"
