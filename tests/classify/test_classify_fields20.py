"""The field pass, read from the seen rounds' misses and the table pass's notes (issue 11): words
a name holds for a person's data that the vocabulary did not know. Table shapes are those of
real schemas, written small."""

from __future__ import annotations

from helpers import classify, source


def test_kontak_person_ttl_and_a_jabber_id_are_a_persons_data_wherever_they_stand(classifier):
    """A wholesaler's 'kontak_person_pbf' (Indonesian 'kontak' with the borrowed 'person') is its
    contact person, A.1.1, as 'contact_person' is; a letter's 'ttl' (tempat, tanggal lahir: the
    place and date of birth, text) is the person's birth data though the letter is no person
    table; a chat server's 'jid' (a Jabber ID, user@host) is a user's identifier in a table
    keyed by nothing else. A cache's 'ttl INT' is a time to live, no one's."""
    fields = source(("pbf", [("id_pbf", "INT PRIMARY KEY"), ("nama_pbf", "VARCHAR(100)"),
                             ("alamat_pbf", "VARCHAR(200)"), ("kontak_person_pbf", "VARCHAR(100)")]),
                    ("cache", [("cache_key", "VARCHAR(100) PRIMARY KEY"), ("value", "TEXT"), ("ttl", "INT")]),
                    ("surat_keterangan", [("id", "INT PRIMARY KEY"), ("nomor_surat", "VARCHAR(50)"),
                                          ("ttl", "VARCHAR(100)")]),
                    ("muc_registered", [("jid", "TEXT"), ("host", "TEXT"), ("created_at", "TIMESTAMP")]))
    judged = classify(classifier, fields)
    for cell in (("pbf", "kontak_person_pbf"), ("surat_keterangan", "ttl"), ("muc_registered", "jid")):
        assert judged[cell].personal and judged[cell].categories[:1] == ("A.1.1",), (cell, judged[cell])
    assert not judged[("cache", "ttl")].personal
    assert not judged[("pbf", "nama_pbf")].personal


def test_an_abbreviation_of_the_tables_name_heading_its_columns_is_no_word_of_theirs(classifier):
    """A savings-and-loan cooperative's tables head their columns with their name cut short:
    pinjaman's pin_ (no PIN), jaminan's jam_ (no hour), simpanan's sim_ (no driving licence).
    Each column of a member's loan is that loan's, a transaction (A.1.5), by the words after the
    head; a column whose head is a word of its own (a forum's forum_password) keeps it."""
    fields = source(("anggota", [("ang_id", "INT PRIMARY KEY"), ("ang_nama", "VARCHAR(100)"),
                                 ("ang_alamat", "VARCHAR(200)")]),
                    ("pinjaman", [("pin_id", "INT PRIMARY KEY"), ("pin_ang_id", "INT REFERENCES anggota(ang_id)"),
                                  ("pin_pengajuan", "DECIMAL(12, 2)"), ("pin_tglpengajuan", "DATE"),
                                  ("pin_statuspinjaman", "VARCHAR(10)"), ("pin_info", "TEXT")]),
                    ("jaminan", [("jam_id", "INT PRIMARY KEY"), ("jam_pin_id", "INT REFERENCES pinjaman(pin_id)"),
                                 ("jam_unit", "VARCHAR(100)"), ("jam_noregistrasi", "VARCHAR(50)"),
                                 ("jam_tahunpembuatan", "INT")]))
    judged = classify(classifier, fields)
    for cell in (("pinjaman", "pin_pengajuan"), ("pinjaman", "pin_statuspinjaman"), ("pinjaman", "pin_info"),
                 ("jaminan", "jam_unit"), ("jaminan", "jam_noregistrasi")):
        assert judged[cell].personal and judged[cell].categories[:1] == ("A.1.5",), (cell, judged[cell])
    forums = classify(classifier, source(("forums", [("forum_id", "INT PRIMARY KEY"), ("forum_name", "VARCHAR(100)"),
                                                     ("forum_password", "VARCHAR(40)"), ("forum_desc", "TEXT")])))
    assert not forums[("forums", "forum_password")].personal


def test_whether_a_person_works_or_runs_a_business_is_employment_data(classifier):
    """An alumni tracer study's row: whether the alumnus already works (sudah_bekerja), runs a
    business of their own (berwirausaha) or does not work yet (belum_bekerja) is employment data,
    which no policy category covers (LABELLING.md section 3); their name stays A.1.1. A job
    vacancy's status_kerja, in a table about no person, is no one's."""
    fields = source(("alumni", [("id", "INT PRIMARY KEY"), ("nim", "VARCHAR(20)"), ("nama", "VARCHAR(100)"),
                                ("sudah_bekerja", "VARCHAR(5)"), ("berwirausaha", "VARCHAR(5)"),
                                ("belum_bekerja", "VARCHAR(5)")]),
                    ("lowongan", [("id", "INT PRIMARY KEY"), ("judul", "VARCHAR(100)"), ("status_kerja", "VARCHAR(20)")]))
    judged = classify(classifier, fields)
    for column in ("sudah_bekerja", "berwirausaha", "belum_bekerja"):
        suggestion = judged[("alumni", column)]
        assert suggestion.personal and not suggestion.categories and suggestion.uncovered == "employment data", \
            (column, suggestion)
    assert judged[("alumni", "nama")].categories[:1] == ("A.1.1",)
    assert not judged[("lowongan", "status_kerja")].personal


def test_a_civil_servants_training_a_pupils_scholarship_and_a_migrant_worker_are_uncovered(classifier):
    """A civil servant's row: the training courses they took (nama_diklat, tahun_diklat:
    pendidikan dan pelatihan) are their education record; a pupil's scholarship (beasiswa) too;
    a household member gone abroad as a migrant worker (sebagai_tki, tki_jumlah) is employment
    data. None of them has a policy category (LABELLING.md section 3); the name stays A.1.1."""
    fields = source(("asn", [("nip", "VARCHAR(18) PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                             ("nama_diklat", "VARCHAR(200)"), ("tahun_diklat", "YEAR")]),
                    ("siswa", [("nisn", "VARCHAR(10) PRIMARY KEY"), ("nama", "VARCHAR(100)"),
                               ("beasiswa", "VARCHAR(50)")]),
                    ("anggota_keluarga", [("id", "INT PRIMARY KEY"), ("nik", "CHAR(16)"), ("nama", "VARCHAR(100)"),
                                          ("sebagai_tki", "VARCHAR(5)"), ("tki_negara", "VARCHAR(50)")]))
    judged = classify(classifier, fields)
    for cell, kind in ((("asn", "nama_diklat"), "education record"), (("asn", "tahun_diklat"), "education record"),
                       (("siswa", "beasiswa"), "education record"),
                       (("anggota_keluarga", "sebagai_tki"), "employment data"),
                       (("anggota_keluarga", "tki_negara"), "employment data")):
        suggestion = judged[cell]
        assert suggestion.personal and not suggestion.categories and suggestion.uncovered == kind, (cell, suggestion)
    assert judged[("asn", "nama")].categories[:1] == ("A.1.1",)
