-- phpMyAdmin SQL Dump
-- version 4.7.7
-- https://www.phpmyadmin.net/
--
-- Host: localhost:3306
-- Generation Time: Jan 24, 2019 at 07:33 PM
-- Server version: 5.7.25
-- PHP Version: 5.6.30

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `k0108918_klinikgigi`
--

-- --------------------------------------------------------

--
-- Table structure for table `tb_detail_gigi`
--

CREATE TABLE `tb_detail_gigi` (
  `idg` int(11) NOT NULL,
  `nama_gd` varchar(20) DEFAULT NULL,
  `id_parent` int(11) DEFAULT NULL,
  `id_kondisi` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_detail_gigi`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_detail_pasien`
--

CREATE TABLE `tb_detail_pasien` (
  `id_detail` int(11) NOT NULL,
  `id_pasien` varchar(15) NOT NULL,
  `waktu_berobat` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tekanan_darah` varchar(20) DEFAULT NULL,
  `penyakit_jantung` enum('Ada','Tidak ada') DEFAULT NULL,
  `diabetes` enum('Ada','Tidak ada') DEFAULT NULL,
  `heemopilia` enum('Ada','Tidak ada') DEFAULT NULL,
  `hepatitis` enum('Ada','Tidak ada') DEFAULT NULL,
  `gastritis` enum('Ada','Tidak ada') DEFAULT NULL,
  `penyakit_lainya` varchar(30) DEFAULT NULL,
  `alergi_terhadap_obat` varchar(30) DEFAULT NULL,
  `alergi_terhadap_makanan` varchar(30) DEFAULT NULL,
  `status_pelayanan` enum('Terlayani','Belum dilayani','Di batalkan') DEFAULT NULL,
  `kategori_pasien` int(11) DEFAULT NULL,
  `operator` varchar(40) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_detail_pasien`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_diagnosa`
--

CREATE TABLE `tb_diagnosa` (
  `id_diagnosa` int(11) NOT NULL,
  `id_pasien_diagnosa` int(11) DEFAULT NULL,
  `tgl_perawatan` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `anamnesa` varchar(500) DEFAULT NULL,
  `pemeriksaan` varchar(500) DEFAULT NULL,
  `diagnosis` varchar(500) DEFAULT NULL,
  `obat` varchar(500) DEFAULT NULL,
  `tindakan` varchar(500) DEFAULT NULL,
  `biaya` varchar(100) DEFAULT NULL,
  `catatan` varchar(500) DEFAULT NULL,
  `dokter_gigi` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_diagnosa`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_dokter`
--

CREATE TABLE `tb_dokter` (
  `id_dokter` int(11) NOT NULL,
  `nama` varchar(80) NOT NULL,
  `jenis_kelamin` enum('Laki-laki','Perempuan') DEFAULT NULL,
  `tempat_lahir` varchar(40) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `nik` varchar(16) NOT NULL,
  `alamat` varchar(100) NOT NULL,
  `kategori_dokter` int(11) NOT NULL,
  `nama_dengan_gelar` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_dokter`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_gigi`
--

CREATE TABLE `tb_gigi` (
  `id_gigi` int(11) NOT NULL,
  `nama_gigi` varchar(20) DEFAULT NULL,
  `id_odontogram` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_gigi`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_kategori_dokter`
--

CREATE TABLE `tb_kategori_dokter` (
  `id_katdok` int(11) NOT NULL,
  `nama_kategori` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_kategori_dokter`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_kategori_pasien`
--

CREATE TABLE `tb_kategori_pasien` (
  `id_katpas` int(11) NOT NULL,
  `nama_kategori_pasien` varchar(20) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_kategori_pasien`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_kondisi_gigi`
--

CREATE TABLE `tb_kondisi_gigi` (
  `id_kg` int(11) NOT NULL,
  `nama_kondisi` varchar(30) DEFAULT NULL,
  `kode_warna` varchar(15) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_kondisi_gigi`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_odontogram`
--

CREATE TABLE `tb_odontogram` (
  `id_odo` int(11) NOT NULL,
  `id_pasien` varchar(15) DEFAULT NULL,
  `p_gigi` varchar(10) DEFAULT NULL,
  `p_kondisi` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_odontogram`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_pasien`
--

CREATE TABLE `tb_pasien` (
  `id` varchar(15) NOT NULL,
  `nama` varchar(80) DEFAULT NULL,
  `ttl` varchar(80) DEFAULT NULL,
  `nik` varchar(30) DEFAULT NULL,
  `jenis_kelamin` varchar(20) DEFAULT NULL,
  `pekerjaan` varchar(30) DEFAULT NULL,
  `ibu_kandung` varchar(60) DEFAULT NULL,
  `alamat` varchar(50) DEFAULT NULL,
  `tlp` varchar(15) DEFAULT NULL,
  `golongan_darah` varchar(2) DEFAULT NULL,
  `tanggal_daftar` timestamp NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_pasien`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_permissions`
--

CREATE TABLE `tb_permissions` (
  `perm_id` int(10) UNSIGNED NOT NULL,
  `perm_desc` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_permissions`
--


-- --------------------------------------------------------

--
-- Table structure for table `tb_users`
--

CREATE TABLE `tb_users` (
  `id_user` int(11) NOT NULL,
  `username` varchar(40) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `fullname` varchar(100) DEFAULT NULL,
  `gender` varchar(2) DEFAULT NULL,
  `level` int(2) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `photo` varchar(150) DEFAULT NULL,
  `status` int(2) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `tb_users`
--


--
-- Indexes for dumped tables
--

--
-- Indexes for table `tb_detail_gigi`
--
ALTER TABLE `tb_detail_gigi`
  ADD PRIMARY KEY (`idg`);

--
-- Indexes for table `tb_detail_pasien`
--
ALTER TABLE `tb_detail_pasien`
  ADD PRIMARY KEY (`id_detail`);

--
-- Indexes for table `tb_diagnosa`
--
ALTER TABLE `tb_diagnosa`
  ADD PRIMARY KEY (`id_diagnosa`);

--
-- Indexes for table `tb_dokter`
--
ALTER TABLE `tb_dokter`
  ADD PRIMARY KEY (`id_dokter`);

--
-- Indexes for table `tb_gigi`
--
ALTER TABLE `tb_gigi`
  ADD PRIMARY KEY (`id_gigi`);

--
-- Indexes for table `tb_kategori_dokter`
--
ALTER TABLE `tb_kategori_dokter`
  ADD PRIMARY KEY (`id_katdok`);

--
-- Indexes for table `tb_kategori_pasien`
--
ALTER TABLE `tb_kategori_pasien`
  ADD PRIMARY KEY (`id_katpas`);

--
-- Indexes for table `tb_kondisi_gigi`
--
ALTER TABLE `tb_kondisi_gigi`
  ADD PRIMARY KEY (`id_kg`);

--
-- Indexes for table `tb_odontogram`
--
ALTER TABLE `tb_odontogram`
  ADD PRIMARY KEY (`id_odo`);

--
-- Indexes for table `tb_pasien`
--
ALTER TABLE `tb_pasien`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tb_permissions`
--
ALTER TABLE `tb_permissions`
  ADD PRIMARY KEY (`perm_id`);

--
-- Indexes for table `tb_users`
--
ALTER TABLE `tb_users`
  ADD PRIMARY KEY (`id_user`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `tb_detail_gigi`
--
ALTER TABLE `tb_detail_gigi`
  MODIFY `idg` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=1624;

--
-- AUTO_INCREMENT for table `tb_detail_pasien`
--
ALTER TABLE `tb_detail_pasien`
  MODIFY `id_detail` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=15;

--
-- AUTO_INCREMENT for table `tb_diagnosa`
--
ALTER TABLE `tb_diagnosa`
  MODIFY `id_diagnosa` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=19;

--
-- AUTO_INCREMENT for table `tb_dokter`
--
ALTER TABLE `tb_dokter`
  MODIFY `id_dokter` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `tb_gigi`
--
ALTER TABLE `tb_gigi`
  MODIFY `id_gigi` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=53;

--
-- AUTO_INCREMENT for table `tb_kategori_dokter`
--
ALTER TABLE `tb_kategori_dokter`
  MODIFY `id_katdok` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `tb_kategori_pasien`
--
ALTER TABLE `tb_kategori_pasien`
  MODIFY `id_katpas` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tb_kondisi_gigi`
--
ALTER TABLE `tb_kondisi_gigi`
  MODIFY `id_kg` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

--
-- AUTO_INCREMENT for table `tb_odontogram`
--
ALTER TABLE `tb_odontogram`
  MODIFY `id_odo` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=44;

--
-- AUTO_INCREMENT for table `tb_permissions`
--
ALTER TABLE `tb_permissions`
  MODIFY `perm_id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tb_users`
--
ALTER TABLE `tb_users`
  MODIFY `id_user` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
