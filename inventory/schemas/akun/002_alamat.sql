-- Buku alamat pengguna. Satu pengguna bisa punya banyak alamat (Rumah, Kantor, ...).

CREATE TABLE alamat (
    id              BIGSERIAL    PRIMARY KEY,
    user_id         BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label           VARCHAR(50)  NOT NULL DEFAULT 'Rumah',
    nama_penerima   VARCHAR(150) NOT NULL,
    no_hp_penerima  VARCHAR(20)  NOT NULL,
    alamat_lengkap  TEXT         NOT NULL,
    kelurahan       VARCHAR(100),
    kecamatan       VARCHAR(100) NOT NULL,
    kota_kabupaten  VARCHAR(100) NOT NULL,
    provinsi        VARCHAR(100) NOT NULL,
    kode_pos        CHAR(5)      NOT NULL,
    latitude        NUMERIC(9, 6),
    longitude       NUMERIC(9, 6),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX ix_alamat_user_id ON alamat (user_id);

COMMENT ON COLUMN alamat.label IS 'Nama alamat pilihan pengguna: Rumah, Kantor, Kos, ...';
COMMENT ON COLUMN alamat.latitude IS 'Titik pin peta yang dipilih pengguna (opsional)';
COMMENT ON COLUMN alamat.longitude IS 'Titik pin peta yang dipilih pengguna (opsional)';
