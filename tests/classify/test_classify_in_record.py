"""The field pass inside a record about a person: how a column is read in the record the table
pass judged its table to be (LABELLING.md section 2): a log's login name, an order's bank, a
session token, a visit's user agent. Table shapes are those of real schemas (phpIPAM, Ampache,
Kanboard, MantisBT, CubeCart, Midtrans-paying shops)."""

from __future__ import annotations

from helpers import classify, source


def test_the_login_name_in_a_log_or_a_post_is_what_the_record_records(classifier):
    """phpIPAM logs, Ampache session and a forum's posts carry the username of who signed in or
    wrote: a log's or a message's data first (A.2.5, A.1.4), the account's second; the e-mail of a
    party stays account data first."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(64)"), ("email", "VARCHAR(100)")]),
                    ("logs", [("id", "INT PRIMARY KEY"), ("severity", "INT"), ("username", "VARCHAR(255)"),
                              ("ipaddr", "VARCHAR(45)"), ("command", "VARCHAR(128)"), ("date", "TIMESTAMP")]),
                    ("session", [("id", "VARCHAR(256) PRIMARY KEY"), ("username", "VARCHAR(128)"),
                                 ("expire", "INT"), ("value", "LONGTEXT"), ("agent", "VARCHAR(255)")]),
                    ("posts", [("pid", "INT PRIMARY KEY"), ("user_id", "INT"), ("username", "VARCHAR(80)"),
                               ("email", "VARCHAR(100)"), ("message", "TEXT"), ("dateline", "INT")]))
    judged = classify(classifier, fields)
    for table, kind, category in (("logs", "log", "A.2.5"), ("session", "log", "A.2.5"),
                                  ("posts", "interaction", "A.1.4")):
        suggestion = judged[(table, "username")]
        assert suggestion.record == kind and suggestion.categories[:2] == (category, "A.1.1"), (table, suggestion)
    assert judged[("posts", "email")].categories[0] == "A.1.1"
    assert judged[("users", "username")].categories[0] == "A.1.1"


def test_how_an_order_was_paid_is_payment_data_first(classifier):
    """A wedding organiser's konfirmasi (the bank transferred from), a virtual-account number's bank,
    a Midtrans transaction's bank and gateway, a billing row's payment_status and payment_date: how
    the person paid for what they bought is A.1.6 first (LABELLING.md section 2), the order's A.1.5
    second; the rest of the order stays A.1.5, and a question bank in a pupil's record is no bank."""
    fields = source(("pelanggan", [("id_pelanggan", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                                   ("email", "VARCHAR(100)"), ("no_hp", "VARCHAR(15)")]),
                    ("pesanan", [("id_pesanan", "INT PRIMARY KEY"), ("id_pelanggan", "INT"), ("total", "INT"),
                                 ("tgl_pesan", "DATE"), ("nama_bank", "VARCHAR(25)"), ("bank", "VARCHAR(50)"),
                                 ("payment_gateway_id", "INT"), ("payment_status", "VARCHAR(20)"),
                                 ("payment_date", "DATETIME")]),
                    ("siswa", [("id_siswa", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nisn", "VARCHAR(10)")]),
                    ("soal_siswa", [("id_soal", "INT PRIMARY KEY"), ("id_siswa", "INT"), ("id_bank", "INT"),
                                    ("jawaban", "TEXT")]))
    judged = classify(classifier, fields)
    for column in ("nama_bank", "bank", "payment_gateway_id", "payment_status", "payment_date"):
        suggestion = judged[("pesanan", column)]
        assert suggestion.record == "transaction" and suggestion.categories[:2] == ("A.1.6", "A.1.5"), (column, suggestion)
    assert "A.2.2" in judged[("pesanan", "payment_date")].categories
    assert judged[("pesanan", "total")].categories[0] == "A.1.5"
    assert "A.1.6" not in judged[("soal_siswa", "id_bank")].categories


def test_a_session_token_is_session_data_and_in_a_persons_row_their_login(classifier):
    """MantisBT's mantis_user_table.cookie_string, Kanboard's users.api_access_token, CubeCart's
    admin session_id keep the person signed in: the account's first, session data (A.2.5) second;
    in a session table the token is the session's (A.2.5), no saved choice (A.2.3)."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(100)"),
                               ("password", "VARCHAR(255)"), ("cookie_string", "VARCHAR(64)"),
                               ("api_access_token", "VARCHAR(255)"), ("session_id", "VARCHAR(32)"),
                               ("language", "VARCHAR(16)")]),
                    ("sessions", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("session_id", "VARCHAR(128)"),
                                  ("refresh_token", "VARCHAR(255)"), ("last_activity", "INT")]))
    judged = classify(classifier, fields)
    for column in ("cookie_string", "api_access_token", "session_id"):
        assert judged[("users", column)].categories[:2] == ("A.1.1", "A.2.5"), (column, judged[("users", column)])
    for column in ("session_id", "refresh_token"):
        suggestion = judged[("sessions", column)]
        assert suggestion.categories[0] == "A.2.5" and "A.2.3" not in suggestion.categories, (column, suggestion)
    assert judged[("users", "language")].categories[0] == "A.2.3"  # a setting the person chose


def test_what_the_site_records_of_a_visit_is_log_data_in_any_record(classifier):
    """Kanboard's password_reset and remember_me, phpList's admin_login, an ad server's clicks: the
    user agent and the session id are recorded of the visit (A.2.5) whatever the record they sit
    in, as an IP is (LABELLING.md section 2); the rest keeps the record's, and so does a referring
    doctor (referrer_dr) in a hospital visit."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(100)")]),
                    ("password_reset", [("token", "VARCHAR(80) PRIMARY KEY"), ("user_id", "INT"),
                                        ("date_expiration", "INT"), ("ip", "VARCHAR(45)"),
                                        ("user_agent", "VARCHAR(255)"), ("is_active", "TINYINT(1)")]),
                    ("orders", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("total", "DECIMAL(10,2)"),
                                ("session_id", "VARCHAR(40)")]),
                    ("encounter", [("nr", "INT PRIMARY KEY"), ("user_id", "INT"), ("referrer_dr", "VARCHAR(60)")]))
    judged = classify(classifier, fields)
    assert judged[("password_reset", "user_agent")].categories[0] == "A.2.5"
    assert judged[("orders", "session_id")].categories[:2] == ("A.2.5", "A.1.5")
    assert judged[("encounter", "referrer_dr")].categories[0] != "A.2.5"
    assert judged[("orders", "total")].categories[0] == "A.1.5"
    assert judged[("password_reset", "ip")].categories[:2] == ("A.2.1", "A.2.5")
