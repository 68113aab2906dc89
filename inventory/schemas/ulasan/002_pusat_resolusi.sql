-- Pusat Resolusi: komplain pembeli atas pesanan, dan bukti yang diunggah.

CREATE TABLE komplain (
    id              BIGSERIAL   PRIMARY KEY,
    pesanan_id      BIGINT      NOT NULL,
    pembeli_id      BIGINT      NOT NULL,
    toko_id         BIGINT      NOT NULL,
    jenis_masalah   VARCHAR(40) NOT NULL,
    deskripsi       TEXT        NOT NULL,
    solusi_diminta  VARCHAR(30) NOT NULL,
    status          VARCHAR(20) NOT NULL DEFAULT 'dibuka',
    dieskalasi      BOOLEAN     NOT NULL DEFAULT FALSE,
    dibuka_pada     TIMESTAMPTZ NOT NULL DEFAULT now(),
    ditutup_pada    TIMESTAMPTZ
);

CREATE INDEX ix_komplain_pesanan ON komplain (pesanan_id);

COMMENT ON COLUMN komplain.jenis_masalah IS 'barang_tidak_sesuai, barang_rusak, tidak_diterima, kurang_jumlah';
COMMENT ON COLUMN komplain.solusi_diminta IS 'refund_penuh, refund_sebagian, tukar_barang';
COMMENT ON COLUMN komplain.dieskalasi IS 'TRUE bila diambil alih tim LaciMartKTUM karena tidak ada kesepakatan';

CREATE TABLE bukti_komplain (
    id             BIGSERIAL   PRIMARY KEY,
    komplain_id    BIGINT      NOT NULL REFERENCES komplain (id) ON DELETE CASCADE,
    diunggah_oleh  BIGINT      NOT NULL,
    file_url       TEXT        NOT NULL,
    jenis_file     VARCHAR(20) NOT NULL,
    diunggah_pada  TIMESTAMPTZ NOT NULL DEFAULT now()
);

COMMENT ON COLUMN bukti_komplain.diunggah_oleh IS 'users.id pembeli atau penjual';
COMMENT ON COLUMN bukti_komplain.jenis_file IS 'foto, video, dokumen';
