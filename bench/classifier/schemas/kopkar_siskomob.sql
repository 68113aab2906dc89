-- phpMyAdmin SQL Dump
-- version 4.9.7
-- https://www.phpmyadmin.net/
--
-- Host: localhost:3306
-- Generation Time: Jul 18, 2021 at 12:17 PM
-- Server version: 10.3.29-MariaDB-cll-lve
-- PHP Version: 7.3.28

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;


--
-- Database: `u3794268_kopkar`
--

-- --------------------------------------------------------

--
-- Table structure for table `ci_sessions`
--

CREATE TABLE `ci_sessions` (
  `session_id` varchar(40) NOT NULL DEFAULT '0',
  `ip_address` varchar(45) NOT NULL DEFAULT '0',
  `user_agent` varchar(120) NOT NULL,
  `last_activity` int(10) UNSIGNED NOT NULL DEFAULT 0,
  `user_data` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `ci_sessions`
--


-- --------------------------------------------------------

--
-- Table structure for table `jns_akun`
--

CREATE TABLE `jns_akun` (
  `id` bigint(20) NOT NULL,
  `kd_aktiva` varchar(5) DEFAULT NULL,
  `jns_trans` varchar(50) NOT NULL,
  `akun` enum('Aktiva','Pasiva') DEFAULT NULL,
  `laba_rugi` enum('','PENDAPATAN','BIAYA') NOT NULL DEFAULT '',
  `pemasukan` enum('Y','N') DEFAULT NULL,
  `pengeluaran` enum('Y','N') DEFAULT NULL,
  `aktif` enum('Y','N') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `jns_akun`
--


-- --------------------------------------------------------

--
-- Table structure for table `jns_angsuran`
--

CREATE TABLE `jns_angsuran` (
  `id` bigint(20) NOT NULL,
  `ket` int(11) NOT NULL,
  `masa_kerja` int(11) NOT NULL,
  `masa_kerja_max` int(11) NOT NULL,
  `aktif` enum('Y','T','','') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `jns_angsuran`
--


-- --------------------------------------------------------

--
-- Table structure for table `jns_pinjam`
--

CREATE TABLE `jns_pinjam` (
  `id` int(5) NOT NULL,
  `kode_jenis_pinjam` varchar(10) NOT NULL,
  `jns_pinjam` varchar(30) NOT NULL,
  `tampil` enum('Y','T') NOT NULL,
  `vcCOACode` varchar(12) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `jns_pinjam`
--


-- --------------------------------------------------------

--
-- Table structure for table `jns_simpan`
--

CREATE TABLE `jns_simpan` (
  `id` int(5) NOT NULL,
  `jns_simpan` varchar(30) NOT NULL,
  `vcCOACode` varchar(12) NOT NULL,
  `jumlah` double NOT NULL,
  `tampil` enum('Y','T') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `jns_simpan`
--


-- --------------------------------------------------------

--
-- Table structure for table `nama_kas_tbl`
--

CREATE TABLE `nama_kas_tbl` (
  `id` bigint(20) NOT NULL,
  `nama` varchar(225) NOT NULL,
  `vcCOACode` varchar(12) NOT NULL,
  `aktif` enum('Y','T') NOT NULL,
  `tmpl_simpan` enum('Y','T') NOT NULL,
  `tmpl_penarikan` enum('Y','T') NOT NULL,
  `tmpl_pinjaman` enum('Y','T') NOT NULL,
  `tmpl_bayar` enum('Y','T') NOT NULL,
  `tmpl_pemasukan` enum('Y','T') NOT NULL,
  `tmpl_pengeluaran` enum('Y','T') NOT NULL,
  `tmpl_transfer` enum('Y','T') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `nama_kas_tbl`
--


-- --------------------------------------------------------

--
-- Table structure for table `pekerjaan`
--

CREATE TABLE `pekerjaan` (
  `id_kerja` varchar(5) NOT NULL,
  `jenis_kerja` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `pekerjaan`
--


-- --------------------------------------------------------

--
-- Table structure for table `suku_bunga`
--

CREATE TABLE `suku_bunga` (
  `id` int(10) NOT NULL,
  `opsi_key` varchar(20) NOT NULL,
  `opsi_val` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `suku_bunga`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_anggota`
--

CREATE TABLE `tbl_anggota` (
  `id` bigint(20) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `identitas` varchar(255) NOT NULL,
  `jk` enum('L','P') NOT NULL,
  `tmp_lahir` varchar(225) NOT NULL,
  `tgl_lahir` date NOT NULL,
  `masuk_kerja` date NOT NULL,
  `status` varchar(30) NOT NULL,
  `agama` varchar(30) NOT NULL,
  `departement` varchar(255) NOT NULL,
  `pekerjaan` varchar(30) NOT NULL,
  `alamat` text NOT NULL,
  `kota` varchar(255) NOT NULL,
  `notelp` varchar(12) NOT NULL,
  `tgl_daftar` date NOT NULL,
  `jabatan_id` int(10) NOT NULL,
  `jenis_anggota` enum('Biasa','Luar Biasa') NOT NULL,
  `aktif` enum('Y','N') NOT NULL,
  `pass_word` varchar(225) NOT NULL,
  `file_pic` varchar(225) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_anggota`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_apheader`
--

CREATE TABLE `tbl_apheader` (
  `IDHeaderAP` int(11) NOT NULL,
  `vcApHeaderCode` varchar(15) NOT NULL,
  `dtApDate` datetime NOT NULL,
  `vcCurrCode` varchar(3) NOT NULL,
  `cuAPRateValue` double NOT NULL,
  `vcApHeaderDesc` varchar(30) NOT NULL,
  `vcCOACode` varchar(12) NOT NULL,
  `cuCOAValue` double NOT NULL,
  `cuItemApTotal` double NOT NULL,
  `itStatusApHeader` enum('0','1') NOT NULL DEFAULT '0',
  `itPostApHeader` enum('0','1') NOT NULL DEFAULT '0',
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_apheader`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_apitem`
--

CREATE TABLE `tbl_apitem` (
  `IDItemAP` int(11) NOT NULL,
  `vcApHeaderCode` varchar(15) NOT NULL,
  `vcCOAApItemCode` varchar(12) NOT NULL,
  `cuApItemValue` double NOT NULL,
  `itStatusApItem` enum('0','1') NOT NULL DEFAULT '0',
  `itPostApItem` enum('0','1') NOT NULL DEFAULT '0',
  `vcApItemDesc` varchar(35) NOT NULL,
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_apitem`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_arheader`
--

CREATE TABLE `tbl_arheader` (
  `IDHeader` int(11) NOT NULL,
  `vcARHeaderCode` varchar(15) NOT NULL,
  `dtARDate` datetime NOT NULL,
  `vcCurrCode` varchar(3) NOT NULL,
  `cuARRateValue` double NOT NULL,
  `vcARHeaderDesc` varchar(30) NOT NULL,
  `vcCOACode` varchar(12) NOT NULL,
  `cuCOAValue` double NOT NULL,
  `cuItemARTotal` double NOT NULL,
  `itStatusARHeader` enum('0','1') NOT NULL DEFAULT '0',
  `itPostARHeader` enum('0','1') NOT NULL DEFAULT '0',
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_arheader`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_aritem`
--

CREATE TABLE `tbl_aritem` (
  `IDItem` int(11) NOT NULL,
  `vcARHeaderCode` varchar(15) NOT NULL,
  `vcCOAARItemCode` varchar(12) NOT NULL,
  `cuARItemValue` double NOT NULL,
  `itStatusARItem` enum('0','1') NOT NULL DEFAULT '0',
  `itPostARItem` enum('0','1') NOT NULL DEFAULT '0',
  `vcARItemDesc` varchar(35) NOT NULL,
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_aritem`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_barang`
--

CREATE TABLE `tbl_barang` (
  `id` bigint(20) NOT NULL,
  `nm_barang` varchar(255) NOT NULL,
  `kode` varchar(5) NOT NULL,
  `type` varchar(50) NOT NULL,
  `merk` varchar(50) NOT NULL,
  `harga` double NOT NULL,
  `jml_brg` int(11) NOT NULL,
  `ket` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_barang`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_coa`
--

CREATE TABLE `tbl_coa` (
  `CoaId` bigint(20) NOT NULL,
  `vcCOACode` varchar(12) NOT NULL,
  `vcCOAName` varchar(50) NOT NULL,
  `vcGroupCode` varchar(2) NOT NULL,
  `itCOAType` enum('0','1') NOT NULL,
  `itCOALevel` enum('0','1','2','3','4','5') NOT NULL,
  `itCOACashBank` enum('0','1') NOT NULL,
  `itCOAFixedAsset` enum('0','1') NOT NULL,
  `vcCOABalanceType` enum('D','K') NOT NULL,
  `cuCOABalanceValue` double NOT NULL,
  `itCOAReportType` enum('0','1') NOT NULL,
  `vcCOADesc` varchar(200) NOT NULL,
  `itActive` enum('0','1') NOT NULL,
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_coa`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_currency`
--

CREATE TABLE `tbl_currency` (
  `itTransID` int(11) NOT NULL,
  `vcCurrCode` varchar(3) NOT NULL,
  `vcCurrName` varchar(25) NOT NULL,
  `cuRateValue` double NOT NULL,
  `itDefault` enum('1','0') DEFAULT '0',
  `itActive` enum('0','1') NOT NULL,
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_currency`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_faheader`
--

CREATE TABLE `tbl_faheader` (
  `itTransID` int(11) NOT NULL,
  `vcFaHeaderCode` varchar(15) NOT NULL,
  `vcCurrCode` varchar(3) NOT NULL,
  `vcFACOACode` varchar(12) NOT NULL,
  `dtFADate` datetime NOT NULL,
  `itDepreciation` int(11) NOT NULL,
  `cuFAHeaderValue` double NOT NULL,
  `vcFACOACodeDR` varchar(12) NOT NULL,
  `vcFACOACodeCR` varchar(12) NOT NULL,
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_faitem`
--

CREATE TABLE `tbl_faitem` (
  `itTransID` int(11) NOT NULL,
  `vcFAHeaderCode` varchar(15) NOT NULL,
  `dtPeriodFA` datetime NOT NULL,
  `cuAccumulateFA` double NOT NULL,
  `cuFAItemValue` double NOT NULL,
  `itPercent` int(11) NOT NULL,
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_groupcoa`
--

CREATE TABLE `tbl_groupcoa` (
  `GroupId` int(11) NOT NULL,
  `vcGroupCode` varchar(2) NOT NULL,
  `vcGroupName` varchar(50) NOT NULL,
  `itStatus` enum('0','1') NOT NULL,
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_groupcoa`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_journal`
--

CREATE TABLE `tbl_journal` (
  `itTransID` int(11) NOT NULL,
  `vcIDJournal` varchar(15) NOT NULL,
  `dtJournal` datetime NOT NULL,
  `vcCOAJournal` varchar(12) NOT NULL,
  `cuJournalDebet` double NOT NULL,
  `cuJournalCredit` double NOT NULL,
  `vcJournalDesc` varchar(35) NOT NULL,
  `itPostJournal` enum('0','1') NOT NULL,
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_journal`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_memoheader`
--

CREATE TABLE `tbl_memoheader` (
  `IDHeaderMemo` int(11) NOT NULL,
  `vcMemoHeaderCode` varchar(15) NOT NULL,
  `dtMemoDate` datetime NOT NULL,
  `vcCurrCode` varchar(3) NOT NULL,
  `cuMemoRateValue` double NOT NULL,
  `vcMemoHeaderDesc` varchar(35) NOT NULL,
  `cuMemoHeaderDebet` double NOT NULL,
  `cuMemoHeaderCredit` double NOT NULL,
  `itStatusMemoHeader` enum('0','1') NOT NULL DEFAULT '0',
  `itPostMemoHeader` enum('0','1') NOT NULL DEFAULT '0',
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_memoheader`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_memoitem`
--

CREATE TABLE `tbl_memoitem` (
  `IDItemMemo` int(11) NOT NULL,
  `vcMemoHeaderCode` varchar(15) NOT NULL,
  `vcCOAMemoItemCode` varchar(12) NOT NULL,
  `debet_or_kredit` enum('D','K') DEFAULT NULL,
  `cuMemoItemValue` double NOT NULL,
  `itStatusMemoItem` enum('0','1') NOT NULL DEFAULT '0',
  `itPostMemoItem` enum('0','1') NOT NULL DEFAULT '0',
  `vcMemoItemDesc` varchar(35) NOT NULL,
  `vcUserID` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_memoitem`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_pengajuan`
--

CREATE TABLE `tbl_pengajuan` (
  `id` bigint(20) NOT NULL,
  `no_ajuan` int(11) NOT NULL,
  `ajuan_id` varchar(255) NOT NULL,
  `anggota_id` bigint(20) NOT NULL,
  `tgl_input` datetime NOT NULL,
  `jenis` varchar(255) NOT NULL,
  `nominal` bigint(20) NOT NULL,
  `lama_ags` int(11) NOT NULL,
  `keterangan` varchar(255) NOT NULL,
  `status` tinyint(4) NOT NULL,
  `alasan` varchar(255) NOT NULL,
  `tgl_cair` date NOT NULL,
  `tgl_update` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_pengajuan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_pinjaman_d`
--

CREATE TABLE `tbl_pinjaman_d` (
  `id` bigint(20) NOT NULL,
  `tgl_bayar` datetime NOT NULL,
  `pinjam_id` bigint(20) NOT NULL,
  `angsuran_ke` bigint(20) NOT NULL,
  `jumlah_bayar` int(11) NOT NULL,
  `bayar_jasa_pinjaman` int(11) NOT NULL,
  `denda_rp` int(11) NOT NULL,
  `terlambat` int(11) NOT NULL,
  `ket_bayar` enum('Angsuran','Pelunasan','Bayar Denda') NOT NULL,
  `dk` enum('D','K') NOT NULL,
  `kas_id` bigint(20) NOT NULL,
  `jns_trans` bigint(20) NOT NULL,
  `update_data` datetime NOT NULL,
  `user_name` varchar(30) NOT NULL,
  `keterangan` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_pinjaman_d`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_pinjaman_h`
--

CREATE TABLE `tbl_pinjaman_h` (
  `id` bigint(20) NOT NULL,
  `jns_pinjam` int(5) NOT NULL,
  `no_pinjaman` varchar(16) NOT NULL,
  `tgl_pinjam` datetime NOT NULL,
  `anggota_id` bigint(20) NOT NULL,
  `barang_id` bigint(20) NOT NULL,
  `lama_angsuran` bigint(20) NOT NULL,
  `jumlah` int(11) NOT NULL,
  `bunga` float(10,2) NOT NULL,
  `biaya_adm` int(11) NOT NULL,
  `lunas` enum('Belum','Lunas') NOT NULL,
  `dk` enum('D','K') NOT NULL,
  `kas_id` bigint(20) NOT NULL,
  `jns_trans` bigint(20) NOT NULL,
  `update_data` datetime NOT NULL,
  `user_name` varchar(30) NOT NULL,
  `keterangan` varchar(255) NOT NULL,
  `contoh` int(23) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_pinjaman_h`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_setting`
--

CREATE TABLE `tbl_setting` (
  `id` bigint(20) NOT NULL,
  `opsi_key` varchar(255) NOT NULL,
  `opsi_val` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_setting`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_trans_kas`
--

CREATE TABLE `tbl_trans_kas` (
  `id` bigint(20) NOT NULL,
  `tgl_catat` datetime NOT NULL,
  `jumlah` double NOT NULL,
  `keterangan` varchar(255) NOT NULL,
  `akun` enum('Pemasukan','Pengeluaran','Transfer') NOT NULL,
  `dari_kas_id` bigint(20) DEFAULT NULL,
  `untuk_kas_id` bigint(20) DEFAULT NULL,
  `jns_trans` bigint(20) DEFAULT NULL,
  `dk` enum('D','K') DEFAULT NULL,
  `update_data` datetime NOT NULL,
  `user_name` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_trans_sp`
--

CREATE TABLE `tbl_trans_sp` (
  `id` bigint(20) NOT NULL,
  `tgl_transaksi` datetime NOT NULL,
  `anggota_id` bigint(20) NOT NULL,
  `jenis_id` int(5) NOT NULL,
  `jumlah` double NOT NULL,
  `keterangan` varchar(255) NOT NULL,
  `akun` enum('Setoran','Penarikan') NOT NULL,
  `dk` enum('D','K') NOT NULL,
  `kas_id` bigint(20) NOT NULL,
  `update_data` datetime NOT NULL,
  `user_name` varchar(30) NOT NULL,
  `nama_penyetor` varchar(255) NOT NULL,
  `no_identitas` varchar(20) NOT NULL,
  `alamat` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_trans_sp`
--


-- --------------------------------------------------------

--
-- Table structure for table `tbl_user`
--

CREATE TABLE `tbl_user` (
  `id` bigint(20) NOT NULL,
  `u_name` varchar(30) NOT NULL,
  `pass_word` varchar(255) NOT NULL,
  `aktif` enum('Y','N') NOT NULL,
  `level` enum('admin','operator','pinjaman') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Dumping data for table `tbl_user`
--


--
-- Indexes for dumped tables
--

--
-- Indexes for table `ci_sessions`
--
ALTER TABLE `ci_sessions`
  ADD PRIMARY KEY (`session_id`),
  ADD KEY `last_activity_idx` (`last_activity`);

--
-- Indexes for table `jns_akun`
--
ALTER TABLE `jns_akun`
  ADD PRIMARY KEY (`id`),
  ADD KEY `kd_aktiva` (`kd_aktiva`);

--
-- Indexes for table `jns_angsuran`
--
ALTER TABLE `jns_angsuran`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `jns_pinjam`
--
ALTER TABLE `jns_pinjam`
  ADD PRIMARY KEY (`id`),
  ADD KEY `vcCOACode` (`vcCOACode`);

--
-- Indexes for table `jns_simpan`
--
ALTER TABLE `jns_simpan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `vcCOACode` (`vcCOACode`);

--
-- Indexes for table `nama_kas_tbl`
--
ALTER TABLE `nama_kas_tbl`
  ADD PRIMARY KEY (`id`),
  ADD KEY `vcCOACode` (`vcCOACode`);

--
-- Indexes for table `suku_bunga`
--
ALTER TABLE `suku_bunga`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tbl_anggota`
--
ALTER TABLE `tbl_anggota`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `identitas` (`identitas`);

--
-- Indexes for table `tbl_apheader`
--
ALTER TABLE `tbl_apheader`
  ADD PRIMARY KEY (`IDHeaderAP`),
  ADD UNIQUE KEY `vcApHeaderCode` (`vcApHeaderCode`),
  ADD KEY `vcCurrCode` (`vcCurrCode`),
  ADD KEY `vcCOACode` (`vcCOACode`),
  ADD KEY `vcUserID` (`vcUserID`);

--
-- Indexes for table `tbl_apitem`
--
ALTER TABLE `tbl_apitem`
  ADD PRIMARY KEY (`IDItemAP`),
  ADD KEY `vcApHeaderCode` (`vcApHeaderCode`),
  ADD KEY `vcUserID` (`vcUserID`),
  ADD KEY `vcCOAApItemCode` (`vcCOAApItemCode`);

--
-- Indexes for table `tbl_arheader`
--
ALTER TABLE `tbl_arheader`
  ADD PRIMARY KEY (`IDHeader`),
  ADD KEY `vcARHeaderCode` (`vcARHeaderCode`),
  ADD KEY `vcCurrCode` (`vcCurrCode`),
  ADD KEY `vcCOACode` (`vcCOACode`),
  ADD KEY `vcUserID` (`vcUserID`);

--
-- Indexes for table `tbl_aritem`
--
ALTER TABLE `tbl_aritem`
  ADD PRIMARY KEY (`IDItem`),
  ADD KEY `vcARHeaderCode` (`vcARHeaderCode`),
  ADD KEY `vcCOAARItemCode` (`vcCOAARItemCode`),
  ADD KEY `vcUserID` (`vcUserID`);

--
-- Indexes for table `tbl_barang`
--
ALTER TABLE `tbl_barang`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tbl_coa`
--
ALTER TABLE `tbl_coa`
  ADD PRIMARY KEY (`CoaId`),
  ADD UNIQUE KEY `vcCOACode` (`vcCOACode`),
  ADD KEY `vcUserID` (`vcUserID`),
  ADD KEY `vcGroupCode` (`vcGroupCode`);

--
-- Indexes for table `tbl_currency`
--
ALTER TABLE `tbl_currency`
  ADD PRIMARY KEY (`itTransID`),
  ADD KEY `vcCurrCode` (`vcCurrCode`),
  ADD KEY `vcUserID` (`vcUserID`);

--
-- Indexes for table `tbl_faheader`
--
ALTER TABLE `tbl_faheader`
  ADD PRIMARY KEY (`itTransID`),
  ADD UNIQUE KEY `vcFaHeaderCode` (`vcFaHeaderCode`),
  ADD KEY `vcCurrCode` (`vcCurrCode`),
  ADD KEY `vcFACOACode` (`vcFACOACode`),
  ADD KEY `vcUserID` (`vcUserID`),
  ADD KEY `vcFACOACodeDR` (`vcFACOACodeDR`),
  ADD KEY `vcFACOACodeCR` (`vcFACOACodeCR`);

--
-- Indexes for table `tbl_faitem`
--
ALTER TABLE `tbl_faitem`
  ADD PRIMARY KEY (`itTransID`),
  ADD KEY `vcUserID` (`vcUserID`),
  ADD KEY `vcFAHeaderCode` (`vcFAHeaderCode`);

--
-- Indexes for table `tbl_groupcoa`
--
ALTER TABLE `tbl_groupcoa`
  ADD PRIMARY KEY (`GroupId`),
  ADD UNIQUE KEY `vcGroupCode` (`vcGroupCode`),
  ADD KEY `vcUserID` (`vcUserID`);

--
-- Indexes for table `tbl_journal`
--
ALTER TABLE `tbl_journal`
  ADD PRIMARY KEY (`itTransID`);

--
-- Indexes for table `tbl_memoheader`
--
ALTER TABLE `tbl_memoheader`
  ADD PRIMARY KEY (`IDHeaderMemo`),
  ADD UNIQUE KEY `vcMemoHeaderCode` (`vcMemoHeaderCode`),
  ADD KEY `vcUserID` (`vcUserID`);

--
-- Indexes for table `tbl_memoitem`
--
ALTER TABLE `tbl_memoitem`
  ADD PRIMARY KEY (`IDItemMemo`),
  ADD KEY `vcMemoHeaderCode` (`vcMemoHeaderCode`),
  ADD KEY `vcCOAMemoItemCode` (`vcCOAMemoItemCode`),
  ADD KEY `vcUserID` (`vcUserID`);

--
-- Indexes for table `tbl_pengajuan`
--
ALTER TABLE `tbl_pengajuan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`anggota_id`);

--
-- Indexes for table `tbl_pinjaman_d`
--
ALTER TABLE `tbl_pinjaman_d`
  ADD PRIMARY KEY (`id`),
  ADD KEY `kas_id` (`kas_id`),
  ADD KEY `user_name` (`user_name`),
  ADD KEY `pinjam_id` (`pinjam_id`),
  ADD KEY `jns_trans` (`jns_trans`);

--
-- Indexes for table `tbl_pinjaman_h`
--
ALTER TABLE `tbl_pinjaman_h`
  ADD PRIMARY KEY (`id`),
  ADD KEY `anggota_id` (`anggota_id`),
  ADD KEY `kas_id` (`kas_id`),
  ADD KEY `user_name` (`user_name`),
  ADD KEY `jns_trans` (`jns_trans`),
  ADD KEY `barang_id` (`barang_id`),
  ADD KEY `jns_pinjam` (`jns_pinjam`);

--
-- Indexes for table `tbl_setting`
--
ALTER TABLE `tbl_setting`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tbl_trans_kas`
--
ALTER TABLE `tbl_trans_kas`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_name` (`user_name`),
  ADD KEY `dari_kas_id` (`dari_kas_id`,`untuk_kas_id`),
  ADD KEY `untuk_kas_id` (`untuk_kas_id`),
  ADD KEY `jns_trans` (`jns_trans`);

--
-- Indexes for table `tbl_trans_sp`
--
ALTER TABLE `tbl_trans_sp`
  ADD PRIMARY KEY (`id`),
  ADD KEY `anggota_id` (`anggota_id`),
  ADD KEY `jenis_id` (`jenis_id`),
  ADD KEY `kas_id` (`kas_id`),
  ADD KEY `user_name` (`user_name`);

--
-- Indexes for table `tbl_user`
--
ALTER TABLE `tbl_user`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `u_name` (`u_name`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `jns_akun`
--
ALTER TABLE `jns_akun`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=77;

--
-- AUTO_INCREMENT for table `jns_angsuran`
--
ALTER TABLE `jns_angsuran`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `jns_pinjam`
--
ALTER TABLE `jns_pinjam`
  MODIFY `id` int(5) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `jns_simpan`
--
ALTER TABLE `jns_simpan`
  MODIFY `id` int(5) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=45;

--
-- AUTO_INCREMENT for table `nama_kas_tbl`
--
ALTER TABLE `nama_kas_tbl`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `suku_bunga`
--
ALTER TABLE `suku_bunga`
  MODIFY `id` int(10) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=17;

--
-- AUTO_INCREMENT for table `tbl_anggota`
--
ALTER TABLE `tbl_anggota`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `tbl_apheader`
--
ALTER TABLE `tbl_apheader`
  MODIFY `IDHeaderAP` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `tbl_apitem`
--
ALTER TABLE `tbl_apitem`
  MODIFY `IDItemAP` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=11;

--
-- AUTO_INCREMENT for table `tbl_arheader`
--
ALTER TABLE `tbl_arheader`
  MODIFY `IDHeader` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tbl_aritem`
--
ALTER TABLE `tbl_aritem`
  MODIFY `IDItem` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tbl_barang`
--
ALTER TABLE `tbl_barang`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `tbl_coa`
--
ALTER TABLE `tbl_coa`
  MODIFY `CoaId` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=69;

--
-- AUTO_INCREMENT for table `tbl_currency`
--
ALTER TABLE `tbl_currency`
  MODIFY `itTransID` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `tbl_faheader`
--
ALTER TABLE `tbl_faheader`
  MODIFY `itTransID` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tbl_faitem`
--
ALTER TABLE `tbl_faitem`
  MODIFY `itTransID` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tbl_groupcoa`
--
ALTER TABLE `tbl_groupcoa`
  MODIFY `GroupId` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

--
-- AUTO_INCREMENT for table `tbl_journal`
--
ALTER TABLE `tbl_journal`
  MODIFY `itTransID` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=76;

--
-- AUTO_INCREMENT for table `tbl_memoheader`
--
ALTER TABLE `tbl_memoheader`
  MODIFY `IDHeaderMemo` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=13;

--
-- AUTO_INCREMENT for table `tbl_memoitem`
--
ALTER TABLE `tbl_memoitem`
  MODIFY `IDItemMemo` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=21;

--
-- AUTO_INCREMENT for table `tbl_pengajuan`
--
ALTER TABLE `tbl_pengajuan`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tbl_pinjaman_d`
--
ALTER TABLE `tbl_pinjaman_d`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `tbl_pinjaman_h`
--
ALTER TABLE `tbl_pinjaman_h`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=10;

--
-- AUTO_INCREMENT for table `tbl_setting`
--
ALTER TABLE `tbl_setting`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `tbl_trans_kas`
--
ALTER TABLE `tbl_trans_kas`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tbl_trans_sp`
--
ALTER TABLE `tbl_trans_sp`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `tbl_user`
--
ALTER TABLE `tbl_user`
  MODIFY `id` bigint(20) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `jns_pinjam`
--
ALTER TABLE `jns_pinjam`
  ADD CONSTRAINT `jns_pinjam_ibfk_1` FOREIGN KEY (`vcCOACode`) REFERENCES `tbl_coa` (`vcCOACode`);

--
-- Constraints for table `jns_simpan`
--
ALTER TABLE `jns_simpan`
  ADD CONSTRAINT `jns_simpan_ibfk_1` FOREIGN KEY (`vcCOACode`) REFERENCES `tbl_coa` (`vcCOACode`);

--
-- Constraints for table `tbl_apheader`
--
ALTER TABLE `tbl_apheader`
  ADD CONSTRAINT `tbl_apheader_ibfk_1` FOREIGN KEY (`vcCOACode`) REFERENCES `tbl_coa` (`vcCOACode`),
  ADD CONSTRAINT `tbl_apheader_ibfk_2` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`),
  ADD CONSTRAINT `tbl_apheader_ibfk_3` FOREIGN KEY (`vcCurrCode`) REFERENCES `tbl_currency` (`vcCurrCode`);

--
-- Constraints for table `tbl_apitem`
--
ALTER TABLE `tbl_apitem`
  ADD CONSTRAINT `tbl_apitem_ibfk_1` FOREIGN KEY (`vcApHeaderCode`) REFERENCES `tbl_apheader` (`vcApHeaderCode`),
  ADD CONSTRAINT `tbl_apitem_ibfk_2` FOREIGN KEY (`vcCOAApItemCode`) REFERENCES `tbl_coa` (`vcCOACode`),
  ADD CONSTRAINT `tbl_apitem_ibfk_3` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_arheader`
--
ALTER TABLE `tbl_arheader`
  ADD CONSTRAINT `tbl_arheader_ibfk_1` FOREIGN KEY (`vcCurrCode`) REFERENCES `tbl_currency` (`vcCurrCode`),
  ADD CONSTRAINT `tbl_arheader_ibfk_2` FOREIGN KEY (`vcCOACode`) REFERENCES `tbl_coa` (`vcCOACode`),
  ADD CONSTRAINT `tbl_arheader_ibfk_3` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_aritem`
--
ALTER TABLE `tbl_aritem`
  ADD CONSTRAINT `tbl_aritem_ibfk_1` FOREIGN KEY (`vcARHeaderCode`) REFERENCES `tbl_arheader` (`vcARHeaderCode`),
  ADD CONSTRAINT `tbl_aritem_ibfk_2` FOREIGN KEY (`vcCOAARItemCode`) REFERENCES `tbl_coa` (`vcCOACode`),
  ADD CONSTRAINT `tbl_aritem_ibfk_3` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_coa`
--
ALTER TABLE `tbl_coa`
  ADD CONSTRAINT `tbl_coa_ibfk_1` FOREIGN KEY (`vcGroupCode`) REFERENCES `tbl_groupcoa` (`vcGroupCode`),
  ADD CONSTRAINT `tbl_coa_ibfk_2` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_currency`
--
ALTER TABLE `tbl_currency`
  ADD CONSTRAINT `tbl_currency_ibfk_1` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_faheader`
--
ALTER TABLE `tbl_faheader`
  ADD CONSTRAINT `tbl_faheader_ibfk_1` FOREIGN KEY (`vcCurrCode`) REFERENCES `tbl_currency` (`vcCurrCode`),
  ADD CONSTRAINT `tbl_faheader_ibfk_2` FOREIGN KEY (`vcFACOACode`) REFERENCES `tbl_coa` (`vcCOACode`),
  ADD CONSTRAINT `tbl_faheader_ibfk_3` FOREIGN KEY (`vcFACOACodeDR`) REFERENCES `tbl_coa` (`vcCOACode`),
  ADD CONSTRAINT `tbl_faheader_ibfk_4` FOREIGN KEY (`vcFACOACodeCR`) REFERENCES `tbl_coa` (`vcCOACode`),
  ADD CONSTRAINT `tbl_faheader_ibfk_5` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_faitem`
--
ALTER TABLE `tbl_faitem`
  ADD CONSTRAINT `tbl_faitem_ibfk_1` FOREIGN KEY (`vcFAHeaderCode`) REFERENCES `tbl_faheader` (`vcFaHeaderCode`),
  ADD CONSTRAINT `tbl_faitem_ibfk_2` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_groupcoa`
--
ALTER TABLE `tbl_groupcoa`
  ADD CONSTRAINT `tbl_groupcoa_ibfk_1` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_memoheader`
--
ALTER TABLE `tbl_memoheader`
  ADD CONSTRAINT `tbl_memoheader_ibfk_1` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_memoitem`
--
ALTER TABLE `tbl_memoitem`
  ADD CONSTRAINT `tbl_memoitem_ibfk_1` FOREIGN KEY (`vcMemoHeaderCode`) REFERENCES `tbl_memoheader` (`vcMemoHeaderCode`),
  ADD CONSTRAINT `tbl_memoitem_ibfk_2` FOREIGN KEY (`vcCOAMemoItemCode`) REFERENCES `tbl_coa` (`vcCOACode`),
  ADD CONSTRAINT `tbl_memoitem_ibfk_3` FOREIGN KEY (`vcUserID`) REFERENCES `tbl_user` (`u_name`);

--
-- Constraints for table `tbl_pengajuan`
--
ALTER TABLE `tbl_pengajuan`
  ADD CONSTRAINT `tbl_pengajuan_ibfk_1` FOREIGN KEY (`anggota_id`) REFERENCES `tbl_anggota` (`id`);

--
-- Constraints for table `tbl_pinjaman_d`
--
ALTER TABLE `tbl_pinjaman_d`
  ADD CONSTRAINT `tbl_pinjaman_d_ibfk_1` FOREIGN KEY (`pinjam_id`) REFERENCES `tbl_pinjaman_h` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_pinjaman_d_ibfk_2` FOREIGN KEY (`kas_id`) REFERENCES `nama_kas_tbl` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_pinjaman_d_ibfk_3` FOREIGN KEY (`user_name`) REFERENCES `tbl_user` (`u_name`),
  ADD CONSTRAINT `tbl_pinjaman_d_ibfk_4` FOREIGN KEY (`jns_trans`) REFERENCES `jns_akun` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tbl_pinjaman_h`
--
ALTER TABLE `tbl_pinjaman_h`
  ADD CONSTRAINT `tbl_pinjaman_h_ibfk_1` FOREIGN KEY (`anggota_id`) REFERENCES `tbl_anggota` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_pinjaman_h_ibfk_2` FOREIGN KEY (`kas_id`) REFERENCES `nama_kas_tbl` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_pinjaman_h_ibfk_3` FOREIGN KEY (`user_name`) REFERENCES `tbl_user` (`u_name`),
  ADD CONSTRAINT `tbl_pinjaman_h_ibfk_4` FOREIGN KEY (`jns_trans`) REFERENCES `jns_akun` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_pinjaman_h_ibfk_5` FOREIGN KEY (`barang_id`) REFERENCES `tbl_barang` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_pinjaman_h_ibfk_6` FOREIGN KEY (`jns_pinjam`) REFERENCES `jns_pinjam` (`id`);

--
-- Constraints for table `tbl_trans_kas`
--
ALTER TABLE `tbl_trans_kas`
  ADD CONSTRAINT `tbl_trans_kas_ibfk_2` FOREIGN KEY (`user_name`) REFERENCES `tbl_user` (`u_name`),
  ADD CONSTRAINT `tbl_trans_kas_ibfk_3` FOREIGN KEY (`dari_kas_id`) REFERENCES `nama_kas_tbl` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_trans_kas_ibfk_4` FOREIGN KEY (`untuk_kas_id`) REFERENCES `nama_kas_tbl` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_trans_kas_ibfk_5` FOREIGN KEY (`jns_trans`) REFERENCES `jns_akun` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tbl_trans_sp`
--
ALTER TABLE `tbl_trans_sp`
  ADD CONSTRAINT `tbl_trans_sp_ibfk_1` FOREIGN KEY (`anggota_id`) REFERENCES `tbl_anggota` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_trans_sp_ibfk_2` FOREIGN KEY (`kas_id`) REFERENCES `nama_kas_tbl` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_trans_sp_ibfk_3` FOREIGN KEY (`user_name`) REFERENCES `tbl_user` (`u_name`),
  ADD CONSTRAINT `tbl_trans_sp_ibfk_4` FOREIGN KEY (`jenis_id`) REFERENCES `jns_simpan` (`id`) ON UPDATE CASCADE;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
