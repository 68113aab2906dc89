"""The field pass, read from the seen rounds' wrong categories (issue 11): how a column is read
inside the record its table is (LABELLING.md sections 2 and 3). Table shapes are those of real
schemas, written small."""

from __future__ import annotations

from helpers import classify, source


def test_a_health_visits_measurements_and_yes_or_no_answers_are_health_data(classifier):
    """A village health post's adult visit, keyed to its participant: blood pressure (sistolik,
    diastolik), waist and arm circumference (lingkar_perut, lingkar_lengan), uric acid (asam_urat),
    pregnancy age, and a yes or no about smoking or a symptom (merokok, ada_gejala_sakit BOOLEAN)
    are health data, which no category covers (LABELLING.md section 3); the visit's own date and
    key stay the record's A.1.1, and a yes or no about no health word stays a flag of the record."""
    fields = source(("peserta", [("id", "UUID PRIMARY KEY"), ("nik", "CHAR(16)"), ("nama", "VARCHAR(100)"),
                                 ("tanggal_lahir", "DATE")]),
                    ("kunjungan_dewasa", [("id", "UUID PRIMARY KEY"), ("peserta_id", "UUID REFERENCES peserta(id)"),
                                          ("tanggal", "DATE"), ("tekanan_sistolik", "SMALLINT"),
                                          ("tekanan_diastolik", "SMALLINT"), ("lingkar_perut", "DECIMAL(5, 2)"),
                                          ("lingkar_lengan", "DECIMAL(5, 2)"), ("asam_urat", "DECIMAL(5, 2)"),
                                          ("umur_kehamilan", "SMALLINT"), ("merokok", "BOOLEAN"),
                                          ("ada_gejala_sakit", "BOOLEAN"), ("hadir", "BOOLEAN")]))
    judged = classify(classifier, fields)
    for column in ("tekanan_sistolik", "tekanan_diastolik", "lingkar_perut", "lingkar_lengan", "asam_urat",
                   "umur_kehamilan", "merokok", "ada_gejala_sakit"):
        suggestion = judged[("kunjungan_dewasa", column)]
        assert suggestion.personal and not suggestion.categories and suggestion.uncovered == "health data", \
            (column, suggestion)
        assert suggestion.sensitive, (column, suggestion)
    for column in ("tanggal", "peserta_id", "hadir"):
        suggestion = judged[("kunjungan_dewasa", column)]
        assert suggestion.personal and suggestion.categories[:1] == ("A.1.1",), (column, suggestion)


def test_where_a_person_was_treated_in_a_household_survey_is_health_data(classifier):
    """A household member's row of a population survey: whether they were treated as an outpatient
    or an inpatient (berobat_jalan_puskesmas, rawat_inap_rs_swasta), their immunisations and
    their poor nutrition (kurang_gizi) are health data; their name stays A.1.1."""
    fields = source(("art_perorangan", [("id", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nik", "CHAR(16)"),
                                        ("berobat_jalan_puskesmas", "VARCHAR(5)"),
                                        ("rawat_inap_rs_swasta", "VARCHAR(5)"), ("imunisasi_campak", "VARCHAR(5)"),
                                        ("kurang_gizi", "VARCHAR(5)")]))
    judged = classify(classifier, fields)
    for column in ("berobat_jalan_puskesmas", "rawat_inap_rs_swasta", "imunisasi_campak", "kurang_gizi"):
        suggestion = judged[("art_perorangan", column)]
        assert suggestion.personal and not suggestion.categories and suggestion.uncovered == "health data", \
            (column, suggestion)
    assert judged[("art_perorangan", "nama")].categories[:1] == ("A.1.1",)


def test_lab_values_symptoms_and_a_blood_group_are_health_data_in_a_persons_records(classifier):
    """A nutrition consultation's row, keyed to its patient: liver and kidney lab values
    (sgot, sgpt, albumin, kreatin_serum, ureum, trigliserida) and symptoms (mual, muntah, diare,
    oedema, nafsu_makan) are health data, which no category covers, though the consultation is a
    transaction of the patient's; a pupil's blood group (blood, darah1) and a long-term medication
    (longTermMedication, not a longitude) are too. A payment's date stays no health data."""
    fields = source(("pasien", [("id_pasien", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)"),
                                ("blood", "ENUM('A', 'B', 'AB', 'O')"), ("darah1", "VARCHAR(200)"),
                                ("longTermMedication", "ENUM('', 'Y', 'N')")]),
                    ("transaksi_konsultasi", [("id", "INT PRIMARY KEY"), ("id_pasien", "INT REFERENCES pasien(id_pasien)"),
                                              ("biaya", "INT"), ("tanggal_bayar", "DATE")]),
                    ("detail_konsultasi", [("id_detail", "INT PRIMARY KEY"), ("id_pasien", "INT"),
                                           ("sgot", "VARCHAR(20)"), ("sgpt", "VARCHAR(20)"), ("albumin", "VARCHAR(20)"),
                                           ("kreatin_serum", "VARCHAR(20)"), ("ureum", "DECIMAL(5, 2)"),
                                           ("trigliserida", "DECIMAL(5, 2)"), ("mual", "VARCHAR(20)"),
                                           ("muntah", "VARCHAR(20)"), ("diare", "VARCHAR(20)"), ("oedema", "VARCHAR(20)"),
                                           ("nafsu_makan", "VARCHAR(20)")]))
    judged = classify(classifier, fields)
    for table, column in [("detail_konsultasi", c) for c in ("sgot", "sgpt", "albumin", "kreatin_serum", "ureum",
                                                             "trigliserida", "mual", "muntah", "diare", "oedema",
                                                             "nafsu_makan")] + [
            ("pasien", "blood"), ("pasien", "darah1"), ("pasien", "longtermmedication")]:
        suggestion = judged[(table, column)]
        assert suggestion.personal and not suggestion.categories and suggestion.uncovered == "health data", \
            (table, column, suggestion)
    assert judged[("transaksi_konsultasi", "tanggal_bayar")].categories[:1] in (("A.1.5",), ("A.1.6",))


def test_privacy_consent_ignoring_and_screen_layout_in_a_users_row_are_saved_choices(classifier):
    """A forum member's row: who may see their birthday (birthdayprivacy), whether they show as
    online (invisible), that they accepted cookies (cookieConsent, its time consent_ts), whom
    they ignore, and how their screens are laid out (a decimal separator, a popup, the tab they
    start on) are choices they saved, A.2.3 first (LABELLING.md section 2); the e-mail and the
    sign-up date stay account data and registration time."""
    fields = source(("users", [("uid", "INT PRIMARY KEY"), ("username", "VARCHAR(120)"), ("email", "VARCHAR(220)"),
                               ("regdate", "INT UNSIGNED"), ("birthdayprivacy", "VARCHAR(4)"),
                               ("invisible", "TINYINT(1)"), ("cookieConsent", "ENUM('Y', 'N')"),
                               ("consent_ts", "BIGINT"), ("ignored", "TEXT"),
                               ("currency_decimal_separator", "VARCHAR(2)"), ("rep_popup", "TINYINT(1)"),
                               ("startup_tab", "VARCHAR(20)")]))
    judged = classify(classifier, fields)
    for column in ("birthdayprivacy", "invisible", "cookieconsent", "consent_ts", "ignored",
                   "currency_decimal_separator", "rep_popup", "startup_tab"):
        suggestion = judged[("users", column)]
        assert suggestion.personal and suggestion.categories[:1] == ("A.2.3",), (column, suggestion)
    assert judged[("users", "email")].categories[:1] == ("A.1.1",)


def test_how_whether_and_when_a_person_paid_is_payment_data_first_in_their_records(classifier):
    """A pilgrimage agency's booking row, keyed to its pilgrim, and a conference's user row: a
    column named for the payment and no concept of its own (payment, metode_pay, status_pay,
    payment_mode, payment_received, lastPaymentDate, tanggal_bayar) tells how, whether or when the
    person paid, payment data, A.1.6 first (LABELLING.md section 2); the record's category after.
    A pay_class (a salary scale) and the booking's room are no payment."""
    fields = source(("jamaah", [("id_jamaah", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("email", "VARCHAR(100)"),
                                ("no_hp", "VARCHAR(20)")]),
                    ("trax_umroh", [("trax_umroh_id", "CHAR(12) PRIMARY KEY"), ("id_jamaah", "INT"), ("kd_umroh", "INT"),
                                    ("payment", "VARCHAR(100)"), ("metode_pay", "VARCHAR(100)"),
                                    ("status_pay", "VARCHAR(50)"), ("room", "VARCHAR(20)")]),
                    ("users", [("id", "INT PRIMARY KEY"), ("email", "VARCHAR(60)"), ("password", "VARCHAR(60)"),
                               ("payment_mode", "INT"), ("payment_received", "CHAR(1)"),
                               ("lastPaymentDate", "DATETIME"), ("tanggal_bayar", "DATE"), ("pay_class", "VARCHAR(25)")]))
    judged = classify(classifier, fields)
    for table, column in [("trax_umroh", "payment"), ("trax_umroh", "metode_pay"), ("trax_umroh", "status_pay"),
                          ("users", "payment_mode"), ("users", "payment_received"), ("users", "lastpaymentdate"),
                          ("users", "tanggal_bayar")]:
        suggestion = judged[(table, column)]
        assert suggestion.personal and suggestion.categories[:1] == ("A.1.6",), (table, column, suggestion)
    assert judged[("trax_umroh", "room")].categories[:1] != ("A.1.6",)
    assert judged[("users", "pay_class")].categories[:1] != ("A.1.6",)


def test_a_persons_name_in_a_record_no_category_covers_is_still_their_identity(classifier):
    """A laboratory's examination row of a patient: the patient's and the examiner's names written
    into it (nama_pasien, nama_dokter) are who they are, A.1.1 first (LABELLING.md section 3: a
    policy category can be argued), the record's health data kept beside; the test's own result
    stays health data with no category. The person responsible for an office (penanggung_jawab)
    is a person, A.1.1, even in a table about no person."""
    fields = source(("pasien", [("nik", "CHAR(16) PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("tanggal_lahir", "DATE"),
                                ("golongan_darah", "CHAR(2)")]),
                    ("pemeriksaan", [("id_pemeriksaan", "INT PRIMARY KEY"), ("nik", "CHAR(16) REFERENCES pasien(nik)"),
                                     ("nama_pasien", "VARCHAR(100)"), ("nama_dokter", "VARCHAR(100)"),
                                     ("hasil", "TEXT")]),
                    ("unit_kerja", [("id_unit", "INT PRIMARY KEY"), ("nama_unit", "VARCHAR(100)"),
                                    ("penanggung_jawab", "VARCHAR(100)")]))
    judged = classify(classifier, fields)
    for column in ("nama_pasien", "nama_dokter"):
        suggestion = judged[("pemeriksaan", column)]
        assert suggestion.personal and suggestion.categories[:1] == ("A.1.1",), (column, suggestion)
        assert suggestion.uncovered == "health data", (column, suggestion)
    result = judged[("pemeriksaan", "hasil")]
    assert result.personal and not result.categories and result.uncovered == "health data"
    in_charge = judged[("unit_kerja", "penanggung_jawab")]
    assert in_charge.personal and in_charge.categories[:1] == ("A.1.1",), in_charge
    assert not judged[("unit_kerja", "nama_unit")].personal


def test_a_facebook_account_is_no_face_and_a_sites_own_is_no_ones(classifier):
    """A church's person row and a school website's profile row: a person's Facebook, Twitter or
    Instagram account (per_Facebook, facebook_id) is account data, A.1.1, not a face and no
    biometric data (the glued word is no face + book); the site's own social accounts in its
    profile row are no one's."""
    fields = source(("person_per", [("per_ID", "INT PRIMARY KEY"), ("per_FirstName", "VARCHAR(50)"),
                                    ("per_Email", "VARCHAR(50)"), ("per_Facebook", "VARCHAR(50)"),
                                    ("per_Twitter", "VARCHAR(50)"), ("facebook_id", "VARCHAR(255)")]),
                    ("profil_website", [("id", "INT PRIMARY KEY"), ("nama_sekolah", "VARCHAR(100)"),
                                        ("facebook", "VARCHAR(100)"), ("instagram", "VARCHAR(100)")]))
    judged = classify(classifier, fields)
    for column in ("per_facebook", "per_twitter", "facebook_id"):
        suggestion = judged[("person_per", column)]
        assert suggestion.personal and suggestion.categories[:1] == ("A.1.1",) and not suggestion.uncovered, \
            (column, suggestion)
    for column in ("facebook", "instagram"):
        assert not judged[("profil_website", column)].personal, column


def test_a_fingerprint_of_a_message_or_a_key_is_a_digest_no_biometric_data(classifier):
    """A help desk's article row, keyed to its ticket's customer: insert_fingerprint is a digest of
    the inserted message, part of the customer-service record (A.1.2), no biometric data; a
    site's api_fingerprint is no one's; an attendance machine's fingerprint template in an
    employee's row stays biometric data."""
    fields = source(("customer_user", [("id", "INT PRIMARY KEY"), ("login", "VARCHAR(200)"), ("email", "VARCHAR(150)"),
                                       ("first_name", "VARCHAR(100)")]),
                    ("ticket", [("id", "BIGINT PRIMARY KEY"), ("customer_user_id", "INT"), ("title", "VARCHAR(255)")]),
                    ("article", [("id", "BIGINT PRIMARY KEY"), ("ticket_id", "BIGINT REFERENCES ticket(id)"),
                                 ("a_subject", "TEXT"), ("insert_fingerprint", "VARCHAR(64)")]),
                    ("profil_website", [("id", "INT PRIMARY KEY"), ("nama_situs", "VARCHAR(100)"),
                                        ("api_fingerprint", "TEXT")]),
                    ("pegawai", [("id_pegawai", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nip", "VARCHAR(20)"),
                                 ("fingerprint", "BLOB")]))
    judged = classify(classifier, fields)
    digest = judged[("article", "insert_fingerprint")]
    assert digest.personal and digest.categories[:1] == ("A.1.2",) and not digest.uncovered, digest
    assert not judged[("profil_website", "api_fingerprint")].personal
    assert judged[("pegawai", "fingerprint")].uncovered == "biometric data"


def test_a_long_description_or_a_long_name_is_no_longitude(classifier):
    """An accounting system's stock item and a hospital's currency list: long_description and
    long_name are the long form of a text, no coordinate and no one's location; a branch
    customer's longitude in a person's address row stays a coordinate."""
    fields = source(("stock_master", [("stock_id", "VARCHAR(20) PRIMARY KEY"), ("description", "VARCHAR(200)"),
                                      ("long_description", "TEXT")]),
                    ("currency", [("item_nr", "INT PRIMARY KEY"), ("short_name", "VARCHAR(10)"),
                                  ("long_name", "VARCHAR(20)")]),
                    ("customer_address", [("id", "INT PRIMARY KEY"), ("customer_name", "VARCHAR(100)"),
                                          ("email", "VARCHAR(100)"), ("street", "VARCHAR(100)"),
                                          ("longitude", "DECIMAL(9, 6)")]))
    judged = classify(classifier, fields)
    assert not judged[("stock_master", "long_description")].personal
    assert not judged[("currency", "long_name")].personal
    coordinate = judged[("customer_address", "longitude")]
    assert coordinate.personal and "A.2.1" in coordinate.categories, coordinate


def test_a_files_name_in_an_upload_or_a_backup_row_is_the_files_own(classifier):
    """A hospital system's backup history and a file table, keyed to nobody: nama_file names the
    backup or the uploaded file, no device data of a person (the policy's 'nama file' is of the
    files on a user's device), and a backup history is no access log; in a pupil's submission,
    keyed to the pupil, the file's name is part of their record, its category first."""
    fields = source(("history_backup", [("id_backup", "INT PRIMARY KEY"), ("nama_file", "VARCHAR(50)"),
                                        ("tanggal_backup", "DATETIME")]),
                    ("data_file", [("id_file", "INT PRIMARY KEY"), ("nama_file", "VARCHAR(50)"),
                                   ("keterangan", "VARCHAR(100)")]),
                    ("siswa", [("id_siswa", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nisn", "CHAR(10)")]),
                    ("pengumpulan_tugas", [("id", "INT PRIMARY KEY"), ("id_siswa", "INT REFERENCES siswa(id_siswa)"),
                                           ("nama_file", "VARCHAR(255)"), ("tanggal", "DATETIME")]))
    judged = classify(classifier, fields)
    for table in ("history_backup", "data_file"):
        for column in ("nama_file", "id_backup" if table == "history_backup" else "id_file"):
            assert not judged[(table, column)].personal, (table, column, judged[(table, column)])
    uploaded = judged[("pengumpulan_tugas", "nama_file")]
    assert uploaded.personal and uploaded.categories[:1] != ("A.2.4",), uploaded


def test_an_unsigned_one_digit_flag_is_a_flag_about_the_data_not_the_data(classifier):
    """A shop's tax rates: rule_individuals_with_tax_id TINYINT(1) UNSIGNED says whether the rate
    applies to people who have a tax number, a yes or no about a tax id, not anyone's tax id;
    a customer's own tax_id text stays their identity number."""
    fields = source(("tax_rates", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(64)"), ("rate", "DECIMAL(10, 4)"),
                                   ("rule_individuals_with_tax_id", "TINYINT(1) UNSIGNED"),
                                   ("rule_companies_without_tax_id", "TINYINT(1) UNSIGNED")]),
                    ("customers", [("id", "INT PRIMARY KEY"), ("email", "VARCHAR(128)"), ("firstname", "VARCHAR(64)"),
                                   ("tax_id", "VARCHAR(32)")]))
    judged = classify(classifier, fields)
    for column in ("rule_individuals_with_tax_id", "rule_companies_without_tax_id"):
        assert not judged[("tax_rates", column)].personal, column
    assert judged[("customers", "tax_id")].personal


def test_a_key_to_a_tax_rate_or_a_tax_numbers_format_is_no_ones_tax_number(classifier):
    """An invoicing system's products and a shop's countries: default_tax_id INT is a key to a tax
    rate (a tax number does not fit an INT), a country's tax_id_format is how tax numbers are
    written there; neither is anyone's tax number. A customer's tax_id text stays theirs."""
    fields = source(("products", [("id", "INT PRIMARY KEY"), ("description", "TEXT"), ("unit_price", "DECIMAL(25, 6)"),
                                  ("default_tax_id", "INT(11)")]),
                    ("countries", [("id", "INT PRIMARY KEY"), ("iso_code_2", "CHAR(2)"), ("name", "VARCHAR(64)"),
                                   ("tax_id_format", "VARCHAR(64)")]),
                    ("customers", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(255)"), ("email", "VARCHAR(255)"),
                                   ("tax_id", "VARCHAR(32)")]))
    judged = classify(classifier, fields)
    assert not judged[("products", "default_tax_id")].personal
    assert not judged[("countries", "tax_id_format")].personal
    tax_number = judged[("customers", "tax_id")]
    assert tax_number.personal and tax_number.categories[:1] == ("A.1.1",)


def test_a_mail_servers_or_a_devices_password_is_no_persons(classifier):
    """A help desk's mail accounts and a network's devices, keyed to nobody: smtp_password,
    imap_password, snmp_v3_auth_pass and a gateway's password_gateway are credentials of a
    service or a machine, no person's; a password policy is a rule. A user's own password stays
    account data, and so does an SMTP password kept in a person's own row."""
    fields = source(("emails", [("id", "INT PRIMARY KEY"), ("name", "VARCHAR(200)"), ("smtp_host", "VARCHAR(200)"),
                                ("smtp_password", "VARCHAR(200)"), ("imap_password", "VARCHAR(200)")]),
                    ("devices", [("id", "INT PRIMARY KEY"), ("hostname", "VARCHAR(100)"),
                                 ("snmp_v3_auth_pass", "VARCHAR(64)")]),
                    ("settings", [("id", "INT PRIMARY KEY"), ("site_title", "VARCHAR(100)"),
                                  ("passwordPolicy", "VARCHAR(1024)"), ("password_gateway", "VARCHAR(20)")]),
                    ("users", [("id", "INT PRIMARY KEY"), ("username", "VARCHAR(50)"), ("email", "VARCHAR(100)"),
                               ("password", "VARCHAR(255)"), ("smtp_password", "VARCHAR(255)")]))
    judged = classify(classifier, fields)
    for table, column in [("emails", "smtp_password"), ("emails", "imap_password"), ("devices", "snmp_v3_auth_pass"),
                          ("settings", "passwordpolicy"), ("settings", "password_gateway")]:
        assert not judged[(table, column)].personal, (table, column, judged[(table, column)])
    for column in ("password", "smtp_password"):
        suggestion = judged[("users", column)]
        assert suggestion.personal and suggestion.categories[:1] == ("A.1.1",), (column, suggestion)


def test_an_assets_age_or_an_age_range_is_no_persons_age(classifier):
    """A cooperative's assets and a hotel's tariffs, keyed to nobody: umur_aset and sisa_umur are
    an asset's (remaining) useful life, from_age and to_age bound the ages a tariff is for, an age
    group's gol_umur names a bracket; none is a person's age. A member's own umur stays theirs."""
    fields = source(("aset", [("id_aset", "INT PRIMARY KEY"), ("nama_aset", "VARCHAR(100)"), ("umur_aset", "INT(11)"),
                              ("sisa_umur", "VARCHAR(50)")]),
                    ("tariff_details", [("id", "INT PRIMARY KEY"), ("price", "DECIMAL(12, 2)"),
                                        ("from_age", "TINYINT UNSIGNED"), ("to_age", "TINYINT UNSIGNED")]),
                    ("golongan_umur", [("id", "INT PRIMARY KEY"), ("gol_umur", "VARCHAR(50)")]),
                    ("anggota", [("id_anggota", "INT PRIMARY KEY"), ("nama", "VARCHAR(100)"), ("nik", "CHAR(16)"),
                                 ("umur", "INT")]))
    judged = classify(classifier, fields)
    for table, column in [("aset", "umur_aset"), ("aset", "sisa_umur"), ("tariff_details", "from_age"),
                          ("tariff_details", "to_age"), ("golongan_umur", "gol_umur")]:
        assert not judged[(table, column)].personal, (table, column, judged[(table, column)])
    age = judged[("anggota", "umur")]
    assert age.personal and age.categories[:1] == ("A.1.1",), age
