"""The table pass on shapes the seen rounds' misses showed (tables19): whose record a table is."""

from __future__ import annotations

from dataclasses import replace

from helpers import classify, source


def declared(fields, **targets: str):
    """The fields with the keys a schema declares: column name -> "table.column" it references."""
    return [replace(found, references=targets.get(found.name, "")) for found in fields]


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


def test_a_row_a_tenant_workspace_holds_is_the_tenants_not_its_creators(classifier):
    """An event-ticketing service: each account is an organiser's workspace its users share
    (account_users). An event the account holds, created by one of its users, is the organiser's
    catalogue, and so are its settings; the buyer's order, the attendee, a user's membership of the
    account and the audit trail of what users did in it stay personal."""
    judged = classify(classifier, declared(source(
        ("accounts", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(255)"), ("currency_code", "VARCHAR(3)")]),
        ("users", [("id", "INT PRIMARY KEY"), ("email", "VARCHAR(255)"), ("first_name", "VARCHAR(50)"),
                   ("last_name", "VARCHAR(50)"), ("password", "VARCHAR(255)")]),
        ("account_users", [("id", "INT PRIMARY KEY"), ("account_id", "INT"), ("user_id", "INT"),
                           ("role", "VARCHAR(20)")]),
        ("events", [("id", "INT PRIMARY KEY"), ("account_id", "INT"), ("user_id", "INT"), ("title", "VARCHAR(255)"),
                    ("start_date", "TIMESTAMP"), ("end_date", "TIMESTAMP"), ("description", "TEXT"),
                    ("location", "VARCHAR(255)")]),
        ("event_settings", [("id", "INT PRIMARY KEY"), ("event_id", "INT"), ("homepage_body_color", "VARCHAR(20)")]),
        ("orders", [("id", "INT PRIMARY KEY"), ("event_id", "INT"), ("first_name", "VARCHAR(50)"),
                    ("last_name", "VARCHAR(50)"), ("email", "VARCHAR(255)"), ("total_gross", "DECIMAL(14,2)")]),
        ("user_account_permissions", [("id", "INT PRIMARY KEY"), ("account_id", "INT"), ("user_id", "INT"), ("permission_id", "INT"),
                                      ("is_allowed", "BOOLEAN")]),
        ("audit", [("auditid", "INT PRIMARY KEY"), ("account_id", "INT"), ("userid", "INT"), ("details", "TEXT"),
                   ("updated", "DATETIME")])),
        account_id="accounts.id", user_id="users.id", userid="users.id", event_id="events.id"))
    for table, column in (("events", "title"), ("events", "start_date"), ("events", "description"),
                          ("event_settings", "homepage_body_color")):
        assert not judged[(table, column)].personal, (table, column)
    for table, column in (("orders", "total_gross"), ("user_account_permissions", "is_allowed"),
                          ("audit", "details")):
        assert judged[(table, column)].personal, (table, column)


def test_a_message_from_a_send_id_to_a_dest_id_is_between_people(classifier):
    """A game server's in-game mail names its two ends by abbreviations (send_id and send_name,
    dest_id and dest_name), and its chat log by src_charid and dst_charname, no person word in
    them and no character table the key graph resolves: messages between players all the same,
    every column theirs. A route's source and destination name no one."""
    judged = classify(classifier, source(
        ("mail", [("id", "BIGINT PRIMARY KEY"), ("send_name", "VARCHAR(30)"), ("send_id", "INT UNSIGNED"),
                  ("dest_name", "VARCHAR(30)"), ("dest_id", "INT UNSIGNED"), ("title", "VARCHAR(45)"),
                  ("message", "VARCHAR(255)"), ("time", "INT UNSIGNED"), ("zeny", "INT UNSIGNED")]),
        ("chatlog", [("id", "BIGINT PRIMARY KEY"), ("time", "DATETIME"), ("src_charid", "INT"),
                     ("src_map", "VARCHAR(11)"), ("dst_charname", "VARCHAR(25)"), ("message", "VARCHAR(150)")]),
        ("route", [("id", "INT PRIMARY KEY"), ("src_city", "VARCHAR(50)"), ("dest_city", "VARCHAR(50)"),
                   ("src_terminal_id", "INT"), ("distance", "INT")])))
    for column in ("id", "send_id", "dest_name", "title", "message", "time", "zeny"):
        assert judged[("mail", column)].personal, column
    assert judged[("mail", "message")].categories[0] == "A.1.4"
    for column in ("id", "time", "src_map", "message"):
        assert judged[("chatlog", column)].personal, column
    assert not judged[("route", "distance")].personal


def test_a_search_saved_with_who_created_it_is_theirs(classifier):
    """A library catalogue keeps each search run with the login who ran it (created_by, no users
    table the key graph resolves it to): what they looked for and when, a log of their use
    (A.2.5). A search index with no one's number stays no one's."""
    judged = classify(classifier, source(
        ("biblio_searches", [("id", "INT PRIMARY KEY"), ("parameters", "TEXT"), ("created", "TIMESTAMP"),
                             ("created_by", "INT")]),
        ("search_biblio", [("biblio_id", "INT PRIMARY KEY"), ("title", "TEXT"), ("author", "TEXT"),
                           ("last_update", "DATETIME")])))
    for column in ("id", "parameters", "created"):
        assert judged[("biblio_searches", column)].personal, column
        assert judged[("biblio_searches", column)].categories[0] == "A.2.5", column
    assert not judged[("search_biblio", "title")].personal


def test_a_key_names_a_table_of_its_own_module(classifier):
    """biblio_search_results.search_id names biblio_searches, the table of its own module (the
    first word both names share), not the authorities' searches: the results of a search someone
    ran are theirs too, a log."""
    judged = classify(classifier, source(
        ("biblio_searches", [("id", "INT PRIMARY KEY"), ("parameters", "TEXT"), ("created", "TIMESTAMP"),
                             ("created_by", "INT")]),
        ("biblio_search_results", [("search_id", "INT"), ("indexing_group_id", "INT"), ("record_id", "INT")]),
        ("authorities_searches", [("id", "INT PRIMARY KEY"), ("parameters", "TEXT"), ("created", "TIMESTAMP"),
                                  ("created_by", "INT")]),
        ("authorities_search_results", [("search_id", "INT"), ("record_id", "INT")]),
        ("biblio_records", [("id", "INT PRIMARY KEY"), ("iso2709", "TEXT"), ("material", "VARCHAR(20)")])))
    for table, column in (("biblio_search_results", "search_id"), ("biblio_search_results", "indexing_group_id"),
                          ("authorities_search_results", "record_id")):
        assert judged[(table, column)].personal, (table, column)
        assert table.replace("_search_results", "_searches") in judged[(table, column)].evidence[-1], (table, column)
    for column in ("search_id", "indexing_group_id", "record_id"):
        assert judged[("biblio_search_results", column)].categories[0] == "A.2.5", column
    assert not judged[("biblio_records", "iso2709")].personal


def test_a_login_stamped_on_the_books_throughout_is_who_typed_them_in(classifier):
    """A cooperative's accounting: the chart of accounts, its vouchers and their lines each hold
    vcUserID, the login (text) of the staff account that entered the row. Stamped on a quarter of
    the tables and more, it says who typed them in, not whose they are: the books are the
    cooperative's. A member's savings stay the member's, and a forum whose every table holds the
    user's number keeps them the users'."""
    stamp = ("vcUserID", "VARCHAR(30)")
    judged = classify(classifier, source(
        ("tbl_user", [("id", "BIGINT PRIMARY KEY"), ("u_name", "VARCHAR(30)"), ("pass_word", "VARCHAR(255)"),
                      ("level", "ENUM('admin','operator')")]),
        ("tbl_anggota", [("id", "BIGINT PRIMARY KEY"), ("nama", "VARCHAR(255)"), ("alamat", "TEXT"),
                         ("no_hp", "VARCHAR(20)")]),
        ("tbl_simpanan", [("id", "BIGINT PRIMARY KEY"), ("anggota_id", "BIGINT"), ("jumlah", "DOUBLE"),
                          ("tgl_transaksi", "DATETIME")]),
        ("tbl_coa", [("CoaId", "BIGINT PRIMARY KEY"), ("vcCOACode", "VARCHAR(12)"), ("vcCOAName", "VARCHAR(50)"),
                     ("cuCOABalanceValue", "DOUBLE"), stamp]),
        ("tbl_arheader", [("IDHeader", "INT PRIMARY KEY"), ("vcARHeaderCode", "VARCHAR(15)"), ("dtARDate", "DATETIME"),
                          ("vcCOACode", "VARCHAR(12)"), ("cuItemARTotal", "DOUBLE"), stamp]),
        ("tbl_aritem", [("IDItem", "INT PRIMARY KEY"), ("vcARHeaderCode", "VARCHAR(15)"), ("cuItemValue", "DOUBLE"),
                        stamp]),
        ("tbl_memoheader", [("IDHeader", "INT PRIMARY KEY"), ("vcMemoHeaderCode", "VARCHAR(15)"),
                            ("dtMemoDate", "DATETIME"), stamp]),
        ("tbl_memoitem", [("IDItemMemo", "INT PRIMARY KEY"), ("vcMemoHeaderCode", "VARCHAR(15)"),
                          ("cuMemoItemValue", "DOUBLE"), stamp])))
    for table, column in (("tbl_coa", "vccoaname"), ("tbl_coa", "cucoabalancevalue"), ("tbl_arheader", "dtardate"),
                          ("tbl_aritem", "cuitemvalue"), ("tbl_memoitem", "cumemoitemvalue")):
        assert not judged[(table, column)].personal, (table, column)
    assert judged[("tbl_simpanan", "jumlah")].personal

    forum = classify(classifier, source(
        ("users", [("user_id", "INT PRIMARY KEY"), ("username", "VARCHAR(30)"), ("email", "VARCHAR(100)")]),
        *((table, [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("value", "TEXT")])
          for table in ("bookmarks", "drafts", "watched_topics", "notes"))))
    for table in ("bookmarks", "drafts", "watched_topics", "notes"):
        assert forum[(table, "value")].personal, table


def test_a_table_named_for_access_holding_passwords_is_the_accounts(classifier):
    """A co-operative's staff accounts are kept in `akses` (access): a name, an e-mail and a
    password, no key to anything. They are the accounts given access, people (A.1.1), not a log
    of access; the permissions keyed to them are the staff member's too. A log of logins keyed
    to the accounts stays a log."""
    judged = classify(classifier, source(
        ("akses", [("id_akses", "INT PRIMARY KEY"), ("nama_akses", "TEXT"), ("email_akses", "VARCHAR(225)"),
                   ("password", "TEXT"), ("akses", "VARCHAR(20)"), ("datetime_daftar", "DATETIME")]),
        ("akses_login", [("id_akses", "INT"), ("token", "VARCHAR(32)"), ("date_creat", "DATETIME")])))
    assert judged[("akses", "nama_akses")].record == "person"
    assert judged[("akses", "nama_akses")].categories[0] == "A.1.1"
    assert judged[("akses", "akses")].personal
    assert judged[("akses_login", "token")].record == "log"


def test_an_owner_guid_names_whose_row_it_is_and_who_wrote_an_annotation(classifier):
    """A social network keeps every object with its owner_guid (a user's guid, the users' table
    keyed by guid too, so no key resolves it), and annotations (comments, likes) with the owner who
    made them: the rows are the owner's, an annotation what they wrote (A.1.4), and the activity
    stream keyed to an annotation theirs too."""
    judged = classify(classifier, source(
        ("users_entity", [("guid", "BIGINT PRIMARY KEY"), ("name", "TEXT"), ("username", "VARCHAR(128)"),
                          ("email", "TEXT"), ("password_hash", "VARCHAR(255)")]),
        ("entities", [("guid", "BIGINT PRIMARY KEY"), ("type", "VARCHAR(8)"), ("owner_guid", "BIGINT"),
                      ("container_guid", "BIGINT"), ("time_created", "INT")]),
        ("annotations", [("id", "INT PRIMARY KEY"), ("entity_guid", "BIGINT"), ("name", "TEXT"),
                         ("value", "LONGTEXT"), ("owner_guid", "BIGINT"), ("time_created", "INT")]),
        ("river", [("id", "INT PRIMARY KEY"), ("action_type", "VARCHAR(32)"), ("annotation_id", "INT"),
                   ("posted", "INT")])))
    for table, column in (("entities", "type"), ("entities", "time_created"), ("annotations", "value"),
                          ("river", "action_type")):
        assert judged[(table, column)].personal, (table, column)
    assert judged[("annotations", "value")].categories[0] == "A.1.4"


def test_a_purchase_entered_by_a_userlogin_account_is_the_shops(classifier):
    """A shop's restocking purchase from a supplier, keyed to the staff account that entered it in
    `userlogin` (user and login glued): the shop's dealing with its supplier, not the staff
    member's, and so are its lines; a sale keyed to a customer stays the customer's."""
    judged = classify(classifier, source(
        ("userlogin", [("user_id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("username", "VARCHAR(30)"),
                       ("password", "VARCHAR(40)")]),
        ("supplier", [("supplier_id", "INT PRIMARY KEY"), ("nama_supplier", "VARCHAR(100)"), ("alamat", "TEXT")]),
        ("pelanggan", [("pelanggan_id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("no_hp", "VARCHAR(20)")]),
        ("produk", [("produk_id", "INT PRIMARY KEY"), ("nama_produk", "VARCHAR(100)"), ("harga", "INT")]),
        ("pembelian", [("pembelian_id", "INT PRIMARY KEY"), ("tanggal", "DATETIME"), ("supplier_id", "INT"),
                       ("user_id", "INT"), ("status", "ENUM('daftar','selesai')")]),
        ("pembelian_detail", [("pembelian_detail_id", "INT PRIMARY KEY"), ("pembelian_id", "INT"),
                              ("produk_id", "INT"), ("qty", "INT")]),
        ("penjualan", [("penjualan_id", "INT PRIMARY KEY"), ("tanggal", "DATETIME"), ("pelanggan_id", "INT"),
                       ("user_id", "INT"), ("total", "INT")])))
    for table, column in (("pembelian", "tanggal"), ("pembelian", "status"), ("pembelian_detail", "qty")):
        assert not judged[(table, column)].personal, (table, column)
    assert judged[("penjualan", "total")].personal


def test_a_riwayat_of_an_employee_is_their_record_not_a_log(classifier):
    """riwayat_pendidikan and riwayat_mutasi (Indonesian: history of schooling, of postings) are an
    employee's own past, a record of them (A.1.1 first), not a log of what they did in the
    application (A.2.5); a login history stays a log."""
    judged = classify(classifier, source(
        ("pegawai", [("id", "INT PRIMARY KEY"), ("nip", "VARCHAR(20)"), ("nama", "VARCHAR(100)"),
                     ("tanggal_lahir", "DATE")]),
        ("riwayat_pendidikan", [("id", "INT PRIMARY KEY"), ("pegawai_id", "INT"), ("jenjang", "VARCHAR(10)"),
                                ("nama_sekolah", "VARCHAR(100)"), ("tahun_lulus", "YEAR")]),
        ("riwayat_mutasi", [("id", "INT PRIMARY KEY"), ("pegawai_id", "INT"), ("unit_kerja", "VARCHAR(100)"),
                            ("no_sk", "VARCHAR(50)"), ("tmt", "DATE")]),
        ("login_history", [("id", "INT PRIMARY KEY"), ("pegawai_id", "INT"), ("ip_address", "VARCHAR(45)"),
                           ("login_at", "DATETIME")])))
    for table, column in (("riwayat_pendidikan", "nama_sekolah"), ("riwayat_mutasi", "unit_kerja")):
        assert judged[(table, column)].record == "record", (table, column)
        assert judged[(table, column)].categories[:1] != ("A.2.5",), (table, column)
    assert judged[("login_history", "login_at")].record == "log"


def test_a_kinds_of_people_lookup_named_head_first_is_no_ones(classifier):
    """Indonesian puts a lookup's head first: jenis_peserta and kelompok_pasien are the kinds of
    participant and the patient groups a training centre and a clinic sort people into, their
    names and fees the same for everyone; a table of the participants themselves stays theirs."""
    judged = classify(classifier, source(
        ("tb_jenis_peserta", [("id_jenis_peserta", "INT PRIMARY KEY"), ("jenis_peserta", "VARCHAR(30)"),
                              ("ket", "TEXT")]),
        ("kelompok_pasien", [("id", "INT PRIMARY KEY"), ("kelompok_pasien_nama", "VARCHAR(50)"),
                             ("keterangan", "TEXT")]),
        ("tb_peserta", [("no_peserta", "VARCHAR(20) PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("alamat", "TEXT"),
                        ("id_jenis_peserta", "INT")])))
    for table, column in (("tb_jenis_peserta", "ket"), ("kelompok_pasien", "keterangan")):
        assert not judged[(table, column)].personal, (table, column)
    assert judged[("tb_peserta", "alamat")].personal
