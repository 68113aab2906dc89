-- origin: oka123/Sistem-Informasi-Klinik DBKlinik.sql (HeidiSQL dump, database `klinik`: a clinic's patients, visits, medical records, prescriptions, services and payments; schema part, CREATE DATABASE/USE and data rows left out)

CREATE TABLE IF NOT EXISTS `detail_layanan` (
  `detail_layanan_id` int NOT NULL AUTO_INCREMENT,
  `kunjungan_id` int NOT NULL,
  `layanan_id` smallint NOT NULL,
  `biaya_saat_ini` decimal(10,0) NOT NULL,
  PRIMARY KEY (`detail_layanan_id`),
  KEY `fk_detail_layanan_kunjungan` (`kunjungan_id`),
  KEY `fk_detail_layanan_master` (`layanan_id`),
  CONSTRAINT `fk_detail_layanan_kunjungan` FOREIGN KEY (`kunjungan_id`) REFERENCES `kunjungan` (`kunjungan_id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_detail_layanan_master` FOREIGN KEY (`layanan_id`) REFERENCES `layanan` (`layanan_id`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=48 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `detail_resep` (
  `detail_resep_id` int NOT NULL AUTO_INCREMENT,
  `resep_id` mediumint NOT NULL,
  `obat_id` smallint NOT NULL,
  `jumlah` smallint NOT NULL,
  `dosis` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `subtotal_harga` decimal(10,0) NOT NULL,
  PRIMARY KEY (`detail_resep_id`),
  KEY `fk_obat_id` (`obat_id`),
  KEY `fk_resep_id` (`resep_id`),
  CONSTRAINT `fk_obat_id` FOREIGN KEY (`obat_id`) REFERENCES `obat` (`obat_id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_resep_id` FOREIGN KEY (`resep_id`) REFERENCES `resep` (`resep_id`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=68 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `dokter` (
  `dokter_id` smallint NOT NULL AUTO_INCREMENT,
  `user_id` smallint NOT NULL,
  `spesialisasi` enum('Umum','Gigi','Anak','Mata','THT') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `no_telepon` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `alamat` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`dokter_id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=521 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `jadwal_praktik` (
  `jadwal_id` smallint NOT NULL AUTO_INCREMENT,
  `dokter_id` smallint NOT NULL,
  `hari` enum('Senin','Selasa','Rabu','Kamis','Jumat','Sabtu','Minggu') COLLATE utf8mb4_general_ci NOT NULL,
  `jam_mulai` time NOT NULL,
  `jam_selesai` time NOT NULL,
  PRIMARY KEY (`jadwal_id`) USING BTREE,
  KEY `fk_jadwal_dokter` (`dokter_id`),
  CONSTRAINT `fk_jadwal_dokter` FOREIGN KEY (`dokter_id`) REFERENCES `dokter` (`dokter_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=27 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `kunjungan` (
  `kunjungan_id` int NOT NULL AUTO_INCREMENT,
  `pasien_id` mediumint NOT NULL,
  `dokter_id` smallint NOT NULL,
  `user_resepsionis_id` smallint NOT NULL,
  `tanggal_kunjungan` datetime NOT NULL,
  `status_kunjungan` enum('Menunggu','Diperiksa','Menunggu Obat','Menunggu Pembayaran','Selesai') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`kunjungan_id`),
  KEY `fk_dokter_id` (`dokter_id`),
  KEY `fk_pasien_id` (`pasien_id`),
  KEY `fk_user_resepsionis_id` (`user_resepsionis_id`),
  CONSTRAINT `fk_dokter_id` FOREIGN KEY (`dokter_id`) REFERENCES `dokter` (`dokter_id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_pasien_id` FOREIGN KEY (`pasien_id`) REFERENCES `pasien` (`pasien_id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_user_resepsionis_id` FOREIGN KEY (`user_resepsionis_id`) REFERENCES `user` (`user_id`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=525 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `layanan` (
  `layanan_id` smallint NOT NULL AUTO_INCREMENT,
  `nama_layanan` varchar(255) COLLATE utf8mb4_general_ci NOT NULL,
  `biaya` decimal(10,0) NOT NULL,
  PRIMARY KEY (`layanan_id`)
) ENGINE=InnoDB AUTO_INCREMENT=521 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `obat` (
  `obat_id` smallint NOT NULL AUTO_INCREMENT,
  `nama_obat` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `satuan` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `harga_jual` decimal(10,0) NOT NULL,
  `stok` smallint unsigned NOT NULL,
  PRIMARY KEY (`obat_id`)
) ENGINE=InnoDB AUTO_INCREMENT=520 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `pasien` (
  `pasien_id` mediumint NOT NULL AUTO_INCREMENT,
  `nama_pasien` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `jenis_kelamin` enum('Laki-laki','Perempuan') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `alamat` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `no_telepon` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `pekerjaan` varchar(255) COLLATE utf8mb4_general_ci NOT NULL,
  `golongan_darah` enum('A+','A-','B+','B-','AB+','AB-','O+','O-','') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `status_pernikahan` enum('Menikah','Belum Menikah','Cerai Hidup','Cerai Mati') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama_kerabat` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  `no_telp_kerabat` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`pasien_id`)
) ENGINE=InnoDB AUTO_INCREMENT=521 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `pembayaran` (
  `pembayaran_id` int NOT NULL AUTO_INCREMENT,
  `kunjungan_id` int NOT NULL,
  `user_kasir_id` smallint NOT NULL,
  `tanggal_bayar` datetime NOT NULL,
  `total_biaya_jasa` decimal(10,0) NOT NULL,
  `total_biaya_obat` decimal(10,0) NOT NULL,
  `total_bayar` decimal(10,0) NOT NULL,
  `metode_bayar` enum('Tunai','Debit','Asuransi') COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`pembayaran_id`),
  UNIQUE KEY `kunjungan_id` (`kunjungan_id`),
  KEY `fk_user_kasir_id` (`user_kasir_id`),
  CONSTRAINT `fk_kunjungan_id` FOREIGN KEY (`kunjungan_id`) REFERENCES `kunjungan` (`kunjungan_id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_user_kasir_id` FOREIGN KEY (`user_kasir_id`) REFERENCES `user` (`user_id`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=48 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `rekam_medis` (
  `rekam_medis_id` int NOT NULL AUTO_INCREMENT,
  `kunjungan_id` int NOT NULL,
  `anamnesa` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `pemeriksaan_fisik` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `diagnosa` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `tindakan` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`rekam_medis_id`),
  UNIQUE KEY `kunjungan_id` (`kunjungan_id`),
  CONSTRAINT `fk_rm_kunjungan_id` FOREIGN KEY (`kunjungan_id`) REFERENCES `kunjungan` (`kunjungan_id`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=520 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `resep` (
  `resep_id` mediumint NOT NULL AUTO_INCREMENT,
  `rekam_medis_id` int NOT NULL,
  `tanggal_resep` datetime NOT NULL,
  `status_resep` enum('Belum Diambil','Sudah Diambil') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`resep_id`),
  UNIQUE KEY `rekam_medis_id` (`rekam_medis_id`),
  CONSTRAINT `fk_rekam_medis_id` FOREIGN KEY (`rekam_medis_id`) REFERENCES `rekam_medis` (`rekam_medis_id`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=520 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE IF NOT EXISTS `user` (
  `user_id` smallint NOT NULL AUTO_INCREMENT,
  `username` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `password` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL COMMENT 'Password yang disimpan sudah melalui hashing bcrypt',
  `nama_lengkap` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `role` enum('Resepsionis','Dokter','Kasir','Apoteker','Manajemen') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  `no_telepon` varchar(50) COLLATE utf8mb4_general_ci NOT NULL,
  `alamat` text COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB AUTO_INCREMENT=527 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
