-- origin: jmichael1711/project-sdp backupdatabase/expedition.sql at d755412f614050883af25a2047261e8223a648dc (phpMyAdmin dump of the `expedition` database of a parcel expedition company; schema part: the 12 CREATE TABLE and their ALTER TABLE key statements; INSERT rows left out)

-- phpMyAdmin SQL Dump
-- version 5.0.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: May 22, 2020 at 09:09 AM
-- Server version: 10.4.11-MariaDB
-- PHP Version: 7.4.2

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `expedition`
--
CREATE DATABASE IF NOT EXISTS `expedition` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
USE `expedition`;

-- --------------------------------------------------------

--
-- Table structure for table `bon_muats`
--

DROP TABLE IF EXISTS `bon_muats`;
CREATE TABLE `bon_muats` (
  `id` varchar(15) NOT NULL,
  `kendaraan_id` varchar(8) NOT NULL,
  `kurir_non_customer_id` varchar(8) NOT NULL,
  `total_muatan` decimal(5,1) NOT NULL DEFAULT 0.0,
  `kantor_asal_id` varchar(8) NOT NULL,
  `kantor_tujuan_id` varchar(8) NOT NULL,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `waktu_berangkat` datetime DEFAULT NULL,
  `waktu_sampai` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `bon_muats`
--


-- --------------------------------------------------------

--
-- Table structure for table `d_pengiriman_customers`
--

DROP TABLE IF EXISTS `d_pengiriman_customers`;
CREATE TABLE `d_pengiriman_customers` (
  `resi_id` varchar(15) NOT NULL,
  `pengiriman_customer_id` varchar(15) NOT NULL,
  `telah_sampai` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL DEFAULT 'Default',
  `password` varchar(8) DEFAULT NULL,
  `waktu_sampai_cust` datetime DEFAULT NULL,
  `is_canceled` tinyint(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `d_pengiriman_customers`
--


-- --------------------------------------------------------

--
-- Table structure for table `kantors`
--

DROP TABLE IF EXISTS `kantors`;
CREATE TABLE `kantors` (
  `id` varchar(8) NOT NULL,
  `alamat` varchar(1024) NOT NULL,
  `no_telp` varchar(12) NOT NULL,
  `kota` varchar(255) NOT NULL,
  `is_warehouse` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `longitude` decimal(8,5) NOT NULL,
  `latitude` decimal(8,5) NOT NULL,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `kantors`
--


-- --------------------------------------------------------

--
-- Table structure for table `kendaraans`
--

DROP TABLE IF EXISTS `kendaraans`;
CREATE TABLE `kendaraans` (
  `id` varchar(8) NOT NULL,
  `kantor_1_id` varchar(8) NOT NULL,
  `kantor_2_id` varchar(8) NOT NULL,
  `nopol` varchar(9) NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT 1,
  `tahun_pembelian` decimal(4,0) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `posisi_di_kantor_1` tinyint(1) NOT NULL,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `kendaraans`
--


-- --------------------------------------------------------

--
-- Table structure for table `kotas`
--

DROP TABLE IF EXISTS `kotas`;
CREATE TABLE `kotas` (
  `nama` varchar(255) NOT NULL,
  `id` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `kotas`
--


-- --------------------------------------------------------

--
-- Table structure for table `kurir_customers`
--

DROP TABLE IF EXISTS `kurir_customers`;
CREATE TABLE `kurir_customers` (
  `id` varchar(8) NOT NULL,
  `kantor_id` varchar(8) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `jenis_kelamin` varchar(1) NOT NULL,
  `no_telp` varchar(12) NOT NULL,
  `alamat` varchar(1024) NOT NULL,
  `status` decimal(1,0) NOT NULL DEFAULT 1,
  `nopol` varchar(9) NOT NULL,
  `password` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `kurir_customers`
--


-- --------------------------------------------------------

--
-- Table structure for table `kurir_non_customers`
--

DROP TABLE IF EXISTS `kurir_non_customers`;
CREATE TABLE `kurir_non_customers` (
  `id` varchar(8) NOT NULL,
  `kantor_1_id` varchar(8) NOT NULL,
  `kantor_2_id` varchar(8) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `jenis_kelamin` varchar(1) NOT NULL,
  `no_telp` varchar(12) NOT NULL,
  `alamat` varchar(1024) NOT NULL,
  `status` decimal(1,0) NOT NULL DEFAULT 1,
  `posisi_di_kantor_1` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `kurir_non_customers`
--


-- --------------------------------------------------------

--
-- Table structure for table `pegawais`
--

DROP TABLE IF EXISTS `pegawais`;
CREATE TABLE `pegawais` (
  `id` varchar(8) NOT NULL,
  `kantor_id` varchar(8) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `alamat` varchar(1024) NOT NULL,
  `no_telp` varchar(12) NOT NULL,
  `jenis_kelamin` varchar(1) NOT NULL,
  `jabatan` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `pegawais`
--


-- --------------------------------------------------------

--
-- Table structure for table `pengiriman_customers`
--

DROP TABLE IF EXISTS `pengiriman_customers`;
CREATE TABLE `pengiriman_customers` (
  `id` varchar(15) NOT NULL,
  `kurir_customer_id` varchar(8) DEFAULT NULL,
  `total_muatan` decimal(5,1) NOT NULL DEFAULT 0.0,
  `menuju_penerima` tinyint(1) NOT NULL,
  `kantor_id` varchar(8) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL,
  `waktu_berangkat` datetime DEFAULT NULL,
  `waktu_sampai_kantor` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `pengiriman_customers`
--


-- --------------------------------------------------------

--
-- Table structure for table `resis`
--

DROP TABLE IF EXISTS `resis`;
CREATE TABLE `resis` (
  `id` varchar(15) NOT NULL,
  `kantor_asal_id` varchar(8) NOT NULL,
  `kantor_sekarang_id` varchar(8) DEFAULT NULL,
  `harga` decimal(8,0) NOT NULL,
  `verifikasi` tinyint(1) DEFAULT NULL,
  `status_perjalanan` varchar(20) DEFAULT 'PERJALANAN',
  `berat_barang` decimal(5,3) NOT NULL,
  `alamat_asal` varchar(255) NOT NULL,
  `alamat_tujuan` varchar(255) NOT NULL,
  `kota_asal` varchar(255) NOT NULL,
  `kota_tujuan` varchar(255) NOT NULL,
  `nama_pengirim` varchar(255) NOT NULL,
  `nama_penerima` varchar(255) NOT NULL,
  `lebar` decimal(3,0) NOT NULL,
  `panjang` decimal(3,0) NOT NULL,
  `tinggi` decimal(3,0) NOT NULL,
  `no_telp_pengirim` varchar(20) NOT NULL,
  `no_telp_penerima` varchar(20) NOT NULL,
  `keterangan` varchar(255) DEFAULT NULL,
  `is_fragile` tinyint(1) NOT NULL,
  `email_pengirim` varchar(255) NOT NULL,
  `email_penerima` varchar(255) NOT NULL,
  `longitude_pengirim` decimal(8,5) DEFAULT NULL,
  `latitude_pengirim` decimal(8,5) DEFAULT NULL,
  `kode_pos_pengirim` int(5) DEFAULT NULL,
  `kode_pos_penerima` int(5) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL,
  `kode_verifikasi_email` int(8) DEFAULT NULL,
  `status_verifikasi_email` tinyint(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `resis`
--


-- --------------------------------------------------------

--
-- Table structure for table `sejarahs`
--

DROP TABLE IF EXISTS `sejarahs`;
CREATE TABLE `sejarahs` (
  `id` int(11) NOT NULL,
  `resi_id` varchar(15) NOT NULL,
  `keterangan` varchar(500) DEFAULT NULL,
  `waktu` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `sejarahs`
--


-- --------------------------------------------------------

--
-- Table structure for table `surat_jalans`
--

DROP TABLE IF EXISTS `surat_jalans`;
CREATE TABLE `surat_jalans` (
  `bon_muat_id` varchar(15) NOT NULL,
  `resi_id` varchar(15) NOT NULL,
  `telah_sampai` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `user_created` varchar(8) NOT NULL,
  `user_updated` varchar(8) NOT NULL DEFAULT 'Default',
  `waktu_sampai` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `surat_jalans`
--


--
-- Indexes for dumped tables
--

--
-- Indexes for table `bon_muats`
--
ALTER TABLE `bon_muats`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `d_pengiriman_customers`
--
ALTER TABLE `d_pengiriman_customers`
  ADD PRIMARY KEY (`resi_id`,`pengiriman_customer_id`);

--
-- Indexes for table `kantors`
--
ALTER TABLE `kantors`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `kendaraans`
--
ALTER TABLE `kendaraans`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `kotas`
--
ALTER TABLE `kotas`
  ADD PRIMARY KEY (`nama`);

--
-- Indexes for table `kurir_customers`
--
ALTER TABLE `kurir_customers`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `kurir_non_customers`
--
ALTER TABLE `kurir_non_customers`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `pegawais`
--
ALTER TABLE `pegawais`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `pengiriman_customers`
--
ALTER TABLE `pengiriman_customers`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `sejarahs`
--
ALTER TABLE `sejarahs`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `surat_jalans`
--
ALTER TABLE `surat_jalans`
  ADD PRIMARY KEY (`bon_muat_id`,`resi_id`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `sejarahs`
--
ALTER TABLE `sejarahs`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=28;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
