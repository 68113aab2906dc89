"""The table pass: whose record each table is (a person's, through which key, or a thing's), and
the field rules that depend on it. Table shapes are those of real schemas (LimeSurvey, openSIS,
WordPress, Laravel, OpenBiblio, OrangeHRM, Northwind, small Indonesian applications)."""

from __future__ import annotations

from dataclasses import replace

from helpers import classify, source

from laci_audit.records import Field


def assert_records(judged: dict, cells, record: str, category: str) -> None:
    """Each (table, column) is judged inside a record of that kind, under that first category."""
    for cell in cells:
        assert judged[cell].record == record and judged[cell].categories[0] == category, cell


def assert_not_personal(judged: dict, cells, record: str | None = None) -> None:
    """No (table, column) is personal, each judged inside a record of that kind when one is given."""
    for cell in cells:
        assert not judged[cell].personal, cell
        assert record is None or judged[cell].record == record, cell


USERS = ("users", [("uid", "SERIAL"), ("users_name", "VARCHAR(64)"), ("password", "BYTEA"),
                   ("full_name", "VARCHAR(50)"), ("email", "VARCHAR(254)")])


def test_a_configuration_row_with_an_owner_is_not_the_owners_record(classifier):
    """LimeSurvey: a survey owned by an admin user is the survey's definition, and so are its
    questions; only the owner key itself is personal."""
    fields = source(USERS,
                    ("surveys", [("sid", "INT"), ("owner_id", "INT"), ("active", "VARCHAR(1)"),
                                 ("expires", "TIMESTAMP"), ("template", "VARCHAR(100)")]),
                    ("questions", [("qid", "SERIAL"), ("sid", "INT"), ("type", "VARCHAR(1)"),
                                   ("question", "TEXT"), ("question_order", "INT")]))
    judged = classify(classifier, fields)
    assert judged[("surveys", "owner_id")].personal
    for column in ("sid", "active", "expires", "template"):
        assert not judged[("surveys", column)].personal, column
    assert not any(judged[("questions", column)].personal for column in ("qid", "sid", "question", "question_order"))
    assert judged[("users", "users_name")].personal


def test_a_class_section_names_its_teacher_but_is_a_catalogue_row(classifier):
    """openSIS course_periods: teacher_id to a teacher the source does not hold by that name."""
    fields = source(("staff", [("staff_id", "INT"), ("first_name", "VARCHAR(100)"), ("last_name", "VARCHAR(100)"),
                               ("email", "VARCHAR(100)")]),
                    ("course_periods", [("course_period_id", "INT"), ("title", "VARCHAR(100)"),
                                        ("teacher_id", "INT"), ("total_seats", "INT"), ("begin_date", "DATE")]))
    judged = classify(classifier, fields)
    assert judged[("course_periods", "teacher_id")].personal
    assert not any(judged[("course_periods", c)].personal for c in ("course_period_id", "title", "total_seats",
                                                                     "begin_date"))


def test_the_author_of_a_post_makes_it_the_authors_record(classifier):
    """WordPress posts: the person in charge of a record of what a person did is who it is about."""
    judged = classify(classifier, source(("wp_posts", [("ID", "BIGINT(20)"), ("post_author", "BIGINT(20)"),
                                                       ("post_date", "DATETIME"), ("post_content", "LONGTEXT")])))
    assert all(judged[("wp_posts", c)].personal for c in ("id", "post_author", "post_date", "post_content"))
    assert judged[("wp_posts", "post_content")].record == "interaction"


def test_a_row_of_no_kind_owned_or_added_by_a_person_is_theirs(classifier):
    """Request Tracker's AuthTokens (Owner) and Piwigo's images (added_by): a token of a user, a
    photo a user put there. A class's teacher (test above) and a survey's owner stay the thing's."""
    fields = source(("Users", [("id", "INTEGER PRIMARY KEY"), ("Name", "VARCHAR(200)"), ("EmailAddress", "VARCHAR(120)")]),
                    ("AuthTokens", [("id", "INTEGER PRIMARY KEY"), ("Owner", "INTEGER"), ("Token", "VARCHAR(256)"),
                                    ("Description", "VARCHAR(255)"), ("LastUsed", "TIMESTAMP")]),
                    ("piwigo_images", [("id", "MEDIUMINT(8)"), ("file", "VARCHAR(255)"), ("width", "SMALLINT(9)"),
                                       ("added_by", "MEDIUMINT(8)")]))
    judged = classify(classifier, fields)
    assert all(judged[("authtokens", c)].personal for c in ("id", "owner", "token", "description", "lastused"))
    assert all(judged[("piwigo_images", c)].personal for c in ("id", "file", "width", "added_by"))
    assert not classify(classifier, source(("piwigo_images", [("id", "INT"), ("file", "VARCHAR(255)"),
                                                              ("added_by", "VARCHAR(20)")])))[
        ("piwigo_images", "file")].personal  # a word, not a person's number


def test_the_sites_own_contact_columns_do_not_make_a_person_table(classifier):
    """A marketplace's set_web row: the site's name, e-mail and phone (email_web, telepon_web) are
    the organisation's; the same columns of a person (email, telepon) make a person table."""
    site = classify(classifier, source(("set_web", [("id_web", "INT(3)"), ("nama_web", "TEXT"),
                                                    ("email_web", "VARCHAR(50)"), ("telepon_web", "VARCHAR(20)"),
                                                    ("alamat_web", "TEXT")])))
    assert not any(site[("set_web", c)].personal for c in ("id_web", "nama_web", "email_web", "telepon_web"))
    person = classify(classifier, source(("kontak", [("id", "INT"), ("nama", "TEXT"), ("email", "VARCHAR(50)"),
                                                     ("telepon", "VARCHAR(20)")])))
    assert all(person[("kontak", c)].personal for c in ("id", "nama", "email", "telepon"))


def test_an_applications_prefix_says_nothing_of_what_its_tables_hold(classifier):
    """CubeCart puts CubeCart_ before every table: CubeCart_customer is a customer table and
    CubeCart_sessions a log, not carts (a preference) because of the prefix."""
    fields = source(("CubeCart_customer", [("customer_id", "INT PRIMARY KEY"), ("email", "VARCHAR(254)"),
                                           ("first_name", "VARCHAR(100)"), ("language", "VARCHAR(5)")]),
                    ("CubeCart_sessions", [("session_id", "VARCHAR(32)"), ("customer_id", "INT"),
                                           ("session_last", "INT"), ("ip_address", "VARCHAR(45)")]),
                    ("CubeCart_category", [("cat_id", "INT PRIMARY KEY"), ("cat_name", "VARCHAR(100)")]))
    judged = classify(classifier, fields)
    assert judged[("cubecart_customer", "customer_id")].record == "person"
    assert judged[("cubecart_customer", "first_name")].categories[0] == "A.1.1"
    assert judged[("cubecart_sessions", "session_last")].record == "log"
    assert not judged[("cubecart_category", "cat_name")].personal
    # a first word the vocabulary knows is the tables' own: user_profile, user_logs stay people's
    users = classify(classifier, source(("user_profile", [("id", "INT"), ("bio", "TEXT")]),
                                        ("user_logs", [("id", "INT"), ("user_profile_id", "INT"), ("action", "TEXT")]),
                                        ("user_devices", [("id", "INT"), ("user_profile_id", "INT"), ("model", "TEXT")])))
    assert users[("user_profile", "bio")].record == "person"
    assert users[("user_logs", "action")].record == "log" and users[("user_devices", "model")].record == "device"
    # a schema prefix on every table (tbl_) is no application's: the pupils' biodata stays theirs
    pupils = classify(classifier, source(("tbl_siswa_biodata", [("id_siswa", "INT PRIMARY KEY"), ("nama", "VARCHAR(50)"),
                                                                ("alamat", "TEXT")]),
                                         ("tbl_siswa_nilai", [("id", "INT"), ("id_siswa", "INT"), ("nilai", "INT")]),
                                         ("tbl_siswa_absen", [("id", "INT"), ("id_siswa", "INT"), ("tanggal", "DATE")])))
    assert pupils[("tbl_siswa_biodata", "alamat")].personal and pupils[("tbl_siswa_biodata", "alamat")].sensitive
    assert pupils[("tbl_siswa_nilai", "nilai")].sensitive


def test_a_count_or_a_limit_of_people_is_no_key_to_one(classifier):
    """A donation programme's jumlah_donatur counts donors and a coupon's coupon_per_customer
    limits its uses: neither makes the programme or the coupon a donor's or a customer's row, and a
    coupon no key ties to a person is the shop's offer, not anyone's transaction."""
    fields = source(("tb_donatur", [("id_donatur", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                                    ("email", "VARCHAR(100)"), ("no_hp", "VARCHAR(20)")]),
                    ("tb_program", [("id_program", "INT PRIMARY KEY"), ("name_program", "VARCHAR(100)"),
                                    ("jumlah_donatur", "INT"), ("total_dana", "INT")]),
                    ("coupons", [("coupon_id", "INT PRIMARY KEY"), ("code", "VARCHAR(25)"), ("discount_price", "DECIMAL"),
                                 ("coupon_per_customer", "INT"), ("allowed_uses", "INT")]))
    judged = classify(classifier, fields)
    assert not any(judged[("tb_program", c)].personal for c in ("id_program", "name_program", "jumlah_donatur"))
    assert not any(judged[("coupons", c)].personal for c in ("coupon_id", "code", "coupon_per_customer", "allowed_uses"))


def test_a_message_keyed_by_its_sender_and_recipient_is_theirs(classifier):
    """A job portal's mailbox: id_fromuser and id_touser hold users' keys."""
    fields = source(("user", [("id_user", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(100)")]),
                    ("mailbox", [("id_mailbox", "INT PRIMARY KEY"), ("id_fromuser", "INT"), ("id_touser", "INT"),
                                 ("subject", "VARCHAR(100)"), ("message", "TEXT")]))
    judged = classify(classifier, fields)
    assert all(judged[("mailbox", c)].personal for c in ("id_mailbox", "id_fromuser", "subject", "message"))
    assert judged[("mailbox", "message")].categories[0] == "A.1.4"


def test_money_words_describe_a_person_only_in_a_persons_record(classifier):
    """A payroll's salary scale (master_gaji_pokok), a shop's bank accounts for transfers and a
    branch's debt (keyed to the branch, no person) are the organisation's; a salary or an account
    number in an employee's or a member's row stays personal, and sensitive."""
    fields = source(("cabang", [("id_cabang", "INT PRIMARY KEY"), ("nama_cabang", "VARCHAR(50)")]),
                    ("hutang", [("id_hutang", "INT PRIMARY KEY"), ("id_cabang", "INT"), ("nominal", "INT"),
                                ("tanggal", "DATE")]),
                    ("master_gaji_pokok", [("id", "INT"), ("golongan", "VARCHAR(5)"), ("jml_gaji_pokok", "INT")]),
                    ("rekening", [("id", "INT"), ("rekening_bank", "VARCHAR(30)"), ("atas_nama_bank", "VARCHAR(50)")]),
                    ("pegawai", [("id_pegawai", "INT PRIMARY KEY"), ("nama", "VARCHAR(50)"), ("gaji_pokok", "INT"),
                                 ("no_rekening", "VARCHAR(30)")]))
    judged = classify(classifier, fields)
    assert not any(judged[("hutang", c)].personal for c in ("id_hutang", "nominal", "tanggal"))
    assert not judged[("master_gaji_pokok", "jml_gaji_pokok")].personal
    assert not judged[("rekening", "rekening_bank")].personal
    for column in ("gaji_pokok", "no_rekening"):
        assert judged[("pegawai", column)].personal and judged[("pegawai", column)].sensitive, column


def test_a_laravel_token_keyed_polymorphically_is_its_users(classifier):
    """Laravel Sanctum's personal_access_tokens (tokenable_type, tokenable_id) and a notifications
    table (notifiable_type, notifiable_id) belong to the application's users; a taggables link
    (taggable_type, taggable_id) tags things."""
    fields = source(("users", [("id", "BIGINT PRIMARY KEY"), ("name", "VARCHAR(255)"), ("email", "VARCHAR(255)"),
                               ("password", "VARCHAR(255)")]),
                    ("personal_access_tokens", [("id", "BIGINT PRIMARY KEY"), ("tokenable_type", "VARCHAR(255)"),
                                                ("tokenable_id", "BIGINT"), ("name", "VARCHAR(255)"),
                                                ("token", "VARCHAR(64)"), ("last_used_at", "TIMESTAMP")]),
                    ("notifications", [("id", "CHAR(36) PRIMARY KEY"), ("type", "VARCHAR(255)"),
                                       ("notifiable_type", "VARCHAR(255)"), ("notifiable_id", "BIGINT"),
                                       ("data", "TEXT"), ("read_at", "TIMESTAMP")]),
                    ("taggables", [("tag_id", "BIGINT"), ("taggable_type", "VARCHAR(255)"), ("taggable_id", "BIGINT")]))
    judged = classify(classifier, fields)
    assert all(judged[("personal_access_tokens", c)].personal for c in ("id", "tokenable_id", "name", "token", "last_used_at"))
    assert all(judged[("notifications", c)].personal for c in ("id", "type", "data", "read_at"))
    assert "polymorphic" in judged[("personal_access_tokens", "token")].evidence[-1]
    assert not any(judged[("taggables", c)].personal for c in ("tag_id", "taggable_type", "taggable_id"))


def test_a_persons_record_of_no_kind_with_amounts_is_what_they_bought(classifier):
    """CubeCart_downloads (a customer's paid download, with its price and total) is a transaction
    record of the customer; a record with no amount (a member's notes) stays account data."""
    fields = source(("customer", [("customer_id", "INT PRIMARY KEY"), ("email", "VARCHAR(254)"), ("first_name", "VARCHAR(50)")]),
                    ("downloads", [("digital_id", "INT PRIMARY KEY"), ("customer_id", "INT"), ("price", "DECIMAL"),
                                   ("total", "DECIMAL"), ("access_key", "VARCHAR(32)")]),
                    ("customer_notes", [("id", "INT"), ("customer_id", "INT"), ("body", "TEXT")]))
    judged = classify(classifier, fields)
    assert judged[("downloads", "access_key")].record == "transaction"
    assert judged[("downloads", "access_key")].categories[0] == "A.1.5"
    assert judged[("customer_notes", "body")].categories[0] == "A.1.1"


def test_the_history_of_a_persons_transaction_is_that_transactions_data(classifier):
    """A courier's log_tracking (a shipment's status history) says what was sent to whom: A.1.5,
    like the shipment; a login log keyed to the user stays a log (A.2.5)."""
    fields = source(("pelanggan", [("id_pelanggan", "INT PRIMARY KEY"), ("nama", "VARCHAR(50)"), ("no_hp", "VARCHAR(20)")]),
                    ("pengiriman", [("id_pengiriman", "INT PRIMARY KEY"), ("id_pelanggan", "INT"), ("resi", "VARCHAR(20)")]),
                    ("log_tracking", [("id_log", "INT PRIMARY KEY"), ("id_pengiriman", "INT"), ("status", "VARCHAR(20)"),
                                      ("waktu", "DATETIME")]),
                    ("log_login", [("id", "INT"), ("id_pelanggan", "INT"), ("waktu", "DATETIME")]))
    judged = classify(classifier, fields)
    assert judged[("log_tracking", "status")].categories[0] == "A.1.5"
    assert judged[("log_login", "waktu")].categories[0] == "A.2.5"


def test_a_row_only_an_operator_is_keyed_in_is_the_organisations(classifier):
    """A marketplace's gallery picture keyed to the admin who posted it (tb_foto.id_admin -> admin)
    is the site's, its id_admin still personal; the buyer's shipping cost keyed the same way
    (ongkir_pembeli) and an order keyed to a member are theirs."""
    fields = source(("admin", [("id_admin", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("password", "VARCHAR(255)"),
                               ("nama", "VARCHAR(50)")]),
                    ("member", [("id_member", "INT PRIMARY KEY"), ("nama", "VARCHAR(50)"), ("email", "VARCHAR(50)")]),
                    ("tb_foto", [("id_foto", "INT PRIMARY KEY"), ("id_admin", "INT"), ("judul", "VARCHAR(100)"),
                                 ("gambar", "VARCHAR(100)")]),
                    ("ongkir_pembeli", [("id", "INT PRIMARY KEY"), ("id_admin", "INT"), ("tarif", "INT")]),
                    ("catatan", [("id", "INT PRIMARY KEY"), ("id_member", "INT"), ("isi", "TEXT")]))
    judged = classify(classifier, fields)
    assert not any(judged[("tb_foto", c)].personal for c in ("id_foto", "judul", "gambar"))
    assert judged[("tb_foto", "id_admin")].personal
    assert judged[("ongkir_pembeli", "tarif")].personal
    assert judged[("catatan", "isi")].personal
    # a letter the admin typed for a named customer (its name, address, NIK) is that customer's
    letter = classify(classifier, [*fields, *source(("tb_surat", [("id_surat", "INT PRIMARY KEY"), ("id_admin", "INT"),
                                                                   ("nama_pelanggan", "VARCHAR(100)"), ("nik", "VARCHAR(16)"),
                                                                   ("keperluan", "TEXT")]))])
    assert letter[("tb_surat", "keperluan")].personal


def test_a_purchase_from_a_supplier_entered_by_staff_is_the_organisations(classifier):
    """A pet-shop till: a purchase from a supplier and its lines, keyed to the staff user who entered
    them, are the shop's; a sale to a customer keyed the same way is the customer's; an audit stamp
    (sys_create_user) names who typed a row in, not whose it is."""
    fields = source(("users", [("id_user", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("password", "VARCHAR(255)")]),
                    ("pelanggan", [("id_pelanggan", "INT PRIMARY KEY"), ("nama", "VARCHAR(50)"), ("no_hp", "VARCHAR(20)")]),
                    ("supplier", [("id_supplier", "INT PRIMARY KEY"), ("nama_supplier", "VARCHAR(50)")]),
                    ("pembelian", [("id_beli", "INT PRIMARY KEY"), ("id_supplier", "INT"), ("id_user", "INT"),
                                   ("tgl_beli", "DATE"), ("total", "INT")]),
                    ("detil_pembelian", [("id", "INT PRIMARY KEY"), ("id_beli", "INT"), ("qty", "INT"), ("harga", "INT")]),
                    ("penjualan", [("id_jual", "INT PRIMARY KEY"), ("id_pelanggan", "INT"), ("id_user", "INT"),
                                   ("total", "INT")]),
                    ("m_motor", [("id", "INT PRIMARY KEY"), ("tipe", "VARCHAR(20)"), ("sys_create_user", "INT")]))
    judged = classify(classifier, fields)
    keyless = classify(classifier, source(("master_pembelian", [("no_order", "VARCHAR(20) PRIMARY KEY"),
                                                                ("tanggal", "DATE"), ("total", "INT")]),
                                          ("penjualan", [("no_jual", "VARCHAR(20) PRIMARY KEY"), ("total", "INT")])))
    assert not keyless[("master_pembelian", "total")].personal  # what the shop bought in
    assert keyless[("penjualan", "total")].personal  # a cash sale: an unnamed buyer's
    assert not any(judged[("pembelian", c)].personal for c in ("id_beli", "tgl_beli", "total"))
    assert judged[("pembelian", "id_user")].personal
    assert not any(judged[("detil_pembelian", c)].personal for c in ("qty", "harga"))
    assert all(judged[("penjualan", c)].personal for c in ("id_jual", "total"))
    assert not judged[("m_motor", "tipe")].personal and judged[("m_motor", "sys_create_user")].personal
    stamped = classify(classifier, source(("users", [("user_id", "INT PRIMARY KEY"), ("email", "VARCHAR(50)"),
                                                     ("password", "VARCHAR(50)")]),
                                          ("m_motor", [("id", "INT PRIMARY KEY"), ("tipe", "VARCHAR(20)"),
                                                       ("sys_create_user_id", "INT")])))
    assert not stamped[("m_motor", "tipe")].personal  # sys_create_user_id is no key behind a column prefix
    # a multi-vendor marketplace: a buyer's order with its vendor is the buyer's, not a stock purchase
    market = classify(classifier, source(("users", [("id", "BIGINT PRIMARY KEY"), ("name", "VARCHAR(50)"),
                                                    ("email", "VARCHAR(50)"), ("password", "VARCHAR(60)")]),
                                         ("vendors", [("id", "BIGINT PRIMARY KEY"), ("shop_name", "VARCHAR(50)")]),
                                         ("orders", [("id", "BIGINT PRIMARY KEY"), ("user_id", "BIGINT"),
                                                     ("vendor_id", "BIGINT"), ("total", "DECIMAL(12,2)")]),
                                         ("order_items", [("id", "BIGINT PRIMARY KEY"), ("order_id", "BIGINT"),
                                                          ("qty", "INT")])))
    assert market[("orders", "total")].personal and market[("order_items", "qty")].personal


def test_an_order_to_a_supplier_with_no_key_to_a_person_is_the_organisations(classifier):
    """A pharmacy's purchase order naming its supplier (no key to a person), its lines and the
    payments of the debt it left are what the pharmacy bought in; a cash sale and its lines stay
    an unnamed buyer's, and so does a sales order line whose order_no the purchase orders share."""
    fields = source(("master_supplier", [("id_supplier", "INT PRIMARY KEY"), ("nama_supplier", "VARCHAR(100)")]),
                    ("purchase_order", [("nomor_po", "VARCHAR(100) PRIMARY KEY"), ("tgl_po", "DATE"),
                                        ("supplier", "INT"), ("total", "DECIMAL(20,0)")]),
                    ("purchase_order_detail", [("idd", "INT PRIMARY KEY"), ("nomor_po", "VARCHAR(100)"),
                                               ("kode_item", "VARCHAR(100)"), ("harga", "DECIMAL(10,0)")]),
                    ("hutang", [("id", "INT PRIMARY KEY"), ("id_supplier", "INT"), ("nominal", "DECIMAL(10,0)")]),
                    ("hutang_dibayar", [("id", "INT PRIMARY KEY"), ("id_hutang", "INT"),
                                        ("nominal", "DECIMAL(10,0)")]),
                    ("penjualan", [("no_jual", "VARCHAR(20) PRIMARY KEY"), ("tanggal", "DATE"), ("total", "INT")]),
                    ("penjualan_detail", [("id", "INT PRIMARY KEY"), ("no_jual", "VARCHAR(20)"), ("qty", "INT")]))
    judged = classify(classifier, fields)
    for table, columns in (("purchase_order", ("nomor_po", "tgl_po", "total")),
                           ("purchase_order_detail", ("idd", "kode_item", "harga")),
                           ("hutang", ("id", "nominal")), ("hutang_dibayar", ("id", "nominal"))):
        assert not any(judged[(table, c)].personal for c in columns), table
    assert judged[("penjualan", "total")].personal and judged[("penjualan_detail", "qty")].personal
    accounts = classify(classifier, source(
        ("purch_orders", [("order_no", "INT PRIMARY KEY"), ("supplier_id", "INT"), ("ord_date", "DATE")]),
        ("sales_order_details", [("id", "INT PRIMARY KEY"), ("order_no", "INT"), ("unit_price", "DOUBLE"),
                                 ("quantity", "DOUBLE")])))
    assert accounts[("sales_order_details", "unit_price")].personal


def test_a_librarys_bibliographic_record_is_its_catalogue(classifier):
    """SLiMS: a biblio row (a title, its ISBN) keyed to the librarian who entered it is the
    library's catalogue, and so are its attachments and serials, whose only way to a person passes
    through it; a member's loan of a copy stays the member's."""
    fields = source(("user", [("user_id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("realname", "VARCHAR(100)"),
                              ("email", "VARCHAR(100)")]),
                    ("member", [("member_id", "VARCHAR(20) PRIMARY KEY"), ("member_name", "VARCHAR(100)"),
                                ("member_email", "VARCHAR(100)")]),
                    ("biblio", [("biblio_id", "INT PRIMARY KEY"), ("title", "TEXT"), ("isbn_issn", "VARCHAR(32)"),
                                ("input_date", "DATETIME"), ("uid", "INT")]),
                    ("biblio_attachment", [("biblio_id", "INT"), ("file_id", "INT"), ("access_type", "VARCHAR(10)")]),
                    ("serial", [("serial_id", "INT PRIMARY KEY"), ("biblio_id", "INT"), ("period", "VARCHAR(100)")]),
                    ("loan", [("loan_id", "INT PRIMARY KEY"), ("item_code", "VARCHAR(20)"),
                              ("member_id", "VARCHAR(20)"), ("loan_date", "DATE")]))
    judged = classify(classifier, fields)
    assert not any(judged[("biblio", c)].personal for c in ("biblio_id", "title", "isbn_issn", "input_date"))
    assert not any(judged[("biblio_attachment", c)].personal for c in ("file_id", "access_type"))
    assert not any(judged[("serial", c)].personal for c in ("serial_id", "period"))
    assert all(judged[("loan", c)].personal for c in ("loan_id", "item_code", "loan_date"))


def test_the_author_of_a_courses_test_set_it_the_test_is_nobodys_record(classifier):
    """Forma LMS: a test (an education record's word) with the author who set it and its settings
    is the course's content, and so are its questions; only the author key is personal. A build
    its author made (TestLink, of no kind) is the author's work; a pupil's grade stays theirs."""
    fields = source(("core_user", [("idst", "INT PRIMARY KEY"), ("userid", "VARCHAR(255)"),
                                   ("firstname", "VARCHAR(255)"), ("lastname", "VARCHAR(255)"),
                                   ("email", "VARCHAR(255)")]),
                    ("learning_test", [("idTest", "INT PRIMARY KEY"), ("author", "INT"), ("title", "VARCHAR(255)"),
                                       ("shuffle_answer", "TINYINT(1)"), ("max_attempt", "INT")]),
                    ("learning_testquest", [("idQuest", "INT PRIMARY KEY"), ("idTest", "INT"),
                                            ("title_quest", "TEXT")]),
                    ("builds", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(100)"), ("author_id", "INT"),
                                ("release_date", "DATE")]),
                    ("siswa", [("id_siswa", "INT PRIMARY KEY"), ("nama_siswa", "VARCHAR(100)")]),
                    ("nilai", [("id_nilai", "INT PRIMARY KEY"), ("id_siswa", "INT"), ("author", "INT"),
                               ("nilai", "INT")]))
    judged = classify(classifier, fields)
    assert judged[("learning_test", "author")].personal
    assert not any(judged[("learning_test", c)].personal for c in ("idtest", "title", "shuffle_answer", "max_attempt"))
    assert not any(judged[("learning_testquest", c)].personal for c in ("idquest", "title_quest"))
    assert all(judged[("builds", c)].personal for c in ("id", "name", "release_date"))
    assert all(judged[("nilai", c)].personal for c in ("id_nilai", "nilai"))


def test_an_article_keyed_to_the_user_who_wrote_it_is_their_post(classifier):
    """A village portal's tbl_berita (id_pengguna, judul_berita, isi_berita) and a shop's artikel
    (id_pengguna, konten): a piece a user wrote, their post (A.1.4), and a like of it is theirs
    too. News an admin put up, and a row linking an article to a user with no text of it, stay
    the site's."""
    fields = source(("tbl_pengguna", [("id_pengguna", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"),
                                      ("nama_lengkap", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                    ("admin", [("id_admin", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"),
                               ("password", "VARCHAR(255)")]),
                    ("tbl_berita", [("id_berita", "INT PRIMARY KEY"), ("id_pengguna", "INT"),
                                    ("judul_berita", "VARCHAR(255)"), ("isi_berita", "TEXT"), ("waktu", "DATETIME")]),
                    ("artikel", [("id", "INT PRIMARY KEY"), ("judul", "VARCHAR(255)"), ("konten", "TEXT"),
                                 ("id_pengguna", "INT")]),
                    ("news", [("id", "INT PRIMARY KEY"), ("id_admin", "INT"), ("title", "VARCHAR(255)"),
                              ("body", "TEXT")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("tbl_berita", c) for c in ("id_berita", "judul_berita", "isi_berita", "waktu")],
                   "interaction", "A.1.4")
    assert all(judged[("artikel", c)].personal for c in ("id", "judul", "konten"))
    assert not any(judged[("news", c)].personal for c in ("id", "title", "body"))
    linked = classify(classifier, source(
        ("users", [("id_user", "INT PRIMARY KEY"), ("email", "VARCHAR(100)"), ("password", "VARCHAR(255)")]),
        ("berita", [("id_berita", "INT PRIMARY KEY"), ("id_user", "INT"), ("status", "INT")])))
    assert not linked[("berita", "status")].personal


def test_an_article_of_a_ticket_is_a_message_of_that_ticket(classifier):
    """OTRS: a ticket's messages are its articles (article.ticket_id -> ticket), their mail data
    and flags hang off the article: customer-service data of the ticket's customer (A.1.2), not
    the site's catalogue of articles. An article with no key to a case stays the site's."""
    fields = source(("customer_user", [("id", "INT PRIMARY KEY"), ("login", "VARCHAR(200)"),
                                       ("email", "VARCHAR(150)"), ("first_name", "VARCHAR(100)")]),
                    ("ticket", [("id", "BIGINT PRIMARY KEY"), ("tn", "VARCHAR(50)"), ("title", "VARCHAR(255)"),
                                ("customer_user_id", "VARCHAR(250)"), ("create_time", "DATETIME")]),
                    ("article", [("id", "BIGINT PRIMARY KEY"), ("ticket_id", "BIGINT"),
                                 ("is_visible_for_customer", "SMALLINT"), ("create_time", "DATETIME"),
                                 ("create_by", "INT")]),
                    ("article_data_mime", [("id", "BIGINT PRIMARY KEY"), ("article_id", "BIGINT"),
                                           ("a_subject", "VARCHAR(3800)"), ("a_body", "TEXT")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("article", c) for c in ("id", "ticket_id", "is_visible_for_customer", "create_time")]
                   + [("article_data_mime", c) for c in ("id", "a_subject", "a_body")], "support", "A.1.2")
    alone = classify(classifier, source(
        ("users", [("id", "INT PRIMARY KEY"), ("email", "VARCHAR(100)"), ("password", "VARCHAR(255)")]),
        ("article", [("id", "INT PRIMARY KEY"), ("category_id", "INT"), ("title", "VARCHAR(255)"),
                     ("body", "TEXT")])))
    assert not any(alone[("article", c)].personal for c in ("id", "title", "body"))


def test_a_keyless_table_of_an_ip_and_more_of_the_visitor_is_a_log_of_them(classifier):
    """A visitor counter (pengunjung_ip beside the visitor's agent and device), a form firewall
    (ip_address and the attempts made from it), a login table (ip_addr beside the user name):
    no key names anybody, yet each row is a trace of whoever came from that IP, a log (A.2.5).
    An IP alone in a system log, and a network inventory's addresses beside hostname and mac,
    are nobody's."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("email", "VARCHAR(100)"), ("password", "VARCHAR(255)")]),
                    ("pengunjung", [("pengunjung_id", "INT PRIMARY KEY"), ("pengunjung_ip", "VARCHAR(50)"),
                                    ("pengunjung_device", "TEXT"), ("pengunjung_agent", "TEXT"),
                                    ("pengunjung_tgl", "DATE")]),
                    ("form_firewall", [("id", "INT PRIMARY KEY"), ("form_name", "VARCHAR(255)"),
                                       ("ip_address", "VARCHAR(15)"), ("attempts", "TINYINT"),
                                       ("created_at", "DATETIME")]),
                    ("login", [("id_login", "INT PRIMARY KEY"), ("username_login", "VARCHAR(100)"),
                               ("waktu_login", "DATETIME"), ("ip_addr", "VARCHAR(100)")]),
                    ("ost_syslog", [("log_id", "INT PRIMARY KEY"), ("title", "VARCHAR(255)"), ("log", "TEXT"),
                                    ("ip_address", "VARCHAR(64)"), ("created", "DATETIME")]),
                    ("ipaddresses", [("id", "INT PRIMARY KEY"), ("ip_addr", "VARCHAR(100)"),
                                     ("hostname", "VARCHAR(255)"), ("mac", "VARCHAR(20)"),
                                     ("description", "VARCHAR(64)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("pengunjung", c) for c in ("pengunjung_id", "pengunjung_tgl")]
                   + [("form_firewall", c) for c in ("id", "form_name", "attempts", "created_at")]
                   + [("login", c) for c in ("id_login", "waktu_login")], "log", "A.2.5")
    assert not any(judged[("ost_syslog", c)].personal for c in ("log_id", "title", "log", "created"))
    assert not any(judged[("ipaddresses", c)].personal for c in ("id", "hostname", "description"))


def test_a_persons_id_behind_its_tables_column_prefix_keys_the_row(classifier):
    """OpenEMR's calendar: every column of openemr_postcalendar_events starts with pc_, and pc_pid
    is the patient's pid (patient_data's second id): each event is an appointment of that patient.
    A pc_pid in a table whose columns share no such prefix is no patient's key."""
    patients = ("patient_data", [("id", "BIGINT PRIMARY KEY"), ("pid", "BIGINT"), ("fname", "VARCHAR(255)"),
                                 ("lname", "VARCHAR(255)"), ("DOB", "DATE")])
    judged = classify(classifier, source(patients, (
        "openemr_postcalendar_events", [("pc_eid", "INT PRIMARY KEY"), ("pc_catid", "INT"), ("pc_pid", "VARCHAR(11)"),
                                        ("pc_title", "VARCHAR(150)"), ("pc_eventDate", "DATE"),
                                        ("pc_duration", "BIGINT")])))
    assert all(judged[("openemr_postcalendar_events", c)].personal
               for c in ("pc_eid", "pc_catid", "pc_title", "pc_eventdate", "pc_duration"))
    unprefixed = classify(classifier, source(patients, (
        "calendar_slots", [("id", "INT PRIMARY KEY"), ("pc_pid", "VARCHAR(11)"), ("label", "VARCHAR(150)"),
                           ("length", "BIGINT")])))
    assert not any(unprefixed[("calendar_slots", c)].personal for c in ("id", "label", "length"))


def test_a_texts_uid_is_no_user_and_a_poster_number_is(classifier):
    """phpBB: forum_desc_uid beside forum_desc is the markup id of the description, no user's id,
    and forum_last_poster_id is the newest post's poster kept for showing: a forum is the board's
    configuration. topic_poster is the user who started the topic: the topic is their post."""
    fields = source(("phpbb_users", [("user_id", "INT PRIMARY KEY"), ("username", "VARCHAR(255)"),
                                     ("user_email", "VARCHAR(100)"), ("user_password", "VARCHAR(255)")]),
                    ("phpbb_forums", [("forum_id", "INT PRIMARY KEY"), ("forum_name", "VARCHAR(255)"),
                                      ("forum_desc", "VARCHAR(4000)"), ("forum_desc_uid", "VARCHAR(8)"),
                                      ("forum_rules", "VARCHAR(4000)"), ("forum_rules_uid", "VARCHAR(8)"),
                                      ("forum_posts", "INT"), ("forum_last_poster_id", "INT")]),
                    ("phpbb_topics", [("topic_id", "INT PRIMARY KEY"), ("forum_id", "INT"),
                                      ("topic_title", "VARCHAR(255)"), ("topic_poster", "INT"),
                                      ("topic_time", "INT")]))
    judged = classify(classifier, fields)
    assert not any(judged[("phpbb_forums", c)].personal
                   for c in ("forum_id", "forum_name", "forum_desc", "forum_desc_uid", "forum_rules_uid", "forum_posts"))
    assert all(judged[("phpbb_topics", c)].personal for c in ("topic_id", "topic_title", "topic_poster", "topic_time"))


def test_a_news_item_with_its_posters_number_is_their_post(classifier):
    """MantisBT: mantis_news_table.poster_id names no table (the users live in mantis_user_table),
    yet it is the number of the user who posted the headline and body: their post (A.1.4). News
    with no poster stays the site's."""
    fields = source(("mantis_user_table", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(191)"),
                                           ("realname", "VARCHAR(191)"), ("email", "VARCHAR(191)")]),
                    ("mantis_news_table", [("id", "INT PRIMARY KEY"), ("project_id", "INT"), ("poster_id", "INT"),
                                           ("date_posted", "DATETIME"), ("headline", "VARCHAR(64)"),
                                           ("body", "TEXT")]),
                    ("mantis_project_table", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(128)")]),
                    ("mantis_bug_table", [("id", "INT PRIMARY KEY"), ("project_id", "INT"), ("reporter_id", "INT"),
                                          ("summary", "VARCHAR(128)")]),
                    ("news", [("id", "INT PRIMARY KEY"), ("title", "VARCHAR(255)"), ("body", "TEXT")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("mantis_news_table", c) for c in ("id", "date_posted", "headline", "body")],
                   "interaction", "A.1.4")
    assert not any(judged[("news", c)].personal for c in ("id", "title", "body"))


def test_a_store_of_the_users_sessions_is_a_log_of_them(classifier):
    """Elgg's users_sessions (session, ts, data) names no user, yet each row is a visitor's login
    session, a log (A.2.5), like a plain sessions table; a training's sessions are no one's."""
    fields = source(("users", [("guid", "BIGINT PRIMARY KEY"), ("username", "VARCHAR(128)"),
                               ("email", "TEXT"), ("password_hash", "TEXT")]),
                    ("users_sessions", [("session", "VARCHAR(255)"), ("ts", "INT"), ("data", "MEDIUMBLOB")]),
                    ("TrainingSessions", [("id", "BIGINT PRIMARY KEY"), ("name", "VARCHAR(300)"),
                                          ("scheduled", "DATETIME"), ("description", "TEXT")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("users_sessions", c) for c in ("session", "ts", "data")], "log", "A.2.5")
    assert not any(judged[("trainingsessions", c)].personal for c in ("id", "name", "scheduled", "description"))


def test_a_persons_second_id_keys_the_rows_that_hold_it(classifier):
    """OpenEMR: patient_data's key is id, but every clinical table names the patient by pid, a
    second id of patient_data; a stream_id held by a user table is no key to the user."""
    fields = source(("patient_data", [("id", "BIGINT PRIMARY KEY"), ("pid", "BIGINT"), ("fname", "VARCHAR(255)"),
                                      ("lname", "VARCHAR(255)"), ("DOB", "DATE")]),
                    ("form_vitals", [("id", "BIGINT PRIMARY KEY"), ("pid", "BIGINT"), ("bps", "VARCHAR(40)"),
                                     ("note", "VARCHAR(255)")]),
                    ("account_data", [("user_id", "TEXT"), ("email", "TEXT"), ("displayname", "TEXT"),
                                      ("stream_id", "BIGINT")]),
                    ("stream_positions", [("stream_name", "TEXT"), ("instance_name", "TEXT"), ("stream_id", "BIGINT")]))
    judged = classify(classifier, fields)
    assert all(judged[("form_vitals", c)].personal for c in ("id", "pid", "bps", "note"))
    assert "patient_data" in judged[("form_vitals", "bps")].evidence[-1]
    assert not any(judged[("stream_positions", c)].personal for c in ("stream_name", "stream_id"))


def test_a_message_to_a_persons_address_is_theirs(classifier):
    """IceHrm's Emails (toEmail, subject, body) is mail to a person even with no key to them; a
    newsletter naming only its sender's address is the shop's."""
    fields = source(("Emails", [("id", "BIGINT PRIMARY KEY"), ("subject", "VARCHAR(300)"), ("toEmail", "VARCHAR(300)"),
                                ("body", "LONGTEXT"), ("created", "DATETIME")]),
                    ("newsletter", [("newsletter_id", "INT PRIMARY KEY"), ("subject", "VARCHAR(250)"),
                                    ("sender_email", "VARCHAR(254)"), ("content_html", "TEXT")]))
    judged = classify(classifier, fields)
    assert all(judged[("emails", c)].personal for c in ("id", "subject", "toemail", "body", "created"))
    assert not any(judged[("newsletter", c)].personal for c in ("newsletter_id", "subject", "content_html"))


def test_a_person_table_named_for_uncovered_data_holds_that_data(classifier):
    """A civil-service payroll's gaji table (nip, nama, gaji_pokok, tunjangan) names and identifies
    the employee, and every column of it is payroll data (UNCOVERED, UU PDP specific)."""
    judged = classify(classifier, source(("gaji", [("id_gaji", "INT PRIMARY KEY"), ("nip", "VARCHAR(18)"),
                                                   ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)"),
                                                   ("tunjangan", "INT"), ("bulan", "VARCHAR(10)")])))
    assert judged[("gaji", "bulan")].record == "person"
    assert judged[("gaji", "bulan")].uncovered and judged[("gaji", "bulan")].sensitive


def test_a_number_named_after_a_person_is_personal_in_a_row_that_is_not(classifier):
    """WordPress links: the blogroll link is the site's, its link_owner (a user's id) is personal."""
    judged = classify(classifier, source(("wp_links", [("link_id", "BIGINT(20)"), ("link_url", "VARCHAR(255)"),
                                                       ("link_owner", "BIGINT(20)")])))
    assert judged[("wp_links", "link_owner")].personal
    assert not judged[("wp_links", "link_url")].personal
    assert not classify(classifier, source(("wp_links", [("link_owner", "VARCHAR(20)")])))[
        ("wp_links", "link_owner")].personal  # a word, not a person's number


def test_a_row_keyed_by_a_persons_email_is_that_persons(classifier):
    """Laravel password_resets: email, token, created_at, with the users table holding email."""
    fields = source(("users", [("id", "BIGINT"), ("name", "VARCHAR(255)"), ("email", "VARCHAR(255)"),
                               ("password", "VARCHAR(255)")]),
                    ("password_resets", [("email", "VARCHAR(255)"), ("token", "VARCHAR(255)"),
                                         ("created_at", "TIMESTAMP")]))
    judged = classify(classifier, fields)
    assert all(judged[("password_resets", c)].personal for c in ("email", "token", "created_at"))
    assert "password_resets.email is users.email" in "; ".join(judged[("password_resets", "token")].evidence)


def test_a_row_of_no_kind_naming_a_user_by_user_name_is_that_users(classifier):
    """Synapse's push_rules (a user's notification rules) and a shop's login blocker name the user
    by users.username: the row holds a key to that person (LABELLING.md 1). A sale names its
    cashier the same way, and is the cashier's record by that reading too; a transaction naming
    its recorder by a user name keeps it the transaction's kind."""
    fields = source(("users", [("id", "INT"), ("username", "VARCHAR(50)"), ("password", "VARCHAR(255)"),
                               ("nama", "VARCHAR(100)")]),
                    ("push_rules", [("id", "BIGINT"), ("username", "TEXT"), ("rule_id", "TEXT"),
                                    ("priority", "INTEGER"), ("actions", "TEXT")]),
                    ("penjualan", [("kodejual", "CHAR(15)"), ("tgljual", "DATE"), ("username", "VARCHAR(50)")]))
    fields.append(Field("s", "h_jual", "kodejual", "CHAR(15)"))
    fields.append(Field("s", "h_jual", "username", "VARCHAR(50)"))
    judged = classify(classifier, fields)
    assert all(judged[("push_rules", c)].personal for c in ("id", "username", "rule_id", "priority", "actions"))
    assert judged[("h_jual", "kodejual")].personal  # a sale of no kind by name: the cashier's row
    assert judged[("penjualan", "tgljual")].record == "transaction"
    assert judged[("penjualan", "username")].personal


def test_a_one_character_column_named_for_text_is_a_flag(classifier):
    """LimeSurvey surveys.ipaddr VARCHAR(1) says whether IPs are saved; a one-letter gender code is
    still a gender."""
    judged = classify(classifier, source(("settings_global", [("ipaddr", "VARCHAR(1)"), ("ipaddr_log", "TEXT")]),
                                         ("anggota", [("id", "INT"), ("nama", "VARCHAR(50)"), ("jk", "CHAR(1)")])))
    assert not judged[("settings_global", "ipaddr")].personal
    assert judged[("settings_global", "ipaddr_log")].personal
    gender = judged[("anggota", "jk")]
    assert gender.personal and gender.categories[0] == "A.1.1"


def test_the_text_of_an_email_is_not_an_address(classifier):
    """LimeSurvey surveys_languagesettings: invitation and reminder e-mail templates."""
    judged = classify(classifier, source(("surveys_languagesettings", [
        ("surveyls_survey_id", "INT"), ("surveyls_email_invite_subj", "VARCHAR(255)"),
        ("surveyls_email_invite", "TEXT"), ("email_admin_notification", "TEXT"), ("admin_email", "VARCHAR(254)")])))
    for column in ("surveyls_email_invite_subj", "surveyls_email_invite", "email_admin_notification"):
        assert not judged[("surveys_languagesettings", column)].personal, column
    assert judged[("surveys_languagesettings", "admin_email")].personal


def test_a_table_named_for_people_whose_columns_name_nobody_is_not_a_persons_record(classifier):
    """OpenBiblio member_fields_dm and a hospital's tujuan_pasien list things about people; a
    whitelist of employees with their full names is about them."""
    fields = source(("member_fields_dm", [("code", "VARCHAR(16)"), ("description", "CHAR(32)"),
                                          ("default_flg", "CHAR(1)")]),
                    ("tujuan_pasien", [("id", "INT(11)"), ("nama_tujuan", "VARCHAR(100)"), ("gedung", "VARCHAR(50)")]),
                    ("pegawai_whitelist", [("id", "INT(11)"), ("nama_lengkap", "VARCHAR(255)"),
                                           ("posisi", "VARCHAR(100)"), ("tanggal_ditambahkan", "TIMESTAMP")]))
    judged = classify(classifier, fields)
    assert not any(judged[("member_fields_dm", c)].personal for c in ("code", "description", "default_flg"))
    assert not any(judged[("tujuan_pasien", c)].personal for c in ("id", "nama_tujuan", "gedung"))
    assert all(judged[("pegawai_whitelist", c)].personal for c in ("id", "nama_lengkap", "posisi",
                                                                   "tanggal_ditambahkan"))


def test_the_own_key_of_a_row_about_no_person_is_not_personal(classifier):
    """OrangeHRM hs_hr_customer (client companies) keyed by customer_id; a lab-test catalogue keyed
    by id_data_laborat_dokter. In the customers of a shop the same key is the person's."""
    fields = source(("hs_hr_customer", [("customer_id", "INT(11)"), ("name", "VARCHAR(100)"),
                                        ("description", "VARCHAR(250)")]),
                    ("tbl_data_laborat_dokter", [("id_data_laborat_dokter", "INT(11)"), ("nama", "VARCHAR(255)"),
                                                 ("tarif", "INT(11)")]))
    judged = classify(classifier, fields)
    assert not judged[("hs_hr_customer", "customer_id")].personal
    assert not judged[("tbl_data_laborat_dokter", "id_data_laborat_dokter")].personal
    shop = classify(classifier, source(("customers", [("customer_id", "INT"), ("first_name", "VARCHAR(45)")])))
    assert shop[("customers", "customer_id")].personal


def test_membership_is_one_word(classifier):
    """OrangeHRM hs_hr_membership (professional memberships): not `members` + `hip`."""
    judged = classify(classifier, source(("hs_hr_membership", [("membship_code", "VARCHAR(13)"),
                                                               ("membship_name", "VARCHAR(120)")])))
    assert not judged[("hs_hr_membership", "membship_name")].personal


def test_an_organisations_own_phone_is_not_personal_its_contact_persons_is(classifier):
    """Northwind Shippers (no contact person) and Suppliers (ContactName beside one Phone); a
    clinic's supplier with the supplier's phone and its contact person's (no_telp_cp)."""
    fields = source(("Shippers", [("ShipperID", "INTEGER"), ("CompanyName", "TEXT"), ("Phone", "TEXT")]),
                    ("Suppliers", [("SupplierID", "INTEGER"), ("CompanyName", "TEXT"), ("ContactName", "TEXT"),
                                   ("Phone", "TEXT"), ("Fax", "TEXT")]),
                    ("supplier", [("supplier_id", "INT(11)"), ("nama_supplier", "VARCHAR(150)"),
                                  ("no_telpon_supplier", "VARCHAR(20)"), ("contact_person", "VARCHAR(50)"),
                                  ("no_telp_cp", "VARCHAR(20)")]),
                    ("offices", [("officeCode", "VARCHAR(10)"), ("phone", "VARCHAR(50)"),
                                 ("latitude", "DECIMAL(10, 8)")]))
    judged = classify(classifier, fields)
    assert not judged[("shippers", "phone")].personal
    assert judged[("suppliers", "contactname")].personal and judged[("suppliers", "phone")].personal
    assert judged[("suppliers", "fax")].personal
    assert not judged[("supplier", "no_telpon_supplier")].personal
    assert judged[("supplier", "contact_person")].personal and judged[("supplier", "no_telp_cp")].personal
    assert not judged[("offices", "phone")].personal and not judged[("offices", "latitude")].personal
    shop = classify(classifier, source(("toko", [("id", "INT"), ("nama_toko", "TEXT"), ("no_hp", "TEXT")])))
    assert shop[("toko", "no_hp")].personal  # a shop may be one person trading (LABELLING.md)


def test_a_person_named_in_parts_with_a_contact_person_is_still_a_person(classifier):
    """Care2x: care_person gives a patient's name_first and name_last beside the contact_person to
    call for them: a person's own name, so the table holds people, not companies, and an encounter
    keyed by the patient's pid is theirs. A customer with a contact person and no name of a person
    of its own stays a company (phpIPAM, in test_classify_excerpts)."""
    fields = source(("care_person", [("pid", "BIGINT PRIMARY KEY"), ("name_first", "VARCHAR(60)"),
                                     ("name_last", "VARCHAR(60)"), ("date_birth", "DATE"),
                                     ("contact_person", "VARCHAR(255)"), ("contact_relation", "VARCHAR(25)")]),
                    ("care_encounter", [("encounter_nr", "BIGINT PRIMARY KEY"), ("pid", "BIGINT"),
                                        ("encounter_date", "TIMESTAMP"), ("encounter_status", "VARCHAR(35)")]),
                    ("customers", [("id", "INT PRIMARY KEY"), ("title", "VARCHAR(100)"),
                                   ("contact_person", "VARCHAR(100)"), ("contact_phone", "VARCHAR(30)")]))
    judged = classify(classifier, fields)
    assert all(judged[("care_person", c)].record == "person" for c in ("pid", "name_first", "contact_relation"))
    assert all(judged[("care_encounter", c)].personal for c in ("encounter_nr", "pid", "encounter_date",
                                                                "encounter_status"))
    assert not judged[("customers", "title")].personal and judged[("customers", "contact_person")].personal


def test_a_menu_is_configuration_even_with_a_users_key(classifier):
    """LimeSurvey surveymenu (glued: survey + menu) holds its creator's user_id; a user's own
    settings row is still theirs."""
    fields = source(USERS,
                    ("surveymenu", [("id", "SERIAL"), ("parent_id", "INT"), ("survey_id", "INT"), ("user_id", "INT"),
                                    ("title", "VARCHAR(168)"), ("created_at", "TIMESTAMP")]),
                    ("settings_user", [("id", "SERIAL"), ("uid", "INT"), ("stg_name", "VARCHAR(63)"),
                                       ("stg_value", "TEXT")]))
    judged = classify(classifier, fields)
    assert judged[("surveymenu", "user_id")].personal
    assert not any(judged[("surveymenu", c)].personal for c in ("id", "parent_id", "survey_id", "title", "created_at"))
    assert all(judged[("settings_user", c)].personal for c in ("id", "uid", "stg_name", "stg_value"))


def test_a_users_uid_glued_to_from_or_to_is_a_key_to_the_user(classifier):
    """MyBB maillogs: fromuid and touid name the members who sent and received the e-mail."""
    fields = source(("mybb_users", [("uid", "INT UNSIGNED"), ("username", "VARCHAR(120)"), ("email", "VARCHAR(220)")]),
                    ("mybb_maillogs", [("mid", "INT UNSIGNED"), ("subject", "VARCHAR(200)"), ("message", "TEXT"),
                                       ("fromuid", "INT UNSIGNED"), ("touid", "INT UNSIGNED")]))
    judged = classify(classifier, fields)
    assert all(judged[("mybb_maillogs", c)].personal for c in ("mid", "subject", "message", "fromuid", "touid"))
    assert "fromuid -> mybb_users" in "; ".join(judged[("mybb_maillogs", "subject")].evidence)


def test_a_number_named_as_a_table_is_a_key_to_it_a_plural_counts(classifier):
    """A shop's cart line keyed by `costumer INT` (the costumer table); MyBB's forums count their
    `threads INT` and are not the threads' authors' record."""
    fields = source(("costumer", [("id_costumer", "INT(5)"), ("nama", "VARCHAR(50)"), ("no_hp", "VARCHAR(15)"),
                                  ("email", "VARCHAR(50)")]),
                    ("keranjang", [("id_keranjang", "INT(5)"), ("costumer", "INT(3)"), ("qty", "INT(5)")]),
                    ("mybb_users", [("uid", "INT UNSIGNED"), ("username", "VARCHAR(120)"), ("email", "VARCHAR(220)")]),
                    ("mybb_threads", [("tid", "INT UNSIGNED"), ("uid", "INT UNSIGNED"), ("subject", "VARCHAR(120)")]),
                    ("mybb_forums", [("fid", "SMALLINT"), ("name", "VARCHAR(120)"), ("threads", "INT UNSIGNED")]))
    judged = classify(classifier, fields)
    assert judged[("keranjang", "qty")].personal and judged[("keranjang", "qty")].categories[0] == "A.2.3"
    assert not judged[("mybb_forums", "name")].personal
    assert judged[("mybb_threads", "subject")].categories[0] == "A.1.4"  # a thread is a message


def test_a_chain_of_keys_does_not_pass_through_a_catalogue(classifier):
    """A discount on a product is not about the product's reseller."""
    fields = source(("reseler", [("id_reseler", "INT(5)"), ("nama_reseler", "VARCHAR(50)"), ("no_hp", "VARCHAR(15)"),
                                 ("email", "VARCHAR(50)")]),
                    ("produk", [("kode_produk", "VARCHAR(18)"), ("nm_produk", "TEXT"), ("reseler", "INT(5)")]),
                    ("diskon", [("id_diskon", "INT(5)"), ("kode_produk", "VARCHAR(18)"), ("jumlah_diskon", "INT(3)")]))
    judged = classify(classifier, fields)
    assert judged[("produk", "reseler")].personal
    assert not judged[("diskon", "jumlah_diskon")].personal and not judged[("produk", "nm_produk")].personal


def test_a_record_of_no_kind_takes_the_kind_of_the_record_its_key_passes_through(classifier):
    """Synapse: a one-time key of a user's device is device data (e2e_one_time_keys_json ->
    devices -> users)."""
    fields = source(("users", [("name", "TEXT"), ("password_hash", "TEXT"), ("creation_ts", "BIGINT")]),
                    ("devices", [("user_id", "TEXT"), ("device_id", "TEXT"), ("display_name", "TEXT")]),
                    ("e2e_one_time_keys_json", [("user_id", "TEXT"), ("device_id", "TEXT"), ("algorithm", "TEXT"),
                                                ("key_json", "TEXT")]))
    judged = classify(classifier, fields)
    assert judged[("e2e_one_time_keys_json", "algorithm")].categories[0] == "A.2.4"
    assert judged[("e2e_one_time_keys_json", "key_json")].record == "device"


def test_a_thing_named_with_its_senders_and_recipients_details_is_their_shipment(classifier):
    """A courier's paket_barang (a parcel: catalogue words) with the sender's and recipient's names,
    addresses and phones, and the branch's receipt of it; a book catalogue naming its authors is not."""
    fields = source(("paket_barang", [("IDPaket", "INT(9)"), ("nama_paket", "VARCHAR(100)"),
                                      ("nama_pengirim", "VARCHAR(50)"), ("alamat_pengirim", "VARCHAR(255)"),
                                      ("telepon_pengirim", "VARCHAR(30)"), ("nama_penerima", "VARCHAR(50)"),
                                      ("alamat_penerima", "VARCHAR(255)"), ("berat", "VARCHAR(10)")]),
                    ("penerimaan_paket", [("IDPenerimaan", "INT(9) PRIMARY KEY"), ("IDPaket", "INT(9)"),
                                          ("waktu_masuk", "CHAR(18)")]),
                    ("books", [("book_id", "INT"), ("title", "VARCHAR(200)"), ("author_first_name", "VARCHAR(50)"),
                               ("author_last_name", "VARCHAR(50)")]),
                    ("produk", [("id_produk", "INT"), ("nama_produk", "VARCHAR(100)"), ("harga", "INT"),
                                ("nama_penjual", "VARCHAR(50)"), ("hp_penjual", "VARCHAR(15)")]))
    judged = classify(classifier, fields)
    for column in ("idpaket", "nama_paket", "nama_pengirim", "berat"):
        assert judged[("paket_barang", column)].categories[0] == "A.1.5", column
    assert judged[("penerimaan_paket", "waktu_masuk")].personal
    assert not judged[("books", "title")].personal and judged[("books", "author_first_name")].personal
    assert not judged[("produk", "harga")].personal and judged[("produk", "hp_penjual")].personal


def test_registrants_and_headmasters_are_people(classifier):
    """A school admission's notifikasi_pendaftar (a phone beside the registration number) and a
    school profile's nama_kepsek (the headmaster: its contact person)."""
    fields = source(("notifikasi_pendaftar", [("id_notifikasi", "INT(11)"), ("no_pendaftaran", "VARCHAR(20)"),
                                              ("no_hp", "VARCHAR(13)"), ("keterangan", "TEXT")]),
                    ("profil_sekolah", [("idprofil_sekolah", "INT(4)"), ("nama", "VARCHAR(128)"),
                                        ("nama_kepsek", "VARCHAR(128)"), ("alamat", "VARCHAR(256)")]))
    judged = classify(classifier, fields)
    assert all(judged[("notifikasi_pendaftar", c)].personal for c in ("id_notifikasi", "no_pendaftaran", "keterangan"))
    assert judged[("profil_sekolah", "nama_kepsek")].personal
    assert not judged[("profil_sekolah", "nama")].personal and not judged[("profil_sekolah", "alamat")].personal


def test_a_key_naming_a_persons_thing_is_no_key_to_the_person(classifier):
    """Piwigo categories.representative_picture_id names a picture (representative is also a
    person word); sales_rep_id and secondary_teacher_id name people."""
    fields = source(("piwigo_categories", [("id", "SMALLINT(5)"), ("name", "VARCHAR(255)"),
                                           ("representative_picture_id", "MEDIUMINT(8)")]),
                    ("accounts_receivable", [("id", "INT"), ("sales_rep_id", "INT"), ("amount", "DECIMAL(10,2)")]))
    judged = classify(classifier, fields)
    assert not judged[("piwigo_categories", "name")].personal
    assert judged[("accounts_receivable", "amount")].personal


def test_health_words_only_in_a_persons_record(classifier):
    """openSIS course_weight and an ICD-X code list's nama_diagnosa are not health data; a parcel's
    weight is part of its shipment; a patient's weight and an examination's diagnosis are."""
    fields = source(("course_periods", [("course_period_id", "INT"), ("title", "VARCHAR(100)"),
                                        ("course_weight", "VARCHAR(10)")]),
                    ("tbl_data_icdx", [("id", "INT"), ("kode_icdx", "VARCHAR(10)"), ("nama_diagnosa", "VARCHAR(255)")]),
                    ("pelanggan", [("id_pelanggan", "INT"), ("nama", "VARCHAR(50)"), ("no_hp", "VARCHAR(15)")]),
                    ("pengiriman", [("id", "INT"), ("id_pelanggan", "INT"), ("berat_weight", "INT")]),
                    ("pasien", [("id_pasien", "INT"), ("nama_pasien", "VARCHAR(50)"), ("weight", "INT")]),
                    ("pemeriksaan", [("id", "INT"), ("id_pasien", "INT"), ("diagnosa", "TEXT")]))
    judged = classify(classifier, fields)
    assert not judged[("course_periods", "course_weight")].personal
    assert not judged[("tbl_data_icdx", "nama_diagnosa")].personal
    assert judged[("pengiriman", "berat_weight")].categories[0] == "A.1.5"
    assert judged[("pasien", "weight")].uncovered and judged[("pasien", "weight")].sensitive
    assert judged[("pemeriksaan", "diagnosa")].uncovered and judged[("pemeriksaan", "diagnosa")].sensitive


def test_every_column_of_a_record_no_category_covers_is_of_its_kind(classifier):
    """A clinic's rekam_medik (medik: medis) and an employee's payslip riwayat_gaji: the complaint,
    the salary and the allowance are health and payroll data; the patient's phone stays A.1.1."""
    fields = source(("pasien", [("id_pasien", "INT(11)"), ("nama_pasien", "VARCHAR(100)"), ("no_hp", "VARCHAR(15)")]),
                    ("rekam_medik", [("id_rekam_medik", "INT(11)"), ("id_pasien", "INT(11)"), ("keluhan", "TEXT"),
                                     ("no_hp", "VARCHAR(15)")]),
                    ("pegawai", [("id_pegawai", "INT(11)"), ("nama_lengkap", "VARCHAR(100)"), ("nik", "VARCHAR(16)")]),
                    ("riwayat_gaji", [("id", "INT(11)"), ("id_pegawai", "INT(11)"), ("gaji_bersih", "INT(11)"),
                                      ("tunjangan_jabatan", "INT(11)")]))
    judged = classify(classifier, fields)
    for table, column in (("rekam_medik", "id_rekam_medik"), ("rekam_medik", "keluhan"),
                          ("riwayat_gaji", "gaji_bersih"), ("riwayat_gaji", "tunjangan_jabatan")):
        suggestion = judged[(table, column)]
        assert suggestion.personal and not suggestion.categories and suggestion.uncovered, (table, column)
        assert suggestion.sensitive, (table, column)
    assert judged[("rekam_medik", "no_hp")].categories[0] == "A.1.1"


def test_a_users_saved_search_named_by_its_creator_is_their_preference(classifier):
    """Request Tracker SavedSearches: Creator INT names the user who saved it; a MyBB profile
    field's definition with a `profile TINYINT(1)` flag names nobody."""
    fields = source(("SavedSearches", [("id", "INT"), ("Name", "VARCHAR(255)"), ("Creator", "INT"),
                                       ("Created", "DATETIME")]),
                    ("mybb_profilefields", [("fid", "SMALLINT UNSIGNED"), ("name", "VARCHAR(100)"),
                                            ("profile", "TINYINT(1)")]))
    judged = classify(classifier, fields)
    assert all(judged[("savedsearches", c)].categories[0] == "A.2.3" for c in ("id", "name", "creator", "created"))
    assert not judged[("mybb_profilefields", "name")].personal
    assert not judged[("mybb_profilefields", "profile")].personal


def test_an_event_someone_wrote_is_a_message_and_so_is_what_is_kept_of_it(classifier):
    """Synapse events (a chat server's messages: sender, content) and event_json keyed to them are
    A.1.4; an analytics event stream stays a log."""
    fields = source(("users", [("name", "TEXT"), ("password_hash", "TEXT"), ("email", "TEXT")]),
                    ("events", [("event_id", "TEXT PRIMARY KEY"), ("room_id", "TEXT"), ("sender", "TEXT"),
                                ("content", "TEXT"), ("origin_server_ts", "BIGINT")]),
                    ("event_json", [("event_id", "TEXT"), ("room_id", "TEXT"), ("json", "TEXT")]))
    judged = classify(classifier, fields)
    assert judged[("events", "content")].categories[0] == "A.1.4"
    assert judged[("event_json", "json")].categories[0] == "A.1.4"
    analytics = classify(classifier, source(("events", [("id", "BIGINT"), ("user_id", "BIGINT"), ("event_name", "TEXT"),
                                                        ("properties", "JSONB"), ("occurred_at", "TIMESTAMP")])))
    assert analytics[("events", "properties")].categories[0] == "A.2.5"


def test_a_log_that_records_nobody_is_not_a_persons(classifier):
    """A scheduler's cron_log records jobs; an access log with an IP and a user agent is a person's."""
    fields = source(("cron_log", [("id", "INT"), ("job", "VARCHAR(100)"), ("started_at", "DATETIME"),
                                  ("status", "VARCHAR(20)")]),
                    ("access_log", [("id", "INT"), ("ip_address", "VARCHAR(45)"), ("user_agent", "TEXT"),
                                    ("path", "VARCHAR(255)"), ("created_at", "DATETIME")]))
    judged = classify(classifier, fields)
    assert not any(judged[("cron_log", c)].personal for c in ("id", "job", "started_at", "status"))
    assert all(judged[("access_log", c)].personal for c in ("id", "ip_address", "path", "created_at"))


def test_a_glued_table_name_is_read_by_its_last_word(classifier):
    """MyBB threadsubscriptions: a member's subscriptions to threads, a preference (A.2.3)."""
    fields = source(("mybb_users", [("uid", "INT UNSIGNED"), ("username", "VARCHAR(120)"), ("email", "VARCHAR(220)")]),
                    ("mybb_threadsubscriptions", [("sid", "INT UNSIGNED"), ("uid", "INT UNSIGNED"),
                                                  ("tid", "INT UNSIGNED"), ("notification", "TINYINT(1)")]))
    judged = classify(classifier, fields)
    assert judged[("mybb_threadsubscriptions", "tid")].record == "preference"
    assert judged[("mybb_threadsubscriptions", "tid")].categories[0] == "A.2.3"


def test_a_receipt_with_no_amount_is_a_read_receipt_not_a_payment(classifier):
    """Synapse receipts_linearized records which event a user read (A.2.5); a shop's receipts
    with a total stay the buyer's payment (A.1.6)."""
    fields = source(USERS,
                    ("receipts_linearized", [("stream_id", "BIGINT"), ("room_id", "TEXT"), ("receipt_type", "TEXT"),
                                             ("user_id", "TEXT"), ("event_id", "TEXT"), ("data", "TEXT")]),
                    ("receipts", [("receipt_id", "INT"), ("user_id", "INT"), ("total", "DECIMAL(10,2)"),
                                  ("issued_at", "DATETIME")]))
    judged = classify(classifier, fields)
    read = judged[("receipts_linearized", "event_id")]
    assert read.personal and read.record == "log" and read.categories[0] == "A.2.5"
    paid = judged[("receipts", "total")]
    assert paid.personal and paid.record == "payment" and paid.categories[0] == "A.1.6"


def test_a_record_of_old_and_new_values_is_an_audit_trail(classifier):
    """Request Tracker's Transactions are its tickets' history (OldValue, NewValue, by their
    Creator): a log A.2.5, not purchases; an order keyed to its customer stays a transaction."""
    fields = source(("Users", [("id", "INT PRIMARY KEY"), ("Name", "VARCHAR(200)"), ("EmailAddress", "VARCHAR(120)"),
                               ("RealName", "VARCHAR(120)")]),
                    ("Transactions", [("id", "INT PRIMARY KEY"), ("ObjectType", "VARCHAR(255)"), ("ObjectId", "INT"),
                                      ("Type", "VARCHAR(20)"), ("Field", "VARCHAR(255)"), ("OldValue", "VARCHAR(255)"),
                                      ("NewValue", "VARCHAR(255)"), ("Creator", "INT"), ("Created", "DATETIME")]),
                    ("orders", [("order_id", "INT PRIMARY KEY"), ("customer_id", "INT"), ("status", "VARCHAR(20)"),
                                ("shipped_date", "DATE")]),
                    ("customers", [("customer_id", "INT PRIMARY KEY"), ("name", "VARCHAR(100)"),
                                   ("email", "VARCHAR(100)")]))
    judged = classify(classifier, fields)
    history = judged[("transactions", "oldvalue")]
    assert history.personal and history.record == "log" and history.categories[0] == "A.2.5"
    assert judged[("orders", "status")].record == "transaction"


def test_a_short_word_of_a_kind_glued_last_names_the_record(classifier):
    """MyBB's searchlog is a log of its user's searches (A.2.5) and pollvotes their votes (A.1.4);
    Request Tracker's Catalogs are a catalogue, not a log, whoever created them."""
    mybb_users = ("mybb_users", [("uid", "INT PRIMARY KEY"), ("username", "VARCHAR(120)"), ("email", "VARCHAR(220)")])
    fields = source(mybb_users,
                    ("mybb_searchlog", [("sid", "VARCHAR(32) PRIMARY KEY"), ("uid", "INT"), ("dateline", "INT"),
                                        ("keywords", "TEXT")]),
                    ("mybb_pollvotes", [("vid", "INT PRIMARY KEY"), ("pid", "INT"), ("uid", "INT"),
                                        ("voteoption", "SMALLINT"), ("dateline", "INT")]),
                    ("Catalogs", [("id", "INT PRIMARY KEY"), ("Name", "VARCHAR(255)"), ("Lifecycle", "VARCHAR(32)"),
                                  ("Creator", "INT"), ("Created", "DATETIME")]))
    judged = classify(classifier, fields)
    searched = judged[("mybb_searchlog", "keywords")]
    assert searched.record == "log" and searched.categories[0] == "A.2.5"
    voted = judged[("mybb_pollvotes", "voteoption")]
    assert voted.record == "interaction" and voted.categories[0] == "A.1.4"
    assert not judged[("catalogs", "lifecycle")].personal


def test_a_row_holding_a_persons_identity_number_is_theirs(classifier):
    """A school's re-registration documents (nama_ktp, ktp, kk scans) with no key to the
    registrant are the registrant's all the same; a supplier's npwp stays an organisation's."""
    fields = source(("dokumen_daftar_ulang", [("id_dokumen", "INT PRIMARY KEY"), ("nama_ktp", "VARCHAR(100)"),
                                              ("ktp", "VARCHAR(255)"), ("kk", "VARCHAR(255)"),
                                              ("tanggal_upload", "DATE")]),
                    ("supplier", [("id_supplier", "INT PRIMARY KEY"), ("nama_supplier", "VARCHAR(100)"),
                                  ("npwp", "VARCHAR(20)"), ("kota", "VARCHAR(50)")]))
    judged = classify(classifier, fields)
    for column in ("id_dokumen", "ktp", "kk", "tanggal_upload"):
        assert judged[("dokumen_daftar_ulang", column)].personal, column
    assert "identity number" in judged[("dokumen_daftar_ulang", "tanggal_upload")].evidence[-1]
    assert not judged[("supplier", "kota")].personal


def test_a_classifier_that_forgot_its_caches_judges_the_same(classifier):
    """Classifier.forget (called once an audit has judged every source) drops what it remembers;
    judging again gives the same suggestions."""
    fields = source(USERS, ("orders", [("id", "INT"), ("uid", "INT"), ("total", "DECIMAL(10,2)")]))
    before = classify(classifier, fields)
    classifier.forget()
    assert classifier._judge_field.cache_info().currsize == 0 and not classifier._tables
    assert classify(classifier, fields) == before


PATIENTS = ("pasien", [("id_pasien", "INT PRIMARY KEY"), ("nama_pasien", "VARCHAR(100)"), ("alamat", "TEXT"),
                       ("no_hp", "VARCHAR(15)")])


def test_every_record_of_a_patient_but_a_payment_is_health_data(classifier):
    """A clinic (sim_klinik_ampel, klinik_oka): a queue number at the general clinic and a visit
    keyed to a patient say the person was treated, whatever their columns are called, so every
    column is UU PDP specific data; the patient's own name and address are not, nor what they paid."""
    fields = source(PATIENTS,
                    ("antrian_bp", [("id_antrian", "INT PRIMARY KEY"), ("id_pasien", "INT"), ("no_antrian", "INT"),
                                    ("tanggal", "DATE"), ("status", "VARCHAR(10)")]),
                    ("kunjungan", [("id_kunjungan", "INT PRIMARY KEY"), ("pasien_id", "INT"), ("tgl_kunjungan", "DATE"),
                                   ("poli", "VARCHAR(30)")]),
                    ("pembayaran", [("id_bayar", "INT PRIMARY KEY"), ("kunjungan_id", "INT"), ("total", "INT"),
                                    ("metode", "VARCHAR(20)")]))
    judged = classify(classifier, fields)
    for table, column in (("antrian_bp", "no_antrian"), ("antrian_bp", "status"), ("kunjungan", "tgl_kunjungan"),
                          ("kunjungan", "poli")):
        suggestion = judged[(table, column)]
        assert suggestion.personal and suggestion.sensitive, (table, column)
        assert any("health data" in reason for reason in suggestion.evidence), suggestion.evidence
    assert not judged[("pasien", "nama_pasien")].sensitive and not judged[("pasien", "alamat")].sensitive
    assert judged[("pembayaran", "total")].personal and not judged[("pembayaran", "total")].sensitive


def test_a_members_nota_is_a_purchase_a_saran_a_message_a_dashboard_a_saved_choice(classifier):
    """A nota (an Indonesian shop's bill) keyed to a member is what they bought (A.1.5); a saran
    (a suggestion, kritik dan saran) is what they wrote (A.1.4); a user's dashboard is a layout
    they saved (A.2.3): none of them the person's identity (A.1.1)."""
    member = ("member", [("member_id", "INT PRIMARY KEY"), ("member_nama", "VARCHAR(100)"), ("member_hp", "CHAR(15)")])
    nota = ("nota", [("nota_id", "INT PRIMARY KEY"), ("member_id", "INT"), ("nota_no", "CHAR(20)"), ("nota_status", "INT")])
    saran = ("saran", [("id_saran", "INT PRIMARY KEY"), ("member_id", "INT"), ("isi", "TEXT")])
    dashboard = ("member_dashboard", [("id", "INT PRIMARY KEY"), ("member_id", "INT"), ("name", "TEXT"), ("layout", "TEXT")])
    judged = classify(classifier, source(member, nota, saran, dashboard))
    assert_records(judged, [("nota", "nota_no"), ("nota", "nota_status")], "transaction", "A.1.5")
    assert_records(judged, [("saran", "isi"), ("saran", "id_saran")], "interaction", "A.1.4")
    assert_records(judged, [("member_dashboard", "name"), ("member_dashboard", "layout")], "preference", "A.2.3")


def test_a_customers_basket_is_a_saved_cart(classifier):
    """osCommerce's customers_basket holds what a customer put aside to buy: a saved cart
    (A.2.3), not the customer's identity (A.1.1)."""
    fields = source(("customers", [("customers_id", "INT PRIMARY KEY"), ("customers_firstname", "VARCHAR(32)"),
                                   ("customers_email_address", "VARCHAR(96)")]),
                    ("customers_basket", [("customers_basket_id", "INT PRIMARY KEY"), ("customers_id", "INT"),
                                          ("products_id", "TINYTEXT"), ("customers_basket_quantity", "INT(2)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("customers_basket", "products_id"), ("customers_basket", "customers_basket_quantity")],
                   "preference", "A.2.3")


def test_a_paper_someone_submitted_and_an_sms_they_were_sent_are_what_was_written(classifier):
    """A conference system's Paper keyed to its author is what they wrote and submitted (A.1.4),
    and so is an SMS gateway's sentitems row keyed to the member it went to: neither is the
    person's identity (A.1.1)."""
    fields = source(("ContactInfo", [("contactId", "INT PRIMARY KEY"), ("firstName", "VARCHAR(60)"),
                                     ("email", "VARCHAR(120)")]),
                    ("Paper", [("paperId", "INT PRIMARY KEY"), ("leadContactId", "INT"), ("title", "VARCHAR(200)"),
                               ("abstract", "TEXT"), ("timeSubmitted", "BIGINT")]),
                    ("sentitems", [("ID", "INT PRIMARY KEY"), ("contactId", "INT"), ("TextDecoded", "TEXT"),
                                   ("SendingDateTime", "TIMESTAMP")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("paper", "abstract"), ("paper", "title")], "interaction", "A.1.4")
    assert_records(judged, [("sentitems", "textdecoded"), ("sentitems", "id")], "interaction", "A.1.4")


def test_birth_measures_illnesses_and_contraception_in_a_persons_record_are_health_data(classifier):
    """A village register or a clinic's patient row keeps a baby's birth weight and length, a
    haemoglobin reading, a chronic illness and a contraceptive method: health data (UNCOVERED,
    specific), not the person's identity; a birth date beside them stays A.1.1."""
    fields = source(("penduduk", [("id_penduduk", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nik", "CHAR(16)"),
                                  ("tanggal_lahir", "DATE"), ("berat_lahir", "INT"), ("panjang_lahir", "INT"),
                                  ("hb", "DECIMAL(4,1)"), ("diabetes", "TINYINT"), ("sakit_menahun_id", "INT"),
                                  ("metode_kontrasepsi", "VARCHAR(30)")]))
    judged = classify(classifier, fields)
    for column in ("berat_lahir", "panjang_lahir", "hb", "sakit_menahun_id", "metode_kontrasepsi"):
        suggestion = judged[("penduduk", column)]
        assert not suggestion.categories and suggestion.uncovered == "health data" and suggestion.sensitive, column
    assert judged[("penduduk", "tanggal_lahir")].categories[0] == "A.1.1"


def test_a_patients_record_of_no_kind_of_its_own_is_uncovered_health_data(classifier):
    """A hospital's admission or a clinic's problem list keyed to a patient is a medical record:
    its columns fall under no policy category (UNCOVERED), not the patient's identity (A.1.1);
    the patient's name stays A.1.1 and a visit's bill stays the patient's transaction."""
    fields = source(PATIENTS,
                    ("admission", [("adm_id", "INT PRIMARY KEY"), ("id_pasien", "INT"), ("ward", "VARCHAR(20)"),
                                   ("bed", "VARCHAR(10)"), ("adm_note", "TEXT")]),
                    ("tagihan", [("id_tagihan", "INT PRIMARY KEY"), ("id_pasien", "INT"), ("total", "INT")]))
    judged = classify(classifier, fields)
    for column in ("ward", "bed", "adm_note"):
        suggestion = judged[("admission", column)]
        assert suggestion.personal and not suggestion.categories and suggestion.uncovered == "health data", column
        assert suggestion.sensitive, column
    assert judged[("pasien", "nama_pasien")].categories[0] == "A.1.1"
    assert judged[("tagihan", "total")].categories[0] == "A.1.5"


def test_a_record_holding_a_pupils_key_is_childrens_data_where_the_pupil_table_is_missing(classifier):
    """Schoolyte's dump keeps grades with ID_SISWA but not the `siswas` table it points at: the
    grade is still a pupil's, specific data; a teacher's own timetable row is not."""
    fields = source(("guru_mapel", [("ID_GURU_MAPEL", "INT PRIMARY KEY"), ("NAMA_GURU", "VARCHAR(100)"),
                                    ("NIP", "VARCHAR(20)")]),
                    ("nilai_pengetahuan", [("ID_NILAI", "INT PRIMARY KEY"), ("ID_GURU_MAPEL", "INT"),
                                           ("ID_SISWA", "INT"), ("UTS", "INT"), ("UAS", "INT")]),
                    ("jadwal_guru", [("ID_JADWAL", "INT PRIMARY KEY"), ("ID_GURU_MAPEL", "INT"), ("HARI", "VARCHAR(10)"),
                                     ("JAM_MULAI", "TIME")]))
    judged = classify(classifier, fields)
    for column in ("id_nilai", "id_siswa", "uts", "uas"):
        assert judged[("nilai_pengetahuan", column)].personal and judged[("nilai_pengetahuan", column)].sensitive, column
    assert not judged[("jadwal_guru", "hari")].sensitive


def test_the_amounts_of_a_members_loan_are_personal_financial_data(classifier):
    """A cooperative (kopkar, koperasi_simpan_pinjam): what a member borrowed, pays each month and
    still owes is UU PDP specific data; the loan's length in months and its dates are the
    member's but not specific, and an order's total is not financial data of the buyer."""
    fields = source(("anggota", [("id_anggota", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nik", "VARCHAR(16)")]),
                    ("tb_pinjaman", [("id_pinjaman", "INT PRIMARY KEY"), ("id_anggota", "INT"),
                                     ("jumlah_pinjaman", "DECIMAL(12,2)"), ("besar_angsuran", "DECIMAL(12,2)"),
                                     ("sisa_angsuran", "DECIMAL(12,2)"), ("lama_angsuran", "INT"),
                                     ("tgl_pengajuan", "DATE")]),
                    ("pesanan", [("id_pesanan", "INT PRIMARY KEY"), ("id_anggota", "INT"), ("total", "INT")]))
    judged = classify(classifier, fields)
    for column in ("jumlah_pinjaman", "besar_angsuran", "sisa_angsuran"):
        assert judged[("tb_pinjaman", column)].personal and judged[("tb_pinjaman", column)].sensitive, column
    for column in ("lama_angsuran", "tgl_pengajuan"):
        assert judged[("tb_pinjaman", column)].personal and not judged[("tb_pinjaman", column)].sensitive, column
    assert judged[("pesanan", "total")].personal and not judged[("pesanan", "total")].sensitive


def test_a_table_with_the_organisations_logo_and_no_key_to_a_person_is_the_organisations_own(classifier):
    """A village's profile (desakita tb_profildesa) or a school's (sma_ajari profil) has a name, an
    address, a phone and an e-mail like a person's record, and a logo no person's record has: the
    organisation's own data. A member's social group with its logo (ATutor) stays the member's."""
    fields = source(("tb_profildesa", [("id", "INT PRIMARY KEY"), ("nama_desa", "VARCHAR(100)"),
                                       ("alamat_kantor", "TEXT"), ("email_desa", "VARCHAR(100)"),
                                       ("telepon", "VARCHAR(20)"), ("logo", "VARCHAR(100)")]),
                    ("members", [("member_id", "INT PRIMARY KEY"), ("login", "VARCHAR(20)"), ("email", "VARCHAR(50)"),
                                 ("first_name", "VARCHAR(100)")]),
                    ("social_groups", [("id", "INT PRIMARY KEY"), ("member_id", "INT"), ("name", "VARCHAR(80)"),
                                       ("logo", "VARCHAR(255)"), ("description", "TEXT")]))
    judged = classify(classifier, fields)
    for column in ("nama_desa", "alamat_kantor", "email_desa", "telepon", "logo"):
        assert not judged[("tb_profildesa", column)].personal, column
    for column in ("name", "logo", "description"):
        assert judged[("social_groups", column)].personal, column


def test_an_id_beside_the_type_it_points_to_is_a_polymorphic_key_to_the_applications_users(classifier):
    """osTicket's thread (object_id, object_type) and X2CRM's location trace (recordId,
    recordType) belong to whatever record they point at, a ticket's or a contact's: rows of the
    application's people. An attribute's or a location's own type beside its id (WooCommerce's
    tax_rate_locations) points at nothing."""
    fields = source(USERS,
                    ("ost_thread", [("id", "INT PRIMARY KEY"), ("object_id", "INT"), ("object_type", "CHAR(1)"),
                                    ("created", "DATETIME")]),
                    ("x2_locations", [("id", "INT PRIMARY KEY"), ("recordId", "INT"), ("recordType", "VARCHAR(100)"),
                                      ("lat", "DECIMAL(10,8)"), ("lon", "DECIMAL(11,8)")]))
    judged = classify(classifier, fields)
    assert judged[("ost_thread", "created")].personal and judged[("ost_thread", "object_id")].personal
    assert judged[("x2_locations", "lat")].personal and judged[("x2_locations", "recordtype")].personal
    shop = classify(classifier, source(USERS, ("tax_rate_locations", [
        ("id", "INT PRIMARY KEY"), ("location_id", "INT"), ("location_type", "VARCHAR(40)"), ("tax_rate", "DECIMAL(8,4)")])))
    assert not any(shop[("tax_rate_locations", c)].personal for c in ("location_type", "tax_rate"))


def test_a_kind_word_in_an_english_plural_names_the_kind_of_record(classifier):
    """A Laravel courier application (ekspedisi_sdp) pluralises Indonesian names: resis (waybills
    from a named sender to a named recipient) are shipments, not people, and surat_jalans (delivery
    orders keyed to them) are their customers' transactions too; forums_subscriptions stays a
    subscription (the exact word first)."""
    fields = source(("resis", [("id", "VARCHAR(15) PRIMARY KEY"), ("nama_pengirim", "VARCHAR(255)"),
                               ("no_telp_pengirim", "VARCHAR(20)"), ("nama_penerima", "VARCHAR(255)"),
                               ("no_telp_penerima", "VARCHAR(20)"), ("harga", "DECIMAL(8, 0)"),
                               ("berat_barang", "DECIMAL(5, 3)")]),
                    ("surat_jalans", [("id", "VARCHAR(15) PRIMARY KEY"), ("resi_id", "VARCHAR(15)"),
                                      ("created_at", "DATETIME")]),
                    ("users", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(50)"), ("email", "VARCHAR(50)")]),
                    ("forums_subscriptions", [("forum_id", "INT"), ("member_id", "INT")]))
    judged = classify(classifier, fields)
    assert judged[("resis", "harga")].record == "transaction"
    for column in ("id", "harga", "berat_barang", "nama_pengirim"):
        assert judged[("resis", column)].categories[0] == "A.1.5", column
    assert judged[("surat_jalans", "created_at")].categories[0] == "A.1.5"
    assert not judged[("resis", "berat_barang")].uncovered  # a parcel's weight, not health data
    assert judged[("forums_subscriptions", "forum_id")].record == "preference"


def test_record_words_of_preferences_messages_presence_and_assessment(classifier):
    """MantisBT's user_pref_table holds a user's saved choices (A.2.3), phpBB's privmsgs their
    private messages and a testimoni their testimonial (A.1.4), ATutor's users_online who is on the
    site (A.2.5), a student's skripsi (thesis) their education record."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(50)")]),
                    ("mahasiswa", [("nim", "VARCHAR(10) PRIMARY KEY"), ("nama", "VARCHAR(50)")]),
                    ("user_pref_table", [("id", "INT PRIMARY KEY"), ("user_id", "INT"),
                                         ("refresh_delay", "INT"), ("email_on_new", "INT")]),
                    ("privmsgs", [("msg_id", "INT PRIMARY KEY"), ("author_id", "INT"), ("message_subject", "VARCHAR(255)")]),
                    ("testimoni", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("isi", "TEXT")]),
                    ("users_online", [("user_id", "INT"), ("expiry_date", "INT")]),
                    ("skripsi", [("id", "INT PRIMARY KEY"), ("nim", "VARCHAR(10)"), ("judul", "VARCHAR(255)")]))
    judged = classify(classifier, fields)
    assert judged[("user_pref_table", "refresh_delay")].categories[0] == "A.2.3"
    assert judged[("privmsgs", "message_subject")].categories[0] == "A.1.4"
    assert judged[("testimoni", "isi")].categories[0] == "A.1.4"
    assert judged[("users_online", "expiry_date")].categories[0] == "A.2.5"
    assert not judged[("users_online", "expiry_date")].sensitive  # a session's expiry, not a card's
    assessment = judged[("skripsi", "judul")]
    assert assessment.personal and assessment.uncovered == "education record" and assessment.categories == ()


def test_quotes_and_donations_are_transactions_and_a_rank_history_is_employment_data(classifier):
    """X2CRM's quotes (a price offered to a named contact) and a charity's donasi (the donor's
    name and phone beside the amount) are what a person bought or gave (A.1.5), not people; a
    civil servant's riwayat_golongan (rank history) is employment data, not a log."""
    fields = source(("quotes", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(255)"), ("firstName", "VARCHAR(255)"),
                                ("email", "VARCHAR(255)"), ("total", "DECIMAL(18,2)")]),
                    ("donasi", [("id", "INT PRIMARY KEY"), ("nama_donatur", "VARCHAR(100)"), ("no_hp", "VARCHAR(15)"),
                                ("nominal", "INT"), ("tanggal", "DATE")]),
                    ("pegawai", [("id_pegawai", "INT PRIMARY KEY"), ("nip", "VARCHAR(18)"), ("nama", "VARCHAR(100)")]),
                    ("riwayat_golongan", [("id", "INT PRIMARY KEY"), ("id_pegawai", "INT"), ("golongan", "VARCHAR(5)"),
                                          ("tmt", "DATE")]))
    judged = classify(classifier, fields)
    assert judged[("quotes", "total")].record == "transaction" and judged[("quotes", "total")].categories[0] == "A.1.5"
    assert judged[("donasi", "nominal")].record == "transaction"
    assert judged[("donasi", "tanggal")].categories[0] == "A.1.5"
    rank = judged[("riwayat_golongan", "tmt")]
    assert rank.personal and rank.uncovered == "employment data" and rank.categories == ()


def test_a_key_to_a_person_named_with_its_tables_own_word_is_still_a_key_to_them(classifier):
    """A dental clinic's tb_diagnosa names its patient id_pasien_diagnosa (the diagnosis's
    patient): the row is the patient's, a health record; a group discount's id_pasien_grup, whose
    other word names no kind of record, is a key to the patients' group, a thing."""
    fields = source(("tb_pasien", [("id_pasien", "INT PRIMARY KEY"), ("nama_pasien", "VARCHAR(100)"),
                                   ("no_hp", "VARCHAR(15)")]),
                    ("grup", [("id_grup", "INT PRIMARY KEY"), ("nama_grup", "VARCHAR(50)")]),
                    ("tb_diagnosa", [("id_diagnosa", "INT PRIMARY KEY"), ("id_pasien_diagnosa", "INT"),
                                     ("tgl_perawatan", "TIMESTAMP"), ("obat", "VARCHAR(500)"), ("biaya", "VARCHAR(100)")]),
                    ("diskon_grup", [("id_diskon", "INT PRIMARY KEY"), ("id_pasien_grup", "INT"), ("persen", "INT")]))
    judged = classify(classifier, fields)
    for column in ("id_diagnosa", "tgl_perawatan", "obat", "biaya"):
        suggestion = judged[("tb_diagnosa", column)]
        assert suggestion.personal and suggestion.uncovered == "health data" and suggestion.sensitive, column
    assert not judged[("diskon_grup", "persen")].personal  # grup names no kind of record: a key to a group


def test_records_of_children_by_name_by_a_pupils_key_or_number(classifier):
    """UU PDP data anak: an employee's tb_anak (named for children, a person table by its columns),
    a school's buku_induk (one row per id_siswa) and the exam scores keyed to it, and a pupils'
    user table holding their nis are children's data, every column sensitive; alumni keep their
    old nis and are adults."""
    fields = source(("tb_anak", [("id_anak", "INT PRIMARY KEY"), ("id_peg", "INT"), ("nama", "VARCHAR(50)"),
                                 ("tgl_lahir", "DATE"), ("jenis_kelamin", "VARCHAR(1)")]),
                    ("master_siswa", [("id_siswa", "INT PRIMARY KEY"), ("nama", "VARCHAR(50)")]),
                    ("buku_induk", [("id_siswa", "INT PRIMARY KEY"), ("nama_panggilan", "VARCHAR(50)"),
                                    ("hobi", "VARCHAR(50)"), ("nama_ayah", "VARCHAR(50)"), ("email", "VARCHAR(50)")]),
                    ("cbt_rekap_nilai", [("id_nilai", "INT PRIMARY KEY"), ("id_siswa", "INT"), ("skor", "INT")]),
                    ("user", [("id_user", "INT PRIMARY KEY"), ("nis", "VARCHAR(10)"), ("username", "VARCHAR(50)"),
                              ("password", "VARCHAR(255)"), ("last_login", "DATETIME")]),
                    ("alumni", [("id_alumni", "INT PRIMARY KEY"), ("nis", "VARCHAR(10)"), ("nama", "VARCHAR(50)"),
                                ("email", "VARCHAR(50)"), ("pekerjaan", "VARCHAR(50)")]))
    judged = classify(classifier, fields)
    for table, column in (("tb_anak", "jenis_kelamin"), ("buku_induk", "hobi"), ("cbt_rekap_nilai", "skor"),
                          ("user", "last_login")):
        assert judged[(table, column)].personal and judged[(table, column)].sensitive, (table, column)
    assert judged[("alumni", "pekerjaan")].personal and not judged[("alumni", "pekerjaan")].sensitive


def test_an_org_unit_is_an_organisation_and_what_it_holds_is_not_about_people(classifier):
    """Evergreen's actor.org_unit (a library branch, with its e-mail and phone) is an
    organisation: the book copies it circulates (asset.copy.circ_lib) are its catalogue; a
    patron's own opt-in (actor.usr_org_unit_opt_in, keyed to actor.usr) stays the patron's."""
    fields = source(("actor.usr", [("id", "INT PRIMARY KEY"), ("usrname", "TEXT"), ("email", "TEXT"),
                                   ("first_given_name", "TEXT"), ("family_name", "TEXT")]),
                    ("actor.org_unit", [("id", "INT PRIMARY KEY"), ("shortname", "TEXT"), ("name", "TEXT"),
                                        ("email", "TEXT"), ("phone", "TEXT")]),
                    ("asset.copy", [("id", "INT PRIMARY KEY"), ("circ_lib", "INT REFERENCES actor.org_unit"),
                                    ("barcode", "TEXT"), ("price", "NUMERIC(8,2)")]),
                    ("actor.usr_org_unit_opt_in", [("id", "INT PRIMARY KEY"), ("org_unit", "INT"), ("usr", "INT"),
                                                   ("opt_in_ts", "TIMESTAMP")]))
    fields = [Field(f.source, f.table, f.name, f.data_type.removesuffix(" REFERENCES actor.org_unit"),
                    references="actor.org_unit.id" if f.data_type.endswith("actor.org_unit") else "",
                    primary_key=f.primary_key) for f in fields]
    judged = classify(classifier, fields)
    assert_not_personal(judged, (("actor.org_unit", "email"), ("actor.org_unit", "phone"),
                                 ("asset.copy", "barcode"), ("asset.copy", "price")))
    assert judged[("actor.usr", "email")].personal and judged[("actor.usr_org_unit_opt_in", "opt_in_ts")].personal


def test_a_table_named_for_configuration_is_no_person_table_whatever_its_columns(classifier):
    """A course's account_configuration holds a WhatsApp Business number and a mail login:
    the organisation's settings, not an account holder's record (its own key is no one's; a
    column named for an e-mail or phone is still judged by its name)."""
    fields = source(("account_configuration", [("id", "INT PRIMARY KEY"), ("wa_phone_number_id", "VARCHAR(50)"),
                                               ("wa_business_account_id", "VARCHAR(50)"), ("mail_user", "VARCHAR(100)"),
                                               ("mail_pass", "VARCHAR(100)"), ("mail_host", "VARCHAR(100)")]))
    judged = classify(classifier, fields)
    assert not judged[("account_configuration", "id")].personal
    assert not any("holds people" in " ".join(suggestion.evidence) for suggestion in judged.values())


def test_a_course_is_a_catalogue_row_and_a_message_between_members_is_theirs(classifier):
    """ATutor: a course names its instructor (member_id) but is the catalogue, and so is a test
    defined in it; a member's enrolment and a private message from one member to another
    (from_member_id, to_member_id) are the members'."""
    fields = source(("members", [("member_id", "INT PRIMARY KEY"), ("login", "VARCHAR(20)"), ("email", "VARCHAR(50)"),
                                 ("first_name", "VARCHAR(100)")]),
                    ("courses", [("course_id", "INT PRIMARY KEY"), ("member_id", "INT"), ("title", "VARCHAR(255)"),
                                 ("description", "TEXT"), ("created_date", "DATETIME")]),
                    ("tests", [("test_id", "INT PRIMARY KEY"), ("course_id", "INT"), ("title", "VARCHAR(255)"),
                               ("num_questions", "INT")]),
                    ("course_enrollment", [("member_id", "INT"), ("course_id", "INT"), ("approved", "CHAR(1)")]),
                    ("messages", [("message_id", "INT PRIMARY KEY"), ("course_id", "INT"), ("from_member_id", "INT"),
                                  ("to_member_id", "INT"), ("subject", "VARCHAR(255)"), ("body", "TEXT")]))
    judged = classify(classifier, fields)
    assert_not_personal(judged, (("courses", "title"), ("courses", "description"),
                                 ("tests", "title"), ("tests", "num_questions")))
    assert judged[("course_enrollment", "approved")].personal
    assert judged[("messages", "subject")].personal and judged[("messages", "body")].personal


def test_a_business_with_its_logo_and_bank_account_is_the_organisation_not_a_person(classifier):
    """Simple Invoices' biller: the invoicing business's name, address, phone, e-mail, logo and
    bank account number; `bank_account_number` names an account, not a person's key."""
    fields = source(("biller", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(255)"), ("street_address", "VARCHAR(255)"),
                                ("phone", "VARCHAR(255)"), ("email", "VARCHAR(255)"), ("logo", "VARCHAR(255)"),
                                ("bank_account_number", "VARCHAR(50)")]))
    judged = classify(classifier, fields)
    assert not any(judged[("biller", c)].personal for c in ("name", "street_address", "logo", "id"))


def test_the_columns_identifying_a_party_to_a_record_are_account_data_first(classifier):
    """A donation's donor phone and e-mail, a message's sender e-mail, a registration log's e-mail
    say who the person is (A.1.1) before what they did (LABELLING.md section 2 lists both); the
    rest of the record keeps its kind's category, and so does a key named for an e-mail (email_id)."""
    fields = source(("donasi", [("id", "INT PRIMARY KEY"), ("nama_donatur", "VARCHAR(100)"), ("no_hp", "VARCHAR(15)"),
                                ("email", "VARCHAR(100)"), ("nominal", "INT"), ("email_id", "INT")]),
                    ("pesan", [("id", "INT PRIMARY KEY"), ("id_pengirim", "INT"), ("email_pengirim", "VARCHAR(100)"),
                               ("isi", "TEXT")]),
                    ("registration_log", [("id", "INT PRIMARY KEY"), ("email", "VARCHAR(255)"),
                                          ("ip", "VARCHAR(30)"), ("date_registered", "DATETIME")]))
    judged = classify(classifier, fields)
    for table, column, kind in (("donasi", "no_hp", "transaction"), ("donasi", "email", "transaction"),
                                ("pesan", "email_pengirim", "interaction"), ("registration_log", "email", "log")):
        suggestion = judged[(table, column)]
        assert suggestion.record == kind and suggestion.categories[0] == "A.1.1", (table, column)
    assert judged[("donasi", "no_hp")].categories[1] == "A.1.5"
    assert judged[("donasi", "nominal")].categories[0] == "A.1.5"
    assert judged[("donasi", "email_id")].categories[0] == "A.1.5"
    assert judged[("pesan", "isi")].categories[0] == "A.1.4"


def test_a_librarys_holds_and_circulations_are_the_members_transactions(classifier):
    """OpenBiblio's biblio_hold and Evergreen's action.circulation and action.hold_request (with
    the patron's phone and e-mail to notify) are a member's reservation and loan of a book (A.1.5,
    LABELLING.md section 4), not a person table nor a location; a list of the causes a hold may be
    cancelled for is reference data."""
    fields = source(("member", [("mbrid", "INT PRIMARY KEY"), ("first_name", "VARCHAR(50)"), ("email", "VARCHAR(128)")]),
                    ("biblio_hold", [("holdid", "INT PRIMARY KEY"), ("bibid", "INT"), ("copyid", "INT"),
                                     ("mbrid", "INT"), ("hold_begin_dt", "DATETIME")]),
                    ("action.hold_request", [("id", "SERIAL PRIMARY KEY"), ("request_time", "TIMESTAMP"),
                                             ("usr", "INT"), ("email_notify", "TEXT"), ("phone_notify", "TEXT"),
                                             ("sms_notify", "TEXT"), ("hold_type", "TEXT")]),
                    ("action.circulation", [("id", "BIGINT PRIMARY KEY"), ("mbrid", "INT"), ("target_copy", "BIGINT"),
                                            ("due_date", "TIMESTAMP"), ("copy_location", "INT")]),
                    ("asset.copy_location", [("id", "SERIAL PRIMARY KEY"), ("name", "TEXT")]),
                    ("action.hold_request_cancel_cause", [("id", "SERIAL PRIMARY KEY"), ("label", "TEXT"),
                                                          ("manual", "BOOL")]))
    judged = classify(classifier, fields)
    for table, column in (("biblio_hold", "hold_begin_dt"), ("action.hold_request", "request_time"),
                          ("action.circulation", "due_date"), ("action.circulation", "target_copy")):
        suggestion = judged[(table, column)]
        assert suggestion.record == "transaction" and suggestion.categories[0] == "A.1.5", (table, column)
    assert not any(judged[("action.hold_request_cancel_cause", column)].personal for column in ("id", "label"))


def test_a_check_in_is_a_visit_bought_and_a_position_without_coordinates_no_location_trace(classifier):
    """A hotel's checkin_out and a gym's logs_checkin are a guest's or member's stay or visit
    (A.1.5), not where they were; ATutor's social_member_position (title, company, from, to) is a
    member's job, their record (A.1.1); a courier's positions with coordinates stay a location trace."""
    fields = source(("member", [("id_member", "INT PRIMARY KEY"), ("nama", "VARCHAR(50)"), ("email", "VARCHAR(50)")]),
                    ("checkin_out", [("id_check", "INT PRIMARY KEY"), ("id_member", "INT"), ("tgl_check", "DATE"),
                                     ("total_malam", "INT")]),
                    ("social_member_position", [("id", "INT PRIMARY KEY"), ("member_id", "INT"),
                                                ("title", "VARCHAR(255)"), ("company", "VARCHAR(255)")]),
                    ("posisi_kurir", [("id", "INT PRIMARY KEY"), ("id_member", "INT"), ("latitude", "DECIMAL(9,6)"),
                                      ("longitude", "DECIMAL(9,6)"), ("direkam_pada", "DATETIME")]))
    judged = classify(classifier, fields)
    for table, column, record, category in (("checkin_out", "total_malam", "transaction", "A.1.5"),
                                            ("social_member_position", "company", "record", "A.1.1"),
                                            ("posisi_kurir", "direkam_pada", "location", "A.2.1")):
        suggestion = judged[(table, column)]
        assert suggestion.record == record and suggestion.categories[0] == category, (table, column)


def test_a_bug_report_and_its_notes_are_a_support_case(classifier):
    """MantisBT's mantis_bug_table (a reporter's bug report, handled by staff) and its
    bugnote_table are a customer-service case and its messages (A.1.2, LABELLING.md section 2),
    not a record of no kind."""
    fields = source(("mantis_user_table", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(191)"),
                                           ("realname", "VARCHAR(191)"), ("email", "VARCHAR(191)")]),
                    ("mantis_bug_table", [("id", "INT PRIMARY KEY"), ("project_id", "INT"), ("reporter_id", "INT"),
                                          ("handler_id", "INT"), ("priority", "SMALLINT"), ("summary", "VARCHAR(128)")]),
                    ("mantis_bugnote_table", [("id", "INT PRIMARY KEY"), ("bug_id", "INT"), ("reporter_id", "INT"),
                                              ("date_submitted", "INT")]))
    judged = classify(classifier, fields)
    for table, column in (("mantis_bug_table", "priority"), ("mantis_bug_table", "summary"),
                          ("mantis_bugnote_table", "date_submitted")):
        suggestion = judged[(table, column)]
        assert suggestion.record == "support" and suggestion.categories[0] == "A.1.2", (table, column)


def test_a_forums_polls_likes_mentions_reports_and_feedback_are_messages(classifier):
    """SMF's polls and poll choices, a member's likes and mentions, a reported post (mybb's
    reportedcontent, glued) and OpenCATS' feedback are what members wrote or said of a post:
    messages (A.1.4), not records of no kind, survey answers or access logs."""
    fields = source(("smf_members", [("id_member", "INT PRIMARY KEY"), ("member_name", "VARCHAR(80)"),
                                     ("email_address", "VARCHAR(255)")]),
                    ("smf_polls", [("id_poll", "INT PRIMARY KEY"), ("question", "VARCHAR(255)"),
                                   ("id_member", "INT"), ("max_votes", "INT")]),
                    ("smf_poll_choices", [("id_poll", "INT"), ("id_choice", "INT"), ("label", "VARCHAR(255)")]),
                    ("smf_user_likes", [("id_member", "INT"), ("content_id", "INT"), ("like_time", "INT")]),
                    ("smf_mentions", [("content_id", "INT"), ("id_mentioned", "INT"), ("id_member", "INT")]),
                    ("smf_log_reported", [("id_report", "INT PRIMARY KEY"), ("id_member", "INT"),
                                          ("subject", "VARCHAR(255)")]),
                    ("mybb_reportedcontent", [("rid", "INT PRIMARY KEY"), ("uid", "INT"), ("reason", "VARCHAR(250)")]),
                    ("feedback", [("feedback_id", "INT PRIMARY KEY"), ("id_member", "INT"), ("feedback", "TEXT")]))
    judged = classify(classifier, fields)
    assert_records(judged, (("smf_polls", "max_votes"), ("smf_poll_choices", "label"), ("smf_user_likes", "like_time"),
                           ("smf_mentions", "content_id"), ("smf_log_reported", "subject"),
                           ("mybb_reportedcontent", "reason"), ("feedback", "feedback")), "interaction", "A.1.4")


def test_a_table_of_logins_is_a_log_of_sessions(classifier):
    """Kanboard's last_logins and SMF's member_logins record each time a user logged in: an
    access log (A.2.5), not a record of no kind."""
    fields = source(USERS,
                    ("last_logins", [("id", "INT PRIMARY KEY"), ("auth_type", "VARCHAR(25)"), ("user_id", "INT"),
                                     ("date_creation", "BIGINT")]),
                    ("smf_member_logins", [("id_login", "INT PRIMARY KEY"), ("id_member", "INT"), ("time", "INT")]))
    judged = classify(classifier, fields)
    assert_records(judged, (("last_logins", "auth_type"), ("last_logins", "id"), ("smf_member_logins", "id_login")),
                   "log", "A.2.5")


def test_a_name_ending_with_a_saved_choice_is_a_preference_whatever_it_is_about(classifier):
    """phpBB's forums_watch and topics_watch, Synapse's push_rules, SMF's pm_rules and themes: a
    member's choices about forums, topics and messages (A.2.3). The name's last word is its head:
    a watch of topics is a setting, not a message."""
    fields = source(USERS,
                    ("phpbb_topics_watch", [("topic_id", "INT"), ("user_id", "INT"), ("notify_status", "TINYINT")]),
                    ("phpbb_forums_watch", [("forum_id", "INT"), ("user_id", "INT"), ("notify_status", "TINYINT")]),
                    ("push_rules", [("id", "BIGINT PRIMARY KEY"), ("user_id", "INT"), ("rule_id", "TEXT"),
                                    ("priority", "INT"), ("conditions", "TEXT")]),
                    ("smf_pm_rules", [("id_rule", "INT PRIMARY KEY"), ("user_id", "INT"), ("criteria", "TEXT")]),
                    ("smf_themes", [("user_id", "INT"), ("id_theme", "INT"), ("variable", "VARCHAR(255)")]))
    judged = classify(classifier, fields)
    assert_records(judged, (("phpbb_topics_watch", "topic_id"), ("phpbb_forums_watch", "notify_status"),
                           ("push_rules", "priority"), ("push_rules", "conditions"), ("smf_pm_rules", "criteria"),
                           ("smf_themes", "variable")), "preference", "A.2.3")


def test_a_log_of_emails_sent_is_of_messages_and_a_log_of_addresses_is_not(classifier):
    """HotCRP's MailLog and OpenCATS' email_history keep what each e-mail said and whom it went
    to: the messages themselves (A.1.4). A log of who left an address (name, email, when) stays
    a log (A.2.5)."""
    fields = source(USERS,
                    ("MailLog", [("mailId", "INT PRIMARY KEY"), ("contactId", "INT"), ("recipients", "VARCHAR(200)"),
                                 ("subject", "TEXT"), ("emailBody", "TEXT")]),
                    ("email_history", [("email_history_id", "INT PRIMARY KEY"), ("from_address", "VARCHAR(128)"),
                                       ("recipients", "TEXT"), ("text", "TEXT"), ("user_id", "INT")]),
                    ("log_email", [("id_log_email", "INT PRIMARY KEY"), ("user_id", "INT"), ("email", "VARCHAR(100)"),
                                   ("datetime", "DATETIME")]))
    judged = classify(classifier, fields)
    for table, column in (("MailLog", "recipients"), ("MailLog", "emailBody"), ("email_history", "text"),
                          ("email_history", "email_history_id")):
        suggestion = judged[(table.casefold(), column.casefold())]
        assert suggestion.record == "interaction" and suggestion.categories[0] == "A.1.4", (table, column)
    assert judged[("log_email", "datetime")].record == "log"


def test_a_members_savings_account_is_a_payment_instrument(classifier):
    """Fineract's m_savings_account, like a koperasi's tabungan: a person's savings account and
    its balance are a payment instrument (A.1.6), not a record of no kind."""
    fields = source(("members", [("id", "BIGINT PRIMARY KEY"), ("display_name", "VARCHAR(100)"),
                                 ("mobile_no", "VARCHAR(50)")]),
                    ("m_savings_account", [("id", "BIGINT PRIMARY KEY"), ("member_id", "BIGINT"),
                                           ("account_no", "VARCHAR(20)"), ("status_enum", "SMALLINT"),
                                           ("nominal_annual_interest_rate", "DECIMAL(19,6)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("m_savings_account", column) for column in ("status_enum", "nominal_annual_interest_rate",
                                                                         "id")], "payment", "A.1.6")


def test_a_members_test_results_and_answers_are_their_education_record(classifier):
    """ATutor's tests_results and tests_answers (a learner's score and answers in a course test),
    like an ujian or a kuis: an education record no policy category covers, not survey answers."""
    fields = source(("members", [("member_id", "INT PRIMARY KEY"), ("login", "VARCHAR(20)"), ("email", "VARCHAR(50)")]),
                    ("tests_results", [("result_id", "INT PRIMARY KEY"), ("test_id", "INT"), ("member_id", "INT"),
                                       ("final_score", "VARCHAR(5)")]),
                    ("tests_answers", [("result_id", "INT"), ("question_id", "INT"), ("member_id", "INT"),
                                       ("answer", "TEXT"), ("score", "VARCHAR(5)")]))
    judged = classify(classifier, fields)
    for table, column in (("tests_results", "final_score"), ("tests_answers", "answer"), ("tests_answers", "score")):
        suggestion = judged[(table, column)]
        assert suggestion.uncovered == "education record" and suggestion.categories == (), (table, column)


def test_a_notification_sent_is_a_message_and_one_to_be_sent_a_preference(classifier):
    """icehrm's Notifications (with their message) and kanboard's user_has_unread_notifications
    are notices sent to a user: messages (A.1.4). kanboard's user_has_notification_types and
    osCommerce's products_notifications hold what a person chose to be notified of (A.2.3)."""
    fields = source(USERS,
                    ("Notifications", [("id", "BIGINT PRIMARY KEY"), ("toUser", "BIGINT"), ("message", "TEXT"),
                                       ("type", "VARCHAR(100)")]),
                    ("user_has_unread_notifications", [("id", "INT PRIMARY KEY"), ("user_id", "INT"),
                                                       ("event_name", "TEXT"), ("event_data", "TEXT")]),
                    ("user_has_notification_types", [("id", "INT PRIMARY KEY"), ("user_id", "INT"),
                                                     ("notification_type", "VARCHAR(50)")]),
                    ("products_notifications", [("products_id", "INT"), ("user_id", "INT"),
                                                ("date_added", "DATETIME")]))
    judged = classify(classifier, fields)
    for table, column, record, category in (("notifications", "type", "interaction", "A.1.4"),
                                            ("user_has_unread_notifications", "event_data", "interaction", "A.1.4"),
                                            ("user_has_notification_types", "notification_type", "preference", "A.2.3"),
                                            ("products_notifications", "products_id", "preference", "A.2.3")):
        suggestion = judged[(table, column)]
        assert suggestion.record == record and suggestion.categories[0] == category, (table, column)


def test_a_log_keyed_to_a_transaction_beside_its_person_is_that_transactions_history(classifier):
    """A workshop's history_service holds the customer's key and the service transaction's: the
    transaction's history (A.1.5), as a log keyed to the transaction alone is, not an access log."""
    fields = source(("pelanggan", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("no_hp", "VARCHAR(20)")]),
                    ("transaksi_servis", [("id", "INT PRIMARY KEY"), ("pelanggan_id", "INT"), ("total", "DECIMAL(12,2)")]),
                    ("history_service", [("id", "INT PRIMARY KEY"), ("pelanggan_id", "INT"),
                                         ("transaksi_servis_id", "INT"), ("kilometer_kendaraan", "INT"),
                                         ("keluhan", "TEXT")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("history_service", column) for column in ("kilometer_kendaraan", "keluhan", "id")],
                   "transaction", "A.1.5")


def test_a_crm_company_account_and_what_hangs_off_it_are_not_about_people(classifier):
    """A CRM's accounts are companies (industry, annual revenue, head count, no person's name): not
    a person table for the word `account`; their addresses and the invoices keyed to them are the
    company's. A lead with the same business columns and a first and last name is a person."""
    fields = source(("vtiger_account", [("accountid", "INT(10) PRIMARY KEY"), ("account_no", "VARCHAR(100)"),
                                        ("accountname", "VARCHAR(255)"), ("industry", "VARCHAR(200)"),
                                        ("annualrevenue", "DECIMAL(28, 8)"), ("employees", "INT(10)"),
                                        ("phone", "VARCHAR(30)"), ("email1", "VARCHAR(100)"),
                                        ("accounts_status", "VARCHAR(255)")]),
                    ("vtiger_accountaddress", [("accountaddressid", "INT(10) PRIMARY KEY"),
                                               ("addresslevel1a", "VARCHAR(255)"), ("poboxa", "VARCHAR(50)")]),
                    ("u_yf_finvoice", [("finvoiceid", "INT(10) PRIMARY KEY"), ("subject", "VARCHAR(255)"),
                                       ("accountid", "INT(10)"), ("sum_total", "DECIMAL(28, 8)"),
                                       ("paymentdate", "DATE")]),
                    ("vtiger_leaddetails", [("leadid", "INT(10) PRIMARY KEY"), ("firstname", "VARCHAR(40)"),
                                            ("lastname", "VARCHAR(80)"), ("industry", "VARCHAR(200)"),
                                            ("annualrevenue", "DECIMAL(28, 8)"), ("email", "VARCHAR(100)")]))
    fields[9] = Field("s", "vtiger_accountaddress", "accountaddressid", "INT(10)", primary_key=True,
                      references="vtiger_account.accountid")
    judged = classify(classifier, fields)
    for table, columns in (("vtiger_account", ("accountid", "account_no", "accountname", "industry", "phone",
                                               "email1", "accounts_status")),
                           ("vtiger_accountaddress", ("accountaddressid", "addresslevel1a", "poboxa")),
                           ("u_yf_finvoice", ("finvoiceid", "subject", "sum_total", "paymentdate"))):
        for column in columns:
            assert not judged[(table, column)].personal, (table, column)
    assert all(judged[("vtiger_leaddetails", c)].personal for c in ("leadid", "firstname", "industry", "email"))


def test_a_key_naming_a_person_last_behind_a_qualifier_is_a_key_to_that_person(classifier):
    """HotCRP: a Paper names its lead and shepherd by leadContactId and shepherdContactId (the
    contactId of ContactInfo, a key two tables share): the submission is its people's, and so is
    what is stored of it. CubeCart's set_member_id names the option_set_member table, and an
    EDI sender code (x12_sender_id) in a facility names nobody."""
    fields = source(("ContactInfo", [("contactId", "INT PRIMARY KEY"), ("firstName", "VARCHAR(60)"),
                                     ("email", "VARCHAR(120)")]),
                    ("DeletedContactInfo", [("contactId", "INT PRIMARY KEY"), ("email", "VARCHAR(120)")]),
                    ("Paper", [("paperId", "INT PRIMARY KEY"), ("title", "VARCHAR(200)"),
                               ("leadContactId", "INT"), ("shepherdContactId", "INT")]),
                    ("PaperStorage", [("paperStorageId", "INT PRIMARY KEY"), ("paperId", "INT"),
                                      ("mimetype", "VARCHAR(80)")]),
                    ("CubeCart_option_set_member", [("set_member_id", "INT PRIMARY KEY"), ("set_id", "INT")]),
                    ("CubeCart_option_assign", [("assign_id", "INT PRIMARY KEY"), ("product", "INT"),
                                                ("set_member_id", "INT")]),
                    ("facility", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(255)"),
                                  ("x12_sender_id", "VARCHAR(25)")]))
    judged = classify(classifier, fields)
    assert all(judged[("paper", c)].personal for c in ("paperid", "title", "leadcontactid", "shepherdcontactid"))
    assert judged[("paperstorage", "mimetype")].personal
    assert not judged[("cubecart_option_assign", "product")].personal
    assert not judged[("facility", "name")].personal and not judged[("facility", "x12_sender_id")].personal


def test_a_message_naming_its_addressee_alone_is_to_a_person(classifier):
    """MyBB's mail queue (mailto), its failed mails (toaddress), SMF's mail queue (recipient), a
    shop's notifications (dari, ke, pesan): a message's text beside the address it went to is a
    message to a person, though no key names them. A journey's destination (tujuan) is a place."""
    fields = source(("mybb_mailqueue", [("mid", "INT PRIMARY KEY"), ("mailto", "VARCHAR(200)"),
                                        ("subject", "VARCHAR(200)"), ("message", "TEXT")]),
                    ("mybb_mailerrors", [("eid", "INT PRIMARY KEY"), ("subject", "VARCHAR(200)"),
                                         ("message", "TEXT"), ("toaddress", "VARCHAR(150)")]),
                    ("smf_mail_queue", [("id_mail", "INT PRIMARY KEY"), ("recipient", "VARCHAR(255)"),
                                        ("body", "MEDIUMTEXT"), ("time_sent", "INT")]),
                    ("notif", [("id", "INT PRIMARY KEY"), ("dari", "VARCHAR(255)"), ("ke", "VARCHAR(255)"),
                               ("pesan", "VARCHAR(512)"), ("is_read", "INT(1)")]),
                    ("jadwal", [("id", "INT PRIMARY KEY"), ("tujuan", "VARCHAR(100)"),
                                ("keterangan", "TEXT"), ("berangkat", "DATETIME")]))
    judged = classify(classifier, fields)
    for table, columns in (("mybb_mailqueue", ("mid", "mailto", "subject", "message")),
                           ("mybb_mailerrors", ("eid", "message", "toaddress")),
                           ("smf_mail_queue", ("id_mail", "recipient", "body", "time_sent")),
                           ("notif", ("id", "ke", "pesan", "is_read"))):
        assert all(judged[(table, c)].personal for c in columns), table
    assert not any(judged[("jadwal", c)].personal for c in ("id", "tujuan", "keterangan", "berangkat"))


def test_a_review_or_comment_naming_its_writer_is_theirs(classifier):
    """A tour site's reviews (nama, rating, komentar) and a caterer's questions about a dish (nama,
    pertanyaan, balasan): what a named person wrote, though no key names them. A forum's name
    beside its description names a board, not a writer."""
    fields = source(("reviews", [("id", "INT PRIMARY KEY"), ("kota", "VARCHAR(100)"), ("nama", "VARCHAR(100)"),
                                 ("rating", "INT"), ("komentar", "TEXT"), ("created_at", "TIMESTAMP")]),
                    ("komentar", [("id", "INT PRIMARY KEY"), ("id_menu", "INT"), ("nama_menu", "VARCHAR(100)"),
                                  ("nama", "VARCHAR(100)"), ("pertanyaan", "TEXT"), ("balasan", "TEXT")]),
                    ("forums", [("fid", "INT PRIMARY KEY"), ("name", "VARCHAR(120)"), ("description", "TEXT"),
                                ("disporder", "INT")]))
    judged = classify(classifier, fields)
    assert all(judged[("reviews", c)].personal for c in ("id", "nama", "rating", "komentar", "created_at"))
    assert all(judged[("komentar", c)].personal for c in ("id", "nama", "pertanyaan", "balasan"))
    assert not any(judged[("forums", c)].personal for c in ("fid", "name", "description", "disporder"))


def test_complaints_bookings_and_a_pupils_behaviour_are_records_of_their_kind(classifier):
    """A resident's aduan (complaint) and a ticket's follow-up are support records (A.1.2), a
    class boking (booking) and a pet's penginapan (boarding) what a person ordered (A.1.5), a
    user's saved appearance their preference (A.2.3); a pupil's behaviour incident and a markbook
    entry are education records, a first-aid visit health data, a disciplinary incident employment
    data (UNCOVERED each)."""
    fields = source(("warga", [("id_warga", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nik", "VARCHAR(16)")]),
                    ("aduan", [("id_aduan", "INT PRIMARY KEY"), ("id_warga", "INT"), ("isi_aduan", "TEXT"),
                               ("tanggal", "DATE")]),
                    ("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(100)")]),
                    ("ticket_followups", [("id", "INT PRIMARY KEY"), ("users_id", "INT"), ("content", "TEXT")]),
                    ("boking_kelas", [("id", "INT PRIMARY KEY"), ("id_users", "INT"), ("tarif", "INT")]),
                    ("penginapan", [("id", "INT PRIMARY KEY"), ("id_users", "INT"), ("tgl_masuk", "DATE")]),
                    ("user_appearance", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("font_size", "INT")]),
                    ("behaviour", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("level", "VARCHAR(20)")]),
                    ("markbook_entry", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("mark", "VARCHAR(5)")]),
                    ("firstaid", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("follow_up", "TEXT")]),
                    ("disciplinary_incident", [("id", "INT PRIMARY KEY"), ("user_id", "INT"),
                                               ("violation", "VARCHAR(100)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("aduan", "isi_aduan"), ("aduan", "tanggal"), ("ticket_followups", "content")],
                   "support", "A.1.2")
    assert_records(judged, [("boking_kelas", "tarif"), ("penginapan", "tgl_masuk")], "transaction", "A.1.5")
    assert_records(judged, [("user_appearance", "font_size")], "preference", "A.2.3")
    for table, column, uncovered in (("behaviour", "level", "education record"),
                                     ("markbook_entry", "mark", "education record"),
                                     ("firstaid", "follow_up", "health data"),
                                     ("disciplinary_incident", "violation", "employment data")):
        suggestion = judged[(table, column)]
        assert suggestion.personal and suggestion.uncovered == uncovered and suggestion.categories == (), table


def test_a_members_deposits_and_fines_are_payments_and_a_learners_tracking_is_an_education_record(classifier):
    """A cooperative member's investasi (time deposit) and titipan (money held for them), a
    member's cotisation and a library fine are money paid or held (A.1.6); a learner's SCORM
    tracking and an employee's training sessions are education records (UNCOVERED); the
    cooperative's table of deposit rates (bungainvestasi), keyed to nobody, is not personal."""
    fields = source(("anggota", [("ang_no", "VARCHAR(10) PRIMARY KEY"), ("nama", "VARCHAR(100)")]),
                    ("investasiberjangka", [("ivb_kode", "VARCHAR(10) PRIMARY KEY"), ("ang_no", "VARCHAR(10)"),
                                            ("jumlah", "DECIMAL(15,2)")]),
                    ("titipan", [("id", "INT PRIMARY KEY"), ("ang_no", "VARCHAR(10)"), ("nominal", "INT")]),
                    ("bungainvestasi", [("id", "INT PRIMARY KEY"), ("persen", "DECIMAL(5,2)")]),
                    ("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(100)")]),
                    ("fines", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("debet", "INT")]),
                    ("scorm_tracking", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("lesson_status", "VARCHAR(20)")]),
                    ("training_sessions", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("feedback", "TEXT")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("investasiberjangka", "jumlah"), ("titipan", "nominal"), ("fines", "debet")],
                   "payment", "A.1.6")
    for cell in (("scorm_tracking", "lesson_status"), ("training_sessions", "feedback")):
        assert judged[cell].personal and judged[cell].uncovered == "education record" and not judged[cell].categories
    assert not judged[("bungainvestasi", "persen")].personal


def test_a_residents_request_for_a_letter_is_their_record_and_a_loan_request_a_transaction(classifier):
    """A resident's pengajuan_surat (a request for a letter from the village) is a record about
    them (A.1.1), not something they bought; a member's pengajuan_pinjaman (a loan request) is
    still a transaction by its loan."""
    fields = source(("penduduk", [("id", "INT PRIMARY KEY"), ("nik", "VARCHAR(16)"), ("nama", "VARCHAR(100)")]),
                    ("pengajuan_surat", [("id", "INT PRIMARY KEY"), ("penduduk_id", "INT"), ("keperluan", "TEXT")]),
                    ("pengajuan_pinjaman", [("id", "INT PRIMARY KEY"), ("penduduk_id", "INT"),
                                            ("jumlah", "DECIMAL(15,2)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("pengajuan_surat", "keperluan")], "record", "A.1.1")
    assert judged[("pengajuan_pinjaman", "jumlah")].record == "transaction"


def test_a_word_of_a_kind_of_record_glued_inside_a_long_table_name_names_the_record(classifier):
    """Sentrifugo glues its words: main_empmedicalclaims (an employee's medical claims) is health
    data, main_empsalarydetails payroll data, main_empeducationdetails an education record,
    main_empdisabilitydetails health data; each keyed to the user."""
    fields = source(("main_users", [("id", "INT PRIMARY KEY"), ("userfullname", "VARCHAR(255)"),
                                    ("emailaddress", "VARCHAR(100)")]),
                    *((table, [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("detail", "VARCHAR(100)")])
                      for table in ("main_empmedicalclaims", "main_empsalarydetails", "main_empeducationdetails",
                                    "main_empdisabilitydetails")))
    judged = classify(classifier, fields)
    for table, uncovered in (("main_empmedicalclaims", "health data"), ("main_empsalarydetails", "payroll data"),
                             ("main_empeducationdetails", "education record"),
                             ("main_empdisabilitydetails", "health data")):
        suggestion = judged[(table, "detail")]
        assert suggestion.personal and suggestion.uncovered == uncovered and not suggestion.categories, table


def test_access_granted_to_a_person_is_their_record_and_a_log_of_access_stays_a_log(classifier):
    """Matomo's matomo_access (a user's right on a site: login, idsite, access) and a users'
    role access are records about the person (A.1.1); an access log with a moment in it
    (akses_log with its waktu) and access tokens stay logs of use (A.2.5)."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("login", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                    ("user_access", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("idsite", "INT"),
                                     ("access", "VARCHAR(10)")]),
                    ("access_log", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("waktu", "DATETIME"),
                                    ("halaman", "VARCHAR(100)")]),
                    ("access_tokens", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("token", "VARCHAR(64)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("user_access", "idsite"), ("user_access", "access")], "record", "A.1.1")
    assert_records(judged, [("access_log", "halaman"), ("access_tokens", "token")], "log", "A.2.5")


def test_a_users_postingan_is_their_post_and_its_attachment_too(classifier):
    """A class stream's postingan (Indonesian for posts) written by a user is a message (A.1.4),
    and a lampiran (attachment) of one is that post's."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                    ("postingan", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("konten", "TEXT")]),
                    ("lampiran_postingan", [("id", "INT PRIMARY KEY"), ("postingan_id", "INT"),
                                            ("nama_file", "VARCHAR(255)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("postingan", "konten"), ("lampiran_postingan", "nama_file")], "interaction", "A.1.4")


def test_a_patrons_lists_and_a_users_saved_segments_are_their_preferences(classifier):
    """Koha's virtualshelves (a patron's own reading lists) and their contents, Matomo's saved
    segments and a report defined on one, and Friendica's pconfig are what the person chose to
    keep (A.2.3)."""
    fields = source(("borrowers", [("borrowernumber", "INT PRIMARY KEY"), ("surname", "VARCHAR(100)"),
                                   ("email", "VARCHAR(100)")]),
                    ("virtualshelves", [("shelfnumber", "INT PRIMARY KEY"), ("shelfname", "VARCHAR(255)"),
                                        ("borrowernumber", "INT")]),
                    ("virtualshelfcontents", [("id", "INT PRIMARY KEY"), ("shelfnumber", "INT"),
                                              ("biblionumber", "INT")]),
                    ("user", [("uid", "INT PRIMARY KEY"), ("username", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                    ("segment", [("idsegment", "INT PRIMARY KEY"), ("uid", "INT"), ("definition", "TEXT")]),
                    ("pconfig", [("id", "INT PRIMARY KEY"), ("uid", "INT"), ("k", "VARCHAR(100)"), ("v", "TEXT")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("virtualshelves", "shelfname"), ("virtualshelfcontents", "biblionumber"),
                            ("segment", "definition"), ("pconfig", "v")], "preference", "A.2.3")


def test_what_a_user_is_playing_and_a_pictures_hits_are_logs_of_use(classifier):
    """Ampache's now_playing, Coppermine's hit_stats (a picture viewed, by whom) and MediaWiki's
    logging (what an actor did) are logs of a person's use of the service (A.2.5)."""
    fields = source(("user", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                    ("now_playing", [("id", "VARCHAR(64) PRIMARY KEY"), ("user", "INT"), ("object_id", "INT")]),
                    ("hit_stats", [("sid", "INT PRIMARY KEY"), ("pid", "INT"), ("uid", "INT"), ("ip", "VARCHAR(45)")]),
                    ("logging", [("log_id", "INT PRIMARY KEY"), ("log_user", "INT"), ("log_action", "VARCHAR(32)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("now_playing", "object_id"), ("hit_stats", "pid"), ("logging", "log_action")], "log", "A.2.5")


def test_a_customers_paypal_record_is_a_payment_and_a_gateways_settings_nobodys(classifier):
    """Zen Cart's paypal table (a customer's PayPal payment: payer's name and e-mail, amounts) is
    payment data (A.1.6), though it names the payer; a midtrans table of the shop's gateway keys,
    keyed to nobody, is not personal."""
    fields = source(("customers", [("customers_id", "INT PRIMARY KEY"), ("customers_email_address", "VARCHAR(96)")]),
                    ("paypal", [("paypal_ipn_id", "INT PRIMARY KEY"), ("customers_id", "INT"),
                                ("first_name", "VARCHAR(32)"), ("payer_email", "VARCHAR(128)"),
                                ("mc_gross", "DECIMAL(7,2)")]),
                    ("midtrans", [("id", "INT PRIMARY KEY"), ("server_key", "VARCHAR(100)"),
                                  ("is_production", "TINYINT")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("paypal", "mc_gross"), ("paypal", "paypal_ipn_id")], "payment", "A.1.6")
    assert not judged[("midtrans", "server_key")].personal


def test_a_purchase_order_and_a_billing_plan_with_no_key_to_anyone_are_the_organisations(classifier):
    """A manufacturer's purchase_order and its lines and receipts (no key to any person), and a
    RADIUS server's billing_plans (what it sells), are the organisation's own records, not a cash
    sale to someone unnamed; a keyless sale (penjualan) still is one."""
    fields = source(("purchase_order", [("id", "INT PRIMARY KEY"), ("kode", "VARCHAR(20)"), ("tanggal", "DATE"),
                                        ("total", "DECIMAL(15,2)")]),
                    ("detail_purchase_order", [("id", "INT PRIMARY KEY"), ("purchase_order_id", "INT"),
                                               ("qty", "INT")]),
                    ("billing_plans", [("id", "INT PRIMARY KEY"), ("planname", "VARCHAR(128)"),
                                       ("plancost", "VARCHAR(32)")]),
                    ("penjualan", [("id", "INT PRIMARY KEY"), ("tanggal", "DATE"), ("total", "INT")]))
    judged = classify(classifier, fields)
    for cell in (("purchase_order", "total"), ("detail_purchase_order", "qty"), ("billing_plans", "plancost")):
        assert not judged[cell].personal, cell
    assert judged[("penjualan", "total")].personal


def test_an_account_its_users_share_is_a_tenant_and_its_settings_nobodys(classifier):
    """Hi.Events: accounts (an organiser's workspace) whose members are the users through
    account_users (account_id, user_id, role) is a tenant, an organisation; its taxes and fees
    are the tenant's settings, not a person's record; the users stay people."""
    fields = source(("accounts", [("id", "BIGINT PRIMARY KEY"), ("name", "VARCHAR"), ("email", "VARCHAR"),
                                  ("currency_code", "VARCHAR(3)")]),
                    ("users", [("id", "BIGINT PRIMARY KEY"), ("first_name", "VARCHAR"), ("last_name", "VARCHAR"),
                               ("email", "VARCHAR")]),
                    ("taxes_and_fees", [("id", "BIGINT PRIMARY KEY"), ("account_id", "BIGINT"), ("rate", "NUMERIC")]))
    fields += [Field("s", "account_users", "id", "BIGINT", primary_key=True),  # its keys declared, as in the DDL
               Field("s", "account_users", "account_id", "BIGINT", references="accounts.id"),
               Field("s", "account_users", "user_id", "BIGINT", references="users.id"),
               Field("s", "account_users", "role", "VARCHAR")]
    judged = classify(classifier, fields)
    assert judged[("accounts", "currency_code")].record == "organisation"
    assert not judged[("taxes_and_fees", "rate")].personal
    assert judged[("users", "first_name")].record == "person"


def test_a_guild_of_players_is_an_organisation_and_its_storage_the_guilds(classifier):
    """A game server's guild (a group of players with a leader) is an organisation: its storage
    and castles are the guild's, not its leader's record; the players stay people."""
    fields = source(("login", [("account_id", "INT PRIMARY KEY"), ("userid", "VARCHAR(23)"), ("email", "VARCHAR(39)")]),
                    ("char", [("char_id", "INT PRIMARY KEY"), ("account_id", "INT"), ("name", "VARCHAR(30)")]),
                    ("guild", [("guild_id", "INT PRIMARY KEY"), ("name", "VARCHAR(24)"), ("char_id", "INT"),
                               ("guild_lv", "TINYINT")]),
                    ("guild_storage", [("id", "INT PRIMARY KEY"), ("guild_id", "INT"), ("nameid", "INT"),
                                       ("amount", "INT")]))
    judged = classify(classifier, fields)
    assert judged[("guild", "guild_lv")].record == "organisation"
    assert not judged[("guild_storage", "amount")].personal
    assert judged[("char", "name")].personal


def test_a_suplier_spelt_with_one_p_is_a_supplier(classifier):
    """Indonesian dumps often write suplier: master_data_suplier (a supplier company's name,
    phone, address and e-mail) is an organisation, and the payment of its bill is the company's."""
    fields = source(("master_data_suplier", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                                             ("telp", "VARCHAR(20)"), ("email", "VARCHAR(100)"),
                                             ("alamat", "TEXT")]),
                    ("pembayaran_tagihan", [("id", "INT PRIMARY KEY"), ("suplier_id", "INT"),
                                            ("nominal", "DECIMAL(15,2)")]))
    judged = classify(classifier, fields)
    assert judged[("master_data_suplier", "alamat")].record == "organisation"
    assert not judged[("pembayaran_tagihan", "nominal")].personal


def test_an_inventory_keyed_to_a_person_is_theirs_and_one_keyed_to_nobody_is_not(classifier):
    """A game character's inventory (char_id -> char -> login) is what the player holds, and an
    order's inventory lines are what the customer bought: `inventory` names no lookup. A
    warehouse's inventory keyed to nobody stays the organisation's."""
    fields = source(("login", [("account_id", "INT PRIMARY KEY"), ("userid", "VARCHAR(23)"), ("email", "VARCHAR(39)")]),
                    ("char", [("char_id", "INT PRIMARY KEY"), ("account_id", "INT"), ("name", "VARCHAR(30)")]),
                    ("inventory", [("id", "INT PRIMARY KEY"), ("char_id", "INT"), ("nameid", "INT"),
                                   ("amount", "INT")]),
                    ("stock_inventory", [("id", "INT PRIMARY KEY"), ("kode_barang", "VARCHAR(20)"), ("qty", "INT")]))
    judged = classify(classifier, fields)
    assert judged[("inventory", "amount")].personal
    assert not judged[("stock_inventory", "qty")].personal


def test_a_key_to_who_last_changed_a_row_is_an_audit_stamp(classifier):
    """Admidio stamps every row with the user who created it and the one who last changed it
    (usf_usr_id_create, usf_usr_id_change): a profile field's definition is the organisation's
    configuration either way, not the record of the administrator who edited it."""
    users = ("adm_users", [("usr_id", "INT PRIMARY KEY"), ("usr_login_name", "VARCHAR(254)"),
                           ("usr_password", "VARCHAR(255)")])
    fields = source(users) + [
        Field("s", "adm_user_fields", name, data_type, references=references)
        for name, data_type, references in (
            ("usf_id", "INT", ""), ("usf_name", "VARCHAR(100)", ""), ("usf_type", "VARCHAR(30)", ""),
            ("usf_description", "TEXT", ""), ("usf_sequence", "SMALLINT", ""),
            ("usf_usr_id_create", "INT", "adm_users.usr_id"), ("usf_timestamp_create", "TIMESTAMP", ""),
            ("usf_usr_id_change", "INT", "adm_users.usr_id"), ("usf_timestamp_change", "TIMESTAMP", ""))]
    judged = classify(classifier, fields)
    for column in ("usf_name", "usf_type", "usf_description", "usf_sequence", "usf_timestamp_change"):
        assert not judged[("adm_user_fields", column)].personal, column
    assert judged[("adm_users", "usr_login_name")].personal


def test_a_keyless_payment_table_with_no_moment_and_no_key_lists_charges(classifier):
    """A clinic's t_biaya (a fee's name and price) and a shop's cara_bayar list what may be charged
    and how to pay; a keyless payment that happened (a date) or settles something named
    (id_booking) stays a person's payment."""
    fields = source(("t_biaya", [("id_biaya", "INT PRIMARY KEY"), ("nama_biaya", "VARCHAR(100)"),
                                 ("harga_biaya", "DECIMAL(12,2)")]),
                    ("cara_bayar", [("kd_bayar", "VARCHAR(5) PRIMARY KEY"), ("cara_bayar", "VARCHAR(50)")]),
                    ("pembayaran", [("id", "INT PRIMARY KEY"), ("tanggal", "DATE"), ("nominal", "DECIMAL(12,2)")]),
                    ("bayar", [("id_bayar", "INT PRIMARY KEY"), ("id_booking", "INT"), ("jml_bayar", "INT"),
                               ("jenis_bayar", "VARCHAR(20)")]))
    judged = classify(classifier, fields)
    for cell in (("t_biaya", "nama_biaya"), ("t_biaya", "harga_biaya"), ("cara_bayar", "cara_bayar")):
        assert not judged[cell].personal, cell
    assert_records(judged, [("pembayaran", "nominal"), ("bayar", "jml_bayar")], "payment", "A.1.6")


def test_an_auction_between_players_is_their_transaction(classifier):
    """Hercules' auction: a player's item up for sale with its price and buyer, the English of
    lelang, is the seller's and buyer's transaction (A.1.5), not their profile."""
    fields = source(("char", [("char_id", "INT PRIMARY KEY"), ("account_id", "INT"), ("name", "VARCHAR(30)")]),
                    ("auction", [("auction_id", "BIGINT PRIMARY KEY"), ("seller_id", "INT"),
                                 ("seller_name", "VARCHAR(30)"), ("buyer_id", "INT"), ("buyer_name", "VARCHAR(30)"),
                                 ("price", "INT"), ("buynow", "INT"), ("hours", "SMALLINT"), ("timestamp", "INT"),
                                 ("nameid", "INT"), ("item_name", "VARCHAR(50)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("auction", "price"), ("auction", "item_name"), ("auction", "hours")], "transaction", "A.1.5")


def test_a_users_collection_is_what_they_chose_to_keep(classifier):
    """Ampache's collection (a user's named set of songs) and the songs in it are the user's saved
    things (A.2.3), like a shelf or a playlist; a library's collections keyed to nobody are not."""
    fields = source(("user", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(128)"), ("email", "VARCHAR(128)")]),
                    ("collection", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(255)"), ("user_id", "INT"),
                                    ("date", "INT UNSIGNED")]),
                    ("collection_map", [("id", "INT PRIMARY KEY"), ("collection_id", "INT"), ("object_id", "INT"),
                                        ("object_type", "VARCHAR(32)")]),
                    ("collection_dm", [("code", "SMALLINT PRIMARY KEY"), ("description", "VARCHAR(40)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("collection", "name"), ("collection", "date"), ("collection_map", "object_id")],
                   "preference", "A.2.3")
    assert not judged[("collection_dm", "description")].personal


def test_a_remember_me_cookie_and_a_refresh_token_are_session_records(classifier):
    """Kanboard's remember_me (a user's long-lived login cookie) and an OAuth server's
    refresh_tokens keep a person signed in: records of their sessions (A.2.5), not their profile."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(255)"), ("email", "VARCHAR(255)")]),
                    ("remember_me", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("token", "VARCHAR(255)"),
                                     ("sequence", "VARCHAR(255)"), ("expiration", "INT"), ("date_creation", "BIGINT")]),
                    ("oauth_refresh_tokens", [("refresh_token", "VARCHAR(40) PRIMARY KEY"),
                                              ("client_id", "VARCHAR(80)"), ("user_id", "INT"),
                                              ("expires", "TIMESTAMP"), ("scope", "VARCHAR(2000)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("remember_me", "sequence"), ("remember_me", "expiration"),
                            ("oauth_refresh_tokens", "scope"), ("oauth_refresh_tokens", "expires")], "log", "A.2.5")


def test_a_thing_with_its_owners_contact_is_not_a_person(classifier):
    """daloRADIUS's node: a mesh router with its owner's name, e-mail, phone and address beside
    its own name, MAC and uptime. The owner's columns are personal; the router is no person, so
    its name, description and counters are not. A teacher's own table (guru_mapel, nama_guru and
    nip_guru) still holds the teacher."""
    fields = source(("node", [("id", "INT PRIMARY KEY"), ("time", "DATETIME"), ("netid", "INT"),
                              ("name", "VARCHAR(100)"), ("description", "VARCHAR(100)"),
                              ("owner_name", "VARCHAR(50)"), ("owner_email", "VARCHAR(50)"),
                              ("owner_phone", "VARCHAR(25)"), ("owner_address", "VARCHAR(100)"),
                              ("mac", "VARCHAR(20)"), ("uptime", "VARCHAR(100)"), ("firmware", "VARCHAR(50)")]),
                    ("guru_mapel", [("id_guru_mapel", "INT PRIMARY KEY"), ("nama_guru", "VARCHAR(100)"),
                                    ("nip_guru", "VARCHAR(20)"), ("telp_guru", "VARCHAR(15)"),
                                    ("mata_pelajaran", "VARCHAR(50)")]))
    judged = classify(classifier, fields)
    assert judged[("node", "owner_name")].personal and judged[("node", "owner_email")].personal
    for column in ("name", "description", "uptime", "firmware", "netid"):
        assert not judged[("node", column)].personal, column
    assert judged[("guru_mapel", "mata_pelajaran")].record == "person"


def test_a_row_kept_of_a_customer_that_counts_something_is_their_transaction(classifier):
    """A water utility's baca_meter (a customer's meter reading, its stand) and a warehouse's
    tbl_barangkeluar (goods sent out to a customer, a jumlah) are dealings with the customer
    (A.1.5); a customer's vehicle, which counts nothing, stays their own record (A.1.1)."""
    fields = source(("pelanggan", [("pelanggan_id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                                   ("alamat", "TEXT"), ("no_hp", "VARCHAR(15)")]),
                    ("baca_meter", [("id", "INT PRIMARY KEY"), ("pelanggan_id", "INT"), ("periode", "VARCHAR(6)"),
                                    ("stand_awal", "INT"), ("stand_akhir", "INT"), ("foto", "VARCHAR(100)")]),
                    ("tbl_customer", [("id", "INT PRIMARY KEY"), ("nama_customer", "VARCHAR(100)"),
                                      ("email", "VARCHAR(100)"), ("telepon", "VARCHAR(15)")]),
                    ("tbl_barangkeluar", [("id", "INT PRIMARY KEY"), ("customer_id", "INT"),
                                          ("kode_barang", "VARCHAR(20)"), ("jumlah", "INT"), ("tanggal", "DATE")]),
                    ("kendaraan", [("id", "INT PRIMARY KEY"), ("pelanggan_id", "INT"), ("no_polisi", "VARCHAR(12)"),
                                   ("merk", "VARCHAR(50)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("baca_meter", "stand_akhir"), ("baca_meter", "periode"), ("tbl_barangkeluar", "jumlah"),
                            ("tbl_barangkeluar", "kode_barang")], "transaction", "A.1.5")
    assert_records(judged, [("kendaraan", "merk")], "record", "A.1.1")


def test_a_ticket_with_a_price_is_bought_not_a_support_case(classifier):
    """A hiking site's pemesanan_tiket (a climber's ticket with its price and total) and a point of
    sale's ticketlines are tickets bought (A.1.5); a helpdesk's tiket with no money in it stays a
    support case (A.1.2)."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                    ("pemesanan_tiket", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("tanggal_naik", "DATE"),
                                         ("jumlah_pendaki", "INT"), ("harga", "DECIMAL(12,2)"),
                                         ("total_harga", "DECIMAL(12,2)"), ("status", "VARCHAR(20)")]),
                    ("tiket", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("judul", "VARCHAR(200)"),
                               ("isi", "TEXT"), ("status", "VARCHAR(20)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("pemesanan_tiket", "tanggal_naik"), ("pemesanan_tiket", "jumlah_pendaki")],
                   "transaction", "A.1.5")
    assert_records(judged, [("tiket", "judul"), ("tiket", "status")], "support", "A.1.2")


def test_a_sale_of_a_prescription_is_first_a_transaction_and_still_health_data(classifier):
    """A pharmacy's apt_transaksi_resep (a prescription sold to a patient) and a cooperative's
    mutasisimpanan (movements of a member's savings, mutasi being also a pupil's transfer) are
    first what the person bought or paid (A.1.5, A.1.6); the prescription stays UU PDP specific
    data. A payslip's payment stays payroll data, no policy category."""
    fields = source(("pasien", [("id_pasien", "INT PRIMARY KEY"), ("nama_pasien", "VARCHAR(100)"),
                                ("alamat", "TEXT"), ("no_hp", "VARCHAR(15)")]),
                    ("apt_transaksi_resep", [("id", "INT PRIMARY KEY"), ("id_pasien", "INT"), ("tanggal", "DATE"),
                                             ("no_resep", "VARCHAR(20)"), ("keterangan", "TEXT")]),
                    ("anggota", [("ang_no", "VARCHAR(10) PRIMARY KEY"), ("ang_nama", "VARCHAR(100)"),
                                 ("ang_alamat", "TEXT"), ("ang_telp", "VARCHAR(15)")]),
                    ("mutasisimpanan", [("id", "INT PRIMARY KEY"), ("ang_no", "VARCHAR(10)"), ("tanggal", "DATE"),
                                        ("keterangan", "VARCHAR(100)")]),
                    ("pegawai", [("id_pegawai", "INT PRIMARY KEY"), ("nama_pegawai", "VARCHAR(100)"),
                                 ("nip", "VARCHAR(20)")]),
                    ("pembayaran_gaji", [("id", "INT PRIMARY KEY"), ("id_pegawai", "INT"), ("bulan", "VARCHAR(7)"),
                                         ("keterangan", "VARCHAR(100)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("apt_transaksi_resep", "keterangan"), ("apt_transaksi_resep", "tanggal")],
                   "transaction", "A.1.5")
    assert judged[("apt_transaksi_resep", "keterangan")].sensitive
    assert_records(judged, [("mutasisimpanan", "keterangan")], "payment", "A.1.6")
    assert judged[("pembayaran_gaji", "keterangan")].uncovered == "payroll data"


def test_an_order_naming_its_supplier_entered_by_staff_is_the_organisations(classifier):
    """A pharmacy's pemesanan (an order placed with id_supplier, entered by the user at the till)
    and its lines are what the pharmacy buys in, whatever the order is called; only the key to
    the staff member is personal. An order keyed to a customer stays theirs."""
    fields = source(("users", [("id_users", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"),
                               ("password", "VARCHAR(255)")]),
                    ("supplier", [("id_supplier", "INT PRIMARY KEY"), ("nama_supplier", "VARCHAR(100)"),
                                  ("alamat", "TEXT")]),
                    ("pemesanan", [("id_pemesanan", "INT PRIMARY KEY"), ("id_supplier", "INT"), ("id_users", "INT"),
                                   ("tgl_pemesanan", "DATE"), ("total", "INT")]),
                    ("detail_pemesanan", [("id", "INT PRIMARY KEY"), ("id_pemesanan", "INT"), ("id_obat", "INT"),
                                          ("qty", "INT")]),
                    ("pelanggan", [("id_pelanggan", "INT PRIMARY KEY"), ("nama", "VARCHAR(50)"),
                                   ("no_hp", "VARCHAR(20)")]),
                    ("penjualan", [("id_jual", "INT PRIMARY KEY"), ("id_pelanggan", "INT"), ("id_users", "INT"),
                                   ("total", "INT")]))
    judged = classify(classifier, fields)
    assert not any(judged[("pemesanan", c)].personal for c in ("id_pemesanan", "tgl_pemesanan", "total"))
    assert judged[("pemesanan", "id_users")].personal
    assert not judged[("detail_pemesanan", "qty")].personal
    assert judged[("penjualan", "total")].personal


def test_a_mailbox_the_application_sends_from_is_no_person(classifier):
    """HelpDeskZ's emails: the name, address and password of a mailbox with its SMTP and IMAP
    servers, even when the address is also a staff member's; an application's general settings
    with its mail host and port. Neither table holds people."""
    fields = source(("staff", [("id", "INT PRIMARY KEY"), ("fullname", "VARCHAR(100)"), ("email", "VARCHAR(255)"),
                               ("password", "VARCHAR(255)")]),
                    ("emails", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(200)"), ("email", "VARCHAR(200)"),
                                ("created", "INT"), ("smtp_host", "VARCHAR(200)"), ("smtp_port", "VARCHAR(10)"),
                                ("smtp_username", "VARCHAR(200)"), ("smtp_password", "VARCHAR(200)"),
                                ("imap_host", "VARCHAR(200)"), ("imap_port", "VARCHAR(10)")]),
                    ("general", [("id", "INT PRIMARY KEY"), ("app_name", "VARCHAR(100)"), ("slogan", "VARCHAR(200)"),
                                 ("host_mail", "VARCHAR(100)"), ("port_mail", "INT"),
                                 ("account_gmail", "VARCHAR(100)"), ("pass_gmail", "VARCHAR(100)"),
                                 ("whatsapp", "VARCHAR(20)")]))
    judged = classify(classifier, fields)
    for cell in (("emails", "name"), ("emails", "created"), ("emails", "smtp_host"), ("general", "app_name"),
                 ("general", "slogan")):
        assert not judged[cell].personal, cell
    assert judged[("staff", "fullname")].record == "person"


def test_a_kind_of_record_named_by_a_word_the_aliases_read_as_another_is_still_named(classifier):
    """The aliases read mail as email and saldo as balance for columns; a table named rodex_mail
    (a player's in-game mail) is still of messages (A.1.4), one named saldo (a member's balance
    top-ups) still of payments (A.1.6)."""
    fields = source(("login", [("account_id", "INT PRIMARY KEY"), ("userid", "VARCHAR(23)"), ("email", "VARCHAR(39)")]),
                    ("rodex_mail", [("mail_id", "BIGINT PRIMARY KEY"), ("sender_name", "VARCHAR(30)"),
                                    ("sender_id", "INT"), ("receiver_name", "VARCHAR(30)"), ("receiver_id", "INT"),
                                    ("receiver_accountid", "INT"), ("title", "VARCHAR(50)"),
                                    ("body", "VARCHAR(500)"), ("zeny", "BIGINT")]),
                    ("users", [("id_user", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                    ("saldo", [("id", "INT PRIMARY KEY"), ("id_user", "INT"), ("nominal", "INT"),
                               ("tanggal", "DATETIME"), ("status", "VARCHAR(10)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("rodex_mail", "title"), ("rodex_mail", "zeny")], "interaction", "A.1.4")
    assert_records(judged, [("saldo", "status"), ("saldo", "tanggal")], "payment", "A.1.6")


def test_a_table_word_of_a_kind_of_record_is_not_split_into_others(classifier):
    """ChurchCRM's userconfig_ucfg (a user's saved configuration) is read as userconfig, a
    preference, not as user + config; phpBB's privmsgs_rules (a user's rules for filing private
    messages) as the rules about privmsgs: a preference (A.2.3)."""
    fields = source(("user_usr", [("usr_per_ID", "INT PRIMARY KEY"), ("usr_UserName", "VARCHAR(50)"),
                                  ("usr_Password", "VARCHAR(500)")]),
                    ("person_per", [("per_ID", "INT PRIMARY KEY"), ("per_FirstName", "VARCHAR(50)"),
                                    ("per_LastName", "VARCHAR(50)"), ("per_Email", "VARCHAR(50)")]),
                    ("userconfig_ucfg", [("ucfg_per_id", "INT"), ("ucfg_id", "INT"), ("ucfg_name", "VARCHAR(50)"),
                                         ("ucfg_value", "TEXT"), ("ucfg_type", "VARCHAR(20)")]),
                    ("phpbb_users", [("user_id", "INT PRIMARY KEY"), ("username", "VARCHAR(255)"),
                                     ("user_email", "VARCHAR(100)")]),
                    ("phpbb_privmsgs_rules", [("rule_id", "INT PRIMARY KEY"), ("user_id", "INT"),
                                              ("rule_check", "INT"), ("rule_string", "VARCHAR(255)"),
                                              ("rule_action", "INT"), ("rule_folder_id", "INT")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("userconfig_ucfg", "ucfg_value"), ("phpbb_privmsgs_rules", "rule_string")],
                   "preference", "A.2.3")


def test_a_transfer_mutasi_is_no_education_record_by_itself(classifier):
    """mutasi is any transfer: a resident moving out of the village (mutasi_keluar) is their own
    record (A.1.1), not an education record; a cooperative's mutasiberjangka (movements of a
    member's term deposit) is a payment."""
    fields = source(("warga", [("id_warga", "INT PRIMARY KEY"), ("nik", "VARCHAR(16)"), ("nama", "VARCHAR(100)"),
                               ("alamat", "TEXT")]),
                    ("mutasi_keluar", [("id", "INT PRIMARY KEY"), ("id_warga", "INT"), ("tanggal_keluar", "DATE"),
                                       ("alamat_tujuan", "TEXT"), ("alasan", "VARCHAR(100)")]),
                    ("anggota", [("ang_no", "VARCHAR(10) PRIMARY KEY"), ("ang_nama", "VARCHAR(100)"),
                                 ("ang_alamat", "TEXT"), ("ang_telp", "VARCHAR(15)")]),
                    ("investasiberjangka", [("ivb_kode", "VARCHAR(10) PRIMARY KEY"), ("ang_no", "VARCHAR(10)"),
                                            ("ivb_pokok", "DECIMAL(15,2)"), ("ivb_tgl", "DATE")]),
                    ("mutasiberjangka", [("id", "INT PRIMARY KEY"), ("ivb_kode", "VARCHAR(10)"), ("tanggal", "DATE"),
                                         ("keterangan", "VARCHAR(100)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("mutasi_keluar", "alasan"), ("mutasi_keluar", "alamat_tujuan")], "record", "A.1.1")
    assert judged[("mutasiberjangka", "keterangan")].categories[0] == "A.1.6"


def test_a_duty_tugas_is_no_education_record_by_itself(classifier):
    """tugas is any task or duty: a village's surat_tugas (a letter assigning a resident a duty)
    and a neighbourhood head's tugas_rt are the person's own records (A.1.1), not education
    records."""
    fields = source(("penduduk", [("nik", "VARCHAR(16) PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                                  ("alamat", "TEXT"), ("tgl_lahir", "DATE")]),
                    ("surat_tugas", [("id", "INT PRIMARY KEY"), ("nik", "VARCHAR(16)"), ("no_surat", "VARCHAR(50)"),
                                     ("tujuan", "VARCHAR(200)"), ("tanggal", "DATE")]),
                    ("users", [("id_user", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                    ("tugas_rt", [("id", "INT PRIMARY KEY"), ("id_user", "INT"), ("judul", "VARCHAR(200)"),
                                  ("deskripsi", "TEXT"), ("status", "VARCHAR(20)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("surat_tugas", "no_surat"), ("tugas_rt", "judul")], "record", "A.1.1")


def test_a_members_deposito_is_a_payment(classifier):
    """A cooperative's tb_deposito (a member's term deposit, deposito in Indonesian) is the
    member's payment record (A.1.6), as a deposit is; not their profile."""
    fields = source(("tb_anggota", [("id_anggota", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                                    ("alamat", "TEXT"), ("no_hp", "VARCHAR(15)")]),
                    ("tb_deposito", [("id_deposito", "INT PRIMARY KEY"), ("id_anggota", "INT"),
                                     ("jangka_waktu", "INT"), ("tanggal_mulai", "DATE"), ("status", "VARCHAR(10)")]))
    judged = classify(classifier, fields)
    assert_records(judged, [("tb_deposito", "jangka_waktu"), ("tb_deposito", "status")], "payment", "A.1.6")


def test_an_employees_reimburse_claim_is_employment_data(classifier):
    """An attendance app's reimburse (an employee's claim for expenses paid) is employment data
    no policy category covers, as a reimbursement is; not the employee's profile (A.1.1)."""
    fields = source(("users", [("id_user", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                    ("reimburse", [("id", "INT PRIMARY KEY"), ("id_user", "INT"), ("tanggal", "DATE"),
                                   ("keperluan", "VARCHAR(200)"), ("bukti", "VARCHAR(200)"), ("status", "VARCHAR(20)")]))
    judged = classify(classifier, fields)
    assert judged[("reimburse", "keperluan")].uncovered == "employment data"
    assert not judged[("reimburse", "keperluan")].categories


def test_an_institution_or_a_factory_with_its_contact_details_is_an_organisation(classifier):
    """A lembaga (an institution that runs savings for its members) or a pharmacy's pabrik (the
    maker of its drugs) with a name, a phone and an e-mail is an organisation, not a person table;
    the members it holds are people."""
    fields = source(("lembaga", [("LEMBAGA_ID", "INT PRIMARY KEY"), ("LEMBAGA_NAMA", "VARCHAR(100)"),
                                 ("LEMBAGA_HP", "VARCHAR(20)"), ("LEMBAGA_EMAIL", "VARCHAR(100)"),
                                 ("LEMBAGA_ALAMAT", "TEXT")]),
                    ("pabrik", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("alamat", "TEXT"),
                                ("email", "VARCHAR(100)"), ("telp", "VARCHAR(20)")]),
                    ("anggota", [("id_anggota", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("hp", "VARCHAR(20)"),
                                 ("email", "VARCHAR(100)")]))
    judged = classify(classifier, fields)
    assert_not_personal(judged, (("lembaga", "lembaga_nama"), ("lembaga", "lembaga_email"),
                                 ("pabrik", "nama"), ("pabrik", "email")), "organisation")
    assert judged[("anggota", "email")].personal


def test_a_keyless_table_of_rates_is_what_is_charged_not_a_sale(classifier):
    """daloRADIUS's billing_rates and a marketplace's tabel_tarif_delivery hold what the
    organisation charges (a rate's name, type and cost; a delivery tariff by distance): with no
    key to a person, no one's transaction. A keyless billing history stays someone's."""
    fields = source(("billing_rates", [("id", "INT PRIMARY KEY"), ("rateName", "VARCHAR(128)"),
                                       ("rateType", "VARCHAR(128)"), ("rateCost", "INT"),
                                       ("creationdate", "DATETIME")]),
                    ("tabel_tarif_delivery", [("id_tarif", "INT PRIMARY KEY"), ("jarak_min", "INT"),
                                              ("jarak_max", "INT"), ("tarif", "DECIMAL(10,2)")]),
                    ("billing_history", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(128)"),
                                         ("planId", "INT"), ("billAmount", "VARCHAR(200)"),
                                         ("creationdate", "DATETIME")]))
    judged = classify(classifier, fields)
    assert_not_personal(judged, (("billing_rates", "ratename"), ("billing_rates", "ratecost"),
                                 ("tabel_tarif_delivery", "tarif"), ("tabel_tarif_delivery", "jarak_min")))
    assert judged[("billing_history", "billamount")].personal


def test_a_household_named_by_its_head_is_a_persons_record_and_so_are_its_answers(classifier):
    """A census's rumah tangga (tbl_rt: nama_krt, the head's name, and counts of members) is a
    household under its named head, and its food expenses and housing answers, keyed id_rt, are
    about it; a village profile naming its head (nama_kepala_desa) stays the village's."""
    fields = source(("tbl_rt", [("id_rt", "INT PRIMARY KEY"), ("id_desa_kelurahan", "INT"),
                                ("nama_krt", "VARCHAR(150)"), ("jumlah_art", "INT"), ("tahun", "INT")]),
                    ("tbl_pengeluaran_makanan", [("id_pengeluaran", "INT PRIMARY KEY"), ("id_rt", "INT"),
                                                 ("beras", "INT"), ("ikan_segar", "INT")]),
                    ("tbl_perumahan_survey", [("id_perumahan_survey", "INT PRIMARY KEY"), ("id_rt", "INT"),
                                              ("status_kepemilikan", "VARCHAR(150)"), ("luas_lantai", "VARCHAR(150)")]),
                    ("profil_desa", [("id", "INT PRIMARY KEY"), ("nama_desa", "VARCHAR(100)"),
                                     ("nama_kepala_desa", "VARCHAR(100)"), ("alamat_kantor", "TEXT")]))
    judged = classify(classifier, fields)
    assert judged[("tbl_rt", "jumlah_art")].record == "person"
    for table, column in (("tbl_rt", "nama_krt"), ("tbl_pengeluaran_makanan", "beras"),
                          ("tbl_perumahan_survey", "luas_lantai")):
        assert judged[(table, column)].personal, (table, column)
    assert not judged[("profil_desa", "nama_desa")].personal


def test_a_thing_kept_with_the_ip_it_was_posted_from_and_its_posters_key_is_theirs(classifier):
    """A classifieds site's t_item (a listing: fk_i_user_id, its price, s_ip) is what a user
    posted, and its statistics are about it; a product with no IP stays the shop's catalogue."""
    fields = source(("t_user", [("pk_i_id", "INT PRIMARY KEY"), ("s_name", "VARCHAR(100)"),
                                ("s_email", "VARCHAR(100)"), ("s_password", "CHAR(60)")]),
                    ("t_item", [("pk_i_id", "INT PRIMARY KEY"), ("fk_i_user_id", "INT"), ("dt_pub_date", "DATETIME"),
                                ("f_price", "FLOAT"), ("s_ip", "VARCHAR(64)"), ("b_enabled", "TINYINT(1)")]),
                    ("t_item_stats", [("fk_i_item_id", "INT"), ("i_num_views", "INT"), ("dt_date", "DATE")]),
                    ("product", [("product_id", "INT PRIMARY KEY"), ("t_user_id", "INT"), ("name", "VARCHAR(100)"),
                                 ("price", "DECIMAL(10,2)")]))
    declared = {"fk_i_user_id": "t_user.pk_i_id", "fk_i_item_id": "t_item.pk_i_id"}  # as the DDL declares them
    fields = [replace(found, references=declared.get(found.name)) for found in fields]
    judged = classify(classifier, fields)
    for table, column in (("t_item", "f_price"), ("t_item", "dt_pub_date"), ("t_item_stats", "i_num_views")):
        assert judged[(table, column)].personal, (table, column)
    assert not judged[("product", "price")].personal


def test_the_key_name_every_table_shares_is_no_identifier_shared_with_the_users(classifier):
    """Dolibarr keys every table by rowid: a user group's or a department's rowid is its own key,
    not the rowid of llx_user, so neither is a user's row; the users stay people."""
    fields = source(("llx_user", [("rowid", "INT PRIMARY KEY"), ("login", "VARCHAR(50)"), ("lastname", "VARCHAR(50)"),
                                  ("firstname", "VARCHAR(50)"), ("email", "VARCHAR(255)")]),
                    ("llx_usergroup", [("rowid", "INT PRIMARY KEY"), ("nom", "VARCHAR(180)"), ("note", "TEXT")]),
                    ("llx_c_hrm_department", [("rowid", "INT PRIMARY KEY"), ("code", "VARCHAR(16)"),
                                              ("label", "VARCHAR(128)"), ("active", "TINYINT")]),
                    ("llx_c_holiday_types", [("rowid", "INT PRIMARY KEY"), ("code", "VARCHAR(16)"),
                                             ("label", "VARCHAR(255)"), ("newbymonth", "DOUBLE")]))
    judged = classify(classifier, fields)
    assert_not_personal(judged, (("llx_usergroup", "nom"), ("llx_usergroup", "rowid"),
                                 ("llx_c_hrm_department", "label"), ("llx_c_holiday_types", "newbymonth")))
    assert judged[("llx_user", "email")].personal


def test_a_table_of_districts_or_villages_is_reference_data_whoever_entered_it(classifier):
    """A water utility's kecamatan and kelurahan (districts and urban villages, each with the
    pengguna_id of the account that entered it) are reference data, not that account's rows; the
    customer living in one stays a person."""
    fields = source(("pengguna", [("id", "BIGINT PRIMARY KEY"), ("nama", "VARCHAR(255)"), ("uid", "VARCHAR(255)"),
                                  ("kata_sandi", "VARCHAR(255)")]),
                    ("kecamatan", [("id", "BIGINT PRIMARY KEY"), ("nama", "VARCHAR(255)"), ("pengguna_id", "BIGINT"),
                                   ("created_at", "TIMESTAMP")]),
                    ("kelurahan", [("id", "BIGINT PRIMARY KEY"), ("kecamatan_id", "BIGINT"), ("nama", "VARCHAR(255)"),
                                   ("pengguna_id", "BIGINT")]),
                    ("pelanggan", [("id", "BIGINT PRIMARY KEY"), ("nama", "VARCHAR(255)"), ("alamat", "TEXT"),
                                   ("kelurahan_id", "BIGINT")]))
    judged = classify(classifier, fields)
    assert_not_personal(judged, (("kecamatan", "nama"), ("kecamatan", "created_at"),
                                 ("kelurahan", "nama"), ("kelurahan", "kecamatan_id")), "lookup")
    assert judged[("pelanggan", "alamat")].personal


def test_a_table_named_first_for_a_tariff_is_a_price_list_whoever_it_names(classifier):
    """Indonesian names put the head word first: tarif_pelayanan (the service tariff, keyed to the
    account that entered it) and tarif_kurir_wilayah (a courier's tariff by region, keyed to the
    courier) are price lists; the courier's deliveries stay theirs."""
    fields = source(("pengguna", [("id", "BIGINT PRIMARY KEY"), ("nama", "VARCHAR(255)"), ("uid", "VARCHAR(255)"),
                                  ("kata_sandi", "VARCHAR(255)")]),
                    ("kurir", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("no_hp", "VARCHAR(20)"),
                               ("email", "VARCHAR(100)")]),
                    ("tarif_pelayanan", [("id", "BIGINT PRIMARY KEY"), ("tanggal_berlaku", "DATE"),
                                         ("nama", "VARCHAR(255)"), ("nilai", "DECIMAL(20,2)"),
                                         ("pengguna_id", "BIGINT")]),
                    ("tarif_kurir_wilayah", [("id", "INT PRIMARY KEY"), ("kurir_id", "INT"), ("wilayah", "VARCHAR(100)"),
                                             ("tarif", "DECIMAL(10,2)")]),
                    ("pengiriman", [("id", "INT PRIMARY KEY"), ("kurir_id", "INT"), ("tanggal", "DATE"),
                                    ("ongkir", "DECIMAL(10,2)")]))
    judged = classify(classifier, fields)
    assert_not_personal(judged, (("tarif_pelayanan", "nilai"), ("tarif_pelayanan", "tanggal_berlaku"),
                                 ("tarif_kurir_wilayah", "wilayah"), ("tarif_kurir_wilayah", "tarif")))
    assert judged[("pengiriman", "ongkir")].personal


def test_a_thing_people_belong_to_is_not_its_owners_row(classifier):
    """Kanboard: a project has an owner_id and an e-mail of its own, and project_has_users makes
    users its members: it is a shared thing, not the owner's row, and its columns and swimlanes
    are nobody's. An API token with an Owner and no members stays its owner's."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(255)"), ("name", "VARCHAR(255)"),
                               ("email", "VARCHAR(255)"), ("password", "VARCHAR(255)")]),
                    ("projects", [("id", "INT PRIMARY KEY"), ("name", "TEXT"), ("is_active", "TINYINT"),
                                  ("owner_id", "INT"), ("email", "TEXT"), ("description", "TEXT")]),
                    ("project_has_users", [("project_id", "INT"), ("user_id", "INT"), ("role", "VARCHAR(255)")]),
                    ("swimlanes", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(200)"), ("position", "INT"),
                                   ("project_id", "INT")]),
                    ("AuthTokens", [("id", "INT PRIMARY KEY"), ("Owner", "INT"), ("Token", "VARCHAR(256)"),
                                    ("LastUsed", "TIMESTAMP")]))
    declared = {"project_id": "projects.id", "user_id": "users.id"}  # as Kanboard's DDL declares them
    judged = classify(classifier, [replace(found, references=declared.get(found.name)) for found in fields])
    assert_not_personal(judged, (("projects", "name"), ("projects", "description"),
                                 ("swimlanes", "name"), ("swimlanes", "position")))
    assert judged[("project_has_users", "role")].personal
    assert judged[("authtokens", "lastused")].personal


def test_a_list_a_person_keeps_of_things_is_no_membership_of_them(classifier):
    """Open Real Estate: a listing has its owner_id, and comparison_list (a visitor's user_id and
    session beside an apartment_id) is a list someone keeps of listings, not named for members:
    the listing stays its owner's, as without the list."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(128)"), ("email", "VARCHAR(128)"),
                               ("phone", "VARCHAR(15)")]),
                    ("apartment", [("id", "INT PRIMARY KEY"), ("owner_id", "INT"), ("price", "INT"),
                                   ("address", "VARCHAR(255)"), ("date_created", "TIMESTAMP")]),
                    ("comparison_list", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("apartment_id", "INT"),
                                         ("session_id", "VARCHAR(32)"), ("date_updated", "TIMESTAMP")]))
    judged = classify(classifier, fields)
    assert judged[("apartment", "price")].personal and judged[("apartment", "date_created")].personal


def test_an_email_shared_with_the_users_is_a_places_own_where_the_row_names_its_contact(classifier):
    """FrontAccounting's 0_locations (a warehouse: its name, address, phone, e-mail and contact)
    share an e-mail column with 0_users, but a row naming its contact person is a place's or an
    organisation's: neither it nor the stock moved at it is a user's. A password reset keyed by
    an e-mail stays the user's."""
    fields = source(("0_users", [("id", "SMALLINT PRIMARY KEY"), ("user_id", "VARCHAR(60)"),
                                 ("real_name", "VARCHAR(100)"), ("email", "VARCHAR(100)"), ("password", "VARCHAR(100)")]),
                    ("0_locations", [("loc_code", "VARCHAR(5) PRIMARY KEY"), ("location_name", "VARCHAR(60)"),
                                     ("delivery_address", "TINYTEXT"), ("phone", "VARCHAR(30)"),
                                     ("email", "VARCHAR(100)"), ("contact", "VARCHAR(30)")]),
                    ("0_stock_moves", [("trans_id", "INT PRIMARY KEY"), ("stock_id", "VARCHAR(20)"),
                                       ("loc_code", "VARCHAR(5)"), ("qty", "DOUBLE")]),
                    ("password_resets", [("email", "VARCHAR(100)"), ("token", "VARCHAR(255)"),
                                         ("created_at", "TIMESTAMP")]))
    judged = classify(classifier, fields)
    assert_not_personal(judged, (("0_locations", "location_name"),
                                 ("0_locations", "delivery_address"), ("0_stock_moves", "qty")))
    assert judged[("password_resets", "created_at")].personal


def test_a_table_named_for_categories_glued_to_their_subject_is_reference_data(classifier):
    """GLPI's glpi_itilcategories (ITIL categories, each with the users_id of the technician in
    charge) is a table of categories, not that user's rows; the tickets filed under one stay
    their requester's."""
    fields = source(("glpi_users", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(255)"), ("realname", "VARCHAR(255)"),
                                    ("firstname", "VARCHAR(255)"), ("password", "CHAR(40)")]),
                    ("glpi_itilcategories", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(255)"),
                                             ("completename", "TEXT"), ("users_id", "INT"), ("comment", "TEXT")]),
                    ("glpi_tickets", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(255)"), ("content", "TEXT"),
                                      ("itilcategories_id", "INT"), ("users_id_recipient", "INT")]))
    judged = classify(classifier, fields)
    for column in ("name", "completename", "comment"):
        assert not judged[("glpi_itilcategories", column)].personal, column
    assert judged[("glpi_tickets", "content")].personal


def test_a_text_id_beside_a_type_is_no_polymorphic_key(classifier):
    """Revive Adserver's banner_vast_element holds vast_video_id, a text of a hundred characters,
    beside vast_video_type (the video's MIME type): no key to the application's users, the
    banner's own data. An integer id beside its type (Laravel's tokenable_id) still is one."""
    fields = source(USERS,
                    ("rv_banner_vast_element", [("banner_vast_element_id", "INT PRIMARY KEY"),
                                                ("banner_id", "INT"), ("vast_video_id", "VARCHAR(100)"),
                                                ("vast_video_type", "VARCHAR(20)"), ("vast_video_duration", "MEDIUMINT"),
                                                ("vast_video_clickthrough_url", "TEXT")]),
                    ("personal_access_tokens", [("id", "BIGSERIAL"), ("tokenable_type", "VARCHAR(255)"),
                                                ("tokenable_id", "BIGINT"), ("token", "VARCHAR(64)")]))
    judged = classify(classifier, fields)
    for column in ("vast_video_id", "vast_video_duration", "vast_video_clickthrough_url"):
        assert not judged[("rv_banner_vast_element", column)].personal, column
    assert judged[("personal_access_tokens", "token")].personal


def test_an_account_keyed_by_its_code_is_a_ledger_account_not_a_user(classifier):
    """A distributor's chart of accounts (coa: kode_akun, nama_akun, saldo_normal) and
    FrontAccounting's 0_chart_master (account_code2) name ledger accounts by their code, no
    user's account; a key named for the user's account (akun_id) still names a person."""
    fields = source(USERS,
                    ("coa", [("id", "INT PRIMARY KEY"), ("kode_akun", "VARCHAR(20)"), ("nama", "VARCHAR(100)"),
                             ("saldo_normal", "VARCHAR(10)")]),
                    ("0_chart_master", [("account_code", "VARCHAR(15) PRIMARY KEY"), ("account_code2", "VARCHAR(15)"),
                                        ("account_name", "VARCHAR(60)"), ("inactive", "TINYINT(1)")]),
                    ("riwayat_login", [("id", "INT PRIMARY KEY"), ("akun_id", "INT"), ("waktu", "DATETIME")]))
    judged = classify(classifier, fields)
    assert_not_personal(judged, (("coa", "nama"), ("coa", "saldo_normal"), ("0_chart_master", "inactive")))
    assert judged[("riwayat_login", "waktu")].personal


def test_a_purchase_from_a_pharmaceutical_wholesaler_is_the_pharmacys_own(classifier):
    """A pharmacy buys its drugs from a PBF (pedagang besar farmasi, a wholesaler): its
    ak_data_pembelian (id_pbf, the id_user of the staff member who entered it, a subtotal) is a
    purchase from a supplier, not the staff member's; a sale to a customer stays theirs."""
    fields = source(("ak_data_user", [("id_user", "CHAR(20) PRIMARY KEY"), ("nm_user", "VARCHAR(100)"),
                                      ("login_user", "VARCHAR(50)"), ("pass_user", "VARCHAR(255)")]),
                    ("ak_data_pbf", [("id_pbf", "CHAR(20) PRIMARY KEY"), ("nm_pbf", "VARCHAR(100)"),
                                     ("alamat_pbf", "TEXT")]),
                    ("ak_data_pelanggan", [("id_pelanggan", "CHAR(20) PRIMARY KEY"), ("nm_pelanggan", "VARCHAR(100)"),
                                           ("telp", "VARCHAR(20)")]),
                    ("ak_data_pembelian", [("id_pembelian", "CHAR(20) PRIMARY KEY"), ("id_pbf", "CHAR(20)"),
                                           ("id_user", "CHAR(20)"), ("tanggal_pembelian", "DATE"),
                                           ("subtotal", "DECIMAL(12,2)")]),
                    ("ak_data_penjualan", [("id_penjualan", "CHAR(20) PRIMARY KEY"), ("id_pelanggan", "CHAR(20)"),
                                           ("id_user", "CHAR(20)"), ("subtotal", "DECIMAL(12,2)")]))
    judged = classify(classifier, fields)
    for column in ("tanggal_pembelian", "subtotal", "id_pbf"):
        assert not judged[("ak_data_pembelian", column)].personal, column
    assert judged[("ak_data_penjualan", "subtotal")].personal


def test_a_supplier_invoice_entered_by_staff_named_only_by_their_table_is_the_organisations(classifier):
    """A clinic pharmacy's apt_faktur (a supplier's invoice: id_supplier, its total) is keyed to
    the staff member who entered it in kpg_pegawai, a table named for employees though its
    columns alone do not make it a person table: still the pharmacy's dealing with its supplier."""
    fields = source(("kpg_pegawai", [("id", "INT PRIMARY KEY"), ("id_jabatan", "INT"), ("nama", "VARCHAR(255)"),
                                     ("no_telp", "VARCHAR(20)"), ("nama_jabatan", "VARCHAR(255)"), ("alamat", "TEXT")]),
                    ("apt_supplier", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(255)"), ("alamat", "TEXT")]),
                    ("apt_faktur", [("id", "INT PRIMARY KEY"), ("id_pegawai", "INT"), ("id_supplier", "INT"),
                                    ("no_faktur", "VARCHAR(50)"), ("total_harga", "DECIMAL(12,2)"), ("tanggal", "DATE")]))
    judged = classify(classifier, fields)
    for column in ("no_faktur", "total_harga", "tanggal"):
        assert not judged[("apt_faktur", column)].personal, column
    assert judged[("apt_faktur", "id_pegawai")].personal
