-- AKUN-1432: voucher ulang tahun dan verifikasi nomor HP.

ALTER TABLE users ADD COLUMN no_hp_terverifikasi BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN tanggal_lahir DATE;
