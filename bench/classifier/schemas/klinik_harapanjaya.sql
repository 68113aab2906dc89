-- MySQL dump 10.13 (schema part; the dump's one INSERT row is left out)
-- Host: localhost    Database: klinik

CREATE TABLE `pasien` (
  `id` bigint(15) NOT NULL AUTO_INCREMENT,
  `no_rim` bigint(15) DEFAULT NULL,
  `no_kk` bigint(15) DEFAULT NULL,
  `no_ktp` bigint(15) DEFAULT NULL,
  `nama_lengkap` varchar(65) DEFAULT NULL,
  `kategori_pasien` varchar(45) DEFAULT NULL,
  `golongan_darah` varchar(2) DEFAULT NULL,
  `jenis_kelamin` varchar(15) DEFAULT NULL,
  `tempat_lahir` varchar(60) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `alamat` text,
  `kota` varchar(50) DEFAULT NULL,
  `kecamatan` varchar(70) DEFAULT NULL,
  `kelurahan` varchar(70) DEFAULT NULL,
  `no_telpon` varchar(45) DEFAULT NULL,
  `status` varchar(45) DEFAULT NULL,
  `nama_ibu` varchar(70) DEFAULT NULL,
  `nama_ayah` varchar(70) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `no_rim_UNIQUE` (`no_rim`),
  UNIQUE KEY `no_ktp_UNIQUE` (`no_ktp`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1;
