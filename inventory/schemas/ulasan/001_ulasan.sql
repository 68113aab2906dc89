-- Layanan ulasan (PostgreSQL 15): ulasan dan rating produk.

CREATE TABLE ulasan (
    id               BIGSERIAL   PRIMARY KEY,
    pesanan_id       BIGINT      NOT NULL,
    produk_id        BIGINT      NOT NULL,
    user_id          BIGINT      NOT NULL,
    rating           SMALLINT    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    isi_ulasan       TEXT,
    foto_urls        TEXT[],
    anonim           BOOLEAN     NOT NULL DEFAULT FALSE,
    balasan_penjual  TEXT,
    dibuat_pada      TIMESTAMPTZ NOT NULL DEFAULT now(),
    diubah_pada      TIMESTAMPTZ,
    UNIQUE (pesanan_id, produk_id)
);

CREATE INDEX ix_ulasan_produk ON ulasan (produk_id, dibuat_pada DESC);

COMMENT ON COLUMN ulasan.anonim IS 'Bila TRUE nama pengulas disamarkan (mis. a***i) di halaman produk';
COMMENT ON COLUMN ulasan.foto_urls IS 'Foto produk yang diunggah pembeli';
