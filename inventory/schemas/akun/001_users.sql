-- Layanan akun (PostgreSQL 15): akun pengguna LaciMartKTUM.
-- Pemilik: tim-akun. Migrasi dijalankan berurutan menurut nomor file.

CREATE TABLE users (
    id                  BIGSERIAL    PRIMARY KEY,
    username            VARCHAR(32)  NOT NULL UNIQUE,
    email               VARCHAR(254) NOT NULL UNIQUE,
    email_terverifikasi BOOLEAN      NOT NULL DEFAULT FALSE,
    no_hp               VARCHAR(20),
    password_hash       VARCHAR(255) NOT NULL,
    nama_lengkap        VARCHAR(150) NOT NULL,
    jenis_kelamin       CHAR(1)      CHECK (jenis_kelamin IN ('L', 'P')),
    foto_profil_url     TEXT,
    nik                 CHAR(16),
    nama_ibu_kandung    VARCHAR(150),
    kode_referral       VARCHAR(12)  UNIQUE,
    status              SMALLINT     NOT NULL DEFAULT 1,
    login_terakhir      TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX ux_users_no_hp ON users (no_hp) WHERE no_hp IS NOT NULL;
CREATE INDEX ix_users_created_at ON users (created_at);

COMMENT ON TABLE users IS 'Akun pengguna (pembeli dan penjual)';
COMMENT ON COLUMN users.no_hp IS 'Nomor HP format E.164 tanpa plus, mis. 6281200000001';
COMMENT ON COLUMN users.password_hash IS 'argon2id; password asli tidak pernah disimpan';
COMMENT ON COLUMN users.nik IS 'NIK KTP, hanya untuk penjual yang mengajukan verifikasi toko (KYC)';
COMMENT ON COLUMN users.nama_ibu_kandung IS 'Pertanyaan keamanan untuk pemulihan akun lewat CS';
COMMENT ON COLUMN users.status IS '1 aktif, 2 dibekukan, 3 ditutup pengguna, 9 diblokir karena fraud';
