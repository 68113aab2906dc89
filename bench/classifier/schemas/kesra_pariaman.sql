-- phpMyAdmin SQL Dump
-- version 5.1.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Jan 18, 2023 at 08:14 AM
-- Server version: 10.4.22-MariaDB
-- PHP Version: 7.4.27

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `db_kesra`
--

-- --------------------------------------------------------

--
-- Table structure for table `agenda`
--

CREATE TABLE `agenda` (
  `agenda_id` int(11) NOT NULL,
  `agenda_title` varchar(255) DEFAULT NULL,
  `agenda_waktu` varchar(50) DEFAULT NULL,
  `agenda_tempat` varchar(50) DEFAULT NULL,
  `agenda_pukul` varchar(10) DEFAULT NULL,
  `agenda_penjelasan` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `atribut_puskesmas`
--

CREATE TABLE `atribut_puskesmas` (
  `id_atribut` int(11) NOT NULL,
  `jenis_atribut` varchar(100) NOT NULL,
  `nama_atribut` varchar(200) NOT NULL,
  `dekripsi_atribut` text NOT NULL,
  `gambar_atribut` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `badan`
--

CREATE TABLE `badan` (
  `badan_id` int(11) NOT NULL,
  `badan_nama` varchar(200) DEFAULT NULL,
  `badan_jabatan` varchar(200) DEFAULT NULL,
  `badan_kategori_id` int(11) DEFAULT NULL,
  `badan_image` varchar(100) DEFAULT NULL,
  `badan_ttl` varchar(255) DEFAULT NULL,
  `badan_agama` int(2) DEFAULT NULL,
  `badan_suamiistri` varchar(255) DEFAULT NULL,
  `badan_anak` varchar(255) DEFAULT NULL,
  `badan_alamat` longtext DEFAULT NULL,
  `badan_pengalaman_organisasi` longtext DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `bagian_upt`
--

CREATE TABLE `bagian_upt` (
  `bagupt_id` int(11) NOT NULL,
  `bagupt_nama` varchar(200) NOT NULL,
  `bagupt_deskripsi` text NOT NULL,
  `bagupt_logoicon` varchar(300) NOT NULL,
  `bagupt_layout` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `data_instansi`
--

CREATE TABLE `data_instansi` (
  `id` int(11) NOT NULL,
  `nama_upt` varchar(100) NOT NULL,
  `alamat_upt` text NOT NULL,
  `telp` varchar(15) NOT NULL,
  `no_wa` varchar(15) NOT NULL,
  `email` varchar(100) NOT NULL,
  `website` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `desa`
--

CREATE TABLE `desa` (
  `desa_id` int(11) NOT NULL,
  `nama_desa` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `kd_desa` int(4) DEFAULT NULL,
  `id_kecamatan` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `fraksi`
--

CREATE TABLE `fraksi` (
  `fraksi_id` int(11) NOT NULL,
  `fraksi_nama` varchar(200) DEFAULT NULL,
  `fraksi_jabatan` varchar(200) DEFAULT NULL,
  `fraksi_kategori_id` int(11) DEFAULT NULL,
  `fraksi_image` varchar(100) DEFAULT NULL,
  `fraksi_ttl` varchar(255) DEFAULT NULL,
  `fraksi_agama` int(2) DEFAULT NULL,
  `fraksi_suamiistri` varchar(255) DEFAULT NULL,
  `fraksi_anak` varchar(255) DEFAULT NULL,
  `fraksi_alamat` longtext DEFAULT NULL,
  `fraksi_pengalaman_organisasi` longtext DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `galeri`
--

CREATE TABLE `galeri` (
  `galeri_id` int(11) NOT NULL,
  `galeri_title` varchar(100) DEFAULT NULL,
  `galeri_image` varchar(255) DEFAULT NULL,
  `galeri_desc` text DEFAULT NULL,
  `galeri_date` datetime DEFAULT NULL,
  `galeri_status` int(1) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `kategori`
--

CREATE TABLE `kategori` (
  `kategori_id` int(11) NOT NULL,
  `kategori_nama` varchar(100) NOT NULL,
  `kategori_status` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `kategori_badan`
--

CREATE TABLE `kategori_badan` (
  `badan_kategori_id` int(11) NOT NULL,
  `badan_kategori` varchar(200) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `kategori_berita`
--

CREATE TABLE `kategori_berita` (
  `kategori_id` int(11) NOT NULL,
  `kategori_name` varchar(30) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `kategori_fraksi`
--

CREATE TABLE `kategori_fraksi` (
  `fraksi_kategori_id` int(11) NOT NULL,
  `fraksi_kat` varchar(100) DEFAULT NULL,
  `fraksi_status` int(2) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `kategori_komisi`
--

CREATE TABLE `kategori_komisi` (
  `komisi_kategori_id` int(11) NOT NULL,
  `komisi_kategori` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `kecamatan`
--

CREATE TABLE `kecamatan` (
  `kecamatan_id` int(11) NOT NULL,
  `nama_kec` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `kd_kecamatan` int(2) DEFAULT NULL,
  `id_kota` int(11) DEFAULT NULL,
  `alamat` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `index` varchar(128) COLLATE utf8_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `komisi`
--

CREATE TABLE `komisi` (
  `komisi_id` int(11) NOT NULL,
  `komisi_nama` varchar(200) DEFAULT NULL,
  `komisi_jabatan` varchar(200) DEFAULT NULL,
  `komisi_kategori_id` int(11) DEFAULT NULL,
  `komisi_image` varchar(100) DEFAULT NULL,
  `komisi_ttl` varchar(255) DEFAULT NULL,
  `komisi_agama` int(2) DEFAULT NULL,
  `komisi_suamiistri` varchar(255) DEFAULT NULL,
  `komisi_anak` varchar(255) DEFAULT NULL,
  `komisi_alamat` longtext DEFAULT NULL,
  `komisi_pengalaman_organisasi` longtext DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `master_juz`
--

CREATE TABLE `master_juz` (
  `juz_id` int(11) NOT NULL,
  `juz_nama` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `master_mda`
--

CREATE TABLE `master_mda` (
  `mda_id` int(11) NOT NULL,
  `mda_nama` varchar(50) DEFAULT NULL,
  `mda_alamat` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `master_sekolah`
--

CREATE TABLE `master_sekolah` (
  `sekolah_id` int(11) NOT NULL,
  `sekolah_nama` varchar(100) DEFAULT NULL,
  `sekolah_alamat` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `media_social`
--

CREATE TABLE `media_social` (
  `sosmed_id` int(11) NOT NULL,
  `sosmed_icon` varchar(250) NOT NULL,
  `sosmed_url` varchar(250) NOT NULL,
  `sosmed_status` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `menu`
--

CREATE TABLE `menu` (
  `menu_id` int(11) NOT NULL,
  `menu_parent` int(11) DEFAULT NULL,
  `menu_nama` varchar(100) NOT NULL,
  `menu_sorter` int(11) DEFAULT NULL,
  `menu_url` varchar(250) NOT NULL,
  `menu_status` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `menu_managemen`
--

CREATE TABLE `menu_managemen` (
  `menu_id` int(11) NOT NULL,
  `menu_parent` int(11) DEFAULT 0,
  `menu_nama` varchar(200) NOT NULL,
  `menu_type` varchar(30) NOT NULL,
  `menu_item` varchar(255) NOT NULL,
  `menu_order` int(11) NOT NULL,
  `menu_status` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `migration`
--

CREATE TABLE `migration` (
  `version` varchar(180) NOT NULL,
  `apply_time` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `pasutri`
--

CREATE TABLE `pasutri` (
  `pasutri_id` int(11) NOT NULL,
  `pasutri_nama` varchar(50) DEFAULT NULL,
  `pasutri_ttl` varchar(100) DEFAULT NULL,
  `pasutri_pendidikan` varchar(50) DEFAULT NULL,
  `pasutri_pekerjaan` varchar(100) DEFAULT NULL,
  `pasutri_alamat` text DEFAULT NULL,
  `pasutri_suami` varchar(50) DEFAULT NULL,
  `pasutri_ttlsuami` varchar(100) DEFAULT NULL,
  `pasutri_pendidikansuami` varchar(50) DEFAULT NULL,
  `pasutri_alamatsuami` text DEFAULT NULL,
  `pasutri_tglnikah` date DEFAULT NULL,
  `pasutri_pesta` date DEFAULT NULL,
  `pasutri_fotosuami` varchar(255) DEFAULT NULL,
  `pasutri_alamatnikah` text DEFAULT NULL,
  `pasutri_istri_nik` varchar(16) NOT NULL,
  `pasutri_suami_nik` varchar(16) NOT NULL,
  `pasutri_istri_usia` int(2) NOT NULL,
  `pasutri_suami_usia` int(2) NOT NULL,
  `pasutri_istri_nomorhp` varchar(12) NOT NULL,
  `pasutri_suami_nomor_hp` varchar(12) NOT NULL,
  `pasutri_istri_statuskawin` varchar(20) NOT NULL,
  `pasutri_suami_statuskawin` varchar(20) NOT NULL,
  `pasutri_istri_bacaalquran` varchar(20) NOT NULL,
  `pasutri_suami_bacaalquran` varchar(20) NOT NULL,
  `pasutri_fotoistri` varchar(255) NOT NULL,
  `pasutri_suami_pekerjaan` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `penasehat`
--

CREATE TABLE `penasehat` (
  `penasehat_id` int(11) NOT NULL,
  `penasehat_nama` varchar(50) NOT NULL,
  `pasutri_id` int(11) NOT NULL,
  `penasehat_tanggaldimulai` date NOT NULL,
  `penasehat_keckua` varchar(20) NOT NULL,
  `penasehat_keterangan` text NOT NULL,
  `penasehat_predikat` varchar(20) NOT NULL,
  `penasehat_tanggalselesai` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `pimpinan_dewan`
--

CREATE TABLE `pimpinan_dewan` (
  `pimpinan_id` int(11) NOT NULL,
  `pimpinan_image` varchar(255) DEFAULT NULL,
  `pimpinan_ttl` varchar(200) DEFAULT NULL,
  `pimpinan_agama` int(2) DEFAULT NULL,
  `pimpinan_suamiistri` varchar(100) DEFAULT NULL,
  `pimpinan_anak` varchar(100) DEFAULT NULL,
  `pimpinan_alamat` longtext DEFAULT NULL,
  `pimpinan_pengalaman_organisasi` longtext DEFAULT NULL,
  `pimpinan_nama` varchar(50) DEFAULT NULL,
  `pimpinan_jabatan` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `posting`
--

CREATE TABLE `posting` (
  `posting_id` int(11) NOT NULL,
  `homepage_kategori` int(11) NOT NULL,
  `posting_category` int(11) NOT NULL DEFAULT 0,
  `posting_menu` int(11) NOT NULL,
  `posting_judul` varchar(255) NOT NULL,
  `posting_icon` varchar(255) DEFAULT NULL,
  `posting_image_utama` varchar(255) DEFAULT NULL,
  `posting_deskripsi` text NOT NULL,
  `posting_status` int(11) NOT NULL,
  `posting_layout` int(11) NOT NULL,
  `create_at` datetime NOT NULL,
  `update_at` datetime DEFAULT NULL,
  `create_by` int(11) NOT NULL,
  `update_by` int(11) DEFAULT NULL,
  `trans_ip` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `posting_kategori`
--

CREATE TABLE `posting_kategori` (
  `id_kategori` int(11) NOT NULL,
  `nama_kategori` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `profile`
--

CREATE TABLE `profile` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `full_name` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `nim` varchar(20) COLLATE utf8_unicode_ci NOT NULL,
  `kode_jurusan` varchar(11) COLLATE utf8_unicode_ci NOT NULL,
  `timezone` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `role`
--

CREATE TABLE `role` (
  `id` int(11) NOT NULL,
  `name` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `can_admin` smallint(6) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `sarana_prasarana`
--

CREATE TABLE `sarana_prasarana` (
  `id_sarana` int(11) NOT NULL,
  `nama_sarana` varchar(100) NOT NULL,
  `deskripsi` varchar(255) NOT NULL,
  `gambar_sarana` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `siswa`
--

CREATE TABLE `siswa` (
  `siswa_id` int(11) NOT NULL,
  `sekolah_id` int(11) DEFAULT NULL,
  `mda_id` int(11) DEFAULT NULL,
  `kecamatan_id` int(11) DEFAULT NULL,
  `siswa_nama` varchar(50) DEFAULT NULL,
  `siswa_kelas` varchar(10) DEFAULT NULL,
  `siswa_juz` int(11) DEFAULT NULL,
  `siswa_namaayah` varchar(50) DEFAULT NULL,
  `siswa_namaibu` varchar(50) DEFAULT NULL,
  `siswa_alamat` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `slider`
--

CREATE TABLE `slider` (
  `slider_id` int(11) NOT NULL,
  `slider_image` varchar(255) NOT NULL,
  `slider_title` varchar(200) NOT NULL,
  `slider_h1` varchar(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `statis_page`
--

CREATE TABLE `statis_page` (
  `id_page` int(11) NOT NULL,
  `nama_page` varchar(50) NOT NULL,
  `url_page` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `survei_detail`
--

CREATE TABLE `survei_detail` (
  `kode_survei_detail` int(11) NOT NULL,
  `kode_survei` varchar(5) NOT NULL,
  `nama_survei_detail` varchar(255) NOT NULL,
  `jenis_input` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `survei_ikm`
--

CREATE TABLE `survei_ikm` (
  `id_ikm` int(11) NOT NULL,
  `nama_surveyer` varchar(100) NOT NULL,
  `umur_surveyer` tinyint(2) NOT NULL,
  `alamat_surveyer` varchar(255) NOT NULL,
  `pedidikan` varchar(10) NOT NULL,
  `pekerjaan` varchar(10) NOT NULL,
  `create_at` datetime DEFAULT NULL,
  `update_at` datetime DEFAULT NULL,
  `create_by` int(11) DEFAULT NULL,
  `update_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `survei_ikm_detail`
--

CREATE TABLE `survei_ikm_detail` (
  `id_detail` int(11) NOT NULL,
  `id_ikm` int(11) NOT NULL,
  `kode_survei_detail` varchar(255) NOT NULL,
  `nilai_survei_detail` int(11) DEFAULT NULL,
  `create_at` datetime DEFAULT NULL,
  `update_at` datetime DEFAULT NULL,
  `create_by` int(11) DEFAULT NULL,
  `update_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `survei_kategori`
--

CREATE TABLE `survei_kategori` (
  `kode_survei` varchar(5) NOT NULL,
  `nama_survei` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `survei_setting_detail`
--

CREATE TABLE `survei_setting_detail` (
  `id_survei` int(11) NOT NULL,
  `kode_survei` varchar(5) NOT NULL,
  `kode_survei_detail` varchar(255) NOT NULL,
  `nama_settingsurveidetail` varchar(100) NOT NULL,
  `nilai_surveidetail` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `tb_berita`
--

CREATE TABLE `tb_berita` (
  `berita_id` int(11) NOT NULL,
  `berita_foto` text COLLATE utf8_unicode_ci NOT NULL,
  `berita_judul` text COLLATE utf8_unicode_ci NOT NULL,
  `berita_isi` text COLLATE utf8_unicode_ci NOT NULL,
  `berita_tanggal` date NOT NULL DEFAULT current_timestamp(),
  `berita_status` smallint(3) NOT NULL,
  `kategori_id` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `t_setting`
--

CREATE TABLE `t_setting` (
  `no_urut` int(11) NOT NULL,
  `grup_setting` varchar(150) NOT NULL,
  `nama_setting` varchar(50) NOT NULL,
  `nilai_setting` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `unggah_file`
--

CREATE TABLE `unggah_file` (
  `id_unggah` int(11) NOT NULL,
  `jenis_unggah` varchar(30) NOT NULL,
  `nama_unggah` varchar(100) NOT NULL,
  `keterangan_unggah` text DEFAULT NULL,
  `lokasi_unggah` varchar(255) DEFAULT NULL,
  `alamat_url` varchar(255) DEFAULT NULL,
  `tanggal_unggah` date NOT NULL,
  `unggah_oleh` int(11) NOT NULL,
  `status_unggah` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `user`
--

CREATE TABLE `user` (
  `id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  `status` smallint(6) NOT NULL,
  `email` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `username` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `password` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `auth_key` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `access_token` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `logged_in_ip` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `logged_in_at` timestamp NULL DEFAULT NULL,
  `created_ip` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `banned_at` timestamp NULL DEFAULT NULL,
  `banned_reason` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `user_auth`
--

CREATE TABLE `user_auth` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `provider` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `provider_id` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `provider_attributes` text COLLATE utf8_unicode_ci NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- --------------------------------------------------------

--
-- Table structure for table `user_token`
--

CREATE TABLE `user_token` (
  `id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `type` smallint(6) NOT NULL,
  `token` varchar(255) COLLATE utf8_unicode_ci NOT NULL,
  `data` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `expired_at` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `agenda`
--
ALTER TABLE `agenda`
  ADD PRIMARY KEY (`agenda_id`);

--
-- Indexes for table `atribut_puskesmas`
--
ALTER TABLE `atribut_puskesmas`
  ADD PRIMARY KEY (`id_atribut`);

--
-- Indexes for table `badan`
--
ALTER TABLE `badan`
  ADD PRIMARY KEY (`badan_id`);

--
-- Indexes for table `bagian_upt`
--
ALTER TABLE `bagian_upt`
  ADD PRIMARY KEY (`bagupt_id`);

--
-- Indexes for table `data_instansi`
--
ALTER TABLE `data_instansi`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `desa`
--
ALTER TABLE `desa`
  ADD PRIMARY KEY (`desa_id`);

--
-- Indexes for table `fraksi`
--
ALTER TABLE `fraksi`
  ADD PRIMARY KEY (`fraksi_id`);

--
-- Indexes for table `galeri`
--
ALTER TABLE `galeri`
  ADD PRIMARY KEY (`galeri_id`);

--
-- Indexes for table `kategori`
--
ALTER TABLE `kategori`
  ADD PRIMARY KEY (`kategori_id`);

--
-- Indexes for table `kategori_badan`
--
ALTER TABLE `kategori_badan`
  ADD PRIMARY KEY (`badan_kategori_id`);

--
-- Indexes for table `kategori_berita`
--
ALTER TABLE `kategori_berita`
  ADD PRIMARY KEY (`kategori_id`);

--
-- Indexes for table `kategori_fraksi`
--
ALTER TABLE `kategori_fraksi`
  ADD PRIMARY KEY (`fraksi_kategori_id`);

--
-- Indexes for table `kategori_komisi`
--
ALTER TABLE `kategori_komisi`
  ADD PRIMARY KEY (`komisi_kategori_id`);

--
-- Indexes for table `kecamatan`
--
ALTER TABLE `kecamatan`
  ADD PRIMARY KEY (`kecamatan_id`);

--
-- Indexes for table `komisi`
--
ALTER TABLE `komisi`
  ADD PRIMARY KEY (`komisi_id`);

--
-- Indexes for table `master_juz`
--
ALTER TABLE `master_juz`
  ADD PRIMARY KEY (`juz_id`);

--
-- Indexes for table `master_mda`
--
ALTER TABLE `master_mda`
  ADD PRIMARY KEY (`mda_id`);

--
-- Indexes for table `master_sekolah`
--
ALTER TABLE `master_sekolah`
  ADD PRIMARY KEY (`sekolah_id`);

--
-- Indexes for table `media_social`
--
ALTER TABLE `media_social`
  ADD PRIMARY KEY (`sosmed_id`);

--
-- Indexes for table `menu`
--
ALTER TABLE `menu`
  ADD PRIMARY KEY (`menu_id`);

--
-- Indexes for table `menu_managemen`
--
ALTER TABLE `menu_managemen`
  ADD PRIMARY KEY (`menu_id`);

--
-- Indexes for table `migration`
--
ALTER TABLE `migration`
  ADD PRIMARY KEY (`version`);

--
-- Indexes for table `pasutri`
--
ALTER TABLE `pasutri`
  ADD PRIMARY KEY (`pasutri_id`);

--
-- Indexes for table `penasehat`
--
ALTER TABLE `penasehat`
  ADD PRIMARY KEY (`penasehat_id`);

--
-- Indexes for table `pimpinan_dewan`
--
ALTER TABLE `pimpinan_dewan`
  ADD PRIMARY KEY (`pimpinan_id`);

--
-- Indexes for table `posting`
--
ALTER TABLE `posting`
  ADD PRIMARY KEY (`posting_id`);

--
-- Indexes for table `posting_kategori`
--
ALTER TABLE `posting_kategori`
  ADD PRIMARY KEY (`id_kategori`);

--
-- Indexes for table `profile`
--
ALTER TABLE `profile`
  ADD PRIMARY KEY (`id`),
  ADD KEY `profile_user_id` (`user_id`);

--
-- Indexes for table `role`
--
ALTER TABLE `role`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `sarana_prasarana`
--
ALTER TABLE `sarana_prasarana`
  ADD PRIMARY KEY (`id_sarana`);

--
-- Indexes for table `siswa`
--
ALTER TABLE `siswa`
  ADD PRIMARY KEY (`siswa_id`);

--
-- Indexes for table `slider`
--
ALTER TABLE `slider`
  ADD PRIMARY KEY (`slider_id`);

--
-- Indexes for table `statis_page`
--
ALTER TABLE `statis_page`
  ADD PRIMARY KEY (`id_page`);

--
-- Indexes for table `survei_detail`
--
ALTER TABLE `survei_detail`
  ADD PRIMARY KEY (`kode_survei_detail`);

--
-- Indexes for table `survei_ikm`
--
ALTER TABLE `survei_ikm`
  ADD PRIMARY KEY (`id_ikm`);

--
-- Indexes for table `survei_ikm_detail`
--
ALTER TABLE `survei_ikm_detail`
  ADD PRIMARY KEY (`id_detail`),
  ADD KEY `id_ikm` (`id_ikm`);

--
-- Indexes for table `survei_kategori`
--
ALTER TABLE `survei_kategori`
  ADD PRIMARY KEY (`kode_survei`);

--
-- Indexes for table `survei_setting_detail`
--
ALTER TABLE `survei_setting_detail`
  ADD PRIMARY KEY (`id_survei`);

--
-- Indexes for table `tb_berita`
--
ALTER TABLE `tb_berita`
  ADD PRIMARY KEY (`berita_id`);

--
-- Indexes for table `t_setting`
--
ALTER TABLE `t_setting`
  ADD PRIMARY KEY (`nama_setting`);

--
-- Indexes for table `unggah_file`
--
ALTER TABLE `unggah_file`
  ADD PRIMARY KEY (`id_unggah`);

--
-- Indexes for table `user`
--
ALTER TABLE `user`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `user_email` (`email`),
  ADD UNIQUE KEY `user_username` (`username`),
  ADD KEY `user_role_id` (`role_id`);

--
-- Indexes for table `user_auth`
--
ALTER TABLE `user_auth`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_auth_provider_id` (`provider_id`),
  ADD KEY `user_auth_user_id` (`user_id`);

--
-- Indexes for table `user_token`
--
ALTER TABLE `user_token`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `user_token_token` (`token`),
  ADD KEY `user_token_user_id` (`user_id`);

--
-- AUTO_INCREMENT for dumped tables
--

--
-- AUTO_INCREMENT for table `agenda`
--
ALTER TABLE `agenda`
  MODIFY `agenda_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=10;

--
-- AUTO_INCREMENT for table `atribut_puskesmas`
--
ALTER TABLE `atribut_puskesmas`
  MODIFY `id_atribut` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `badan`
--
ALTER TABLE `badan`
  MODIFY `badan_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `bagian_upt`
--
ALTER TABLE `bagian_upt`
  MODIFY `bagupt_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `data_instansi`
--
ALTER TABLE `data_instansi`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `fraksi`
--
ALTER TABLE `fraksi`
  MODIFY `fraksi_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `galeri`
--
ALTER TABLE `galeri`
  MODIFY `galeri_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `kategori_badan`
--
ALTER TABLE `kategori_badan`
  MODIFY `badan_kategori_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `kategori_berita`
--
ALTER TABLE `kategori_berita`
  MODIFY `kategori_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT for table `kategori_fraksi`
--
ALTER TABLE `kategori_fraksi`
  MODIFY `fraksi_kategori_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=10;

--
-- AUTO_INCREMENT for table `kategori_komisi`
--
ALTER TABLE `kategori_komisi`
  MODIFY `komisi_kategori_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT for table `komisi`
--
ALTER TABLE `komisi`
  MODIFY `komisi_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `master_juz`
--
ALTER TABLE `master_juz`
  MODIFY `juz_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `master_mda`
--
ALTER TABLE `master_mda`
  MODIFY `mda_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `master_sekolah`
--
ALTER TABLE `master_sekolah`
  MODIFY `sekolah_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `media_social`
--
ALTER TABLE `media_social`
  MODIFY `sosmed_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

--
-- AUTO_INCREMENT for table `menu`
--
ALTER TABLE `menu`
  MODIFY `menu_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=20;

--
-- AUTO_INCREMENT for table `menu_managemen`
--
ALTER TABLE `menu_managemen`
  MODIFY `menu_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=23;

--
-- AUTO_INCREMENT for table `pasutri`
--
ALTER TABLE `pasutri`
  MODIFY `pasutri_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `penasehat`
--
ALTER TABLE `penasehat`
  MODIFY `penasehat_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `pimpinan_dewan`
--
ALTER TABLE `pimpinan_dewan`
  MODIFY `pimpinan_id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `posting`
--
ALTER TABLE `posting`
  MODIFY `posting_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=48;

--
-- AUTO_INCREMENT for table `posting_kategori`
--
ALTER TABLE `posting_kategori`
  MODIFY `id_kategori` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT for table `profile`
--
ALTER TABLE `profile`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=24;

--
-- AUTO_INCREMENT for table `role`
--
ALTER TABLE `role`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `sarana_prasarana`
--
ALTER TABLE `sarana_prasarana`
  MODIFY `id_sarana` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `siswa`
--
ALTER TABLE `siswa`
  MODIFY `siswa_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `slider`
--
ALTER TABLE `slider`
  MODIFY `slider_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=11;

--
-- AUTO_INCREMENT for table `statis_page`
--
ALTER TABLE `statis_page`
  MODIFY `id_page` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT for table `survei_detail`
--
ALTER TABLE `survei_detail`
  MODIFY `kode_survei_detail` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `survei_ikm`
--
ALTER TABLE `survei_ikm`
  MODIFY `id_ikm` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT for table `survei_ikm_detail`
--
ALTER TABLE `survei_ikm_detail`
  MODIFY `id_detail` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT for table `survei_setting_detail`
--
ALTER TABLE `survei_setting_detail`
  MODIFY `id_survei` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=14;

--
-- AUTO_INCREMENT for table `tb_berita`
--
ALTER TABLE `tb_berita`
  MODIFY `berita_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=11;

--
-- AUTO_INCREMENT for table `unggah_file`
--
ALTER TABLE `unggah_file`
  MODIFY `id_unggah` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT for table `user`
--
ALTER TABLE `user`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=24;

--
-- AUTO_INCREMENT for table `user_auth`
--
ALTER TABLE `user_auth`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT for table `user_token`
--
ALTER TABLE `user_token`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- Constraints for dumped tables
--

--
-- Constraints for table `profile`
--
ALTER TABLE `profile`
  ADD CONSTRAINT `profile_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);

--
-- Constraints for table `user`
--
ALTER TABLE `user`
  ADD CONSTRAINT `user_role_id` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`);

--
-- Constraints for table `user_auth`
--
ALTER TABLE `user_auth`
  ADD CONSTRAINT `user_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);

--
-- Constraints for table `user_token`
--
ALTER TABLE `user_token`
  ADD CONSTRAINT `user_token_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`);
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
