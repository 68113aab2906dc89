-- phpMyAdmin SQL Dump
-- version 4.9.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Nov 13, 2019 at 06:38 AM
-- Server version: 10.4.8-MariaDB
-- PHP Version: 7.2.23

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `bmtmuda`
--
CREATE DATABASE IF NOT EXISTS `bmtmuda` DEFAULT CHARACTER SET utf8 COLLATE utf8_unicode_ci;
USE `bmtmuda`;


-- --------------------------------------------------------

--
-- Table structure for table `bmt`
--

DROP TABLE IF EXISTS `bmt`;
CREATE TABLE `bmt` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_bmt` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `id_rekening` int(10) UNSIGNED NOT NULL,
  `nama` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `saldo` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `detail` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `deposito`
--

DROP TABLE IF EXISTS `deposito`;
CREATE TABLE `deposito` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_deposito` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `id_rekening` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_pengajuan` int(10) UNSIGNED NOT NULL,
  `jenis_deposito` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `detail` text COLLATE utf8_unicode_ci NOT NULL,
  `tempo` date NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `jaminan`
--

DROP TABLE IF EXISTS `jaminan`;
CREATE TABLE `jaminan` (
  `id` int(10) UNSIGNED NOT NULL,
  `nama_jaminan` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `detail` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `maal`
--

DROP TABLE IF EXISTS `maal`;
CREATE TABLE `maal` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_maal` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `id_rekening` int(10) UNSIGNED NOT NULL,
  `nama_kegiatan` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `tanggal_pelaksaaan` date NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `detail` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `teller` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `migrations`
--

DROP TABLE IF EXISTS `migrations`;
CREATE TABLE `migrations` (
  `id` int(10) UNSIGNED NOT NULL,
  `migration` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `batch` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `password_resets`
--

DROP TABLE IF EXISTS `password_resets`;
CREATE TABLE `password_resets` (
  `email` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `token` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pembiayaan`
--

DROP TABLE IF EXISTS `pembiayaan`;
CREATE TABLE `pembiayaan` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_pembiayaan` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `id_rekening` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_pengajuan` int(10) UNSIGNED NOT NULL,
  `jenis_pembiayaan` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `detail` text COLLATE utf8_unicode_ci NOT NULL,
  `tempo` date NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `status_angsuran` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `angsuran_ke` varchar(191) COLLATE utf8_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pengajuan`
--

DROP TABLE IF EXISTS `pengajuan`;
CREATE TABLE `pengajuan` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_rekening` int(10) UNSIGNED NOT NULL,
  `jenis_pengajuan` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `kategori` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `detail` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `teller` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_bmt`
--

DROP TABLE IF EXISTS `penyimpanan_bmt`;
CREATE TABLE `penyimpanan_bmt` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_bmt` int(10) UNSIGNED NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `transaksi` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `teller` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_deposito`
--

DROP TABLE IF EXISTS `penyimpanan_deposito`;
CREATE TABLE `penyimpanan_deposito` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_deposito` int(10) UNSIGNED NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `transaksi` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `teller` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_jaminan`
--

DROP TABLE IF EXISTS `penyimpanan_jaminan`;
CREATE TABLE `penyimpanan_jaminan` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_jaminan` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_pengajuan` int(10) UNSIGNED NOT NULL,
  `transaksi` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_maal`
--

DROP TABLE IF EXISTS `penyimpanan_maal`;
CREATE TABLE `penyimpanan_maal` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_donatur` int(10) UNSIGNED NOT NULL,
  `id_maal` int(10) UNSIGNED NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `transaksi` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `teller` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_pembiayaan`
--

DROP TABLE IF EXISTS `penyimpanan_pembiayaan`;
CREATE TABLE `penyimpanan_pembiayaan` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_pembiayaan` int(10) UNSIGNED NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `transaksi` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `teller` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_rekening`
--

DROP TABLE IF EXISTS `penyimpanan_rekening`;
CREATE TABLE `penyimpanan_rekening` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_rekening` int(10) UNSIGNED NOT NULL,
  `periode` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `saldo` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_shu`
--

DROP TABLE IF EXISTS `penyimpanan_shu`;
CREATE TABLE `penyimpanan_shu` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_shu` int(10) UNSIGNED NOT NULL,
  `periode` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `transaksi` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_tabungan`
--

DROP TABLE IF EXISTS `penyimpanan_tabungan`;
CREATE TABLE `penyimpanan_tabungan` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_tabungan` int(10) UNSIGNED NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `transaksi` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `teller` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_users`
--

DROP TABLE IF EXISTS `penyimpanan_users`;
CREATE TABLE `penyimpanan_users` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `periode` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `transaksi` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `penyimpanan_wajib_pokok`
--

DROP TABLE IF EXISTS `penyimpanan_wajib_pokok`;
CREATE TABLE `penyimpanan_wajib_pokok` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_rekening` int(10) UNSIGNED NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `transaksi` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `teller` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `rekening`
--

DROP TABLE IF EXISTS `rekening`;
CREATE TABLE `rekening` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_rekening` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `id_induk` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `nama_rekening` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `tipe_rekening` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `katagori_rekening` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `detail` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `shu`
--

DROP TABLE IF EXISTS `shu`;
CREATE TABLE `shu` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_rekening` int(10) UNSIGNED NOT NULL,
  `nama_shu` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `persentase` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tabungan`
--

DROP TABLE IF EXISTS `tabungan`;
CREATE TABLE `tabungan` (
  `id` int(10) UNSIGNED NOT NULL,
  `id_tabungan` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `id_rekening` int(10) UNSIGNED NOT NULL,
  `id_user` int(10) UNSIGNED NOT NULL,
  `id_pengajuan` int(10) UNSIGNED NOT NULL,
  `jenis_tabungan` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `detail` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` int(10) UNSIGNED NOT NULL,
  `no_ktp` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `password` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `nama` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `alamat` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `tipe` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `status` varchar(191) COLLATE utf8_unicode_ci NOT NULL,
  `detail` text COLLATE utf8_unicode_ci NOT NULL,
  `remember_token` varchar(100) COLLATE utf8_unicode_ci DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `pathfile` text COLLATE utf8_unicode_ci NOT NULL,
  `wajib_pokok` text COLLATE utf8_unicode_ci NOT NULL,
  `role` varchar(191) COLLATE utf8_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `bmt`
--
ALTER TABLE `bmt`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `bmt_id_bmt_unique` (`id_bmt`),
  ADD KEY `bmt_id_rekening_foreign` (`id_rekening`);

--
-- Indexes for table `deposito`
--
ALTER TABLE `deposito`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `deposito_id_deposito_unique` (`id_deposito`),
  ADD KEY `deposito_id_rekening_foreign` (`id_rekening`),
  ADD KEY `deposito_id_user_foreign` (`id_user`),
  ADD KEY `deposito_id_pengajuan_foreign` (`id_pengajuan`);

--
-- Indexes for table `jaminan`
--
ALTER TABLE `jaminan`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `maal`
--
ALTER TABLE `maal`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `maal_id_maal_unique` (`id_maal`),
  ADD KEY `maal_id_rekening_foreign` (`id_rekening`);

--
-- Indexes for table `migrations`
--
ALTER TABLE `migrations`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `password_resets`
--
ALTER TABLE `password_resets`
  ADD KEY `password_resets_email_index` (`email`);

--
-- Indexes for table `pembiayaan`
--
ALTER TABLE `pembiayaan`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `pembiayaan_id_pembiayaan_unique` (`id_pembiayaan`),
  ADD KEY `pembiayaan_id_rekening_foreign` (`id_rekening`),
  ADD KEY `pembiayaan_id_user_foreign` (`id_user`),
  ADD KEY `pembiayaan_id_pengajuan_foreign` (`id_pengajuan`);

--
-- Indexes for table `pengajuan`
--
ALTER TABLE `pengajuan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `pengajuan_id_user_foreign` (`id_user`),
  ADD KEY `pengajuan_id_rekening_foreign` (`id_rekening`);

--
-- Indexes for table `penyimpanan_bmt`
--
ALTER TABLE `penyimpanan_bmt`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_bmt_id_user_foreign` (`id_user`),
  ADD KEY `penyimpanan_bmt_id_bmt_foreign` (`id_bmt`);

--
-- Indexes for table `penyimpanan_deposito`
--
ALTER TABLE `penyimpanan_deposito`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_deposito_id_user_foreign` (`id_user`),
  ADD KEY `penyimpanan_deposito_id_deposito_foreign` (`id_deposito`);

--
-- Indexes for table `penyimpanan_jaminan`
--
ALTER TABLE `penyimpanan_jaminan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_jaminan_id_user_foreign` (`id_user`),
  ADD KEY `penyimpanan_jaminan_id_pengajuan_foreign` (`id_pengajuan`),
  ADD KEY `penyimpanan_jaminan_id_jaminan_foreign` (`id_jaminan`);

--
-- Indexes for table `penyimpanan_maal`
--
ALTER TABLE `penyimpanan_maal`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_maal_id_donatur_foreign` (`id_donatur`),
  ADD KEY `penyimpanan_maal_id_maal_foreign` (`id_maal`);

--
-- Indexes for table `penyimpanan_pembiayaan`
--
ALTER TABLE `penyimpanan_pembiayaan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_pembiayaan_id_user_foreign` (`id_user`),
  ADD KEY `penyimpanan_pembiayaan_id_pembiayaan_foreign` (`id_pembiayaan`);

--
-- Indexes for table `penyimpanan_rekening`
--
ALTER TABLE `penyimpanan_rekening`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_rekening_id_rekening_foreign` (`id_rekening`);

--
-- Indexes for table `penyimpanan_shu`
--
ALTER TABLE `penyimpanan_shu`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_shu_id_shu_foreign` (`id_shu`);

--
-- Indexes for table `penyimpanan_tabungan`
--
ALTER TABLE `penyimpanan_tabungan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_tabungan_id_user_foreign` (`id_user`),
  ADD KEY `penyimpanan_tabungan_id_tabungan_foreign` (`id_tabungan`);

--
-- Indexes for table `penyimpanan_users`
--
ALTER TABLE `penyimpanan_users`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_users_id_user_foreign` (`id_user`);

--
-- Indexes for table `penyimpanan_wajib_pokok`
--
ALTER TABLE `penyimpanan_wajib_pokok`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penyimpanan_wajib_pokok_id_user_foreign` (`id_user`),
  ADD KEY `penyimpanan_wajib_pokok_id_rekening_foreign` (`id_rekening`);

--
-- Indexes for table `rekening`
--
ALTER TABLE `rekening`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `rekening_id_rekening_unique` (`id_rekening`);

--
-- Indexes for table `shu`
--
ALTER TABLE `shu`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tabungan`
--
ALTER TABLE `tabungan`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `tabungan_id_tabungan_unique` (`id_tabungan`),
  ADD KEY `tabungan_id_rekening_foreign` (`id_rekening`),
  ADD KEY `tabungan_id_user_foreign` (`id_user`),
  ADD KEY `tabungan_id_pengajuan_foreign` (`id_pengajuan`);

--
-- Indexes for table `users`
--
ALTER TABLE `users`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `users_no_ktp_unique` (`no_ktp`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `bmt`
--
ALTER TABLE `bmt`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=406;

--
-- AUTO_INCREMENT for table `deposito`
--
ALTER TABLE `deposito`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=88;

--
-- AUTO_INCREMENT for table `jaminan`
--
ALTER TABLE `jaminan`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `maal`
--
ALTER TABLE `maal`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=20;

--
-- AUTO_INCREMENT for table `migrations`
--
ALTER TABLE `migrations`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=18;

--
-- AUTO_INCREMENT for table `pembiayaan`
--
ALTER TABLE `pembiayaan`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=138;

--
-- AUTO_INCREMENT for table `pengajuan`
--
ALTER TABLE `pengajuan`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=1085;

--
-- AUTO_INCREMENT for table `penyimpanan_bmt`
--
ALTER TABLE `penyimpanan_bmt`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2836;

--
-- AUTO_INCREMENT for table `penyimpanan_deposito`
--
ALTER TABLE `penyimpanan_deposito`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=98;

--
-- AUTO_INCREMENT for table `penyimpanan_jaminan`
--
ALTER TABLE `penyimpanan_jaminan`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=33;

--
-- AUTO_INCREMENT for table `penyimpanan_maal`
--
ALTER TABLE `penyimpanan_maal`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `penyimpanan_pembiayaan`
--
ALTER TABLE `penyimpanan_pembiayaan`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=353;

--
-- AUTO_INCREMENT for table `penyimpanan_rekening`
--
ALTER TABLE `penyimpanan_rekening`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2126;

--
-- AUTO_INCREMENT for table `penyimpanan_shu`
--
ALTER TABLE `penyimpanan_shu`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `penyimpanan_tabungan`
--
ALTER TABLE `penyimpanan_tabungan`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=11055;

--
-- AUTO_INCREMENT for table `penyimpanan_users`
--
ALTER TABLE `penyimpanan_users`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=23;

--
-- AUTO_INCREMENT for table `penyimpanan_wajib_pokok`
--
ALTER TABLE `penyimpanan_wajib_pokok`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=38;

--
-- AUTO_INCREMENT for table `rekening`
--
ALTER TABLE `rekening`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=185;

--
-- AUTO_INCREMENT for table `shu`
--
ALTER TABLE `shu`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT for table `tabungan`
--
ALTER TABLE `tabungan`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=215;

--
-- AUTO_INCREMENT for table `users`
--
ALTER TABLE `users`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=62;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `bmt`
--
ALTER TABLE `bmt`
  ADD CONSTRAINT `bmt_id_rekening_foreign` FOREIGN KEY (`id_rekening`) REFERENCES `rekening` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `deposito`
--
ALTER TABLE `deposito`
  ADD CONSTRAINT `deposito_id_pengajuan_foreign` FOREIGN KEY (`id_pengajuan`) REFERENCES `pengajuan` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `deposito_id_rekening_foreign` FOREIGN KEY (`id_rekening`) REFERENCES `rekening` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `deposito_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `maal`
--
ALTER TABLE `maal`
  ADD CONSTRAINT `maal_id_rekening_foreign` FOREIGN KEY (`id_rekening`) REFERENCES `rekening` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `pembiayaan`
--
ALTER TABLE `pembiayaan`
  ADD CONSTRAINT `pembiayaan_id_pengajuan_foreign` FOREIGN KEY (`id_pengajuan`) REFERENCES `pengajuan` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pembiayaan_id_rekening_foreign` FOREIGN KEY (`id_rekening`) REFERENCES `rekening` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pembiayaan_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `pengajuan`
--
ALTER TABLE `pengajuan`
  ADD CONSTRAINT `pengajuan_id_rekening_foreign` FOREIGN KEY (`id_rekening`) REFERENCES `rekening` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pengajuan_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_bmt`
--
ALTER TABLE `penyimpanan_bmt`
  ADD CONSTRAINT `penyimpanan_bmt_id_bmt_foreign` FOREIGN KEY (`id_bmt`) REFERENCES `bmt` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `penyimpanan_bmt_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_deposito`
--
ALTER TABLE `penyimpanan_deposito`
  ADD CONSTRAINT `penyimpanan_deposito_id_deposito_foreign` FOREIGN KEY (`id_deposito`) REFERENCES `deposito` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `penyimpanan_deposito_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_jaminan`
--
ALTER TABLE `penyimpanan_jaminan`
  ADD CONSTRAINT `penyimpanan_jaminan_id_jaminan_foreign` FOREIGN KEY (`id_jaminan`) REFERENCES `jaminan` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `penyimpanan_jaminan_id_pengajuan_foreign` FOREIGN KEY (`id_pengajuan`) REFERENCES `pengajuan` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `penyimpanan_jaminan_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_maal`
--
ALTER TABLE `penyimpanan_maal`
  ADD CONSTRAINT `penyimpanan_maal_id_donatur_foreign` FOREIGN KEY (`id_donatur`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `penyimpanan_maal_id_maal_foreign` FOREIGN KEY (`id_maal`) REFERENCES `maal` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_pembiayaan`
--
ALTER TABLE `penyimpanan_pembiayaan`
  ADD CONSTRAINT `penyimpanan_pembiayaan_id_pembiayaan_foreign` FOREIGN KEY (`id_pembiayaan`) REFERENCES `pembiayaan` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `penyimpanan_pembiayaan_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_rekening`
--
ALTER TABLE `penyimpanan_rekening`
  ADD CONSTRAINT `penyimpanan_rekening_id_rekening_foreign` FOREIGN KEY (`id_rekening`) REFERENCES `rekening` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_shu`
--
ALTER TABLE `penyimpanan_shu`
  ADD CONSTRAINT `penyimpanan_shu_id_shu_foreign` FOREIGN KEY (`id_shu`) REFERENCES `shu` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_tabungan`
--
ALTER TABLE `penyimpanan_tabungan`
  ADD CONSTRAINT `penyimpanan_tabungan_id_tabungan_foreign` FOREIGN KEY (`id_tabungan`) REFERENCES `tabungan` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `penyimpanan_tabungan_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_users`
--
ALTER TABLE `penyimpanan_users`
  ADD CONSTRAINT `penyimpanan_users_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `penyimpanan_wajib_pokok`
--
ALTER TABLE `penyimpanan_wajib_pokok`
  ADD CONSTRAINT `penyimpanan_wajib_pokok_id_rekening_foreign` FOREIGN KEY (`id_rekening`) REFERENCES `rekening` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `penyimpanan_wajib_pokok_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `tabungan`
--
ALTER TABLE `tabungan`
  ADD CONSTRAINT `tabungan_id_pengajuan_foreign` FOREIGN KEY (`id_pengajuan`) REFERENCES `pengajuan` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `tabungan_id_rekening_foreign` FOREIGN KEY (`id_rekening`) REFERENCES `rekening` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `tabungan_id_user_foreign` FOREIGN KEY (`id_user`) REFERENCES `users` (`id`) ON DELETE CASCADE;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
