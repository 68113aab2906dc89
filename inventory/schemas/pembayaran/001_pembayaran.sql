-- Layanan pembayaran (PostgreSQL 15), skema `pembayaran`.
-- Nomor kartu (PAN) tidak pernah disimpan: kartu disimpan sebagai token dari vault PCI-DSS
-- milik payment gateway.

CREATE SCHEMA IF NOT EXISTS pembayaran;

CREATE TABLE pembayaran.bank (
    id    SMALLINT     PRIMARY KEY,
    kode  CHAR(3)      NOT NULL UNIQUE,
    nama  VARCHAR(100) NOT NULL
);

COMMENT ON COLUMN pembayaran.bank.kode IS 'Kode bank BI, mis. 014';

CREATE TABLE pembayaran.transaksi (
    id            BIGSERIAL      PRIMARY KEY,
    pesanan_id    BIGINT         NOT NULL,
    user_id       BIGINT         NOT NULL,
    kanal         VARCHAR(30)    NOT NULL,
    jumlah        NUMERIC(14, 2) NOT NULL,
    mata_uang     CHAR(3)        NOT NULL DEFAULT 'IDR',
    status        VARCHAR(20)    NOT NULL DEFAULT 'menunggu',
    ref_gateway   VARCHAR(64),
    dibuat_pada   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    dibayar_pada  TIMESTAMPTZ
);

CREATE INDEX ix_transaksi_user ON pembayaran.transaksi (user_id, dibuat_pada DESC);
CREATE UNIQUE INDEX ux_transaksi_ref ON pembayaran.transaksi (ref_gateway);

COMMENT ON COLUMN pembayaran.transaksi.kanal IS 'kartu_kredit, va, gerai_ritel, e_wallet, paylater';
COMMENT ON COLUMN pembayaran.transaksi.ref_gateway IS 'Id transaksi di sisi payment gateway';

CREATE TABLE pembayaran.token_kartu (
    id                   BIGSERIAL    PRIMARY KEY,
    user_id              BIGINT       NOT NULL,
    token                VARCHAR(128) NOT NULL UNIQUE,
    bin                  CHAR(8)      NOT NULL,
    empat_digit_akhir    CHAR(4)      NOT NULL,
    jaringan             VARCHAR(20)  NOT NULL,
    nama_pemegang_kartu  VARCHAR(150),
    bulan_kedaluwarsa    SMALLINT     NOT NULL CHECK (bulan_kedaluwarsa BETWEEN 1 AND 12),
    tahun_kedaluwarsa    SMALLINT     NOT NULL,
    dibuat_pada          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    dihapus_pada         TIMESTAMPTZ
);

COMMENT ON COLUMN pembayaran.token_kartu.token IS 'Token dari vault gateway; tidak bisa dibalik menjadi nomor kartu';
COMMENT ON COLUMN pembayaran.token_kartu.bin IS '6-8 digit pertama nomor kartu (bank penerbit)';
COMMENT ON COLUMN pembayaran.token_kartu.jaringan IS 'visa, mastercard, jcb, amex';

CREATE TABLE pembayaran.transaksi_kartu (
    transaksi_id    BIGINT      PRIMARY KEY REFERENCES pembayaran.transaksi (id),
    token_kartu_id  BIGINT      NOT NULL REFERENCES pembayaran.token_kartu (id),
    kode_otorisasi  VARCHAR(12),
    hasil_3ds       VARCHAR(20),
    skor_risiko     SMALLINT,
    cicilan_bulan   SMALLINT    NOT NULL DEFAULT 0
);

COMMENT ON COLUMN pembayaran.transaksi_kartu.hasil_3ds IS 'frictionless, challenge_ok, challenge_gagal';
COMMENT ON COLUMN pembayaran.transaksi_kartu.skor_risiko IS 'Skor fraud 0-100 dari gateway';

CREATE TABLE pembayaran.pembayaran_gerai_ritel (
    transaksi_id     BIGINT       PRIMARY KEY REFERENCES pembayaran.transaksi (id),
    kode_pembayaran  VARCHAR(20)  NOT NULL UNIQUE,
    nama_gerai       VARCHAR(30)  NOT NULL,
    kode_gerai       VARCHAR(20),
    kota_gerai       VARCHAR(100),
    nama_pembayar    VARCHAR(150),
    batas_waktu      TIMESTAMPTZ  NOT NULL,
    dibayar_pada     TIMESTAMPTZ
);

COMMENT ON TABLE pembayaran.pembayaran_gerai_ritel IS 'Pembayaran tunai di gerai ritel (minimarket)';
COMMENT ON COLUMN pembayaran.pembayaran_gerai_ritel.nama_gerai IS 'indomaret, alfamart, ...';
COMMENT ON COLUMN pembayaran.pembayaran_gerai_ritel.kode_gerai IS 'Kode toko tempat pembayaran dilakukan, dari laporan mitra gerai';
COMMENT ON COLUMN pembayaran.pembayaran_gerai_ritel.nama_pembayar IS 'Nama yang disebut pembayar di kasir';

CREATE TABLE pembayaran.refund (
    id             BIGSERIAL      PRIMARY KEY,
    transaksi_id   BIGINT         NOT NULL REFERENCES pembayaran.transaksi (id),
    jumlah         NUMERIC(14, 2) NOT NULL,
    alasan         VARCHAR(255),
    status         VARCHAR(20)    NOT NULL DEFAULT 'diajukan',
    diajukan_pada  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    selesai_pada   TIMESTAMPTZ
);
