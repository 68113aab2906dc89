-- Layanan pesanan (PostgreSQL 15): pesanan, item, dan pengiriman.

CREATE TYPE status_pesanan AS ENUM (
    'menunggu_pembayaran', 'diproses', 'dikirim', 'selesai', 'dibatalkan'
);

CREATE TABLE pesanan (
    id                BIGSERIAL      PRIMARY KEY,
    no_invoice        VARCHAR(40)    NOT NULL UNIQUE,
    pembeli_id        BIGINT         NOT NULL,
    toko_id           BIGINT         NOT NULL,
    status            status_pesanan NOT NULL DEFAULT 'menunggu_pembayaran',
    subtotal          NUMERIC(14, 2) NOT NULL,
    ongkos_kirim      NUMERIC(12, 2) NOT NULL DEFAULT 0,
    diskon            NUMERIC(12, 2) NOT NULL DEFAULT 0,
    total_bayar       NUMERIC(14, 2) NOT NULL,
    kanal_pembayaran  VARCHAR(30),
    dibuat_pada       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    dibayar_pada      TIMESTAMPTZ,
    selesai_pada      TIMESTAMPTZ
);

CREATE INDEX ix_pesanan_pembeli ON pesanan (pembeli_id, dibuat_pada DESC);
CREATE INDEX ix_pesanan_toko ON pesanan (toko_id, status);

COMMENT ON COLUMN pesanan.no_invoice IS 'Nomor invoice yang dilihat pengguna, mis. INV/20240101/MPL/0000000001';
COMMENT ON COLUMN pesanan.pembeli_id IS 'users.id di layanan akun (tanpa FK lintas layanan)';
COMMENT ON COLUMN pesanan.kanal_pembayaran IS 'va_bca, va_mandiri, kartu_kredit, gerai_ritel, e_wallet, paylater';

CREATE TABLE item_pesanan (
    id            BIGSERIAL      PRIMARY KEY,
    pesanan_id    BIGINT         NOT NULL REFERENCES pesanan (id) ON DELETE CASCADE,
    produk_id     BIGINT         NOT NULL,
    nama_produk   VARCHAR(255)   NOT NULL,
    varian        VARCHAR(100),
    jumlah        INTEGER        NOT NULL CHECK (jumlah > 0),
    harga_satuan  NUMERIC(14, 2) NOT NULL
);

CREATE INDEX ix_item_pesanan_pesanan ON item_pesanan (pesanan_id);

COMMENT ON COLUMN item_pesanan.nama_produk IS 'Salinan nama produk saat checkout';

CREATE TABLE pengiriman (
    id                 BIGSERIAL    PRIMARY KEY,
    pesanan_id         BIGINT       NOT NULL UNIQUE REFERENCES pesanan (id),
    nama_penerima      VARCHAR(150) NOT NULL,
    no_hp_penerima     VARCHAR(20)  NOT NULL,
    alamat_pengiriman  TEXT         NOT NULL,
    kecamatan          VARCHAR(100) NOT NULL,
    kota               VARCHAR(100) NOT NULL,
    provinsi           VARCHAR(100) NOT NULL,
    kode_pos           CHAR(5)      NOT NULL,
    kurir              VARCHAR(30)  NOT NULL,
    layanan_kurir      VARCHAR(30),
    no_resi            VARCHAR(40),
    dikirim_pada       TIMESTAMPTZ,
    diterima_pada      TIMESTAMPTZ
);

CREATE INDEX ix_pengiriman_resi ON pengiriman (no_resi);

COMMENT ON COLUMN pengiriman.alamat_pengiriman IS 'Salinan alamat saat checkout; tidak ikut berubah bila buku alamat diubah';
COMMENT ON COLUMN pengiriman.kurir IS 'Kode mitra kurir: kirimcepat, antarkilat, ...';
COMMENT ON COLUMN pengiriman.layanan_kurir IS 'REG, YES, SAMEDAY, INSTANT';
