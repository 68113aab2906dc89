-- phpMyAdmin SQL Dump
-- version 5.2.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Jul 11, 2025 at 11:35 AM
-- Server version: 10.4.32-MariaDB
-- PHP Version: 8.2.12

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `koncondaki`
--

-- --------------------------------------------------------

--
-- Table structure for table `basecamp`
--

CREATE TABLE `basecamp` (
  `id` int(11) NOT NULL,
  `gunung_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL COMMENT 'User ID dari pengelola basecamp',
  `nama_basecamp` varchar(100) NOT NULL,
  `lokasi` varchar(255) NOT NULL,
  `kapasitas` int(11) NOT NULL,
  `fasilitas` text DEFAULT NULL,
  `harga_per_malam` decimal(10,2) NOT NULL,
  `deskripsi` text DEFAULT NULL,
  `status` enum('tersedia','tidak tersedia') DEFAULT 'tersedia',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `detail_pendaki`
--

CREATE TABLE `detail_pendaki` (
  `id` int(11) NOT NULL,
  `pemesanan_tiket_id` int(11) NOT NULL,
  `nama_pendaki` varchar(100) NOT NULL,
  `no_identitas` varchar(20) NOT NULL,
  `alamat` text DEFAULT NULL,
  `no_telp` varchar(20) DEFAULT NULL,
  `jenis_kelamin` enum('Laki-laki','Perempuan') DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `forum_comments`
--

CREATE TABLE `forum_comments` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `post_id` int(11) NOT NULL,
  `content` text NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `forum_likes`
--

CREATE TABLE `forum_likes` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `post_id` int(11) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `forum_posts`
--

CREATE TABLE `forum_posts` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `title` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `category` enum('pengalaman','tips','peralatan','cuaca','tanya-jawab') NOT NULL DEFAULT 'pengalaman',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `guide`
--

CREATE TABLE `guide` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `gunung_id` int(11) NOT NULL,
  `harga_per_hari` decimal(10,2) NOT NULL,
  `deskripsi` text DEFAULT NULL,
  `status` enum('tersedia','tidak tersedia') DEFAULT 'tersedia',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `gunung`
--

CREATE TABLE `gunung` (
  `id` int(11) NOT NULL,
  `nama_gunung` varchar(100) NOT NULL,
  `foto_gunung` varchar(255) DEFAULT NULL COMMENT 'Path ke file gambar gunung',
  `lokasi` varchar(255) NOT NULL,
  `ketinggian` int(11) NOT NULL COMMENT 'dalam meter',
  `deskripsi` text DEFAULT NULL,
  `status` enum('buka','tutup') DEFAULT 'buka',
  `kuota_pendaki_harian` int(11) NOT NULL,
  `admin_id` int(11) DEFAULT NULL COMMENT 'User ID dari admin yang mengelola gunung',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `jalur_pendakian`
--

CREATE TABLE `jalur_pendakian` (
  `id` int(11) NOT NULL,
  `gunung_id` int(11) NOT NULL,
  `nama_jalur` varchar(100) NOT NULL,
  `estimasi_waktu_tempuh` int(11) NOT NULL COMMENT 'dalam jam',
  `tingkat_kesulitan` enum('mudah','sedang','sulit','sangat sulit') NOT NULL,
  `deskripsi_jalur` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `layanan`
--

CREATE TABLE `layanan` (
  `id` int(11) NOT NULL,
  `nama_layanan` varchar(50) NOT NULL,
  `deskripsi` varchar(255) DEFAULT NULL,
  `harga_layanan` decimal(10,2) NOT NULL,
  `satuan` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `log_aktivitas`
--

CREATE TABLE `log_aktivitas` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `level` enum('info','warning','danger') DEFAULT 'info',
  `aktivitas` varchar(255) NOT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `notifikasi`
--

CREATE TABLE `notifikasi` (
  `id` int(11) NOT NULL,
  `penerima_id` int(11) NOT NULL COMMENT 'User ID porter, guide, atau ojek',
  `gunung_id` int(11) DEFAULT NULL,
  `pengirim_id` int(11) NOT NULL COMMENT 'User ID pengirim (admin)',
  `judul` varchar(255) NOT NULL,
  `pesan` text NOT NULL,
  `tipe` enum('info','penting','promo') DEFAULT 'info',
  `url` varchar(255) DEFAULT NULL COMMENT 'Link jika notifikasi bisa diklik',
  `status_baca` enum('belum','sudah') DEFAULT 'belum',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `ojek`
--

CREATE TABLE `ojek` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `gunung_id` int(11) NOT NULL,
  `nomor_plat` varchar(20) NOT NULL,
  `jenis_kendaraan` varchar(50) NOT NULL,
  `harga_per_trip` decimal(10,2) NOT NULL,
  `deskripsi` text DEFAULT NULL,
  `status` enum('tersedia','tidak tersedia') DEFAULT 'tersedia',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pembayaran`
--

CREATE TABLE `pembayaran` (
  `id` int(11) NOT NULL,
  `pemesanan_tiket_id` int(11) DEFAULT NULL,
  `pemesanan_porter_id` int(11) DEFAULT NULL,
  `pemesanan_guide_id` int(11) DEFAULT NULL,
  `pemesanan_ojek_id` int(11) DEFAULT NULL,
  `pemesanan_basecamp_id` int(11) DEFAULT NULL,
  `metode_pembayaran` varchar(50) NOT NULL,
  `jumlah_pembayaran` decimal(10,2) NOT NULL,
  `tanggal_pembayaran` timestamp NOT NULL DEFAULT current_timestamp(),
  `status_pembayaran` enum('berhasil','gagal','menunggu') DEFAULT 'menunggu',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pemesanan`
--

CREATE TABLE `pemesanan` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `tiket_id` int(11) NOT NULL,
  `kode_booking` varchar(20) NOT NULL,
  `tanggal_pendakian` date NOT NULL,
  `tanggal_turun` date NOT NULL,
  `jumlah_pendaki` int(11) NOT NULL,
  `subtotal_tiket` decimal(10,2) NOT NULL,
  `subtotal_layanan` decimal(10,2) NOT NULL DEFAULT 0.00,
  `total_harga` decimal(10,2) NOT NULL,
  `status_pemesanan` enum('menunggu pembayaran','pending','in progress','complete','rejected','dibatalkan') NOT NULL DEFAULT 'menunggu pembayaran',
  `tanggal_pemesanan` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pemesanan_basecamp`
--

CREATE TABLE `pemesanan_basecamp` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `basecamp_id` int(11) NOT NULL,
  `pemesanan_tiket_id` int(11) NOT NULL,
  `tanggal_check_in` date NOT NULL,
  `tanggal_check_out` date NOT NULL,
  `jumlah_malam` int(11) NOT NULL,
  `total_harga` decimal(10,2) NOT NULL,
  `status` enum('menunggu','dibayar','dibatalkan','selesai') DEFAULT 'menunggu',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pemesanan_guide`
--

CREATE TABLE `pemesanan_guide` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `guide_id` int(11) NOT NULL,
  `pemesanan_tiket_id` int(11) NOT NULL,
  `tanggal_mulai` date NOT NULL,
  `tanggal_selesai` date NOT NULL,
  `jumlah_hari` int(11) NOT NULL,
  `total_harga` decimal(10,2) NOT NULL,
  `status` enum('menunggu','dibayar','dibatalkan','selesai') DEFAULT 'menunggu',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pemesanan_layanan`
--

CREATE TABLE `pemesanan_layanan` (
  `id` int(11) NOT NULL,
  `pemesanan_id` int(11) NOT NULL,
  `layanan_id` int(11) NOT NULL,
  `jumlah` int(11) NOT NULL DEFAULT 1,
  `harga_saat_pesan` decimal(10,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pemesanan_ojek`
--

CREATE TABLE `pemesanan_ojek` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `ojek_id` int(11) NOT NULL,
  `pemesanan_tiket_id` int(11) NOT NULL,
  `tanggal_jemput` datetime NOT NULL,
  `lokasi_jemput` varchar(255) NOT NULL,
  `lokasi_tujuan` varchar(255) NOT NULL,
  `jumlah_penumpang` int(11) NOT NULL,
  `total_harga` decimal(10,2) NOT NULL,
  `status` enum('menunggu','dibayar','dibatalkan','selesai') DEFAULT 'menunggu',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pemesanan_porter`
--

CREATE TABLE `pemesanan_porter` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `porter_id` int(11) NOT NULL,
  `pemesanan_tiket_id` int(11) NOT NULL,
  `tanggal_mulai` date NOT NULL,
  `tanggal_selesai` date NOT NULL,
  `jumlah_hari` int(11) NOT NULL,
  `total_harga` decimal(10,2) NOT NULL,
  `status` enum('menunggu','dibayar','dibatalkan','selesai') DEFAULT 'menunggu',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `pemesanan_tiket`
--

CREATE TABLE `pemesanan_tiket` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `tiket_id` int(11) NOT NULL,
  `tanggal_pendakian` date NOT NULL,
  `tanggal_turun` date NOT NULL,
  `jumlah_pendaki` int(11) NOT NULL,
  `status_pemesanan` enum('menunggu','dibayar','dibatalkan','selesai') DEFAULT 'menunggu',
  `total_harga` decimal(10,2) NOT NULL,
  `bukti_pembayaran` varchar(255) DEFAULT NULL,
  `tanggal_pemesanan` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `porter`
--

CREATE TABLE `porter` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `gunung_id` int(11) NOT NULL,
  `harga_per_hari` decimal(10,2) NOT NULL,
  `deskripsi` text DEFAULT NULL,
  `status` enum('tersedia','tidak tersedia') DEFAULT 'tersedia',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tiket`
--

CREATE TABLE `tiket` (
  `id` int(11) NOT NULL,
  `gunung_id` int(11) NOT NULL,
  `jalur_id` int(11) NOT NULL,
  `harga` decimal(10,2) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tiket_gunung`
--

CREATE TABLE `tiket_gunung` (
  `id` int(11) NOT NULL,
  `nama_gunung` varchar(100) NOT NULL,
  `lokasi` varchar(100) DEFAULT NULL,
  `harga_tiket` decimal(10,2) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `users`
--

CREATE TABLE `users` (
  `id` int(11) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(20) NOT NULL,
  `password` varchar(255) NOT NULL,
  `role` enum('pendaki','porter','guide','ojek','admin','basecamp','pengelola_gunung') NOT NULL DEFAULT 'pendaki',
  `gunung_bertugas_id` int(11) DEFAULT NULL,
  `gunung_id` int(11) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `profile_picture` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `basecamp`
--
ALTER TABLE `basecamp`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `user_id` (`user_id`),
  ADD KEY `gunung_id` (`gunung_id`);

--
-- Indexes for table `detail_pendaki`
--
ALTER TABLE `detail_pendaki`
  ADD PRIMARY KEY (`id`),
  ADD KEY `pemesanan_tiket_id` (`pemesanan_tiket_id`);

--
-- Indexes for table `forum_comments`
--
ALTER TABLE `forum_comments`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`user_id`),
  ADD KEY `post_id` (`post_id`),
  ADD KEY `created_at` (`created_at`);

--
-- Indexes for table `forum_likes`
--
ALTER TABLE `forum_likes`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `user_post_unique` (`user_id`,`post_id`),
  ADD KEY `post_id` (`post_id`);

--
-- Indexes for table `forum_posts`
--
ALTER TABLE `forum_posts`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`user_id`),
  ADD KEY `category` (`category`),
  ADD KEY `created_at` (`created_at`);

--
-- Indexes for table `guide`
--
ALTER TABLE `guide`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `user_id` (`user_id`),
  ADD KEY `gunung_id` (`gunung_id`);

--
-- Indexes for table `gunung`
--
ALTER TABLE `gunung`
  ADD PRIMARY KEY (`id`),
  ADD KEY `admin_id` (`admin_id`);

--
-- Indexes for table `jalur_pendakian`
--
ALTER TABLE `jalur_pendakian`
  ADD PRIMARY KEY (`id`),
  ADD KEY `gunung_id` (`gunung_id`);

--
-- Indexes for table `layanan`
--
ALTER TABLE `layanan`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `nama_layanan` (`nama_layanan`);

--
-- Indexes for table `log_aktivitas`
--
ALTER TABLE `log_aktivitas`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`user_id`);

--
-- Indexes for table `notifikasi`
--
ALTER TABLE `notifikasi`
  ADD PRIMARY KEY (`id`),
  ADD KEY `penerima_id` (`penerima_id`),
  ADD KEY `pengirim_id` (`pengirim_id`),
  ADD KEY `idx_gunung_id` (`gunung_id`);

--
-- Indexes for table `ojek`
--
ALTER TABLE `ojek`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `user_id` (`user_id`),
  ADD KEY `gunung_id` (`gunung_id`);

--
-- Indexes for table `pembayaran`
--
ALTER TABLE `pembayaran`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `pemesanan`
--
ALTER TABLE `pemesanan`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `kode_booking` (`kode_booking`),
  ADD KEY `tiket_id` (`tiket_id`);

--
-- Indexes for table `pemesanan_basecamp`
--
ALTER TABLE `pemesanan_basecamp`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`user_id`),
  ADD KEY `basecamp_id` (`basecamp_id`),
  ADD KEY `pemesanan_tiket_id` (`pemesanan_tiket_id`);

--
-- Indexes for table `pemesanan_guide`
--
ALTER TABLE `pemesanan_guide`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`user_id`),
  ADD KEY `guide_id` (`guide_id`),
  ADD KEY `pemesanan_tiket_id` (`pemesanan_tiket_id`);

--
-- Indexes for table `pemesanan_layanan`
--
ALTER TABLE `pemesanan_layanan`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `pemesanan_id` (`pemesanan_id`,`layanan_id`),
  ADD KEY `layanan_id` (`layanan_id`);

--
-- Indexes for table `pemesanan_ojek`
--
ALTER TABLE `pemesanan_ojek`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`user_id`),
  ADD KEY `ojek_id` (`ojek_id`),
  ADD KEY `pemesanan_tiket_id` (`pemesanan_tiket_id`);

--
-- Indexes for table `pemesanan_porter`
--
ALTER TABLE `pemesanan_porter`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`user_id`),
  ADD KEY `porter_id` (`porter_id`),
  ADD KEY `pemesanan_tiket_id` (`pemesanan_tiket_id`);

--
-- Indexes for table `pemesanan_tiket`
--
ALTER TABLE `pemesanan_tiket`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`user_id`),
  ADD KEY `tiket_id` (`tiket_id`);

--
-- Indexes for table `porter`
--
ALTER TABLE `porter`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `user_id` (`user_id`),
  ADD KEY `gunung_id` (`gunung_id`);

--
-- Indexes for table `tiket`
--
ALTER TABLE `tiket`
  ADD PRIMARY KEY (`id`),
  ADD KEY `gunung_id` (`gunung_id`),
  ADD KEY `jalur_id` (`jalur_id`);

--
-- Indexes for table `tiket_gunung`
--
ALTER TABLE `tiket_gunung`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `users`
--
ALTER TABLE `users`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `email` (`email`),
  ADD KEY `fk_users_gunung` (`gunung_id`);

--
-- Constraints for dumped tables
--

--
-- Constraints for table `basecamp`
--
ALTER TABLE `basecamp`
  ADD CONSTRAINT `basecamp_ibfk_1` FOREIGN KEY (`gunung_id`) REFERENCES `gunung` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `basecamp_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;

--
-- Constraints for table `detail_pendaki`
--
ALTER TABLE `detail_pendaki`
  ADD CONSTRAINT `detail_pendaki_ibfk_1` FOREIGN KEY (`pemesanan_tiket_id`) REFERENCES `pemesanan_tiket` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `forum_comments`
--
ALTER TABLE `forum_comments`
  ADD CONSTRAINT `forum_comments_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `forum_comments_ibfk_2` FOREIGN KEY (`post_id`) REFERENCES `forum_posts` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `forum_likes`
--
ALTER TABLE `forum_likes`
  ADD CONSTRAINT `forum_likes_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `forum_likes_ibfk_2` FOREIGN KEY (`post_id`) REFERENCES `forum_posts` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `forum_posts`
--
ALTER TABLE `forum_posts`
  ADD CONSTRAINT `forum_posts_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `guide`
--
ALTER TABLE `guide`
  ADD CONSTRAINT `guide_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `guide_ibfk_2` FOREIGN KEY (`gunung_id`) REFERENCES `gunung` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `gunung`
--
ALTER TABLE `gunung`
  ADD CONSTRAINT `gunung_ibfk_1` FOREIGN KEY (`admin_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;

--
-- Constraints for table `jalur_pendakian`
--
ALTER TABLE `jalur_pendakian`
  ADD CONSTRAINT `jalur_pendakian_ibfk_1` FOREIGN KEY (`gunung_id`) REFERENCES `gunung` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `log_aktivitas`
--
ALTER TABLE `log_aktivitas`
  ADD CONSTRAINT `log_aktivitas_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `notifikasi`
--
ALTER TABLE `notifikasi`
  ADD CONSTRAINT `notifikasi_ibfk_1` FOREIGN KEY (`penerima_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `notifikasi_ibfk_2` FOREIGN KEY (`pengirim_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `ojek`
--
ALTER TABLE `ojek`
  ADD CONSTRAINT `ojek_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `ojek_ibfk_2` FOREIGN KEY (`gunung_id`) REFERENCES `gunung` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `pemesanan`
--
ALTER TABLE `pemesanan`
  ADD CONSTRAINT `pemesanan_ibfk_1` FOREIGN KEY (`tiket_id`) REFERENCES `tiket_gunung` (`id`);

--
-- Constraints for table `pemesanan_basecamp`
--
ALTER TABLE `pemesanan_basecamp`
  ADD CONSTRAINT `pemesanan_basecamp_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_basecamp_ibfk_2` FOREIGN KEY (`basecamp_id`) REFERENCES `basecamp` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_basecamp_ibfk_3` FOREIGN KEY (`pemesanan_tiket_id`) REFERENCES `pemesanan_tiket` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `pemesanan_guide`
--
ALTER TABLE `pemesanan_guide`
  ADD CONSTRAINT `pemesanan_guide_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_guide_ibfk_2` FOREIGN KEY (`guide_id`) REFERENCES `guide` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_guide_ibfk_3` FOREIGN KEY (`pemesanan_tiket_id`) REFERENCES `pemesanan_tiket` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `pemesanan_layanan`
--
ALTER TABLE `pemesanan_layanan`
  ADD CONSTRAINT `pemesanan_layanan_ibfk_1` FOREIGN KEY (`pemesanan_id`) REFERENCES `pemesanan` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_layanan_ibfk_2` FOREIGN KEY (`layanan_id`) REFERENCES `layanan` (`id`);

--
-- Constraints for table `pemesanan_ojek`
--
ALTER TABLE `pemesanan_ojek`
  ADD CONSTRAINT `pemesanan_ojek_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_ojek_ibfk_2` FOREIGN KEY (`ojek_id`) REFERENCES `ojek` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_ojek_ibfk_3` FOREIGN KEY (`pemesanan_tiket_id`) REFERENCES `pemesanan_tiket` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `pemesanan_porter`
--
ALTER TABLE `pemesanan_porter`
  ADD CONSTRAINT `pemesanan_porter_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_porter_ibfk_2` FOREIGN KEY (`porter_id`) REFERENCES `porter` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_porter_ibfk_3` FOREIGN KEY (`pemesanan_tiket_id`) REFERENCES `pemesanan_tiket` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `pemesanan_tiket`
--
ALTER TABLE `pemesanan_tiket`
  ADD CONSTRAINT `pemesanan_tiket_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `pemesanan_tiket_ibfk_2` FOREIGN KEY (`tiket_id`) REFERENCES `tiket` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `porter`
--
ALTER TABLE `porter`
  ADD CONSTRAINT `porter_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `porter_ibfk_2` FOREIGN KEY (`gunung_id`) REFERENCES `gunung` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `tiket`
--
ALTER TABLE `tiket`
  ADD CONSTRAINT `tiket_ibfk_1` FOREIGN KEY (`gunung_id`) REFERENCES `gunung` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `tiket_ibfk_2` FOREIGN KEY (`jalur_id`) REFERENCES `jalur_pendakian` (`id`) ON DELETE CASCADE;

--
-- Constraints for table `users`
--
ALTER TABLE `users`
  ADD CONSTRAINT `fk_users_gunung` FOREIGN KEY (`gunung_id`) REFERENCES `gunung` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
