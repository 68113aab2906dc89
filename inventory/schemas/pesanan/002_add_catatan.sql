-- PESANAN-877: catatan pembeli untuk penjual, dan berat barang untuk menghitung ongkir.

ALTER TABLE pesanan ADD COLUMN catatan_pembeli VARCHAR(500);
ALTER TABLE item_pesanan ADD COLUMN berat_gram INTEGER NOT NULL DEFAULT 0;

COMMENT ON COLUMN pesanan.catatan_pembeli IS 'Catatan bebas dari pembeli, mis. warna cadangan';
