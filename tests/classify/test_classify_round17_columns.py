"""Round 17's field pass: how a column is read inside the record its table is (LABELLING.md
section 2, section 3). Table shapes are those of real schemas (a hospital's registration and
patient identity card tables)."""

from __future__ import annotations

from helpers import classify, source


def test_where_a_patient_lives_is_identity_data_in_their_health_record(classifier):
    """A patient's identity card row and its responsible party's row: the record is health data,
    which no category covers, yet the address, RT, RW and postal code in it are where a person
    lives, A.1.1 (LABELLING.md section 3: a policy category can be argued); a note stays uncovered."""
    fields = source(("pasien", [("norm", "CHAR(8) PRIMARY KEY"), ("nama", "VARCHAR(75)"), ("tanggal_lahir", "DATE"),
                                ("golongan_darah", "CHAR(2)"), ("diagnosa", "TEXT")]),
                    ("kartu_identitas_pasien", [("id", "INT PRIMARY KEY"), ("norm", "CHAR(8)"),
                                                ("alamat", "VARCHAR(150)"), ("rt", "CHAR(3)"), ("rw", "CHAR(3)"),
                                                ("kodepos", "CHAR(5)"), ("keterangan", "VARCHAR(250)")]))
    judged = classify(classifier, fields)
    for column in ("alamat", "rt", "rw", "kodepos"):
        suggestion = judged[("kartu_identitas_pasien", column)]
        assert suggestion.personal and suggestion.categories[:1] == ("A.1.1",), (column, suggestion)
        assert suggestion.uncovered, (column, suggestion)
    note = judged[("kartu_identitas_pasien", "keterangan")]
    assert note.personal and not note.categories and note.uncovered


def test_a_payers_address_and_a_payment_note_in_an_order_are_payment_data_first(classifier):
    """A billing merchant's row of a customer's order: payer_address_city, payer_address_zip and a
    payment_note begin with a payment word, so they tell how the order was paid, A.1.6 first
    (LABELLING.md section 2), the order's A.1.5 after, their address A.1.1 last; the order's own
    shipping address stays the order's."""
    fields = source(("customers", [("customer_id", "INT PRIMARY KEY"), ("firstname", "VARCHAR(64)"),
                                   ("email", "VARCHAR(128)")]),
                    ("orders", [("order_id", "INT PRIMARY KEY"), ("customer_id", "INT"), ("order_total", "DECIMAL"),
                                ("payer_address_city", "VARCHAR(64)"), ("payer_address_zip", "VARCHAR(16)"),
                                ("payment_note", "TEXT"), ("delivery_address", "VARCHAR(255)")]))
    judged = classify(classifier, fields)
    for column in ("payer_address_city", "payer_address_zip", "payment_note"):
        suggestion = judged[("orders", column)]
        assert suggestion.record == "transaction" and suggestion.categories[:2] == ("A.1.6", "A.1.5"), \
            (column, suggestion)
    assert judged[("orders", "payer_address_city")].categories[-1] == "A.1.1"
    assert judged[("orders", "delivery_address")].categories[0] != "A.1.6"


def test_a_theme_or_a_language_in_a_users_other_record_is_their_saved_setting_first(classifier):
    """A gallery's user_infos row, keyed to a user: the theme and the language the person chose
    are saved settings, A.2.3 first (LABELLING.md section 2), the record's A.1.1 after; a key to a
    language and a notice kept in the row stay the record's A.1.1 first."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(100)"), ("email", "VARCHAR(255)"),
                               ("password", "VARCHAR(255)")]),
                    ("user_infos", [("user_id", "INT PRIMARY KEY"), ("nb_image_page", "INT"),
                                    ("language", "VARCHAR(50)"), ("theme", "VARCHAR(255)"),
                                    ("registration_date", "DATETIME"), ("language_id", "INT"),
                                    ("notification", "TEXT")]))
    judged = classify(classifier, fields)
    for column in ("language", "theme"):
        suggestion = judged[("user_infos", column)]
        assert suggestion.record == "record" and suggestion.categories[:2] == ("A.2.3", "A.1.1"), (column, suggestion)
    for column in ("language_id", "notification"):
        assert judged[("user_infos", column)].categories[0] == "A.1.1", column


def test_a_contact_forms_message_and_subject_in_a_persons_row_are_customer_service_first(classifier):
    """A site's contact form stored as rows of who wrote (name, e-mail, phone): the subject and
    the message alone are what the person asked the site, a customer-service message, A.1.2 first
    (LABELLING.md section 2), the row's A.1.1 after; their e-mail stays A.1.1."""
    fields = source(("kontak", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)"),
                                ("no_hp", "VARCHAR(20)"), ("subject", "VARCHAR(255)"), ("pesan", "TEXT")]))
    judged = classify(classifier, fields)
    for column in ("subject", "pesan"):
        suggestion = judged[("kontak", column)]
        assert suggestion.record == "person" and suggestion.categories[:2] == ("A.1.2", "A.1.1"), (column, suggestion)
    assert judged[("kontak", "email")].categories[0] == "A.1.1"


def test_a_persons_calendar_and_digest_choices_are_saved_settings_first(classifier):
    """A school's person row and a feed reader's user row: whether they view a calendar, whether
    they get an e-mail digest are settings they saved, A.2.3 first (LABELLING.md section 2); the
    key of their calendar feed is no choice and stays A.1.1 first."""
    fields = source(("users", [("id", "INT PRIMARY KEY"), ("login", "VARCHAR(120)"), ("email", "VARCHAR(250)"),
                               ("view_calendar_school", "ENUM('Y', 'N')"), ("email_digest", "BOOLEAN"),
                               ("calendar_key", "VARCHAR(64)")]))
    judged = classify(classifier, fields)
    for column in ("view_calendar_school", "email_digest"):
        suggestion = judged[("users", column)]
        assert suggestion.record == "person" and suggestion.categories[:2] == ("A.2.3", "A.1.1"), (column, suggestion)
    assert judged[("users", "calendar_key")].categories[0] == "A.1.1"
