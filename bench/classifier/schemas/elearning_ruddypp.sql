-- MariaDB dump 10.19  Distrib 10.4.32-MariaDB, for Win64 (AMD64)
--
-- Host: localhost    Database: elearning
-- ------------------------------------------------------
-- Server version	10.4.32-MariaDB

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `backup_data`
--

DROP TABLE IF EXISTS `backup_data`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `backup_data` (
  `id` varchar(20) NOT NULL,
  `nama_file` varchar(255) NOT NULL,
  `ukuran_file` int(11) NOT NULL,
  `dibuat_oleh` varchar(20) NOT NULL,
  `tanggal_dibuat` timestamp NOT NULL DEFAULT current_timestamp(),
  `deskripsi` text DEFAULT NULL,
  `status` enum('success','failed') DEFAULT 'success',
  PRIMARY KEY (`id`),
  KEY `dibuat_oleh` (`dibuat_oleh`),
  CONSTRAINT `backup_data_ibfk_1` FOREIGN KEY (`dibuat_oleh`) REFERENCES `pengguna` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `backup_data`
--

LOCK TABLES `backup_data` WRITE;
/*!40000 ALTER TABLE `backup_data` DISABLE KEYS */;
/*!40000 ALTER TABLE `backup_data` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `jawaban_kuesioner`
--

DROP TABLE IF EXISTS `jawaban_kuesioner`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `jawaban_kuesioner` (
  `id` varchar(20) NOT NULL,
  `pertanyaan_id` varchar(20) NOT NULL,
  `siswa_id` varchar(20) NOT NULL,
  `jawaban` text NOT NULL,
  `tanggal_jawab` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `pertanyaan_id` (`pertanyaan_id`),
  KEY `siswa_id` (`siswa_id`),
  CONSTRAINT `jawaban_kuesioner_ibfk_1` FOREIGN KEY (`pertanyaan_id`) REFERENCES `pertanyaan_kuesioner` (`id`),
  CONSTRAINT `jawaban_kuesioner_ibfk_2` FOREIGN KEY (`siswa_id`) REFERENCES `pengguna` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `jawaban_kuesioner`
--

LOCK TABLES `jawaban_kuesioner` WRITE;
/*!40000 ALTER TABLE `jawaban_kuesioner` DISABLE KEYS */;
/*!40000 ALTER TABLE `jawaban_kuesioner` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `jawaban_siswa`
--

DROP TABLE IF EXISTS `jawaban_siswa`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `jawaban_siswa` (
  `id` varchar(20) NOT NULL,
  `nilai_tugas_id` varchar(20) NOT NULL,
  `soal_id` varchar(20) NOT NULL,
  `jawaban` text DEFAULT NULL,
  `pilihan_id` varchar(20) DEFAULT NULL,
  `nilai_per_soal` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `nilai_tugas_id` (`nilai_tugas_id`),
  KEY `soal_id` (`soal_id`),
  KEY `pilihan_id` (`pilihan_id`),
  CONSTRAINT `jawaban_siswa_ibfk_1` FOREIGN KEY (`nilai_tugas_id`) REFERENCES `nilai_tugas` (`id`),
  CONSTRAINT `jawaban_siswa_ibfk_2` FOREIGN KEY (`soal_id`) REFERENCES `soal_quiz` (`id`),
  CONSTRAINT `jawaban_siswa_ibfk_3` FOREIGN KEY (`pilihan_id`) REFERENCES `pilihan_jawaban` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `jawaban_siswa`
--

LOCK TABLES `jawaban_siswa` WRITE;
/*!40000 ALTER TABLE `jawaban_siswa` DISABLE KEYS */;
/*!40000 ALTER TABLE `jawaban_siswa` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `kelas`
--

DROP TABLE IF EXISTS `kelas`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `kelas` (
  `id` varchar(10) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `tahun_ajaran` varchar(20) NOT NULL,
  `wali_kelas_id` varchar(20) DEFAULT NULL,
  `status` enum('pending','aktif','nonaktif') DEFAULT 'aktif',
  `tanggal_dibuat` date DEFAULT curdate(),
  PRIMARY KEY (`id`),
  KEY `wali_kelas_id` (`wali_kelas_id`),
  CONSTRAINT `kelas_ibfk_1` FOREIGN KEY (`wali_kelas_id`) REFERENCES `pengguna` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `kelas`
--

LOCK TABLES `kelas` WRITE;
/*!40000 ALTER TABLE `kelas` DISABLE KEYS */;
/*!40000 ALTER TABLE `kelas` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `kuesioner`
--

DROP TABLE IF EXISTS `kuesioner`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `kuesioner` (
  `id` varchar(20) NOT NULL,
  `judul` varchar(255) NOT NULL,
  `deskripsi` text DEFAULT NULL,
  `kelas_id` varchar(10) NOT NULL,
  `dibuat_oleh` varchar(20) NOT NULL,
  `tanggal_dibuat` date NOT NULL,
  `status` enum('draft','published','closed') DEFAULT 'published',
  PRIMARY KEY (`id`),
  KEY `kelas_id` (`kelas_id`),
  KEY `dibuat_oleh` (`dibuat_oleh`),
  CONSTRAINT `kuesioner_ibfk_1` FOREIGN KEY (`kelas_id`) REFERENCES `kelas` (`id`),
  CONSTRAINT `kuesioner_ibfk_2` FOREIGN KEY (`dibuat_oleh`) REFERENCES `pengguna` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `kuesioner`
--

LOCK TABLES `kuesioner` WRITE;
/*!40000 ALTER TABLE `kuesioner` DISABLE KEYS */;
/*!40000 ALTER TABLE `kuesioner` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `laporan_aktivitas`
--

DROP TABLE IF EXISTS `laporan_aktivitas`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `laporan_aktivitas` (
  `id` varchar(20) NOT NULL,
  `pengguna_id` varchar(20) NOT NULL,
  `tipe_aktivitas` enum('login','logout','view_materi','submit_tugas','nilai_tugas','tambah_materi','edit_materi','hapus_materi','verifikasi','create_backup','isi_kuesioner','publish_quiz','close_quiz','view_grade') NOT NULL,
  `deskripsi` text DEFAULT NULL,
  `waktu` timestamp NOT NULL DEFAULT current_timestamp(),
  `referensi_id` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pengguna_id` (`pengguna_id`),
  CONSTRAINT `laporan_aktivitas_ibfk_1` FOREIGN KEY (`pengguna_id`) REFERENCES `pengguna` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `laporan_aktivitas`
--

LOCK TABLES `laporan_aktivitas` WRITE;
/*!40000 ALTER TABLE `laporan_aktivitas` DISABLE KEYS */;
/*!40000 ALTER TABLE `laporan_aktivitas` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `log_sistem`
--

DROP TABLE IF EXISTS `log_sistem`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `log_sistem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pengguna_id` varchar(20) DEFAULT NULL,
  `aksi` varchar(255) NOT NULL,
  `detail` text DEFAULT NULL,
  `ip_address` varchar(50) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `waktu` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `pengguna_id` (`pengguna_id`),
  CONSTRAINT `log_sistem_ibfk_1` FOREIGN KEY (`pengguna_id`) REFERENCES `pengguna` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `log_sistem`
--

LOCK TABLES `log_sistem` WRITE;
/*!40000 ALTER TABLE `log_sistem` DISABLE KEYS */;
/*!40000 ALTER TABLE `log_sistem` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `materi_coding`
--

DROP TABLE IF EXISTS `materi_coding`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `materi_coding` (
  `id` varchar(20) NOT NULL,
  `judul` varchar(255) NOT NULL,
  `deskripsi` text NOT NULL,
  `tingkat` varchar(50) NOT NULL,
  `tanggal_dibuat` date NOT NULL,
  `kelas_id` varchar(10) NOT NULL,
  `dibuat_oleh` varchar(20) NOT NULL,
  `status` enum('pending','aktif','nonaktif') DEFAULT 'aktif',
  PRIMARY KEY (`id`),
  KEY `kelas_id` (`kelas_id`),
  KEY `dibuat_oleh` (`dibuat_oleh`),
  CONSTRAINT `materi_coding_ibfk_1` FOREIGN KEY (`kelas_id`) REFERENCES `kelas` (`id`),
  CONSTRAINT `materi_coding_ibfk_2` FOREIGN KEY (`dibuat_oleh`) REFERENCES `pengguna` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `materi_coding`
--

LOCK TABLES `materi_coding` WRITE;
/*!40000 ALTER TABLE `materi_coding` DISABLE KEYS */;
/*!40000 ALTER TABLE `materi_coding` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nilai_tugas`
--

DROP TABLE IF EXISTS `nilai_tugas`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `nilai_tugas` (
  `id` varchar(20) NOT NULL,
  `tugas_id` varchar(20) NOT NULL,
  `siswa_id` varchar(20) NOT NULL,
  `dinilai_oleh` varchar(20) DEFAULT NULL,
  `nilai` int(11) DEFAULT NULL,
  `feedback` text DEFAULT NULL,
  `tanggal_dinilai` date DEFAULT NULL,
  `file_jawaban` varchar(255) DEFAULT NULL,
  `tanggal_pengumpulan` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tugas_id` (`tugas_id`),
  KEY `siswa_id` (`siswa_id`),
  KEY `dinilai_oleh` (`dinilai_oleh`),
  CONSTRAINT `nilai_tugas_ibfk_1` FOREIGN KEY (`tugas_id`) REFERENCES `tugas` (`id`),
  CONSTRAINT `nilai_tugas_ibfk_2` FOREIGN KEY (`siswa_id`) REFERENCES `pengguna` (`id`),
  CONSTRAINT `nilai_tugas_ibfk_3` FOREIGN KEY (`dinilai_oleh`) REFERENCES `pengguna` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nilai_tugas`
--

LOCK TABLES `nilai_tugas` WRITE;
/*!40000 ALTER TABLE `nilai_tugas` DISABLE KEYS */;
/*!40000 ALTER TABLE `nilai_tugas` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `pengguna`
--

DROP TABLE IF EXISTS `pengguna`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `pengguna` (
  `id` varchar(20) NOT NULL,
  `kelas_id` varchar(10) DEFAULT NULL,
  `nama` varchar(100) NOT NULL,
  `email` varchar(100) NOT NULL,
  `password` varchar(255) NOT NULL,
  `tipe_pengguna` enum('admin','guru','siswa','kepsek') NOT NULL,
  `nuptk` varchar(20) DEFAULT NULL,
  `nisn` varchar(20) DEFAULT NULL,
  `tanggal_daftar` date NOT NULL,
  `last_login` timestamp NULL DEFAULT NULL,
  `status` enum('pending','aktif','ditolak','nonaktif') DEFAULT 'aktif',
  `keterangan` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_pengguna_kelas` (`kelas_id`),
  CONSTRAINT `fk_pengguna_kelas` FOREIGN KEY (`kelas_id`) REFERENCES `kelas` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `pengguna`
--

LOCK TABLES `pengguna` WRITE;
/*!40000 ALTER TABLE `pengguna` DISABLE KEYS */;
/*!40000 ALTER TABLE `pengguna` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `pertanyaan_kuesioner`
--

DROP TABLE IF EXISTS `pertanyaan_kuesioner`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `pertanyaan_kuesioner` (
  `id` varchar(20) NOT NULL,
  `kuesioner_id` varchar(20) NOT NULL,
  `pertanyaan` text NOT NULL,
  `jenis` enum('pilihan_ganda','skala','text') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `kuesioner_id` (`kuesioner_id`),
  CONSTRAINT `pertanyaan_kuesioner_ibfk_1` FOREIGN KEY (`kuesioner_id`) REFERENCES `kuesioner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `pertanyaan_kuesioner`
--

LOCK TABLES `pertanyaan_kuesioner` WRITE;
/*!40000 ALTER TABLE `pertanyaan_kuesioner` DISABLE KEYS */;
/*!40000 ALTER TABLE `pertanyaan_kuesioner` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `pilihan_jawaban`
--

DROP TABLE IF EXISTS `pilihan_jawaban`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `pilihan_jawaban` (
  `id` varchar(20) NOT NULL,
  `soal_id` varchar(20) NOT NULL,
  `teks` text NOT NULL,
  `is_benar` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `soal_id` (`soal_id`),
  CONSTRAINT `pilihan_jawaban_ibfk_1` FOREIGN KEY (`soal_id`) REFERENCES `soal_quiz` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `pilihan_jawaban`
--

LOCK TABLES `pilihan_jawaban` WRITE;
/*!40000 ALTER TABLE `pilihan_jawaban` DISABLE KEYS */;
/*!40000 ALTER TABLE `pilihan_jawaban` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `soal_quiz`
--

DROP TABLE IF EXISTS `soal_quiz`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `soal_quiz` (
  `id` varchar(20) NOT NULL,
  `tugas_id` varchar(20) NOT NULL,
  `pertanyaan` text NOT NULL,
  `image_url` varchar(255) DEFAULT NULL,
  `jenis` enum('pilihan_ganda','essay','coding') NOT NULL,
  `bobot` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `tugas_id` (`tugas_id`),
  CONSTRAINT `soal_quiz_ibfk_1` FOREIGN KEY (`tugas_id`) REFERENCES `tugas` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `soal_quiz`
--

LOCK TABLES `soal_quiz` WRITE;
/*!40000 ALTER TABLE `soal_quiz` DISABLE KEYS */;
/*!40000 ALTER TABLE `soal_quiz` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tugas`
--

DROP TABLE IF EXISTS `tugas`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `tugas` (
  `id` varchar(20) NOT NULL,
  `materi_id` varchar(20) NOT NULL,
  `kelas_id` varchar(10) NOT NULL,
  `judul` varchar(255) NOT NULL,
  `dibuat_oleh` varchar(20) NOT NULL,
  `deskripsi` text NOT NULL,
  `tanggal_dibuat` date NOT NULL,
  `tanggal_deadline` date DEFAULT NULL,
  `status` enum('draft','published','closed') DEFAULT 'draft',
  PRIMARY KEY (`id`),
  KEY `materi_id` (`materi_id`),
  KEY `kelas_id` (`kelas_id`),
  KEY `dibuat_oleh` (`dibuat_oleh`),
  CONSTRAINT `tugas_ibfk_1` FOREIGN KEY (`materi_id`) REFERENCES `materi_coding` (`id`),
  CONSTRAINT `tugas_ibfk_2` FOREIGN KEY (`kelas_id`) REFERENCES `kelas` (`id`),
  CONSTRAINT `tugas_ibfk_3` FOREIGN KEY (`dibuat_oleh`) REFERENCES `pengguna` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tugas`
--

LOCK TABLES `tugas` WRITE;
/*!40000 ALTER TABLE `tugas` DISABLE KEYS */;
/*!40000 ALTER TABLE `tugas` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2025-06-10 12:54:34
