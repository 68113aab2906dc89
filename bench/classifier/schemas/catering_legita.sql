-- phpMyAdmin SQL Dump
-- version 3.4.5
-- http://www.phpmyadmin.net
--
-- Host: localhost
-- Generation Time: Jul 12, 2018 at 03:50 PM
-- Server version: 5.5.16
-- PHP Version: 5.3.8

SET SQL_MODE="NO_AUTO_VALUE_ON_ZERO";
SET time_zone = "+00:00";

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8 */;

--
-- Database: `catering`
--

-- --------------------------------------------------------

--
-- Table structure for table `daerah`
--

CREATE TABLE IF NOT EXISTS `daerah` (
  `id_daerah` int(10) NOT NULL AUTO_INCREMENT,
  `provinsi` varchar(25) NOT NULL,
  `kota` varchar(35) NOT NULL,
  `kecamatan` varchar(35) NOT NULL,
  PRIMARY KEY (`id_daerah`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=64 ;

-- --------------------------------------------------------

--
-- Table structure for table `komentar`
--

CREATE TABLE IF NOT EXISTS `komentar` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `id_menu` int(20) NOT NULL,
  `nama_menu` varchar(20) NOT NULL,
  `nama` varchar(35) NOT NULL,
  `pertanyaan` text NOT NULL,
  `balasan` text NOT NULL,
  `tgl` varchar(25) NOT NULL,
  `type` varchar(25) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=37 ;

-- --------------------------------------------------------

--
-- Table structure for table `komenweb`
--

CREATE TABLE IF NOT EXISTS `komenweb` (
  `id_komen` int(10) NOT NULL AUTO_INCREMENT,
  `nama` varchar(20) NOT NULL,
  `email` varchar(25) NOT NULL,
  `pertanyaan` varchar(100) NOT NULL,
  `tgl` varchar(25) NOT NULL,
  `balas` varchar(100) NOT NULL,
  PRIMARY KEY (`id_komen`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=8 ;

-- --------------------------------------------------------

--
-- Table structure for table `menu`
--

CREATE TABLE IF NOT EXISTS `menu` (
  `id_menu` int(20) NOT NULL AUTO_INCREMENT,
  `kode_menu` varchar(10) NOT NULL,
  `jenis_menu` varchar(10) NOT NULL,
  `nama_menu` varchar(50) NOT NULL,
  `gambar_menu` varchar(50) NOT NULL,
  `hargamenu` text NOT NULL,
  `hargasatuan` text NOT NULL,
  `keterangan` text NOT NULL,
  PRIMARY KEY (`id_menu`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=32 ;

-- --------------------------------------------------------

--
-- Table structure for table `pembelian`
--

CREATE TABLE IF NOT EXISTS `pembelian` (
  `id_pembelian` int(10) NOT NULL AUTO_INCREMENT,
  `id_user` int(10) NOT NULL,
  `nama_pembeli` varchar(30) NOT NULL,
  `tgl` varchar(25) NOT NULL,
  `kode_menu` varchar(5) NOT NULL,
  `nama_menu` varchar(20) NOT NULL,
  `type` varchar(20) NOT NULL,
  `jenis_wadah` varchar(25) NOT NULL,
  `harga` int(50) NOT NULL,
  `hargamenu` int(50) NOT NULL,
  `buah` varchar(25) NOT NULL,
  `jumlah` int(25) NOT NULL,
  `total` int(50) NOT NULL,
  `totalcek` int(50) NOT NULL,
  `tgl_pesan` varchar(25) NOT NULL,
  `tgl_butuh` varchar(25) NOT NULL,
  `catatan` varchar(50) NOT NULL,
  `invoice` varchar(50) NOT NULL,
  `fixed` int(2) NOT NULL,
  PRIMARY KEY (`id_pembelian`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=110 ;

-- --------------------------------------------------------

--
-- Table structure for table `transaksi`
--

CREATE TABLE IF NOT EXISTS `transaksi` (
  `id_transaksi` int(11) NOT NULL AUTO_INCREMENT,
  `id_user` int(11) NOT NULL,
  `tanggal` varchar(25) NOT NULL,
  `nama_pembeli` varchar(20) NOT NULL,
  `totalcek` int(50) NOT NULL,
  `upload` varchar(35) NOT NULL,
  `konfirmasi` int(2) NOT NULL,
  `invoice` int(50) NOT NULL,
  `selesai` int(2) NOT NULL,
  PRIMARY KEY (`id_transaksi`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=18 ;

-- --------------------------------------------------------

--
-- Table structure for table `user`
--

CREATE TABLE IF NOT EXISTS `user` (
  `id_user` int(11) NOT NULL AUTO_INCREMENT,
  `nama_lengkap` varchar(25) NOT NULL,
  `username` varchar(10) NOT NULL,
  `pj` varchar(50) NOT NULL,
  `password` varchar(45) NOT NULL,
  `jk` varchar(10) NOT NULL,
  `provinsi` varchar(40) NOT NULL,
  `kota` varchar(30) NOT NULL,
  `kecamatan` varchar(30) NOT NULL,
  `alamat` text NOT NULL,
  `email` varchar(25) NOT NULL,
  `no_tlp` text NOT NULL,
  `level` varchar(10) NOT NULL,
  PRIMARY KEY (`id_user`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=14 ;

-- --------------------------------------------------------

--
-- Table structure for table `wadah`
--

CREATE TABLE IF NOT EXISTS `wadah` (
  `id_wadah` int(5) NOT NULL AUTO_INCREMENT,
  `jenis_wadah` varchar(20) NOT NULL,
  `harga` text NOT NULL,
  PRIMARY KEY (`id_wadah`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=3 ;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
