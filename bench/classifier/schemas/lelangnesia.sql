/*
Navicat MySQL Data Transfer

Source Server         : localhost
Source Server Version : 100137
Source Host           : localhost:3306
Source Database       : lelang

Target Server Type    : MYSQL
Target Server Version : 100137
File Encoding         : 65001

Date: 2021-11-19 14:41:10
*/

SET FOREIGN_KEY_CHECKS=0;

-- ----------------------------
-- Table structure for history_lelang
-- ----------------------------
DROP TABLE IF EXISTS `history_lelang`;
CREATE TABLE `history_lelang` (
  `id_history` int(11) NOT NULL AUTO_INCREMENT,
  `id_lelang` int(11) DEFAULT NULL,
  `id_barang` int(11) DEFAULT NULL,
  `id_user` int(11) DEFAULT NULL,
  `penawaran_harga` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_history`)
) ENGINE=InnoDB AUTO_INCREMENT=146 DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for m_banking
-- ----------------------------
DROP TABLE IF EXISTS `m_banking`;
CREATE TABLE `m_banking` (
  `id_banking` int(11) NOT NULL AUTO_INCREMENT,
  `rekening` varchar(255) DEFAULT NULL,
  `kode` varchar(255) DEFAULT NULL,
  `pin` varchar(255) DEFAULT NULL,
  `saldo` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_banking`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for p_pembayaran
-- ----------------------------
DROP TABLE IF EXISTS `p_pembayaran`;
CREATE TABLE `p_pembayaran` (
  `id_tampung` int(11) NOT NULL AUTO_INCREMENT,
  `jumlah` varchar(255) DEFAULT NULL,
  `id_bayar` int(11) DEFAULT NULL,
  `id_user` int(11) DEFAULT NULL,
  `id_banking` int(11) DEFAULT NULL,
  `va` varchar(255) DEFAULT NULL,
  `rekening_p` varchar(255) DEFAULT NULL,
  `id_lelang` int(11) DEFAULT NULL,
  PRIMARY KEY (`id_tampung`)
) ENGINE=InnoDB AUTO_INCREMENT=31 DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for tb_barang
-- ----------------------------
DROP TABLE IF EXISTS `tb_barang`;
CREATE TABLE `tb_barang` (
  `id_barang` int(11) NOT NULL AUTO_INCREMENT,
  `nama_barang` varchar(255) DEFAULT NULL,
  `foto` blob,
  `tgl` date DEFAULT NULL,
  `harga_awal` varchar(255) DEFAULT NULL,
  `deskripsi_barang` varchar(255) DEFAULT NULL,
  `status_lelang` enum('dibuka','ditutup','terjual') DEFAULT NULL,
  `status_barang` int(3) DEFAULT NULL,
  `petugas` int(30) DEFAULT NULL,
  `batas` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_barang`)
) ENGINE=InnoDB AUTO_INCREMENT=105 DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for tb_kode
-- ----------------------------
DROP TABLE IF EXISTS `tb_kode`;
CREATE TABLE `tb_kode` (
  `id_kode` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  `kode` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id_kode`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for tb_lelang
-- ----------------------------
DROP TABLE IF EXISTS `tb_lelang`;
CREATE TABLE `tb_lelang` (
  `id_lelang` int(11) NOT NULL AUTO_INCREMENT,
  `id_barang` int(11) DEFAULT NULL,
  `id_user` int(11) DEFAULT NULL,
  `tgl_lelang` date DEFAULT NULL,
  `id_petugas` int(11) DEFAULT NULL,
  `batas` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `status` enum('dibuka','ditutup') DEFAULT NULL,
  `harga_akhir` varchar(255) DEFAULT NULL,
  `waktu_menang` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_lelang`)
) ENGINE=InnoDB AUTO_INCREMENT=107 DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for tb_level
-- ----------------------------
DROP TABLE IF EXISTS `tb_level`;
CREATE TABLE `tb_level` (
  `id_level` int(11) NOT NULL AUTO_INCREMENT,
  `level` enum('administrator','petugas') DEFAULT NULL,
  PRIMARY KEY (`id_level`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for tb_masyarakat
-- ----------------------------
DROP TABLE IF EXISTS `tb_masyarakat`;
CREATE TABLE `tb_masyarakat` (
  `id_user` int(11) NOT NULL AUTO_INCREMENT,
  `nama_lengkap` varchar(255) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `v_password` varchar(255) DEFAULT NULL,
  `telp` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `alamat` text,
  `tpt_lahir` varchar(255) DEFAULT NULL,
  `tgl` date DEFAULT NULL,
  `wajah` blob,
  `ktp` blob,
  `nik` varchar(255) DEFAULT NULL,
  `gender` varchar(255) DEFAULT NULL,
  `verif` int(3) DEFAULT NULL,
  `alasan` text,
  `active` int(11) DEFAULT NULL,
  PRIMARY KEY (`id_user`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for tb_pembayaran
-- ----------------------------
DROP TABLE IF EXISTS `tb_pembayaran`;
CREATE TABLE `tb_pembayaran` (
  `id_bayar` int(11) NOT NULL AUTO_INCREMENT,
  `id_lelang` int(11) DEFAULT NULL,
  `id_barang` int(11) DEFAULT NULL,
  `status_bayar` enum('belum','sudah') DEFAULT NULL,
  `va` varchar(255) DEFAULT NULL,
  `rekening` varchar(255) DEFAULT NULL,
  `waktu_bayar` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `id_user` int(11) DEFAULT NULL,
  `jumlah_bayar` varchar(255) DEFAULT NULL,
  `batas_bayar` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_bayar`)
) ENGINE=InnoDB AUTO_INCREMENT=22 DEFAULT CHARSET=latin1;

-- ----------------------------
-- Table structure for tb_petugas
-- ----------------------------
DROP TABLE IF EXISTS `tb_petugas`;
CREATE TABLE `tb_petugas` (
  `id_petugas` int(11) NOT NULL AUTO_INCREMENT,
  `nama_petugas` varchar(255) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `V_password` varchar(255) DEFAULT NULL,
  `id_level` int(11) DEFAULT NULL,
  `telepon` varchar(255) DEFAULT NULL,
  `is_delete` int(11) DEFAULT NULL,
  PRIMARY KEY (`id_petugas`)
) ENGINE=InnoDB AUTO_INCREMENT=40 DEFAULT CHARSET=latin1;
