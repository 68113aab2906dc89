-- origin: bejo4ever/perijinanbontang trunk/database/db_bontang_20140409.sql at 9c31ea5e86144318ae8803ff751d423d41053dac (Navicat dump of the Bontang one-stop permit service (perizinan) database; subset of 64 whole tables of 159: applicants, companies and their officers and workers, applications, their status and requirement checklists, fees, complaints, civil-registry service, staff users, ACL and log, signing officials, regions, the SIUP/TDP/HO/IMB/advertising/route/pharmacy/SPPL/SKTR/IUJK permit tables and the lookups they name; the other permit, checklist, tariff and index tables and the 2 stored functions left out)

/*
Navicat MySQL Data Transfer

Source Server         : local_mysql_183
Source Server Version : 50611
Source Host           : 127.0.0.1:3306
Source Database       : db_bontang_0205

Target Server Type    : MYSQL
Target Server Version : 50611
File Encoding         : 65001

Date: 2014-04-09 21:35:55
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for acl
-- ----------------------------
DROP TABLE IF EXISTS `acl`;
CREATE TABLE `acl` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `nama` varchar(45) DEFAULT NULL,
  `link` varchar(45) DEFAULT NULL,
  `defaultusergroup` varchar(45) DEFAULT NULL,
  `status` tinyint(4) DEFAULT '1',
  `order` smallint(6) DEFAULT NULL,
  `level` tinyint(4) DEFAULT NULL,
  `parent` smallint(6) DEFAULT NULL,
  `groupmenu_id` smallint(6) DEFAULT NULL,
  `publik` tinyint(4) DEFAULT '0',
  `keterangan` tinytext,
  `link_baru` varchar(45) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `acl_groupmenu` (`groupmenu_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=357 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for bentukbangunan
-- ----------------------------
DROP TABLE IF EXISTS `bentukbangunan`;
CREATE TABLE `bentukbangunan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bentuk` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for bentukperusahaan
-- ----------------------------
DROP TABLE IF EXISTS `bentukperusahaan`;
CREATE TABLE `bentukperusahaan` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `nama` varchar(100) DEFAULT NULL,
  `retribusi` float NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for busaha
-- ----------------------------
DROP TABLE IF EXISTS `busaha`;
CREATE TABLE `busaha` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `bidang` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for capil
-- ----------------------------
DROP TABLE IF EXISTS `capil`;
CREATE TABLE `capil` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nama_pemohon` varchar(100) DEFAULT NULL,
  `alamat` varchar(100) DEFAULT NULL,
  `layanan_id` int(11) NOT NULL,
  `no_akte` varchar(50) DEFAULT NULL,
  `tglpermohonan` datetime DEFAULT NULL,
  `tglbayar` datetime DEFAULT NULL,
  `retribusi` float DEFAULT NULL,
  `nama_ortu` varchar(100) DEFAULT NULL,
  `keterangan` varchar(200) DEFAULT NULL,
  `sdata` tinyint(4) DEFAULT '1',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=22687 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for desa
-- ----------------------------
DROP TABLE IF EXISTS `desa`;
CREATE TABLE `desa` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `propinsi_id` int(11) DEFAULT NULL,
  `kabkota_id` int(11) DEFAULT NULL,
  `kecamatan_id` int(11) DEFAULT NULL,
  `desa` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `desa_propinsi` (`propinsi_id`) USING BTREE,
  KEY `desa_kabkota` (`kabkota_id`) USING BTREE,
  KEY `desa_kecamatan` (`kecamatan_id`) USING BTREE,
  CONSTRAINT `desa_kabkota` FOREIGN KEY (`kabkota_id`) REFERENCES `kabkota` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `desa_kecamatan` FOREIGN KEY (`kecamatan_id`) REFERENCES `kecamatan` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `desa_propinsi` FOREIGN KEY (`propinsi_id`) REFERENCES `propinsi` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for dt_syarat
-- ----------------------------
DROP TABLE IF EXISTS `dt_syarat`;
CREATE TABLE `dt_syarat` (
  `ID_IJIN` int(11) NOT NULL DEFAULT '0',
  `ID_SYARAT` int(11) NOT NULL DEFAULT '0',
  `JUMLAH` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID_IJIN`,`ID_SYARAT`),
  KEY `FK_SYARAT` (`ID_SYARAT`) USING BTREE,
  CONSTRAINT `FK_SYARAT` FOREIGN KEY (`ID_SYARAT`) REFERENCES `master_syarat` (`ID_SYARAT`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for groupmenu
-- ----------------------------
DROP TABLE IF EXISTS `groupmenu`;
CREATE TABLE `groupmenu` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `menu` varchar(45) DEFAULT NULL,
  `icon` varchar(45) DEFAULT NULL,
  `order` tinyint(4) DEFAULT NULL,
  `link` varchar(45) DEFAULT NULL,
  `publik` tinyint(4) DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for groupuser
-- ----------------------------
DROP TABLE IF EXISTS `groupuser`;
CREATE TABLE `groupuser` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `nama` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for ho
-- ----------------------------
DROP TABLE IF EXISTS `ho`;
CREATE TABLE `ho` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tahun` varchar(4) DEFAULT NULL,
  `statustempat_id` tinyint(4) NOT NULL,
  `luas` float NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `kecamatan_id` int(11) NOT NULL,
  `desa_id` int(11) NOT NULL,
  `bentukbangunan_id` tinyint(4) NOT NULL,
  `butara` varchar(255) NOT NULL,
  `btimur` varchar(255) NOT NULL,
  `bselatan` varchar(255) NOT NULL,
  `bbarat` varchar(255) NOT NULL,
  `permohonan_jenis` tinyint(4) DEFAULT NULL COMMENT '1=baru, 2=perpanjangan',
  `permohonan_id` int(11) NOT NULL,
  `perusahaan_id` int(11) DEFAULT NULL,
  `indeksgangguan_id` tinyint(4) DEFAULT NULL,
  `indekslokasi_id` tinyint(4) DEFAULT NULL,
  `retribusi` float DEFAULT NULL,
  `tglsurvey` date NOT NULL,
  `keterangan` varchar(200) NOT NULL,
  `sdata` tinyint(4) DEFAULT '1',
  `peruntukan` varchar(255) DEFAULT '',
  `no_imb` text,
  PRIMARY KEY (`id`),
  KEY `ho_perusahaan` (`perusahaan_id`) USING BTREE,
  KEY `ho_indeksgangguan` (`indeksgangguan_id`) USING BTREE,
  KEY `ho_indekslokasi` (`indekslokasi_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=8651 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for ho_surveyor
-- ----------------------------
DROP TABLE IF EXISTS `ho_surveyor`;
CREATE TABLE `ho_surveyor` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ho_id` int(255) unsigned NOT NULL,
  `nama_surveyor` varchar(255) DEFAULT NULL,
  `instansi_jabatan` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for ijin
-- ----------------------------
DROP TABLE IF EXISTS `ijin`;
CREATE TABLE `ijin` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `nama` varchar(100) DEFAULT NULL,
  `waktu` varchar(100) DEFAULT NULL,
  `retribusi` varchar(200) DEFAULT NULL,
  `bayar` tinyint(4) NOT NULL DEFAULT '1',
  `perkiraan_selesai` varchar(100) NOT NULL,
  `tgllock_kasir` date DEFAULT NULL,
  `NAMA_PEJABAT` varchar(100) DEFAULT NULL,
  `NIP_PEJABAT` varchar(100) DEFAULT NULL,
  `JABATAN` varchar(100) DEFAULT NULL,
  `PANGKAT` varchar(100) DEFAULT NULL,
  `NAMA_REKOM` varchar(100) DEFAULT NULL,
  `NIP_REKOM` varchar(100) DEFAULT NULL,
  `JABATAN_REKOM` varchar(100) DEFAULT NULL,
  `PANGKAT_REKOM` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=28 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for ijinsyarat
-- ----------------------------
DROP TABLE IF EXISTS `ijinsyarat`;
CREATE TABLE `ijinsyarat` (
  `id` int(255) NOT NULL AUTO_INCREMENT,
  `ijin_id` int(255) DEFAULT NULL,
  `syarat_id` int(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ijinsyarat_ijin` (`ijin_id`) USING BTREE,
  KEY `ijinsyarat_syarat` (`syarat_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=192 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for imb
-- ----------------------------
DROP TABLE IF EXISTS `imb`;
CREATE TABLE `imb` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tahun` varchar(4) DEFAULT NULL,
  `indekstingkat_id` tinyint(4) NOT NULL DEFAULT '1',
  `struktur_id` tinyint(4) DEFAULT NULL,
  `fsbangunan_id` tinyint(4) NOT NULL DEFAULT '1',
  `permohonan_id` int(11) DEFAULT NULL,
  `lokasi` text,
  `rt` varchar(5) DEFAULT NULL,
  `rw` varchar(5) DEFAULT NULL,
  `kecamatan_id` int(11) NOT NULL DEFAULT '0',
  `desa_id` int(11) NOT NULL DEFAULT '0',
  `peruntukan` tinytext,
  `sertifikat_id` tinyint(100) DEFAULT '1',
  `luas` float DEFAULT '0',
  `butara` varchar(100) DEFAULT NULL,
  `bselatan` varchar(100) DEFAULT NULL,
  `bbarat` varchar(100) DEFAULT NULL,
  `btimur` varchar(100) DEFAULT NULL,
  `pondasi` varchar(200) DEFAULT NULL,
  `sloof` varchar(200) DEFAULT NULL,
  `tiang` varchar(200) DEFAULT NULL,
  `dinding` varchar(200) DEFAULT NULL,
  `ratap` varchar(200) DEFAULT NULL,
  `patap` varchar(200) DEFAULT NULL,
  `lantai` varchar(200) DEFAULT NULL,
  `jmllantai` tinyint(4) DEFAULT NULL,
  `kelasjalan_id` smallint(6) NOT NULL DEFAULT '1',
  `hargataksir` double NOT NULL,
  `plafoon` varchar(200) DEFAULT NULL,
  `retlama` double DEFAULT '0',
  `sdata` tinyint(4) DEFAULT '1',
  `no_rekomendasi` varchar(255) DEFAULT NULL,
  `no_register` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `imb_struktur` (`struktur_id`) USING BTREE,
  KEY `imb_permohonan` (`permohonan_id`) USING BTREE,
  KEY `imb_kelasjalan` (`kelasjalan_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=4816 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for indeksgangguan
-- ----------------------------
DROP TABLE IF EXISTS `indeksgangguan`;
CREATE TABLE `indeksgangguan` (
  `id` tinyint(4) NOT NULL,
  `gangguan` varchar(100) DEFAULT NULL,
  `nilai` float DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for indekslokasi
-- ----------------------------
DROP TABLE IF EXISTS `indekslokasi`;
CREATE TABLE `indekslokasi` (
  `id` tinyint(4) NOT NULL,
  `lokasi` varchar(100) DEFAULT NULL,
  `nilai` float DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for iujk
-- ----------------------------
DROP TABLE IF EXISTS `iujk`;
CREATE TABLE `iujk` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tahun` varchar(4) DEFAULT NULL,
  `perusahaan_id` int(11) DEFAULT NULL,
  `permohonan_id` int(11) DEFAULT NULL,
  `jenisjasa_id` tinyint(4) NOT NULL DEFAULT '0',
  `grade` tinyint(4) DEFAULT '1',
  `tglsurvey` date NOT NULL,
  `tglrekomendasi` date NOT NULL,
  `dirut1` varchar(100) DEFAULT NULL,
  `dirut2` varchar(100) DEFAULT NULL,
  `dirut3` varchar(100) DEFAULT NULL,
  `nama_pjt` varchar(100) DEFAULT NULL,
  `no_pjt` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`,`jenisjasa_id`),
  KEY `iujk_permohonan` (`permohonan_id`) USING BTREE,
  KEY `iujk_perusahaan` (`perusahaan_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=678 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for jpermohonan
-- ----------------------------
DROP TABLE IF EXISTS `jpermohonan`;
CREATE TABLE `jpermohonan` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `jenis` varchar(100) NOT NULL,
  `kode` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=22 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for jusaha
-- ----------------------------
DROP TABLE IF EXISTS `jusaha`;
CREATE TABLE `jusaha` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `usaha` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for kabkota
-- ----------------------------
DROP TABLE IF EXISTS `kabkota`;
CREATE TABLE `kabkota` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `propinsi_id` int(11) DEFAULT NULL,
  `kabkota` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `kabkota_propinsi` (`propinsi_id`) USING BTREE,
  CONSTRAINT `kabkota_propinsi` FOREIGN KEY (`propinsi_id`) REFERENCES `propinsi` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for kecamatan
-- ----------------------------
DROP TABLE IF EXISTS `kecamatan`;
CREATE TABLE `kecamatan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `propinsi_id` int(11) DEFAULT NULL,
  `kabkota_id` int(11) DEFAULT NULL,
  `kecamatan` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `kecamatan_propinsi` (`propinsi_id`) USING BTREE,
  KEY `kecamatan_kabkota` (`kabkota_id`) USING BTREE,
  CONSTRAINT `kecamatan_kabkota` FOREIGN KEY (`kabkota_id`) REFERENCES `kabkota` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `kecamatan_propinsi` FOREIGN KEY (`propinsi_id`) REFERENCES `propinsi` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for kelembagaan
-- ----------------------------
DROP TABLE IF EXISTS `kelembagaan`;
CREATE TABLE `kelembagaan` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `kelembagaan` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for kualifikasi
-- ----------------------------
DROP TABLE IF EXISTS `kualifikasi`;
CREATE TABLE `kualifikasi` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `kualifikasi` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for kusaha
-- ----------------------------
DROP TABLE IF EXISTS `kusaha`;
CREATE TABLE `kusaha` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `kegiatan` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for layanan
-- ----------------------------
DROP TABLE IF EXISTS `layanan`;
CREATE TABLE `layanan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `layanan` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for master_syarat
-- ----------------------------
DROP TABLE IF EXISTS `master_syarat`;
CREATE TABLE `master_syarat` (
  `ID_SYARAT` int(11) NOT NULL AUTO_INCREMENT,
  `NAMA_SYARAT` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID_SYARAT`)
) ENGINE=InnoDB AUTO_INCREMENT=126 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for master_user
-- ----------------------------
DROP TABLE IF EXISTS `master_user`;
CREATE TABLE `master_user` (
  `ID_USER` int(11) NOT NULL AUTO_INCREMENT,
  `USER` varchar(100) DEFAULT NULL,
  `PASS` varchar(100) DEFAULT NULL,
  `NAMA` varchar(100) DEFAULT NULL,
  `NIP` varchar(100) DEFAULT NULL,
  `TELP` varchar(20) DEFAULT NULL,
  `EMAIL` varchar(100) DEFAULT NULL,
  `ID_HAK` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID_USER`)
) ENGINE=InnoDB AUTO_INCREMENT=47 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for m_pemohon
-- ----------------------------
DROP TABLE IF EXISTS `m_pemohon`;
CREATE TABLE `m_pemohon` (
  `pemohon_id` int(11) NOT NULL AUTO_INCREMENT,
  `pemohon_nama` varchar(50) DEFAULT NULL,
  `pemohon_alamat` varchar(100) DEFAULT NULL,
  `pemohon_telp` varchar(20) DEFAULT NULL,
  `pemohon_npwp` varchar(50) DEFAULT NULL,
  `pemohon_rt` int(5) DEFAULT NULL,
  `pemohon_rw` int(5) DEFAULT NULL,
  `pemohon_kel` varchar(50) DEFAULT NULL,
  `pemohon_kec` varchar(50) DEFAULT NULL,
  `pemohon_kota` varchar(50) DEFAULT NULL,
  `pemohon_nik` varchar(20) DEFAULT NULL,
  `pemohon_stra` varchar(50) DEFAULT NULL,
  `pemohon_surattugas` varchar(50) DEFAULT NULL,
  `pemohon_pekerjaan` varchar(50) DEFAULT NULL,
  `pemohon_tempatlahir` varchar(50) DEFAULT NULL,
  `pemohon_tanggallahir` date DEFAULT NULL,
  `pemohon_user_id` int(11) DEFAULT NULL,
  `pemohon_pendidikan` varchar(50) DEFAULT NULL,
  `pemohon_tahunlulus` int(5) DEFAULT NULL,
  `pemohon_wn` varchar(50) DEFAULT NULL,
  `pemohon_hp` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`pemohon_id`)
) ENGINE=InnoDB AUTO_INCREMENT=33 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for m_perusahaan
-- ----------------------------
DROP TABLE IF EXISTS `m_perusahaan`;
CREATE TABLE `m_perusahaan` (
  `perusahaan_id` int(11) NOT NULL,
  `perusahaan_npwp` varchar(100) DEFAULT NULL,
  `perusahaan_nama` varchar(100) DEFAULT NULL,
  `perusahaan_noakta` varchar(100) DEFAULT NULL,
  `perusahaan_notaris` varchar(100) DEFAULT NULL,
  `perusahaan_tglakta` date DEFAULT NULL,
  `perusahaan_bentuk_id` int(11) DEFAULT NULL,
  `perusahaan_kualifikasi_id` int(11) DEFAULT NULL,
  `perusahaan_alamat` varchar(100) DEFAULT NULL,
  `perusahaan_rt` varchar(10) DEFAULT NULL,
  `perusahaan_rw` varchar(10) DEFAULT NULL,
  `perusahaan_propinsi_id` int(11) DEFAULT NULL,
  `perusahaan_kabkota_id` int(11) DEFAULT NULL,
  `perusahaan_kecamatan_id` int(11) DEFAULT NULL,
  `perusahaan_desa_id` int(11) DEFAULT NULL,
  `perusahaan_kodepos` varchar(20) DEFAULT NULL,
  `perusahaan_telp` varchar(50) DEFAULT NULL,
  `perusahaan_fax` varchar(50) DEFAULT NULL,
  `perusahaan_stempat_id` int(11) DEFAULT NULL,
  `perusahaan_sperusahaan_id` int(11) DEFAULT NULL,
  `perusahaan_usaha` varchar(100) DEFAULT NULL,
  `perusahaan_butara` varchar(100) DEFAULT NULL,
  `perusahaan_bselatan` varchar(100) DEFAULT NULL,
  `perusahaan_btimur` varchar(100) DEFAULT NULL,
  `perusahaan_bbarat` varchar(100) DEFAULT NULL,
  `perusahaan_modal` varchar(50) DEFAULT NULL,
  `perusahaan_merk` int(4) DEFAULT NULL,
  `perusahaan_jusaha_id` int(11) DEFAULT NULL,
  `perusahaan_sdata` int(4) DEFAULT NULL,
  PRIMARY KEY (`perusahaan_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for noregistrasi
-- ----------------------------
DROP TABLE IF EXISTS `noregistrasi`;
CREATE TABLE `noregistrasi` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `ijin_id` tinyint(4) DEFAULT NULL,
  `format` varchar(40) DEFAULT NULL,
  `counter` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=27 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for nosk
-- ----------------------------
DROP TABLE IF EXISTS `nosk`;
CREATE TABLE `nosk` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tahun` int(11) DEFAULT NULL,
  `ijin` varchar(100) DEFAULT NULL,
  `format` varchar(40) DEFAULT NULL,
  `counter` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=70 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for pemohon
-- ----------------------------
DROP TABLE IF EXISTS `pemohon`;
CREATE TABLE `pemohon` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tahun` varchar(4) DEFAULT NULL,
  `nama` varchar(200) DEFAULT NULL,
  `alamat` varchar(100) DEFAULT NULL,
  `rt` varchar(5) DEFAULT NULL,
  `rw` varchar(5) DEFAULT NULL,
  `telp` varchar(50) DEFAULT NULL,
  `hp` varchar(50) DEFAULT NULL,
  `tempatlahir` varchar(100) DEFAULT NULL,
  `tgllahir` date DEFAULT NULL,
  `ktp` varchar(50) DEFAULT NULL,
  `pekerjaan` varchar(100) DEFAULT NULL,
  `warga_id` tinyint(4) DEFAULT NULL,
  `propinsi_id` tinyint(4) DEFAULT NULL,
  `kabkota_id` tinyint(4) DEFAULT NULL,
  `kecamatan_id` tinyint(4) DEFAULT NULL,
  `desa_id` tinyint(4) DEFAULT NULL,
  `sdata` tinyint(4) DEFAULT '1',
  `npwp` varchar(50) DEFAULT NULL,
  `pendidikan` varchar(50) DEFAULT NULL,
  `tahunlulus` varchar(4) DEFAULT NULL,
  `stra` varchar(50) DEFAULT NULL,
  `surattugas` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pemohon_propinsi` (`propinsi_id`) USING BTREE,
  KEY `pemohon_kabkota` (`kabkota_id`) USING BTREE,
  KEY `pemohon_kecamatan` (`kecamatan_id`) USING BTREE,
  KEY `pemohon_desa` (`desa_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=31757 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for pengaduan
-- ----------------------------
DROP TABLE IF EXISTS `pengaduan`;
CREATE TABLE `pengaduan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nama` varchar(100) NOT NULL,
  `alamat` varchar(100) NOT NULL,
  `rt` varchar(5) NOT NULL,
  `rw` varchar(5) NOT NULL,
  `kecamatan_id` int(11) NOT NULL,
  `desa_id` int(11) NOT NULL,
  `telp` varchar(30) NOT NULL,
  `hp` varchar(30) DEFAULT NULL,
  `email` varchar(100) NOT NULL,
  `pengaduan` tinytext NOT NULL,
  `jawaban` tinytext,
  `tglpengaduan` datetime DEFAULT NULL,
  `user_id` tinyint(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=29 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for pengurus
-- ----------------------------
DROP TABLE IF EXISTS `pengurus`;
CREATE TABLE `pengurus` (
  `id` int(11) NOT NULL,
  `nama` varchar(100) DEFAULT NULL,
  `tempatlahir` varchar(100) DEFAULT NULL,
  `tgllahir` date DEFAULT NULL,
  `perusahaan_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pengurus_perusahaan` (`perusahaan_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for permohonan
-- ----------------------------
DROP TABLE IF EXISTS `permohonan`;
CREATE TABLE `permohonan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `jpermohonan_id` tinyint(4) NOT NULL DEFAULT '0',
  `tahun` varchar(4) DEFAULT NULL,
  `noregistrasi` varchar(50) DEFAULT NULL,
  `ijin_id` tinyint(4) DEFAULT NULL,
  `pemohon_id` int(11) DEFAULT NULL,
  `tglpermohonan` datetime DEFAULT NULL,
  `nosk` varchar(50) DEFAULT NULL,
  `tglsk` datetime DEFAULT NULL,
  `tglexpired` date DEFAULT NULL,
  `pejabat` varchar(100) DEFAULT NULL,
  `nip` varchar(100) DEFAULT NULL,
  `jabatan` varchar(100) DEFAULT NULL,
  `pangkat` varchar(100) DEFAULT NULL,
  `atasnama` varchar(100) DEFAULT NULL,
  `sbayar` tinyint(4) NOT NULL DEFAULT '0',
  `tglbayar` date DEFAULT NULL,
  `ketbayar` tinytext,
  `retribusi` double NOT NULL DEFAULT '0',
  `spermohonan_id` tinyint(4) NOT NULL DEFAULT '1',
  `jumlah_bibit` int(11) DEFAULT NULL,
  `nama_bibit` varchar(150) DEFAULT NULL,
  `no_agenda` varchar(11) DEFAULT NULL,
  `sdata` tinyint(4) DEFAULT '1',
  `catatan_bo` text,
  PRIMARY KEY (`id`),
  KEY `permohonan_pemohon` (`pemohon_id`) USING BTREE,
  KEY `permohonan_ijin` (`ijin_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=31674 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for permohonanjenis
-- ----------------------------
DROP TABLE IF EXISTS `permohonanjenis`;
CREATE TABLE `permohonanjenis` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `ijin_id` tinyint(4) NOT NULL,
  `jpermohonan_id` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=54 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for permohonanstatus
-- ----------------------------
DROP TABLE IF EXISTS `permohonanstatus`;
CREATE TABLE `permohonanstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permohonan_id` int(11) DEFAULT NULL,
  `spermohonan_id` tinyint(4) DEFAULT NULL,
  `tglupdate` datetime DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Index_2` (`permohonan_id`,`spermohonan_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=30030 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for permohonansyarat
-- ----------------------------
DROP TABLE IF EXISTS `permohonansyarat`;
CREATE TABLE `permohonansyarat` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permohonan_id` int(11) DEFAULT NULL,
  `syarat_id` smallint(6) DEFAULT NULL,
  `keterangan` mediumtext,
  `tglterima` datetime DEFAULT NULL,
  `user_id` int(11) DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `permohonansyarat_permohonan` (`permohonan_id`) USING BTREE,
  KEY `permohonansyarat_syarat` (`syarat_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=127207 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for perusahaan
-- ----------------------------
DROP TABLE IF EXISTS `perusahaan`;
CREATE TABLE `perusahaan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `npwp` varchar(100) DEFAULT NULL COMMENT 'NPWP Perusahaan',
  `nama` varchar(100) DEFAULT NULL,
  `noakta` varchar(100) DEFAULT NULL COMMENT 'No Akte Pendirian',
  `notaris` varchar(100) DEFAULT NULL,
  `tglakta` date DEFAULT NULL,
  `bentuk_id` tinyint(4) DEFAULT NULL COMMENT 'Bentuk Perusahaan\n1. PT\n2. BUMN\n3. Koperasi\n4. CV\n5. Persekutuan Firma\n6. Perusahaan Perorangan',
  `kualifikasi_id` tinyint(4) DEFAULT '1',
  `alamat` varchar(100) DEFAULT NULL,
  `rt` varchar(10) DEFAULT NULL,
  `rw` varchar(10) DEFAULT NULL,
  `propinsi_id` int(11) DEFAULT NULL,
  `kabkota_id` int(11) DEFAULT NULL,
  `kecamatan_id` int(11) DEFAULT NULL,
  `desa_id` int(11) DEFAULT NULL,
  `kodepos` varchar(45) DEFAULT NULL,
  `telp` varchar(50) DEFAULT NULL,
  `fax` varchar(50) DEFAULT NULL,
  `stempat_id` tinyint(4) DEFAULT NULL,
  `sperusahaan_id` tinyint(4) DEFAULT NULL,
  `usaha` text,
  `butara` varchar(100) DEFAULT NULL,
  `bselatan` varchar(100) DEFAULT NULL,
  `btimur` varchar(100) DEFAULT NULL,
  `bbarat` varchar(100) DEFAULT NULL,
  `modal` double DEFAULT NULL,
  `merk` tinyint(4) DEFAULT NULL COMMENT 'Merek\n1. Milik sendiri\n2. Lisensi',
  `jusaha_id` int(11) DEFAULT NULL,
  `sdata` tinyint(4) DEFAULT '1',
  PRIMARY KEY (`id`),
  KEY `perusahaan_statustempat` (`stempat_id`) USING BTREE,
  KEY `perusahaan_bentuk` (`bentuk_id`) USING BTREE,
  KEY `perusahaan_propinsi` (`propinsi_id`) USING BTREE,
  KEY `perusahaan_kabkota` (`kabkota_id`) USING BTREE,
  KEY `perusahaan_kecamatan` (`kecamatan_id`) USING BTREE,
  KEY `perusahaan_desa` (`desa_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=26795 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for propinsi
-- ----------------------------
DROP TABLE IF EXISTS `propinsi`;
CREATE TABLE `propinsi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `propinsi` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for reklame
-- ----------------------------
DROP TABLE IF EXISTS `reklame`;
CREATE TABLE `reklame` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tahun` varchar(4) DEFAULT NULL,
  `permohonan_id` int(11) DEFAULT NULL,
  `perusahaan_id` int(11) DEFAULT NULL,
  `ho_id` int(11) DEFAULT NULL,
  `tglberlaku` date DEFAULT NULL,
  `tglberakhir` date DEFAULT NULL,
  `retribusi` float DEFAULT NULL,
  `expiredpajak` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reklame_permohonan` (`permohonan_id`) USING BTREE,
  KEY `reklame_perusahaan` (`perusahaan_id`) USING BTREE,
  KEY `reklame_ho` (`ho_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2547 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for reklamedetail
-- ----------------------------
DROP TABLE IF EXISTS `reklamedetail`;
CREATE TABLE `reklamedetail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permohonan_id` int(11) NOT NULL,
  `jenisreklame_id` int(11) NOT NULL,
  `jumlah` int(11) NOT NULL,
  `ukuran` varchar(200) NOT NULL,
  `cakupan_media` varchar(255) NOT NULL,
  `ilreklame_id` int(11) NOT NULL,
  `harga` bigint(20) NOT NULL,
  `tanah_pemerintah` tinyint(1) NOT NULL COMMENT '0=tidak,1=ya',
  `sifat_reklame` tinyint(1) NOT NULL COMMENT '0=komersial,1=sosial',
  `rokok_alkohol` tinyint(1) NOT NULL COMMENT '0=tidak,1=ya',
  `tempat` varchar(255) NOT NULL,
  `tglmulai` date NOT NULL,
  `jangkawaktu` int(11) NOT NULL,
  `satuanwaktu_id` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=1406 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for siup
-- ----------------------------
DROP TABLE IF EXISTS `siup`;
CREATE TABLE `siup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `perusahaan_id` int(11) DEFAULT NULL,
  `permohonan_id` int(11) DEFAULT '0',
  `kusaha_id` tinyint(4) DEFAULT '0',
  `kbli` tinytext,
  `kelembagaan_id` tinyint(4) DEFAULT '0',
  `lembaga` tinytext,
  `busaha_id` tinyint(4) DEFAULT '0',
  `merk_id` tinyint(4) DEFAULT '0',
  `dagangan` text,
  `sdata` tinyint(4) DEFAULT '1',
  PRIMARY KEY (`id`),
  KEY `siup_perusahaan` (`perusahaan_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=7894 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for sktr
-- ----------------------------
DROP TABLE IF EXISTS `sktr`;
CREATE TABLE `sktr` (
  `ID_SKTR` int(11) NOT NULL AUTO_INCREMENT,
  `ID_PEMOHON` int(11) DEFAULT NULL,
  `JENIS_PERMOHONAN` int(11) DEFAULT NULL,
  `NO_SK` varchar(50) DEFAULT NULL,
  `NO_SK_LAMA` varchar(50) DEFAULT NULL,
  `HAK_MILIK` int(11) DEFAULT NULL,
  `NAMA_PEMILIK` varchar(50) DEFAULT NULL,
  `NO_SURAT_TANAH` varchar(100) DEFAULT NULL,
  `BATAS_KIRI` varchar(100) DEFAULT NULL,
  `BATAS_KANAN` varchar(100) DEFAULT NULL,
  `BATAS_DEPAN` varchar(100) DEFAULT NULL,
  `BATAS_BELAKANG` varchar(100) DEFAULT NULL,
  `FUNGSI` varchar(100) DEFAULT NULL,
  `ALAMAT_BANGUNAN` varchar(100) DEFAULT NULL,
  `TINGGI_BANGUNAN` float DEFAULT NULL,
  `LUAS_PERSIL` float DEFAULT NULL,
  `LUAS_BANGUNAN` float DEFAULT NULL,
  `STATUS` int(11) DEFAULT NULL,
  `STATUS_SURVEY` int(11) DEFAULT NULL,
  `TGL_PERMOHONAN` date DEFAULT NULL,
  `TGL_BERLAKU` date DEFAULT NULL,
  `TGL_BERAKHIR` date DEFAULT NULL,
  `STATUS_RETRIBUSI` int(11) DEFAULT NULL,
  `RETRIBUSI` float NOT NULL,
  PRIMARY KEY (`ID_SKTR`),
  KEY `FK_PEMOHON_SKTR` (`ID_PEMOHON`) USING BTREE,
  CONSTRAINT `FK_PEMOHON_SKTR` FOREIGN KEY (`ID_PEMOHON`) REFERENCES `m_pemohon` (`pemohon_id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for spermohonan
-- ----------------------------
DROP TABLE IF EXISTS `spermohonan`;
CREATE TABLE `spermohonan` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `status` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for sperusahaan
-- ----------------------------
DROP TABLE IF EXISTS `sperusahaan`;
CREATE TABLE `sperusahaan` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `status` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for sppl
-- ----------------------------
DROP TABLE IF EXISTS `sppl`;
CREATE TABLE `sppl` (
  `ID_SPPL` int(11) NOT NULL AUTO_INCREMENT,
  `JENIS_PERMOHONAN` int(11) DEFAULT NULL,
  `ID_PEMOHON` int(11) DEFAULT NULL,
  `NO_SK` varchar(50) DEFAULT NULL,
  `NO_SK_LAMA` varchar(50) DEFAULT NULL,
  `NAMA_USAHA` varchar(50) DEFAULT NULL,
  `PENANGGUNG_JAWAB` varchar(50) DEFAULT NULL,
  `NO_TELP` varchar(20) DEFAULT NULL,
  `JENIS_USAHA` varchar(100) DEFAULT NULL,
  `ALAMAT_USAHA` varchar(100) DEFAULT NULL,
  `STATUS_LAHAN` int(11) DEFAULT NULL,
  `NO_AKTA` varchar(100) DEFAULT NULL,
  `TANGGAL` date DEFAULT NULL,
  `MULAI_KEGIATAN` date DEFAULT NULL,
  `LUAS_LAHAN` float DEFAULT NULL,
  `LUAS_TAPAK_BANGUNAN` float DEFAULT NULL,
  `LUAS_KEGIATAN` float DEFAULT NULL,
  `LUAS_PARKIR` float DEFAULT NULL,
  `STATUS_SURVEY` int(11) DEFAULT NULL,
  `STATUS` int(11) DEFAULT NULL,
  `TGL_PERMOHONAN` date DEFAULT NULL,
  `TGL_BERLAKU` date DEFAULT NULL,
  `TGL_BERAKHIR` date DEFAULT NULL,
  `RETRIBUSI` float DEFAULT NULL,
  `JABATAN` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`ID_SPPL`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for statustempat
-- ----------------------------
DROP TABLE IF EXISTS `statustempat`;
CREATE TABLE `statustempat` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `status` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for stempat
-- ----------------------------
DROP TABLE IF EXISTS `stempat`;
CREATE TABLE `stempat` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `status` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for suratjalan
-- ----------------------------
DROP TABLE IF EXISTS `suratjalan`;
CREATE TABLE `suratjalan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nomor` varchar(25) NOT NULL,
  `tanggal` date NOT NULL,
  `tujuan` varchar(100) NOT NULL,
  `uraian` varchar(255) NOT NULL,
  `jumlah` int(11) NOT NULL,
  `keterangan` varchar(255) NOT NULL,
  `pejabat` varchar(100) NOT NULL,
  `nip` varchar(100) NOT NULL,
  `jabatan` varchar(100) NOT NULL,
  `pangkat` varchar(100) NOT NULL,
  `atasnama` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for syarat
-- ----------------------------
DROP TABLE IF EXISTS `syarat`;
CREATE TABLE `syarat` (
  `id` int(255) NOT NULL AUTO_INCREMENT,
  `syarat` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=144 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for tandatangan
-- ----------------------------
DROP TABLE IF EXISTS `tandatangan`;
CREATE TABLE `tandatangan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pejabat` varchar(100) NOT NULL,
  `nip` varchar(50) NOT NULL,
  `jabatan` varchar(100) NOT NULL,
  `pangkat` varchar(100) DEFAULT NULL,
  `atasnama` varchar(100) NOT NULL,
  `dokumen` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for tdp
-- ----------------------------
DROP TABLE IF EXISTS `tdp`;
CREATE TABLE `tdp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permohonan_id` int(11) NOT NULL,
  `perusahaan_id` int(11) NOT NULL,
  `klui` varchar(100) NOT NULL,
  `klui_pokok` varchar(255) NOT NULL,
  `no_menkeh` varchar(100) NOT NULL,
  `tgl_menkeh` date NOT NULL,
  `no_aapad` varchar(100) NOT NULL,
  `tgl_aapad` date NOT NULL,
  `no_lpad` varchar(100) NOT NULL,
  `tgl_lpad` date NOT NULL,
  `counter_daftar` int(11) NOT NULL,
  `sdata` tinyint(4) DEFAULT '1',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6124 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for tenaga
-- ----------------------------
DROP TABLE IF EXISTS `tenaga`;
CREATE TABLE `tenaga` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tenagajenis_id` tinyint(4) DEFAULT NULL,
  `nama` varchar(100) DEFAULT NULL,
  `tempatlahir` varchar(100) DEFAULT NULL,
  `tgllahir` date DEFAULT NULL,
  `perusahaan_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tenaga_perusahaan` (`perusahaan_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for tgl_libur
-- ----------------------------
DROP TABLE IF EXISTS `tgl_libur`;
CREATE TABLE `tgl_libur` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tanggal` date DEFAULT NULL,
  `keterangan` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for tokoobat
-- ----------------------------
DROP TABLE IF EXISTS `tokoobat`;
CREATE TABLE `tokoobat` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `namatoko` varchar(100) DEFAULT NULL,
  `alamat` varchar(100) DEFAULT NULL,
  `kecamatan_id` int(11) DEFAULT NULL,
  `desa_id` int(11) DEFAULT NULL,
  `rt` varchar(10) DEFAULT NULL,
  `rw` varchar(10) DEFAULT NULL,
  `telp` varchar(30) DEFAULT NULL,
  `fax` varchar(30) DEFAULT NULL,
  `permohonan_id` int(11) DEFAULT NULL,
  `npwp` varchar(50) DEFAULT NULL,
  `retribusi` float DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tokoobat_permohonan` (`permohonan_id`) USING BTREE,
  KEY `tokoobat_kecamatan` (`kecamatan_id`) USING BTREE,
  KEY `tokoobat_desa` (`desa_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for trayek
-- ----------------------------
DROP TABLE IF EXISTS `trayek`;
CREATE TABLE `trayek` (
  `ID_TRAYEK` int(11) NOT NULL AUTO_INCREMENT,
  `ID_TRAYEK_INTI` int(11) DEFAULT NULL,
  `JENIS_PERMOHONAN` int(11) DEFAULT NULL,
  `KODE_TRAYEK` varchar(50) DEFAULT NULL,
  `NO_SK` varchar(50) DEFAULT NULL,
  `NOMOR_UB` varchar(50) DEFAULT NULL,
  `TGL_PERMOHONAN` date DEFAULT NULL,
  `TGL_AWAL` date DEFAULT NULL,
  `TGL_AKHIR` date DEFAULT NULL,
  `STATUS` int(11) DEFAULT NULL,
  `STATUS_SURVEY` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID_TRAYEK`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for trayek_inti
-- ----------------------------
DROP TABLE IF EXISTS `trayek_inti`;
CREATE TABLE `trayek_inti` (
  `ID_TRAYEK_INTI` int(11) NOT NULL AUTO_INCREMENT,
  `ID_PEMOHON` int(11) DEFAULT NULL,
  `NAMA_PERUSAHAAN` varchar(50) DEFAULT NULL,
  `NOMOR_KENDARAAN` varchar(20) DEFAULT NULL,
  `NAMA_PEMILIK` varchar(50) DEFAULT NULL,
  `ALAMAT_PEMILIK` varchar(100) DEFAULT NULL,
  `NO_HP` varchar(20) DEFAULT NULL,
  `NOMOR_RANGKA` varchar(50) DEFAULT NULL,
  `NOMOR_MESIN` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`ID_TRAYEK_INTI`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for t_apotek
-- ----------------------------
DROP TABLE IF EXISTS `t_apotek`;
CREATE TABLE `t_apotek` (
  `apotek_id` int(11) NOT NULL AUTO_INCREMENT,
  `apotek_nama` varchar(50) DEFAULT NULL,
  `apotek_alamat` varchar(100) DEFAULT NULL,
  `apotek_telp` varchar(20) DEFAULT NULL,
  `apotek_kel` varchar(50) DEFAULT NULL,
  `apotek_kec` varchar(50) DEFAULT NULL,
  `apotek_kepemilikan` int(1) DEFAULT NULL,
  `apotek_pemilik` varchar(50) DEFAULT NULL,
  `apotek_pemilikalamat` varchar(100) DEFAULT NULL,
  `apotek_pemiliknpwp` varchar(50) DEFAULT NULL,
  `apotek_siup` varchar(50) DEFAULT NULL,
  `apotek_perusahaan_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`apotek_id`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for t_apotek_asisten
-- ----------------------------
DROP TABLE IF EXISTS `t_apotek_asisten`;
CREATE TABLE `t_apotek_asisten` (
  `asisten_id` int(11) NOT NULL AUTO_INCREMENT,
  `asisten_apotek_id` int(11) DEFAULT NULL,
  `asisten_apotekdet_id` int(11) DEFAULT NULL,
  `asisten_nama` varchar(50) DEFAULT NULL,
  `asisten_sik` varchar(50) DEFAULT NULL,
  `asisten_lulus` varchar(10) DEFAULT NULL,
  `asisten_alamat` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`asisten_id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for t_log
-- ----------------------------
DROP TABLE IF EXISTS `t_log`;
CREATE TABLE `t_log` (
  `log_tanggal` datetime DEFAULT NULL,
  `log_user` int(11) DEFAULT NULL,
  `log_pemohon` int(11) DEFAULT NULL,
  `log_permohonan` int(11) DEFAULT NULL,
  `log_aktifitas` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for user
-- ----------------------------
DROP TABLE IF EXISTS `user`;
CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user` varchar(45) DEFAULT NULL,
  `pass` varchar(45) DEFAULT NULL,
  `nama` varchar(100) DEFAULT NULL,
  `nip` varchar(100) DEFAULT NULL,
  `telp` varchar(45) DEFAULT NULL,
  `groupuser_id` tinyint(4) DEFAULT NULL,
  `status` tinyint(4) DEFAULT '1',
  `update` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_groupuser` (`groupuser_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=43 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for useracl
-- ----------------------------
DROP TABLE IF EXISTS `useracl`;
CREATE TABLE `useracl` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `acl_id` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `useracl_user` (`user_id`) USING BTREE,
  KEY `useracl_acl` (`acl_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=13966 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

-- ----------------------------
-- Table structure for warga
-- ----------------------------
DROP TABLE IF EXISTS `warga`;
CREATE TABLE `warga` (
  `id` tinyint(4) NOT NULL AUTO_INCREMENT,
  `warga` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT;

