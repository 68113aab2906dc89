/*

SQLyog Ultimate v8.6 Beta2
MySQL - 5.5.27 : Database - siger

*********************************************************************

*/

/*!40101 SET NAMES utf8 */;

/*!40101 SET SQL_MODE=''*/;

/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;

/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

CREATE DATABASE /*!32312 IF NOT EXISTS*/`siger` /*!40100 DEFAULT CHARACTER SET latin1 */;

USE `siger`;

/*Table structure for table `auth_assignment` */

DROP TABLE IF EXISTS `auth_assignment`;

CREATE TABLE `auth_assignment` (
  `item_name` varchar(64) COLLATE utf8_unicode_ci NOT NULL,
  `user_id` varchar(64) COLLATE utf8_unicode_ci NOT NULL,
  `created_at` int(11) DEFAULT NULL,
  PRIMARY KEY (`item_name`,`user_id`),
  CONSTRAINT `auth_assignment_ibfk_1` FOREIGN KEY (`item_name`) REFERENCES `auth_item` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

/*Table structure for table `auth_item` */

DROP TABLE IF EXISTS `auth_item`;

CREATE TABLE `auth_item` (
  `name` varchar(64) COLLATE utf8_unicode_ci NOT NULL,
  `type` int(11) NOT NULL,
  `description` text COLLATE utf8_unicode_ci,
  `rule_name` varchar(64) COLLATE utf8_unicode_ci DEFAULT NULL,
  `data` text COLLATE utf8_unicode_ci,
  `created_at` int(11) DEFAULT NULL,
  `updated_at` int(11) DEFAULT NULL,
  PRIMARY KEY (`name`),
  KEY `rule_name` (`rule_name`),
  KEY `idx-auth_item-type` (`type`),
  CONSTRAINT `auth_item_ibfk_1` FOREIGN KEY (`rule_name`) REFERENCES `auth_rule` (`name`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

/*Table structure for table `auth_item_child` */

DROP TABLE IF EXISTS `auth_item_child`;

CREATE TABLE `auth_item_child` (
  `parent` varchar(64) COLLATE utf8_unicode_ci NOT NULL,
  `child` varchar(64) COLLATE utf8_unicode_ci NOT NULL,
  PRIMARY KEY (`parent`,`child`),
  KEY `child` (`child`),
  CONSTRAINT `auth_item_child_ibfk_1` FOREIGN KEY (`parent`) REFERENCES `auth_item` (`name`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `auth_item_child_ibfk_2` FOREIGN KEY (`child`) REFERENCES `auth_item` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

/*Table structure for table `auth_rule` */

DROP TABLE IF EXISTS `auth_rule`;

CREATE TABLE `auth_rule` (
  `name` varchar(64) COLLATE utf8_unicode_ci NOT NULL,
  `data` text COLLATE utf8_unicode_ci,
  `created_at` int(11) DEFAULT NULL,
  `updated_at` int(11) DEFAULT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

/*Table structure for table `dataanak` */

DROP TABLE IF EXISTS `dataanak`;

CREATE TABLE `dataanak` (
  `id_anak` int(10) NOT NULL AUTO_INCREMENT,
  `nama_anak` varchar(64) DEFAULT NULL,
  `tempat_lahir` varchar(64) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `tanggal_baptis` date DEFAULT NULL,
  `id_keluarga` int(11) NOT NULL,
  PRIMARY KEY (`id_anak`),
  KEY `keluarga_ref` (`id_keluarga`),
  CONSTRAINT `keluarga_ref` FOREIGN KEY (`id_keluarga`) REFERENCES `datakeluarga` (`id_datakeluarga`)
) ENGINE=InnoDB AUTO_INCREMENT=72 DEFAULT CHARSET=latin1;

/*Table structure for table `databaptis` */

DROP TABLE IF EXISTS `databaptis`;

CREATE TABLE `databaptis` (
  `id_databaptis` int(11) NOT NULL AUTO_INCREMENT,
  `tanggal_baptis` date DEFAULT NULL,
  `tempat_baptis` varchar(64) DEFAULT NULL,
  `no_registrasi` int(16) DEFAULT NULL,
  `dilayani_oleh` varchar(64) DEFAULT NULL,
  `id_datagereja` int(11) DEFAULT NULL,
  PRIMARY KEY (`id_databaptis`),
  KEY `ref_datagereja` (`id_datagereja`),
  CONSTRAINT `ref_datagereja` FOREIGN KEY (`id_datagereja`) REFERENCES `datagereja` (`id_datagereja`)
) ENGINE=InnoDB AUTO_INCREMENT=37 DEFAULT CHARSET=latin1;

/*Table structure for table `datadiri` */

DROP TABLE IF EXISTS `datadiri`;

CREATE TABLE `datadiri` (
  `id_datadiri` int(10) NOT NULL AUTO_INCREMENT,
  `nomor_anggota` int(16) DEFAULT NULL,
  `sektor` varchar(64) DEFAULT NULL,
  `nama_lengkap` varchar(64) DEFAULT NULL,
  `tempat_lahir` varchar(64) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `jenis_kelamin` varchar(10) DEFAULT NULL,
  `status` varchar(25) DEFAULT NULL,
  `alamat_jelas` varchar(64) DEFAULT NULL,
  `golDarah` varchar(10) DEFAULT NULL,
  `pendidikan` varchar(64) DEFAULT NULL,
  `bidang_Ilmu` varchar(64) DEFAULT NULL,
  `spesifikasi` varchar(64) DEFAULT NULL,
  `pekerjaan` varchar(64) DEFAULT NULL,
  `aktivitasDiMasyarakat` varchar(64) DEFAULT NULL,
  `no_telp` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id_datadiri`)
) ENGINE=InnoDB AUTO_INCREMENT=38 DEFAULT CHARSET=latin1;

/*Table structure for table `datagereja` */

DROP TABLE IF EXISTS `datagereja`;

CREATE TABLE `datagereja` (
  `id_datagereja` int(11) NOT NULL AUTO_INCREMENT,
  `asal_gereja` varchar(64) DEFAULT NULL,
  `aktivitas_diGereja` varchar(64) DEFAULT NULL,
  `status_keanggotaan` varchar(64) DEFAULT NULL,
  `id_datadiri` int(10) DEFAULT NULL,
  PRIMARY KEY (`id_datagereja`),
  UNIQUE KEY `id_datadiri` (`id_datadiri`),
  CONSTRAINT `FK_datadiri` FOREIGN KEY (`id_datadiri`) REFERENCES `datadiri` (`id_datadiri`)
) ENGINE=InnoDB AUTO_INCREMENT=37 DEFAULT CHARSET=latin1;

/*Table structure for table `dataistri` */

DROP TABLE IF EXISTS `dataistri`;

CREATE TABLE `dataistri` (
  `id_istri` int(11) NOT NULL AUTO_INCREMENT,
  `nama` varchar(64) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `tanggal_baptis` date DEFAULT NULL,
  `no_baptis` int(11) DEFAULT NULL,
  `tanggal_sidi` date DEFAULT NULL,
  `no_registrasi` int(16) DEFAULT NULL,
  `asal_gereja` varchar(64) DEFAULT NULL,
  `id_keluarga` int(10) NOT NULL,
  PRIMARY KEY (`id_istri`),
  KEY `dataistri_ref` (`id_keluarga`),
  CONSTRAINT `dataistri_ref` FOREIGN KEY (`id_keluarga`) REFERENCES `datakeluarga` (`id_datakeluarga`)
) ENGINE=InnoDB AUTO_INCREMENT=33 DEFAULT CHARSET=latin1;

/*Table structure for table `datakeluarga` */

DROP TABLE IF EXISTS `datakeluarga`;

CREATE TABLE `datakeluarga` (
  `id_datakeluarga` int(11) NOT NULL AUTO_INCREMENT,
  `nama_istri` varchar(64) DEFAULT NULL,
  `tanggal_pernikahan` date DEFAULT NULL,
  `tempat_menikah` varchar(64) DEFAULT NULL,
  `nama_pendeta` varchar(64) DEFAULT NULL,
  `no_registrasi` int(16) DEFAULT NULL,
  `status_dalam_keluarga` varchar(64) DEFAULT NULL,
  `nama_ayah` varchar(64) DEFAULT NULL,
  `nama_ibu` varchar(64) DEFAULT NULL,
  `jumlah_anak` int(11) DEFAULT NULL,
  `id_datadiri` int(10) NOT NULL,
  PRIMARY KEY (`id_datakeluarga`),
  KEY `ref_datadiri` (`id_datadiri`),
  CONSTRAINT `ref_datadiri` FOREIGN KEY (`id_datadiri`) REFERENCES `datadiri` (`id_datadiri`)
) ENGINE=InnoDB AUTO_INCREMENT=33 DEFAULT CHARSET=latin1;

/*Table structure for table `datasidi` */

DROP TABLE IF EXISTS `datasidi`;

CREATE TABLE `datasidi` (
  `id_datasidi` int(11) NOT NULL AUTO_INCREMENT,
  `id_datagereja` int(11) NOT NULL,
  `tanggal_sidi` date DEFAULT NULL,
  `tempat_sidi` varchar(64) DEFAULT NULL,
  `no_registrasi` int(16) DEFAULT NULL,
  `nama_pendeta` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id_datasidi`),
  KEY `datagereja_ref` (`id_datagereja`),
  CONSTRAINT `datagereja_ref` FOREIGN KEY (`id_datagereja`) REFERENCES `datagereja` (`id_datagereja`)
) ENGINE=InnoDB AUTO_INCREMENT=37 DEFAULT CHARSET=latin1;

/*Table structure for table `informasi` */

DROP TABLE IF EXISTS `informasi`;

CREATE TABLE `informasi` (
  `id_informasi` int(11) NOT NULL,
  `judul` varchar(30) DEFAULT NULL,
  `tanggal` date NOT NULL,
  `deskripsi` varchar(30) DEFAULT NULL,
  `id` int(11) DEFAULT '0',
  PRIMARY KEY (`id_informasi`),
  KEY `FK_informasi` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

/*Table structure for table `jadwal_ibadah` */

DROP TABLE IF EXISTS `jadwal_ibadah`;

CREATE TABLE `jadwal_ibadah` (
  `id_jadwal` int(11) NOT NULL AUTO_INCREMENT,
  `hari_tanggal` datetime NOT NULL,
  `jenis_minggu` varchar(255) NOT NULL,
  `Bahasa` varchar(255) NOT NULL,
  `ket` varchar(255) NOT NULL,
  PRIMARY KEY (`id_jadwal`)
) ENGINE=InnoDB AUTO_INCREMENT=19 DEFAULT CHARSET=latin1;

/*Table structure for table `kegiatan` */

DROP TABLE IF EXISTS `kegiatan`;

CREATE TABLE `kegiatan` (
  `id_kegiatan` int(11) NOT NULL AUTO_INCREMENT,
  `tanggal` date NOT NULL,
  `jumlah_hadir` int(10) NOT NULL,
  `total` float NOT NULL,
  `jenis_kegiatan` varchar(64) NOT NULL,
  PRIMARY KEY (`id_kegiatan`)
) ENGINE=InnoDB AUTO_INCREMENT=27 DEFAULT CHARSET=latin1;

/*Table structure for table `migration` */

DROP TABLE IF EXISTS `migration`;

CREATE TABLE `migration` (
  `version` varchar(180) NOT NULL,
  `apply_time` int(11) DEFAULT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

/*Table structure for table `ozekimessagein` */

DROP TABLE IF EXISTS `ozekimessagein`;

CREATE TABLE `ozekimessagein` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender` varchar(30) DEFAULT NULL,
  `receiver` varchar(30) DEFAULT NULL,
  `msg` text,
  `senttime` varchar(100) DEFAULT NULL,
  `receivedtime` varchar(100) DEFAULT NULL,
  `operator` varchar(100) DEFAULT NULL,
  `msgtype` varchar(160) DEFAULT NULL,
  `reference` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8;

/*Table structure for table `ozekimessageout` */

DROP TABLE IF EXISTS `ozekimessageout`;

CREATE TABLE `ozekimessageout` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender` varchar(30) DEFAULT NULL,
  `receiver` varchar(30) DEFAULT NULL,
  `msg` text,
  `senttime` varchar(100) DEFAULT NULL,
  `receivedtime` varchar(100) DEFAULT NULL,
  `reference` varchar(100) DEFAULT NULL,
  `status` varchar(20) DEFAULT NULL,
  `msgtype` varchar(160) DEFAULT NULL,
  `operator` varchar(100) DEFAULT NULL,
  `errormsg` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

/*Table structure for table `pers_kakr` */

DROP TABLE IF EXISTS `pers_kakr`;

CREATE TABLE `pers_kakr` (
  `id_kakr` int(11) NOT NULL AUTO_INCREMENT,
  `anak_kecil` float NOT NULL,
  `jumlah_hadirAK` int(11) NOT NULL,
  `anak_tanggung` float NOT NULL,
  `jumlah_hadirAT` int(11) NOT NULL,
  `anak_remaja` float NOT NULL,
  `jumlah_hadirR` int(11) NOT NULL,
  `ket` varchar(64) NOT NULL,
  `id_mingguan` int(11) NOT NULL,
  PRIMARY KEY (`id_kakr`),
  KEY `kakr_ref` (`id_mingguan`),
  CONSTRAINT `kakr_ref` FOREIGN KEY (`id_mingguan`) REFERENCES `pers_mingguan` (`id_mingguan`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1;

/*Table structure for table `pers_mingguan` */

DROP TABLE IF EXISTS `pers_mingguan`;

CREATE TABLE `pers_mingguan` (
  `id_mingguan` int(11) NOT NULL AUTO_INCREMENT,
  `jumlah_lk` int(11) NOT NULL,
  `jumlah_pr` int(11) NOT NULL,
  `pers1` float NOT NULL,
  `pers2` float NOT NULL,
  `pers3` float NOT NULL,
  `total` float NOT NULL,
  `pers_kakr` float NOT NULL,
  `ket` varchar(64) NOT NULL,
  `id_kegiatan` int(11) NOT NULL,
  PRIMARY KEY (`id_mingguan`),
  KEY `mingguan_ref` (`id_kegiatan`),
  CONSTRAINT `mingguan_ref` FOREIGN KEY (`id_kegiatan`) REFERENCES `kegiatan` (`id_kegiatan`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1;

/*Table structure for table `pers_personal` */

DROP TABLE IF EXISTS `pers_personal`;

CREATE TABLE `pers_personal` (
  `id_personal` int(11) NOT NULL AUTO_INCREMENT,
  `nama` varchar(64) NOT NULL,
  `jenis_pers` varchar(64) NOT NULL,
  `jumlah` float NOT NULL,
  `pos` varchar(64) NOT NULL,
  `id_kegiatan` int(11) NOT NULL,
  PRIMARY KEY (`id_personal`),
  KEY `personal_ref` (`id_kegiatan`),
  CONSTRAINT `personal_ref` FOREIGN KEY (`id_kegiatan`) REFERENCES `kegiatan` (`id_kegiatan`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1;

/*Table structure for table `pers_pjj` */

DROP TABLE IF EXISTS `pers_pjj`;

CREATE TABLE `pers_pjj` (
  `id_pjj` int(11) NOT NULL AUTO_INCREMENT,
  `tanggal` date NOT NULL,
  `jumlah_hadir` int(11) NOT NULL,
  `sektor` varchar(64) NOT NULL,
  `total` float NOT NULL,
  `tempat_pjj` varchar(64) NOT NULL,
  `pjj_selanjutnya` varchar(64) NOT NULL,
  `id_kegiatan` int(11) NOT NULL,
  PRIMARY KEY (`id_pjj`),
  KEY `pjj_ref` (`id_kegiatan`),
  CONSTRAINT `pjj_ref` FOREIGN KEY (`id_kegiatan`) REFERENCES `kegiatan` (`id_kegiatan`)
) ENGINE=InnoDB AUTO_INCREMENT=37 DEFAULT CHARSET=latin1;

/*Table structure for table `program_kerja` */

DROP TABLE IF EXISTS `program_kerja`;

CREATE TABLE `program_kerja` (
  `id_program` int(11) NOT NULL AUTO_INCREMENT,
  `nama_program` varchar(255) DEFAULT NULL,
  `status` varchar(25) DEFAULT NULL,
  `Ket` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_program`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

/*Table structure for table `renungan` */

DROP TABLE IF EXISTS `renungan`;

CREATE TABLE `renungan` (
  `id_renungan` int(11) NOT NULL AUTO_INCREMENT,
  `judul` varchar(255) NOT NULL,
  `penulis` varchar(255) NOT NULL,
  `detail` varchar(255) NOT NULL,
  PRIMARY KEY (`id_renungan`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=latin1;

/*Table structure for table `user` */

DROP TABLE IF EXISTS `user`;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `auth_key` varchar(32) COLLATE utf8_unicode_ci NOT NULL,
  `password_hash` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `password_reset_token` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `email` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `status` smallint(6) NOT NULL DEFAULT '10',
  `created_at` int(11) NOT NULL,
  `updated_at` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `password_reset_token` (`password_reset_token`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;

/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;

/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;

/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

