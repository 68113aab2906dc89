-- Daftar pemasaran (MySQL 8, database `growth`).
-- Sebagian kontak diimpor dari penyedia layanan pemasaran (daftar email opt-in).

CREATE TABLE `daftar_kontak` (
  `id`                        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email`                     VARCHAR(254)    NOT NULL,
  `sumber`                    VARCHAR(40)     NOT NULL COMMENT 'kode mitra penyedia daftar, atau form_situs',
  `user_id`                   BIGINT UNSIGNED NULL COMMENT 'terisi bila email cocok dengan akun',
  `status_langganan`          ENUM('aktif','berhenti','bounce') NOT NULL DEFAULT 'aktif',
  `skor_minat`                DECIMAL(5,2)    NULL COMMENT 'lead scoring dari model growth, 0-100',
  `diimpor_pada`              DATETIME        NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `berhenti_langganan_pada`   DATETIME        NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_daftar_kontak_email` (`email`),
  KEY `ix_daftar_kontak_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Kontak email untuk newsletter dan promo';

CREATE TABLE `kampanye` (
  `id`                 INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `nama_kampanye`      VARCHAR(150) NOT NULL,
  `kanal`              ENUM('email','push','sms') NOT NULL DEFAULT 'email',
  `segmen`             VARCHAR(100) NULL COMMENT 'nama segmen audiens, mis. pembeli_elektronik_90h',
  `dijadwalkan_pada`   DATETIME     NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pengiriman_kampanye` (
  `id`             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `kampanye_id`    INT UNSIGNED    NOT NULL,
  `kontak_id`      BIGINT UNSIGNED NOT NULL,
  `status_kirim`   ENUM('terkirim','gagal','bounce') NOT NULL,
  `dikirim_pada`   DATETIME        NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `ix_pengiriman_kontak` (`kontak_id`),
  CONSTRAINT `fk_pengiriman_kampanye` FOREIGN KEY (`kampanye_id`) REFERENCES `kampanye` (`id`),
  CONSTRAINT `fk_pengiriman_kontak` FOREIGN KEY (`kontak_id`) REFERENCES `daftar_kontak` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
