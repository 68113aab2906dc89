-- Helpdesk layanan pelanggan (MySQL 8, database `cs_helpdesk`).

CREATE TABLE `tiket` (
  `id`                  BIGINT UNSIGNED  NOT NULL AUTO_INCREMENT,
  `nomor_tiket`         VARCHAR(20)      NOT NULL COMMENT 'mis. CS-2024-0000123',
  `user_id`             BIGINT UNSIGNED  NULL COMMENT 'kosong bila pelapor belum login',
  `nama_pelapor`        VARCHAR(150)     NOT NULL,
  `email_pelapor`       VARCHAR(254)     NULL,
  `no_hp_pelapor`       VARCHAR(20)      NULL,
  `kanal`               ENUM('chat','email','telepon','formulir') NOT NULL,
  `kategori`            VARCHAR(50)      NOT NULL COMMENT 'akun, pesanan, pembayaran, pengiriman, privasi, lainnya',
  `subjek`              VARCHAR(255)     NOT NULL,
  `deskripsi`           TEXT             NOT NULL,
  `no_invoice_terkait`  VARCHAR(40)      NULL,
  `prioritas`           TINYINT UNSIGNED NOT NULL DEFAULT 3 COMMENT '1 tertinggi, 5 terendah',
  `status`              ENUM('baru','diproses','menunggu_pengguna','selesai') NOT NULL DEFAULT 'baru',
  `agen_id`             INT UNSIGNED     NULL COMMENT 'agen CS yang menangani',
  `dibuat_pada`         DATETIME         NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `diperbarui_pada`     DATETIME         NULL ON UPDATE CURRENT_TIMESTAMP,
  `ditutup_pada`        DATETIME         NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_nomor_tiket` (`nomor_tiket`),
  KEY `ix_tiket_user` (`user_id`),
  KEY `ix_tiket_status` (`status`, `prioritas`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Tiket layanan pelanggan';

CREATE TABLE `balasan_tiket` (
  `id`            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `tiket_id`      BIGINT UNSIGNED NOT NULL,
  `pengirim`      ENUM('pengguna','agen','sistem') NOT NULL,
  `isi`           TEXT            NOT NULL,
  `lampiran_url`  VARCHAR(500)    NULL,
  `dikirim_pada`  DATETIME        NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `ix_balasan_tiket` (`tiket_id`, `dikirim_pada`),
  CONSTRAINT `fk_balasan_tiket` FOREIGN KEY (`tiket_id`) REFERENCES `tiket` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `rekaman_panggilan` (
  `id`               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `tiket_id`         BIGINT UNSIGNED NOT NULL,
  `no_hp_penelepon`  VARCHAR(20)     NOT NULL COMMENT 'caller ID dari PBX',
  `durasi_detik`     INT UNSIGNED    NOT NULL DEFAULT 0,
  `rekaman_url`      VARCHAR(500)    NULL COMMENT 'rekaman suara di object storage, disimpan 90 hari',
  `dimulai_pada`     DATETIME        NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_rekaman_tiket` (`tiket_id`),
  CONSTRAINT `fk_rekaman_tiket` FOREIGN KEY (`tiket_id`) REFERENCES `tiket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Panggilan telepon ke call center';

CREATE TABLE `penilaian_cs` (
  `tiket_id`     BIGINT UNSIGNED  NOT NULL,
  `skor_csat`    TINYINT UNSIGNED NOT NULL COMMENT '1-5',
  `komentar`     TEXT             NULL,
  `dinilai_pada` DATETIME         NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`tiket_id`),
  CONSTRAINT `fk_penilaian_tiket` FOREIGN KEY (`tiket_id`) REFERENCES `tiket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Survei kepuasan setelah tiket ditutup';
