-- phpMyAdmin SQL Dump
-- version 4.8.3
-- https://www.phpmyadmin.net/
--
-- Host: db:3306
-- Generation Time: Aug 28, 2019 at 05:18 PM
-- Server version: 8.0.3-rc-log
-- PHP Version: 7.2.8

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `gracevet_db`
--

-- --------------------------------------------------------

--
-- Table structure for table `hasil_lab`
--

CREATE TABLE `hasil_lab` (
  `id` int(11) NOT NULL,
  `id_tipe_hasil_lab` int(11) NOT NULL,
  `id_rekam_medik` int(11) NOT NULL,
  `struktur` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `jenis_hewan`
--

CREATE TABLE `jenis_hewan` (
  `id` int(11) NOT NULL,
  `nama` varchar(250) NOT NULL,
  `kode` varchar(20) NOT NULL,
  `total_kunjungan` int(11) NOT NULL DEFAULT '0',
  `kunj_terakhir` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `obat`
--

CREATE TABLE `obat` (
  `id` int(11) NOT NULL,
  `nama` varchar(250) NOT NULL,
  `satuan` varchar(250) NOT NULL,
  `harga` double NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `pasien`
--

CREATE TABLE `pasien` (
  `id` int(11) NOT NULL,
  `nama` varchar(250) NOT NULL,
  `jk` smallint(1) NOT NULL,
  `tatto_chip` varchar(250) DEFAULT NULL,
  `signalemen` varchar(250) NOT NULL,
  `lahir` date NOT NULL,
  `total_kunjungan` int(11) NOT NULL DEFAULT '0',
  `kunj_terakhir` datetime DEFAULT NULL,
  `id_ras` int(11) NOT NULL,
  `tipe_norek` varchar(250) DEFAULT 'GA',
  `norek` int(11) DEFAULT NULL,
  `temp_pemilik_id` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `pemilik`
--

CREATE TABLE `pemilik` (
  `id` int(11) NOT NULL,
  `nama` varchar(250) NOT NULL,
  `alamat` varchar(250) NOT NULL,
  `no_telp` varchar(250) NOT NULL,
  `total_kunjungan` int(11) NOT NULL DEFAULT '0',
  `kunj_terakhir` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `penyakit`
--

CREATE TABLE `penyakit` (
  `id` int(11) NOT NULL,
  `nama` varchar(250) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `pen_khusus`
--

CREATE TABLE `pen_khusus` (
  `id` int(11) NOT NULL,
  `id_tipe_pen_khusus` int(11) NOT NULL,
  `id_rekam_medik` int(11) NOT NULL,
  `deskripsi` text NOT NULL,
  `total_penggunaan` int(11) NOT NULL DEFAULT '0',
  `penggunaan_terakhir` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `perawatan`
--

CREATE TABLE `perawatan` (
  `id` int(11) NOT NULL,
  `rm_id` int(11) NOT NULL,
  `waktu` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `keterangan` text,
  `nxm` int(11) DEFAULT NULL,
  `pxm` int(11) DEFAULT NULL,
  `toc` text,
  `tipe` enum('RAWAT','KELUAR') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `ras`
--

CREATE TABLE `ras` (
  `id` int(11) NOT NULL,
  `nama` varchar(250) NOT NULL,
  `total_kunjungan` int(11) NOT NULL DEFAULT '0',
  `kunj_terakhir` datetime DEFAULT NULL,
  `id_jenis_hewan` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `rekam_medik`
--

CREATE TABLE `rekam_medik` (
  `id` int(11) NOT NULL,
  `pasien_id` int(11) NOT NULL,
  `pemilik_id` int(11) NOT NULL,
  `penyakit_id` int(11) DEFAULT NULL,
  `tanggal` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `berat` double(10,5) NOT NULL DEFAULT '1.00000',
  `tipe_norek` enum('GA','GB','GC','GD') COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `freq_n` double(10,5) NOT NULL DEFAULT '1.00000',
  `freq_p` double(10,5) NOT NULL DEFAULT '1.00000',
  `freq_t` int(10) UNSIGNED NOT NULL DEFAULT '1',
  `mth` text COLLATE utf8mb4_unicode_ci,
  `mulut` text COLLATE utf8mb4_unicode_ci,
  `kul_rambut` text COLLATE utf8mb4_unicode_ci,
  `kelenjar_limfe` text COLLATE utf8mb4_unicode_ci,
  `pernapasan` text COLLATE utf8mb4_unicode_ci,
  `peredaran_darah` text COLLATE utf8mb4_unicode_ci,
  `pencernaan` text COLLATE utf8mb4_unicode_ci,
  `kelamin_perkencingan` text COLLATE utf8mb4_unicode_ci,
  `ang_gerak` text COLLATE utf8mb4_unicode_ci,
  `diagnosa` text COLLATE utf8mb4_unicode_ci,
  `prognosis` text COLLATE utf8mb4_unicode_ci,
  `anamnesis` text COLLATE utf8mb4_unicode_ci,
  `keadaan_umum` text COLLATE utf8mb4_unicode_ci,
  `terapi` text COLLATE utf8mb4_unicode_ci,
  `norek` varchar(191) COLLATE utf8mb4_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `resep`
--

CREATE TABLE `resep` (
  `id` int(11) NOT NULL,
  `id_rm` int(11) NOT NULL,
  `id_obat` int(11) NOT NULL,
  `jumlah` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tipe_hasil_lab`
--

CREATE TABLE `tipe_hasil_lab` (
  `id` int(11) NOT NULL,
  `nama` varchar(250) NOT NULL,
  `struktur` text NOT NULL,
  `total_penggunaan` int(11) NOT NULL DEFAULT '0',
  `penggunaan_terakhir` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tipe_pen_khusus`
--

CREATE TABLE `tipe_pen_khusus` (
  `id` int(11) NOT NULL,
  `nama` varchar(250) NOT NULL,
  `total_penggunaan` int(11) NOT NULL DEFAULT '0',
  `penggunaan_terakhir` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `hasil_lab`
--
ALTER TABLE `hasil_lab`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_tipe_hasil_lab` (`id_tipe_hasil_lab`),
  ADD KEY `id_rekam_medik` (`id_rekam_medik`);

--
-- Indexes for table `jenis_hewan`
--
ALTER TABLE `jenis_hewan`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `obat`
--
ALTER TABLE `obat`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `pasien`
--
ALTER TABLE `pasien`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_ras` (`id_ras`),
  ADD KEY `norek` (`norek`),
  ADD KEY `temp_pemilik_id` (`temp_pemilik_id`);

--
-- Indexes for table `pemilik`
--
ALTER TABLE `pemilik`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `penyakit`
--
ALTER TABLE `penyakit`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `pen_khusus`
--
ALTER TABLE `pen_khusus`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_tipe_pen_khusus` (`id_tipe_pen_khusus`),
  ADD KEY `id_rekam_medik` (`id_rekam_medik`);

--
-- Indexes for table `perawatan`
--
ALTER TABLE `perawatan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `rm_id` (`rm_id`);

--
-- Indexes for table `ras`
--
ALTER TABLE `ras`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_jenis_hewan` (`id_jenis_hewan`);

--
-- Indexes for table `rekam_medik`
--
ALTER TABLE `rekam_medik`
  ADD PRIMARY KEY (`id`),
  ADD KEY `pasien_id` (`pasien_id`),
  ADD KEY `pemilik_id` (`pemilik_id`),
  ADD KEY `penyakit_id` (`penyakit_id`);

--
-- Indexes for table `resep`
--
ALTER TABLE `resep`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_rm` (`id_rm`),
  ADD KEY `id_obat` (`id_obat`);

--
-- Indexes for table `tipe_hasil_lab`
--
ALTER TABLE `tipe_hasil_lab`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tipe_pen_khusus`
--
ALTER TABLE `tipe_pen_khusus`
  ADD PRIMARY KEY (`id`);

--
-- Constraints for dumped tables
--

--
-- Constraints for table `hasil_lab`
--
ALTER TABLE `hasil_lab`
  ADD CONSTRAINT `hasil_lab_ibfk_1` FOREIGN KEY (`id_tipe_hasil_lab`) REFERENCES `tipe_hasil_lab` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `hasil_lab_ibfk_2` FOREIGN KEY (`id_rekam_medik`) REFERENCES `rekam_medik` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `pasien`
--
ALTER TABLE `pasien`
  ADD CONSTRAINT `pasien_ibfk_1` FOREIGN KEY (`id_ras`) REFERENCES `ras` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `pasien_ibfk_2` FOREIGN KEY (`temp_pemilik_id`) REFERENCES `pemilik` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `pen_khusus`
--
ALTER TABLE `pen_khusus`
  ADD CONSTRAINT `pen_khusus_ibfk_1` FOREIGN KEY (`id_tipe_pen_khusus`) REFERENCES `tipe_pen_khusus` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `pen_khusus_ibfk_2` FOREIGN KEY (`id_rekam_medik`) REFERENCES `rekam_medik` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `ras`
--
ALTER TABLE `ras`
  ADD CONSTRAINT `ras_ibfk_1` FOREIGN KEY (`id_jenis_hewan`) REFERENCES `jenis_hewan` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `rekam_medik`
--
ALTER TABLE `rekam_medik`
  ADD CONSTRAINT `rekam_medik_ibfk_1` FOREIGN KEY (`pasien_id`) REFERENCES `pasien` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `rekam_medik_ibfk_2` FOREIGN KEY (`pemilik_id`) REFERENCES `pemilik` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
