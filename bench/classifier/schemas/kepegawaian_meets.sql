-- --------------------------------------------------------
-- Host:                         127.0.0.1
-- Server version:               8.0.30 - MySQL Community Server - GPL
-- Server OS:                    Win64
-- HeidiSQL Version:             12.1.0.6537
-- --------------------------------------------------------

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8 */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;


-- Dumping database structure for kepegawaian
CREATE DATABASE IF NOT EXISTS `kepegawaian`;
USE `kepegawaian`;

-- Dumping structure for table kepegawaian.anak
CREATE TABLE IF NOT EXISTS `anak` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `pendidikan_id` bigint unsigned NOT NULL,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `jenis_kelamin` enum('L','P') COLLATE utf8mb4_unicode_ci NOT NULL,
  `pekerjaan` varchar(150) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tempat_tinggal` varchar(150) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `status` enum('Anak Kandung','Anak Angkat') COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `anak_pegawai_id_foreign` (`pegawai_id`),
  KEY `anak_pendidikan_id_foreign` (`pendidikan_id`),
  CONSTRAINT `anak_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE,
  CONSTRAINT `anak_pendidikan_id_foreign` FOREIGN KEY (`pendidikan_id`) REFERENCES `pendidikan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.diklat
CREATE TABLE IF NOT EXISTS `diklat` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `jumlah_jam` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `penyelenggara` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tempat` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `angkatan` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tahun` year NOT NULL,
  `nomor` int NOT NULL,
  `tanggal_sttp` date NOT NULL,
  `sertifikat` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `diklat_pegawai_id_foreign` (`pegawai_id`),
  CONSTRAINT `diklat_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.eselon
CREATE TABLE IF NOT EXISTS `eselon` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.failed_jobs
CREATE TABLE IF NOT EXISTS `failed_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `connection` text COLLATE utf8mb4_unicode_ci NOT NULL,
  `queue` text COLLATE utf8mb4_unicode_ci NOT NULL,
  `payload` longtext COLLATE utf8mb4_unicode_ci NOT NULL,
  `exception` longtext COLLATE utf8mb4_unicode_ci NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.fakultas
CREATE TABLE IF NOT EXISTS `fakultas` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.gaji_pokok
CREATE TABLE IF NOT EXISTS `gaji_pokok` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `golongan_id` bigint unsigned NOT NULL,
  `masa_kerja` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `gaji_pokok` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `gaji_pokok_golongan_id_foreign` (`golongan_id`),
  CONSTRAINT `gaji_pokok_golongan_id_foreign` FOREIGN KEY (`golongan_id`) REFERENCES `golongan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.golongan
CREATE TABLE IF NOT EXISTS `golongan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `golongan` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.grade
CREATE TABLE IF NOT EXISTS `grade` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `value` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `jabatan_fungsional_id` bigint unsigned NOT NULL,
  `jabatan_struktural_id` bigint unsigned NOT NULL,
  `pendidikan_id` bigint unsigned NOT NULL,
  `kelompok_pegawai_id` bigint unsigned NOT NULL,
  `unit_kerja_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `grade_jabatan_fungsional_id_foreign` (`jabatan_fungsional_id`),
  KEY `grade_jabatan_struktural_id_foreign` (`jabatan_struktural_id`),
  KEY `grade_pendidikan_id_foreign` (`pendidikan_id`),
  KEY `grade_kelompok_pegawai_id_foreign` (`kelompok_pegawai_id`),
  KEY `grade_unit_kerja_id_foreign` (`unit_kerja_id`),
  CONSTRAINT `grade_jabatan_fungsional_id_foreign` FOREIGN KEY (`jabatan_fungsional_id`) REFERENCES `jabatan_fungsional` (`id`) ON DELETE CASCADE,
  CONSTRAINT `grade_jabatan_struktural_id_foreign` FOREIGN KEY (`jabatan_struktural_id`) REFERENCES `jabatan_struktural` (`id`) ON DELETE CASCADE,
  CONSTRAINT `grade_kelompok_pegawai_id_foreign` FOREIGN KEY (`kelompok_pegawai_id`) REFERENCES `kelompok_pegawai` (`id`) ON DELETE CASCADE,
  CONSTRAINT `grade_pendidikan_id_foreign` FOREIGN KEY (`pendidikan_id`) REFERENCES `pendidikan` (`id`) ON DELETE CASCADE,
  CONSTRAINT `grade_unit_kerja_id_foreign` FOREIGN KEY (`unit_kerja_id`) REFERENCES `unit_kerja` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.hukuman_disiplin
CREATE TABLE IF NOT EXISTS `hukuman_disiplin` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.identitas
CREATE TABLE IF NOT EXISTS `identitas` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `no_ktp` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `tempat_lahir` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `jenis_kelamin` enum('L','P') COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `agama` enum('Islam','Kristen','Katolik','Hindu','Budha','Konghucu','Lainnya') COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `golongan_darah` enum('A','B','AB','O') COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `alamat` text COLLATE utf8mb4_unicode_ci,
  `desa` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `kecamatan` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `no_telepon` char(12) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `foto` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `identitas_pegawai_id_foreign` (`pegawai_id`),
  CONSTRAINT `identitas_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.istri_suami
CREATE TABLE IF NOT EXISTS `istri_suami` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `pendidikan_id` bigint unsigned NOT NULL,
  `nama` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `tanggal_nikah` date NOT NULL,
  `pekerjaan` varchar(150) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tempat_tinggal` varchar(150) COLLATE utf8mb4_unicode_ci NOT NULL,
  `status` enum('Istri','Suami') COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `istri_suami_pegawai_id_foreign` (`pegawai_id`),
  KEY `istri_suami_pendidikan_id_foreign` (`pendidikan_id`),
  CONSTRAINT `istri_suami_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE,
  CONSTRAINT `istri_suami_pendidikan_id_foreign` FOREIGN KEY (`pendidikan_id`) REFERENCES `pendidikan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.jabatan_fungsional
CREATE TABLE IF NOT EXISTS `jabatan_fungsional` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `masa` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.jabatan_struktural
CREATE TABLE IF NOT EXISTS `jabatan_struktural` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `masa` int NOT NULL,
  `eselon_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `jabatan_struktural_eselon_id_foreign` (`eselon_id`),
  CONSTRAINT `jabatan_struktural_eselon_id_foreign` FOREIGN KEY (`eselon_id`) REFERENCES `eselon` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.jenis_pegawai
CREATE TABLE IF NOT EXISTS `jenis_pegawai` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.jurusan
CREATE TABLE IF NOT EXISTS `jurusan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `fakultas_id` bigint unsigned NOT NULL,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `jurusan_fakultas_id_foreign` (`fakultas_id`),
  CONSTRAINT `jurusan_fakultas_id_foreign` FOREIGN KEY (`fakultas_id`) REFERENCES `fakultas` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=87 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.kelompok_pegawai
CREATE TABLE IF NOT EXISTS `kelompok_pegawai` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.latihan_jabatan
CREATE TABLE IF NOT EXISTS `latihan_jabatan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `nama` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tahun` year NOT NULL,
  `jam` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL,
  `sertifikat` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `latihan_jabatan_pegawai_id_foreign` (`pegawai_id`),
  CONSTRAINT `latihan_jabatan_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.lokasi_kerja
CREATE TABLE IF NOT EXISTS `lokasi_kerja` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.migrations
CREATE TABLE IF NOT EXISTS `migrations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `migration` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `batch` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=36 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.pegawai
CREATE TABLE IF NOT EXISTS `pegawai` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `nip` varchar(25) COLLATE utf8mb4_unicode_ci NOT NULL,
  `name` varchar(150) COLLATE utf8mb4_unicode_ci NOT NULL,
  `email` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `golongan_id` bigint unsigned NOT NULL,
  `kelompok_pegawai_id` bigint unsigned NOT NULL,
  `jenis_pegawai_id` bigint unsigned NOT NULL,
  `unit_kerja_id` bigint unsigned NOT NULL,
  `jurusan_id` bigint unsigned DEFAULT NULL,
  `prodi_id` bigint unsigned DEFAULT NULL,
  `grade_id` bigint unsigned NOT NULL,
  `tamat_cpns` date DEFAULT NULL,
  `tamat_pns` date DEFAULT NULL,
  `pendidikan_id` bigint unsigned NOT NULL,
  `jabatan_fungsional_id` bigint unsigned NOT NULL,
  `jabatan_struktural_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pegawai_nip_unique` (`nip`),
  KEY `pegawai_golongan_id_foreign` (`golongan_id`),
  KEY `pegawai_kelompok_pegawai_id_foreign` (`kelompok_pegawai_id`),
  KEY `pegawai_jenis_pegawai_id_foreign` (`jenis_pegawai_id`),
  KEY `pegawai_unit_kerja_id_foreign` (`unit_kerja_id`),
  KEY `pegawai_jurusan_id_foreign` (`jurusan_id`),
  KEY `pegawai_prodi_id_foreign` (`prodi_id`),
  KEY `pegawai_grade_id_foreign` (`grade_id`),
  KEY `pegawai_pendidikan_id_foreign` (`pendidikan_id`),
  KEY `pegawai_jabatan_fungsional_id_foreign` (`jabatan_fungsional_id`),
  KEY `pegawai_jabatan_struktural_id_foreign` (`jabatan_struktural_id`),
  CONSTRAINT `pegawai_golongan_id_foreign` FOREIGN KEY (`golongan_id`) REFERENCES `golongan` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pegawai_grade_id_foreign` FOREIGN KEY (`grade_id`) REFERENCES `grade` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pegawai_jabatan_fungsional_id_foreign` FOREIGN KEY (`jabatan_fungsional_id`) REFERENCES `jabatan_fungsional` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pegawai_jabatan_struktural_id_foreign` FOREIGN KEY (`jabatan_struktural_id`) REFERENCES `jabatan_struktural` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pegawai_jenis_pegawai_id_foreign` FOREIGN KEY (`jenis_pegawai_id`) REFERENCES `jenis_pegawai` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pegawai_jurusan_id_foreign` FOREIGN KEY (`jurusan_id`) REFERENCES `jurusan` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pegawai_kelompok_pegawai_id_foreign` FOREIGN KEY (`kelompok_pegawai_id`) REFERENCES `kelompok_pegawai` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pegawai_pendidikan_id_foreign` FOREIGN KEY (`pendidikan_id`) REFERENCES `pendidikan` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pegawai_prodi_id_foreign` FOREIGN KEY (`prodi_id`) REFERENCES `prodi` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pegawai_unit_kerja_id_foreign` FOREIGN KEY (`unit_kerja_id`) REFERENCES `unit_kerja` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=1094 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.pendidikan
CREATE TABLE IF NOT EXISTS `pendidikan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.penugasan
CREATE TABLE IF NOT EXISTS `penugasan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `negara` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tahun` year NOT NULL,
  `lama` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL,
  `alasan` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `penugasan_pegawai_id_foreign` (`pegawai_id`),
  CONSTRAINT `penugasan_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.personal_access_tokens
CREATE TABLE IF NOT EXISTS `personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `token` varchar(64) COLLATE utf8mb4_unicode_ci NOT NULL,
  `abilities` text COLLATE utf8mb4_unicode_ci,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `expires_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`,`tokenable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.prodi
CREATE TABLE IF NOT EXISTS `prodi` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `jurusan_id` bigint unsigned NOT NULL,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `prodi_jurusan_id_foreign` (`jurusan_id`),
  CONSTRAINT `prodi_jurusan_id_foreign` FOREIGN KEY (`jurusan_id`) REFERENCES `jurusan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=190 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.riwayat_hukuman_disiplin
CREATE TABLE IF NOT EXISTS `riwayat_hukuman_disiplin` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `hukuman_disiplin_id` bigint unsigned NOT NULL,
  `nomor_sk` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tanggal_sk` date NOT NULL,
  `tmt_hd` date NOT NULL,
  `masa_tahun` varchar(25) COLLATE utf8mb4_unicode_ci NOT NULL,
  `masa_bulan` varchar(25) COLLATE utf8mb4_unicode_ci NOT NULL,
  `akhir_hukuman` date NOT NULL,
  `golongan_ruang` varchar(25) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `riwayat_hukuman_disiplin_pegawai_id_foreign` (`pegawai_id`),
  KEY `riwayat_hukuman_disiplin_hukuman_disiplin_id_foreign` (`hukuman_disiplin_id`),
  CONSTRAINT `riwayat_hukuman_disiplin_hukuman_disiplin_id_foreign` FOREIGN KEY (`hukuman_disiplin_id`) REFERENCES `hukuman_disiplin` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_hukuman_disiplin_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.riwayat_jabatan
CREATE TABLE IF NOT EXISTS `riwayat_jabatan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `unit_kerja_id` bigint unsigned NOT NULL,
  `eselon_id` bigint unsigned NOT NULL,
  `jabatan_struktural_id` bigint unsigned NOT NULL,
  `jabatan_fungsional_id` bigint unsigned NOT NULL,
  `satuan_kerja` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL,
  `jenis` enum('Struktural','Fungsional Tertentu','Rangkat','Fungsional Umum') COLLATE utf8mb4_unicode_ci NOT NULL,
  `tmt_js` date NOT NULL,
  `akhir_eselon` date NOT NULL,
  `tmt_jf` date NOT NULL,
  `nomor_sk` varchar(25) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tanggal_sk` date NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `riwayat_jabatan_pegawai_id_foreign` (`pegawai_id`),
  KEY `riwayat_jabatan_unit_kerja_id_foreign` (`unit_kerja_id`),
  KEY `riwayat_jabatan_eselon_id_foreign` (`eselon_id`),
  KEY `riwayat_jabatan_jabatan_struktural_id_foreign` (`jabatan_struktural_id`),
  KEY `riwayat_jabatan_jabatan_fungsional_id_foreign` (`jabatan_fungsional_id`),
  CONSTRAINT `riwayat_jabatan_eselon_id_foreign` FOREIGN KEY (`eselon_id`) REFERENCES `eselon` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_jabatan_jabatan_fungsional_id_foreign` FOREIGN KEY (`jabatan_fungsional_id`) REFERENCES `jabatan_fungsional` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_jabatan_jabatan_struktural_id_foreign` FOREIGN KEY (`jabatan_struktural_id`) REFERENCES `jabatan_struktural` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_jabatan_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_jabatan_unit_kerja_id_foreign` FOREIGN KEY (`unit_kerja_id`) REFERENCES `unit_kerja` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.riwayat_jabatan_fungsional
CREATE TABLE IF NOT EXISTS `riwayat_jabatan_fungsional` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `jabatan_fungsional_id` bigint unsigned NOT NULL,
  `tahun_mulai` year NOT NULL,
  `tahun_selesai` year NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `riwayat_jabatan_fungsional_pegawai_id_foreign` (`pegawai_id`),
  KEY `riwayat_jabatan_fungsional_jabatan_fungsional_id_foreign` (`jabatan_fungsional_id`),
  CONSTRAINT `riwayat_jabatan_fungsional_jabatan_fungsional_id_foreign` FOREIGN KEY (`jabatan_fungsional_id`) REFERENCES `jabatan_fungsional` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_jabatan_fungsional_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.riwayat_jabatan_struktural
CREATE TABLE IF NOT EXISTS `riwayat_jabatan_struktural` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `jabatan_struktural_id` bigint unsigned NOT NULL,
  `tahun_mulai` year NOT NULL,
  `tahun_selesai` year NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `riwayat_jabatan_struktural_pegawai_id_foreign` (`pegawai_id`),
  KEY `riwayat_jabatan_struktural_jabatan_struktural_id_foreign` (`jabatan_struktural_id`),
  CONSTRAINT `riwayat_jabatan_struktural_jabatan_struktural_id_foreign` FOREIGN KEY (`jabatan_struktural_id`) REFERENCES `jabatan_struktural` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_jabatan_struktural_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.riwayat_mutasi
CREATE TABLE IF NOT EXISTS `riwayat_mutasi` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `no_sk` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `jenis` enum('Masuk','Keluar','Pindah Antar Instansi','Pensiun','Wafat','Kenaikan Pangkat') COLLATE utf8mb4_unicode_ci NOT NULL,
  `tanggal_sk` date NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `riwayat_mutasi_pegawai_id_foreign` (`pegawai_id`),
  CONSTRAINT `riwayat_mutasi_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.riwayat_pangkat_golongan
CREATE TABLE IF NOT EXISTS `riwayat_pangkat_golongan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `unit_kerja_id` bigint unsigned NOT NULL,
  `lokasi_kerja_id` bigint unsigned NOT NULL,
  `golongan_ruang` varchar(25) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tmt_golongan` date NOT NULL,
  `tanggal_sk` date NOT NULL,
  `nomor_sk` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `riwayat_pangkat_golongan_pegawai_id_foreign` (`pegawai_id`),
  KEY `riwayat_pangkat_golongan_unit_kerja_id_foreign` (`unit_kerja_id`),
  KEY `riwayat_pangkat_golongan_lokasi_kerja_id_foreign` (`lokasi_kerja_id`),
  CONSTRAINT `riwayat_pangkat_golongan_lokasi_kerja_id_foreign` FOREIGN KEY (`lokasi_kerja_id`) REFERENCES `lokasi_kerja` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_pangkat_golongan_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_pangkat_golongan_unit_kerja_id_foreign` FOREIGN KEY (`unit_kerja_id`) REFERENCES `unit_kerja` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.riwayat_pendidikan
CREATE TABLE IF NOT EXISTS `riwayat_pendidikan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `pendidikan_id` bigint unsigned NOT NULL,
  `jurusan_id` bigint unsigned NOT NULL,
  `tanggal_lulus` date NOT NULL,
  `nama_sekolah` varchar(150) COLLATE utf8mb4_unicode_ci NOT NULL,
  `gelar_depan` varchar(25) COLLATE utf8mb4_unicode_ci NOT NULL,
  `gelar_belakang` varchar(25) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `riwayat_pendidikan_pegawai_id_foreign` (`pegawai_id`),
  KEY `riwayat_pendidikan_pendidikan_id_foreign` (`pendidikan_id`),
  KEY `riwayat_pendidikan_jurusan_id_foreign` (`jurusan_id`),
  CONSTRAINT `riwayat_pendidikan_jurusan_id_foreign` FOREIGN KEY (`jurusan_id`) REFERENCES `jurusan` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_pendidikan_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE,
  CONSTRAINT `riwayat_pendidikan_pendidikan_id_foreign` FOREIGN KEY (`pendidikan_id`) REFERENCES `pendidikan` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.riwayat_penghargaan
CREATE TABLE IF NOT EXISTS `riwayat_penghargaan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pegawai_id` bigint unsigned NOT NULL,
  `nama` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tanggal` date NOT NULL,
  `pemberi` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `riwayat_penghargaan_pegawai_id_foreign` (`pegawai_id`),
  CONSTRAINT `riwayat_penghargaan_pegawai_id_foreign` FOREIGN KEY (`pegawai_id`) REFERENCES `pegawai` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.roles
CREATE TABLE IF NOT EXISTS `roles` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `description` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `level` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.struktur
CREATE TABLE IF NOT EXISTS `struktur` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `jabatan_struktural_id` bigint unsigned NOT NULL,
  `jabatan_fungsional_id` bigint unsigned NOT NULL,
  `grade_id` bigint unsigned NOT NULL,
  `eselon_id` bigint unsigned NOT NULL,
  `parent_id` bigint unsigned NOT NULL,
  `jv` int NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `struktur_jabatan_struktural_id_foreign` (`jabatan_struktural_id`),
  KEY `struktur_jabatan_fungsional_id_foreign` (`jabatan_fungsional_id`),
  KEY `struktur_grade_id_foreign` (`grade_id`),
  KEY `struktur_eselon_id_foreign` (`eselon_id`),
  KEY `struktur_parent_id_foreign` (`parent_id`),
  CONSTRAINT `struktur_eselon_id_foreign` FOREIGN KEY (`eselon_id`) REFERENCES `eselon` (`id`) ON DELETE CASCADE,
  CONSTRAINT `struktur_grade_id_foreign` FOREIGN KEY (`grade_id`) REFERENCES `grade` (`id`) ON DELETE CASCADE,
  CONSTRAINT `struktur_jabatan_fungsional_id_foreign` FOREIGN KEY (`jabatan_fungsional_id`) REFERENCES `jabatan_fungsional` (`id`) ON DELETE CASCADE,
  CONSTRAINT `struktur_jabatan_struktural_id_foreign` FOREIGN KEY (`jabatan_struktural_id`) REFERENCES `jabatan_struktural` (`id`) ON DELETE CASCADE,
  CONSTRAINT `struktur_parent_id_foreign` FOREIGN KEY (`parent_id`) REFERENCES `struktur` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.unit_kerja
CREATE TABLE IF NOT EXISTS `unit_kerja` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Dumping structure for table kepegawaian.users
CREATE TABLE IF NOT EXISTS `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `role_id` bigint unsigned NOT NULL,
  `username` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `email` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `last_login` date DEFAULT NULL,
  `password` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `remember_token` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  KEY `users_role_id_foreign` (`role_id`),
  CONSTRAINT `users_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=1097 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


/*!40103 SET TIME_ZONE=IFNULL(@OLD_TIME_ZONE, 'system') */;
/*!40101 SET SQL_MODE=IFNULL(@OLD_SQL_MODE, '') */;
/*!40014 SET FOREIGN_KEY_CHECKS=IFNULL(@OLD_FOREIGN_KEY_CHECKS, 1) */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40111 SET SQL_NOTES=IFNULL(@OLD_SQL_NOTES, 1) */;
