-- origin: adiprsty119/SIM_Arsip_Surat db_surat.sql at d7065eaaa091ac4a2b5daa4f58b4951171679111 (phpMyAdmin dump of `db_surat`, a government office letter archive with disposition and civil-servant (ASN) records; schema part: the 12 CREATE TABLE and their ALTER TABLE key statements; INSERT rows left out)

-- phpMyAdmin SQL Dump
-- version 5.2.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Apr 25, 2025 at 08:12 AM
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
-- Database: `db_surat`
--

-- --------------------------------------------------------

--
-- Table structure for table `disposisi`
--

CREATE TABLE `disposisi` (
  `id_disposisi` int(11) NOT NULL,
  `id_surat` int(11) NOT NULL,
  `tujuan` varchar(255) NOT NULL,
  `isi_surat` varchar(255) NOT NULL,
  `status` enum('pending','diteruskan','selesai','') NOT NULL,
  `tanggal_disposisi` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `nominatif_asn`
--

CREATE TABLE `nominatif_asn` (
  `id` int(11) NOT NULL,
  `nip` varchar(255) NOT NULL,
  `nama_lengkap` varchar(100) NOT NULL,
  `tempat_lahir` varchar(100) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `pangkat_golongan` varchar(20) NOT NULL,
  `pangkat_tmt` varchar(20) NOT NULL,
  `nama_jabatan_eselon` varchar(255) NOT NULL,
  `jabatan_eselon_tmt` varchar(20) NOT NULL,
  `bulan_masakerja` int(20) NOT NULL,
  `tahun_masakerja` int(20) NOT NULL,
  `nama_diklat` varchar(255) DEFAULT NULL,
  `bulan_diklat` int(20) DEFAULT NULL,
  `tahun_diklat` int(20) DEFAULT NULL,
  `jumlah_jam_diklat` varchar(100) DEFAULT NULL,
  `tingkat_pendidikan_terakhir` varchar(50) NOT NULL,
  `jurusan` varchar(50) NOT NULL,
  `instansi_sekolah` varchar(100) NOT NULL,
  `tahun_lulus_pendidikan` int(20) NOT NULL,
  `no_ijazah` varchar(100) NOT NULL,
  `usia` int(100) NOT NULL,
  `agama` enum('Islam','Katolik','Protestan','Budha','Hindu','Konghucu','Lainnya') NOT NULL,
  `karpeg` varchar(100) NOT NULL,
  `jenis_kelamin` enum('laki-laki','perempuan','.','') NOT NULL,
  `asal` varchar(100) NOT NULL,
  `kgb` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `nominatif_asn`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_admin`
--

CREATE TABLE `tb_admin` (
  `id_admin` int(10) NOT NULL,
  `nama_admin` varchar(50) NOT NULL,
  `username_admin` varchar(50) NOT NULL,
  `password` varchar(50) NOT NULL,
  `gambar` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

--
-- Dumping data for table `tb_admin`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_bagian`
--

CREATE TABLE `tb_bagian` (
  `id_bagian` int(11) NOT NULL,
  `nama_bagian` varchar(120) NOT NULL,
  `username_admin_bagian` varchar(50) NOT NULL,
  `password_bagian` varchar(50) NOT NULL,
  `nama_lengkap` varchar(70) NOT NULL,
  `tanggal_lahir_bagian` date NOT NULL,
  `alamat` text NOT NULL,
  `no_hp_bagian` varchar(12) NOT NULL,
  `gambar` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

--
-- Dumping data for table `tb_bagian`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_berkasdigital`
--

CREATE TABLE `tb_berkasdigital` (
  `id_berkas` int(11) NOT NULL,
  `nip` varchar(50) NOT NULL,
  `nama_dokumen` varchar(50) NOT NULL,
  `kategori_dokumen` varchar(50) NOT NULL,
  `tanggal_upload` date NOT NULL,
  `file_path` text NOT NULL,
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_galeri`
--

CREATE TABLE `tb_galeri` (
  `id` int(11) NOT NULL,
  `foto` varchar(255) NOT NULL,
  `judul` varchar(255) NOT NULL,
  `tanggal` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_informasikepegawaian`
--

CREATE TABLE `tb_informasikepegawaian` (
  `id_info` int(11) NOT NULL,
  `nip` varchar(100) NOT NULL,
  `riwayat_pendidikan` text NOT NULL,
  `riwayat_diklat` text NOT NULL,
  `riwayat_jabatan` text NOT NULL,
  `riwayat_mutasi` text NOT NULL,
  `riwayat_penghargaan` text NOT NULL,
  `tugas_belajar` tinyint(1) NOT NULL,
  `izin_belajar` tinyint(1) NOT NULL,
  `masa_kerja_tahun` int(11) NOT NULL,
  `masa_kerja_bulan` int(11) NOT NULL,
  `catatan_lain` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_laporan_perjalanan`
--

CREATE TABLE `tb_laporan_perjalanan` (
  `id` int(11) NOT NULL,
  `pegawai` varchar(255) NOT NULL,
  `laporan` varchar(255) NOT NULL,
  `dokumentasi` varchar(255) NOT NULL,
  `tanggal` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_riwayat_kgp_kp`
--

CREATE TABLE `tb_riwayat_kgp_kp` (
  `id_riwayat` int(11) NOT NULL,
  `nip` varchar(100) NOT NULL,
  `jenis_kenaikan` enum('KGB','KP','','') NOT NULL,
  `pangkat_gol_sebelumnya` varchar(50) NOT NULL,
  `pangkat_gol_sekarang` varchar(50) NOT NULL,
  `tmt_kenaikan` date NOT NULL,
  `no_sk` varchar(50) NOT NULL,
  `tanggal_sk` date NOT NULL,
  `penandatanganan_sk` varchar(50) NOT NULL,
  `file_sk` text NOT NULL,
  `status_proses` enum('sudah','belum','ditolak','') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Table structure for table `tb_sptsppd`
--

CREATE TABLE `tb_sptsppd` (
  `id` int(11) NOT NULL,
  `pegawai` varchar(200) NOT NULL,
  `tujuan` varchar(100) NOT NULL,
  `spt` varchar(100) NOT NULL,
  `sppd` varchar(100) NOT NULL,
  `tanggal` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `tb_sptsppd`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_suratkeluar`
--

CREATE TABLE `tb_suratkeluar` (
  `id_suratkeluar` int(11) NOT NULL,
  `tanggalkeluar_suratkeluar` datetime NOT NULL,
  `kode_suratkeluar` varchar(10) NOT NULL,
  `nomor_suratkeluar` varchar(45) NOT NULL,
  `nama_bagian` varchar(70) NOT NULL,
  `tanggalsurat_suratkeluar` date NOT NULL,
  `kepada_suratkeluar` varchar(255) NOT NULL,
  `perihal_suratkeluar` text NOT NULL,
  `file_suratkeluar` varchar(255) NOT NULL,
  `operator` varchar(50) NOT NULL,
  `tanggal_entry` datetime NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

--
-- Dumping data for table `tb_suratkeluar`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_suratmasuk`
--

CREATE TABLE `tb_suratmasuk` (
  `id_suratmasuk` int(11) NOT NULL,
  `tanggalmasuk_suratmasuk` datetime NOT NULL DEFAULT current_timestamp(),
  `kode_suratmasuk` varchar(10) NOT NULL,
  `nomorurut_suratmasuk` varchar(7) NOT NULL,
  `nomor_suratmasuk` varchar(25) NOT NULL,
  `tanggalsurat_suratmasuk` date NOT NULL,
  `pengirim` varchar(255) NOT NULL,
  `kepada_suratmasuk` varchar(255) NOT NULL,
  `perihal_suratmasuk` text NOT NULL,
  `file_suratmasuk` varchar(255) NOT NULL,
  `operator` varchar(50) NOT NULL,
  `tanggal_entry` datetime NOT NULL DEFAULT current_timestamp(),
  `disposisi1` varchar(50) NOT NULL,
  `tanggal_disposisi1` datetime NOT NULL DEFAULT current_timestamp(),
  `disposisi2` varchar(50) NOT NULL,
  `tanggal_disposisi2` varchar(25) NOT NULL,
  `disposisi3` varchar(50) NOT NULL,
  `tanggal_disposisi3` datetime NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

--
-- Dumping data for table `tb_suratmasuk`
--


--
-- Indexes for dumped tables
--

--
-- Indexes for table `disposisi`
--
ALTER TABLE `disposisi`
  ADD PRIMARY KEY (`id_disposisi`),
  ADD KEY `id_surat` (`id_surat`);

--
-- Indexes for table `nominatif_asn`
--
ALTER TABLE `nominatif_asn`
  ADD PRIMARY KEY (`id`),
  ADD KEY `nip` (`nip`);

--
-- Indexes for table `tb_admin`
--
ALTER TABLE `tb_admin`
  ADD PRIMARY KEY (`id_admin`),
  ADD UNIQUE KEY `username_admin` (`username_admin`);

--
-- Indexes for table `tb_bagian`
--
ALTER TABLE `tb_bagian`
  ADD PRIMARY KEY (`id_bagian`),
  ADD UNIQUE KEY `username_admin_bagian` (`username_admin_bagian`);

--
-- Indexes for table `tb_berkasdigital`
--
ALTER TABLE `tb_berkasdigital`
  ADD PRIMARY KEY (`id_berkas`),
  ADD KEY `nip` (`nip`);

--
-- Indexes for table `tb_galeri`
--
ALTER TABLE `tb_galeri`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_informasikepegawaian`
--
ALTER TABLE `tb_informasikepegawaian`
  ADD PRIMARY KEY (`id_info`),
  ADD KEY `nip` (`nip`);

--
-- Indexes for table `tb_laporan_perjalanan`
--
ALTER TABLE `tb_laporan_perjalanan`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_riwayat_kgp_kp`
--
ALTER TABLE `tb_riwayat_kgp_kp`
  ADD PRIMARY KEY (`id_riwayat`),
  ADD KEY `nip` (`nip`);

--
-- Indexes for table `tb_sptsppd`
--
ALTER TABLE `tb_sptsppd`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_suratkeluar`
--
ALTER TABLE `tb_suratkeluar`
  ADD PRIMARY KEY (`id_suratkeluar`),
  ADD UNIQUE KEY `nomor_suratkeluar` (`nomor_suratkeluar`);

--
-- Indexes for table `tb_suratmasuk`
--
ALTER TABLE `tb_suratmasuk`
  ADD PRIMARY KEY (`id_suratmasuk`),
  ADD UNIQUE KEY `nomorurut_suratmasuk` (`nomorurut_suratmasuk`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `disposisi`
--
ALTER TABLE `disposisi`
  MODIFY `id_disposisi` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `nominatif_asn`
--
ALTER TABLE `nominatif_asn`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=39;

--
-- AUTO_INCREMENT for table `tb_admin`
--
ALTER TABLE `tb_admin`
  MODIFY `id_admin` int(10) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `tb_bagian`
--
ALTER TABLE `tb_bagian`
  MODIFY `id_bagian` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=23;

--
-- AUTO_INCREMENT for table `tb_berkasdigital`
--
ALTER TABLE `tb_berkasdigital`
  MODIFY `id_berkas` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_galeri`
--
ALTER TABLE `tb_galeri`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_informasikepegawaian`
--
ALTER TABLE `tb_informasikepegawaian`
  MODIFY `id_info` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_laporan_perjalanan`
--
ALTER TABLE `tb_laporan_perjalanan`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_riwayat_kgp_kp`
--
ALTER TABLE `tb_riwayat_kgp_kp`
  MODIFY `id_riwayat` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tb_sptsppd`
--
ALTER TABLE `tb_sptsppd`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `tb_suratkeluar`
--
ALTER TABLE `tb_suratkeluar`
  MODIFY `id_suratkeluar` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=93;

--
-- AUTO_INCREMENT for table `tb_suratmasuk`
--
ALTER TABLE `tb_suratmasuk`
  MODIFY `id_suratmasuk` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `disposisi`
--
ALTER TABLE `disposisi`
  ADD CONSTRAINT `disposisi_ibfk_1` FOREIGN KEY (`id_surat`) REFERENCES `tb_suratmasuk` (`id_suratmasuk`);

--
-- Constraints for table `tb_berkasdigital`
--
ALTER TABLE `tb_berkasdigital`
  ADD CONSTRAINT `tb_berkasdigital_ibfk_1` FOREIGN KEY (`nip`) REFERENCES `nominatif_asn` (`nip`);

--
-- Constraints for table `tb_informasikepegawaian`
--
ALTER TABLE `tb_informasikepegawaian`
  ADD CONSTRAINT `tb_informasikepegawaian_ibfk_1` FOREIGN KEY (`nip`) REFERENCES `nominatif_asn` (`nip`);

--
-- Constraints for table `tb_riwayat_kgp_kp`
--
ALTER TABLE `tb_riwayat_kgp_kp`
  ADD CONSTRAINT `tb_riwayat_kgp_kp_ibfk_1` FOREIGN KEY (`nip`) REFERENCES `nominatif_asn` (`nip`);
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
