-- phpMyAdmin SQL Dump
-- version 5.0.2
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Mar 07, 2021 at 02:05 PM
-- Server version: 10.4.14-MariaDB
-- PHP Version: 7.4.9

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `sikoko_60`
--

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_absensi_rapat`
--

CREATE TABLE `sikoko_absensi_rapat` (
  `id_rapat` varchar(8) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_peserta` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL,
  `waktu_kedatangan` datetime DEFAULT NULL,
  `is_wajib` enum('0','1') COLLATE utf8mb4_unicode_ci NOT NULL,
  `presentase_presensi` int(3) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Stand-in structure for view `sikoko_absen_total`
-- (See below for the actual view)
--
CREATE TABLE `sikoko_absen_total` (
`id_peserta` varchar(50)
,`nama` varchar(50)
,`presensi` decimal(13,2)
);

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_administrasi`
--

CREATE TABLE `sikoko_administrasi` (
  `id_administrasi` int(11) NOT NULL,
  `keterangan` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_file` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `waktu_upload` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Stand-in structure for view `sikoko_all_rapat`
-- (See below for the actual view)
--
CREATE TABLE `sikoko_all_rapat` (
`id_rapat` varchar(8)
,`id_risbid` char(4)
,`id_seksi` char(4)
,`id_subseksi` varchar(3)
,`nama_rapat` varchar(100)
,`id_jenis_rapat` char(3)
,`agenda` longtext
,`tempat` varchar(50)
,`waktu_mulai` datetime
,`waktu_selesai` datetime
,`notulensi` varchar(70)
,`is_wajib` enum('0','1')
,`id_peserta` varchar(50)
,`waktu_kedatangan` datetime
,`presentase_presensi` int(3)
,`nama_seksi` varchar(50)
,`nama_riset_bidang` varchar(30)
,`nama_subseksi` varchar(70)
,`jenis_rapat` varchar(100)
,`kehadiran` varchar(19)
);

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_berita`
--

CREATE TABLE `sikoko_berita` (
  `id_berita` varchar(150) COLLATE utf8mb4_unicode_ci NOT NULL,
  `title` varchar(150) COLLATE utf8mb4_unicode_ci NOT NULL,
  `waktu` date NOT NULL,
  `content` longtext COLLATE utf8mb4_unicode_ci NOT NULL,
  `foto_berita` varchar(150) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `dibuat` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_dosen`
--

CREATE TABLE `sikoko_dosen` (
  `nip` varchar(18) COLLATE utf8mb4_unicode_ci NOT NULL,
  `username` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `nama` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_risbid` char(4) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_jab_dosen` char(4) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `no_hp` varchar(16) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_ruang` char(4) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `email` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `password` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `foto` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `kodeLupa` varchar(8) COLLATE utf8mb4_unicode_ci NOT NULL,
  `last_login` datetime NOT NULL DEFAULT '2018-11-11 00:00:00',
  `token` varchar(25) COLLATE utf8mb4_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_jabatan`
--

CREATE TABLE `sikoko_jabatan` (
  `id_jab` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_jabatan` varchar(11) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_jabatan_dosen`
--

CREATE TABLE `sikoko_jabatan_dosen` (
  `id_jab_dosen` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_jabatan` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_jabatan_lapangan`
--

CREATE TABLE `sikoko_jabatan_lapangan` (
  `id_lap` varchar(3) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_jabatan` varchar(20) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_jenis_rapat`
--

CREATE TABLE `sikoko_jenis_rapat` (
  `id_jenis_rapat` char(3) COLLATE utf8mb4_unicode_ci NOT NULL,
  `jenis_rapat` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Stand-in structure for view `sikoko_kehadiran_total`
-- (See below for the actual view)
--
CREATE TABLE `sikoko_kehadiran_total` (
`id_peserta` varchar(50)
,`nama` varchar(50)
,`presensi` decimal(13,2)
);

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_keys`
--

CREATE TABLE `sikoko_keys` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `key` varchar(40) COLLATE utf8mb4_unicode_ci NOT NULL,
  `level` int(2) NOT NULL,
  `ignore_limits` tinyint(1) NOT NULL DEFAULT 0,
  `is_private_key` tinyint(1) NOT NULL DEFAULT 0,
  `ip_addresses` mediumtext COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `date_created` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_knowledge_management`
--

CREATE TABLE `sikoko_knowledge_management` (
  `id_km` int(11) NOT NULL,
  `nama_km` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `waktu_upload` datetime NOT NULL,
  `upload_by` varchar(9) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Stand-in structure for view `sikoko_laporan_dosen`
-- (See below for the actual view)
--
CREATE TABLE `sikoko_laporan_dosen` (
`id_rapat` varchar(8)
,`nama_rapat` varchar(100)
,`waktu_mulai` datetime
,`waktu_selesai` datetime
,`tempat` varchar(50)
,`identitas` varchar(18)
,`nama` varchar(50)
,`kehadiran` varchar(11)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `sikoko_laporan_mhs`
-- (See below for the actual view)
--
CREATE TABLE `sikoko_laporan_mhs` (
`id_rapat` varchar(8)
,`nama_rapat` varchar(100)
,`waktu_mulai` datetime
,`waktu_selesai` datetime
,`tempat` varchar(50)
,`identitas` varchar(9)
,`nama` varchar(50)
,`kehadiran` varchar(11)
);

-- --------------------------------------------------------

--
-- Stand-in structure for view `sikoko_laporan_rapat`
-- (See below for the actual view)
--
CREATE TABLE `sikoko_laporan_rapat` (
`id_rapat` varchar(8)
,`nama_rapat` varchar(100)
,`waktu_mulai` datetime
,`waktu_selesai` datetime
,`tempat` varchar(50)
,`identitas` varchar(18)
,`nama` varchar(50)
,`kehadiran` varchar(11)
);

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_limits`
--

CREATE TABLE `sikoko_limits` (
  `id` int(11) NOT NULL,
  `uri` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `count` int(10) NOT NULL,
  `hour_started` int(11) NOT NULL,
  `api_key` varchar(40) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_mahasiswa`
--

CREATE TABLE `sikoko_mahasiswa` (
  `nim` varchar(9) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `kelas` char(6) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `prodi` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `no_hp` varchar(16) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `alamat` varchar(1000) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `email` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_risbid` char(4) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_seksi` char(4) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_subseksi` varchar(3) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_jab` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `password` char(60) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `foto` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `last_login` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `level` int(1) NOT NULL DEFAULT 1,
  `token` varchar(25) COLLATE utf8mb4_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_notula`
--

CREATE TABLE `sikoko_notula` (
  `id_notula` int(11) NOT NULL,
  `id_rapat` varchar(8) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `nama_file` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tanggal_kirim` date NOT NULL,
  `id_sekre` varchar(9) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_ketua` varchar(9) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `acc_ketua` enum('Disetujui','Ditolak','Menunggu') COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT 'Menunggu',
  `komentar_ketua` mediumtext COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_dosen` varchar(18) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `acc_dosen` enum('Disetujui','Ditolak','Menunggu','') COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `komentar_dosen` mediumtext COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `batal` int(2) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Stand-in structure for view `sikoko_notula_kosong`
-- (See below for the actual view)
--
CREATE TABLE `sikoko_notula_kosong` (
`nim` varchar(9)
,`nama` varchar(50)
,`id_rapat` varchar(8)
,`nama_rapat` varchar(100)
);

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_pengumuman`
--

CREATE TABLE `sikoko_pengumuman` (
  `id_pengumuman` int(11) NOT NULL,
  `title` varchar(150) COLLATE utf8mb4_unicode_ci NOT NULL,
  `waktu` date NOT NULL,
  `content` longtext COLLATE utf8mb4_unicode_ci NOT NULL,
  `foto` varchar(150) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `dibuat` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_penilaian`
--

CREATE TABLE `sikoko_penilaian` (
  `id_tim` varchar(3) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_mahasiswa` varchar(9) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_jab_lapangan` varchar(3) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_dosen` varchar(18) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nilai` int(3) NOT NULL DEFAULT 60
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_progress`
--

CREATE TABLE `sikoko_progress` (
  `id_task` int(11) NOT NULL,
  `nama_task` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `tanggal_mulai` date NOT NULL,
  `tanggal_selesai` date NOT NULL,
  `id_risbid` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_seksi` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `keterangan` longtext COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_rapat`
--

CREATE TABLE `sikoko_rapat` (
  `id_rapat` varchar(8) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_jenis_rapat` char(3) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `nama_rapat` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `agenda` longtext COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `tempat` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL,
  `link_zoom` longtext COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `waktu_mulai` datetime NOT NULL,
  `waktu_selesai` datetime DEFAULT NULL,
  `notulensi` varchar(70) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `prioritas_enum` enum('0','1') COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_ketua` varchar(9) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `id_sekretaris` varchar(9) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `email_dosen` int(1) NOT NULL DEFAULT 0,
  `email_mhs` int(1) NOT NULL DEFAULT 0,
  `email_perubahan` int(1) NOT NULL DEFAULT 0,
  `view` enum('0','1') COLLATE utf8mb4_unicode_ci NOT NULL,
  `dengan_dosen` int(1) DEFAULT NULL,
  `peserta_bidang` int(11) DEFAULT NULL,
  `tipe` int(1) DEFAULT 0,
  `absensi` enum('0','1') COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_rapat_seksi`
--

CREATE TABLE `sikoko_rapat_seksi` (
  `id_rapat` varchar(8) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_risbid` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_seksi` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_subseksi` varchar(3) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_riset_bidang`
--

CREATE TABLE `sikoko_riset_bidang` (
  `id_risbid` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_riset_bidang` varchar(30) COLLATE utf8mb4_unicode_ci NOT NULL,
  `meeting_id` varchar(10) COLLATE utf8mb4_unicode_ci NOT NULL,
  `link_zoom` longtext COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_ruang`
--

CREATE TABLE `sikoko_ruang` (
  `id_ruang` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_ruang` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_seksi`
--

CREATE TABLE `sikoko_seksi` (
  `id_seksi` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_seksi` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_subseksi`
--

CREATE TABLE `sikoko_subseksi` (
  `id_subseksi` char(3) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_subseksi` varchar(70) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `rule_denda` double DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_surat`
--

CREATE TABLE `sikoko_surat` (
  `id_surat` int(11) NOT NULL,
  `nama_surat` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL,
  `status` enum('0','1') COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '0 = sekre; 1 = semua',
  `upload_by` varchar(9) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_tim`
--

CREATE TABLE `sikoko_tim` (
  `id_tim` varchar(3) COLLATE utf8mb4_unicode_ci NOT NULL,
  `nama_tim` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_koor_tim` varchar(9) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sikoko_tim_pasca_lapangan`
--

CREATE TABLE `sikoko_tim_pasca_lapangan` (
  `nim` varchar(9) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_risbid` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_seksi` char(4) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_subseksi` char(3) COLLATE utf8mb4_unicode_ci NOT NULL,
  `id_jab` char(4) COLLATE utf8mb4_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- --------------------------------------------------------

--
-- Structure for view `sikoko_absen_total`
--
DROP TABLE IF EXISTS `sikoko_absen_total`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `sikoko_absen_total`  AS  select `a`.`id_peserta` AS `id_peserta`,`b`.`nama` AS `nama`,round(avg(`a`.`presentase_presensi`),2) AS `presensi` from ((`sikoko_absensi_rapat` `a` left join `sikoko_mahasiswa` `b` on(`b`.`nim` = `a`.`id_peserta`)) left join `sikoko_rapat` `c` on(`c`.`id_rapat` = `a`.`id_rapat`)) where `c`.`waktu_mulai` < current_timestamp() and octet_length(`a`.`id_peserta`) = 7 group by `a`.`id_peserta` ;

-- --------------------------------------------------------

--
-- Structure for view `sikoko_all_rapat`
--
DROP TABLE IF EXISTS `sikoko_all_rapat`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `sikoko_all_rapat`  AS  select `sikoko_rapat`.`id_rapat` AS `id_rapat`,`sikoko_rapat_seksi`.`id_risbid` AS `id_risbid`,`sikoko_rapat_seksi`.`id_seksi` AS `id_seksi`,`sikoko_rapat_seksi`.`id_subseksi` AS `id_subseksi`,`sikoko_rapat`.`nama_rapat` AS `nama_rapat`,`sikoko_rapat`.`id_jenis_rapat` AS `id_jenis_rapat`,`sikoko_rapat`.`agenda` AS `agenda`,`sikoko_rapat`.`tempat` AS `tempat`,`sikoko_rapat`.`waktu_mulai` AS `waktu_mulai`,`sikoko_rapat`.`waktu_selesai` AS `waktu_selesai`,`sikoko_rapat`.`notulensi` AS `notulensi`,`sikoko_absensi_rapat`.`is_wajib` AS `is_wajib`,`sikoko_absensi_rapat`.`id_peserta` AS `id_peserta`,`sikoko_absensi_rapat`.`waktu_kedatangan` AS `waktu_kedatangan`,`sikoko_absensi_rapat`.`presentase_presensi` AS `presentase_presensi`,`sikoko_seksi`.`nama_seksi` AS `nama_seksi`,`sikoko_riset_bidang`.`nama_riset_bidang` AS `nama_riset_bidang`,`sikoko_subseksi`.`nama_subseksi` AS `nama_subseksi`,`sikoko_jenis_rapat`.`jenis_rapat` AS `jenis_rapat`,case when (current_timestamp() < `sikoko_rapat`.`waktu_mulai` and `sikoko_absensi_rapat`.`waktu_kedatangan` is null) then 'Rapat Belum Dimulai' when (current_timestamp() >= `sikoko_rapat`.`waktu_mulai` and current_timestamp() < `sikoko_rapat`.`waktu_selesai` and `sikoko_absensi_rapat`.`waktu_kedatangan` is null) then 'Rapat Telah Dimulai' when (`sikoko_absensi_rapat`.`waktu_kedatangan` <= `sikoko_rapat`.`waktu_mulai` and `sikoko_absensi_rapat`.`waktu_kedatangan` is not null) then 'Hadir' when (`sikoko_absensi_rapat`.`waktu_kedatangan` > `sikoko_rapat`.`waktu_mulai` and `sikoko_absensi_rapat`.`waktu_kedatangan` is not null) then 'Terlambat' else 'Tidak Hadir' end AS `kehadiran` from ((((((`sikoko_rapat` join `sikoko_rapat_seksi` on(`sikoko_rapat`.`id_rapat` = `sikoko_rapat_seksi`.`id_rapat`)) join `sikoko_absensi_rapat` on(`sikoko_rapat`.`id_rapat` = `sikoko_absensi_rapat`.`id_rapat`)) join `sikoko_jenis_rapat` on(`sikoko_rapat`.`id_jenis_rapat` = `sikoko_jenis_rapat`.`id_jenis_rapat`)) join `sikoko_seksi` on(`sikoko_rapat_seksi`.`id_seksi` = `sikoko_seksi`.`id_seksi`)) join `sikoko_riset_bidang` on(`sikoko_rapat_seksi`.`id_risbid` = `sikoko_riset_bidang`.`id_risbid`)) join `sikoko_subseksi` on(`sikoko_rapat_seksi`.`id_subseksi` = `sikoko_subseksi`.`id_subseksi`)) ;

-- --------------------------------------------------------

--
-- Structure for view `sikoko_kehadiran_total`
--
DROP TABLE IF EXISTS `sikoko_kehadiran_total`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `sikoko_kehadiran_total`  AS  select `a`.`id_peserta` AS `id_peserta`,`b`.`nama` AS `nama`,round(avg(`a`.`presentase_presensi`),2) AS `presensi` from ((`sikoko_absensi_rapat` `a` left join `sikoko_mahasiswa` `b` on(`b`.`nim` = `a`.`id_peserta`)) left join `sikoko_rapat` `c` on(`c`.`id_rapat` = `a`.`id_rapat`)) where `c`.`waktu_mulai` < current_timestamp() and octet_length(`a`.`id_peserta`) = 9 group by `a`.`id_peserta` ;

-- --------------------------------------------------------

--
-- Structure for view `sikoko_laporan_dosen`
--
DROP TABLE IF EXISTS `sikoko_laporan_dosen`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `sikoko_laporan_dosen`  AS  select `a`.`id_rapat` AS `id_rapat`,`a`.`nama_rapat` AS `nama_rapat`,`a`.`waktu_mulai` AS `waktu_mulai`,`a`.`waktu_selesai` AS `waktu_selesai`,`a`.`tempat` AS `tempat`,`c`.`nip` AS `identitas`,`c`.`nama` AS `nama`,case when `b`.`presentase_presensi` > 0 then 'Hadir' else 'Tidak Hadir' end AS `kehadiran` from ((`sikoko_rapat` `a` join `sikoko_absensi_rapat` `b` on(`b`.`id_rapat` = `a`.`id_rapat`)) join `sikoko_dosen` `c` on(`c`.`nip` = `b`.`id_peserta`)) where `a`.`dengan_dosen` = 1 ;

-- --------------------------------------------------------

--
-- Structure for view `sikoko_laporan_mhs`
--
DROP TABLE IF EXISTS `sikoko_laporan_mhs`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `sikoko_laporan_mhs`  AS  select `a`.`id_rapat` AS `id_rapat`,`a`.`nama_rapat` AS `nama_rapat`,`a`.`waktu_mulai` AS `waktu_mulai`,`a`.`waktu_selesai` AS `waktu_selesai`,`a`.`tempat` AS `tempat`,`c`.`nim` AS `identitas`,`c`.`nama` AS `nama`,case when `b`.`presentase_presensi` > 0 then 'Hadir' else 'Tidak Hadir' end AS `kehadiran` from ((`sikoko_rapat` `a` join `sikoko_absensi_rapat` `b` on(`b`.`id_rapat` = `a`.`id_rapat`)) join `sikoko_mahasiswa` `c` on(`c`.`nim` = `b`.`id_peserta`)) where `a`.`dengan_dosen` = 1 ;

-- --------------------------------------------------------

--
-- Structure for view `sikoko_laporan_rapat`
--
DROP TABLE IF EXISTS `sikoko_laporan_rapat`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `sikoko_laporan_rapat`  AS  select `sikoko_laporan_dosen`.`id_rapat` AS `id_rapat`,`sikoko_laporan_dosen`.`nama_rapat` AS `nama_rapat`,`sikoko_laporan_dosen`.`waktu_mulai` AS `waktu_mulai`,`sikoko_laporan_dosen`.`waktu_selesai` AS `waktu_selesai`,`sikoko_laporan_dosen`.`tempat` AS `tempat`,`sikoko_laporan_dosen`.`identitas` AS `identitas`,`sikoko_laporan_dosen`.`nama` AS `nama`,`sikoko_laporan_dosen`.`kehadiran` AS `kehadiran` from `sikoko_laporan_dosen` union all select `sikoko_laporan_mhs`.`id_rapat` AS `id_rapat`,`sikoko_laporan_mhs`.`nama_rapat` AS `nama_rapat`,`sikoko_laporan_mhs`.`waktu_mulai` AS `waktu_mulai`,`sikoko_laporan_mhs`.`waktu_selesai` AS `waktu_selesai`,`sikoko_laporan_mhs`.`tempat` AS `tempat`,`sikoko_laporan_mhs`.`identitas` AS `identitas`,`sikoko_laporan_mhs`.`nama` AS `nama`,`sikoko_laporan_mhs`.`kehadiran` AS `kehadiran` from `sikoko_laporan_mhs` order by `id_rapat` desc,`identitas` ;

-- --------------------------------------------------------

--
-- Structure for view `sikoko_notula_kosong`
--
DROP TABLE IF EXISTS `sikoko_notula_kosong`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `sikoko_notula_kosong`  AS  select `sikoko_mahasiswa`.`nim` AS `nim`,`sikoko_mahasiswa`.`nama` AS `nama`,`sikoko_rapat`.`id_rapat` AS `id_rapat`,`sikoko_rapat`.`nama_rapat` AS `nama_rapat` from (`sikoko_rapat` join `sikoko_mahasiswa` on(`sikoko_rapat`.`id_sekretaris` = `sikoko_mahasiswa`.`nim`)) where `sikoko_rapat`.`notulensi` is null and `sikoko_rapat`.`nama_rapat`  not like 'Piket%' and `sikoko_rapat`.`nama_rapat`  not like '%basecamp%' and `sikoko_rapat`.`nama_rapat`  not like '%kumpul nge-plot%' ;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `sikoko_absensi_rapat`
--
ALTER TABLE `sikoko_absensi_rapat`
  ADD PRIMARY KEY (`id_rapat`,`id_peserta`) USING BTREE,
  ADD KEY `id_rapat` (`id_rapat`,`id_peserta`) USING BTREE;

--
-- Indexes for table `sikoko_administrasi`
--
ALTER TABLE `sikoko_administrasi`
  ADD PRIMARY KEY (`id_administrasi`);

--
-- Indexes for table `sikoko_berita`
--
ALTER TABLE `sikoko_berita`
  ADD PRIMARY KEY (`id_berita`),
  ADD KEY `id_berita` (`id_berita`) USING BTREE;

--
-- Indexes for table `sikoko_dosen`
--
ALTER TABLE `sikoko_dosen`
  ADD PRIMARY KEY (`nip`),
  ADD KEY `dosen_risbid_fk` (`id_risbid`),
  ADD KEY `jab_dosen_fk` (`id_jab_dosen`),
  ADD KEY `ruang_fk` (`id_ruang`);

--
-- Indexes for table `sikoko_jabatan`
--
ALTER TABLE `sikoko_jabatan`
  ADD PRIMARY KEY (`id_jab`);

--
-- Indexes for table `sikoko_jabatan_dosen`
--
ALTER TABLE `sikoko_jabatan_dosen`
  ADD PRIMARY KEY (`id_jab_dosen`);

--
-- Indexes for table `sikoko_jabatan_lapangan`
--
ALTER TABLE `sikoko_jabatan_lapangan`
  ADD PRIMARY KEY (`id_lap`);

--
-- Indexes for table `sikoko_jenis_rapat`
--
ALTER TABLE `sikoko_jenis_rapat`
  ADD PRIMARY KEY (`id_jenis_rapat`),
  ADD KEY `id_jenis_rapat` (`id_jenis_rapat`);

--
-- Indexes for table `sikoko_keys`
--
ALTER TABLE `sikoko_keys`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `sikoko_knowledge_management`
--
ALTER TABLE `sikoko_knowledge_management`
  ADD PRIMARY KEY (`id_km`);

--
-- Indexes for table `sikoko_limits`
--
ALTER TABLE `sikoko_limits`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `sikoko_mahasiswa`
--
ALTER TABLE `sikoko_mahasiswa`
  ADD PRIMARY KEY (`nim`),
  ADD KEY `sikoko_mahasiswa_ibfk_1` (`id_jab`),
  ADD KEY `sikoko_mahasiswa_ibfk_2` (`id_risbid`),
  ADD KEY `sikoko_mahasiswa_ibfk_3` (`id_seksi`),
  ADD KEY `sikoko_mahasiswa_ibfk_6` (`id_subseksi`);

--
-- Indexes for table `sikoko_notula`
--
ALTER TABLE `sikoko_notula`
  ADD PRIMARY KEY (`id_notula`),
  ADD KEY `ketua_notula_rapat_fk` (`id_ketua`),
  ADD KEY `dosen_notula_rapat_fk` (`id_dosen`),
  ADD KEY `rapat_notula_rapat_fk` (`id_rapat`);

--
-- Indexes for table `sikoko_pengumuman`
--
ALTER TABLE `sikoko_pengumuman`
  ADD PRIMARY KEY (`id_pengumuman`),
  ADD KEY `id_berita` (`id_pengumuman`);

--
-- Indexes for table `sikoko_penilaian`
--
ALTER TABLE `sikoko_penilaian`
  ADD PRIMARY KEY (`id_tim`,`id_mahasiswa`),
  ADD KEY `penilaian_mahasiswa_fk` (`id_mahasiswa`),
  ADD KEY `penilaian_dosen_fk` (`id_dosen`),
  ADD KEY `jab_lapangan_fk` (`id_jab_lapangan`);

--
-- Indexes for table `sikoko_progress`
--
ALTER TABLE `sikoko_progress`
  ADD PRIMARY KEY (`id_task`),
  ADD KEY `sikoko_progress_ibfk_1` (`id_risbid`) USING BTREE,
  ADD KEY `sikoko_progress_ibfk_2` (`id_seksi`) USING BTREE;

--
-- Indexes for table `sikoko_rapat`
--
ALTER TABLE `sikoko_rapat`
  ADD PRIMARY KEY (`id_rapat`),
  ADD KEY `id_jenis_rapat` (`id_jenis_rapat`);

--
-- Indexes for table `sikoko_rapat_seksi`
--
ALTER TABLE `sikoko_rapat_seksi`
  ADD PRIMARY KEY (`id_rapat`,`id_risbid`,`id_seksi`,`id_subseksi`) USING BTREE,
  ADD KEY `id_risbid` (`id_risbid`),
  ADD KEY `id_seksi` (`id_seksi`),
  ADD KEY `id_subseksi` (`id_subseksi`),
  ADD KEY `id_rapat` (`id_rapat`);

--
-- Indexes for table `sikoko_riset_bidang`
--
ALTER TABLE `sikoko_riset_bidang`
  ADD PRIMARY KEY (`id_risbid`);

--
-- Indexes for table `sikoko_ruang`
--
ALTER TABLE `sikoko_ruang`
  ADD PRIMARY KEY (`id_ruang`);

--
-- Indexes for table `sikoko_seksi`
--
ALTER TABLE `sikoko_seksi`
  ADD PRIMARY KEY (`id_seksi`);

--
-- Indexes for table `sikoko_subseksi`
--
ALTER TABLE `sikoko_subseksi`
  ADD PRIMARY KEY (`id_subseksi`);

--
-- Indexes for table `sikoko_surat`
--
ALTER TABLE `sikoko_surat`
  ADD PRIMARY KEY (`id_surat`),
  ADD KEY `id_surat` (`id_surat`) USING BTREE;

--
-- Indexes for table `sikoko_tim`
--
ALTER TABLE `sikoko_tim`
  ADD PRIMARY KEY (`id_tim`),
  ADD KEY `id_koor_tim_fk` (`id_koor_tim`);

--
-- Indexes for table `sikoko_tim_pasca_lapangan`
--
ALTER TABLE `sikoko_tim_pasca_lapangan`
  ADD KEY `nim_pasca_fk` (`nim`),
  ADD KEY `risbid_pasca_fk` (`id_risbid`),
  ADD KEY `seksi_pasca_fk` (`id_seksi`),
  ADD KEY `subseksi_pasca_fk` (`id_subseksi`),
  ADD KEY `jab_pasca_fk` (`id_jab`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `sikoko_keys`
--
ALTER TABLE `sikoko_keys`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `sikoko_knowledge_management`
--
ALTER TABLE `sikoko_knowledge_management`
  MODIFY `id_km` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `sikoko_limits`
--
ALTER TABLE `sikoko_limits`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `sikoko_notula`
--
ALTER TABLE `sikoko_notula`
  MODIFY `id_notula` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `sikoko_pengumuman`
--
ALTER TABLE `sikoko_pengumuman`
  MODIFY `id_pengumuman` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `sikoko_progress`
--
ALTER TABLE `sikoko_progress`
  MODIFY `id_task` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=610;

--
-- AUTO_INCREMENT for table `sikoko_surat`
--
ALTER TABLE `sikoko_surat`
  MODIFY `id_surat` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `sikoko_absensi_rapat`
--
ALTER TABLE `sikoko_absensi_rapat`
  ADD CONSTRAINT `rapat_fk` FOREIGN KEY (`id_rapat`) REFERENCES `sikoko_rapat` (`id_rapat`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `sikoko_dosen`
--
ALTER TABLE `sikoko_dosen`
  ADD CONSTRAINT `dosen_risbid_fk` FOREIGN KEY (`id_risbid`) REFERENCES `sikoko_riset_bidang` (`id_risbid`) ON UPDATE CASCADE,
  ADD CONSTRAINT `jab_dosen_fk` FOREIGN KEY (`id_jab_dosen`) REFERENCES `sikoko_jabatan_dosen` (`id_jab_dosen`) ON UPDATE CASCADE,
  ADD CONSTRAINT `ruang_fk` FOREIGN KEY (`id_ruang`) REFERENCES `sikoko_ruang` (`id_ruang`) ON DELETE SET NULL ON UPDATE CASCADE;

--
-- Constraints for table `sikoko_mahasiswa`
--
ALTER TABLE `sikoko_mahasiswa`
  ADD CONSTRAINT `jabatan_mahasiswa_fk` FOREIGN KEY (`id_jab`) REFERENCES `sikoko_jabatan` (`id_jab`) ON UPDATE CASCADE,
  ADD CONSTRAINT `risbid_mahasiswa_fk` FOREIGN KEY (`id_risbid`) REFERENCES `sikoko_riset_bidang` (`id_risbid`) ON UPDATE CASCADE,
  ADD CONSTRAINT `seksi_mahasiswa_fk` FOREIGN KEY (`id_seksi`) REFERENCES `sikoko_seksi` (`id_seksi`) ON DELETE SET NULL ON UPDATE CASCADE,
  ADD CONSTRAINT `subseksi_mahasiswa_fk` FOREIGN KEY (`id_subseksi`) REFERENCES `sikoko_subseksi` (`id_subseksi`) ON DELETE SET NULL ON UPDATE CASCADE;

--
-- Constraints for table `sikoko_notula`
--
ALTER TABLE `sikoko_notula`
  ADD CONSTRAINT `dosen_notula_rapat_fk` FOREIGN KEY (`id_dosen`) REFERENCES `sikoko_dosen` (`nip`) ON DELETE SET NULL ON UPDATE CASCADE,
  ADD CONSTRAINT `ketua_notula_rapat_fk` FOREIGN KEY (`id_ketua`) REFERENCES `sikoko_mahasiswa` (`nim`) ON DELETE SET NULL ON UPDATE CASCADE,
  ADD CONSTRAINT `rapat_notula_rapat_fk` FOREIGN KEY (`id_rapat`) REFERENCES `sikoko_rapat` (`id_rapat`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `sikoko_penilaian`
--
ALTER TABLE `sikoko_penilaian`
  ADD CONSTRAINT `jab_lapangan_fk` FOREIGN KEY (`id_jab_lapangan`) REFERENCES `sikoko_jabatan_lapangan` (`id_lap`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `penilaian_dosen_fk` FOREIGN KEY (`id_dosen`) REFERENCES `sikoko60`.`sikoko_dosen` (`nip`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `penilaian_mahasiswa_fk` FOREIGN KEY (`id_mahasiswa`) REFERENCES `sikoko_mahasiswa` (`nim`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `tim_fk` FOREIGN KEY (`id_tim`) REFERENCES `sikoko_tim` (`id_tim`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `sikoko_progress`
--
ALTER TABLE `sikoko_progress`
  ADD CONSTRAINT `progress_risbid_fk` FOREIGN KEY (`id_risbid`) REFERENCES `sikoko_riset_bidang` (`id_risbid`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `progress_seksi_fk` FOREIGN KEY (`id_seksi`) REFERENCES `sikoko_seksi` (`id_seksi`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `sikoko_rapat`
--
ALTER TABLE `sikoko_rapat`
  ADD CONSTRAINT `jenis_rapat_fk` FOREIGN KEY (`id_jenis_rapat`) REFERENCES `sikoko_jenis_rapat` (`id_jenis_rapat`) ON DELETE SET NULL ON UPDATE CASCADE;

--
-- Constraints for table `sikoko_rapat_seksi`
--
ALTER TABLE `sikoko_rapat_seksi`
  ADD CONSTRAINT `sikoko_rapat_seksi_ibfk_2` FOREIGN KEY (`id_risbid`) REFERENCES `sikoko_riset_bidang` (`id_risbid`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `sikoko_rapat_seksi_ibfk_3` FOREIGN KEY (`id_seksi`) REFERENCES `sikoko_seksi` (`id_seksi`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `sikoko_rapat_seksi_ibfk_4` FOREIGN KEY (`id_subseksi`) REFERENCES `sikoko_subseksi` (`id_subseksi`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `sikoko_tim`
--
ALTER TABLE `sikoko_tim`
  ADD CONSTRAINT `id_koor_tim_fk` FOREIGN KEY (`id_koor_tim`) REFERENCES `sikoko_mahasiswa` (`nim`) ON UPDATE CASCADE;

--
-- Constraints for table `sikoko_tim_pasca_lapangan`
--
ALTER TABLE `sikoko_tim_pasca_lapangan`
  ADD CONSTRAINT `jab_pasca_fk` FOREIGN KEY (`id_jab`) REFERENCES `sikoko_jabatan` (`id_jab`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `nim_pasca_fk` FOREIGN KEY (`nim`) REFERENCES `sikoko_mahasiswa` (`nim`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `risbid_pasca_fk` FOREIGN KEY (`id_risbid`) REFERENCES `sikoko_riset_bidang` (`id_risbid`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `seksi_pasca_fk` FOREIGN KEY (`id_seksi`) REFERENCES `sikoko_seksi` (`id_seksi`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `subseksi_pasca_fk` FOREIGN KEY (`id_subseksi`) REFERENCES `sikoko_subseksi` (`id_subseksi`) ON DELETE CASCADE ON UPDATE CASCADE;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
