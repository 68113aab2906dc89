-- phpMyAdmin SQL Dump
-- version 5.1.0
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Jul 18, 2021 at 03:30 PM
-- Server version: 10.4.18-MariaDB
-- PHP Version: 7.3.27

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `simrs`
--

-- --------------------------------------------------------

--
-- Table structure for table `auditlabor`
--

CREATE TABLE `auditlabor` (
  `id` int(11) NOT NULL,
  `kode_periksa` varchar(6) NOT NULL,
  `nama_periksa` varchar(255) NOT NULL,
  `tarif` int(11) NOT NULL,
  `tglubah` datetime DEFAULT NULL,
  `aksi` varchar(15) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_agama`
--

CREATE TABLE `tbl_agama` (
  `id_agama` int(11) NOT NULL,
  `agama` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_bidang`
--

CREATE TABLE `tbl_bidang` (
  `id_bidang` int(11) NOT NULL,
  `nama_bidang` varchar(35) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_departemen`
--

CREATE TABLE `tbl_departemen` (
  `id_departemen` int(11) NOT NULL,
  `nama_departemen` varchar(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_diagnosa_penyakit`
--

CREATE TABLE `tbl_diagnosa_penyakit` (
  `kode_diagnosa` varchar(6) NOT NULL,
  `nama_penyakit` varchar(50) NOT NULL,
  `ciri_ciri_penyakit` text NOT NULL,
  `keterangan` text NOT NULL,
  `ciri_ciri_umum` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_dokter`
--

CREATE TABLE `tbl_dokter` (
  `kode_dokter` varchar(20) NOT NULL,
  `nama_dokter` varchar(30) NOT NULL,
  `jenis_kelamin` enum('L','P') NOT NULL,
  `tempat_lahir` varchar(30) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `id_agama` int(11) NOT NULL,
  `alamat_tinggal` text NOT NULL,
  `no_hp` varchar(13) NOT NULL,
  `id_status_menikah` int(11) NOT NULL,
  `id_spesialis` int(11) NOT NULL,
  `no_izin_praktek` varchar(20) NOT NULL,
  `golongan_darah` varchar(2) NOT NULL,
  `alumni` varchar(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_gedung_rawat_inap`
--

CREATE TABLE `tbl_gedung_rawat_inap` (
  `kode_gedung_rawat_inap` varchar(20) NOT NULL,
  `nama_gedung` varchar(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_jabatan`
--

CREATE TABLE `tbl_jabatan` (
  `id_jabatan` int(11) NOT NULL,
  `nama_jabatan` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_jadwal_praktek_dokter`
--

CREATE TABLE `tbl_jadwal_praktek_dokter` (
  `id_jadwal` int(11) NOT NULL,
  `kode_dokter` varchar(20) NOT NULL,
  `hari` varchar(13) NOT NULL,
  `jam_mulai` varchar(13) NOT NULL,
  `jam_selesai` varchar(13) NOT NULL,
  `id_poliklinik` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_jenis_bayar`
--

CREATE TABLE `tbl_jenis_bayar` (
  `id_jenis_bayar` int(11) NOT NULL,
  `jenis_bayar` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_jenjang`
--

CREATE TABLE `tbl_jenjang` (
  `kode_jenjang` varchar(10) NOT NULL,
  `nama_jenjang` varchar(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_jenjang_pendidikan`
--

CREATE TABLE `tbl_jenjang_pendidikan` (
  `id_jenjang_pendidikan` int(11) NOT NULL,
  `jenjang_pendidikan` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_kategori_barang`
--

CREATE TABLE `tbl_kategori_barang` (
  `id_kategori_barang` int(11) NOT NULL,
  `nama_kategori` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_kategori_tindakan`
--

CREATE TABLE `tbl_kategori_tindakan` (
  `kode_kategori_tindakan` varchar(6) NOT NULL,
  `kategori_tindakan` varchar(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_menu`
--

CREATE TABLE `tbl_menu` (
  `id_menu` int(11) NOT NULL,
  `title` varchar(50) NOT NULL,
  `url` varchar(30) NOT NULL,
  `icon` varchar(30) NOT NULL,
  `is_main_menu` int(11) NOT NULL,
  `is_aktif` enum('y','n') NOT NULL COMMENT 'y=yes,n=no'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_obat_alkes_bhp`
--

CREATE TABLE `tbl_obat_alkes_bhp` (
  `kode_barang` varchar(250) NOT NULL,
  `nama_barang` varchar(100) NOT NULL,
  `id_kategori_barang` int(11) NOT NULL,
  `id_satuan_barang` int(11) NOT NULL,
  `harga` int(11) NOT NULL,
  `Kadaluwarsa` date NOT NULL,
  `Stok` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_pasien`
--

CREATE TABLE `tbl_pasien` (
  `no_rekamedis` varchar(10) NOT NULL,
  `nama_pasien` varchar(30) NOT NULL,
  `jenis_kelamin` enum('L','P') NOT NULL,
  `golongan_darah` varchar(3) NOT NULL,
  `tempat_lahir` varchar(30) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `nama_ibu` varchar(30) NOT NULL,
  `alamat` text NOT NULL,
  `id_agama` int(11) NOT NULL,
  `status_menikah` int(11) NOT NULL,
  `no_hp` varchar(13) NOT NULL,
  `id_pekerjaan` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_pegawai`
--

CREATE TABLE `tbl_pegawai` (
  `nik` int(20) NOT NULL,
  `nama_pegawai` varchar(50) NOT NULL,
  `jenis_kelamin` enum('L','P') NOT NULL,
  `npwp` varchar(25) NOT NULL,
  `id_jenjang_pendidikan` int(11) NOT NULL,
  `tempat_lahir` varchar(30) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `id_jabatan` int(11) NOT NULL,
  `kode_jenjang` varchar(10) NOT NULL,
  `id_departemen` int(11) NOT NULL,
  `id_bidang` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_pekerjaan`
--

CREATE TABLE `tbl_pekerjaan` (
  `id_pekerjaan` int(11) NOT NULL,
  `nama_pekerjaan` varchar(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_pemeriksaan_laboratorium`
--

CREATE TABLE `tbl_pemeriksaan_laboratorium` (
  `kode_periksa` varchar(6) NOT NULL,
  `nama_periksa` varchar(100) NOT NULL,
  `tarif` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_pendaftaran`
--

CREATE TABLE `tbl_pendaftaran` (
  `no_registrasi` varchar(10) NOT NULL,
  `no_rawat` varchar(18) NOT NULL,
  `no_rekamedis` varchar(6) NOT NULL,
  `cara_masuk` varchar(30) NOT NULL,
  `tanggal_daftar` datetime NOT NULL,
  `kode_dokter_penanggung_jawab` int(11) NOT NULL,
  `id_poli` int(11) NOT NULL,
  `nama_penanggung_jawab` varchar(30) NOT NULL,
  `hubungan_dengan_penanggung_jawab` varchar(30) NOT NULL,
  `alamat_penanggung_jawab` text NOT NULL,
  `id_jenis_bayar` int(11) NOT NULL,
  `asal_rujukan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_pengadaan_detail`
--

CREATE TABLE `tbl_pengadaan_detail` (
  `id_pengadaan` int(11) NOT NULL,
  `kode_barang` varchar(250) NOT NULL,
  `qty` int(11) NOT NULL,
  `no_faktur` varchar(10) NOT NULL,
  `harga` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_pengadaan_obat_alkes_bhp`
--

CREATE TABLE `tbl_pengadaan_obat_alkes_bhp` (
  `no_faktur` varchar(250) NOT NULL,
  `tanggal` date NOT NULL,
  `kode_supplier` varchar(250) NOT NULL,
  `kode_obat` varchar(250) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_penjualan_detail`
--

CREATE TABLE `tbl_penjualan_detail` (
  `id_penjualan` int(11) NOT NULL,
  `kode_barang` varchar(250) NOT NULL,
  `qty` int(11) NOT NULL,
  `no_faktur` varchar(250) NOT NULL,
  `aturan_pemakaian` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_penjualan_obat_alkes_bhp`
--

CREATE TABLE `tbl_penjualan_obat_alkes_bhp` (
  `no_faktur` varchar(250) NOT NULL,
  `tanggal` date NOT NULL,
  `nama_pasien` varchar(50) NOT NULL,
  `aturan_pemakaian` varchar(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_pj_riwayat_tindakan`
--

CREATE TABLE `tbl_pj_riwayat_tindakan` (
  `id` int(11) NOT NULL,
  `id_riwayat_tindakan` int(11) NOT NULL,
  `kode_pj` varchar(20) NOT NULL,
  `keterangan` enum('dokter','petugas','dokter_dan_petugas') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_poliklinik`
--

CREATE TABLE `tbl_poliklinik` (
  `id_poliklinik` int(11) NOT NULL,
  `nama_poliklinik` varchar(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_profil_rumah_sakit`
--

CREATE TABLE `tbl_profil_rumah_sakit` (
  `id` int(11) NOT NULL,
  `nama_rumah_sakit` varchar(50) NOT NULL,
  `alamat` text NOT NULL,
  `propinsi` varchar(30) NOT NULL,
  `kabupaten` varchar(30) NOT NULL,
  `no_telpon` varchar(13) NOT NULL,
  `logo` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_rawat_inap`
--

CREATE TABLE `tbl_rawat_inap` (
  `no_rawat` varchar(18) NOT NULL,
  `tanggal_masuk` datetime NOT NULL,
  `tanggal_keluar` datetime NOT NULL,
  `kode_tempat_tidur` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_riwayat_pemberian_obat`
--

CREATE TABLE `tbl_riwayat_pemberian_obat` (
  `id_riwayat` int(11) NOT NULL,
  `no_rawat` varchar(18) NOT NULL,
  `tanggal` date NOT NULL,
  `kode_barang` varchar(250) NOT NULL,
  `jumlah` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_riwayat_pemeriksaan_laboratorium`
--

CREATE TABLE `tbl_riwayat_pemeriksaan_laboratorium` (
  `id_riwayat` int(11) NOT NULL,
  `no_rawat` varchar(20) NOT NULL,
  `tanggal` date NOT NULL,
  `kode_periksa` varchar(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_riwayat_pemeriksaan_laboratorium_detail`
--

CREATE TABLE `tbl_riwayat_pemeriksaan_laboratorium_detail` (
  `id_riwayat_detail` int(11) NOT NULL,
  `id_riwayat` int(18) NOT NULL,
  `kode_sub_periksa` varchar(6) NOT NULL,
  `hasil` int(11) NOT NULL,
  `keterangan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_riwayat_tindakan`
--

CREATE TABLE `tbl_riwayat_tindakan` (
  `id_riwayat_tindakan` int(11) NOT NULL,
  `kode_tindakan` varchar(6) NOT NULL,
  `no_rawat` varchar(18) NOT NULL,
  `hasil_periksa` varchar(100) NOT NULL,
  `perkembangan` varchar(100) NOT NULL,
  `tanggal` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_ruang_rawat_inap`
--

CREATE TABLE `tbl_ruang_rawat_inap` (
  `kode_ruang_rawat_inap` varchar(30) NOT NULL,
  `kode_gedung_rawat_inap` varchar(30) NOT NULL,
  `nama_ruangan` varchar(35) NOT NULL,
  `kelas` varchar(20) NOT NULL,
  `tarif` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_satuan_barang`
--

CREATE TABLE `tbl_satuan_barang` (
  `id_satuan` int(11) NOT NULL,
  `nama_satuan` varchar(60) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_spesialis`
--

CREATE TABLE `tbl_spesialis` (
  `id_spesialis` int(11) NOT NULL,
  `spesialis` varchar(40) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_status_menikah`
--

CREATE TABLE `tbl_status_menikah` (
  `id_status_menikah` int(11) NOT NULL,
  `status_menikah` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_sub_pemeriksaan_laboratoirum`
--

CREATE TABLE `tbl_sub_pemeriksaan_laboratoirum` (
  `kode_sub_periksa` varchar(6) NOT NULL,
  `kode_periksa` varchar(6) NOT NULL,
  `nama_pemeriksaan` varchar(50) NOT NULL,
  `satuan` varchar(10) NOT NULL,
  `nilai_rujukan` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_supplier`
--

CREATE TABLE `tbl_supplier` (
  `kode_supplier` varchar(250) NOT NULL,
  `nama_supplier` varchar(60) NOT NULL,
  `alamat` text NOT NULL,
  `no_telpon` varchar(13) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_tempat_tidur`
--

CREATE TABLE `tbl_tempat_tidur` (
  `kode_tempat_tidur` varchar(10) NOT NULL,
  `kode_ruang_rawat_inap` varchar(20) NOT NULL,
  `status` enum('kosong','diisi') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_tindakan`
--

CREATE TABLE `tbl_tindakan` (
  `kode_tindakan` varchar(6) NOT NULL,
  `jenis_tindakan` enum('rawat_jalan','rawat_inap','','') NOT NULL,
  `nama_tindakan` varchar(30) NOT NULL,
  `kode_kategori_tindakan` varchar(6) NOT NULL,
  `tarif` int(11) NOT NULL,
  `tindakan_oleh` enum('dokter','petugas','dokter_dan_petugas','') NOT NULL,
  `id_poliklinik` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_user`
--

CREATE TABLE `tbl_user` (
  `id_users` int(11) NOT NULL,
  `full_name` varchar(50) NOT NULL,
  `email` varchar(50) NOT NULL,
  `password` varchar(50) NOT NULL,
  `images` text NOT NULL,
  `id_user_level` int(11) NOT NULL,
  `is_aktif` enum('y','n') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_user_level`
--

CREATE TABLE `tbl_user_level` (
  `id_user_level` int(11) NOT NULL,
  `nama_level` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `auditlabor`
--
ALTER TABLE `auditlabor`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tbl_agama`
--
ALTER TABLE `tbl_agama`
  ADD PRIMARY KEY (`id_agama`);

--
-- Indexes for table `tbl_bidang`
--
ALTER TABLE `tbl_bidang`
  ADD PRIMARY KEY (`id_bidang`);

--
-- Indexes for table `tbl_departemen`
--
ALTER TABLE `tbl_departemen`
  ADD PRIMARY KEY (`id_departemen`);

--
-- Indexes for table `tbl_diagnosa_penyakit`
--
ALTER TABLE `tbl_diagnosa_penyakit`
  ADD PRIMARY KEY (`kode_diagnosa`);

--
-- Indexes for table `tbl_dokter`
--
ALTER TABLE `tbl_dokter`
  ADD PRIMARY KEY (`kode_dokter`),
  ADD KEY `id_agama` (`id_agama`),
  ADD KEY `id_spesialis` (`id_spesialis`),
  ADD KEY `id_status_menikah` (`id_status_menikah`);

--
-- Indexes for table `tbl_gedung_rawat_inap`
--
ALTER TABLE `tbl_gedung_rawat_inap`
  ADD PRIMARY KEY (`kode_gedung_rawat_inap`);

--
-- Indexes for table `tbl_jabatan`
--
ALTER TABLE `tbl_jabatan`
  ADD PRIMARY KEY (`id_jabatan`);

--
-- Indexes for table `tbl_jadwal_praktek_dokter`
--
ALTER TABLE `tbl_jadwal_praktek_dokter`
  ADD PRIMARY KEY (`id_jadwal`),
  ADD KEY `id_poliklinik` (`id_poliklinik`),
  ADD KEY `kode_dokter` (`kode_dokter`);

--
-- Indexes for table `tbl_jenis_bayar`
--
ALTER TABLE `tbl_jenis_bayar`
  ADD PRIMARY KEY (`id_jenis_bayar`);

--
-- Indexes for table `tbl_jenjang`
--
ALTER TABLE `tbl_jenjang`
  ADD PRIMARY KEY (`kode_jenjang`);

--
-- Indexes for table `tbl_jenjang_pendidikan`
--
ALTER TABLE `tbl_jenjang_pendidikan`
  ADD PRIMARY KEY (`id_jenjang_pendidikan`);

--
-- Indexes for table `tbl_kategori_barang`
--
ALTER TABLE `tbl_kategori_barang`
  ADD PRIMARY KEY (`id_kategori_barang`);

--
-- Indexes for table `tbl_kategori_tindakan`
--
ALTER TABLE `tbl_kategori_tindakan`
  ADD PRIMARY KEY (`kode_kategori_tindakan`);

--
-- Indexes for table `tbl_menu`
--
ALTER TABLE `tbl_menu`
  ADD PRIMARY KEY (`id_menu`);

--
-- Indexes for table `tbl_obat_alkes_bhp`
--
ALTER TABLE `tbl_obat_alkes_bhp`
  ADD PRIMARY KEY (`kode_barang`),
  ADD KEY `id_kategori_barang` (`id_kategori_barang`),
  ADD KEY `id_satuan_barang` (`id_satuan_barang`);

--
-- Indexes for table `tbl_pasien`
--
ALTER TABLE `tbl_pasien`
  ADD PRIMARY KEY (`no_rekamedis`),
  ADD KEY `id_agama` (`id_agama`),
  ADD KEY `id_pekerjaan` (`id_pekerjaan`),
  ADD KEY `status_menikah` (`status_menikah`);

--
-- Indexes for table `tbl_pegawai`
--
ALTER TABLE `tbl_pegawai`
  ADD PRIMARY KEY (`nik`),
  ADD KEY `id_bidang` (`id_bidang`),
  ADD KEY `id_departemen` (`id_departemen`),
  ADD KEY `id_jabatan` (`id_jabatan`),
  ADD KEY `id_pendidikan` (`id_jenjang_pendidikan`),
  ADD KEY `kode_jenjang` (`kode_jenjang`);

--
-- Indexes for table `tbl_pekerjaan`
--
ALTER TABLE `tbl_pekerjaan`
  ADD PRIMARY KEY (`id_pekerjaan`);

--
-- Indexes for table `tbl_pemeriksaan_laboratorium`
--
ALTER TABLE `tbl_pemeriksaan_laboratorium`
  ADD PRIMARY KEY (`kode_periksa`);

--
-- Indexes for table `tbl_pendaftaran`
--
ALTER TABLE `tbl_pendaftaran`
  ADD PRIMARY KEY (`no_rawat`),
  ADD KEY `id_jenis_bayar` (`id_jenis_bayar`),
  ADD KEY `id_poli` (`id_poli`),
  ADD KEY `no_rekamedis` (`no_rekamedis`);

--
-- Indexes for table `tbl_pengadaan_detail`
--
ALTER TABLE `tbl_pengadaan_detail`
  ADD PRIMARY KEY (`id_pengadaan`),
  ADD KEY `kode_barang` (`kode_barang`),
  ADD KEY `no_faktur` (`no_faktur`);

--
-- Indexes for table `tbl_pengadaan_obat_alkes_bhp`
--
ALTER TABLE `tbl_pengadaan_obat_alkes_bhp`
  ADD PRIMARY KEY (`no_faktur`),
  ADD KEY `kode_supplier` (`kode_supplier`);

--
-- Indexes for table `tbl_penjualan_detail`
--
ALTER TABLE `tbl_penjualan_detail`
  ADD PRIMARY KEY (`id_penjualan`),
  ADD KEY `kode_barang` (`kode_barang`),
  ADD KEY `no_faktur` (`no_faktur`);

--
-- Indexes for table `tbl_penjualan_obat_alkes_bhp`
--
ALTER TABLE `tbl_penjualan_obat_alkes_bhp`
  ADD PRIMARY KEY (`no_faktur`);

--
-- Indexes for table `tbl_pj_riwayat_tindakan`
--
ALTER TABLE `tbl_pj_riwayat_tindakan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `id_riwayat_tindakan` (`id_riwayat_tindakan`);

--
-- Indexes for table `tbl_poliklinik`
--
ALTER TABLE `tbl_poliklinik`
  ADD PRIMARY KEY (`id_poliklinik`);

--
-- Indexes for table `tbl_profil_rumah_sakit`
--
ALTER TABLE `tbl_profil_rumah_sakit`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `tbl_rawat_inap`
--
ALTER TABLE `tbl_rawat_inap`
  ADD PRIMARY KEY (`no_rawat`),
  ADD KEY `kode_tempat_tidur` (`kode_tempat_tidur`);

--
-- Indexes for table `tbl_riwayat_pemberian_obat`
--
ALTER TABLE `tbl_riwayat_pemberian_obat`
  ADD PRIMARY KEY (`id_riwayat`),
  ADD KEY `kode_barang` (`kode_barang`);

--
-- Indexes for table `tbl_riwayat_pemeriksaan_laboratorium`
--
ALTER TABLE `tbl_riwayat_pemeriksaan_laboratorium`
  ADD PRIMARY KEY (`id_riwayat`),
  ADD KEY `kode_periksa` (`kode_periksa`);

--
-- Indexes for table `tbl_riwayat_pemeriksaan_laboratorium_detail`
--
ALTER TABLE `tbl_riwayat_pemeriksaan_laboratorium_detail`
  ADD PRIMARY KEY (`id_riwayat_detail`),
  ADD KEY `kode_sub_periksa` (`kode_sub_periksa`),
  ADD KEY `id_riwayat` (`id_riwayat`);

--
-- Indexes for table `tbl_riwayat_tindakan`
--
ALTER TABLE `tbl_riwayat_tindakan`
  ADD PRIMARY KEY (`id_riwayat_tindakan`),
  ADD KEY `kode_tindakan` (`kode_tindakan`);

--
-- Indexes for table `tbl_ruang_rawat_inap`
--
ALTER TABLE `tbl_ruang_rawat_inap`
  ADD PRIMARY KEY (`kode_ruang_rawat_inap`),
  ADD KEY `kode_gedung_rawat_inap` (`kode_gedung_rawat_inap`);

--
-- Indexes for table `tbl_satuan_barang`
--
ALTER TABLE `tbl_satuan_barang`
  ADD PRIMARY KEY (`id_satuan`);

--
-- Indexes for table `tbl_spesialis`
--
ALTER TABLE `tbl_spesialis`
  ADD PRIMARY KEY (`id_spesialis`);

--
-- Indexes for table `tbl_status_menikah`
--
ALTER TABLE `tbl_status_menikah`
  ADD PRIMARY KEY (`id_status_menikah`);

--
-- Indexes for table `tbl_sub_pemeriksaan_laboratoirum`
--
ALTER TABLE `tbl_sub_pemeriksaan_laboratoirum`
  ADD PRIMARY KEY (`kode_sub_periksa`),
  ADD KEY `kode_periksa` (`kode_periksa`);

--
-- Indexes for table `tbl_supplier`
--
ALTER TABLE `tbl_supplier`
  ADD PRIMARY KEY (`kode_supplier`);

--
-- Indexes for table `tbl_tempat_tidur`
--
ALTER TABLE `tbl_tempat_tidur`
  ADD PRIMARY KEY (`kode_tempat_tidur`),
  ADD KEY `kode_ruang_rawat_inap` (`kode_ruang_rawat_inap`);

--
-- Indexes for table `tbl_tindakan`
--
ALTER TABLE `tbl_tindakan`
  ADD PRIMARY KEY (`kode_tindakan`),
  ADD KEY `kode_kategori_tindakan` (`kode_kategori_tindakan`),
  ADD KEY `id_poliklinik` (`id_poliklinik`);

--
-- Indexes for table `tbl_user`
--
ALTER TABLE `tbl_user`
  ADD PRIMARY KEY (`id_users`),
  ADD KEY `id_user_level` (`id_user_level`);

--
-- Indexes for table `tbl_user_level`
--
ALTER TABLE `tbl_user_level`
  ADD PRIMARY KEY (`id_user_level`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `auditlabor`
--
ALTER TABLE `auditlabor`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `tbl_agama`
--
ALTER TABLE `tbl_agama`
  MODIFY `id_agama` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `tbl_bidang`
--
ALTER TABLE `tbl_bidang`
  MODIFY `id_bidang` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tbl_departemen`
--
ALTER TABLE `tbl_departemen`
  MODIFY `id_departemen` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tbl_jabatan`
--
ALTER TABLE `tbl_jabatan`
  MODIFY `id_jabatan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tbl_jadwal_praktek_dokter`
--
ALTER TABLE `tbl_jadwal_praktek_dokter`
  MODIFY `id_jadwal` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `tbl_jenis_bayar`
--
ALTER TABLE `tbl_jenis_bayar`
  MODIFY `id_jenis_bayar` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `tbl_jenjang_pendidikan`
--
ALTER TABLE `tbl_jenjang_pendidikan`
  MODIFY `id_jenjang_pendidikan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

--
-- AUTO_INCREMENT for table `tbl_kategori_barang`
--
ALTER TABLE `tbl_kategori_barang`
  MODIFY `id_kategori_barang` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `tbl_menu`
--
ALTER TABLE `tbl_menu`
  MODIFY `id_menu` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=40;

--
-- AUTO_INCREMENT for table `tbl_pekerjaan`
--
ALTER TABLE `tbl_pekerjaan`
  MODIFY `id_pekerjaan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `tbl_pengadaan_detail`
--
ALTER TABLE `tbl_pengadaan_detail`
  MODIFY `id_pengadaan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=98;

--
-- AUTO_INCREMENT for table `tbl_penjualan_detail`
--
ALTER TABLE `tbl_penjualan_detail`
  MODIFY `id_penjualan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=56;

--
-- AUTO_INCREMENT for table `tbl_pj_riwayat_tindakan`
--
ALTER TABLE `tbl_pj_riwayat_tindakan`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `tbl_poliklinik`
--
ALTER TABLE `tbl_poliklinik`
  MODIFY `id_poliklinik` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT for table `tbl_riwayat_pemberian_obat`
--
ALTER TABLE `tbl_riwayat_pemberian_obat`
  MODIFY `id_riwayat` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `tbl_riwayat_pemeriksaan_laboratorium`
--
ALTER TABLE `tbl_riwayat_pemeriksaan_laboratorium`
  MODIFY `id_riwayat` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=25;

--
-- AUTO_INCREMENT for table `tbl_riwayat_pemeriksaan_laboratorium_detail`
--
ALTER TABLE `tbl_riwayat_pemeriksaan_laboratorium_detail`
  MODIFY `id_riwayat_detail` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT for table `tbl_riwayat_tindakan`
--
ALTER TABLE `tbl_riwayat_tindakan`
  MODIFY `id_riwayat_tindakan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=13;

--
-- AUTO_INCREMENT for table `tbl_satuan_barang`
--
ALTER TABLE `tbl_satuan_barang`
  MODIFY `id_satuan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT for table `tbl_spesialis`
--
ALTER TABLE `tbl_spesialis`
  MODIFY `id_spesialis` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT for table `tbl_status_menikah`
--
ALTER TABLE `tbl_status_menikah`
  MODIFY `id_status_menikah` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `tbl_user`
--
ALTER TABLE `tbl_user`
  MODIFY `id_users` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT for table `tbl_user_level`
--
ALTER TABLE `tbl_user_level`
  MODIFY `id_user_level` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `tbl_dokter`
--
ALTER TABLE `tbl_dokter`
  ADD CONSTRAINT `tbl_dokter_ibfk_1` FOREIGN KEY (`id_agama`) REFERENCES `tbl_agama` (`id_agama`),
  ADD CONSTRAINT `tbl_dokter_ibfk_2` FOREIGN KEY (`id_spesialis`) REFERENCES `tbl_spesialis` (`id_spesialis`),
  ADD CONSTRAINT `tbl_dokter_ibfk_3` FOREIGN KEY (`id_status_menikah`) REFERENCES `tbl_status_menikah` (`id_status_menikah`);

--
-- Constraints for table `tbl_obat_alkes_bhp`
--
ALTER TABLE `tbl_obat_alkes_bhp`
  ADD CONSTRAINT `tbl_obat_alkes_bhp_ibfk_1` FOREIGN KEY (`id_kategori_barang`) REFERENCES `tbl_kategori_barang` (`id_kategori_barang`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_obat_alkes_bhp_ibfk_2` FOREIGN KEY (`id_satuan_barang`) REFERENCES `tbl_satuan_barang` (`id_satuan`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `tbl_pasien`
--
ALTER TABLE `tbl_pasien`
  ADD CONSTRAINT `tbl_pasien_ibfk_1` FOREIGN KEY (`id_agama`) REFERENCES `tbl_agama` (`id_agama`),
  ADD CONSTRAINT `tbl_pasien_ibfk_2` FOREIGN KEY (`id_pekerjaan`) REFERENCES `tbl_pekerjaan` (`id_pekerjaan`),
  ADD CONSTRAINT `tbl_pasien_ibfk_3` FOREIGN KEY (`status_menikah`) REFERENCES `tbl_status_menikah` (`id_status_menikah`);

--
-- Constraints for table `tbl_pendaftaran`
--
ALTER TABLE `tbl_pendaftaran`
  ADD CONSTRAINT `tbl_pendaftaran_ibfk_1` FOREIGN KEY (`id_jenis_bayar`) REFERENCES `tbl_jenis_bayar` (`id_jenis_bayar`),
  ADD CONSTRAINT `tbl_pendaftaran_ibfk_2` FOREIGN KEY (`id_poli`) REFERENCES `tbl_poliklinik` (`id_poliklinik`),
  ADD CONSTRAINT `tbl_pendaftaran_ibfk_3` FOREIGN KEY (`no_rekamedis`) REFERENCES `tbl_pasien` (`no_rekamedis`);

--
-- Constraints for table `tbl_pengadaan_detail`
--
ALTER TABLE `tbl_pengadaan_detail`
  ADD CONSTRAINT `tbl_pengadaan_detail_ibfk_1` FOREIGN KEY (`kode_barang`) REFERENCES `tbl_obat_alkes_bhp` (`kode_barang`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `tbl_pengadaan_detail_ibfk_2` FOREIGN KEY (`no_faktur`) REFERENCES `tbl_pengadaan_obat_alkes_bhp` (`no_faktur`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `tbl_pengadaan_obat_alkes_bhp`
--
ALTER TABLE `tbl_pengadaan_obat_alkes_bhp`
  ADD CONSTRAINT `tbl_pengadaan_obat_alkes_bhp_ibfk_1` FOREIGN KEY (`kode_supplier`) REFERENCES `tbl_supplier` (`kode_supplier`);

--
-- Constraints for table `tbl_penjualan_detail`
--
ALTER TABLE `tbl_penjualan_detail`
  ADD CONSTRAINT `tbl_penjualan_detail_ibfk_1` FOREIGN KEY (`kode_barang`) REFERENCES `tbl_obat_alkes_bhp` (`kode_barang`),
  ADD CONSTRAINT `tbl_penjualan_detail_ibfk_2` FOREIGN KEY (`no_faktur`) REFERENCES `tbl_penjualan_obat_alkes_bhp` (`no_faktur`);

--
-- Constraints for table `tbl_pj_riwayat_tindakan`
--
ALTER TABLE `tbl_pj_riwayat_tindakan`
  ADD CONSTRAINT `tbl_pj_riwayat_tindakan_ibfk_1` FOREIGN KEY (`id_riwayat_tindakan`) REFERENCES `tbl_riwayat_tindakan` (`id_riwayat_tindakan`);

--
-- Constraints for table `tbl_rawat_inap`
--
ALTER TABLE `tbl_rawat_inap`
  ADD CONSTRAINT `tbl_rawat_inap_ibfk_1` FOREIGN KEY (`kode_tempat_tidur`) REFERENCES `tbl_tempat_tidur` (`kode_tempat_tidur`);

--
-- Constraints for table `tbl_riwayat_pemberian_obat`
--
ALTER TABLE `tbl_riwayat_pemberian_obat`
  ADD CONSTRAINT `tbl_riwayat_pemberian_obat_ibfk_1` FOREIGN KEY (`kode_barang`) REFERENCES `tbl_obat_alkes_bhp` (`kode_barang`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Constraints for table `tbl_riwayat_pemeriksaan_laboratorium`
--
ALTER TABLE `tbl_riwayat_pemeriksaan_laboratorium`
  ADD CONSTRAINT `tbl_riwayat_pemeriksaan_laboratorium_ibfk_1` FOREIGN KEY (`kode_periksa`) REFERENCES `tbl_pemeriksaan_laboratorium` (`kode_periksa`);

--
-- Constraints for table `tbl_riwayat_pemeriksaan_laboratorium_detail`
--
ALTER TABLE `tbl_riwayat_pemeriksaan_laboratorium_detail`
  ADD CONSTRAINT `tbl_riwayat_pemeriksaan_laboratorium_detail_ibfk_1` FOREIGN KEY (`kode_sub_periksa`) REFERENCES `tbl_sub_pemeriksaan_laboratoirum` (`kode_sub_periksa`),
  ADD CONSTRAINT `tbl_riwayat_pemeriksaan_laboratorium_detail_ibfk_2` FOREIGN KEY (`id_riwayat`) REFERENCES `tbl_riwayat_pemeriksaan_laboratorium` (`id_riwayat`);

--
-- Constraints for table `tbl_riwayat_tindakan`
--
ALTER TABLE `tbl_riwayat_tindakan`
  ADD CONSTRAINT `tbl_riwayat_tindakan_ibfk_1` FOREIGN KEY (`kode_tindakan`) REFERENCES `tbl_tindakan` (`kode_tindakan`);

--
-- Constraints for table `tbl_ruang_rawat_inap`
--
ALTER TABLE `tbl_ruang_rawat_inap`
  ADD CONSTRAINT `tbl_ruang_rawat_inap_ibfk_1` FOREIGN KEY (`kode_gedung_rawat_inap`) REFERENCES `tbl_gedung_rawat_inap` (`kode_gedung_rawat_inap`);

--
-- Constraints for table `tbl_sub_pemeriksaan_laboratoirum`
--
ALTER TABLE `tbl_sub_pemeriksaan_laboratoirum`
  ADD CONSTRAINT `tbl_sub_pemeriksaan_laboratoirum_ibfk_1` FOREIGN KEY (`kode_periksa`) REFERENCES `tbl_pemeriksaan_laboratorium` (`kode_periksa`);

--
-- Constraints for table `tbl_tempat_tidur`
--
ALTER TABLE `tbl_tempat_tidur`
  ADD CONSTRAINT `tbl_tempat_tidur_ibfk_1` FOREIGN KEY (`kode_ruang_rawat_inap`) REFERENCES `tbl_ruang_rawat_inap` (`kode_ruang_rawat_inap`);

--
-- Constraints for table `tbl_tindakan`
--
ALTER TABLE `tbl_tindakan`
  ADD CONSTRAINT `tbl_tindakan_ibfk_1` FOREIGN KEY (`kode_kategori_tindakan`) REFERENCES `tbl_kategori_tindakan` (`kode_kategori_tindakan`),
  ADD CONSTRAINT `tbl_tindakan_ibfk_2` FOREIGN KEY (`id_poliklinik`) REFERENCES `tbl_poliklinik` (`id_poliklinik`);

--
-- Constraints for table `tbl_user`
--
ALTER TABLE `tbl_user`
  ADD CONSTRAINT `tbl_user_ibfk_1` FOREIGN KEY (`id_user_level`) REFERENCES `tbl_user_level` (`id_user_level`);
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
