-- --------------------------------------------------------
-- Host:                         127.0.0.1
-- Server version:               10.1.13-MariaDB - Source distribution
-- Server OS:                    Linux
-- HeidiSQL Version:             9.3.0.4984
-- --------------------------------------------------------

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;

-- Dumping database structure for siakad_adhiguna_1
CREATE DATABASE IF NOT EXISTS `siakad_adhiguna_1` /*!40100 DEFAULT CHARACTER SET latin1 */;
USE `siakad_adhiguna_1`;


-- Dumping structure for table siakad_adhiguna_1.agama
CREATE TABLE IF NOT EXISTS `agama` (
  `id_agama` int(11) NOT NULL COMMENT 'admin',
  `agama` varchar(255) NOT NULL,
  PRIMARY KEY (`id_agama`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='priv. admin';


-- Dumping structure for table siakad_adhiguna_1.login_alumni
CREATE TABLE IF NOT EXISTS `login_alumni` (
  `id_alumni` varchar(50) NOT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(50) NOT NULL,
  `level` enum('alm') NOT NULL,
  PRIMARY KEY (`id_alumni`),
  CONSTRAINT `FK__tb_mhs_lulus` FOREIGN KEY (`id_alumni`) REFERENCES `tb_alumni` (`nim`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.login_dosen
CREATE TABLE IF NOT EXISTS `login_dosen` (
  `id_login_dosen` int(11) NOT NULL AUTO_INCREMENT,
  `id_kelas_dosen` int(11) NOT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(50) NOT NULL,
  `level` enum('dosen','pengampu') NOT NULL DEFAULT 'dosen',
  PRIMARY KEY (`id_login_dosen`),
  KEY `FK_login_dosen_tb_kelas_dosen` (`id_kelas_dosen`),
  CONSTRAINT `FK_login_dosen_tb_kelas_dosen` FOREIGN KEY (`id_kelas_dosen`) REFERENCES `tb_kelas_dosen` (`id_kelas_dosen`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.login_mhs
CREATE TABLE IF NOT EXISTS `login_mhs` (
  `id_user` int(10) NOT NULL AUTO_INCREMENT,
  `id_krs` int(11) NOT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(50) NOT NULL,
  `level` enum('mhs') NOT NULL,
  `val_periode` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_user`),
  KEY `FK_login_mhs_tb_mhs_krs` (`id_krs`),
  CONSTRAINT `FK_login_mhs_tb_mhs_krs` FOREIGN KEY (`id_krs`) REFERENCES `tb_mhs_krs` (`id_krs`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.login_peg
CREATE TABLE IF NOT EXISTS `login_peg` (
  `uid` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(50) NOT NULL,
  `password` varchar(50) NOT NULL,
  `level` enum('mhs','baak','dosen','prodi') NOT NULL,
  `level_prodi` enum('55201','57201','0') DEFAULT '0',
  `id_setting` int(11) DEFAULT NULL,
  `nama` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`uid`),
  KEY `FK_login_peg_tb_setting` (`id_setting`),
  CONSTRAINT `FK_login_peg_tb_setting` FOREIGN KEY (`id_setting`) REFERENCES `tb_setting` (`id_sett`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8;


-- Dumping structure for table siakad_adhiguna_1.tb_alumni
CREATE TABLE IF NOT EXISTS `tb_alumni` (
  `nim` varchar(50) NOT NULL,
  `alamat` text NOT NULL,
  `no_hp` text NOT NULL,
  `pekerjaan` text NOT NULL,
  PRIMARY KEY (`nim`),
  CONSTRAINT `FK_tb_alumni_tb_mhs_lulus` FOREIGN KEY (`nim`) REFERENCES `tb_mhs_lulus` (`id_mhs`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_bap
CREATE TABLE IF NOT EXISTS `tb_bap` (
  `id_bap` int(11) NOT NULL AUTO_INCREMENT,
  `nama_bap` varchar(50) NOT NULL,
  `perihal` mediumtext NOT NULL,
  `deskripsi` mediumtext,
  `pengirim` int(11) NOT NULL,
  `tujuan` int(11) NOT NULL,
  `status` enum('Y','N','P') NOT NULL DEFAULT 'P',
  PRIMARY KEY (`id_bap`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table siakad_adhiguna_1.tb_cd_khs
CREATE TABLE IF NOT EXISTS `tb_cd_khs` (
  `id_cd_khs` int(11) NOT NULL AUTO_INCREMENT,
  `waktu_buka` datetime NOT NULL,
  `waktu_tutup` datetime NOT NULL,
  `id_kurikulum` int(11) NOT NULL,
  PRIMARY KEY (`id_cd_khs`),
  KEY `FK_tb_cd_khs_tb_kurikulum` (`id_kurikulum`),
  CONSTRAINT `FK_tb_cd_khs_tb_kurikulum` FOREIGN KEY (`id_kurikulum`) REFERENCES `tb_kurikulum` (`id_kurikulum`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_cd_krs
CREATE TABLE IF NOT EXISTS `tb_cd_krs` (
  `id_cd_krs` int(11) NOT NULL AUTO_INCREMENT,
  `waktu_buka` datetime NOT NULL,
  `waktu_tutup` datetime NOT NULL,
  `id_kurikulum` int(11) NOT NULL,
  PRIMARY KEY (`id_cd_krs`),
  KEY `FK_tb_cd_krs_tb_kurikulum` (`id_kurikulum`),
  CONSTRAINT `FK_tb_cd_krs_tb_kurikulum` FOREIGN KEY (`id_kurikulum`) REFERENCES `tb_kurikulum` (`id_kurikulum`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_dosen
CREATE TABLE IF NOT EXISTS `tb_dosen` (
  `nidn` varchar(50) NOT NULL,
  `nm_dosen` text NOT NULL,
  `program_studi` int(11) NOT NULL,
  PRIMARY KEY (`nidn`),
  KEY `FK__tb_prodi` (`program_studi`),
  CONSTRAINT `FK__tb_prodi` FOREIGN KEY (`program_studi`) REFERENCES `tb_prodi` (`id_prodi`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_dosen_absensi
CREATE TABLE IF NOT EXISTS `tb_dosen_absensi` (
  `id_absensi` int(11) NOT NULL AUTO_INCREMENT,
  `id_kelas_dosen` int(11) NOT NULL,
  `tgl_masuk` date NOT NULL,
  `jam_masuk` time NOT NULL,
  `status_kehadiran` enum('Y','N') NOT NULL,
  `pembahasan` mediumtext NOT NULL,
  PRIMARY KEY (`id_absensi`),
  KEY `FK_tb_dosen_absensi_tb_kelas_dosen` (`id_kelas_dosen`),
  CONSTRAINT `FK_tb_dosen_absensi_tb_kelas_dosen` FOREIGN KEY (`id_kelas_dosen`) REFERENCES `tb_kelas_dosen` (`id_kelas_dosen`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='Belum Dikorek';


-- Dumping structure for table siakad_adhiguna_1.tb_dosen_pembimbing
CREATE TABLE IF NOT EXISTS `tb_dosen_pembimbing` (
  `id_pembimbing` int(11) NOT NULL AUTO_INCREMENT,
  `id_dosen` varchar(50) NOT NULL DEFAULT '0',
  `status` enum('1','2') NOT NULL,
  PRIMARY KEY (`id_pembimbing`),
  KEY `FK__tb_dosen` (`id_dosen`),
  CONSTRAINT `FK__tb_dosen` FOREIGN KEY (`id_dosen`) REFERENCES `tb_dosen` (`nidn`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_dosen_penguji
CREATE TABLE IF NOT EXISTS `tb_dosen_penguji` (
  `id_dosen_penguji` int(11) NOT NULL AUTO_INCREMENT,
  `id_proposal_maju` int(11) NOT NULL DEFAULT '0',
  `id_dosen` varchar(50) NOT NULL,
  `jabatan_penguji` enum('1','2','3','4','5') NOT NULL,
  PRIMARY KEY (`id_dosen_penguji`),
  KEY `FK_tb_dosen_penguji_tb_proposal_maju` (`id_proposal_maju`),
  KEY `id_dosen` (`id_dosen`),
  CONSTRAINT `FK_tb_dosen_penguji_tb_dosen` FOREIGN KEY (`id_dosen`) REFERENCES `tb_dosen` (`nidn`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_dosen_penguji_tb_proposal_maju` FOREIGN KEY (`id_proposal_maju`) REFERENCES `tb_proposal_maju` (`id_proposal_maju`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=20 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_jenis_keluar
CREATE TABLE IF NOT EXISTS `tb_jenis_keluar` (
  `id_jenis_keluar` int(10) NOT NULL,
  `nm_jenis_keluar` varchar(50) NOT NULL,
  PRIMARY KEY (`id_jenis_keluar`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table siakad_adhiguna_1.tb_kariawan
CREATE TABLE IF NOT EXISTS `tb_kariawan` (
  `nik` varchar(20) NOT NULL DEFAULT '',
  `nama` varchar(50) NOT NULL,
  `jen_kel` enum('L','P') NOT NULL,
  `tmp_lahir` varchar(50) NOT NULL,
  `tgl_lahir` date NOT NULL,
  `agama` int(11) NOT NULL,
  `jabatan` varchar(250) DEFAULT NULL,
  `alamat` mediumtext,
  `no_hp` mediumtext,
  `email` mediumtext,
  `s1_nm_sklh` varchar(100) DEFAULT NULL,
  `s1_jur` varchar(50) DEFAULT NULL,
  `s1_thn_lulus` varchar(4) DEFAULT NULL,
  `s1_kota` varchar(50) DEFAULT NULL,
  `s2_nm_sklh` mediumtext,
  `s2_jur` varchar(50) DEFAULT NULL,
  `s2_thn_lulus` varchar(4) DEFAULT NULL,
  `s2_kota` varchar(50) DEFAULT NULL,
  `s3_nm_sklh` mediumtext,
  `s3_jur` varchar(50) DEFAULT NULL,
  `s3_thn_lulus` varchar(4) DEFAULT NULL,
  `s3_kota` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`nik`),
  KEY `FK_tb_kariawan_agama` (`agama`),
  CONSTRAINT `FK_tb_kariawan_agama` FOREIGN KEY (`agama`) REFERENCES `agama` (`id_agama`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table siakad_adhiguna_1.tb_kelas_dosen
CREATE TABLE IF NOT EXISTS `tb_kelas_dosen` (
  `id_kelas_dosen` int(11) NOT NULL AUTO_INCREMENT,
  `id_kelas_kuliah` int(11) NOT NULL DEFAULT '0',
  `id_dosen` varchar(50) NOT NULL DEFAULT '0',
  `r_t_muka` int(11) NOT NULL,
  `t_muka` int(11) NOT NULL,
  `status_upload` enum('Y','N') NOT NULL DEFAULT 'N',
  `validasi_baak` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_kelas_dosen`),
  KEY `FK__tb_mhs_data_krs` (`id_kelas_kuliah`),
  KEY `FK_tb_kelas_dosen_tb_dosen` (`id_dosen`),
  CONSTRAINT `FK_tb_kelas_dosen_tb_dosen` FOREIGN KEY (`id_dosen`) REFERENCES `tb_dosen` (`nidn`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_kelas_dosen_tb_kelas_kul` FOREIGN KEY (`id_kelas_kuliah`) REFERENCES `tb_kelas_kul` (`id_kelas`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=64 DEFAULT CHARSET=latin1 COMMENT='get data dari tb_mhs_data_krs berdasarkan kurikulum yang diambil dari field id_kelas kemudian isi tabel ini';


-- Dumping structure for table siakad_adhiguna_1.tb_kelas_kul
CREATE TABLE IF NOT EXISTS `tb_kelas_kul` (
  `id_kelas` int(11) NOT NULL AUTO_INCREMENT,
  `nm_kelas` varchar(50) NOT NULL DEFAULT '0',
  `id_matkul` varchar(50) NOT NULL DEFAULT '0',
  `id_kurikulum` int(11) NOT NULL DEFAULT '0',
  `id_prodi` int(11) DEFAULT '0',
  `status_upload` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_kelas`),
  KEY `FK_tb_kelas_kul_tb_matkul` (`id_matkul`),
  KEY `FK_tb_kelas_kul_tb_kurikulum` (`id_kurikulum`),
  KEY `FK_tb_kelas_kul_tb_prodi` (`id_prodi`),
  CONSTRAINT `FK_tb_kelas_kul_tb_kurikulum` FOREIGN KEY (`id_kurikulum`) REFERENCES `tb_kurikulum` (`id_kurikulum`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_kelas_kul_tb_mk_kurikulum` FOREIGN KEY (`id_matkul`) REFERENCES `tb_mk_kurikulum` (`kode_mk`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_kelas_kul_tb_prodi` FOREIGN KEY (`id_prodi`) REFERENCES `tb_prodi` (`id_prodi`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=1626 DEFAULT CHARSET=latin1 COMMENT='get prodi dan get mata kuliah berdasarkan kurikulum sebelum memasukan data, || seharusnya bukan id_mk_kur bukan id_matkul di tabel mk_kurikulum';


-- Dumping structure for table siakad_adhiguna_1.tb_kurikulum
CREATE TABLE IF NOT EXISTS `tb_kurikulum` (
  `id_kurikulum` int(10) NOT NULL AUTO_INCREMENT,
  `nm_kurikulum` varchar(50) NOT NULL DEFAULT '0',
  `ta` varchar(50) NOT NULL DEFAULT '0',
  `kd_prodi` int(11) NOT NULL DEFAULT '0',
  `status` enum('1','0') NOT NULL DEFAULT '0',
  `status_upload` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_kurikulum`),
  KEY `FK_tb_kurikulum_tb_prodi` (`kd_prodi`),
  CONSTRAINT `FK_tb_kurikulum_tb_prodi` FOREIGN KEY (`kd_prodi`) REFERENCES `tb_prodi` (`id_prodi`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8;


-- Dumping structure for table siakad_adhiguna_1.tb_mata_kuliah
CREATE TABLE IF NOT EXISTS `tb_mata_kuliah` (
  `kode_mk` varchar(50) NOT NULL,
  `nm_mk` text NOT NULL,
  `sks` int(11) NOT NULL,
  `semester` int(11) unsigned NOT NULL,
  `status_upload` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`kode_mk`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Selesai Input';


-- Dumping structure for table siakad_adhiguna_1.tb_mhs
CREATE TABLE IF NOT EXISTS `tb_mhs` (
  `nim` varchar(50) NOT NULL,
  `nm_mhs` varchar(50) NOT NULL,
  `tpt_lhr` varchar(50) NOT NULL,
  `tgl_lahir` date NOT NULL,
  `jenkel` enum('L','P') NOT NULL,
  `agama` int(5) NOT NULL,
  `kelurahan` varchar(50) NOT NULL,
  `wilayah` varchar(50) NOT NULL,
  `nm_ibu` varchar(50) NOT NULL,
  `kd_prodi` int(11) NOT NULL,
  `tgl_masuk` date NOT NULL,
  `smt_masuk` varchar(10) NOT NULL,
  `status_mhs` int(4) NOT NULL,
  `status_awal` enum('1','2') NOT NULL,
  `email` text,
  `status_upload` enum('Y','N') DEFAULT 'N',
  PRIMARY KEY (`nim`),
  KEY `FK_tb_mhs_agama` (`agama`),
  KEY `FK_tb_mhs_tb_prodi` (`kd_prodi`),
  KEY `FK_tb_mhs_tb_status_mhs` (`status_mhs`),
  CONSTRAINT `FK_tb_mhs_agama` FOREIGN KEY (`agama`) REFERENCES `agama` (`id_agama`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_mhs_tb_prodi` FOREIGN KEY (`kd_prodi`) REFERENCES `tb_prodi` (`id_prodi`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_mhs_tb_status_mhs` FOREIGN KEY (`status_mhs`) REFERENCES `tb_status_mhs` (`id_status`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Selesai Input';


-- Dumping structure for table siakad_adhiguna_1.tb_mhs_data_krs
CREATE TABLE IF NOT EXISTS `tb_mhs_data_krs` (
  `id_data_krs` int(50) NOT NULL AUTO_INCREMENT,
  `id_krs` int(50) NOT NULL,
  `id_kelas` int(11) NOT NULL,
  `status_upload` enum('Y','N') NOT NULL DEFAULT 'N',
  `status_nilai` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_data_krs`),
  KEY `FK_tb_mhs_data_krs_tb_mhs_krs` (`id_krs`),
  KEY `FK_tb_mhs_data_krs_tb_kelas_kul` (`id_kelas`),
  CONSTRAINT `FK_tb_mhs_data_krs_tb_kelas_kul` FOREIGN KEY (`id_kelas`) REFERENCES `tb_kelas_kul` (`id_kelas`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_mhs_data_krs_tb_mhs_krs` FOREIGN KEY (`id_krs`) REFERENCES `tb_mhs_krs` (`id_krs`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='get id krs dari tb_mhs_krs kemudian get kelas berdasarkan kurikulum dari tb_mhs_krs ';


-- Dumping structure for table siakad_adhiguna_1.tb_mhs_krs
CREATE TABLE IF NOT EXISTS `tb_mhs_krs` (
  `id_krs` int(11) NOT NULL AUTO_INCREMENT,
  `id_mhs` varchar(50) NOT NULL,
  `kode_pembayaran` varchar(50) NOT NULL,
  `id_kurikulum` int(11) NOT NULL,
  `status_ambil` enum('Y','T') NOT NULL DEFAULT 'T',
  `status_cek` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_krs`),
  UNIQUE KEY `kode_pembayaran` (`kode_pembayaran`),
  KEY `FK__tb_mhs` (`id_mhs`),
  KEY `FK_tb_mhs_krs_tb_kurikulum` (`id_kurikulum`),
  CONSTRAINT `FK_tb_mhs_krs_tb_kurikulum` FOREIGN KEY (`id_kurikulum`) REFERENCES `tb_kurikulum` (`id_kurikulum`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_mhs_krs_tb_mhs` FOREIGN KEY (`id_mhs`) REFERENCES `tb_mhs` (`nim`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_mhs_lulus
CREATE TABLE IF NOT EXISTS `tb_mhs_lulus` (
  `id_mhs` varchar(50) NOT NULL,
  `id_jns_keluar` int(10) DEFAULT NULL,
  `tgl_keluar` date DEFAULT NULL,
  `jalur_skripsi` enum('1','0') DEFAULT NULL,
  `judul_skripsi` text,
  `bln_awal_bim` date DEFAULT NULL,
  `bln_akhir_bim` date DEFAULT NULL,
  `sk_yudisium` varchar(50) DEFAULT NULL,
  `tgl_yudisium` date DEFAULT NULL,
  `IPK` varchar(50) DEFAULT NULL,
  `no_ijazah` varchar(50) DEFAULT NULL,
  `ket` text,
  `status_upload` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_mhs`),
  KEY `FK_tb_mhs_lulus_tb_jenis_keluar` (`id_jns_keluar`),
  CONSTRAINT `FK_tb_mhs_lulus_tb_jenis_keluar` FOREIGN KEY (`id_jns_keluar`) REFERENCES `tb_jenis_keluar` (`id_jenis_keluar`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_mhs_lulus_tb_mhs` FOREIGN KEY (`id_mhs`) REFERENCES `tb_mhs` (`nim`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Selesai Input';


-- Dumping structure for table siakad_adhiguna_1.tb_mhs_transfer
CREATE TABLE IF NOT EXISTS `tb_mhs_transfer` (
  `id_trans` int(10) NOT NULL AUTO_INCREMENT,
  `id_mhs` varchar(50) NOT NULL DEFAULT '0',
  `sks_diakui` int(10) NOT NULL DEFAULT '0',
  `pt_asal` varchar(50) DEFAULT '0',
  `prodi_asal` varchar(50) DEFAULT '0',
  `status_upload` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_trans`),
  UNIQUE KEY `id_mhs` (`id_mhs`),
  CONSTRAINT `FK_tb_mhs_transfer_tb_mhs` FOREIGN KEY (`id_mhs`) REFERENCES `tb_mhs` (`nim`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Sdh Input';


-- Dumping structure for table siakad_adhiguna_1.tb_mk_kurikulum
CREATE TABLE IF NOT EXISTS `tb_mk_kurikulum` (
  `id_kur_mk` int(11) NOT NULL AUTO_INCREMENT,
  `kode_mk` varchar(50) NOT NULL,
  `id_kurikulum` int(11) NOT NULL,
  `status_upload` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_kur_mk`),
  KEY `kode_mk` (`kode_mk`),
  KEY `FK_tb_mk_kurikulum_tb_kurikulum` (`id_kurikulum`),
  CONSTRAINT `FK_tb_mk_kurikulum_tb_kurikulum` FOREIGN KEY (`id_kurikulum`) REFERENCES `tb_kurikulum` (`id_kurikulum`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_mk_kurikulum_tb_mata_kuliah` FOREIGN KEY (`kode_mk`) REFERENCES `tb_mata_kuliah` (`kode_mk`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=477 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_nilai
CREATE TABLE IF NOT EXISTS `tb_nilai` (
  `id_nilai` int(10) NOT NULL AUTO_INCREMENT,
  `id_krs` int(10) NOT NULL DEFAULT '0',
  `nilai_angka` int(5) NOT NULL DEFAULT '0',
  `nilai_index` enum('4','3','2','1','0') NOT NULL,
  `nilai_huruf` varchar(10) NOT NULL DEFAULT '0',
  `status_upload` enum('Y','N') NOT NULL DEFAULT 'N',
  PRIMARY KEY (`id_nilai`),
  KEY `FK_tb_nilai_tb_mhs_data_krs` (`id_krs`),
  CONSTRAINT `FK_tb_nilai_tb_mhs_data_krs` FOREIGN KEY (`id_krs`) REFERENCES `tb_mhs_data_krs` (`id_data_krs`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table siakad_adhiguna_1.tb_nilai_transfer
CREATE TABLE IF NOT EXISTS `tb_nilai_transfer` (
  `id_nilai_trans` int(10) NOT NULL AUTO_INCREMENT,
  `id_mhs` int(11) NOT NULL DEFAULT '0',
  `kd_mk_asal` varchar(50) NOT NULL DEFAULT '0',
  `nm_mk` varchar(50) NOT NULL DEFAULT '0',
  `sks` int(11) NOT NULL DEFAULT '0',
  `nilai_huruf` enum('A','B','C','D','E') NOT NULL,
  `id_mk` int(10) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_nilai_trans`),
  KEY `FK__tb_mhs_transfer` (`id_mhs`),
  CONSTRAINT `FK__tb_mhs_transfer` FOREIGN KEY (`id_mhs`) REFERENCES `tb_mhs_transfer` (`id_trans`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table siakad_adhiguna_1.tb_pengumuman
CREATE TABLE IF NOT EXISTS `tb_pengumuman` (
  `id_pengumuman` int(11) NOT NULL AUTO_INCREMENT,
  `judul` varchar(50) NOT NULL,
  `tentang` text NOT NULL,
  `tanggal` datetime NOT NULL,
  `status` enum('Y','N') NOT NULL,
  PRIMARY KEY (`id_pengumuman`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_prodi
CREATE TABLE IF NOT EXISTS `tb_prodi` (
  `id_prodi` int(11) NOT NULL,
  `nm_prodi` mediumtext NOT NULL,
  `nm_ketua` mediumtext,
  PRIMARY KEY (`id_prodi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table siakad_adhiguna_1.tb_proposal
CREATE TABLE IF NOT EXISTS `tb_proposal` (
  `id_mhs_proposal` int(11) NOT NULL AUTO_INCREMENT,
  `id_mhs` varchar(50) NOT NULL DEFAULT '0',
  `judul` text NOT NULL,
  `id_pembimbing_1` int(11) NOT NULL,
  `id_pembimbing_2` int(11) NOT NULL,
  `tgl_daftar` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `tgl_kadaluarsa` datetime NOT NULL,
  `status_daftar` enum('Y','N') DEFAULT 'N',
  PRIMARY KEY (`id_mhs_proposal`),
  KEY `FK_tb_mhs_proposal_tb_mhs` (`id_mhs`),
  KEY `FK_tb_proposal_tb_dosen_pembimbing` (`id_pembimbing_1`),
  KEY `FK_tb_proposal_tb_dosen_pembimbing_2` (`id_pembimbing_2`),
  CONSTRAINT `FK_tb_mhs_proposal_tb_mhs` FOREIGN KEY (`id_mhs`) REFERENCES `tb_mhs` (`nim`) ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_proposal_tb_dosen_pembimbing` FOREIGN KEY (`id_pembimbing_1`) REFERENCES `tb_dosen_pembimbing` (`id_pembimbing`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_proposal_tb_dosen_pembimbing_2` FOREIGN KEY (`id_pembimbing_2`) REFERENCES `tb_dosen_pembimbing` (`id_pembimbing`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_proposal_maju
CREATE TABLE IF NOT EXISTS `tb_proposal_maju` (
  `id_proposal_maju` int(11) NOT NULL AUTO_INCREMENT,
  `id_proposal` int(11) NOT NULL,
  `kode_bayar` varchar(50) NOT NULL,
  `bebas_pustaka` enum('Y','N') NOT NULL DEFAULT 'N',
  `bebas_smt` enum('Y','N') NOT NULL DEFAULT 'N',
  `tgl_daftar` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_proposal_maju`),
  UNIQUE KEY `kode_bayar` (`kode_bayar`),
  KEY `FK_tb_proposal_maju_tb_proposal` (`id_proposal`),
  CONSTRAINT `FK_tb_proposal_maju_tb_proposal` FOREIGN KEY (`id_proposal`) REFERENCES `tb_proposal` (`id_mhs_proposal`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_setting
CREATE TABLE IF NOT EXISTS `tb_setting` (
  `id_sett` int(2) NOT NULL AUTO_INCREMENT,
  `kode_feed` varchar(50) NOT NULL DEFAULT '0',
  `pass_feed` varchar(50) NOT NULL DEFAULT '0',
  `role` enum('M','P','A') NOT NULL DEFAULT 'P',
  `url_ws` enum('L','P') NOT NULL DEFAULT 'L',
  `mode` enum('LIVE','SANDBOX') NOT NULL,
  `link` varchar(50) NOT NULL,
  PRIMARY KEY (`id_sett`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8;


-- Dumping structure for table siakad_adhiguna_1.tb_skripsi
CREATE TABLE IF NOT EXISTS `tb_skripsi` (
  `id_skripsi` int(11) NOT NULL AUTO_INCREMENT,
  `id_proposal_maju` int(11) NOT NULL,
  `bebas_pustaka` enum('Y','N') NOT NULL DEFAULT 'N',
  `bebas_smt` enum('Y','N') NOT NULL DEFAULT 'N',
  `bebas_proposal` enum('Y','N') NOT NULL DEFAULT 'N',
  `tgl_daftar` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_skripsi`),
  KEY `FK__tb_proposal_maju` (`id_proposal_maju`),
  CONSTRAINT `FK__tb_proposal_maju` FOREIGN KEY (`id_proposal_maju`) REFERENCES `tb_proposal_maju` (`id_proposal_maju`) ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1;


-- Dumping structure for table siakad_adhiguna_1.tb_status_mhs
CREATE TABLE IF NOT EXISTS `tb_status_mhs` (
  `id_status` int(11) NOT NULL AUTO_INCREMENT,
  `nm_status` char(2) NOT NULL,
  `ket` mediumtext,
  PRIMARY KEY (`id_status`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8;


-- Dumping database structure for siami
CREATE DATABASE IF NOT EXISTS `siami` /*!40100 DEFAULT CHARACTER SET latin1 */;
USE `siami`;


-- Dumping structure for table siami.administrator
CREATE TABLE IF NOT EXISTS `administrator` (
  `nik` varchar(10) NOT NULL,
  `nama_admin` varchar(255) NOT NULL,
  `username` varchar(20) NOT NULL,
  `password` varchar(35) NOT NULL,
  PRIMARY KEY (`nik`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table siami.angkatan
CREATE TABLE IF NOT EXISTS `angkatan` (
  `id_angkatan` int(11) NOT NULL AUTO_INCREMENT,
  `nama_angkatan` varchar(4) NOT NULL,
  PRIMARY KEY (`id_angkatan`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table siami.biaya
CREATE TABLE IF NOT EXISTS `biaya` (
  `kode_biaya` varchar(6) NOT NULL,
  `kode_jns_bayar` varchar(5) NOT NULL,
  `jml_biaya` int(11) NOT NULL,
  `angkatan` year(4) DEFAULT NULL,
  `tgl_aktif` date DEFAULT NULL,
  PRIMARY KEY (`kode_biaya`),
  KEY `FK_biaya_jenis_bayar` (`kode_jns_bayar`),
  CONSTRAINT `FK_biaya_jenis_bayar` FOREIGN KEY (`kode_jns_bayar`) REFERENCES `jenis_bayar` (`kode_jns_bayar`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- Dumping structure for table siami.jenis_bayar
CREATE TABLE IF NOT EXISTS `jenis_bayar` (
  `kode_jns_bayar` varchar(5) NOT NULL,
  `nama_jns_bayar` varchar(255) NOT NULL,
  `status` enum('A','P') NOT NULL,
  PRIMARY KEY (`kode_jns_bayar`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- Dumping structure for table siami.mahasiswa
CREATE TABLE IF NOT EXISTS `mahasiswa` (
  `nim` varchar(10) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `alamat` mediumtext NOT NULL,
  `no_telp` varchar(12) DEFAULT NULL,
  `tgl_lahir` date NOT NULL,
  `jenis_kelamin` enum('L','P') NOT NULL,
  `angkatan` year(4) DEFAULT NULL,
  PRIMARY KEY (`nim`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table siami.pembayaran
CREATE TABLE IF NOT EXISTS `pembayaran` (
  `kode_bayar` varchar(50) NOT NULL,
  `kode_biaya` varchar(6) NOT NULL DEFAULT '0',
  `nim` varchar(10) NOT NULL,
  `nik` varchar(10) NOT NULL,
  `jumlah_bayar` int(11) NOT NULL,
  `tgl_byr` date NOT NULL,
  `keterangan` mediumtext,
  `no_referensi` varchar(50) NOT NULL,
  PRIMARY KEY (`kode_bayar`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping database structure for db_portal
CREATE DATABASE IF NOT EXISTS `db_portal` /*!40100 DEFAULT CHARACTER SET latin1 */;
USE `db_portal`;


-- Dumping structure for table db_portal.tb_foto
CREATE TABLE IF NOT EXISTS `tb_foto` (
  `id_foto` int(11) NOT NULL AUTO_INCREMENT,
  `fungsi` varchar(50) NOT NULL,
  `url` varchar(50) NOT NULL,
  PRIMARY KEY (`id_foto`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- Dumping structure for table db_portal.tb_kata
CREATE TABLE IF NOT EXISTS `tb_kata` (
  `id_kata` int(11) NOT NULL AUTO_INCREMENT,
  `nama` varchar(50) DEFAULT NULL,
  `isi` text,
  PRIMARY KEY (`id_kata`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- Dumping database structure for db_perpus
CREATE DATABASE IF NOT EXISTS `db_perpus` /*!40100 DEFAULT CHARACTER SET utf8 */;
USE `db_perpus`;


-- Dumping structure for table db_perpus.tb_buku
CREATE TABLE IF NOT EXISTS `tb_buku` (
  `id_buku` int(11) NOT NULL AUTO_INCREMENT,
  `id_rak` int(11) NOT NULL,
  `id_penerbit` int(11) NOT NULL,
  `nm_buku` varchar(50) NOT NULL,
  `thn_terbit` date NOT NULL,
  `nm_penulis` varchar(50) NOT NULL,
  PRIMARY KEY (`id_buku`),
  KEY `FK_tb_buku_tb_rak` (`id_rak`),
  KEY `FK_tb_buku_tb_penerbit` (`id_penerbit`),
  CONSTRAINT `FK_tb_buku_tb_penerbit` FOREIGN KEY (`id_penerbit`) REFERENCES `tb_penerbit` (`id_penerbit`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_tb_buku_tb_rak` FOREIGN KEY (`id_rak`) REFERENCES `tb_rak` (`id_rak`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8;


-- Dumping structure for table db_perpus.tb_kategori
CREATE TABLE IF NOT EXISTS `tb_kategori` (
  `id_kategori` int(11) NOT NULL AUTO_INCREMENT,
  `nm_kategori` varchar(50) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id_kategori`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8;


-- Dumping structure for table db_perpus.tb_penerbit
CREATE TABLE IF NOT EXISTS `tb_penerbit` (
  `id_penerbit` int(11) NOT NULL AUTO_INCREMENT,
  `nm_penerbit` varchar(50) DEFAULT NULL,
  `alamat` text,
  PRIMARY KEY (`id_penerbit`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8;


-- Dumping structure for table db_perpus.tb_pinjam
CREATE TABLE IF NOT EXISTS `tb_pinjam` (
  `id_pinjam` int(11) NOT NULL AUTO_INCREMENT,
  `id_buku` int(11) NOT NULL,
  `tgl_pjm` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `lama_pjm` int(11) NOT NULL,
  `tgl_kembali` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `id_mhs` varchar(50) NOT NULL,
  `status_pjm` enum('P','Y','N') NOT NULL DEFAULT 'Y',
  PRIMARY KEY (`id_pinjam`),
  KEY `FK_tb_pinjam_tb_buku` (`id_buku`),
  CONSTRAINT `FK_tb_pinjam_tb_buku` FOREIGN KEY (`id_buku`) REFERENCES `tb_buku` (`id_buku`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


-- Dumping structure for table db_perpus.tb_rak
CREATE TABLE IF NOT EXISTS `tb_rak` (
  `id_rak` int(11) NOT NULL AUTO_INCREMENT,
  `id_kategori` int(11) NOT NULL,
  `nm_rak` varchar(50) NOT NULL,
  PRIMARY KEY (`id_rak`),
  KEY `FK_tb_rak_tb_kategori` (`id_kategori`),
  CONSTRAINT `FK_tb_rak_tb_kategori` FOREIGN KEY (`id_kategori`) REFERENCES `tb_kategori` (`id_kategori`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8;
/*!40101 SET SQL_MODE=IFNULL(@OLD_SQL_MODE, '') */;
/*!40014 SET FOREIGN_KEY_CHECKS=IF(@OLD_FOREIGN_KEY_CHECKS IS NULL, 1, @OLD_FOREIGN_KEY_CHECKS) */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
