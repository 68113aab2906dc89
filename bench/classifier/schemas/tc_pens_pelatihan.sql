-- phpMyAdmin SQL Dump
-- version 3.5.2.2
-- http://www.phpmyadmin.net
--
-- Host: 127.0.0.1
-- Generation Time: Jun 27, 2013 at 01:23 PM
-- Server version: 5.5.27
-- PHP Version: 5.4.7

SET SQL_MODE="NO_AUTO_VALUE_ON_ZERO";
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8 */;

--
-- Database: `db_layanan_tc_pens1`
--

-- --------------------------------------------------------

--
-- Table structure for table `tb_absen_instruktur`
--

CREATE TABLE IF NOT EXISTS `tb_absen_instruktur` (
  `id_absen_instruktur` int(11) NOT NULL AUTO_INCREMENT,
  `id_instruktur` int(11) NOT NULL,
  `id_kelas` int(11) NOT NULL,
  `status_absen` text NOT NULL,
  `tgl_absen` varchar(100) NOT NULL,
  PRIMARY KEY (`id_absen_instruktur`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=11 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_absen_peserta`
--

CREATE TABLE IF NOT EXISTS `tb_absen_peserta` (
  `id_absen_peserta` int(11) NOT NULL AUTO_INCREMENT,
  `id_kelas` int(11) NOT NULL,
  `no_peserta` int(11) NOT NULL,
  `id_instruktur` int(11) NOT NULL,
  `status_absen` text NOT NULL,
  `tanggal` varchar(100) NOT NULL,
  PRIMARY KEY (`id_absen_peserta`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=118 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_aksesoris`
--

CREATE TABLE IF NOT EXISTS `tb_aksesoris` (
  `id_aks` int(11) NOT NULL AUTO_INCREMENT,
  `nama` varchar(20) NOT NULL,
  `photo` text NOT NULL,
  `keterangan` text NOT NULL,
  PRIMARY KEY (`id_aks`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=9 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_bay_kui`
--

CREATE TABLE IF NOT EXISTS `tb_bay_kui` (
  `id_bay_kui` int(11) NOT NULL AUTO_INCREMENT,
  `no_kuitansi` varchar(11) NOT NULL,
  PRIMARY KEY (`id_bay_kui`),
  UNIQUE KEY `id_bay_kui` (`id_bay_kui`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=240 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_daftar_peserta`
--

CREATE TABLE IF NOT EXISTS `tb_daftar_peserta` (
  `no_peserta` int(11) NOT NULL AUTO_INCREMENT,
  `id_jenis_peserta` int(11) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `nrp` varchar(30) NOT NULL,
  `email` varchar(50) NOT NULL,
  `instansi_peserta` varchar(50) NOT NULL,
  `jabatan` varchar(50) NOT NULL,
  `tempat_lahir` varchar(30) NOT NULL,
  `tgl_lahir` varchar(20) NOT NULL,
  `gender` varchar(15) NOT NULL,
  `tlp` varchar(20) NOT NULL,
  `tanggal_daftar` varchar(20) NOT NULL,
  `gambar` text NOT NULL,
  PRIMARY KEY (`no_peserta`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=211 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_detail_pelatihan`
--

CREATE TABLE IF NOT EXISTS `tb_detail_pelatihan` (
  `id_details_pelatihan` int(11) NOT NULL AUTO_INCREMENT,
  `id_kategori_training` int(11) NOT NULL,
  `pelatihan` varchar(20) NOT NULL,
  `ket` text NOT NULL,
  PRIMARY KEY (`id_details_pelatihan`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=21 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_director`
--

CREATE TABLE IF NOT EXISTS `tb_director` (
  `id_director` int(11) NOT NULL AUTO_INCREMENT,
  `director` varchar(100) NOT NULL,
  PRIMARY KEY (`id_director`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=2 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_group_kuitansi`
--

CREATE TABLE IF NOT EXISTS `tb_group_kuitansi` (
  `id_group_kuitansi` int(11) NOT NULL AUTO_INCREMENT,
  `no_group_kuitansi` varchar(50) NOT NULL,
  `no_peserta` int(11) NOT NULL,
  `id_judul_jenis_peserta` int(11) NOT NULL,
  `discount` int(11) NOT NULL,
  `tgl_kuitansi` varchar(50) NOT NULL,
  PRIMARY KEY (`id_group_kuitansi`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=79 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_instruktur`
--

CREATE TABLE IF NOT EXISTS `tb_instruktur` (
  `id_instruktur` int(11) NOT NULL AUTO_INCREMENT,
  `nama` varchar(50) NOT NULL,
  `NIP` text NOT NULL,
  `instansi` varchar(50) NOT NULL,
  `jabatan` varchar(50) NOT NULL,
  `tempat_lahir` varchar(50) NOT NULL,
  `tgl_lahir` varchar(20) NOT NULL,
  `gender` varchar(15) NOT NULL,
  `tlp` varchar(20) NOT NULL,
  `status` varchar(10) NOT NULL,
  `ket` text NOT NULL,
  `foto` text NOT NULL,
  PRIMARY KEY (`id_instruktur`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=42 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_jadwal_training`
--

CREATE TABLE IF NOT EXISTS `tb_jadwal_training` (
  `id_jadwal_training` int(11) NOT NULL AUTO_INCREMENT,
  `id_details_pelatihan` int(11) NOT NULL,
  `id_judul` int(11) NOT NULL,
  `tgl1` varchar(20) NOT NULL,
  `tgl2` varchar(20) NOT NULL,
  `jam_mulai` varchar(25) NOT NULL,
  `jam_selesai` varchar(25) NOT NULL,
  `ket_sertifikat` text NOT NULL,
  PRIMARY KEY (`id_jadwal_training`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=84 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_jenis_peserta`
--

CREATE TABLE IF NOT EXISTS `tb_jenis_peserta` (
  `id_jenis_peserta` int(11) NOT NULL AUTO_INCREMENT,
  `jenis_peserta` varchar(30) NOT NULL,
  `ket` text NOT NULL,
  PRIMARY KEY (`id_jenis_peserta`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=23 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_judul`
--

CREATE TABLE IF NOT EXISTS `tb_judul` (
  `id_judul` int(11) NOT NULL AUTO_INCREMENT,
  `id_details_pelatihan` int(11) NOT NULL,
  `judul_training` varchar(50) NOT NULL,
  `durasi` varchar(50) NOT NULL,
  `jmlh_hari` varchar(100) NOT NULL,
  `peserta_min` int(200) NOT NULL,
  `ket` text NOT NULL,
  `syarat` text NOT NULL,
  PRIMARY KEY (`id_judul`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=107 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_judul_jenis_peserta`
--

CREATE TABLE IF NOT EXISTS `tb_judul_jenis_peserta` (
  `id_judul_jenis_peserta` int(11) NOT NULL AUTO_INCREMENT,
  `id_judul` int(11) NOT NULL,
  `id_jenis_peserta` int(11) NOT NULL,
  `biaya` int(11) NOT NULL,
  PRIMARY KEY (`id_judul_jenis_peserta`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=252 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_jumlah_peserta`
--

CREATE TABLE IF NOT EXISTS `tb_jumlah_peserta` (
  `id_jumlah_max` int(11) NOT NULL AUTO_INCREMENT,
  `jumlah_max` int(11) NOT NULL,
  PRIMARY KEY (`id_jumlah_max`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=12 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_kategori_training`
--

CREATE TABLE IF NOT EXISTS `tb_kategori_training` (
  `id_kategori_training` int(11) NOT NULL AUTO_INCREMENT,
  `kategori_training` text NOT NULL,
  `ket` text NOT NULL,
  PRIMARY KEY (`id_kategori_training`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=24 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_kelas`
--

CREATE TABLE IF NOT EXISTS `tb_kelas` (
  `id_kelas` int(11) NOT NULL AUTO_INCREMENT,
  `id_jadwal_training` int(11) NOT NULL,
  `id_instruktur` int(11) NOT NULL,
  `id_tempat` int(11) NOT NULL,
  `tahun` year(4) NOT NULL,
  `nama_kelas` varchar(50) NOT NULL,
  `peserta_max` int(11) NOT NULL,
  `validasi` int(11) NOT NULL,
  `tgl` varchar(100) NOT NULL,
  PRIMARY KEY (`id_kelas`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=11 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_kuitansi`
--

CREATE TABLE IF NOT EXISTS `tb_kuitansi` (
  `id_kuitansi` int(11) NOT NULL AUTO_INCREMENT,
  `no_kuitansi` varchar(20) NOT NULL,
  `no_peserta` int(11) NOT NULL,
  `id_judul_jenis_peserta` int(11) NOT NULL,
  `discount` int(11) NOT NULL,
  `tgl_kuitansi` varchar(100) NOT NULL,
  `ket` text NOT NULL,
  PRIMARY KEY (`id_kuitansi`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=386 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_log`
--

CREATE TABLE IF NOT EXISTS `tb_log` (
  `id_log` int(11) NOT NULL AUTO_INCREMENT,
  `user_name` varchar(100) NOT NULL,
  `tgl` date NOT NULL,
  `time` time NOT NULL,
  PRIMARY KEY (`id_log`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_model_sertifikat`
--

CREATE TABLE IF NOT EXISTS `tb_model_sertifikat` (
  `id_model_sertifikat` int(11) NOT NULL AUTO_INCREMENT,
  `id_details_pelatihan` int(11) NOT NULL,
  `nama_model` text NOT NULL,
  `ket` text NOT NULL,
  PRIMARY KEY (`id_model_sertifikat`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 AUTO_INCREMENT=1 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_modul`
--

CREATE TABLE IF NOT EXISTS `tb_modul` (
  `id_modul` int(11) NOT NULL AUTO_INCREMENT,
  `modul` text NOT NULL,
  `link` varchar(100) NOT NULL,
  `hak_akses` text NOT NULL,
  PRIMARY KEY (`id_modul`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=150 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_nilai`
--

CREATE TABLE IF NOT EXISTS `tb_nilai` (
  `id_nilai` int(11) NOT NULL AUTO_INCREMENT,
  `id_details_pelatihan` int(11) NOT NULL,
  `id_judul` int(11) NOT NULL,
  `no_peserta` int(11) NOT NULL,
  `nilai` int(11) NOT NULL,
  `status` varchar(100) NOT NULL,
  `val` int(11) NOT NULL,
  PRIMARY KEY (`id_nilai`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=56 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_peserta_kelas`
--

CREATE TABLE IF NOT EXISTS `tb_peserta_kelas` (
  `id_peserta_kelas` int(11) NOT NULL AUTO_INCREMENT,
  `id_kelas` int(11) NOT NULL,
  `no_peserta` int(11) NOT NULL,
  `id_pilih_judul` int(11) NOT NULL,
  PRIMARY KEY (`id_peserta_kelas`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=69 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_pilih_judul`
--

CREATE TABLE IF NOT EXISTS `tb_pilih_judul` (
  `id_pilih_judul` int(11) NOT NULL AUTO_INCREMENT,
  `no_peserta` int(11) NOT NULL,
  `id_judul` int(11) NOT NULL,
  PRIMARY KEY (`id_pilih_judul`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=441 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_sertifikat`
--

CREATE TABLE IF NOT EXISTS `tb_sertifikat` (
  `id_sertifikat` int(11) NOT NULL AUTO_INCREMENT,
  `no_sertifikat` varchar(100) NOT NULL,
  `no_peserta` int(11) NOT NULL,
  `id_pilih_judul` int(100) NOT NULL,
  `tgl_sertifikat` varchar(20) NOT NULL,
  `id_instruktur` int(100) NOT NULL,
  `id_director` int(11) NOT NULL,
  `id_nilai` int(11) NOT NULL,
  `no_barcode` int(20) NOT NULL,
  `ket` text NOT NULL,
  `kerjasama` text NOT NULL,
  PRIMARY KEY (`id_sertifikat`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=5 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_tamu`
--

CREATE TABLE IF NOT EXISTS `tb_tamu` (
  `id_tamu` int(20) NOT NULL AUTO_INCREMENT,
  `nama` varchar(50) NOT NULL,
  `email` varchar(50) NOT NULL,
  `telepon` varchar(20) NOT NULL,
  `topik` varchar(100) NOT NULL,
  `pesan` text NOT NULL,
  `tanggal` varchar(30) NOT NULL,
  `baca` int(1) NOT NULL,
  PRIMARY KEY (`id_tamu`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=16 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_tempat`
--

CREATE TABLE IF NOT EXISTS `tb_tempat` (
  `id_tempat` int(11) NOT NULL AUTO_INCREMENT,
  `nama_tempat` varchar(100) NOT NULL,
  `ket` text NOT NULL,
  PRIMARY KEY (`id_tempat`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=38 ;

-- --------------------------------------------------------

--
-- Table structure for table `tb_user`
--

CREATE TABLE IF NOT EXISTS `tb_user` (
  `id_user` int(11) NOT NULL AUTO_INCREMENT,
  `user_name` varchar(50) NOT NULL,
  `password` text NOT NULL,
  `akses` int(5) NOT NULL,
  `status` int(1) NOT NULL,
  PRIMARY KEY (`id_user`)
) ENGINE=MyISAM  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
