-- origin: incyberz/siakad db/db_siakad_v5.sql at 3a3cd4cc096e2e5d6834281855b34ae543ef3e6f (phpMyAdmin dump of `db_siakad`, a university academic information system (SIAKAD): students, lecturers, staff, faculties and programmes, curricula and courses, class groups, teaching schedules and lecture sessions, student and lecturer attendance, error reports; schema part: the 37 CREATE TABLE and their ALTER TABLE key, AUTO_INCREMENT and constraint statements; INSERT rows left out)

-- phpMyAdmin SQL Dump
-- version 5.2.0
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Apr 10, 2023 at 03:58 AM
-- Server version: 10.4.27-MariaDB
-- PHP Version: 8.2.0

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `db_siakad`
--

-- --------------------------------------------------------

--
-- Table structure for table `tb_admin_level`
--

CREATE TABLE `tb_admin_level` (
  `admin_level` tinyint(4) NOT NULL,
  `jenis_user` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_admin_level`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_angkatan`
--

CREATE TABLE `tb_angkatan` (
  `angkatan` smallint(4) NOT NULL,
  `tgl_pembukaan` date NOT NULL,
  `tgl_penutupan` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_angkatan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_assign_ruang`
--

CREATE TABLE `tb_assign_ruang` (
  `id` int(11) NOT NULL,
  `id_ruang` int(11) NOT NULL,
  `id_sesi_kuliah` int(11) NOT NULL,
  `id_tipe_sesi` tinyint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_assign_ruang`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_bk`
--

CREATE TABLE `tb_bk` (
  `id` smallint(6) NOT NULL,
  `nama` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_bk`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_config`
--

CREATE TABLE `tb_config` (
  `id` smallint(6) NOT NULL,
  `last_install` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_dosen`
--

CREATE TABLE `tb_dosen` (
  `id` int(11) NOT NULL,
  `id_user` int(11) DEFAULT NULL,
  `homebase` int(11) DEFAULT NULL,
  `nidn` char(10) DEFAULT NULL,
  `nama` varchar(50) NOT NULL,
  `no_wa` varchar(14) DEFAULT NULL,
  `status_aktif` tinyint(1) NOT NULL DEFAULT 1,
  `jabatan_akademik` varchar(20) DEFAULT NULL,
  `folder_uploads` varchar(20) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_dosen`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_event`
--

CREATE TABLE `tb_event` (
  `id_event` int(11) NOT NULL,
  `id_calon` int(11) DEFAULT NULL,
  `id_pegawai` int(11) DEFAULT NULL,
  `id_file_name` varchar(30) DEFAULT NULL,
  `nama_event` varchar(50) DEFAULT NULL,
  `date_event` timestamp NOT NULL DEFAULT current_timestamp(),
  `tipe_event` int(11) NOT NULL DEFAULT 1,
  `status_event` int(11) NOT NULL DEFAULT 0,
  `date_verif` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_fakultas`
--

CREATE TABLE `tb_fakultas` (
  `id` int(11) NOT NULL,
  `id_pt` int(11) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `id_dekan` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_fakultas`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_jadwal`
--

CREATE TABLE `tb_jadwal` (
  `id` int(11) NOT NULL,
  `id_kurikulum_mk` int(11) NOT NULL,
  `id_dosen` int(11) NOT NULL COMMENT 'Dosen Koordinator',
  `sesi_uts` tinyint(2) NOT NULL DEFAULT 8,
  `sesi_uas` tinyint(2) NOT NULL DEFAULT 16,
  `jumlah_sesi` tinyint(2) NOT NULL DEFAULT 16,
  `tanggal_jadwal` timestamp NOT NULL DEFAULT current_timestamp(),
  `menit_telat` tinyint(4) DEFAULT 30,
  `menit_stop_absen` tinyint(4) DEFAULT NULL,
  `id_status_jadwal` tinyint(4) DEFAULT NULL,
  `tanggal_approve_sesi` timestamp NULL DEFAULT current_timestamp() COMMENT 'by dosen'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_jadwal`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_jalur`
--

CREATE TABLE `tb_jalur` (
  `id` smallint(6) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `singkatan` varchar(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_jalur`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_jenjang`
--

CREATE TABLE `tb_jenjang` (
  `jenjang` char(2) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `jumlah_semester` tinyint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_jenjang`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_kalender`
--

CREATE TABLE `tb_kalender` (
  `id` smallint(6) NOT NULL,
  `angkatan` smallint(4) NOT NULL,
  `jenjang` char(2) NOT NULL DEFAULT 'S1',
  `tanggal_mulai` date NOT NULL DEFAULT '2020-01-01',
  `jumlah_semester` tinyint(1) NOT NULL,
  `jumlah_bulan_per_semester` tinyint(4) NOT NULL DEFAULT 6,
  `nama` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_kalender`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_kelas`
--

CREATE TABLE `tb_kelas` (
  `kelas` varchar(20) NOT NULL,
  `id_prodi` int(11) NOT NULL,
  `angkatan` smallint(6) NOT NULL,
  `id_jalur` smallint(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_kelas`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_kelas_angkatan`
--

CREATE TABLE `tb_kelas_angkatan` (
  `id` int(11) NOT NULL,
  `kelas` varchar(20) NOT NULL,
  `id_mhs` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_kelas_angkatan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_kelas_peserta`
--

CREATE TABLE `tb_kelas_peserta` (
  `id` int(11) NOT NULL,
  `kelas` varchar(20) NOT NULL,
  `id_kurikulum_mk` int(11) NOT NULL,
  `id_dosen` int(11) NOT NULL COMMENT 'Dosen Pengampu'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_kelas_peserta`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_kesalahan`
--

CREATE TABLE `tb_kesalahan` (
  `id` int(11) NOT NULL,
  `link` varchar(300) NOT NULL,
  `hal` varchar(100) NOT NULL,
  `isi` varchar(1000) NOT NULL,
  `report_by` int(11) NOT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `handle_by` int(11) DEFAULT NULL,
  `date_handle` timestamp NULL DEFAULT NULL,
  `status` tinyint(4) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_kesalahan`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_konsentrasi`
--

CREATE TABLE `tb_konsentrasi` (
  `id_konsentrasi` smallint(6) NOT NULL,
  `id_prodi` int(11) NOT NULL,
  `nama_konsentrasi` varchar(100) NOT NULL,
  `singkatan_konsentrasi` varchar(5) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_kurikulum`
--

CREATE TABLE `tb_kurikulum` (
  `id` int(11) NOT NULL,
  `id_prodi` int(11) NOT NULL,
  `id_kalender` smallint(6) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `basis` varchar(50) DEFAULT NULL,
  `is_publish` tinyint(1) NOT NULL DEFAULT 0,
  `tanggal_buat` timestamp NOT NULL DEFAULT current_timestamp(),
  `tanggal_penetapan` date DEFAULT NULL,
  `ditetapkan_oleh` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_kurikulum`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_kurikulum_mk`
--

CREATE TABLE `tb_kurikulum_mk` (
  `id` int(11) NOT NULL,
  `id_semester` int(11) NOT NULL,
  `id_mk` int(11) NOT NULL,
  `id_kurikulum` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_kurikulum_mk`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_mhs`
--

CREATE TABLE `tb_mhs` (
  `id` int(11) NOT NULL,
  `id_user` int(11) DEFAULT NULL,
  `id_pmb` int(11) DEFAULT NULL,
  `nim` char(8) NOT NULL,
  `password` varchar(200) DEFAULT NULL,
  `nama` varchar(50) NOT NULL,
  `no_wa` varchar(14) DEFAULT NULL,
  `status_mhs` tinyint(1) NOT NULL DEFAULT 0,
  `folder_uploads` varchar(100) DEFAULT NULL,
  `gender` char(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_mhs`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_mk`
--

CREATE TABLE `tb_mk` (
  `id` int(11) NOT NULL,
  `id_bk` smallint(6) DEFAULT NULL,
  `kode` varchar(20) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `singkatan` varchar(15) NOT NULL,
  `bobot_teori` tinyint(1) NOT NULL DEFAULT 0,
  `bobot_praktik` tinyint(1) NOT NULL DEFAULT 0,
  `is_publish` tinyint(1) NOT NULL DEFAULT 0,
  `prasyarat` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_mk`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_output_pmb`
--

CREATE TABLE `tb_output_pmb` (
  `id` int(11) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `dll_zzz` int(11) DEFAULT NULL,
  `last_sync` timestamp NOT NULL DEFAULT current_timestamp(),
  `gender` char(1) NOT NULL,
  `alamat` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_output_pmb`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_pegawai`
--

CREATE TABLE `tb_pegawai` (
  `id_pegawai` int(11) NOT NULL,
  `id_prodi` int(11) NOT NULL,
  `id_kec` char(6) DEFAULT NULL,
  `id_pegawai_detail` int(11) DEFAULT NULL,
  `nik_pegawai` varchar(20) DEFAULT NULL,
  `tempat_lahir_pegawai` varchar(50) DEFAULT NULL,
  `tanggal_lahir_pegawai` date DEFAULT NULL,
  `nama_pegawai` varchar(30) DEFAULT NULL,
  `gelar_pegawai` varchar(20) DEFAULT NULL,
  `status_pernikahan` varchar(50) DEFAULT NULL,
  `jumlah_anak` tinyint(4) DEFAULT NULL,
  `pendidikan_pegawai` varchar(50) DEFAULT NULL,
  `lulusan_pegawai` varchar(50) DEFAULT NULL,
  `jabatan_pegawai` varchar(20) DEFAULT NULL,
  `divisi_pegawai` varchar(50) DEFAULT NULL,
  `email_pegawai` varchar(50) DEFAULT NULL,
  `no_wa_pegawai` varchar(13) NOT NULL,
  `alamat_pegawai` varchar(100) DEFAULT NULL,
  `admin_level` tinyint(4) NOT NULL DEFAULT 1,
  `email_pegawai_encrypt` varchar(200) DEFAULT NULL,
  `username` varchar(20) NOT NULL,
  `password` varchar(100) DEFAULT NULL,
  `status_pegawai` tinyint(4) NOT NULL DEFAULT 1,
  `folder_uploads` char(20) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_presensi`
--

CREATE TABLE `tb_presensi` (
  `id` int(11) NOT NULL,
  `id_sesi_kuliah` int(11) NOT NULL,
  `id_mhs` int(11) NOT NULL,
  `timestamp_masuk` timestamp NOT NULL DEFAULT current_timestamp(),
  `timestamp_keluar` timestamp NULL DEFAULT NULL,
  `poin_presensi` smallint(6) DEFAULT NULL,
  `status` char(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_presensi_dosen`
--

CREATE TABLE `tb_presensi_dosen` (
  `id` int(11) NOT NULL,
  `id_sesi_kuliah` int(11) NOT NULL,
  `timestamp_masuk` timestamp NOT NULL DEFAULT current_timestamp(),
  `timestamp_keluar` timestamp NULL DEFAULT NULL,
  `id_dosen` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_presensi_dosen`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_prodi`
--

CREATE TABLE `tb_prodi` (
  `id` int(11) NOT NULL,
  `id_fakultas` int(11) NOT NULL,
  `id_kaprodi` int(11) DEFAULT NULL,
  `kode_nim` char(2) DEFAULT NULL,
  `kode_pdpt` char(5) DEFAULT NULL,
  `jenjang` char(2) NOT NULL,
  `nama` varchar(30) NOT NULL,
  `singkatan` varchar(3) NOT NULL,
  `akred` varchar(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_prodi`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_pt`
--

CREATE TABLE `tb_pt` (
  `id` int(11) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `id_rektor` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_pt`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_ruang`
--

CREATE TABLE `tb_ruang` (
  `id` int(11) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `kapasitas` smallint(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_ruang`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_sekolah_asal`
--

CREATE TABLE `tb_sekolah_asal` (
  `id_sekolah` int(11) NOT NULL,
  `jenis_sekolah` varchar(1) NOT NULL,
  `nama_sekolah` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_semester`
--

CREATE TABLE `tb_semester` (
  `id` int(11) NOT NULL,
  `id_kalender` smallint(6) NOT NULL,
  `nomor` tinyint(1) NOT NULL,
  `tanggal_awal` date DEFAULT NULL,
  `tanggal_akhir` date DEFAULT NULL,
  `keterangan` varchar(100) DEFAULT NULL,
  `awal_bayar` date DEFAULT NULL,
  `akhir_bayar` date DEFAULT NULL,
  `awal_krs` date DEFAULT NULL,
  `akhir_krs` date DEFAULT NULL,
  `awal_kuliah_uts` date DEFAULT NULL,
  `awal_kuliah_uas` date DEFAULT NULL,
  `awal_uts` date DEFAULT NULL,
  `awal_uas` date DEFAULT NULL,
  `akhir_kuliah_uts` date DEFAULT NULL,
  `akhir_kuliah_uas` date DEFAULT NULL,
  `akhir_uts` date DEFAULT NULL,
  `akhir_uas` date DEFAULT NULL,
  `last_update` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_semester`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_sesi_kuliah`
--

CREATE TABLE `tb_sesi_kuliah` (
  `id` int(11) NOT NULL,
  `id_jadwal` int(11) NOT NULL,
  `pertemuan_ke` tinyint(4) NOT NULL,
  `tanggal_sesi` timestamp NOT NULL DEFAULT current_timestamp(),
  `stop_sesi` timestamp NOT NULL DEFAULT current_timestamp(),
  `id_dosen` int(11) NOT NULL COMMENT 'Pengajar',
  `nama` varchar(50) DEFAULT NULL,
  `id_status_sesi` tinyint(4) DEFAULT NULL COMMENT 'null=blm, 1=terlaksana, 0=tidak',
  `materi` varchar(500) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_sesi_kuliah`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_status_jadwal`
--

CREATE TABLE `tb_status_jadwal` (
  `id` tinyint(4) NOT NULL,
  `nama` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_status_jadwal`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_status_mhs`
--

CREATE TABLE `tb_status_mhs` (
  `id` tinyint(1) NOT NULL,
  `status_mhs` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_status_mhs`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_status_mk`
--

CREATE TABLE `tb_status_mk` (
  `id` tinyint(4) NOT NULL,
  `status_mk` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_status_mk`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_status_sesi`
--

CREATE TABLE `tb_status_sesi` (
  `id` tinyint(4) NOT NULL,
  `nama` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_status_sesi`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_mode_sesi`
--

CREATE TABLE `tb_mode_sesi` (
  `id` tinyint(4) NOT NULL,
  `nama` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_mode_sesi`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_user`
--

CREATE TABLE `tb_user` (
  `id` int(11) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `username` varchar(20) NOT NULL,
  `password` varchar(200) NOT NULL,
  `date_created` timestamp NOT NULL DEFAULT current_timestamp(),
  `last_login` timestamp NULL DEFAULT NULL,
  `role` tinyint(4) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_user`
--


--
-- Indexes for dumped tables
--

--
-- Indexes for table `tb_admin_level`
--
ALTER TABLE `tb_admin_level`
  ADD PRIMARY KEY (`admin_level`);

--
-- Indexes for table `tb_angkatan`
--
ALTER TABLE `tb_angkatan`
  ADD PRIMARY KEY (`angkatan`);

--
-- Indexes for table `tb_assign_ruang`
--
ALTER TABLE `tb_assign_ruang`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_ruang` (`id_ruang`),
  ADD KEY `id_sesi_kuliah` (`id_sesi_kuliah`),
  ADD KEY `id_tipe_sesi` (`id_tipe_sesi`);

--
-- Indexes for table `tb_bk`
--
ALTER TABLE `tb_bk`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_config`
--
ALTER TABLE `tb_config`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_dosen`
--
ALTER TABLE `tb_dosen`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `nidn` (`nidn`),
  ADD KEY `homebase` (`homebase`),
  ADD KEY `id_user` (`id_user`);

--
-- Indexes for table `tb_event`
--
ALTER TABLE `tb_event`
  ADD PRIMARY KEY (`id_event`),
  ADD UNIQUE KEY `id_file_name` (`id_file_name`),
  ADD KEY `id_calon` (`id_calon`),
  ADD KEY `id_pegawai` (`id_pegawai`);

--
-- Indexes for table `tb_fakultas`
--
ALTER TABLE `tb_fakultas`
  ADD PRIMARY KEY (`id`),
  ADD KEY `dekan` (`id_dekan`),
  ADD KEY `id_pt` (`id_pt`);

--
-- Indexes for table `tb_jadwal`
--
ALTER TABLE `tb_jadwal`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_kurikulum_semester_mk` (`id_kurikulum_mk`),
  ADD KEY `id_dosen` (`id_dosen`),
  ADD KEY `id_status_jadwal` (`id_status_jadwal`);

--
-- Indexes for table `tb_jalur`
--
ALTER TABLE `tb_jalur`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_jenjang`
--
ALTER TABLE `tb_jenjang`
  ADD PRIMARY KEY (`jenjang`);

--
-- Indexes for table `tb_kalender`
--
ALTER TABLE `tb_kalender`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_angkatan` (`angkatan`),
  ADD KEY `jenjang` (`jenjang`);

--
-- Indexes for table `tb_kelas`
--
ALTER TABLE `tb_kelas`
  ADD PRIMARY KEY (`kelas`),
  ADD KEY `id_prodi` (`id_prodi`),
  ADD KEY `angkatan` (`angkatan`),
  ADD KEY `id_jalur` (`id_jalur`);

--
-- Indexes for table `tb_kelas_angkatan`
--
ALTER TABLE `tb_kelas_angkatan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `kelas` (`kelas`),
  ADD KEY `id_mhs` (`id_mhs`);

--
-- Indexes for table `tb_kelas_peserta`
--
ALTER TABLE `tb_kelas_peserta`
  ADD PRIMARY KEY (`id`),
  ADD KEY `kelas` (`kelas`),
  ADD KEY `id_kurikulum_mk` (`id_kurikulum_mk`),
  ADD KEY `id_dosen` (`id_dosen`);

--
-- Indexes for table `tb_kesalahan`
--
ALTER TABLE `tb_kesalahan`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_konsentrasi`
--
ALTER TABLE `tb_konsentrasi`
  ADD PRIMARY KEY (`id_konsentrasi`),
  ADD KEY `id_prodi` (`id_prodi`);

--
-- Indexes for table `tb_kurikulum`
--
ALTER TABLE `tb_kurikulum`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_prodi` (`id_prodi`),
  ADD KEY `id_kalender` (`id_kalender`);

--
-- Indexes for table `tb_kurikulum_mk`
--
ALTER TABLE `tb_kurikulum_mk`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_mk` (`id_mk`),
  ADD KEY `id_semester` (`id_semester`),
  ADD KEY `id_kurikulum` (`id_kurikulum`);

--
-- Indexes for table `tb_mhs`
--
ALTER TABLE `tb_mhs`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `nim` (`nim`),
  ADD KEY `status_mhs` (`status_mhs`),
  ADD KEY `id_pmb` (`id_pmb`),
  ADD KEY `id_user` (`id_user`);

--
-- Indexes for table `tb_mk`
--
ALTER TABLE `tb_mk`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `kode_mk` (`kode`),
  ADD KEY `status_mk` (`is_publish`),
  ADD KEY `id_bk` (`id_bk`);

--
-- Indexes for table `tb_output_pmb`
--
ALTER TABLE `tb_output_pmb`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_pegawai`
--
ALTER TABLE `tb_pegawai`
  ADD PRIMARY KEY (`id_pegawai`),
  ADD UNIQUE KEY `no_wa` (`no_wa_pegawai`),
  ADD UNIQUE KEY `nik_pegawai` (`nik_pegawai`),
  ADD UNIQUE KEY `email_pegawai` (`email_pegawai`),
  ADD KEY `admin_level` (`admin_level`),
  ADD KEY `id_kec` (`id_kec`),
  ADD KEY `id_pegawai_detail` (`id_pegawai_detail`);

--
-- Indexes for table `tb_presensi`
--
ALTER TABLE `tb_presensi`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_sesi_kuliah` (`id_sesi_kuliah`),
  ADD KEY `id_mhs` (`id_mhs`);

--
-- Indexes for table `tb_presensi_dosen`
--
ALTER TABLE `tb_presensi_dosen`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_sesi_kuliah` (`id_sesi_kuliah`),
  ADD KEY `id_dosen` (`id_dosen`);

--
-- Indexes for table `tb_prodi`
--
ALTER TABLE `tb_prodi`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_kaprodi` (`id_kaprodi`),
  ADD KEY `id_fakultas` (`id_fakultas`),
  ADD KEY `jenjang` (`jenjang`);

--
-- Indexes for table `tb_pt`
--
ALTER TABLE `tb_pt`
  ADD PRIMARY KEY (`id`),
  ADD KEY `rektor` (`id_rektor`);

--
-- Indexes for table `tb_ruang`
--
ALTER TABLE `tb_ruang`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_sekolah_asal`
--
ALTER TABLE `tb_sekolah_asal`
  ADD PRIMARY KEY (`id_sekolah`);

--
-- Indexes for table `tb_semester`
--
ALTER TABLE `tb_semester`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_kalender` (`id_kalender`);

--
-- Indexes for table `tb_sesi_kuliah`
--
ALTER TABLE `tb_sesi_kuliah`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_jadwal` (`id_jadwal`),
  ADD KEY `pengajar` (`id_dosen`),
  ADD KEY `status` (`id_status_sesi`);

--
-- Indexes for table `tb_status_jadwal`
--
ALTER TABLE `tb_status_jadwal`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_status_mhs`
--
ALTER TABLE `tb_status_mhs`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_status_mk`
--
ALTER TABLE `tb_status_mk`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_status_sesi`
--
ALTER TABLE `tb_status_sesi`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_mode_sesi`
--
ALTER TABLE `tb_mode_sesi`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_user`
--
ALTER TABLE `tb_user`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `username` (`username`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `tb_assign_ruang`
--
ALTER TABLE `tb_assign_ruang`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=65;

--
-- AUTO_INCREMENT for table `tb_bk`
--
ALTER TABLE `tb_bk`
  MODIFY `id` smallint(6) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=18;

--
-- AUTO_INCREMENT for table `tb_dosen`
--
ALTER TABLE `tb_dosen`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=70;

--
-- AUTO_INCREMENT for table `tb_event`
--
ALTER TABLE `tb_event`
  MODIFY `id_event` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_fakultas`
--
ALTER TABLE `tb_fakultas`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tb_jadwal`
--
ALTER TABLE `tb_jadwal`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=176;

--
-- AUTO_INCREMENT for table `tb_jalur`
--
ALTER TABLE `tb_jalur`
  MODIFY `id` smallint(6) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tb_kalender`
--
ALTER TABLE `tb_kalender`
  MODIFY `id` smallint(6) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

--
-- AUTO_INCREMENT for table `tb_kelas_angkatan`
--
ALTER TABLE `tb_kelas_angkatan`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=33;

--
-- AUTO_INCREMENT for table `tb_kelas_peserta`
--
ALTER TABLE `tb_kelas_peserta`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=34;

--
-- AUTO_INCREMENT for table `tb_kesalahan`
--
ALTER TABLE `tb_kesalahan`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

--
-- AUTO_INCREMENT for table `tb_konsentrasi`
--
ALTER TABLE `tb_konsentrasi`
  MODIFY `id_konsentrasi` smallint(6) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_kurikulum`
--
ALTER TABLE `tb_kurikulum`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=16;

--
-- AUTO_INCREMENT for table `tb_kurikulum_mk`
--
ALTER TABLE `tb_kurikulum_mk`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=286;

--
-- AUTO_INCREMENT for table `tb_mhs`
--
ALTER TABLE `tb_mhs`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6933;

--
-- AUTO_INCREMENT for table `tb_mk`
--
ALTER TABLE `tb_mk`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=212;

--
-- AUTO_INCREMENT for table `tb_output_pmb`
--
ALTER TABLE `tb_output_pmb`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `tb_pegawai`
--
ALTER TABLE `tb_pegawai`
  MODIFY `id_pegawai` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_presensi`
--
ALTER TABLE `tb_presensi`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_presensi_dosen`
--
ALTER TABLE `tb_presensi_dosen`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tb_prodi`
--
ALTER TABLE `tb_prodi`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=46;

--
-- AUTO_INCREMENT for table `tb_pt`
--
ALTER TABLE `tb_pt`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `tb_ruang`
--
ALTER TABLE `tb_ruang`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=23;

--
-- AUTO_INCREMENT for table `tb_sekolah_asal`
--
ALTER TABLE `tb_sekolah_asal`
  MODIFY `id_sekolah` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_semester`
--
ALTER TABLE `tb_semester`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=80;

--
-- AUTO_INCREMENT for table `tb_sesi_kuliah`
--
ALTER TABLE `tb_sesi_kuliah`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=241;

--
-- AUTO_INCREMENT for table `tb_user`
--
ALTER TABLE `tb_user`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7033;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `tb_assign_ruang`
--
ALTER TABLE `tb_assign_ruang`
  ADD CONSTRAINT `tb_assign_ruang_ibfk_1` FOREIGN KEY (`id_sesi_kuliah`) REFERENCES `tb_sesi_kuliah` (`id`),
  ADD CONSTRAINT `tb_assign_ruang_ibfk_2` FOREIGN KEY (`id_ruang`) REFERENCES `tb_ruang` (`id`) ON DELETE CASCADE,
  ADD CONSTRAINT `tb_assign_ruang_ibfk_3` FOREIGN KEY (`id_tipe_sesi`) REFERENCES `tb_mode_sesi` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tb_dosen`
--
ALTER TABLE `tb_dosen`
  ADD CONSTRAINT `tb_dosen_ibfk_1` FOREIGN KEY (`homebase`) REFERENCES `tb_prodi` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_dosen_ibfk_2` FOREIGN KEY (`id_user`) REFERENCES `tb_user` (`id`);

--
-- Constraints for table `tb_fakultas`
--
ALTER TABLE `tb_fakultas`
  ADD CONSTRAINT `tb_fakultas_ibfk_1` FOREIGN KEY (`id_pt`) REFERENCES `tb_pt` (`id`);

--
-- Constraints for table `tb_jadwal`
--
ALTER TABLE `tb_jadwal`
  ADD CONSTRAINT `tb_jadwal_ibfk_1` FOREIGN KEY (`id_kurikulum_mk`) REFERENCES `tb_kurikulum_mk` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_jadwal_ibfk_2` FOREIGN KEY (`id_dosen`) REFERENCES `tb_dosen` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_jadwal_ibfk_3` FOREIGN KEY (`id_status_jadwal`) REFERENCES `tb_status_jadwal` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tb_kalender`
--
ALTER TABLE `tb_kalender`
  ADD CONSTRAINT `tb_kalender_ibfk_1` FOREIGN KEY (`angkatan`) REFERENCES `tb_angkatan` (`angkatan`),
  ADD CONSTRAINT `tb_kalender_ibfk_2` FOREIGN KEY (`jenjang`) REFERENCES `tb_jenjang` (`jenjang`);

--
-- Constraints for table `tb_kelas`
--
ALTER TABLE `tb_kelas`
  ADD CONSTRAINT `tb_kelas_ibfk_1` FOREIGN KEY (`id_prodi`) REFERENCES `tb_prodi` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_kelas_ibfk_2` FOREIGN KEY (`angkatan`) REFERENCES `tb_angkatan` (`angkatan`),
  ADD CONSTRAINT `tb_kelas_ibfk_3` FOREIGN KEY (`id_jalur`) REFERENCES `tb_jalur` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tb_kelas_angkatan`
--
ALTER TABLE `tb_kelas_angkatan`
  ADD CONSTRAINT `tb_kelas_angkatan_ibfk_1` FOREIGN KEY (`id_mhs`) REFERENCES `tb_mhs` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_kelas_angkatan_ibfk_2` FOREIGN KEY (`kelas`) REFERENCES `tb_kelas` (`kelas`) ON UPDATE CASCADE;

--
-- Constraints for table `tb_kelas_peserta`
--
ALTER TABLE `tb_kelas_peserta`
  ADD CONSTRAINT `tb_kelas_peserta_ibfk_1` FOREIGN KEY (`kelas`) REFERENCES `tb_kelas` (`kelas`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_kelas_peserta_ibfk_2` FOREIGN KEY (`id_kurikulum_mk`) REFERENCES `tb_kurikulum_mk` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_kelas_peserta_ibfk_3` FOREIGN KEY (`id_dosen`) REFERENCES `tb_dosen` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tb_kurikulum`
--
ALTER TABLE `tb_kurikulum`
  ADD CONSTRAINT `tb_kurikulum_ibfk_2` FOREIGN KEY (`id_prodi`) REFERENCES `tb_prodi` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_kurikulum_ibfk_3` FOREIGN KEY (`id_kalender`) REFERENCES `tb_kalender` (`id`);

--
-- Constraints for table `tb_kurikulum_mk`
--
ALTER TABLE `tb_kurikulum_mk`
  ADD CONSTRAINT `tb_kurikulum_mk_ibfk_2` FOREIGN KEY (`id_mk`) REFERENCES `tb_mk` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_kurikulum_mk_ibfk_3` FOREIGN KEY (`id_semester`) REFERENCES `tb_semester` (`id`),
  ADD CONSTRAINT `tb_kurikulum_mk_ibfk_4` FOREIGN KEY (`id_kurikulum`) REFERENCES `tb_kurikulum` (`id`);

--
-- Constraints for table `tb_mhs`
--
ALTER TABLE `tb_mhs`
  ADD CONSTRAINT `tb_mhs_ibfk_2` FOREIGN KEY (`id_pmb`) REFERENCES `tb_output_pmb` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_mhs_ibfk_4` FOREIGN KEY (`status_mhs`) REFERENCES `tb_status_mhs` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_mhs_ibfk_5` FOREIGN KEY (`id_user`) REFERENCES `tb_user` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tb_mk`
--
ALTER TABLE `tb_mk`
  ADD CONSTRAINT `tb_mk_ibfk_1` FOREIGN KEY (`id_bk`) REFERENCES `tb_bk` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_mk_ibfk_2` FOREIGN KEY (`is_publish`) REFERENCES `tb_status_mk` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tb_presensi`
--
ALTER TABLE `tb_presensi`
  ADD CONSTRAINT `tb_presensi_ibfk_1` FOREIGN KEY (`id_sesi_kuliah`) REFERENCES `tb_sesi_kuliah` (`id`),
  ADD CONSTRAINT `tb_presensi_ibfk_2` FOREIGN KEY (`id_mhs`) REFERENCES `tb_mhs` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tb_presensi_dosen`
--
ALTER TABLE `tb_presensi_dosen`
  ADD CONSTRAINT `tb_presensi_dosen_ibfk_1` FOREIGN KEY (`id_dosen`) REFERENCES `tb_dosen` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_presensi_dosen_ibfk_2` FOREIGN KEY (`id_sesi_kuliah`) REFERENCES `tb_sesi_kuliah` (`id`) ON UPDATE CASCADE;

--
-- Constraints for table `tb_prodi`
--
ALTER TABLE `tb_prodi`
  ADD CONSTRAINT `tb_prodi_ibfk_1` FOREIGN KEY (`id_fakultas`) REFERENCES `tb_fakultas` (`id`),
  ADD CONSTRAINT `tb_prodi_ibfk_2` FOREIGN KEY (`jenjang`) REFERENCES `tb_jenjang` (`jenjang`);

--
-- Constraints for table `tb_semester`
--
ALTER TABLE `tb_semester`
  ADD CONSTRAINT `tb_semester_ibfk_1` FOREIGN KEY (`id_kalender`) REFERENCES `tb_kalender` (`id`);

--
-- Constraints for table `tb_sesi_kuliah`
--
ALTER TABLE `tb_sesi_kuliah`
  ADD CONSTRAINT `tb_sesi_kuliah_ibfk_2` FOREIGN KEY (`id_jadwal`) REFERENCES `tb_jadwal` (`id`),
  ADD CONSTRAINT `tb_sesi_kuliah_ibfk_3` FOREIGN KEY (`id_dosen`) REFERENCES `tb_dosen` (`id`) ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_sesi_kuliah_ibfk_4` FOREIGN KEY (`id_status_sesi`) REFERENCES `tb_status_sesi` (`id`);
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
