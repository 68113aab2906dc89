-- phpMyAdmin SQL Dump
-- version 4.8.3
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Oct 28, 2022 at 02:10 PM
-- Server version: 10.1.36-MariaDB
-- PHP Version: 5.6.38

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `db_stela`
--

-- --------------------------------------------------------

--
-- Table structure for table `dokumen_lampiran`
--

CREATE TABLE `dokumen_lampiran` (
  `id` int(11) NOT NULL,
  `id_tiket` int(11) NOT NULL,
  `original_name` varchar(100) NOT NULL,
  `image_name` varchar(100) NOT NULL,
  `image_type` varchar(100) NOT NULL,
  `image_size` int(11) NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '1',
  `user_input` varchar(100) NOT NULL,
  `tanggal_input` datetime NOT NULL,
  `user_update` varchar(100) NOT NULL,
  `tanggal_update` datetime NOT NULL,
  `keterangan` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `kategori`
--

CREATE TABLE `kategori` (
  `id` int(11) NOT NULL,
  `kategori` varchar(255) DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `user_input` varchar(100) DEFAULT NULL,
  `tanggal_input` datetime DEFAULT NULL,
  `user_update` varchar(100) DEFAULT NULL,
  `tanggal_update` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `list_peran`
--

CREATE TABLE `list_peran` (
  `id` int(11) NOT NULL,
  `nama_peran` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `log`
--

CREATE TABLE `log` (
  `id` int(11) NOT NULL,
  `id_todo_list` int(11) DEFAULT NULL,
  `id_sub_kategori` int(11) DEFAULT NULL,
  `id_tiket` int(11) DEFAULT NULL,
  `pengguna` varchar(100) DEFAULT NULL,
  `keterangan` text,
  `tanggal_input` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `notifikasi`
--

CREATE TABLE `notifikasi` (
  `id` int(11) NOT NULL,
  `id_pengguna` int(11) DEFAULT NULL,
  `no_tiket` varchar(100) DEFAULT NULL,
  `keterangan` varchar(50) DEFAULT NULL,
  `dibaca` tinyint(1) NOT NULL DEFAULT '0',
  `tanggal` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `pengguna`
--

CREATE TABLE `pengguna` (
  `id` int(11) NOT NULL,
  `nama_lengkap` varchar(255) DEFAULT NULL,
  `username` varchar(100) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `password` varchar(100) DEFAULT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '1',
  `kd_departemen` varchar(10) DEFAULT NULL,
  `bagian` varchar(255) DEFAULT NULL,
  `gedung` varchar(255) DEFAULT NULL,
  `unit_kerja` varchar(255) DEFAULT NULL,
  `ruangan` varchar(255) DEFAULT NULL,
  `lantai` varchar(100) DEFAULT NULL,
  `telepon` varchar(100) DEFAULT NULL,
  `hp` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `peran`
--

CREATE TABLE `peran` (
  `id` int(11) NOT NULL,
  `id_pengguna` int(11) DEFAULT NULL,
  `id_peran` int(11) DEFAULT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `programmer`
--

CREATE TABLE `programmer` (
  `id` int(11) NOT NULL,
  `jabatan` enum('leader','programmer') NOT NULL,
  `id_tim_programmer` int(11) NOT NULL,
  `id_pengguna` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `rating`
--

CREATE TABLE `rating` (
  `id` int(11) NOT NULL,
  `id_pengguna` int(11) NOT NULL,
  `jumlah_tiket` int(11) NOT NULL,
  `rating_pekerjaan` float NOT NULL,
  `rating_kecepatan` float NOT NULL,
  `rating_total` float NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '1',
  `user_input` varchar(100) NOT NULL,
  `tanggal_input` datetime NOT NULL,
  `tanggal_update` datetime NOT NULL,
  `user_update` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `status_tiket`
--

CREATE TABLE `status_tiket` (
  `id` int(11) NOT NULL,
  `status_tiket` varchar(255) DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `user_input` varchar(100) DEFAULT NULL,
  `tanggal_input` datetime DEFAULT NULL,
  `user_update` varchar(100) DEFAULT NULL,
  `tanggal_update` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `sub_kategori`
--

CREATE TABLE `sub_kategori` (
  `id` int(11) NOT NULL,
  `id_kategori` int(11) DEFAULT NULL,
  `sub_kategori` varchar(255) DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `user_input` varchar(100) DEFAULT NULL,
  `tanggal_input` datetime DEFAULT NULL,
  `user_update` varchar(100) DEFAULT NULL,
  `tanggal_update` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `sub_tahapan`
--

CREATE TABLE `sub_tahapan` (
  `id` int(11) NOT NULL,
  `id_tahapan` int(11) NOT NULL,
  `id_tiket` int(11) NOT NULL,
  `sub_tahapan` varchar(100) DEFAULT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '1',
  `user_input` varchar(255) NOT NULL,
  `tanggal_input` datetime DEFAULT NULL,
  `user_update` varchar(255) DEFAULT NULL,
  `tanggal_update` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `tahapan`
--

CREATE TABLE `tahapan` (
  `id` int(11) NOT NULL,
  `tahapan` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `tiket`
--

CREATE TABLE `tiket` (
  `id` int(11) NOT NULL,
  `no_tiket` varchar(100) NOT NULL,
  `id_via` int(11) NOT NULL,
  `id_pelapor` int(11) NOT NULL,
  `id_status_tiket` int(11) NOT NULL DEFAULT '1',
  `id_sub_kategori` int(11) DEFAULT NULL,
  `id_tim_programmer` int(11) DEFAULT NULL,
  `id_urgensi` int(11) DEFAULT NULL,
  `nama_pelapor` varchar(255) DEFAULT NULL,
  `bagian_pelapor` varchar(255) DEFAULT NULL,
  `gedung_pelapor` varchar(255) DEFAULT NULL,
  `unit_kerja_pelapor` varchar(255) DEFAULT NULL,
  `ruangan_pelapor` varchar(255) DEFAULT NULL,
  `lantai_pelapor` varchar(255) DEFAULT NULL,
  `telepon_pelapor` varchar(255) DEFAULT NULL,
  `hp_pelapor` varchar(255) DEFAULT NULL,
  `email_pelapor` varchar(255) DEFAULT NULL,
  `judul_permasalahan` varchar(255) NOT NULL,
  `keterangan` text NOT NULL,
  `permasalahan_awal` text,
  `permasalahan_akhir` text,
  `solusi` text,
  `tanggal_pelaksanaan` date DEFAULT NULL,
  `rating_pekerjaan` int(11) DEFAULT NULL,
  `rating_kecepatan` int(11) DEFAULT NULL,
  `rating_total` float DEFAULT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '1',
  `user_input` varchar(100) DEFAULT NULL,
  `tanggal_input` datetime DEFAULT NULL,
  `user_update` varchar(100) DEFAULT NULL,
  `tanggal_update` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `tiket_data`
--

CREATE TABLE `tiket_data` (
  `id` int(11) NOT NULL,
  `id_tiket` int(11) DEFAULT NULL,
  `id_barang` int(11) DEFAULT NULL,
  `jumlah_keluar` int(11) DEFAULT NULL,
  `sn` varchar(255) DEFAULT NULL,
  `tanggal_pemasangan` datetime DEFAULT NULL,
  `lokasi_pemasangan` varchar(255) DEFAULT NULL,
  `id_petugas` int(11) DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `user_input` varchar(100) DEFAULT NULL,
  `tanggal_input` datetime DEFAULT NULL,
  `user_update` varchar(100) DEFAULT NULL,
  `tanggal_update` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tiket_image_laporan`
--

CREATE TABLE `tiket_image_laporan` (
  `id` int(11) NOT NULL,
  `id_tiket` int(11) NOT NULL,
  `image_name` varchar(100) NOT NULL,
  `image_type` varchar(100) NOT NULL,
  `image_size` int(11) NOT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '1',
  `user_input` varchar(100) NOT NULL,
  `tanggal_input` datetime NOT NULL,
  `user_update` varchar(100) NOT NULL,
  `tanggal_update` datetime NOT NULL,
  `original_name` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `tiket_petugas`
--

CREATE TABLE `tiket_petugas` (
  `id` int(11) NOT NULL,
  `id_tiket` int(11) DEFAULT NULL,
  `id_petugas` int(11) DEFAULT NULL,
  `status` tinyint(1) NOT NULL DEFAULT '1',
  `user_input` varchar(100) DEFAULT NULL,
  `tanggal_input` datetime DEFAULT NULL,
  `user_update` varchar(100) DEFAULT NULL,
  `tanggal_update` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `tim_programmer`
--

CREATE TABLE `tim_programmer` (
  `id` int(11) NOT NULL,
  `nama_tim` varchar(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `todo_list`
--

CREATE TABLE `todo_list` (
  `id` int(11) NOT NULL,
  `id_sub_tahapan` int(11) DEFAULT NULL,
  `id_programmer` int(11) DEFAULT NULL,
  `todo_list` varchar(100) DEFAULT NULL,
  `deskripsi` text,
  `user_input` varchar(255) NOT NULL,
  `status_kerja` tinyint(1) NOT NULL DEFAULT '1',
  `tanggal_input` datetime DEFAULT NULL,
  `user_update` varchar(255) DEFAULT NULL,
  `tanggal_update` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `todo_list_dokumen`
--

CREATE TABLE `todo_list_dokumen` (
  `id` int(11) NOT NULL,
  `id_todo_list` int(11) DEFAULT NULL,
  `original_name` varchar(100) NOT NULL,
  `dokumen_name` varchar(100) NOT NULL,
  `dokumen_type` varchar(100) NOT NULL,
  `dokumen_size` int(11) NOT NULL,
  `status` tinyint(11) NOT NULL DEFAULT '1',
  `user_input` varchar(255) NOT NULL,
  `tanggal_input` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `urgensi`
--

CREATE TABLE `urgensi` (
  `id` int(11) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `STATUS` tinyint(4) DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


-- --------------------------------------------------------

--
-- Table structure for table `via`
--

CREATE TABLE `via` (
  `id` int(11) NOT NULL,
  `via` varchar(255) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `user_input` varchar(100) NOT NULL,
  `tanggal_input` datetime NOT NULL,
  `user_update` varchar(100) NOT NULL,
  `tanggal_update` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;


--
-- Indexes for dumped tables
--

--
-- Indexes for table `dokumen_lampiran`
--
ALTER TABLE `dokumen_lampiran`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `kategori`
--
ALTER TABLE `kategori`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `list_peran`
--
ALTER TABLE `list_peran`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `log`
--
ALTER TABLE `log`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `notifikasi`
--
ALTER TABLE `notifikasi`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `pengguna`
--
ALTER TABLE `pengguna`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `peran`
--
ALTER TABLE `peran`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `programmer`
--
ALTER TABLE `programmer`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `rating`
--
ALTER TABLE `rating`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `status_tiket`
--
ALTER TABLE `status_tiket`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `sub_kategori`
--
ALTER TABLE `sub_kategori`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `sub_tahapan`
--
ALTER TABLE `sub_tahapan`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tahapan`
--
ALTER TABLE `tahapan`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tiket`
--
ALTER TABLE `tiket`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `no_tiket_uniq` (`no_tiket`);

--
-- Indexes for table `tiket_data`
--
ALTER TABLE `tiket_data`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tiket_image_laporan`
--
ALTER TABLE `tiket_image_laporan`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tiket_petugas`
--
ALTER TABLE `tiket_petugas`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tim_programmer`
--
ALTER TABLE `tim_programmer`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `todo_list`
--
ALTER TABLE `todo_list`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `todo_list_dokumen`
--
ALTER TABLE `todo_list_dokumen`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `urgensi`
--
ALTER TABLE `urgensi`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `via`
--
ALTER TABLE `via`
  ADD PRIMARY KEY (`id`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `dokumen_lampiran`
--
ALTER TABLE `dokumen_lampiran`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=15;

--
-- AUTO_INCREMENT for table `kategori`
--
ALTER TABLE `kategori`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `list_peran`
--
ALTER TABLE `list_peran`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

--
-- AUTO_INCREMENT for table `log`
--
ALTER TABLE `log`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `notifikasi`
--
ALTER TABLE `notifikasi`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `pengguna`
--
ALTER TABLE `pengguna`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `peran`
--
ALTER TABLE `peran`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `programmer`
--
ALTER TABLE `programmer`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `rating`
--
ALTER TABLE `rating`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `status_tiket`
--
ALTER TABLE `status_tiket`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `sub_kategori`
--
ALTER TABLE `sub_kategori`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=14;

--
-- AUTO_INCREMENT for table `sub_tahapan`
--
ALTER TABLE `sub_tahapan`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=12;

--
-- AUTO_INCREMENT for table `tahapan`
--
ALTER TABLE `tahapan`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `tiket`
--
ALTER TABLE `tiket`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `tiket_data`
--
ALTER TABLE `tiket_data`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `tiket_image_laporan`
--
ALTER TABLE `tiket_image_laporan`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `tiket_petugas`
--
ALTER TABLE `tiket_petugas`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `tim_programmer`
--
ALTER TABLE `tim_programmer`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `todo_list`
--
ALTER TABLE `todo_list`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `todo_list_dokumen`
--
ALTER TABLE `todo_list_dokumen`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=27;

--
-- AUTO_INCREMENT for table `urgensi`
--
ALTER TABLE `urgensi`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `via`
--
ALTER TABLE `via`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
