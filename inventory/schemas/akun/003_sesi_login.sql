-- Sesi login aktif; satu baris per refresh token yang diterbitkan.

CREATE TABLE sesi_login (
    id                  UUID         PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    refresh_token_hash  CHAR(64)     NOT NULL UNIQUE,
    ip_address          INET         NOT NULL,
    user_agent          TEXT,
    perangkat_id        VARCHAR(64),
    metode_login        VARCHAR(20)  NOT NULL DEFAULT 'password',
    login_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    kedaluwarsa_at      TIMESTAMPTZ  NOT NULL,
    dicabut_at          TIMESTAMPTZ
);

CREATE INDEX ix_sesi_login_user_id ON sesi_login (user_id, login_at DESC);

COMMENT ON COLUMN sesi_login.refresh_token_hash IS 'SHA-256 dari refresh token';
COMMENT ON COLUMN sesi_login.perangkat_id IS 'Pengenal perangkat dari aplikasi (sama dengan perangkat.device_id)';
COMMENT ON COLUMN sesi_login.metode_login IS 'password, otp_sms, google, facebook, apple';
