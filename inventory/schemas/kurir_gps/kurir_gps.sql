-- Pelacakan kurir (MySQL 8, database `logistik`).
-- Titik GPS dikirim mitra logistik lewat webhook tiap 30-60 detik selama paket dibawa kurir.

CREATE TABLE `posisi_kurir` (
  `id`             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `mitra_kurir`    VARCHAR(30)     NOT NULL COMMENT 'kode mitra logistik, mis. kirimcepat',
  `no_resi`        VARCHAR(40)     NOT NULL,
  `latitude`       DECIMAL(9,6)    NOT NULL,
  `longitude`      DECIMAL(9,6)    NOT NULL,
  `akurasi_meter`  FLOAT           NULL,
  `direkam_pada`   DATETIME(3)     NOT NULL COMMENT 'waktu titik direkam di perangkat kurir',
  `diterima_pada`  DATETIME(3)     NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `ix_posisi_resi_waktu` (`no_resi`, `direkam_pada`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Titik GPS kurir dari mitra logistik';

CREATE TABLE `bukti_serah_terima` (
  `no_resi`               VARCHAR(40)  NOT NULL,
  `mitra_kurir`           VARCHAR(30)  NOT NULL,
  `nama_penerima_aktual`  VARCHAR(150) NULL COMMENT 'nama orang yang menerima paket di lokasi',
  `hubungan_penerima`     VARCHAR(30)  NULL COMMENT 'ybs, keluarga, satpam, tetangga, resepsionis',
  `foto_bukti_url`        VARCHAR(500) NULL,
  `latitude_serah`        DECIMAL(9,6) NULL,
  `longitude_serah`       DECIMAL(9,6) NULL,
  `diserahkan_pada`       DATETIME     NOT NULL,
  PRIMARY KEY (`no_resi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Proof of delivery dari mitra logistik';
