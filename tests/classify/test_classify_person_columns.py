"""Columns of a person's own record (LABELLING.md section 2: the person's row is A.1.1 first,
refined by what a column says was recorded of their use of the site): where they live, how often
they signed in, their place among their siblings. Table shapes are those of real schemas (a
church's families, a distributor's customers, shop and forum accounts, a school's pupils)."""

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


def person_row(table: str, *columns: tuple[str, str]) -> list[Field]:
    """A person table: its key, a name, an e-mail, then the given (column, type) pairs."""
    own = [("id", "INT"), ("name", "VARCHAR(100)"), ("email", "VARCHAR(100)"), *columns]
    return [Field("s", table, name, data_type, primary_key=name == "id") for name, data_type in own]


def first_categories(classifier: Classifier, fields: list[Field]) -> dict[str, str]:
    """Each column's first category (or what it fits instead), by column name."""
    judged = classifier.classify_source(fields)
    return {name: (s.categories[0] if s.categories else s.uncovered) for (_s, _t, name), s in judged.items()}


def test_coordinates_in_a_persons_own_row_are_where_they_live(classifier):
    """A family's or a customer's latitude and longitude stand beside their address: account data
    first (A.1.1), a location second; not a trace of where a device went."""
    fields = person_row("pelanggan", ("alamat", "VARCHAR(255)"), ("latitude", "VARCHAR(100)"),
                        ("longitude", "VARCHAR(100)"), ("fam_Latitude", "DOUBLE"))
    judged = classifier.classify_source(fields)
    for column in ("latitude", "longitude", "fam_latitude"):
        assert judged[("s", "pelanggan", column)].categories[:2] == ("A.1.1", "A.2.1"), column


def test_how_often_and_how_long_a_person_signed_in_is_their_use_of_the_site(classifier):
    """A count of a person's logins or failed logins (number_of_logons, failed_login_counter,
    usr_LoginCount) sums their access log: session data first (A.2.5); the time they spent signed
    in or online and when they signed in (total_time_logged_in, timeonline, loggedin_at) is an
    activity time (A.2.2), as a last login is. Their login name and a row's edit time stay theirs."""
    fields = person_row("users", ("customers_info_number_of_logons", "INT(5)"), ("failed_login_counter", "INT"),
                        ("usr_LoginCount", "SMALLINT(5) UNSIGNED"), ("total_time_logged_in", "INT UNSIGNED"),
                        ("timeonline", "INT UNSIGNED"), ("loggedin_at", "TIMESTAMPTZ"), ("login", "VARCHAR(20)"),
                        ("last_updated", "DATETIME"))
    first = first_categories(classifier, fields)
    for column in ("customers_info_number_of_logons", "failed_login_counter", "usr_logincount"):
        assert first[column] == "A.2.5", column
    for column in ("total_time_logged_in", "timeonline", "loggedin_at"):
        assert first[column] == "A.2.2", column
    assert first["login"] == first["last_updated"] == "A.1.1"


def test_a_persons_place_among_children_or_number_of_them_describes_the_person(classifier):
    """anak_ke (which child of the family a pupil or a resident is), jumlah_anak (how many children
    an employee has) and a children's table's own key (id_anak) describe the person of the row:
    account data first (A.1.1), still children's data and specific; a child's name stays children's
    data alone."""
    fields = person_row("penduduk", ("anak_ke", "INT(11)"), ("kelahiran_anak_ke", "TINYINT(2)"),
                        ("jumlah_anak", "INT(11)"), ("nama_anak", "VARCHAR(100)"))
    fields += [Field("s", "tb_anak", name, data_type, primary_key=name == "id_anak")
               for name, data_type in (("id_anak", "INT(11)"), ("id_penduduk", "INT(11)"), ("nama", "VARCHAR(100)"),
                                       ("tgl_lahir", "DATE"))]
    judged = {name: s for (_s, _t, name), s in classifier.classify_source(fields).items()}
    for column in ("anak_ke", "kelahiran_anak_ke", "jumlah_anak", "id_anak"):
        assert judged[column].categories[:1] == ("A.1.1",) and judged[column].sensitive, column
        assert judged[column].uncovered == "children's data", column
    assert not judged["nama_anak"].categories and judged["nama_anak"].uncovered == "children's data"


def test_a_table_named_for_a_kind_glued_to_a_code_lists_the_kinds(classifier):
    """main_racecode, main_maritalstatus: a lookup named for races or marital statuses, its word
    glued to another, lists the kinds (racecode, racename, maritalcode are everyone's), as
    ethnic_race lists them; an employee's own race stays theirs."""
    fields = [Field("s", "main_racecode", name, data_type, primary_key=name == "id")
              for name, data_type in (("id", "INT"), ("racecode", "VARCHAR(255)"), ("racename", "VARCHAR(255)"))]
    fields += [Field("s", "main_maritalstatus", name, data_type, primary_key=name == "id")
               for name, data_type in (("id", "INT"), ("maritalcode", "VARCHAR(255)"))]
    fields += person_row("employee", ("race", "VARCHAR(50)"))
    judged = classifier.classify_source(fields)
    for table, column in (("main_racecode", "racecode"), ("main_racecode", "racename"),
                          ("main_maritalstatus", "maritalcode")):
        assert not judged[("s", table, column)].personal, column
    assert judged[("s", "employee", "race")].uncovered == "nationality"


def test_an_ethnic_group_in_a_persons_row_is_their_ethnicity(classifier):
    """eeo_ethnic_type_id, ethniccodeid in a candidate's or an employee's row name their ethnic
    group: data no policy category covers (ethnicity), as a race or ethnicity column is."""
    fields = person_row("candidate", ("eeo_ethnic_type_id", "INT(11)"), ("ethniccodeid", "INT(11) UNSIGNED"))
    first = first_categories(classifier, fields)
    assert first["eeo_ethnic_type_id"] == first["ethniccodeid"] == "nationality"


def test_a_persons_diploma_and_graduation_year_are_their_education_record(classifier):
    """no_ijazah, ijazah_tertinggi (a diploma and its number) and tahunlulus (the year they
    graduated) in an applicant's or a civil servant's row are education records, which no policy
    category covers (LABELLING.md section 3: grades, attendance, certificates)."""
    fields = person_row("pegawai", ("no_ijazah", "VARCHAR(100)"), ("ijazah_tertinggi", "VARCHAR(150)"),
                        ("tahunlulus", "VARCHAR(4)"))
    first = first_categories(classifier, fields)
    for column in ("no_ijazah", "ijazah_tertinggi", "tahunlulus"):
        assert first[column] == "education record", column


def test_a_residents_disability_is_health_data(classifier):
    """id_difabilitas, difabel in a resident's row name their disability (difabilitas, difabel are
    Indonesian for it): health data, UU PDP specific; the lookup of disabilities lists the kinds."""
    fields = person_row("penduduk", ("id_difabilitas", "INT(10)"), ("difabel", "VARCHAR(50)"))
    fields += [Field("s", "ref_difabilitas", name, data_type, primary_key=name == "id_difabilitas")
               for name, data_type in (("id_difabilitas", "INT(10)"), ("difabilitas", "VARCHAR(100)"))]
    judged = classifier.classify_source(fields)
    for column in ("id_difabilitas", "difabel"):
        suggestion = judged[("s", "penduduk", column)]
        assert suggestion.uncovered == "health data" and suggestion.sensitive, column
    assert not judged[("s", "ref_difabilitas", "difabilitas")].personal


def test_a_residents_divorce_is_their_marital_status(classifier):
    """tanggalperceraian (when a resident divorced) in a family card's row: marital status, which
    no policy category covers (LABELLING.md section 3), not an activity time on the site."""
    first = first_categories(classifier, person_row("penduduk", ("tanggalperceraian", "DATE")))
    assert first["tanggalperceraian"] == "marital status"


def test_a_bank_account_or_payment_method_kept_in_a_persons_row_is_payment_data_first(classifier):
    """A member's or an employee's bank account (no_rek, no_rekening), the card and the payment
    method a subscriber bills to (creditcardnumber, paymentmethod) and a receipt of payment
    (bukti_bayar) are payment instruments (A.1.6 first, LABELLING.md section 2), the account's
    second; a bare card or account number (no_kartu, cardnumber, account_number: a library card, a
    health card, a customer account) stays the person's own (A.1.1 first)."""
    fields = person_row("anggota", ("no_rek", "CHAR(20)"), ("no_rekening", "VARCHAR(50)"),
                        ("creditcardnumber", "VARCHAR(200)"), ("paymentmethod", "VARCHAR(200)"),
                        ("bukti_bayar", "VARCHAR(500)"), ("no_kartu", "VARCHAR(25)"), ("cardnumber", "VARCHAR(32)"),
                        ("account_number", "VARCHAR(255)"))
    judged = {name: s for (_s, _t, name), s in classifier.classify_source(fields).items()}
    for column in ("no_rek", "no_rekening", "creditcardnumber", "paymentmethod", "bukti_bayar"):
        assert judged[column].categories[:2] == ("A.1.6", "A.1.1"), column
    for column in ("no_kartu", "cardnumber", "account_number"):
        assert judged[column].categories[0] == "A.1.1", column


def test_the_day_a_person_joined_is_their_own_records(classifier):
    """joined_date, join_date, tanggal_join in an employee's, an instructor's or a member's row: the
    day they joined the company or the cooperative, which their record holds (A.1.1 first), not a
    sign-up on the site; a registration time stays an activity time (A.2.2)."""
    fields = person_row("employees", ("joined_date", "DATE"), ("join_date", "VARCHAR(20)"),
                        ("tanggal_join", "DATE"), ("registered_at", "DATETIME"))
    first = first_categories(classifier, fields)
    for column in ("joined_date", "join_date", "tanggal_join"):
        assert first[column] == "A.1.1", column
    assert first["registered_at"] == "A.2.2"


def test_a_last_thing_written_as_text_is_no_moment(classifier):
    """lastSchool, last_map as text in a person's row name the school they last attended and the
    map a player was last on: the person's own data (A.1.1 first), not a time; last_post as a
    number and last_visit as text are still when they came back (A.2.2)."""
    fields = person_row("users", ("lastSchool", "VARCHAR(100)"), ("last_map", "VARCHAR(11)"),
                        ("last_post", "INT"), ("last_visit", "VARCHAR(20)"))
    first = first_categories(classifier, fields)
    assert first["lastschool"] == first["last_map"] == "A.1.1"
    assert first["last_post"] == first["last_visit"] == "A.2.2"


def test_when_a_notice_was_sent_to_a_person_is_no_choice_of_theirs(classifier):
    """expire_notification_sent, last_notification as a date or time in a person's row record when
    a notice went out to them: their record's (A.1.1 first), not a saved setting (A.2.3); a
    notification setting as text stays a choice."""
    fields = person_row("user", ("expire_notification_sent", "DATETIME"), ("last_notification", "TIMESTAMP"),
                        ("notification", "VARCHAR(20)"))
    first = first_categories(classifier, fields)
    assert first["expire_notification_sent"] == first["last_notification"] == "A.1.1"
    assert first["notification"] == "A.2.3"


def test_a_sort_name_is_a_name(classifier):
    """sortname1, sort_name in a contact's row are the contact's name written for sorting: account
    data (A.1.1 first), not a choice of how to sort (user_sortby_dir, sort_order stay what they were)."""
    fields = person_row("contact_details", ("sortname1", "VARCHAR(255)"), ("sort_name", "VARCHAR(255)"),
                        ("sort_by", "VARCHAR(20)"))
    first = first_categories(classifier, fields)
    assert first["sortname1"] == first["sort_name"] == "A.1.1"
    assert first["sort_by"] == "A.2.3"


def test_a_setting_named_last_after_what_it_is_about_is_a_choice(classifier):
    """customers_email_format, mailNotify in a person's row: how they want their e-mail, whether to
    be told by e-mail, a saved setting (A.2.3 first) though the name begins with the e-mail; the
    address itself stays account data (A.1.1)."""
    fields = person_row("customers", ("customers_email_format", "VARCHAR(4)"), ("mailNotify", "ENUM('Yes', 'No')"),
                        ("customers_email_address", "VARCHAR(96)"))
    first = first_categories(classifier, fields)
    assert first["customers_email_format"] == first["mailnotify"] == "A.2.3"
    assert first["customers_email_address"] == "A.1.1"
