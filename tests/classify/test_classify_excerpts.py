"""The table pass on excerpts of real corpus schemas (tests/fixtures/classify/), read by the DDL
source module as an audit reads them: whose record each table is, by LABELLING.md."""

from __future__ import annotations

import pytest
from helpers import BUNDLED_INVENTORY, FIXTURES

from laci_audit.classify import Classifier
from laci_audit.inventory.layout import TAXONOMY_FILE
from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.records import Source
from laci_audit.sources import KINDS

EXCERPTS = FIXTURES / "classify"


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(load_taxonomy(BUNDLED_INVENTORY / TAXONOMY_FILE))


def judged(classifier: Classifier, excerpt: str, dialect: str = "mysql") -> dict[tuple[str, str], object]:
    """The suggestions for an excerpt's fields (MySQL unless told) by (table, column), names casefolded."""
    source = Source(excerpt, "ddl", "tests", options={"path": f"{excerpt}.sql", "dialect": dialect})
    fields = list(KINDS["ddl"].scanner()(source, EXCERPTS))
    return {(table, name): suggestion for (_s, table, name), suggestion in classifier.classify_source(fields).items()}


def test_an_audit_stamp_says_who_typed_a_row_in_not_whose_it_is(classifier):
    """Pondok Darussurur: a period's financial report holds only the created_by of the staff
    member who typed it in: the pondok's, not that member's (the stamp itself stays personal).
    Income booked from a santri's payment, stamped alike, is still the santri's, by its other key."""
    suggestions = judged(classifier, "pondok_darussurur")
    for column in ("id_laporan", "periode_awal", "total_pemasukan", "saldo_akhir", "keterangan", "created_at"):
        assert not suggestions[("laporan_keuangan", column)].personal, column
    assert suggestions[("laporan_keuangan", "created_by")].personal
    for column in ("id_pemasukan", "nominal", "tanggal_pemasukan"):
        assert suggestions[("pemasukan", column)].personal, column
        assert suggestions[("pemasukan", column)].record == "payment", column


def test_a_session_store_is_its_visitors_log_whatever_it_keeps(classifier):
    """Kanboard: its `sessions` (an id, an expiry, serialised data) holds one row per visitor's
    session, a log of a person (A.2.5) though no column names them. IceHrm's TrainingSessions are
    a course's sessions, not anyone's."""
    suggestions = judged(classifier, "kanboard")
    for column in ("id", "expire_at", "data"):
        assert suggestions[("sessions", column)].personal, column
        assert suggestions[("sessions", column)].categories[0] == "A.2.5", column
    suggestions = judged(classifier, "icehrm")
    assert not any(suggestions[("trainingsessions", column)].personal
                   for column in ("id", "name", "scheduled", "deliverylocation", "status"))


def test_a_name_given_in_parts_is_a_persons(classifier):
    """OrangeHRM: hs_hr_developer gives each developer's first and last name, and so holds people
    (A.1.1), with no other column identifying them; hs_hr_customer's single name is a company's."""
    suggestions = judged(classifier, "orangehrm")
    for column in ("id", "first_name", "last_name", "description", "department"):
        assert suggestions[("hs_hr_developer", column)].personal, column
        assert suggestions[("hs_hr_developer", column)].record == "person", column
    assert not any(suggestions[("hs_hr_customer", column)].personal for column in ("customer_id", "name", "description"))


def test_a_table_of_customers_with_a_contact_person_holds_companies(classifier):
    """phpIPAM: its customers each have a contact person (contact_person, contact_phone,
    contact_mail) and no name of a person of their own: companies, whose contact person is the
    only personal data (a business contact, A.1.1); the racks kept for them are nobody's, and so is a rack's key to its company."""
    suggestions = judged(classifier, "phpipam")
    assert not any(suggestions[("customers", column)].personal for column in ("id", "title", "address", "city", "lat", "long",
                                                                    "note"))
    for column in ("contact_person", "contact_phone", "contact_mail"):
        assert suggestions[("customers", column)].personal, column
        assert suggestions[("customers", column)].categories[0] == "A.1.1", column
    assert not any(suggestions[("racks", column)].personal
                   for column in ("id", "name", "size", "location", "description", "customer_id"))


def test_a_number_named_for_a_person_but_keyed_to_a_thing_names_the_thing(classifier):
    """phpIPAM: a subnet's scanAgent is a key to its scan agents (programs, no people): the
    subnet is nobody's record, though an agent may be a person elsewhere."""
    suggestions = judged(classifier, "phpipam")
    assert not any(suggestions[("subnets", column)].personal
                   for column in ("id", "subnet", "mask", "description", "editdate", "lastscan", "customer_id"))
    assert not any(suggestions[("scanagents", column)].personal for column in ("id", "name", "last_access"))


def test_a_users_playlists_and_saved_searches_are_their_saved_choices(classifier):
    """Ampache: a playlist and a search (a smart playlist's rules) keyed to their user are what
    that user saved, A.2.3 (LABELLING.md: saved items and preferences), not account data."""
    suggestions = judged(classifier, "ampache")
    for table, columns in (("playlist", ("id", "name", "type", "date", "last_update")),
                           ("search", ("id", "type", "rules", "name", "limit"))):
        for column in columns:
            assert suggestions[(table, column)].personal, (table, column)
            assert suggestions[(table, column)].categories[0] == "A.2.3", (table, column)


def test_a_users_mail_and_notices_are_messages(classifier):
    """Friendica: a user's mail (a sender, a title, a body) and the notices they are sent (notify:
    a msg, seen or not) are messages, A.1.4 (LABELLING.md 2), not account data."""
    suggestions = judged(classifier, "friendica")
    for table, columns in (("mail", ("id", "from-name", "title", "body", "seen", "created")),
                           ("notify", ("id", "type", "msg", "seen", "date"))):
        for column in columns:
            assert suggestions[(table, column)].personal, (table, column)
            assert suggestions[(table, column)].categories[0] == "A.1.4", (table, column)


def test_a_number_named_for_people_in_the_plural_counts_them(classifier):
    """Friendica: a federated server's registered-users and active-week-users count its users;
    neither is a key to a person, and the server's row is nobody's (LABELLING.md 1: aggregates
    with no person key are not personal)."""
    suggestions = judged(classifier, "friendica")
    assert not any(suggestions[("gserver", column)].personal
                   for column in ("id", "url", "version", "registered-users", "created"))


def test_a_key_named_by_a_tables_column_code_reaches_that_table(classifier):
    """ChurchCRM: person_per codes every column per_ (per_ID, per_FirstName), and person_custom
    is keyed by per_ID too; why_per_ID and mb_per_ID name person_per by its code, so a person's
    answers on why they came and their multi-buys are that person's (LABELLING.md 1: a row holding a
    key to a person, only named). The `per` before the id is the code, no count (coupon_per_customer)."""
    suggestions = judged(classifier, "churchcrm")
    for table, columns in (("whycame_why", ("why_id", "why_per_id", "why_join", "why_hearofus")),
                           ("multibuy_mb", ("mb_id", "mb_per_id", "mb_item_id", "mb_count"))):
        for column in columns:
            assert suggestions[(table, column)].personal, (table, column)
            assert "person_per" in suggestions[(table, column)].evidence[-1], (table, column)
    assert not any(suggestions[("fundraiser_fr", column)].personal
                   for column in ("fr_id", "fr_date", "fr_title", "fr_goalamount", "fr_fund_id"))


def test_a_key_behind_its_tables_own_column_code_names_a_person(classifier):
    """ChurchCRM: donateditem_di codes its columns di_; di_donor_ID and di_buyer_ID name a donor and
    a buyer (people) behind that code, so an item donated and bought at an auction is their record
    (LABELLING.md 1: a key only named, `customer_id`); its key to the fundraiser is not why."""
    suggestions = judged(classifier, "churchcrm")
    for column in ("di_id", "di_item", "di_donor_id", "di_buyer_id", "di_title", "di_sellprice", "di_entereddate"):
        assert suggestions[("donateditem_di", column)].personal, column
        assert "di_donor_ID names a person" in suggestions[("donateditem_di", column)].evidence[-1], column


def test_a_key_glued_behind_its_id_names_the_table(classifier):
    """SIMPATDA: t_keberatan, a taxpayer's objection to an assessment, holds t_idwpobjek behind the
    t_ all its columns start with: a key to t_wpobjek (idwpobjek: id, then the table's name), the
    taxpayer's tax object, which is keyed to the taxpayer t_wp (LABELLING.md 1, a chain of keys
    only named). The lookup of kinds of tax object stays nobody's."""
    suggestions = judged(classifier, "simpatda_pulpis", "postgres")
    for column in ("t_idkeberatan", "t_idwpobjek", "t_alasankeberatan", "t_jmlhditetapkan", "t_tglverifikasi"):
        assert suggestions[("t_keberatan", column)].personal, column
        assert "t_idwpobjek -> t_wpobjek" in suggestions[("t_keberatan", column)].evidence[-1], column
    assert not any(suggestion.personal for (table, _column), suggestion in suggestions.items()
                   if table == "s_jenisobjek")


def test_a_table_named_for_a_thing_that_holds_an_identity_number_is_about_its_person(classifier):
    """SIDIA (a civil registry): paket_m is named as a package, a thing, but it holds the NIK, name
    and WhatsApp number of the resident applying for a marriage certificate: no thing has a NIK,
    the request is that resident's (LABELLING.md 1: a record about a person). The lookup of
    districts stays nobody's."""
    suggestions = judged(classifier, "dukcapil_sidia")
    for column in ("id_paket", "id_pemohon", "nik", "nama_pemohon", "status", "alasan_permohonan", "file_aktakawin"):
        assert suggestions[("paket_m", column)].personal, column
    assert not any(suggestions[("master_kecamatan", column)].personal
                   for column in ("id_kecamatan", "kecamatan", "id_kota"))


def test_a_table_named_as_reference_data_is_a_lookup_whatever_follows(classifier):
    """A village portal names its lookups ref_ (ref_agama, ref_desa, ref_dusun): a village or a
    hamlet, with the resident key of its head, is reference data, and a hamlet's farming potential
    keyed to it is nobody's (LABELLING.md 1: lookups are not personal, even when they point at a
    person); the key itself stays personal."""
    suggestions = judged(classifier, "portaldesa_kalimanah")
    for table, columns in (("ref_desa", ("id_desa", "nama_desa", "luas_wilayah", "alamat_desa", "kode_pos")),
                           ("ref_dusun", ("id_dusun", "nama_dusun", "id_desa")),
                           ("tbl_ped_pertanian", ("id_ped_pertanian", "deskripsi", "luas", "id_dusun"))):
        for column in columns:
            assert not suggestions[(table, column)].personal, (table, column)
    assert suggestions[("ref_desa", "id_penduduk")].personal and suggestions[("ref_dusun", "id_penduduk")].personal
    assert suggestions[("tbl_penduduk", "nik")].personal


def test_univ_is_a_university_an_organisation(classifier):
    """SIMS Beasiswa: r_univ (univ: university) is an organisation's table, its KD_USER the office
    user who entered it, so no chain from a contract with a study programme (d_kontrak -> r_jur ->
    r_fakul -> r_univ) passes through it to that user: the contract is nobody's (LABELLING.md 1:
    company tables are not personal); the key to the user stays personal."""
    suggestions = judged(classifier, "sims_beasiswa")
    assert suggestions[("r_univ", "kd_univ")].record == "organisation"
    for table, columns in (("r_univ", ("kd_univ", "nm_univ", "almt_univ")), ("r_fakul", ("kd_fakul", "nm_fakul")),
                           ("d_kontrak", ("kd_kon", "kd_jur", "no_kon", "tgl_kon", "nilai_kon"))):
        for column in columns:
            assert not suggestions[(table, column)].personal, (table, column)
    assert suggestions[("r_univ", "kd_user")].personal and suggestions[("d_user", "nm_user")].personal


def test_a_number_named_by_a_tables_last_word_is_no_key_to_it(classifier):
    """Zen Cart: sort_order in its admin pages, order statuses and product images is where each is
    listed, no key to orders (a number is a key to the table it is named as whole, keranjang.costumer,
    or behind its table's column prefix, MediaWiki's rev_actor): they are nobody's (LABELLING.md 1:
    lookups and catalogue tables are not personal); the orders stay their customers'."""
    suggestions = judged(classifier, "zencart")
    for table, columns in (("admin_pages", ("page_key", "main_page", "sort_order")),
                           ("orders_status", ("orders_status_id", "orders_status_name", "sort_order")),
                           ("products_additional_images", ("products_id", "additional_image", "sort_order"))):
        for column in columns:
            assert not suggestions[(table, column)].personal, (table, column)
    assert suggestions[("orders", "order_total")].personal


def test_people_named_behind_an_organisations_word_are_people(classifier):
    """Tracer Study: bank_lulusans is a pool of graduates ('bank' of lulusan), one row per graduate,
    not a bank's table: its name ends with people, behind an organisation's word, so it holds
    people (LABELLING.md 1: the person tables themselves) though its columns are unnamed. The
    survey's questions (survey_lulusans) stay nobody's."""
    suggestions = judged(classifier, "tracer_study_unbl")
    for column in ("id", "bank1", "bank2", "bank50", "created_at"):
        assert suggestions[("bank_lulusans", column)].personal, column
        assert suggestions[("bank_lulusans", column)].record == "person", column
    assert not any(suggestions[("survey_lulusans", column)].personal for column in ("id", "no", "survey", "pilihan"))


def test_a_prisons_inmates_are_people(classifier):
    """Lapas Jombang: wbps (warga binaan pemasyarakatan: inmates, as narapidana, tahanan, inmate,
    prisoner) holds people, their names, registration numbers and cells (LABELLING.md 1: the person
    tables themselves), though only one column names a person. Its announcements are nobody's."""
    suggestions = judged(classifier, "lapas_jombang")
    for column in ("id", "nama", "no_registrasi", "tanggal_masuk", "blok", "kamar"):
        assert suggestions[("wbps", column)].personal, column
        assert suggestions[("wbps", column)].record == "person", column
    assert not any(suggestions[("announcements", column)].personal for column in ("id", "title", "content", "date"))


def test_payroll_and_salary_advances_are_payroll_data(classifier):
    """presensigps: an employee's monthly payroll (penggajian) and cash advances against salary
    (cashbon), keyed by their nik, are payroll data: personal, no policy category, UU PDP specific
    (LABELLING.md 3: employment and payroll are UNCOVERED; salaries are personal financial data)."""
    suggestions = judged(classifier, "presensigps_karyawan")
    for table, columns in (("penggajian", ("kode_penggajian", "tanggal_gaji", "total_gaji_kotor", "gaji_bersih")),
                           ("cashbon", ("id", "tanggal_pengajuan", "jumlah", "status"))):
        for column in columns:
            suggestion = suggestions[(table, column)]
            assert suggestion.personal and suggestion.uncovered == "payroll data" and suggestion.sensitive, (table, column)


def test_a_table_with_a_favicon_is_the_sites_own(classifier):
    """SIDIA: identitas holds the office website's name, e-mail, phone, social accounts and
    favicon: only a website has a favicon, so the row is the organisation's own, not a person's
    (LABELLING.md 1, company tables), though an e-mail and a phone stand in it; the NIPs of the heads
    named in it stay personal (business contacts)."""
    suggestions = judged(classifier, "dukcapil_sidia")
    assert suggestions[("identitas", "id_identitas")].record == "organisation"
    assert not any(suggestions[("identitas", column)].personal
                   for column in ("id_identitas", "nama_website", "email", "url", "no_telp", "alamat", "favicon"))
    assert suggestions[("identitas", "nip_kadis")].personal


def test_songs_are_a_catalogue(classifier):
    """Ampache: a song (song, lagu) is a thing of the catalogue, like a product or an album, and so
    is its data: no chain from it through its artist to the user who added the artist makes it
    anyone's (LABELLING.md 1: catalogue tables are not personal)."""
    suggestions = judged(classifier, "ampache")
    for table, columns in (("song", ("id", "file", "title", "year", "time", "artist", "addition_time")),
                           ("song_data", ("song_id", "comment", "lyrics", "label"))):
        for column in columns:
            assert not suggestions[(table, column)].personal, (table, column)
            assert suggestions[(table, column)].record == "catalogue", (table, column)
    assert suggestions[("playlist", "name")].personal


def test_a_handwritten_signature_identifies_its_person(classifier):
    """SMK Wikrama's guest book: ortu, a visiting parent's row, holds a name, a phone number and a
    handwritten signature (ttd, tanda tangan): a signature is a person's own, like a selfie, so with
    the phone two columns identify someone and the row holds people (LABELLING.md 1; A.1.1). The
    list of events stays nobody's."""
    suggestions = judged(classifier, "buku_tamu_wikrama")
    for column in ("id", "nama", "ortu_dari", "keperluan", "no_hp", "foto", "ttd", "waktu"):
        assert suggestions[("ortu", column)].personal, column
        assert suggestions[("ortu", column)].record == "person", column
    assert not any(suggestions[("acara", column)].personal for column in ("id", "acara"))


def test_a_column_named_as_its_table_names_its_value_not_a_person(classifier):
    """TransMe: driver_job lists kinds of driver job, its label in driver_job.driver_job, a column
    named as its table: the table's value, not a driver, so the list names nobody and the service
    features (fitur) of each kind of job are nobody's (LABELLING.md 1: lookups are not personal)."""
    suggestions = judged(classifier, "ojek_transme")
    assert not any(suggestions[("driver_job", column)].personal for column in ("id", "driver_job", "icon", "status_job"))
    assert not any(suggestions[("fitur", column)].personal
                   for column in ("id_fitur", "fitur", "biaya", "jarak_driver", "komisi", "driver_job"))


def test_a_key_shared_by_two_tables_names_the_one_its_table_extends(classifier):
    """InvoicePlane: ip_invoice_items and ip_quote_items are both keyed by item_id; the item_id of
    ip_quote_item_amounts names the one its name extends, a quote's item, and through the quote its
    user: the amounts are that user's transaction (LABELLING.md 1, a chain of keys only named,
    order_line -> order -> customer)."""
    suggestions = judged(classifier, "invoiceplane")
    for column in ("item_amount_id", "item_id", "item_subtotal", "item_tax_total", "item_total"):
        assert suggestions[("ip_quote_item_amounts", column)].personal, column
        assert "item_id -> ip_quote_items" in suggestions[("ip_quote_item_amounts", column)].evidence[-1], column


def test_laravels_model_id_beside_model_type_is_a_polymorphic_key(classifier):
    """presensigps: Laravel's model_has_roles holds model_id beside model_type, a polymorphic key to
    the application's models, its users above all, though the table's own name begins with model:
    which role a user holds is that user's (LABELLING.md 1: a row holding a key to a person). The
    roles themselves stay reference data."""
    suggestions = judged(classifier, "presensigps_karyawan")
    for column in ("role_id", "model_type", "model_id"):
        assert suggestions[("model_has_roles", column)].personal, column
        assert "polymorphic" in suggestions[("model_has_roles", column)].evidence[-1], column
    assert not any(suggestions[("roles", column)].personal for column in ("id", "name", "guard_name"))


def test_a_number_named_only_by_a_person_word_is_a_key_to_that_person(classifier):
    """Jorani: a leave request's `employee` INT is the key of the employee asking (the person table
    is `users`): the request is theirs, an employment record (LABELLING.md 1: a key only named).
    phpList: a bounce rule's `admin` names the operator who keeps the setting; the rule is nobody's."""
    suggestions = judged(classifier, "jorani")
    for column in ("id", "startdate", "enddate", "employee", "cause", "duration", "comments"):
        assert suggestions[("leaves", column)].personal, column
    assert suggestions[("leaves", "startdate")].uncovered == "employment data"
    phplist = judged(classifier, "phplist")
    for column in ("regex", "action", "comment", "count"):
        assert not phplist[("phplist_bounceregex", column)].personal, column


def test_a_key_to_a_place_does_not_make_the_row_a_place(classifier):
    """GLPI: a computer assigned to a user holds a key to the location it stands in
    (computers.locations_id -> glpi_locations, with its latitude): the user's record, not a trace
    of where they were (LABELLING.md 2: location traces of a person are A.2.1; 4: a place's geocode
    is no person's location)."""
    suggestions = judged(classifier, "glpi")
    for column in ("name", "serial", "otherserial", "date_mod"):
        assert suggestions[("glpi_computers", column)].personal, column
        assert suggestions[("glpi_computers", column)].record != "location", column
        assert suggestions[("glpi_computers", column)].categories[:1] != ("A.2.1",), column


def test_a_key_to_a_bank_account_names_no_person(classifier):
    """Dolibarr: an expense report's fk_bank_account is a key to the bank account it is paid from,
    not to an account holder (LABELLING.md 1: a key is a person's when it names one)."""
    suggestions = judged(classifier, "dolibarr")
    assert "fk_bank_account" not in suggestions[("llx_expensereport", "total_ttc")].table_evidence


def test_a_text_named_as_a_table_and_typed_as_its_key_is_a_key_to_it(classifier):
    """SIMGOS: an anamnesis and a patient's vital signs name the visit they were taken at by its
    record number, KUNJUNGAN CHAR(19), the type of kunjungan.NOMOR and of no other column of it,
    and the registration, PENDAFTARAN CHAR(10) (pendaftaran.NOMOR): rows of the patient, health
    data (LABELLING.md 1: a key only named; 3). Toko besi: a purchase order's `user` VARCHAR(255)
    is typed as every text of master_user, its key too: no key by its type, the order the shop's."""
    suggestions = judged(classifier, "simgos")
    for table, columns in (("anamnesis", ("ID", "KUNJUNGAN", "KELUHAN_UTAMA", "RIWAYAT_ALERGI", "TANGGAL", "STATUS")),
                           ("tanda_vital", ("ID", "SISTOLIK", "SUHU", "WAKTU_PEMERIKSAAN", "OLEH"))):
        for column in columns:
            suggestion = suggestions[(table, column.casefold())]
            assert suggestion.personal, (table, column)
            assert suggestion.uncovered == "health data", (table, column)
    assert suggestions[("tanda_vital", "id")].table_evidence.startswith("row of a pasien: KUNJUNGAN -> kunjungan")
    assert suggestions[("anamnesis", "id")].table_evidence.startswith("row of a pasien: PENDAFTARAN -> pendaftaran")
    toko = judged(classifier, "toko_besi_tob")
    for column in ("id", "no_order_po", "total_pembelian", "grand_total", "tanggal_input"):
        assert not toko[("master_po", column)].personal, column


def test_a_number_naming_the_rows_author_makes_it_their_work(classifier):
    """TestLink: a test case's version and a build hold the author_id of the user who wrote them
    (users has no table named author): each row is that user's work record (LABELLING.md 1: a key
    only named). A test plan, with no key to a person, is the organisation's."""
    suggestions = judged(classifier, "testlink")
    for table, columns in (("tcversions", ("id", "summary", "preconditions", "author_id", "creation_ts", "status")),
                           ("builds", ("id", "name", "notes", "author_id", "release_date"))):
        for column in columns:
            assert suggestions[(table, column)].personal, (table, column)
        assert suggestions[(table, "id")].table_evidence == f"row of a person: {table}.author_id names a person"
    assert not any(suggestions[("testplans", column)].personal for column in ("id", "notes", "active", "api_key"))


def test_a_computer_assigned_to_someone_is_their_device(classifier):
    """GLPI: a computer held by a user (computers.users_id -> glpi_users) is a device of that
    person, every column A.2.4 first (LABELLING.md 2: devices of a person), its serial, its model
    and its last boot included; the locations it stands in are nobody's."""
    suggestions = judged(classifier, "glpi")
    for column in ("id", "name", "serial", "computermodels_id", "last_boot", "users_id"):
        assert suggestions[("glpi_computers", column)].record == "device", column
        assert suggestions[("glpi_computers", column)].categories[0] == "A.2.4", column
    assert not suggestions[("glpi_locations", "name")].personal


def test_a_staff_members_leave_and_expense_reports_are_employment_records(classifier):
    """Dolibarr: a leave request (llx_holiday.fk_user) and an expense report (fk_user_author) of a
    user are that employee's employment records, which no policy category covers (LABELLING.md 3:
    employment and payroll are UNCOVERED), not a plain account record (A.1.1)."""
    suggestions = judged(classifier, "dolibarr")
    for table, columns in (("llx_holiday", ("rowid", "date_debut", "date_fin", "halfday", "description", "statut")),
                           ("llx_expensereport", ("rowid", "ref", "total_ht", "date_debut", "note_public"))):
        for column in columns:
            assert suggestions[(table, column)].personal, (table, column)
            assert suggestions[(table, column)].uncovered == "employment data", (table, column)
