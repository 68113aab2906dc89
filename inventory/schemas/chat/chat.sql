-- Layanan chat (PostgreSQL 15): chat pembeli-penjual dan diskusi produk.

CREATE TABLE percakapan (
    id                   BIGSERIAL   PRIMARY KEY,
    pembeli_id           BIGINT      NOT NULL,
    toko_id              BIGINT      NOT NULL,
    produk_id            BIGINT,
    dibuat_pada          TIMESTAMPTZ NOT NULL DEFAULT now(),
    pesan_terakhir_pada  TIMESTAMPTZ,
    UNIQUE (pembeli_id, toko_id)
);

COMMENT ON COLUMN percakapan.produk_id IS 'Produk yang ditanyakan saat chat dibuka (opsional)';

CREATE TABLE pesan (
    id              BIGSERIAL   PRIMARY KEY,
    percakapan_id   BIGINT      NOT NULL REFERENCES percakapan (id) ON DELETE CASCADE,
    pengirim_id     BIGINT      NOT NULL,
    tipe            VARCHAR(20) NOT NULL DEFAULT 'teks',
    isi_pesan       TEXT        NOT NULL,
    lampiran_url    TEXT,
    dikirim_pada    TIMESTAMPTZ NOT NULL DEFAULT now(),
    dibaca_pada     TIMESTAMPTZ,
    ditandai_spam   BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE INDEX ix_pesan_percakapan ON pesan (percakapan_id, dikirim_pada);

COMMENT ON COLUMN pesan.tipe IS 'teks, gambar, kartu_produk, kartu_invoice';
COMMENT ON COLUMN pesan.ditandai_spam IS 'Diisi model anti-spam atau laporan penerima';

CREATE TABLE diskusi_produk (
    id             BIGSERIAL   PRIMARY KEY,
    produk_id      BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    parent_id      BIGINT      REFERENCES diskusi_produk (id),
    isi            TEXT        NOT NULL,
    dibuat_pada    TIMESTAMPTZ NOT NULL DEFAULT now(),
    disembunyikan  BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE INDEX ix_diskusi_produk ON diskusi_produk (produk_id, dibuat_pada DESC);

COMMENT ON COLUMN diskusi_produk.parent_id IS 'Diisi bila ini balasan atas diskusi lain';
COMMENT ON COLUMN diskusi_produk.disembunyikan IS 'Disembunyikan moderator karena melanggar aturan';
