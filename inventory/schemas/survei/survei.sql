-- Survei pengguna (PostgreSQL 15), dikelola tim riset.
-- Survei bisa dijalankan LaciMartKTUM sendiri atau lembaga riset yang ditunjuk resmi.

CREATE TABLE survei (
    id           SERIAL       PRIMARY KEY,
    judul        VARCHAR(200) NOT NULL,
    deskripsi    TEXT,
    pelaksana    VARCHAR(100) NOT NULL DEFAULT 'LaciMartKTUM',
    dibuka_pada  TIMESTAMPTZ  NOT NULL,
    ditutup_pada TIMESTAMPTZ
);

COMMENT ON COLUMN survei.pelaksana IS 'LaciMartKTUM atau nama lembaga riset yang ditunjuk';

CREATE TABLE pertanyaan (
    id               SERIAL      PRIMARY KEY,
    survei_id        INTEGER     NOT NULL REFERENCES survei (id) ON DELETE CASCADE,
    urutan           SMALLINT    NOT NULL,
    teks_pertanyaan  TEXT        NOT NULL,
    tipe_jawaban     VARCHAR(20) NOT NULL DEFAULT 'skala',
    UNIQUE (survei_id, urutan)
);

COMMENT ON COLUMN pertanyaan.tipe_jawaban IS 'skala, pilihan, teks';

CREATE TABLE responden (
    id                   BIGSERIAL    PRIMARY KEY,
    survei_id            INTEGER      NOT NULL REFERENCES survei (id),
    user_id              BIGINT,
    rentang_usia         VARCHAR(10),
    jenis_kelamin        CHAR(1),
    kota_domisili        VARCHAR(100),
    pekerjaan            VARCHAR(100),
    agama                VARCHAR(30),
    bersedia_dihubungi   BOOLEAN      NOT NULL DEFAULT FALSE,
    mulai_pada           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    selesai_pada         TIMESTAMPTZ
);

COMMENT ON COLUMN responden.rentang_usia IS '<18, 18-24, 25-34, 35-44, 45+';
COMMENT ON COLUMN responden.agama IS 'Ditambahkan untuk segmentasi studi belanja Ramadan 2024';
COMMENT ON COLUMN responden.bersedia_dihubungi IS 'Responden setuju dihubungi untuk wawancara lanjutan';

CREATE TABLE jawaban (
    id              BIGSERIAL   PRIMARY KEY,
    responden_id    BIGINT      NOT NULL REFERENCES responden (id) ON DELETE CASCADE,
    pertanyaan_id   INTEGER     NOT NULL REFERENCES pertanyaan (id),
    jawaban_skala   SMALLINT,
    jawaban_teks    TEXT,
    dijawab_pada    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (responden_id, pertanyaan_id)
);
