-- Login sosial dan pengguna dari mitra API (MySQL 8, database `login_sosial`).
-- Data profil di sini dikirim oleh penyedia login (Google, Facebook, Apple) atau oleh
-- aplikasi mitra yang memakai API LaciMartKTUM, bukan diketik pengguna di Situs.

CREATE TABLE `akun_tertaut` (
  `id`               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id`          BIGINT UNSIGNED NOT NULL COMMENT 'users.id di layanan akun',
  `penyedia`         VARCHAR(20)     NOT NULL COMMENT 'google | facebook | apple',
  `id_eksternal`     VARCHAR(128)    NOT NULL COMMENT 'subject id pengguna di sisi penyedia',
  `email`            VARCHAR(254)    NULL,
  `no_telepon`       VARCHAR(20)     NULL,
  `nama`             VARCHAR(150)    NULL,
  `gender`           VARCHAR(10)     NULL COMMENT 'apa adanya dari penyedia',
  `tanggal_lahir`    DATE            NULL,
  `ditautkan_pada`   DATETIME        NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `sinkron_terakhir` DATETIME        NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_penyedia_eksternal` (`penyedia`, `id_eksternal`),
  KEY `ix_akun_tertaut_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  COMMENT='Akun LaciMartKTUM yang ditautkan ke login sosial';

CREATE TABLE `klien_api` (
  `id`            INT UNSIGNED  NOT NULL AUTO_INCREMENT,
  `nama_mitra`    VARCHAR(100)  NOT NULL COMMENT 'nama badan usaha mitra',
  `client_id`     CHAR(32)      NOT NULL,
  `redirect_uri`  VARCHAR(500)  NOT NULL,
  `scope`         VARCHAR(255)  NOT NULL DEFAULT 'profile',
  `aktif`         TINYINT(1)    NOT NULL DEFAULT 1,
  `dibuat_pada`   DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_client_id` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Aplikasi mitra yang memakai API LaciMartKTUM';

CREATE TABLE `pengguna_mitra_api` (
  `id`           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `klien_id`     INT UNSIGNED    NOT NULL,
  `user_id`      BIGINT UNSIGNED NOT NULL COMMENT 'users.id di layanan akun',
  `email`        VARCHAR(254)    NULL,
  `no_hp`        VARCHAR(20)     NULL,
  `nama_lengkap` VARCHAR(150)    NULL,
  `dibuat_pada`  DATETIME        NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_klien_user` (`klien_id`, `user_id`),
  CONSTRAINT `fk_pengguna_mitra_klien` FOREIGN KEY (`klien_id`) REFERENCES `klien_api` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Akun yang dibuat lewat aplikasi mitra (API)';
