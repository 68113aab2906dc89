"""Words and rules that must hold only in their own meaning: each test is a table shape on which
an earlier version of a rule fired where it should not (a review of the classifier's rules)."""

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
    """Suggestions by (table, column) for one source of (table, [(column, type), ...]); a type
    ending in ' PRIMARY KEY' declares the table's key."""
    fields = [Field("s", table, name, data_type.removesuffix(" PRIMARY KEY"), primary_key=data_type.endswith(" PRIMARY KEY"))
              for table, columns in tables for name, data_type in columns]
    return {(table, name): suggestion for (_s, table, name), suggestion in classifier.classify_source(fields).items()}


USERS = ("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(100)")])


def test_a_charitys_campaign_or_a_stock_hold_with_no_key_nor_name_is_the_organisations(classifier):
    """Donation and hold words make a record a person's only with a key or a column naming them."""
    judged = judge(classifier, USERS,
                   ("program_donasi", [("id", "INT PRIMARY KEY"), ("judul", "VARCHAR(200)"), ("target_dana", "INT"),
                                       ("deskripsi", "TEXT")]),
                   ("stock_holds", [("id", "INT PRIMARY KEY"), ("sku", "VARCHAR(40)"), ("qty", "INT"),
                                    ("expires_at", "DATETIME")]))
    for table, column in (("program_donasi", "target_dana"), ("program_donasi", "judul"), ("stock_holds", "qty")):
        assert not judged[(table, column)].personal, (table, column)


def test_a_household_is_no_hold_and_a_threshold_no_transaction(classifier):
    """Short kind words that need a key (hold) are not split off glued names: households stay people."""
    judged = judge(classifier,
                   ("household_members", [("id", "INT PRIMARY KEY"), ("household_id", "INT"), ("nama", "VARCHAR(100)"),
                                          ("nik", "CHAR(16)"), ("tgl_lahir", "DATE")]),
                   ("alert_thresholds", [("id", "INT PRIMARY KEY"), ("metric", "VARCHAR(40)"), ("max_value", "INT")]))
    assert judged[("household_members", "nama")].record == "person"
    assert judged[("household_members", "nama")].categories[0] == "A.1.1"
    assert not judged[("alert_thresholds", "max_value")].personal


def test_a_seller_with_a_shop_logo_is_a_person_and_a_profile_kept_by_an_admin_the_organisations(classifier):
    """The logo rule is for tables not named for people; a key to the admin who edits a village
    profile leaves it the village's."""
    judged = judge(classifier,
                   ("admin", [("id_admin", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("password", "VARCHAR(255)")]),
                   ("sellers", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)"),
                                ("no_hp", "VARCHAR(15)"), ("logo_toko", "VARCHAR(255)")]),
                   ("tb_profildesa", [("id", "INT PRIMARY KEY"), ("nama_desa", "VARCHAR(100)"),
                                      ("telepon", "VARCHAR(20)"), ("logo", "VARCHAR(100)"), ("id_admin", "INT")]))
    assert judged[("sellers", "nama")].personal and judged[("sellers", "email")].personal
    assert not judged[("tb_profildesa", "telepon")].personal and not judged[("tb_profildesa", "nama_desa")].personal


def test_an_alumnis_old_school_number_a_university_student_key_and_a_tree_link_are_no_childrens_data(classifier):
    """A pupil's key or number makes a row a child's only where nothing says the person is an adult."""
    judged = judge(classifier,
                   ("alumni", [("id_alumni", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                   ("tracer_study", [("id", "INT PRIMARY KEY"), ("id_alumni", "INT"), ("nis", "VARCHAR(10)"),
                                     ("pekerjaan", "VARCHAR(100)")]),
                   USERS,
                   ("enrollments", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("student_id", "INT"),
                                    ("course_code", "VARCHAR(10)")]),
                   ("comments", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("child_id", "INT"), ("body", "TEXT")]))
    for table, column in (("tracer_study", "pekerjaan"), ("enrollments", "course_code"), ("comments", "body")):
        assert judged[(table, column)].personal and not judged[(table, column)].sensitive, (table, column)


def test_a_patients_appointment_is_health_data_whichever_key_comes_first(classifier):
    judged = judge(classifier,
                   ("dokter", [("id_dokter", "INT PRIMARY KEY"), ("nama_dokter", "VARCHAR(100)"), ("no_sip", "VARCHAR(30)")]),
                   ("pasien", [("id_pasien", "INT PRIMARY KEY"), ("nama_pasien", "VARCHAR(100)"), ("no_hp", "VARCHAR(15)")]),
                   ("janji_temu", [("id", "INT PRIMARY KEY"), ("id_dokter", "INT"), ("id_pasien", "INT"),
                                   ("keluhan_singkat", "VARCHAR(200)"), ("jam", "TIME")]))
    assert judged[("janji_temu", "jam")].personal and judged[("janji_temu", "jam")].sensitive


def test_a_key_to_a_group_of_customers_is_no_key_to_a_customer(classifier):
    judged = judge(classifier, ("customers", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(100)"), ("email", "VARCHAR(100)")]),
                   ("group_discounts", [("id", "INT PRIMARY KEY"), ("customer_group_id", "INT"), ("discount", "DECIMAL(5,2)")]))
    assert not judged[("group_discounts", "discount")].personal


def test_a_book_loans_fine_is_no_financial_data_nor_a_loans_payment_method(classifier):
    """Only the amounts of money lent are specific data: not a library's fine, a payment's method,
    state or time, nor a loan's length in months."""
    judged = judge(classifier,
                   ("anggota", [("id_anggota", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nik", "CHAR(16)")]),
                   ("buku", [("id_buku", "INT PRIMARY KEY"), ("judul", "VARCHAR(200)")]),
                   ("pinjam_buku", [("id", "INT PRIMARY KEY"), ("id_anggota", "INT"), ("id_buku", "INT"), ("denda", "INT")]),
                   ("tb_pinjaman", [("id", "INT PRIMARY KEY"), ("id_anggota", "INT"), ("jumlah_pinjaman", "DECIMAL(12,2)"),
                                    ("status_bayar", "VARCHAR(10)"), ("metode_bayar", "VARCHAR(20)"),
                                    ("waktu_bayar", "DATETIME"), ("sisa_tenor", "INT")]))
    assert judged[("pinjam_buku", "denda")].personal and not judged[("pinjam_buku", "denda")].sensitive
    assert judged[("tb_pinjaman", "jumlah_pinjaman")].sensitive
    for column in ("status_bayar", "metode_bayar", "waktu_bayar", "sisa_tenor"):
        assert judged[("tb_pinjaman", column)].personal and not judged[("tb_pinjaman", column)].sensitive, column


def test_a_repair_orders_labour_charge_and_a_bookings_baggage_allowance_are_no_pay(classifier):
    """Pay words in a customer's transaction are what they were charged or allowed."""
    judged = judge(classifier, ("pelanggan", [("id_pelanggan", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                                              ("no_hp", "VARCHAR(15)")]),
                   ("transaksi_servis", [("id", "INT PRIMARY KEY"), ("id_pelanggan", "INT"), ("upah", "INT")]),
                   ("bookings", [("id", "INT PRIMARY KEY"), ("id_pelanggan", "INT"), ("baggage_allowance", "INT")]))
    for table, column in (("transaksi_servis", "upah"), ("bookings", "baggage_allowance")):
        suggestion = judged[(table, column)]
        assert suggestion.personal and suggestion.uncovered != "payroll data" and not suggestion.sensitive, (table, column)


def test_an_id_beside_the_type_of_a_lookup_is_no_polymorphic_key(classifier):
    judged = judge(classifier, USERS,
                   ("shipping_rates", [("id", "INT PRIMARY KEY"), ("zone_id", "INT"), ("zone_type", "VARCHAR(20)"),
                                       ("rate", "DECIMAL(8,2)")]))
    assert not judged[("shipping_rates", "rate")].personal


def test_training_participants_are_people_under_account_data(classifier):
    judged = judge(classifier, ("peserta_pelatihan", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                                                      ("no_hp", "VARCHAR(15)"), ("email", "VARCHAR(100)"),
                                                      ("instansi", "VARCHAR(100)")]))
    assert judged[("peserta_pelatihan", "nama")].categories[:1] == ("A.1.1",)


def test_an_sms_gateway_is_no_payment_method(classifier):
    judged = judge(classifier, USERS, ("user_sms", [("id", "INT PRIMARY KEY"), ("user_id", "INT"), ("gateway", "VARCHAR(40)")]))
    assert judged[("user_sms", "gateway")].personal and judged[("user_sms", "gateway")].categories[0] != "A.1.6"


def test_a_message_from_one_member_to_another_is_theirs_where_the_members_table_is_elsewhere(classifier):
    """from_ and to_ beside a person word leave a key the person's, even with no members table."""
    judged = judge(classifier, ("messages", [("message_id", "INT PRIMARY KEY"), ("from_member_id", "INT"),
                                             ("to_member_id", "INT"), ("subject", "VARCHAR(255)"), ("body", "TEXT")]))
    assert judged[("messages", "subject")].personal and judged[("messages", "body")].personal


def test_a_rows_sort_order_and_a_default_branch_are_no_saved_choices(classifier):
    judged = judge(classifier, ("team_members", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                                                 ("email", "VARCHAR(100)"), ("sort_order", "INT"),
                                                 ("default_branch_id", "INT"), ("show_email", "TINYINT(1)")]))
    assert judged[("team_members", "sort_order")].categories[0] != "A.2.3"
    assert judged[("team_members", "default_branch_id")].categories[0] != "A.2.3"
    assert judged[("team_members", "show_email")].categories[0] == "A.2.3"


def test_a_picklist_of_ticket_priorities_or_payment_terms_is_no_ones_ticket_or_payment(classifier):
    """A short list of values with how each is shown (its colour, its sort order) is reference
    data, though its name is a ticket's or a payment's; a keyless payment with amounts stays a person's."""
    judged = judge(classifier,
                   ("valid", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(50)")]),
                   ("ticket_priority", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(200)"), ("color", "VARCHAR(20)"),
                                        ("valid_id", "INT"), ("create_time", "DATETIME")]),
                   ("payment_terms", [("term_id", "INT PRIMARY KEY"), ("term_label", "VARCHAR(120)"),
                                      ("sort_order", "INT")]),
                   ("pembayaran", [("id", "INT PRIMARY KEY"), ("jumlah", "INT"), ("tanggal", "DATE"),
                                   ("metode", "VARCHAR(20)")]))
    for table, column in (("ticket_priority", "name"), ("ticket_priority", "color"), ("payment_terms", "term_label")):
        assert not judged[(table, column)].personal, (table, column)
    assert judged[("pembayaran", "jumlah")].personal


def test_a_place_an_admin_entered_and_what_hangs_off_it_are_the_organisations(classifier):
    """A key named for an operator (admin_id) to the users table keeps a row of no kind the
    organisation's, as a key to an admins' table does, and a chain does not pass through it: a
    mountain's climbing route is not about the admin who entered the mountain. A booking's
    user_id still makes it the user's."""
    columns = {"users": [("id", ""), ("username", ""), ("email", "")],
               "gunung": [("id", ""), ("nama_gunung", ""), ("kuota_harian", ""), ("admin_id", "users.id")],
               "jalur_pendakian": [("id", ""), ("gunung_id", "gunung.id"), ("nama_jalur", ""), ("panjang_km", "")],
               "pemesanan": [("id", ""), ("user_id", "users.id"), ("jalur_id", "jalur_pendakian.id"),
                             ("tanggal_naik", "")]}
    fields = [Field("s", table, name, "INT" if name.endswith("id") else "VARCHAR(100)", references=references,
                    primary_key=name == "id") for table, named in columns.items() for name, references in named]
    judged = {(table, name): suggestion for (_s, table, name), suggestion in classifier.classify_source(fields).items()}
    for table, column in (("gunung", "nama_gunung"), ("jalur_pendakian", "nama_jalur"), ("jalur_pendakian", "panjang_km")):
        assert not judged[(table, column)].personal, (table, column)
    assert judged[("pemesanan", "tanggal_naik")].personal


def test_a_question_bank_written_by_a_teacher_is_content_and_a_pupils_answer_the_pupils(classifier):
    """Questions and course material (soal, question, materi) are things the organisation offers,
    whoever wrote them: no chain passes through them to their author. An answer keyed to the
    pupil who gave it is still the pupil's."""
    judged = judge(classifier,
                   ("guru", [("id_guru", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nip", "VARCHAR(20)")]),
                   ("siswa", [("id_siswa", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nis", "VARCHAR(20)")]),
                   ("soal", [("id_soal", "INT PRIMARY KEY"), ("id_guru", "INT"), ("pertanyaan", "TEXT"),
                             ("kunci", "CHAR(1)")]),
                   ("data_soal", [("id", "INT PRIMARY KEY"), ("id_soal", "INT"), ("pilihan", "VARCHAR(200)"),
                                  ("nilai", "INT")]),
                   ("jawaban", [("id", "INT PRIMARY KEY"), ("id_siswa", "INT"), ("id_soal", "INT"),
                                ("jawaban", "CHAR(1)")]))
    for table, column in (("soal", "pertanyaan"), ("soal", "kunci"), ("data_soal", "pilihan"), ("data_soal", "nilai")):
        assert not judged[(table, column)].personal, (table, column)
    assert judged[("jawaban", "jawaban")].personal


def test_a_newsletter_campaign_or_mass_email_is_the_organisations_and_its_views_the_subscribers(classifier):
    """A campaign or a mass e-mail is what the organisation sends, whatever staff key or subscriber
    counter it holds, and no chain passes through it; a view keyed to its subscriber is theirs."""
    judged = judge(classifier,
                   ("subscribers", [("id", "INT PRIMARY KEY"), ("email", "VARCHAR(100)"), ("name", "VARCHAR(100)")]),
                   USERS,
                   ("campaigns", [("id", "INT PRIMARY KEY"), ("subject", "VARCHAR(200)"), ("body", "TEXT"),
                                  ("last_subscriber_id", "INT"), ("sent", "INT")]),
                   ("campaign_media", [("id", "INT PRIMARY KEY"), ("campaign_id", "INT"), ("filename", "VARCHAR(200)")]),
                   ("campaign_views", [("id", "INT PRIMARY KEY"), ("campaign_id", "INT"), ("subscriber_id", "INT"),
                                       ("created_at", "DATETIME")]),
                   ("massemails", [("mid", "INT PRIMARY KEY"), ("uid", "INT"), ("subject", "VARCHAR(200)"),
                                   ("message", "TEXT"), ("perpage", "INT")]))
    for table, column in (("campaigns", "subject"), ("campaigns", "sent"), ("campaign_media", "filename"),
                          ("massemails", "message"), ("massemails", "perpage")):
        assert not judged[(table, column)].personal, (table, column)
    assert judged[("campaign_views", "created_at")].personal


def test_a_birth_date_is_account_data_not_an_activity_time(classifier):
    """A person's tanggal_lahir or date_of_birth is A.1.1 alone (LABELLING.md: a birth date in a
    sign-up form is A.1.1); the date in its name makes it no timestamp of activity (A.2.2)."""
    judged = judge(classifier, ("users", [("id", "INT PRIMARY KEY"), ("email", "VARCHAR(100)"),
                                          ("tanggal_lahir", "DATE"), ("date_of_birth", "DATE"),
                                          ("created_at", "TIMESTAMP")]))
    assert judged[("users", "tanggal_lahir")].categories == ("A.1.1",)
    assert judged[("users", "date_of_birth")].categories == ("A.1.1",)
    assert "A.2.2" in judged[("users", "created_at")].categories


def test_a_cash_book_kept_by_staff_is_the_organisations_and_income_from_a_payment_stays_the_payers(classifier):
    """An RT's kas_rt keyed only to the user who keeps it (id_user) is the neighbourhood's own
    ledger; a pesantren's pemasukan booked from a santri's payment reaches the santri."""
    judged = judge(classifier,
                   ("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("password", "VARCHAR(255)")]),
                   ("kas_rt", [("id", "INT PRIMARY KEY"), ("tanggal", "DATE"), ("uraian", "VARCHAR(200)"),
                               ("debet", "INT"), ("kredit", "INT"), ("id_user", "INT")]),
                   ("santri", [("id_santri", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nis", "VARCHAR(10)")]),
                   ("pembayaran", [("id_pembayaran", "INT PRIMARY KEY"), ("id_santri", "INT"), ("jumlah", "INT")]),
                   ("pemasukan", [("id", "INT PRIMARY KEY"), ("id_pembayaran", "INT"), ("nominal", "INT"),
                                  ("created_by", "INT")]))
    assert not judged[("kas_rt", "uraian")].personal and not judged[("kas_rt", "debet")].personal
    assert judged[("pemasukan", "nominal")].personal
