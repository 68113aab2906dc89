-- phpMyAdmin SQL Dump
-- version 4.9.5deb2
-- https://www.phpmyadmin.net/
--
-- Host: localhost:3306
-- Generation Time: Sep 23, 2020 at 03:15 PM
-- Server version: 5.7.31-0ubuntu0.18.04.1
-- PHP Version: 7.4.10

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `faskeskia`
--

-- --------------------------------------------------------

--
-- Table structure for table `m_bidan`
--

CREATE TABLE `m_bidan` (
  `id_bidan` int(11) NOT NULL,
  `no_sipb` varchar(20) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `no_ktp` varchar(20) NOT NULL,
  `tempat_lahir` varchar(255) NOT NULL,
  `tgl_lahir` date NOT NULL,
  `alamat_ktp` varchar(255) NOT NULL,
  `alamat_domisili` varchar(255) NOT NULL,
  `longitude` varchar(255) NOT NULL,
  `latitude` varchar(255) DEFAULT NULL,
  `tlp` varchar(15) NOT NULL,
  `hp` varchar(15) NOT NULL,
  `agama` varchar(15) NOT NULL,
  `gol_darah` varchar(3) NOT NULL,
  `pendidikan_terakhir` varchar(10) NOT NULL,
  `nama_sekolah` varchar(255) NOT NULL,
  `jurusan` varchar(255) NOT NULL,
  `foto` varchar(255) NOT NULL,
  `tgl_masuk_bidan` date NOT NULL,
  `ST` tinyint(1) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `m_bidan`
--


-- --------------------------------------------------------

--
-- Table structure for table `m_pasien_anak`
--

CREATE TABLE `m_pasien_anak` (
  `id_pasien_anak` int(11) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `nama_ayah` varchar(255) NOT NULL,
  `nama_ibu` varchar(255) NOT NULL,
  `alamat_orangtua` varchar(255) NOT NULL,
  `jenis_kelamin` varchar(1) NOT NULL,
  `tempat_lahir` varchar(255) NOT NULL,
  `tgl_lahir` date NOT NULL,
  `usia` varchar(255) NOT NULL,
  `anak_ke` int(11) NOT NULL,
  `berat_lahir` varchar(5) NOT NULL,
  `panjang_badan` varchar(5) NOT NULL,
  `ST` tinyint(1) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `m_pasien_anak`
--


-- --------------------------------------------------------

--
-- Table structure for table `m_pasien_ibu`
--

CREATE TABLE `m_pasien_ibu` (
  `id_pasien_ibu` int(11) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `longitude` varchar(255) NOT NULL,
  `latitude` varchar(255) DEFAULT NULL,
  `tempat_lahir` varchar(255) NOT NULL,
  `tgl_lahir` varchar(255) NOT NULL,
  `tlp` varchar(20) NOT NULL,
  `hp` varchar(20) NOT NULL,
  `kehamilan_ke` int(11) NOT NULL,
  `usia` int(11) NOT NULL,
  `agama` varchar(20) NOT NULL,
  `pendidikan` varchar(10) NOT NULL,
  `gol_darah` varchar(3) NOT NULL,
  `pekerjaan` varchar(255) NOT NULL,
  `no_jkn` varchar(255) NOT NULL,
  `ST` tinyint(1) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `m_pasien_ibu`
--


-- --------------------------------------------------------

--
-- Table structure for table `m_pengguna`
--

CREATE TABLE `m_pengguna` (
  `username` varchar(15) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `nama` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `hak` varchar(50) NOT NULL,
  `foto` varchar(255) DEFAULT NULL,
  `id_bidan` int(11) NOT NULL,
  `ST` tinyint(1) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `m_pengguna`
--


-- --------------------------------------------------------

--
-- Table structure for table `m_setting`
--

CREATE TABLE `m_setting` (
  `id` int(11) NOT NULL,
  `nama_aplikasi` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `tlp` varchar(255) NOT NULL,
  `fax` varchar(255) NOT NULL,
  `nama_perusahaan` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) NOT NULL,
  `web` varchar(255) NOT NULL,
  `logo` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `m_setting`
--


-- --------------------------------------------------------

--
-- Table structure for table `t_berita`
--

CREATE TABLE `t_berita` (
  `id_berita` int(11) NOT NULL,
  `judul` varchar(255) DEFAULT NULL,
  `fotosampul` varchar(255) DEFAULT NULL,
  `penulis` varchar(255) DEFAULT NULL,
  `isi` varchar(255) DEFAULT NULL,
  `tanggal_posting` date DEFAULT NULL,
  `tanggal_update` date DEFAULT NULL,
  `ST` tinyint(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `t_imunisasi_anak`
--

CREATE TABLE `t_imunisasi_anak` (
  `id_cek` int(11) NOT NULL,
  `id_pasien_anak` int(11) DEFAULT NULL,
  `id_bidan` int(11) DEFAULT NULL,
  `tgl_periksa` date NOT NULL,
  `usia` int(11) DEFAULT NULL,
  `berat_badan` double DEFAULT NULL,
  `tinggi_badan` double NOT NULL,
  `jenis_imunisasi` varchar(255) DEFAULT NULL,
  `keterangan` varchar(255) DEFAULT NULL,
  `ST` tinyint(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `t_imunisasi_anak`
--


-- --------------------------------------------------------

--
-- Table structure for table `t_kesehatan_ibu`
--

CREATE TABLE `t_kesehatan_ibu` (
  `id_cek` int(11) NOT NULL,
  `id_pasien_ibu` int(11) NOT NULL,
  `id_bidan` int(11) NOT NULL,
  `hpht` varchar(50) DEFAULT NULL,
  `htp` varchar(50) DEFAULT NULL,
  `tinggi_badan` double DEFAULT NULL,
  `berat_badan` double DEFAULT NULL,
  `riwayat_penyakit` varchar(255) DEFAULT NULL,
  `tgl_periksa` date DEFAULT NULL,
  `keluhan_sekarang` varchar(255) DEFAULT NULL,
  `tekanan_darah` varchar(10) DEFAULT NULL,
  `umur_kehamilan` varchar(255) DEFAULT NULL,
  `tinggi_fundus` varchar(255) DEFAULT NULL,
  `letak_janin` varchar(255) DEFAULT NULL,
  `denyut_jantung` varchar(255) DEFAULT NULL,
  `kaki_bengkak` varchar(255) DEFAULT NULL,
  `beri_vitamin` varchar(255) DEFAULT NULL,
  `nasihat` varchar(255) DEFAULT NULL,
  `kapan_kembali` date DEFAULT NULL,
  `ST` tinyint(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `t_kesehatan_ibu`
--


-- --------------------------------------------------------

--
-- Table structure for table `t_log`
--

CREATE TABLE `t_log` (
  `id_log` int(11) NOT NULL,
  `id_bidan` int(11) DEFAULT NULL,
  `id_pasien_ibu` int(11) DEFAULT NULL,
  `id_pasien_anak` int(11) DEFAULT NULL,
  `nama` varchar(255) NOT NULL,
  `tanggal` varchar(255) NOT NULL,
  `jam` time NOT NULL,
  `jabatan` varchar(255) NOT NULL,
  `status` varchar(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data for table `t_log`
--


-- --------------------------------------------------------

--
-- Table structure for table `t_persalinan`
--

CREATE TABLE `t_persalinan` (
  `id_persalinan` int(11) NOT NULL,
  `id_pasien_ibu` int(11) DEFAULT NULL,
  `id_bidan` int(11) DEFAULT NULL,
  `tgl_persalinan` date DEFAULT NULL,
  `usia_kehamilan` int(11) DEFAULT NULL,
  `penolong_persalinan` varchar(255) DEFAULT NULL,
  `cara_persalinan` varchar(255) DEFAULT NULL,
  `keadaan_ibu` varchar(255) DEFAULT NULL,
  `ST` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `t_persalinan`
--


-- --------------------------------------------------------

--
-- Table structure for table `t_programkb`
--

CREATE TABLE `t_programkb` (
  `id_programkb` int(11) NOT NULL,
  `no_registrasi` varchar(255) DEFAULT NULL,
  `nama_peserta` varchar(255) DEFAULT NULL,
  `usia` int(11) DEFAULT NULL,
  `suami_istri` varchar(255) DEFAULT NULL,
  `alamat` varchar(255) DEFAULT NULL,
  `tempat_pelayanan` varchar(255) DEFAULT NULL,
  `metode_kontrasepsi` varchar(255) DEFAULT NULL,
  `tgl_mulai` date DEFAULT NULL,
  `tgl_tindakan` date DEFAULT NULL,
  `tgl_kembali` date DEFAULT NULL,
  `keterangan` varchar(255) DEFAULT NULL,
  `ST` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `t_programkb`
--


-- --------------------------------------------------------

--
-- Table structure for table `t_tips`
--

CREATE TABLE `t_tips` (
  `id_tips` int(11) NOT NULL,
  `judul` varchar(255) DEFAULT NULL,
  `fotosampul` varchar(255) DEFAULT NULL,
  `penulis` varchar(255) DEFAULT NULL,
  `isi` varchar(255) DEFAULT NULL,
  `tanggal_posting` date DEFAULT NULL,
  `tanggal_update` date DEFAULT NULL,
  `ST` tinyint(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `m_bidan`
--
ALTER TABLE `m_bidan`
  ADD PRIMARY KEY (`id_bidan`);

--
-- Indexes for table `m_pasien_anak`
--
ALTER TABLE `m_pasien_anak`
  ADD PRIMARY KEY (`id_pasien_anak`);

--
-- Indexes for table `m_pasien_ibu`
--
ALTER TABLE `m_pasien_ibu`
  ADD PRIMARY KEY (`id_pasien_ibu`);

--
-- Indexes for table `m_pengguna`
--
ALTER TABLE `m_pengguna`
  ADD PRIMARY KEY (`username`),
  ADD KEY `id_bidan` (`id_bidan`);

--
-- Indexes for table `m_setting`
--
ALTER TABLE `m_setting`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `t_berita`
--
ALTER TABLE `t_berita`
  ADD PRIMARY KEY (`id_berita`);

--
-- Indexes for table `t_imunisasi_anak`
--
ALTER TABLE `t_imunisasi_anak`
  ADD PRIMARY KEY (`id_cek`),
  ADD KEY `id_pasien_anak` (`id_pasien_anak`),
  ADD KEY `id_bidan` (`id_bidan`);

--
-- Indexes for table `t_kesehatan_ibu`
--
ALTER TABLE `t_kesehatan_ibu`
  ADD PRIMARY KEY (`id_cek`),
  ADD KEY `id_pasien_ibu` (`id_pasien_ibu`),
  ADD KEY `id_bidan` (`id_bidan`);

--
-- Indexes for table `t_log`
--
ALTER TABLE `t_log`
  ADD PRIMARY KEY (`id_log`),
  ADD KEY `id_bidan` (`id_bidan`);

--
-- Indexes for table `t_persalinan`
--
ALTER TABLE `t_persalinan`
  ADD PRIMARY KEY (`id_persalinan`),
  ADD KEY `id_bidan` (`id_bidan`),
  ADD KEY `id_pasien_ibu` (`id_pasien_ibu`);

--
-- Indexes for table `t_programkb`
--
ALTER TABLE `t_programkb`
  ADD PRIMARY KEY (`id_programkb`);

--
-- Indexes for table `t_tips`
--
ALTER TABLE `t_tips`
  ADD PRIMARY KEY (`id_tips`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `m_bidan`
--
ALTER TABLE `m_bidan`
  MODIFY `id_bidan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `m_pasien_anak`
--
ALTER TABLE `m_pasien_anak`
  MODIFY `id_pasien_anak` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `m_pasien_ibu`
--
ALTER TABLE `m_pasien_ibu`
  MODIFY `id_pasien_ibu` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `m_setting`
--
ALTER TABLE `m_setting`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `t_berita`
--
ALTER TABLE `t_berita`
  MODIFY `id_berita` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `t_imunisasi_anak`
--
ALTER TABLE `t_imunisasi_anak`
  MODIFY `id_cek` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `t_kesehatan_ibu`
--
ALTER TABLE `t_kesehatan_ibu`
  MODIFY `id_cek` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `t_log`
--
ALTER TABLE `t_log`
  MODIFY `id_log` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=43;

--
-- AUTO_INCREMENT for table `t_persalinan`
--
ALTER TABLE `t_persalinan`
  MODIFY `id_persalinan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `t_programkb`
--
ALTER TABLE `t_programkb`
  MODIFY `id_programkb` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `t_tips`
--
ALTER TABLE `t_tips`
  MODIFY `id_tips` int(11) NOT NULL AUTO_INCREMENT;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `m_pengguna`
--
ALTER TABLE `m_pengguna`
  ADD CONSTRAINT `m_pengguna_ibfk_1` FOREIGN KEY (`id_bidan`) REFERENCES `m_bidan` (`id_bidan`);

--
-- Constraints for table `t_imunisasi_anak`
--
ALTER TABLE `t_imunisasi_anak`
  ADD CONSTRAINT `t_imunisasi_anak_ibfk_1` FOREIGN KEY (`id_pasien_anak`) REFERENCES `m_pasien_anak` (`id_pasien_anak`),
  ADD CONSTRAINT `t_imunisasi_anak_ibfk_2` FOREIGN KEY (`id_bidan`) REFERENCES `m_bidan` (`id_bidan`);

--
-- Constraints for table `t_kesehatan_ibu`
--
ALTER TABLE `t_kesehatan_ibu`
  ADD CONSTRAINT `t_kesehatan_ibu_ibfk_1` FOREIGN KEY (`id_pasien_ibu`) REFERENCES `m_pasien_ibu` (`id_pasien_ibu`),
  ADD CONSTRAINT `t_kesehatan_ibu_ibfk_2` FOREIGN KEY (`id_bidan`) REFERENCES `m_bidan` (`id_bidan`);

--
-- Constraints for table `t_log`
--
ALTER TABLE `t_log`
  ADD CONSTRAINT `t_log_ibfk_1` FOREIGN KEY (`id_bidan`) REFERENCES `m_bidan` (`id_bidan`);

--
-- Constraints for table `t_persalinan`
--
ALTER TABLE `t_persalinan`
  ADD CONSTRAINT `t_persalinan_ibfk_1` FOREIGN KEY (`id_bidan`) REFERENCES `m_bidan` (`id_bidan`),
  ADD CONSTRAINT `t_persalinan_ibfk_2` FOREIGN KEY (`id_pasien_ibu`) REFERENCES `m_pasien_ibu` (`id_pasien_ibu`);
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
