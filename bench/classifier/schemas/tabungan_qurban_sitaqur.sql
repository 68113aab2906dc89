-- phpMyAdmin SQL Dump
-- version 4.4.14
-- http://www.phpmyadmin.net
--
-- Host: 127.0.0.1
-- Generation Time: 29 Nov 2018 pada 06.48
-- Versi Server: 5.6.26
-- PHP Version: 5.6.12

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET time_zone = "+00:00";

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `db_qurbanapp`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `admin`
--

CREATE TABLE IF NOT EXISTS `admin` (
  `ADMIN_ID` int(11) NOT NULL,
  `ADMIN_USERNAME` varchar(50) NOT NULL,
  `ADMIN_PASSWORD` varchar(50) NOT NULL,
  `ADMIN_NAMA` varchar(50) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 ROW_FORMAT=COMPACT;

-- --------------------------------------------------------

--
-- Struktur dari tabel `hewan`
--

CREATE TABLE IF NOT EXISTS `hewan` (
  `HEWAN_ID` int(11) NOT NULL,
  `HEWAN_NAMA` varchar(50) NOT NULL,
  `HEWAN_JENIS` enum('KAMBING','SAPI') NOT NULL,
  `HEWAN_HARGA` varchar(50) NOT NULL,
  `HEWAN_BERAT` varchar(50) NOT NULL,
  `HEWAN_URUT` int(11) NOT NULL,
  `HEWAN_STATUS` enum('TAMPIL','SEMBUNYI') NOT NULL,
  `HEWAN_ADD` int(11) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `info`
--

CREATE TABLE IF NOT EXISTS `info` (
  `INFO_ID` int(11) NOT NULL,
  `INFO_LOGO` text NOT NULL,
  `INFO_META_DESC` text NOT NULL,
  `INFO_TENTANG` text NOT NULL,
  `INFO_FB` text NOT NULL,
  `INFO_INSTAGRAM` text NOT NULL,
  `INFO_YOUTUBE` text NOT NULL,
  `INFO_EMAIL` varchar(50) NOT NULL,
  `INFO_HP` varchar(50) NOT NULL,
  `INFO_ALAMAT` text NOT NULL,
  `INFO_RUN_TEXT` text NOT NULL,
  `INFO_RUN_TEXT_STATUS` enum('TAMPIL','SEMBUNYI') NOT NULL,
  `INFO_KETENTUAN` text NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `keranjang`
--

CREATE TABLE IF NOT EXISTS `keranjang` (
  `KERANJANG_ID` int(11) NOT NULL,
  `NOTA_NO` varchar(50) NOT NULL,
  `HEWAN_ID` int(11) NOT NULL,
  `KERANJANG_QTY` int(11) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `lembaga`
--

CREATE TABLE IF NOT EXISTS `lembaga` (
  `LEMBAGA_ID` int(11) NOT NULL,
  `LEMBAGA_NAMA` varchar(50) NOT NULL,
  `LEMBAGA_HP` varchar(50) NOT NULL,
  `LEMBAGA_EMAIL` varchar(50) NOT NULL,
  `LEMBAGA_PASSWORD` varchar(100) NOT NULL,
  `LEMBAGA_ALAMAT` text NOT NULL,
  `LEMBAGA_LAT` varchar(50) NOT NULL,
  `LEMBAGA_LONG` varchar(50) NOT NULL,
  `LEMBAGA_STATUS` enum('TAMPIL','SEMBUNYI') NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `member`
--

CREATE TABLE IF NOT EXISTS `member` (
  `MEMBER_ID` int(11) NOT NULL,
  `MEMBER_NIK` varchar(50) DEFAULT NULL,
  `MEMBER_EMAIL` varchar(50) NOT NULL,
  `MEMBER_NAMA` varchar(50) NOT NULL,
  `MEMBER_JK` enum('L','p') NOT NULL,
  `MEMBER_HP` varchar(50) NOT NULL,
  `MEMBER_FOTO` text,
  `MEMBER_PROVINSI` text,
  `MEMBER_KABUPATEN` text,
  `MEMBER_KECAMATAN` text,
  `MEMBER_DESA` text,
  `MEMBER_DUSUN` text,
  `MEMBER_VERIFIKASI` enum('BELUM','SUDAH') NOT NULL,
  `MEMBER_STATUS` enum('BARU','AKTIF','BLOKIR') NOT NULL,
  `MEMBER_PASSWORD` varchar(100) NOT NULL,
  `MEMBER_BANK` varchar(50) DEFAULT NULL,
  `MEMBER_NO_REK` varchar(50) DEFAULT NULL,
  `MEMBER_AN_REK` varchar(50) DEFAULT NULL,
  `MEMBER_ADD` int(11) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `nota`
--

CREATE TABLE IF NOT EXISTS `nota` (
  `NOTA_ID` int(11) NOT NULL,
  `MEMBER_ID` int(11) NOT NULL,
  `LEMBAGA_ID` int(11) NOT NULL,
  `NOTA_NO` varchar(50) NOT NULL,
  `NOTA_TOTAL` int(11) NOT NULL,
  `NOTA_CATATAN` text NOT NULL,
  `NOTA_STATUS` enum('PROSES','TERIMA') NOT NULL,
  `NOTA_ADD` date NOT NULL,
  `NOTA_TGL_TERIMA` date NOT NULL,
  `NOTA_GMB1` text,
  `NOTA_GMB2` text,
  `NOTA_GMB3` text,
  `NOTA_GMB4` text
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `pengunjung`
--

CREATE TABLE IF NOT EXISTS `pengunjung` (
  `PENGUNJUNG_ID` int(11) NOT NULL,
  `PENGUNJUNG_IP` varchar(50) NOT NULL,
  `PENGUNJUNG_DEVICE` text NOT NULL,
  `PENGUNJUNG_AGENT` text NOT NULL,
  `PENGUNJUNG_FLATFORM` text NOT NULL,
  `PENGUNJUNG_TGL` date NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=105 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `rekening`
--

CREATE TABLE IF NOT EXISTS `rekening` (
  `REKENING_ID` int(11) NOT NULL,
  `REKENING_NAMA` varchar(50) NOT NULL,
  `REKENING_NO` varchar(50) NOT NULL,
  `REKENING_AN` varchar(50) NOT NULL,
  `REKENING_STATUS` enum('TAMPIL','SEMBUNYI') NOT NULL,
  `REKENING_ADD` int(11) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `saran`
--

CREATE TABLE IF NOT EXISTS `saran` (
  `SARAN_ID` int(11) NOT NULL,
  `SARAN_NAMA` varchar(50) NOT NULL,
  `SARAN_EMAIL` varchar(50) NOT NULL,
  `SARAN_ISI` text NOT NULL,
  `SARAN_DEVICE` text NOT NULL,
  `SARAN_AGENT` text NOT NULL,
  `SARAN_PLATFORM` text NOT NULL,
  `SARAN_STATUS` enum('BELUM','SUDAH') NOT NULL,
  `SARAN_ADD` int(11) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `slider`
--

CREATE TABLE IF NOT EXISTS `slider` (
  `SLIDER_ID` int(11) NOT NULL,
  `SLIDER_GMB` text NOT NULL,
  `SLIDER_LINK` text NOT NULL,
  `SLIDER_STATUS` enum('TAMPIL','SEMBUNYI') NOT NULL,
  `SLIDER_ADD` int(11) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tabungan`
--

CREATE TABLE IF NOT EXISTS `tabungan` (
  `TABUNGAN_ID` int(11) NOT NULL,
  `MEMBER_ID` int(11) NOT NULL,
  `REKENING_ID` int(11) NOT NULL,
  `TABUNGAN_NOMINAL` int(11) NOT NULL,
  `TABUNGAN_TGL` date NOT NULL,
  `TABUNGAN_BUKTI` text NOT NULL,
  `TABUNGAN_CATATAN` text,
  `TABUNGAN_STATUS` enum('PROSES','TERIMA','TOLAK') NOT NULL,
  `TABUNGAN_ADD` int(11) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Struktur dari tabel `uploads`
--

CREATE TABLE IF NOT EXISTS `uploads` (
  `UPLOADS_ID` int(11) NOT NULL,
  `UPLOADS_FILE` text NOT NULL,
  `UPLOADS_ADD` int(11) NOT NULL
) ENGINE=InnoDB AUTO_INCREMENT=47 DEFAULT CHARSET=utf8;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `admin`
--
ALTER TABLE `admin`
  ADD PRIMARY KEY (`ADMIN_ID`),
  ADD UNIQUE KEY `admin_username` (`ADMIN_USERNAME`);

--
-- Indexes for table `hewan`
--
ALTER TABLE `hewan`
  ADD PRIMARY KEY (`HEWAN_ID`),
  ADD UNIQUE KEY `HEWAN_NAMA` (`HEWAN_NAMA`);

--
-- Indexes for table `info`
--
ALTER TABLE `info`
  ADD PRIMARY KEY (`INFO_ID`);

--
-- Indexes for table `keranjang`
--
ALTER TABLE `keranjang`
  ADD PRIMARY KEY (`KERANJANG_ID`);

--
-- Indexes for table `lembaga`
--
ALTER TABLE `lembaga`
  ADD PRIMARY KEY (`LEMBAGA_ID`);

--
-- Indexes for table `member`
--
ALTER TABLE `member`
  ADD PRIMARY KEY (`MEMBER_ID`),
  ADD UNIQUE KEY `member_nip` (`MEMBER_EMAIL`);

--
-- Indexes for table `nota`
--
ALTER TABLE `nota`
  ADD PRIMARY KEY (`NOTA_ID`);

--
-- Indexes for table `pengunjung`
--
ALTER TABLE `pengunjung`
  ADD PRIMARY KEY (`PENGUNJUNG_ID`);

--
-- Indexes for table `rekening`
--
ALTER TABLE `rekening`
  ADD PRIMARY KEY (`REKENING_ID`);

--
-- Indexes for table `saran`
--
ALTER TABLE `saran`
  ADD PRIMARY KEY (`SARAN_ID`);

--
-- Indexes for table `slider`
--
ALTER TABLE `slider`
  ADD PRIMARY KEY (`SLIDER_ID`);

--
-- Indexes for table `tabungan`
--
ALTER TABLE `tabungan`
  ADD PRIMARY KEY (`TABUNGAN_ID`);

--
-- Indexes for table `uploads`
--
ALTER TABLE `uploads`
  ADD PRIMARY KEY (`UPLOADS_ID`);

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
