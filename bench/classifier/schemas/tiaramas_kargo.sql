-- phpMyAdmin SQL Dump
-- version 5.2.0
-- https://www.phpmyadmin.net/
--
-- Host: localhost
-- Generation Time: Jan 30, 2023 at 11:48 AM
-- Server version: 8.0.30
-- PHP Version: 8.0.26

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `tiaramas_kargo`
--

-- --------------------------------------------------------

--
-- Table structure for table `area_bus`
--

CREATE TABLE `area_bus` (
  `id_area_bus` bigint UNSIGNED NOT NULL,
  `kota` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `kode_kota` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `wilayah` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `kode_wilayah` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `alamat` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `area_bus`
--


-- --------------------------------------------------------

--
-- Table structure for table `barang_trackings`
--

CREATE TABLE `barang_trackings` (
  `id_barang_tracking` bigint UNSIGNED NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `bus`
--

CREATE TABLE `bus` (
  `id_bus` bigint UNSIGNED NOT NULL,
  `no_pol` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `sopir_utama` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `bus`
--


-- --------------------------------------------------------

--
-- Table structure for table `cache`
--

CREATE TABLE `cache` (
  `key` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `value` mediumtext COLLATE utf8mb4_unicode_ci NOT NULL,
  `expiration` int NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `cargo_pengiriman_barangs`
--

CREATE TABLE `cargo_pengiriman_barangs` (
  `id_cargo_pengiriman_barang` bigint UNSIGNED NOT NULL,
  `no_resi` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `no_lmt` int DEFAULT NULL,
  `jumlah_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `code` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'koli',
  `jenis_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `panjang` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `lebar` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `tinggi` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `berat` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `biaya` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `cargo_pengiriman_barangs`
--


-- --------------------------------------------------------

--
-- Table structure for table `cargo_pengiriman_details`
--

CREATE TABLE `cargo_pengiriman_details` (
  `id_cargo_pengiriman_detail` bigint UNSIGNED NOT NULL,
  `no_manifest` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `no_lmt` int DEFAULT NULL,
  `no_resi` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `nama_pengirim` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nomor_pengirim` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_penerima` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nomor_penerima` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `sopir` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `kernet` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `no_pol` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `is_lunas` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `is_diterima` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `is_pengecualian` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `jenis_pengiriman` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'truk',
  `jenis_pengirim` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT 'umum',
  `jenis_biaya` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'kubikasi',
  `jenis_paket` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_status_pembayaran` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `asal` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tujuan` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `keterangan` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `jenis_barang_detail` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_user` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `cargo_pengiriman_details`
--


-- --------------------------------------------------------

--
-- Table structure for table `distributors`
--

CREATE TABLE `distributors` (
  `id_distributor` bigint UNSIGNED NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `distributors`
--


-- --------------------------------------------------------

--
-- Table structure for table `goods_category_bus`
--

CREATE TABLE `goods_category_bus` (
  `id_goods_category_bus` bigint UNSIGNED NOT NULL,
  `category` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `pickup` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `dropoff` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `price` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `kode_kotas`
--

CREATE TABLE `kode_kotas` (
  `id_kode_kota` bigint UNSIGNED NOT NULL,
  `kota` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `kode_kota` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `wilayah` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `kode_wilayah` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `kode_kotas`
--


-- --------------------------------------------------------

--
-- Table structure for table `message_trackings`
--

CREATE TABLE `message_trackings` (
  `id_message_tracking` bigint UNSIGNED NOT NULL,
  `pesan` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `message_trackings`
--


-- --------------------------------------------------------

--
-- Table structure for table `migrations`
--

CREATE TABLE `migrations` (
  `id` int UNSIGNED NOT NULL,
  `migration` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `batch` int NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `migrations`
--


-- --------------------------------------------------------

--
-- Table structure for table `pengiriman_bus`
--

CREATE TABLE `pengiriman_bus` (
  `id_pengiriman_bus` bigint UNSIGNED NOT NULL,
  `resi` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_pengirim` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `telepon_pengirim` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_penerima` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `telepon_penerima` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `asal_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tujuan_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `jenis_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `berat_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `panjang_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `lebar_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tinggi_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `jumlah_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `harga_barang` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `kode_user` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `status_pembayarans`
--

CREATE TABLE `status_pembayarans` (
  `id_status_pembayaran` bigint UNSIGNED NOT NULL,
  `pesan` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `status_pembayarans`
--


-- --------------------------------------------------------

--
-- Table structure for table `trucks`
--

CREATE TABLE `trucks` (
  `id_truck` bigint UNSIGNED NOT NULL,
  `no_pol` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `sopir_utama` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `truck_trackings`
--

CREATE TABLE `truck_trackings` (
  `id_truck_tracking` bigint UNSIGNED NOT NULL,
  `no_lmt` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_message_tracking` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_status_pembayaran` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_user` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `truck_trackings`
--


-- --------------------------------------------------------

--
-- Table structure for table `tujuan`
--

CREATE TABLE `tujuan` (
  `id_tujuan` bigint UNSIGNED NOT NULL,
  `nama_asal` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `tujuan`
--


-- --------------------------------------------------------

--
-- Table structure for table `users`
--

CREATE TABLE `users` (
  `id` bigint UNSIGNED NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `email` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `password` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `status_user` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'aktif',
  `is_user_superadmin` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '0',
  `jenis_user` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_kode_kota` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_area_bus` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `remember_token` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `api_token` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `users`
--


-- --------------------------------------------------------

--
-- Table structure for table `wilayah`
--

CREATE TABLE `wilayah` (
  `id_wilayah` bigint UNSIGNED NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `wilayah`
--


--
-- Indexes for dumped tables
--

--
-- Indexes for table `area_bus`
--
ALTER TABLE `area_bus`
  ADD PRIMARY KEY (`id_area_bus`),
  ADD KEY `area_bus_kode_kota_index` (`kode_kota`),
  ADD KEY `area_bus_kode_wilayah_index` (`kode_wilayah`);

--
-- Indexes for table `barang_trackings`
--
ALTER TABLE `barang_trackings`
  ADD PRIMARY KEY (`id_barang_tracking`);

--
-- Indexes for table `bus`
--
ALTER TABLE `bus`
  ADD PRIMARY KEY (`id_bus`),
  ADD KEY `bus_no_pol_index` (`no_pol`);

--
-- Indexes for table `cache`
--
ALTER TABLE `cache`
  ADD UNIQUE KEY `cache_key_unique` (`key`);

--
-- Indexes for table `cargo_pengiriman_barangs`
--
ALTER TABLE `cargo_pengiriman_barangs`
  ADD PRIMARY KEY (`id_cargo_pengiriman_barang`),
  ADD KEY `cargo_pengiriman_barangs_no_resi_index` (`no_resi`),
  ADD KEY `cargo_pengiriman_barangs_no_lmt_index` (`no_lmt`);

--
-- Indexes for table `cargo_pengiriman_details`
--
ALTER TABLE `cargo_pengiriman_details`
  ADD PRIMARY KEY (`id_cargo_pengiriman_detail`),
  ADD KEY `cargo_pengiriman_details_no_manifest_index` (`no_manifest`),
  ADD KEY `cargo_pengiriman_details_no_lmt_index` (`no_lmt`),
  ADD KEY `cargo_pengiriman_details_no_resi_index` (`no_resi`),
  ADD KEY `cargo_pengiriman_details_is_lunas_index` (`is_lunas`),
  ADD KEY `cargo_pengiriman_details_is_diterima_index` (`is_diterima`),
  ADD KEY `cargo_pengiriman_details_id_status_pembayaran_index` (`id_status_pembayaran`),
  ADD KEY `cargo_pengiriman_details_id_user_index` (`id_user`);

--
-- Indexes for table `distributors`
--
ALTER TABLE `distributors`
  ADD PRIMARY KEY (`id_distributor`),
  ADD KEY `distributors_name_index` (`name`);

--
-- Indexes for table `goods_category_bus`
--
ALTER TABLE `goods_category_bus`
  ADD PRIMARY KEY (`id_goods_category_bus`);

--
-- Indexes for table `kode_kotas`
--
ALTER TABLE `kode_kotas`
  ADD PRIMARY KEY (`id_kode_kota`),
  ADD KEY `kode_kotas_kode_kota_index` (`kode_kota`),
  ADD KEY `kode_kotas_kode_wilayah_index` (`kode_wilayah`);

--
-- Indexes for table `message_trackings`
--
ALTER TABLE `message_trackings`
  ADD PRIMARY KEY (`id_message_tracking`);

--
-- Indexes for table `migrations`
--
ALTER TABLE `migrations`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `pengiriman_bus`
--
ALTER TABLE `pengiriman_bus`
  ADD PRIMARY KEY (`id_pengiriman_bus`);

--
-- Indexes for table `status_pembayarans`
--
ALTER TABLE `status_pembayarans`
  ADD PRIMARY KEY (`id_status_pembayaran`);

--
-- Indexes for table `trucks`
--
ALTER TABLE `trucks`
  ADD PRIMARY KEY (`id_truck`),
  ADD KEY `trucks_no_pol_index` (`no_pol`);

--
-- Indexes for table `truck_trackings`
--
ALTER TABLE `truck_trackings`
  ADD PRIMARY KEY (`id_truck_tracking`),
  ADD KEY `truck_trackings_no_lmt_index` (`no_lmt`),
  ADD KEY `truck_trackings_id_message_tracking_index` (`id_message_tracking`),
  ADD KEY `truck_trackings_id_status_pembayaran_index` (`id_status_pembayaran`),
  ADD KEY `truck_trackings_id_user_index` (`id_user`);

--
-- Indexes for table `tujuan`
--
ALTER TABLE `tujuan`
  ADD PRIMARY KEY (`id_tujuan`);

--
-- Indexes for table `users`
--
ALTER TABLE `users`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `users_email_unique` (`email`),
  ADD KEY `users_status_user_index` (`status_user`),
  ADD KEY `users_id_kode_kota_index` (`id_kode_kota`),
  ADD KEY `users_id_kode_wilayah_index` (`id_area_bus`);

--
-- Indexes for table `wilayah`
--
ALTER TABLE `wilayah`
  ADD PRIMARY KEY (`id_wilayah`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `area_bus`
--
ALTER TABLE `area_bus`
  MODIFY `id_area_bus` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=21;

--
-- AUTO_INCREMENT for table `barang_trackings`
--
ALTER TABLE `barang_trackings`
  MODIFY `id_barang_tracking` bigint UNSIGNED NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `bus`
--
ALTER TABLE `bus`
  MODIFY `id_bus` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `cargo_pengiriman_barangs`
--
ALTER TABLE `cargo_pengiriman_barangs`
  MODIFY `id_cargo_pengiriman_barang` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=157;

--
-- AUTO_INCREMENT for table `cargo_pengiriman_details`
--
ALTER TABLE `cargo_pengiriman_details`
  MODIFY `id_cargo_pengiriman_detail` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=126;

--
-- AUTO_INCREMENT for table `distributors`
--
ALTER TABLE `distributors`
  MODIFY `id_distributor` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `goods_category_bus`
--
ALTER TABLE `goods_category_bus`
  MODIFY `id_goods_category_bus` bigint UNSIGNED NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `kode_kotas`
--
ALTER TABLE `kode_kotas`
  MODIFY `id_kode_kota` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=15;

--
-- AUTO_INCREMENT for table `message_trackings`
--
ALTER TABLE `message_trackings`
  MODIFY `id_message_tracking` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `migrations`
--
ALTER TABLE `migrations`
  MODIFY `id` int UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=18;

--
-- AUTO_INCREMENT for table `pengiriman_bus`
--
ALTER TABLE `pengiriman_bus`
  MODIFY `id_pengiriman_bus` bigint UNSIGNED NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `status_pembayarans`
--
ALTER TABLE `status_pembayarans`
  MODIFY `id_status_pembayaran` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `trucks`
--
ALTER TABLE `trucks`
  MODIFY `id_truck` bigint UNSIGNED NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `truck_trackings`
--
ALTER TABLE `truck_trackings`
  MODIFY `id_truck_tracking` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=30;

--
-- AUTO_INCREMENT for table `tujuan`
--
ALTER TABLE `tujuan`
  MODIFY `id_tujuan` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=381;

--
-- AUTO_INCREMENT for table `users`
--
ALTER TABLE `users`
  MODIFY `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `wilayah`
--
ALTER TABLE `wilayah`
  MODIFY `id_wilayah` bigint UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=515;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
