-- phpMyAdmin SQL Dump
-- version 5.1.1
-- https://www.phpmyadmin.net/
--
-- Host: localhost
-- Generation Time: Dec 01, 2021 at 01:06 PM
-- Server version: 10.4.21-MariaDB
-- PHP Version: 7.4.25

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `digi_service`
--

-- --------------------------------------------------------

--
-- Table structure for table `api`
--

CREATE TABLE `api` (
  `api_id` int(11) NOT NULL,
  `api_nama` text NOT NULL,
  `api_link` text NOT NULL,
  `api_date_created` datetime NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `beli`
--

CREATE TABLE `beli` (
  `beli_id` int(11) NOT NULL,
  `beli_jual_id` int(11) NOT NULL,
  `beli_status` enum('selesai','dibatalkan','booking') NOT NULL DEFAULT 'booking',
  `beli_tgl_beli` datetime NOT NULL DEFAULT current_timestamp(),
  `beli_jasa_kurir` enum('Ya','Tidak') NOT NULL,
  `beli_pembeli` int(11) NOT NULL,
  `beli_tgl_booking` datetime NOT NULL DEFAULT current_timestamp(),
  `rating` float NOT NULL DEFAULT 0,
  `isi_review` text NOT NULL DEFAULT '',
  `is_reviewed` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `detail_teknisi_jenis_hp`
--

CREATE TABLE `detail_teknisi_jenis_hp` (
  `id` int(11) NOT NULL,
  `teknisi_jenis_hp_id` int(11) NOT NULL,
  `jenis_hp_id` int(11) NOT NULL,
  `teknisi_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `detail_teknisi_jenis_kerusakan_hp`
--

CREATE TABLE `detail_teknisi_jenis_kerusakan_hp` (
  `id` int(11) NOT NULL,
  `teknisi_kerusakan_jenis_hp_id` int(11) NOT NULL,
  `teknisi_id` int(11) NOT NULL,
  `jenis_kerusakan_hp_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `failed_jobs`
--

CREATE TABLE `failed_jobs` (
  `id` bigint(20) UNSIGNED NOT NULL,
  `connection` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `queue` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `payload` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `exception` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `foto_jual_produk`
--

CREATE TABLE `foto_jual_produk` (
  `id` int(11) NOT NULL,
  `jual_id` int(11) NOT NULL,
  `path_foto` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `jenis_hp`
--

CREATE TABLE `jenis_hp` (
  `jenis_id` int(11) NOT NULL,
  `jenis_nama` varchar(255) NOT NULL,
  `jenis_thumbnail` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `jenis_kerusakan_hp`
--

CREATE TABLE `jenis_kerusakan_hp` (
  `id_jenis_kerusakan` int(11) NOT NULL,
  `nama_kerusakan` varchar(255) NOT NULL,
  `deskripsi_kerusakan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `jual`
--

CREATE TABLE `jual` (
  `jual_id` int(11) NOT NULL,
  `foto_produk` varchar(255) NOT NULL,
  `jual_tgl_penjualan` datetime NOT NULL DEFAULT current_timestamp(),
  `jual_status` enum('belum','sudah','booked') NOT NULL DEFAULT 'belum',
  `jual_harga` bigint(20) NOT NULL,
  `jual_deskripsi` text NOT NULL,
  `jual_user_id` int(11) NOT NULL,
  `jual_tujuan` enum('pelanggan','teknisi') NOT NULL,
  `jual_judul` varchar(255) NOT NULL,
  `jual_jenis_hp` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `keahlian`
--

CREATE TABLE `keahlian` (
  `keahlian_id` int(11) NOT NULL,
  `keahlian_jenis_hp` int(11) NOT NULL,
  `keahlian_teknisi` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `migrations`
--

CREATE TABLE `migrations` (
  `id` int(10) UNSIGNED NOT NULL,
  `migration` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `batch` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `password_resets`
--

CREATE TABLE `password_resets` (
  `email` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `token` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pelanggan`
--

CREATE TABLE `pelanggan` (
  `pelanggan_id` int(11) NOT NULL,
  `email` varchar(255) NOT NULL,
  `pelanggan_nama` varchar(255) NOT NULL,
  `pelanggan_hp` varchar(14) NOT NULL,
  `pelanggan_alamat` varchar(255) NOT NULL,
  `pelanggan_foto` text NOT NULL DEFAULT '-',
  `pelanggan_date_created` timestamp NOT NULL DEFAULT current_timestamp(),
  `pelanggan_date_updated` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `pelanggan_lat` text NOT NULL,
  `pelanggan_lng` text NOT NULL,
  `pelanggan_total_score` int(11) NOT NULL DEFAULT 0,
  `pelanggan_total_responden` int(11) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `pesan`
--

CREATE TABLE `pesan` (
  `pesan_id` int(11) NOT NULL,
  `pesan_pelanggan` int(11) NOT NULL,
  `pesan_teknisi` int(11) NOT NULL,
  `pesan_isi` text NOT NULL,
  `pesan_status` enum('menunggu','dibaca','','') NOT NULL,
  `pesan_pengirim` enum('pelanggan','teknisi') NOT NULL,
  `pesan_date_created` datetime NOT NULL DEFAULT current_timestamp(),
  `pesan_foto` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `produk`
--

CREATE TABLE `produk` (
  `produk_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `jenis_hp_id` int(11) NOT NULL,
  `judul` varchar(255) NOT NULL,
  `deskripsi` text NOT NULL,
  `lat` float NOT NULL,
  `lng` float NOT NULL,
  `date_add` timestamp NOT NULL DEFAULT current_timestamp(),
  `date_update` timestamp NOT NULL DEFAULT current_timestamp(),
  `harga` float NOT NULL DEFAULT current_timestamp(),
  `is_sold_out` tinyint(4) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `responden`
--

CREATE TABLE `responden` (
  `responden_id` int(11) NOT NULL,
  `responden_pelanggan` int(11) NOT NULL,
  `responden_teknisi` int(11) NOT NULL,
  `responden_skor` int(11) NOT NULL,
  `responden_date_created` datetime NOT NULL DEFAULT current_timestamp(),
  `responden_gambar` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `review`
--

CREATE TABLE `review` (
  `id` int(11) NOT NULL,
  `beli_id` int(11) NOT NULL,
  `nilai` double NOT NULL,
  `isi` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `service_handphone`
--

CREATE TABLE `service_handphone` (
  `service_handphone_id` int(11) NOT NULL,
  `pelanggan_id` int(11) NOT NULL,
  `teknisi_id` int(11) NOT NULL,
  `jenis_hp` varchar(255) NOT NULL,
  `jenis_kerusakan` varchar(255) NOT NULL,
  `by_kurir` tinyint(1) NOT NULL,
  `status_service` enum('selesai','dibatalkan','proses','diterima','ditolak') NOT NULL DEFAULT 'proses',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `teknisi`
--

CREATE TABLE `teknisi` (
  `teknisi_id` int(11) NOT NULL,
  `email` varchar(255) CHARACTER SET utf8mb4 NOT NULL,
  `teknisi_nama` varchar(255) CHARACTER SET utf8mb4 NOT NULL,
  `teknisi_nama_toko` varchar(255) CHARACTER SET utf8mb4 NOT NULL,
  `teknisi_alamat` varchar(255) CHARACTER SET utf8mb4 NOT NULL,
  `teknisi_lat` text CHARACTER SET utf8mb4 NOT NULL,
  `teknisi_lng` text CHARACTER SET utf8mb4 NOT NULL,
  `teknisi_hp` varchar(14) CHARACTER SET utf8mb4 DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `teknisi_total_score` int(11) DEFAULT NULL,
  `teknisi_total_responden` int(11) DEFAULT NULL,
  `teknisi_deskripsi` text CHARACTER SET utf8mb4 DEFAULT NULL,
  `teknisi_foto` varchar(255) CHARACTER SET utf8mb4 DEFAULT NULL,
  `teknisi_sertifikat` text CHARACTER SET utf8mb4 DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `teknisi_jenis_hp`
--

CREATE TABLE `teknisi_jenis_hp` (
  `id` int(11) NOT NULL,
  `deskripsi` text NOT NULL,
  `teknisi_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `teknisi_kerusakan_jenis_hp`
--

CREATE TABLE `teknisi_kerusakan_jenis_hp` (
  `id` int(11) NOT NULL,
  `deskripsi` text NOT NULL,
  `teknisi_id` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `users`
--

CREATE TABLE `users` (
  `id` bigint(20) UNSIGNED NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `akses_id` int(11) DEFAULT NULL,
  `level` enum('teknisi','pelanggan','admin') NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `api`
--
ALTER TABLE `api`
  ADD PRIMARY KEY (`api_id`);

--
-- Indexes for table `beli`
--
ALTER TABLE `beli`
  ADD PRIMARY KEY (`beli_id`);

--
-- Indexes for table `detail_teknisi_jenis_hp`
--
ALTER TABLE `detail_teknisi_jenis_hp`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `detail_teknisi_jenis_kerusakan_hp`
--
ALTER TABLE `detail_teknisi_jenis_kerusakan_hp`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `failed_jobs`
--
ALTER TABLE `failed_jobs`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `foto_jual_produk`
--
ALTER TABLE `foto_jual_produk`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `jenis_hp`
--
ALTER TABLE `jenis_hp`
  ADD PRIMARY KEY (`jenis_id`);

--
-- Indexes for table `jenis_kerusakan_hp`
--
ALTER TABLE `jenis_kerusakan_hp`
  ADD PRIMARY KEY (`id_jenis_kerusakan`);

--
-- Indexes for table `jual`
--
ALTER TABLE `jual`
  ADD PRIMARY KEY (`jual_id`);

--
-- Indexes for table `keahlian`
--
ALTER TABLE `keahlian`
  ADD PRIMARY KEY (`keahlian_id`);

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
-- Indexes for table `pelanggan`
--
ALTER TABLE `pelanggan`
  ADD PRIMARY KEY (`pelanggan_id`);

--
-- Indexes for table `pesan`
--
ALTER TABLE `pesan`
  ADD PRIMARY KEY (`pesan_id`);

--
-- Indexes for table `produk`
--
ALTER TABLE `produk`
  ADD PRIMARY KEY (`produk_id`);

--
-- Indexes for table `responden`
--
ALTER TABLE `responden`
  ADD PRIMARY KEY (`responden_id`);

--
-- Indexes for table `review`
--
ALTER TABLE `review`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `service_handphone`
--
ALTER TABLE `service_handphone`
  ADD PRIMARY KEY (`service_handphone_id`);

--
-- Indexes for table `teknisi`
--
ALTER TABLE `teknisi`
  ADD PRIMARY KEY (`teknisi_id`);

--
-- Indexes for table `teknisi_jenis_hp`
--
ALTER TABLE `teknisi_jenis_hp`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `teknisi_kerusakan_jenis_hp`
--
ALTER TABLE `teknisi_kerusakan_jenis_hp`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `users`
--
ALTER TABLE `users`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `users_email_unique` (`email`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `api`
--
ALTER TABLE `api`
  MODIFY `api_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=35;

--
-- AUTO_INCREMENT for table `beli`
--
ALTER TABLE `beli`
  MODIFY `beli_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `detail_teknisi_jenis_hp`
--
ALTER TABLE `detail_teknisi_jenis_hp`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=49;

--
-- AUTO_INCREMENT for table `detail_teknisi_jenis_kerusakan_hp`
--
ALTER TABLE `detail_teknisi_jenis_kerusakan_hp`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=44;

--
-- AUTO_INCREMENT for table `failed_jobs`
--
ALTER TABLE `failed_jobs`
  MODIFY `id` bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `foto_jual_produk`
--
ALTER TABLE `foto_jual_produk`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `jenis_hp`
--
ALTER TABLE `jenis_hp`
  MODIFY `jenis_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `jenis_kerusakan_hp`
--
ALTER TABLE `jenis_kerusakan_hp`
  MODIFY `id_jenis_kerusakan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `jual`
--
ALTER TABLE `jual`
  MODIFY `jual_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT for table `keahlian`
--
ALTER TABLE `keahlian`
  MODIFY `keahlian_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `migrations`
--
ALTER TABLE `migrations`
  MODIFY `id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `pelanggan`
--
ALTER TABLE `pelanggan`
  MODIFY `pelanggan_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=14;

--
-- AUTO_INCREMENT for table `pesan`
--
ALTER TABLE `pesan`
  MODIFY `pesan_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `produk`
--
ALTER TABLE `produk`
  MODIFY `produk_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `responden`
--
ALTER TABLE `responden`
  MODIFY `responden_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `review`
--
ALTER TABLE `review`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=17;

--
-- AUTO_INCREMENT for table `service_handphone`
--
ALTER TABLE `service_handphone`
  MODIFY `service_handphone_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=15;

--
-- AUTO_INCREMENT for table `teknisi`
--
ALTER TABLE `teknisi`
  MODIFY `teknisi_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=20;

--
-- AUTO_INCREMENT for table `teknisi_jenis_hp`
--
ALTER TABLE `teknisi_jenis_hp`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=22;

--
-- AUTO_INCREMENT for table `teknisi_kerusakan_jenis_hp`
--
ALTER TABLE `teknisi_kerusakan_jenis_hp`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=21;

--
-- AUTO_INCREMENT for table `users`
--
ALTER TABLE `users`
  MODIFY `id` bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=35;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
