-- BAYAR-2210: refund untuk kanal gerai ritel tidak bisa kembali ke sumber dana,
-- jadi dana dikirim ke rekening bank yang diisi pengguna.

CREATE TABLE pembayaran.rekening_refund (
    refund_id              BIGINT       PRIMARY KEY REFERENCES pembayaran.refund (id),
    bank_id                SMALLINT     NOT NULL REFERENCES pembayaran.bank (id),
    no_rekening            VARCHAR(34)  NOT NULL,
    nama_pemilik_rekening  VARCHAR(150) NOT NULL
);

-- Transfer antarnegara: kode SWIFT bank tujuan.
ALTER TABLE pembayaran.bank ADD COLUMN kode_swift VARCHAR(11);
