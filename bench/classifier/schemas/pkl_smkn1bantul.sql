-- origin: dewidinid/PKL-SMK-N-1-BANTUL pkl_smkn1bantul.sql at 7edff4c6b2c0ac17b3eba71c15c69b32961d08a1 (phpMyAdmin dump of `pkl_smkn1bantul`, a vocational high school's (SMK) internship (PKL) management system: pupils, supervising teachers, host companies (DUDI), placements, daily journals, reports and grades; schema part: the 17 CREATE TABLE and their ALTER TABLE key statements; INSERT rows and the 4 triggers left out)

-- phpMyAdmin SQL Dump
-- version 5.2.0
-- https://www.phpmyadmin.net/
--
-- Host: localhost:3306
-- Generation Time: Dec 12, 2024 at 06:50 AM
-- Server version: 8.0.30
-- PHP Version: 8.2.23

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `pkl_smkn1bantul`
--

-- --------------------------------------------------------

--
-- Table structure for table `admin`
--

CREATE TABLE `admin` (
  `kode_admin` varchar(10) NOT NULL,
  `password` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `admin`
--


-- --------------------------------------------------------

--
-- Table structure for table `dudi`
--

CREATE TABLE `dudi` (
  `kode_dudi` varchar(10) NOT NULL,
  `nama_dudi` varchar(100) NOT NULL,
  `bidang_usaha` varchar(20) DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `alamat_dudi` text NOT NULL,
  `notelp_dudi` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `dudi`
--


-- --------------------------------------------------------

--
-- Table structure for table `evaluasi`
--

CREATE TABLE `evaluasi` (
  `id_evaluasi` int NOT NULL,
  `kode_kelompok` varchar(10) DEFAULT NULL,
  `kode_dudi` varchar(10) DEFAULT NULL,
  `NIS` varchar(15) DEFAULT NULL,
  `nama` varchar(100) DEFAULT NULL,
  `konsentrasi_keahlian` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `kelas` varchar(10) DEFAULT NULL,
  `tahun` varchar(10) DEFAULT NULL,
  `nama_dudi` varchar(100) DEFAULT NULL,
  `nilai_laporan_jurnalpkl` decimal(5,2) DEFAULT NULL,
  `nilai_pkldudi` decimal(5,2) DEFAULT NULL,
  `nilai_akhir_monitoring` decimal(5,2) DEFAULT NULL,
  `nilai_pengimbasan` decimal(5,2) DEFAULT NULL,
  `nilai_lap_akhir` decimal(5,2) DEFAULT NULL,
  `nilai_akhir` decimal(5,2) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `evaluasi`
--


-- --------------------------------------------------------

--
-- Table structure for table `laporan_akhir`
--

CREATE TABLE `laporan_akhir` (
  `id_laporan_akhir` int NOT NULL,
  `kode_kelompok` varchar(10) DEFAULT NULL,
  `kode_dudi` varchar(10) DEFAULT NULL,
  `NIS` varchar(15) DEFAULT NULL,
  `konsentrasi_keahlian` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `nama_siswa` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `kelas` varchar(10) DEFAULT NULL,
  `nama_dudi` varchar(100) DEFAULT NULL,
  `laporan_akhir` varchar(255) NOT NULL,
  `approved` tinyint(1) DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `laporan_akhir`
--


-- --------------------------------------------------------

--
-- Table structure for table `laporan_jurnal`
--

CREATE TABLE `laporan_jurnal` (
  `id_jurnal` int NOT NULL,
  `tanggal` timestamp NULL DEFAULT NULL,
  `NIS` varchar(15) DEFAULT NULL,
  `kode_dudi` varchar(10) DEFAULT NULL,
  `nama_siswa` varchar(100) DEFAULT NULL,
  `nama_dudi` varchar(100) DEFAULT NULL,
  `kegiatan` text,
  `lokasi` varchar(255) DEFAULT NULL,
  `kelas` varchar(255) DEFAULT NULL,
  `kode_kelompok` varchar(255) DEFAULT NULL,
  `konsentrasi_keahlian` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `alamat_dudi` varchar(255) DEFAULT NULL,
  `NIP_NIK` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `laporan_jurnal`
--


-- --------------------------------------------------------

--
-- Table structure for table `laporan_pengimbasan`
--

CREATE TABLE `laporan_pengimbasan` (
  `id_pengimbasan` int NOT NULL,
  `kode_kelompok` varchar(10) DEFAULT NULL,
  `kode_dudi` varchar(10) DEFAULT NULL,
  `NIS` varchar(15) DEFAULT NULL,
  `konsentrasi_keahlian` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `nama` varchar(100) DEFAULT NULL,
  `kelas` varchar(10) DEFAULT NULL,
  `nama_dudi` varchar(100) DEFAULT NULL,
  `laporan_pengimbasan` varchar(255) NOT NULL,
  `approved` tinyint(1) DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `laporan_pengimbasan`
--


-- --------------------------------------------------------

--
-- Table structure for table `migrations`
--

CREATE TABLE `migrations` (
  `id` int UNSIGNED NOT NULL,
  `migration` varchar(255) NOT NULL,
  `batch` int NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Table structure for table `monitoring`
--

CREATE TABLE `monitoring` (
  `id_monitoring` int NOT NULL,
  `NIS` varchar(15) DEFAULT NULL,
  `kode_kelompok` varchar(10) DEFAULT NULL,
  `kode_dudi` varchar(10) DEFAULT NULL,
  `NIP_NIK` varchar(20) DEFAULT NULL,
  `nama_siswa` varchar(100) DEFAULT NULL,
  `konsentrasi_keahlian` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `nama_dudi` varchar(100) DEFAULT NULL,
  `kelas` varchar(10) DEFAULT NULL,
  `tahun` varchar(10) DEFAULT NULL,
  `nama_pembimbing` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `monitoring`
--


-- --------------------------------------------------------

--
-- Table structure for table `monitoring_per_siswa`
--

CREATE TABLE `monitoring_per_siswa` (
  `id_monitoring_persiswa` int NOT NULL,
  `NIS` varchar(15) NOT NULL,
  `nilai_tp1` decimal(5,2) NOT NULL,
  `nilai_tp2` decimal(5,2) NOT NULL,
  `nilai_tp3` decimal(5,2) NOT NULL,
  `nilai_tp4` decimal(5,2) NOT NULL,
  `nilai_monitoring` decimal(5,2) NOT NULL,
  `nilai_akhir_monitoring` decimal(5,2) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `monitoring_per_siswa`
--


-- --------------------------------------------------------

--
-- Table structure for table `nilai_pkl`
--

CREATE TABLE `nilai_pkl` (
  `id_nilai` int NOT NULL,
  `kode_kelompok` varchar(10) DEFAULT NULL,
  `NIS` varchar(15) DEFAULT NULL,
  `nama` varchar(100) DEFAULT NULL,
  `konsentrasi_keahlian` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `kelas` varchar(10) DEFAULT NULL,
  `tahun` varchar(10) DEFAULT NULL,
  `nilai` decimal(5,2) DEFAULT '0.00',
  `tp1_soft_skills` decimal(5,2) DEFAULT NULL,
  `tp2_norma_pos` decimal(5,2) DEFAULT NULL,
  `tp3_kompetensi_teknis` decimal(5,2) DEFAULT NULL,
  `tp4_wawasan_wirausaha` decimal(5,2) DEFAULT NULL,
  `file_path` varchar(255) DEFAULT NULL,
  `is_imported` tinyint(1) DEFAULT '0',
  `created_by` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `nilai_pkl`
--


-- --------------------------------------------------------

--
-- Table structure for table `pembimbing`
--

CREATE TABLE `pembimbing` (
  `NIP_NIK` varchar(20) NOT NULL,
  `nama_pembimbing` varchar(100) NOT NULL,
  `jenis_kelamin` varchar(10) DEFAULT NULL,
  `jabatan` varchar(50) DEFAULT NULL,
  `alamat` text,
  `no_telp` varchar(15) DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `pembimbing`
--


-- --------------------------------------------------------

--
-- Table structure for table `pengajuan`
--

CREATE TABLE `pengajuan` (
  `id_pengajuan` int NOT NULL,
  `NIS` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `nama_siswa` varchar(100) NOT NULL,
  `no_telp` varchar(15) NOT NULL,
  `nama_dudi` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `notelp_dudi` varchar(15) DEFAULT NULL,
  `proposal_pkl` text NOT NULL,
  `status_acc` tinyint(1) DEFAULT '0',
  `created_by` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `pengajuan`
--


-- --------------------------------------------------------

--
-- Table structure for table `pengajuan_siswa`
--

CREATE TABLE `pengajuan_siswa` (
  `id_pengajuan` int NOT NULL,
  `nis` varchar(25) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `pengajuan_siswa`
--


-- --------------------------------------------------------

--
-- Table structure for table `ploting`
--

CREATE TABLE `ploting` (
  `id_ploting` int NOT NULL,
  `kode_kelompok` varchar(10) DEFAULT NULL,
  `NIP_NIK` varchar(20) DEFAULT NULL,
  `nama_pembimbing` varchar(100) DEFAULT NULL,
  `kode_dudi` varchar(10) DEFAULT NULL,
  `nama_dudi` varchar(100) DEFAULT NULL,
  `NIS` varchar(15) DEFAULT NULL,
  `kelas` varchar(10) DEFAULT NULL,
  `notelp_dudi` varchar(15) DEFAULT NULL,
  `nama_siswa` varchar(255) DEFAULT NULL,
  `konsentrasi_keahlian` varchar(255) DEFAULT NULL,
  `alamat_dudi` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `ploting`
--


-- --------------------------------------------------------

--
-- Table structure for table `sessions`
--

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(50) DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` text,
  `payload` text NOT NULL,
  `last_activity` int NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `sessions`
--


-- --------------------------------------------------------

--
-- Table structure for table `siswa`
--

CREATE TABLE `siswa` (
  `NIS` varchar(15) NOT NULL,
  `nama_siswa` varchar(100) NOT NULL,
  `konsentrasi_keahlian` varchar(255) DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `profile_picture` varchar(255) DEFAULT NULL,
  `kelas` varchar(10) NOT NULL,
  `tahun` varchar(10) DEFAULT NULL,
  `kode_kelompok` varchar(10) DEFAULT NULL,
  `kode_dudi` varchar(10) DEFAULT NULL,
  `nama_dudi` varchar(100) DEFAULT NULL,
  `alamat_dudi` text,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `is_default_password` tinyint(1) DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Dumping data for table `siswa`
--


-- --------------------------------------------------------

--
-- Table structure for table `users`
--

CREATE TABLE `users` (
  `id_user` int NOT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(255) NOT NULL,
  `role` enum('siswa','pembimbing','admin','dudi') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `admin`
--
ALTER TABLE `admin`
  ADD PRIMARY KEY (`kode_admin`);

--
-- Indexes for table `dudi`
--
ALTER TABLE `dudi`
  ADD PRIMARY KEY (`kode_dudi`);

--
-- Indexes for table `evaluasi`
--
ALTER TABLE `evaluasi`
  ADD PRIMARY KEY (`id_evaluasi`),
  ADD KEY `kode_kelompok` (`kode_kelompok`),
  ADD KEY `NIS` (`NIS`),
  ADD KEY `konsentrasi_keahlian` (`konsentrasi_keahlian`),
  ADD KEY `kode_dudi` (`kode_dudi`);

--
-- Indexes for table `laporan_akhir`
--
ALTER TABLE `laporan_akhir`
  ADD PRIMARY KEY (`id_laporan_akhir`),
  ADD KEY `kode_kelompok` (`kode_kelompok`),
  ADD KEY `NIS` (`NIS`),
  ADD KEY `konsentrasi_keahlian` (`konsentrasi_keahlian`),
  ADD KEY `kode_dudi` (`kode_dudi`);

--
-- Indexes for table `laporan_jurnal`
--
ALTER TABLE `laporan_jurnal`
  ADD PRIMARY KEY (`id_jurnal`),
  ADD KEY `NIS` (`NIS`),
  ADD KEY `kode_dudi` (`kode_dudi`);

--
-- Indexes for table `laporan_pengimbasan`
--
ALTER TABLE `laporan_pengimbasan`
  ADD PRIMARY KEY (`id_pengimbasan`),
  ADD KEY `kode_kelompok` (`kode_kelompok`),
  ADD KEY `NIS` (`NIS`),
  ADD KEY `konsentrasi_keahlian` (`konsentrasi_keahlian`),
  ADD KEY `kode_dudi` (`kode_dudi`);

--
-- Indexes for table `migrations`
--
ALTER TABLE `migrations`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `monitoring`
--
ALTER TABLE `monitoring`
  ADD PRIMARY KEY (`id_monitoring`),
  ADD KEY `NIS` (`NIS`),
  ADD KEY `kode_kelompok` (`kode_kelompok`),
  ADD KEY `konsentrasi_keahlian` (`konsentrasi_keahlian`),
  ADD KEY `kode_dudi` (`kode_dudi`),
  ADD KEY `monitoring_ibfk_7` (`NIP_NIK`);

--
-- Indexes for table `monitoring_per_siswa`
--
ALTER TABLE `monitoring_per_siswa`
  ADD PRIMARY KEY (`id_monitoring_persiswa`);

--
-- Indexes for table `nilai_pkl`
--
ALTER TABLE `nilai_pkl`
  ADD PRIMARY KEY (`id_nilai`),
  ADD KEY `kode_kelompok` (`kode_kelompok`),
  ADD KEY `NIS` (`NIS`),
  ADD KEY `konsentrasi_keahlian` (`konsentrasi_keahlian`);

--
-- Indexes for table `pembimbing`
--
ALTER TABLE `pembimbing`
  ADD PRIMARY KEY (`NIP_NIK`);

--
-- Indexes for table `pengajuan`
--
ALTER TABLE `pengajuan`
  ADD PRIMARY KEY (`id_pengajuan`),
  ADD KEY `NIS` (`NIS`);

--
-- Indexes for table `pengajuan_siswa`
--
ALTER TABLE `pengajuan_siswa`
  ADD PRIMARY KEY (`id_pengajuan`,`nis`),
  ADD KEY `fk_siswa` (`nis`);

--
-- Indexes for table `ploting`
--
ALTER TABLE `ploting`
  ADD PRIMARY KEY (`id_ploting`),
  ADD KEY `kode_kelompok` (`kode_kelompok`),
  ADD KEY `NIP_NIK` (`NIP_NIK`),
  ADD KEY `kode_dudi` (`kode_dudi`),
  ADD KEY `NIS` (`NIS`);

--
-- Indexes for table `sessions`
--
ALTER TABLE `sessions`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `siswa`
--
ALTER TABLE `siswa`
  ADD PRIMARY KEY (`NIS`),
  ADD KEY `konsentrasi_keahlian` (`konsentrasi_keahlian`),
  ADD KEY `kode_kelompok` (`kode_kelompok`),
  ADD KEY `kode_dudi` (`kode_dudi`),
  ADD KEY `konsentrasi_keahlian_2` (`konsentrasi_keahlian`);

--
-- Indexes for table `users`
--
ALTER TABLE `users`
  ADD PRIMARY KEY (`id_user`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `evaluasi`
--
ALTER TABLE `evaluasi`
  MODIFY `id_evaluasi` int NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=13;

--
-- AUTO_INCREMENT for table `laporan_akhir`
--
ALTER TABLE `laporan_akhir`
  MODIFY `id_laporan_akhir` int NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=89;

--
-- AUTO_INCREMENT for table `laporan_jurnal`
--
ALTER TABLE `laporan_jurnal`
  MODIFY `id_jurnal` int NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=18;

--
-- AUTO_INCREMENT for table `laporan_pengimbasan`
--
ALTER TABLE `laporan_pengimbasan`
  MODIFY `id_pengimbasan` int NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=97;

--
-- AUTO_INCREMENT for table `migrations`
--
ALTER TABLE `migrations`
  MODIFY `id` int UNSIGNED NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `monitoring`
--
ALTER TABLE `monitoring`
  MODIFY `id_monitoring` int NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=25;

--
-- AUTO_INCREMENT for table `monitoring_per_siswa`
--
ALTER TABLE `monitoring_per_siswa`
  MODIFY `id_monitoring_persiswa` int NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT for table `nilai_pkl`
--
ALTER TABLE `nilai_pkl`
  MODIFY `id_nilai` int NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=17;

--
-- AUTO_INCREMENT for table `pengajuan`
--
ALTER TABLE `pengajuan`
  MODIFY `id_pengajuan` int NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=34;

--
-- AUTO_INCREMENT for table `ploting`
--
ALTER TABLE `ploting`
  MODIFY `id_ploting` int NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=91;

--
-- AUTO_INCREMENT for table `users`
--
ALTER TABLE `users`
  MODIFY `id_user` int NOT NULL AUTO_INCREMENT;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `evaluasi`
--
ALTER TABLE `evaluasi`
  ADD CONSTRAINT `evaluasi_ibfk_2` FOREIGN KEY (`NIS`) REFERENCES `siswa` (`NIS`),
  ADD CONSTRAINT `evaluasi_ibfk_3` FOREIGN KEY (`konsentrasi_keahlian`) REFERENCES `siswa` (`konsentrasi_keahlian`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `evaluasi_ibfk_4` FOREIGN KEY (`kode_dudi`) REFERENCES `dudi` (`kode_dudi`);

--
-- Constraints for table `laporan_akhir`
--
ALTER TABLE `laporan_akhir`
  ADD CONSTRAINT `laporan_akhir_ibfk_1` FOREIGN KEY (`kode_kelompok`) REFERENCES `ploting` (`kode_kelompok`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `laporan_akhir_ibfk_2` FOREIGN KEY (`NIS`) REFERENCES `siswa` (`NIS`),
  ADD CONSTRAINT `laporan_akhir_ibfk_3` FOREIGN KEY (`konsentrasi_keahlian`) REFERENCES `siswa` (`konsentrasi_keahlian`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `laporan_akhir_ibfk_4` FOREIGN KEY (`kode_dudi`) REFERENCES `dudi` (`kode_dudi`);

--
-- Constraints for table `laporan_jurnal`
--
ALTER TABLE `laporan_jurnal`
  ADD CONSTRAINT `laporan_jurnal_ibfk_1` FOREIGN KEY (`NIS`) REFERENCES `siswa` (`NIS`),
  ADD CONSTRAINT `laporan_jurnal_ibfk_2` FOREIGN KEY (`kode_dudi`) REFERENCES `dudi` (`kode_dudi`),
  ADD CONSTRAINT `laporan_jurnal_ibfk_3` FOREIGN KEY (`kode_dudi`) REFERENCES `ploting` (`kode_dudi`) ON DELETE RESTRICT ON UPDATE RESTRICT;

--
-- Constraints for table `laporan_pengimbasan`
--
ALTER TABLE `laporan_pengimbasan`
  ADD CONSTRAINT `laporan_pengimbasan_ibfk_2` FOREIGN KEY (`NIS`) REFERENCES `siswa` (`NIS`),
  ADD CONSTRAINT `laporan_pengimbasan_ibfk_3` FOREIGN KEY (`konsentrasi_keahlian`) REFERENCES `siswa` (`konsentrasi_keahlian`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `laporan_pengimbasan_ibfk_4` FOREIGN KEY (`kode_dudi`) REFERENCES `dudi` (`kode_dudi`);

--
-- Constraints for table `monitoring`
--
ALTER TABLE `monitoring`
  ADD CONSTRAINT `monitoring_ibfk_1` FOREIGN KEY (`NIS`) REFERENCES `siswa` (`NIS`),
  ADD CONSTRAINT `monitoring_ibfk_3` FOREIGN KEY (`konsentrasi_keahlian`) REFERENCES `siswa` (`konsentrasi_keahlian`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `monitoring_ibfk_5` FOREIGN KEY (`kode_kelompok`) REFERENCES `ploting` (`kode_kelompok`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `monitoring_ibfk_6` FOREIGN KEY (`NIP_NIK`) REFERENCES `ploting` (`NIP_NIK`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `monitoring_ibfk_7` FOREIGN KEY (`NIP_NIK`) REFERENCES `pembimbing` (`NIP_NIK`) ON DELETE RESTRICT ON UPDATE RESTRICT;

--
-- Constraints for table `nilai_pkl`
--
ALTER TABLE `nilai_pkl`
  ADD CONSTRAINT `nilai_pkl_ibfk_1` FOREIGN KEY (`konsentrasi_keahlian`) REFERENCES `siswa` (`konsentrasi_keahlian`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `nilai_pkl_ibfk_2` FOREIGN KEY (`NIS`) REFERENCES `siswa` (`NIS`);

--
-- Constraints for table `pengajuan`
--
ALTER TABLE `pengajuan`
  ADD CONSTRAINT `pengajuan_ibfk_1` FOREIGN KEY (`NIS`) REFERENCES `siswa` (`NIS`);

--
-- Constraints for table `pengajuan_siswa`
--
ALTER TABLE `pengajuan_siswa`
  ADD CONSTRAINT `fk_pengajuan` FOREIGN KEY (`id_pengajuan`) REFERENCES `pengajuan` (`id_pengajuan`) ON DELETE CASCADE,
  ADD CONSTRAINT `fk_siswa` FOREIGN KEY (`nis`) REFERENCES `siswa` (`NIS`) ON DELETE CASCADE;

--
-- Constraints for table `ploting`
--
ALTER TABLE `ploting`
  ADD CONSTRAINT `ploting_ibfk_3` FOREIGN KEY (`NIP_NIK`) REFERENCES `pembimbing` (`NIP_NIK`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ploting_ibfk_4` FOREIGN KEY (`NIS`) REFERENCES `siswa` (`NIS`);

--
-- Constraints for table `siswa`
--
ALTER TABLE `siswa`
  ADD CONSTRAINT `siswa_ibfk_3` FOREIGN KEY (`kode_dudi`) REFERENCES `ploting` (`kode_dudi`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `siswa_ibfk_4` FOREIGN KEY (`kode_kelompok`) REFERENCES `ploting` (`kode_kelompok`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `siswa_ibfk_5` FOREIGN KEY (`kode_dudi`) REFERENCES `dudi` (`kode_dudi`) ON DELETE RESTRICT ON UPDATE RESTRICT;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
