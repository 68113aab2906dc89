"""The classifier by name: table context, column type, abbreviations, UU PDP specific data, and a
vocabulary that starts from the policy's own terms."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import BUNDLED_INVENTORY

from laci_audit.classify import Classifier
from laci_audit.classify.names import judge_name, met_tokens, table_context
from laci_audit.classify.vocabulary import build_vocabulary
from laci_audit.inventory.layout import TAXONOMY_FILE
from laci_audit.policy.taxonomy import Taxonomy, load_taxonomy
from laci_audit.records import Field


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(BUNDLED_INVENTORY / TAXONOMY_FILE)


@pytest.fixture(scope="module")
def classifier(taxonomy) -> Classifier:
    return Classifier(taxonomy)


def judge(classifier: Classifier, table: str, name: str, data_type: str = ""):
    return classifier.classify(Field("s", table, name, data_type))


def test_name_in_customers_is_a_person_in_products_it_is_not(classifier):
    person = judge(classifier, "customers", "name", "VARCHAR(100)")
    product = judge(classifier, "products", "name", "VARCHAR(100)")
    assert person.personal and person.categories[0] == "A.1.1"
    assert not product.personal and product.categories == ()
    assert any("people" in e for e in person.evidence) and any("things" in e for e in product.evidence)


def test_created_at_in_users_is_a_timestamp_of_activity_in_categories_it_is_not(classifier):
    users = judge(classifier, "users", "created_at", "TIMESTAMPTZ")
    categories = judge(classifier, "categories", "created_at", "TIMESTAMPTZ")
    assert users.personal and users.categories[0] == "A.2.2"
    assert not categories.personal


def test_boolean_is_email_verified_is_not_an_email_address(classifier):
    flag = judge(classifier, "users", "is_email_verified", "BOOLEAN")
    email = judge(classifier, "users", "email", "VARCHAR(254)")
    assert email.confidence > flag.confidence
    assert any("boolean flag" in e for e in flag.evidence)
    assert not judge(classifier, "newsletter_settings", "is_email_verified", "BOOLEAN").personal


@pytest.mark.parametrize("table, name, category", [
    ("pelanggan", "no_hp", "A.1.1"),
    ("kontak", "tlp", "A.1.1"),
    ("kontak", "telp", "A.1.1"),
    ("anggota", "wa", "A.1.1"),
    ("member", "tgl_lahir", "A.1.1"),
    ("member", "dob", "A.1.1"),
    ("alamat", "addr1", "A.1.1"),
    ("alamat", "kode_pos", "A.1.1"),
    ("alamat", "kec", "A.1.1"),
    ("alamat", "kel", "A.1.1"),
    ("events", "ip", "A.2.1"),
    ("events", "ua", "A.2.5"),
    ("checkins", "lat", "A.2.1"),
    ("checkins", "lng", "A.2.1"),
    ("perangkat", "imei", "A.2.4"),
    ("installs", "idfa", "A.2.4"),
    ("installs", "gaid", "A.2.4"),
    ("anything", "npwp", "A.1.1"),
    ("anything", "nik", "A.1.1"),
    ("anything", "no_ktp", "A.1.1"),
    ("refund", "no_rek", "A.1.6"),
])
def test_abbreviations_and_indonesian_words(classifier, table, name, category):
    suggestion = judge(classifier, table, name)
    assert suggestion.personal, (table, name)
    assert suggestion.categories[0] == category, (table, name, suggestion)


def test_table_meaning_sets_the_category(classifier):
    assert judge(classifier, "tiket", "email_pelapor").categories[:2] == ("A.1.2", "A.1.1")
    assert judge(classifier, "pengiriman", "no_hp_penerima").categories[:2] == ("A.1.1", "A.1.5")  # who, then what
    assert judge(classifier, "orders", "customer_id", "INT").categories[0] == "A.1.5"
    assert judge(classifier, "orders", "order_date", "DATE").categories[:2] == ("A.1.5", "A.2.2")
    assert judge(classifier, "order_details", "quantity", "INT").categories[0] == "A.1.5"  # a line of a person's order
    assert judge(classifier, "orders", "id", "INT").categories[0] == "A.1.5"  # its own id says what a person did


@pytest.mark.parametrize("name", ["riwayat_penyakit", "golongan_darah", "sidik_jari", "foto_wajah",
                                  "catatan_kriminal", "diagnosis", "blood_type", "fingerprint_template"])
def test_specific_data_is_sensitive_and_fits_no_category(classifier, name):
    suggestion = judge(classifier, "pasien", name)
    assert suggestion.personal and suggestion.sensitive and suggestion.uncovered
    assert suggestion.categories == ()


@pytest.mark.parametrize("name", ["saldo", "rekening", "skor_kredit", "card_number"])
def test_financial_data_is_sensitive(classifier, name):
    suggestion = judge(classifier, "nasabah", name)
    assert suggestion.personal and suggestion.sensitive and suggestion.categories


@pytest.mark.parametrize("name, kind", [("gaji", "payroll data"), ("gaji_pokok", "payroll data"),
                                        ("desired_pay", "payroll data"), ("tunj_istri", "payroll data"),
                                        ("penghasilan", "personal financial data"),
                                        ("monthly_income", "personal financial data")])
def test_pay_and_income_in_a_persons_record_fit_no_category(classifier, name, kind):
    """A salary, an allowance, an income (LABELLING.md section 3: employment and payroll, personal
    financial data): personal, UU PDP specific, and no policy category covers them."""
    suggestion = judge(classifier, "pegawai", name, "INT")
    assert suggestion.personal and suggestion.sensitive and suggestion.uncovered == kind, suggestion
    assert suggestion.categories == ()


@pytest.mark.parametrize("name, kind", [("ayah_agama", "religion"), ("penghasilan_ibu", "personal financial data"),
                                        ("wali_penghasilan", "personal financial data"), ("wn_ayah", "nationality"),
                                        ("warga_negara", "nationality")])
def test_a_relatives_religion_income_or_nationality_is_that_data(classifier, name, kind):
    """ppdb_paud orang_tua, a school's buku_induk: the relative word says whose it is, the other
    word what it is."""
    suggestion = judge(classifier, "siswa", name, "VARCHAR(64)")
    assert suggestion.personal and suggestion.uncovered == kind and suggestion.categories == (), suggestion


@pytest.mark.parametrize("name, kind", [("agama", "religion"), ("status_perkawinan", "marital status"),
                                        ("kewarganegaraan", "nationality")])
def test_personal_data_no_policy_category_covers(classifier, name, kind):
    suggestion = judge(classifier, "responden", name)
    assert suggestion.personal and suggestion.uncovered == kind and not suggestion.sensitive


def test_sidik_alone_is_not_a_fingerprint(classifier):
    assert not judge(classifier, "laporan_crash", "sidik_stacktrace").sensitive


def test_spesifik_policy_categories_are_sensitive(classifier):
    card = judge(classifier, "token_kartu", "gerai_ritel_kode")
    assert card.personal and card.categories[0] == "A.1.6" and card.sensitive


def test_vocabulary_follows_the_policy_version(taxonomy):
    term = "nomor anggota loyalitas"
    field = Field("s", "misc", "nomor_anggota_loyalitas", "TEXT")
    assert not Classifier(taxonomy).classify(field).personal
    items = dict(taxonomy.items)
    items["A.2.3"] = replace(items["A.2.3"], terms=items["A.2.3"].terms + (term,))
    suggestion = Classifier(Taxonomy(items, "changed" * 8)).classify(field)
    assert suggestion.personal and suggestion.categories[0] == "A.2.3"
    assert any("policy term" in e for e in suggestion.evidence)


def test_a_lookup_list_of_religions_is_not_personal(classifier):
    assert not judge(classifier, "ref_agama", "agama").personal
    assert judge(classifier, "penduduk", "agama").uncovered == "religion"


def test_personal_data_of_children_is_sensitive(classifier):
    student = judge(classifier, "siswa", "tempat_lahir")
    assert student.personal and student.sensitive and student.categories[0] == "A.1.1"
    assert any("data anak" in e for e in student.evidence)
    assert not judge(classifier, "guru", "tempat_lahir").sensitive
    assert not judge(classifier, "mapel", "nama").personal


def test_an_api_operation_is_read_by_its_path_not_its_method(classifier):
    from laci_audit.records import Field

    for name in ("body.email", "body.password", "body.alamat.kode_pos", "header.X-Device-Id"):
        verdicts = {classifier.classify(Field("api", f"{method} /users/me", name)) for method in ("POST", "PUT", "GET")}
        assert len(verdicts) == 1, name  # the method changes nothing
    assert classifier.classify(Field("api", "POST /auth/register", "body.email")).categories[0] == "A.1.1"


@pytest.mark.parametrize("name, tokens", [
    ("deviceid", ("device", "id")),
    ("lastip", ("last", "ip")),
    ("lastactivityat", ("last", "activity", "at")),
    ("createdby", ("created", "by")),
    ("nohp", ("no", "phone")),
    ("notelp", ("no", "phone")),
    ("telat", ("telat",)),  # late, not tel + at: a short abbreviation only ends a glued name
    ("password", ("password",)),
    ("membership", ("membership",)),
])
def test_one_word_names_are_split_by_the_vocabulary(classifier, name, tokens):
    assert classifier.vocabulary.field_tokens(name) == tokens


def test_an_ip_address_is_location_and_log_data_in_any_record(classifier):
    """LABELLING.md: an IP is A.2.1;A.2.5 wherever it is recorded, an order's as a session's."""
    assert judge(classifier, "orders", "ip_address", "VARCHAR(45)").categories[:2] == ("A.2.1", "A.2.5")
    assert judge(classifier, "sessions", "ip_address", "VARCHAR(45)").categories[:2] == ("A.2.1", "A.2.5")


def test_glued_names_find_their_concepts(classifier):
    """A chat server's sessions (deviceid, lastip) and a forum's members (lastactive)."""
    assert judge(classifier, "sessions", "deviceid", "VARCHAR(26)").categories == ("A.2.5", "A.2.4")
    assert judge(classifier, "users", "lastip", "VARBINARY(16)").categories[0] == "A.2.1"
    assert judge(classifier, "users", "lastactive", "INT UNSIGNED").categories[0] == "A.2.2"


@pytest.mark.parametrize("name, data_type", [
    ("showavatars", "TINYINT(1)"), ("hideemail", "TINYINT(1)"), ("receivepms", "TINYINT(1)"),
    ("pmnotify", "TINYINT(1)"), ("threadmode", "VARCHAR(8)"), ("dateformat", "VARCHAR(4)"),
    ("timezone", "VARCHAR(5)"), ("dst", "TINYINT(1)"), ("htmleditormode", "VARCHAR(7)"),
    ("language", "VARCHAR(16)"), ("user_lang", "VARCHAR(30)"), ("resultsPerPage", "INT"),
    ("user_topic_sortby_dir", "VARCHAR(1)"), ("user_allow_pm", "SMALLINT"), ("default_paper_size", "VARCHAR(10)"),
    ("feedFilters", "TEXT"), ("disablePhoneLinks", "TINYINT"), ("enableTwoFactor", "TINYINT"),
    ("doNotCall", "TINYINT"), ("emailOptOut", "TINYINT"), ("pm_prefs", "MEDIUMINT"), ("ignore_boards", "TEXT"),
    ("def_print_destination", "TINYINT"),
])
def test_a_persons_saved_choices_are_preferences(classifier, name, data_type):
    """MyBB, LimeSurvey, X2CRM, SMF and FrontAccounting users: what the member chose to show, hide,
    receive, turn off or on, and how."""
    suggestion = judge(classifier, "users", name, data_type)
    assert suggestion.personal and suggestion.categories[0] == "A.2.3", (name, suggestion)


def test_a_flag_on_the_account_is_not_a_saved_choice(classifier):
    """openSIS people.is_disable: the account's state, set by the school."""
    assert judge(classifier, "people", "is_disable", "VARCHAR(10)").categories[0] == "A.1.1"
    assert judge(classifier, "users", "disabled", "TINYINT").categories[0] == "A.1.1"
    assert judge(classifier, "usr", "pref_first_given_name", "TEXT").categories[0] == "A.1.1"  # a preferred name


def test_a_choice_saved_in_a_persons_record_of_no_other_kind_is_a_preference(classifier):
    """Piwigo user_infos (keyed to users): show_nb_comments is what the user chose to see."""
    fields = [Field("s", "piwigo_users", "id", "MEDIUMINT(8)"), Field("s", "piwigo_users", "username", "VARCHAR(100)"),
              Field("s", "piwigo_users", "password", "VARCHAR(255)"),
              Field("s", "piwigo_users", "mail_address", "VARCHAR(255)"),
              Field("s", "piwigo_user_infos", "user_id", "MEDIUMINT(8)"),
              Field("s", "piwigo_user_infos", "show_nb_comments", "ENUM('true', 'false')"),
              Field("s", "piwigo_user_infos", "enabled_high", "ENUM('true', 'false')")]
    judged = classifier.classify_source(fields)
    assert judged[("s", "piwigo_user_infos", "show_nb_comments")].categories[0] == "A.2.3"
    assert judged[("s", "piwigo_user_infos", "enabled_high")].categories[0] == "A.1.1"  # a state, not a choice


def test_who_did_it_is_not_when_and_a_last_visit_is_a_time(classifier):
    """si_klinik pasien.created_by (the staff user), OpenBiblio last_change_userid; MyBB
    users.lastvisit as a Unix time in an INT."""
    assert judge(classifier, "pasien", "created_by", "INT(11)").categories[0] == "A.1.1"
    assert judge(classifier, "member", "last_change_userid", "INT").categories[0] == "A.1.1"
    assert judge(classifier, "users", "lastvisit", "INT UNSIGNED").categories[0] == "A.2.2"
    assert judge(classifier, "users", "last_name", "VARCHAR(50)").categories[0] == "A.1.1"


def test_a_judgement_outside_a_persons_record_reads_only_the_table_words_the_field_meets():
    """met_tokens keeps of a table's name the words a field's words meet (the same word or its
    singular: barang_id in barangs) and a shop's words; judge_name gives the same verdict on them."""
    vocabulary = build_vocabulary(load_taxonomy(BUNDLED_INVENTORY / TAXONOMY_FILE))
    context = table_context("gudang_barangs", vocabulary)
    assert met_tokens(context, ("barang", "id")) == ("barangs",)
    assert met_tokens(context, ("status",)) == ()
    assert met_tokens(table_context("toko_cabang", vocabulary), ("telepon",)) == ("toko",)
    for tokens in (("barang", "id"), ("status",), ("phone",)):
        kept = replace(context, tokens=met_tokens(context, tokens))
        assert judge_name(kept, tokens, "INT", vocabulary) == judge_name(context, tokens, "INT", vocabulary)


def test_how_a_person_paid_for_an_order_is_payment_data_first(classifier):
    """LABELLING.md section 2: in an order, the payment method and the card come under A.1.6
    first; a method of payment is no card number and is not UU PDP specific data by itself."""
    fields = [Field("s", "customers", "customers_id", "INT", primary_key=True),
              Field("s", "customers", "customers_email_address", "VARCHAR(96)"),
              Field("s", "customers", "customers_telephone", "VARCHAR(32)"),
              Field("s", "orders", "orders_id", "INT", primary_key=True), Field("s", "orders", "customers_id", "INT"),
              Field("s", "orders", "payment_method", "VARCHAR(255)"), Field("s", "orders", "metode_pembayaran", "VARCHAR(50)"),
              Field("s", "orders", "cc_number", "VARCHAR(32)"), Field("s", "orders", "order_total", "DECIMAL(14,2)")]
    judged = classifier.classify_source(fields)
    for name in ("payment_method", "metode_pembayaran", "cc_number"):
        assert judged[("s", "orders", name)].categories[0] == "A.1.6", name
    assert not judged[("s", "orders", "payment_method")].sensitive
    assert judged[("s", "orders", "cc_number")].sensitive
    assert judged[("s", "orders", "order_total")].categories[0] == "A.1.5"


def test_a_glued_table_word_is_split_only_into_words(taxonomy):
    """A glued table word is split where both pieces are words: disposisi is not dis + posisi (a
    location), recorder not rec + order; contactstatus is contact + status, not contacts + tatus;
    memberships is one word; aksesoris (accessories) is a thing, not akses (access) + oris."""
    vocabulary = build_vocabulary(taxonomy)
    expected = {"disposisi": ("disposisi",), "action_recorder": ("action", "recorder"),
                "vtiger_ticketstatus": ("vtiger", "ticket", "status"), "memberships": ("memberships",),
                "m_aksesoris": ("aksesoris",), "datapasiens": ("pasien",), "orderdetails": ("order", "details")}
    for table, tokens in expected.items():
        assert table_context(table, vocabulary).tokens == tokens, table
    assert table_context("disposisi", vocabulary).kind is None


def test_a_lone_plural_person_word_as_a_number_counts_people(classifier):
    """EasyAppointments ea_roles (customers INT, users INT: permission levels), ATutor's daily
    course_stats (members INT): a number named by a plural counts or grades people; a singular
    number (a cart's `costumer INT`) is a key to one."""
    fields = [Field("s", "ea_roles", "id", "INT", primary_key=True), Field("s", "ea_roles", "customers", "INT"),
              Field("s", "ea_roles", "users", "INT"), Field("s", "course_stats", "members", "INT(10)"),
              Field("s", "course_stats", "login_date", "DATE"), Field("s", "invoice_lines", "customer", "INT")]
    judged = classifier.classify_source(fields)
    assert not judged[("s", "ea_roles", "customers")].personal and not judged[("s", "ea_roles", "users")].personal
    assert not judged[("s", "course_stats", "members")].personal
    assert judged[("s", "invoice_lines", "customer")].personal


def test_when_a_persons_row_was_last_edited_is_the_record_not_a_login(classifier):
    """X2CRM contacts.lastUpdated, Zen Cart admin.last_modified, ChurchCRM per_DateLastEdited: when
    someone edited the row says nothing of the person's coming back (A.1.1 first); last_login does."""
    for name, data_type in (("lastUpdated", "BIGINT"), ("last_modified", "DATETIME"),
                            ("per_DateLastEdited", "DATETIME")):
        suggestion = judge(classifier, "contacts", name, data_type)
        assert suggestion.categories[:2] == ("A.1.1", "A.2.2"), (name, suggestion)
    assert judge(classifier, "users", "last_login", "DATETIME").categories[0] == "A.2.2"
    assert judge(classifier, "users", "lastvisit", "INT UNSIGNED").categories[0] == "A.2.2"


def test_a_persons_education_is_data_no_policy_category_covers(classifier):
    """A teacher's pendidikan_terakhir, a patient's education: education data, which LABELLING.md
    section 3 leaves to no policy category (UNCOVERED); a list of education levels is no one's."""
    fields = [Field("s", "pengajar", name, data_type) for name, data_type in (
        ("id_pengajar", "INT"), ("nama", "VARCHAR(100)"), ("nip", "VARCHAR(20)"), ("jabatan", "VARCHAR(50)"),
        ("pendidikan_terakhir", "VARCHAR(100)"))]
    fields += [Field("s", "patient", name, data_type) for name, data_type in (
        ("id", "INT"), ("first_name", "VARCHAR(50)"), ("birth_date", "DATE"), ("education", "TEXT"))]
    fields += [Field("s", "ref_pendidikan", name, data_type) for name, data_type in (
        ("id_pendidikan", "INT"), ("nama_pendidikan", "VARCHAR(50)"))]
    judged = classifier.classify_source(fields)
    for table, name in (("pengajar", "pendidikan_terakhir"), ("patient", "education")):
        suggestion = judged[("s", table, name)]
        assert suggestion.personal and suggestion.categories == () and suggestion.uncovered == "education record", \
            (table, name, suggestion)
    assert not judged[("s", "ref_pendidikan", "nama_pendidikan")].personal
    assert judged[("s", "pengajar", "jabatan")].categories[0] == "A.1.1"


def test_a_persons_blood_group_and_ethnicity_are_data_no_policy_category_covers(classifier):
    """Care2x care_person.blood_group, a PPDB pupil's goda, OpenEMR patient_data.ethnoracial:
    health data and ethnicity (LABELLING.md section 3), not account data."""
    fields = [Field("s", "care_person", name, data_type) for name, data_type in (
        ("pid", "INT"), ("name_first", "VARCHAR(60)"), ("date_birth", "DATE"), ("blood_group", "CHAR(2)"),
        ("goda", "ENUM('A', 'B', 'AB', 'O')"), ("ethnoracial", "VARCHAR(255)"))]
    judged = classifier.classify_source(fields)
    for name, kind in (("blood_group", "health data"), ("goda", "health data"), ("ethnoracial", "nationality")):
        suggestion = judged[("s", "care_person", name)]
        assert suggestion.personal and suggestion.categories == () and suggestion.uncovered == kind, (name, suggestion)


def test_the_medical_record_number_in_a_patients_own_row_identifies_them(classifier):
    """A hospital's pasien.no_rm, a clinic's nomor_rekam_medis: the number a patient is filed under
    names them (A.1.1 first), and stays health data; a diagnosis in the same row is health data."""
    fields = [Field("s", "pasien", name, data_type) for name, data_type in (
        ("id_pasien", "INT"), ("no_rm", "VARCHAR(15)"), ("nomor_rekam_medis", "VARCHAR(20)"),
        ("nama_pasien", "VARCHAR(100)"), ("tgl_lahir", "DATE"), ("diagnosis", "TEXT"))]
    judged = classifier.classify_source(fields)
    for name in ("no_rm", "nomor_rekam_medis"):
        suggestion = judged[("s", "pasien", name)]
        assert suggestion.categories[:1] == ("A.1.1",) and suggestion.uncovered == "health data", (name, suggestion)
        assert suggestion.sensitive
    diagnosis = judged[("s", "pasien", "diagnosis")]
    assert diagnosis.categories == () and diagnosis.uncovered == "health data"


def test_postage_is_an_orders_shipping_charge_not_an_age(classifier):
    """Thelia's order.postage and postage_tax: one word, the order's shipping charge (A.1.5), not
    post + age (a person's age, A.1.1)."""
    assert classifier.vocabulary.field_tokens("postage_tax") == ("shipping", "tax")
    fields = [Field("s", "customer", "id", "INT"), Field("s", "customer", "email", "VARCHAR(255)"),
              Field("s", "customer", "firstname", "VARCHAR(255)"),
              Field("s", "order", "id", "INT"), Field("s", "order", "customer_id", "INT", references="customer.id"),
              Field("s", "order", "postage", "DECIMAL(16,6)"), Field("s", "order", "postage_tax", "DECIMAL(16,6)")]
    judged = classifier.classify_source(fields)
    for name in ("postage", "postage_tax"):
        assert judged[("s", "order", name)].categories[0] == "A.1.5", judged[("s", "order", name)]


def test_an_ip_named_for_when_it_was_recorded_is_an_ip(classifier):
    """Zen Cart's and SLiMS's last_login_ip, Osclass's s_pass_ip: the IP a login or a password
    change came from (A.2.1;A.2.5), not a login time (A.2.2) nor the password (A.1.1)."""
    for name in ("last_login_ip", "s_pass_ip"):
        suggestion = judge(classifier, "users", name, "VARCHAR(45)")
        assert suggestion.categories[:2] == ("A.2.1", "A.2.5"), (name, suggestion)
    assert judge(classifier, "users", "last_login", "DATETIME").categories[0] == "A.2.2"


def test_a_language_a_person_speaks_is_theirs_not_a_setting(classifier):
    """Gibbon's gibbonPerson.languageFirst, openSIS staff.second_language_id: the languages a
    person speaks, first, second or third, describe them (A.1.1); the site's language they chose
    (language, preferred_language) is a setting (A.2.3)."""
    for name in ("languageFirst", "languageSecond", "primary_language_id", "third_language_id"):
        assert judge(classifier, "users", name, "VARCHAR(30)").categories[:2] == ("A.1.1", "A.2.3"), name
    for name in ("language", "preferred_language", "user_lang"):
        assert judge(classifier, "users", name, "VARCHAR(30)").categories[0] == "A.2.3", name
