-- phpMyAdmin SQL Dump
-- version 5.0.2
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Jul 29, 2022 at 02:03 PM
-- Server version: 10.4.14-MariaDB
-- PHP Version: 7.4.10

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `projectgizi`
--

-- --------------------------------------------------------

--
-- Table structure for table `asessment`
--

CREATE TABLE `asessment` (
  `id_asessment` int(5) NOT NULL,
  `asessment` varchar(400) NOT NULL,
  `form_type` enum('text','number','date','select','radio','checkbox','file') NOT NULL DEFAULT 'text',
  `custom_value` text DEFAULT NULL,
  `nama_field` varchar(50) NOT NULL,
  `is_required` tinyint(1) NOT NULL DEFAULT 1,
  `is_readonly` tinyint(1) NOT NULL DEFAULT 0,
  `function_method` varchar(30) DEFAULT NULL,
  `id_asessment_kategori` int(3) NOT NULL DEFAULT 1,
  `is_aktif` tinyint(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `asessment_kategori`
--

CREATE TABLE `asessment_kategori` (
  `id_asessment_kategori` int(3) NOT NULL,
  `asessment_kategori` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `berita`
--

CREATE TABLE `berita` (
  `id_berita` int(11) NOT NULL,
  `thumbnail` varchar(300) NOT NULL,
  `judul` varchar(150) NOT NULL,
  `isi` mediumtext DEFAULT NULL,
  `id_kategori_berita` int(3) NOT NULL,
  `slug` text NOT NULL,
  `dilihat` int(7) NOT NULL DEFAULT 0,
  `is_publish` enum('0','1') NOT NULL DEFAULT '1',
  `tanggal` date DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_by` int(11) NOT NULL,
  `updated_at` datetime DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `data_soal`
--

CREATE TABLE `data_soal` (
  `id_data_soal` int(11) NOT NULL,
  `id_soal` int(11) DEFAULT NULL,
  `no_soal` int(11) DEFAULT NULL,
  `isi_soal` varchar(500) CHARACTER SET latin1 DEFAULT NULL,
  `jawaban_a` varchar(300) CHARACTER SET latin1 DEFAULT NULL,
  `jawaban_b` varchar(300) CHARACTER SET latin1 DEFAULT NULL,
  `jawaban_c` varchar(300) CHARACTER SET latin1 DEFAULT NULL,
  `jawaban_d` varchar(300) CHARACTER SET latin1 DEFAULT NULL,
  `jawaban_e` varchar(300) CHARACTER SET latin1 DEFAULT NULL,
  `soal_gambar` varchar(400) CHARACTER SET latin1 DEFAULT NULL,
  `nilai_a` int(11) DEFAULT NULL,
  `nilai_b` int(11) DEFAULT NULL,
  `nilai_c` int(11) DEFAULT NULL,
  `nilai_d` int(11) DEFAULT NULL,
  `nilai_e` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `detailkonsultasi`
--

CREATE TABLE `detailkonsultasi` (
  `id_detail` int(11) NOT NULL,
  `transaction_id` varchar(255) NOT NULL,
  `id_pasien` int(3) NOT NULL,
  `id_platform` varchar(20) NOT NULL,
  `berat_badan` varchar(20) NOT NULL,
  `tinggi_badan` varchar(20) NOT NULL,
  `gda` varchar(20) NOT NULL,
  `kreatin_serum` varchar(20) NOT NULL,
  `sgot` varchar(20) NOT NULL,
  `sgpt` varchar(20) NOT NULL,
  `albumin` varchar(20) NOT NULL,
  `hb` varchar(20) NOT NULL,
  `lain_lain` varchar(20) NOT NULL,
  `tensi_darah` varchar(20) NOT NULL,
  `oedema` varchar(20) NOT NULL,
  `keadaan_umum` varchar(20) NOT NULL,
  `mual` varchar(20) NOT NULL,
  `muntah` varchar(20) NOT NULL,
  `diare` varchar(20) NOT NULL,
  `nafsu_makan` varchar(20) NOT NULL,
  `kesulitan_mengunyah` varchar(20) NOT NULL,
  `alergi_makan` varchar(20) NOT NULL,
  `jika_alergi` varchar(20) NOT NULL,
  `pola_makan_sehari` varchar(20) NOT NULL,
  `pekerjaan` varchar(20) NOT NULL,
  `agama` varchar(20) NOT NULL,
  `pendidikan` varchar(20) NOT NULL,
  `merokok` varchar(20) NOT NULL,
  `riwayat_sakit_keluarga` varchar(20) NOT NULL,
  `riwayat_sakit_dahulu` varchar(20) NOT NULL,
  `konsumsi_obat` varchar(20) NOT NULL,
  `obat_apa` varchar(20) NOT NULL,
  `olahraga` varchar(20) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `date` date DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `duitku`
--

CREATE TABLE `duitku` (
  `merchant_code` varchar(50) DEFAULT NULL,
  `project_api_key` varchar(255) DEFAULT NULL,
  `sandbox` enum('0','1') NOT NULL DEFAULT '1',
  `durasi_payment` char(4) NOT NULL DEFAULT '1440',
  `tipe_durasi` enum('days','hours','minutes') NOT NULL DEFAULT 'minutes'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `file_uploader`
--

CREATE TABLE `file_uploader` (
  `id_file` int(11) NOT NULL,
  `file` varchar(400) DEFAULT NULL,
  `type_file` varchar(50) DEFAULT NULL,
  `size_file` varchar(10) DEFAULT NULL,
  `is_private` enum('private','public') NOT NULL,
  `didownload` int(11) NOT NULL DEFAULT 0,
  `created_by` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `gateway`
--

CREATE TABLE `gateway` (
  `id_gateway` int(3) NOT NULL,
  `gateway` varchar(100) NOT NULL,
  `gambar` text DEFAULT NULL,
  `link` text DEFAULT NULL,
  `tipe_gateway` enum('ewallet','credit_card','qrcode','bank','echannel','manual') NOT NULL DEFAULT 'ewallet',
  `kode` varchar(100) DEFAULT NULL,
  `is_aktif` enum('0','1') NOT NULL DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `hak_akses`
--

CREATE TABLE `hak_akses` (
  `id_akses` int(3) NOT NULL,
  `id_level` int(2) NOT NULL,
  `id_menu` text DEFAULT NULL,
  `id_detail` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `icons`
--

CREATE TABLE `icons` (
  `id_icon` int(5) NOT NULL,
  `icon` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `info_mail`
--

CREATE TABLE `info_mail` (
  `id_mail` int(2) NOT NULL,
  `protocol` char(10) NOT NULL,
  `smtp_host` varchar(100) NOT NULL,
  `smtp_port` char(5) NOT NULL,
  `smtp_user` varchar(150) NOT NULL,
  `smtp_pass` varchar(150) NOT NULL,
  `charset` char(10) NOT NULL,
  `mailtype` char(10) NOT NULL,
  `newline` char(10) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `info_sistem`
--

CREATE TABLE `info_sistem` (
  `id_info` int(3) NOT NULL,
  `title_header` varchar(30) DEFAULT NULL,
  `title_footer` varchar(70) DEFAULT NULL,
  `logo` varchar(400) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `no_telepon` varchar(15) DEFAULT NULL,
  `alamat` varchar(150) DEFAULT NULL,
  `tentang_website` text DEFAULT NULL,
  `website_status` enum('9','8') NOT NULL DEFAULT '9'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `jadwal`
--

CREATE TABLE `jadwal` (
  `id_jadwal` int(5) NOT NULL,
  `hari` enum('SENIN','SELASA','RABU','KAMIS','JUMAT','SABTU','MINGGU') NOT NULL DEFAULT 'SENIN',
  `jam_mulai` time NOT NULL DEFAULT '00:00:00',
  `jam_selesai` time NOT NULL DEFAULT '00:00:00',
  `kuota` int(11) DEFAULT NULL,
  `id_jenis_layanan` int(3) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `jenis_layanan`
--

CREATE TABLE `jenis_layanan` (
  `id_jenis_layanan` int(3) NOT NULL,
  `jenis_layanan` varchar(50) NOT NULL,
  `link` varchar(255) DEFAULT NULL,
  `icon` varchar(100) DEFAULT NULL,
  `gambar` varchar(60) NOT NULL DEFAULT 'fas fa-home',
  `is_login` enum('0','1','2') NOT NULL DEFAULT '0',
  `urutan` tinyint(2) NOT NULL DEFAULT 1,
  `status` enum('0','1') NOT NULL DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `jenis_tes`
--

CREATE TABLE `jenis_tes` (
  `id_jenis_tes` int(3) NOT NULL,
  `jenis_tes` varchar(50) NOT NULL,
  `slug` text DEFAULT NULL,
  `gambar` varchar(400) DEFAULT NULL,
  `kode` char(4) DEFAULT NULL,
  `keterangan` text DEFAULT NULL,
  `min_hari` int(2) NOT NULL DEFAULT 0,
  `status` enum('0','1') NOT NULL DEFAULT '1',
  `perlu_token` enum('0','1') NOT NULL DEFAULT '1',
  `id_jenis_layanan` int(3) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_by` int(11) NOT NULL,
  `updated_at` datetime DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `jenis_tes_akses`
--

CREATE TABLE `jenis_tes_akses` (
  `id_jenis_tes` int(3) NOT NULL,
  `id_tipe_akun` int(2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `jenis_tes_biaya`
--

CREATE TABLE `jenis_tes_biaya` (
  `id_jenis_tes_biaya` int(5) NOT NULL,
  `id_jenis_tes` int(3) NOT NULL,
  `durasi` varchar(5) DEFAULT NULL,
  `biaya` double(16,0) NOT NULL DEFAULT 0,
  `status` enum('0','1') NOT NULL DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `kategori_berita`
--

CREATE TABLE `kategori_berita` (
  `id_kategori_berita` int(3) NOT NULL,
  `kategori_berita` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `katering_diet`
--

CREATE TABLE `katering_diet` (
  `id_katering_diet` int(11) NOT NULL,
  `hari` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `katering_diet_harga`
--

CREATE TABLE `katering_diet_harga` (
  `id_katering_diet_harga` int(11) NOT NULL,
  `id_katering_diet_menu` int(11) NOT NULL,
  `harga` int(11) NOT NULL,
  `is_aktif` int(11) NOT NULL,
  `created_at` date NOT NULL,
  `created_by` varchar(100) NOT NULL,
  `update_at` date DEFAULT NULL,
  `update_by` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `katering_diet_menu`
--

CREATE TABLE `katering_diet_menu` (
  `id_katering_diet_menu` int(11) NOT NULL,
  `id_katering_diet` int(11) NOT NULL,
  `foto` varchar(255) NOT NULL,
  `nama_menu` varchar(100) NOT NULL,
  `deskripsi` text NOT NULL,
  `is_aktif` int(11) NOT NULL,
  `is_katering_diet` int(11) NOT NULL,
  `created_at` date NOT NULL,
  `created_by` varchar(100) NOT NULL,
  `updated_at` date DEFAULT NULL,
  `updated_by` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `konsultasi`
--

CREATE TABLE `konsultasi` (
  `room_id` int(11) NOT NULL,
  `room_name` varchar(30) NOT NULL,
  `patient_id` int(11) NOT NULL,
  `dokter_id` int(11) NOT NULL,
  `id_detail` int(11) NOT NULL,
  `transaction_id` varchar(255) NOT NULL,
  `room_date` date NOT NULL,
  `room_url` varchar(255) NOT NULL,
  `is_finished` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `konsultasi_gizi`
--

CREATE TABLE `konsultasi_gizi` (
  `id_konsultasi_gizi` int(11) NOT NULL,
  `no_ljk` varchar(20) DEFAULT NULL,
  `id_transaksi` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `id_platform` int(2) NOT NULL DEFAULT 1,
  `id_jenis_tes` int(3) NOT NULL DEFAULT 11,
  `tanggal` date DEFAULT NULL,
  `id_status` tinyint(2) NOT NULL DEFAULT 7,
  `nama` varchar(100) DEFAULT NULL,
  `tgl_lahir` date DEFAULT NULL,
  `jk` enum('Laki-Laki','Perempuan') NOT NULL DEFAULT 'Laki-Laki',
  `keterangan` text DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `konsultasi_gizi_asessment`
--

CREATE TABLE `konsultasi_gizi_asessment` (
  `id_konsultasi_gizi` int(11) NOT NULL,
  `id_asessment` int(5) NOT NULL,
  `value` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `konversi`
--

CREATE TABLE `konversi` (
  `id_konversi_gizi` int(11) NOT NULL,
  `konversi_gizi` varchar(100) NOT NULL,
  `protein` varchar(25) NOT NULL,
  `lemak` varchar(25) NOT NULL,
  `karbo` varchar(25) NOT NULL,
  `kalori` varchar(25) NOT NULL,
  `vitamin` varchar(25) NOT NULL,
  `mineral` varchar(25) NOT NULL,
  `foto` varchar(225) NOT NULL,
  `created_at` date NOT NULL,
  `created_by` int(11) NOT NULL,
  `update_at` date NOT NULL,
  `update_by` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `layanan_libur`
--

CREATE TABLE `layanan_libur` (
  `id_layanan_libur` int(11) NOT NULL,
  `id_jenis_layanan` int(3) NOT NULL,
  `tahun` year(4) DEFAULT NULL,
  `tgl_mulai` date DEFAULT NULL,
  `tgl_selesai` date DEFAULT NULL,
  `keterangan` varchar(100) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_by` int(11) NOT NULL,
  `updated_at` datetime DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `level`
--

CREATE TABLE `level` (
  `id_level` int(2) NOT NULL,
  `level` varchar(50) NOT NULL,
  `kode` char(3) DEFAULT 'REF'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `ljk`
--

CREATE TABLE `ljk` (
  `id_ljk` int(11) NOT NULL,
  `no_ljk` varchar(20) DEFAULT NULL,
  `id_token` int(11) NOT NULL,
  `id_soal` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `skor` int(11) DEFAULT NULL,
  `tanggal` date DEFAULT NULL,
  `start` datetime NOT NULL DEFAULT current_timestamp(),
  `end` datetime DEFAULT NULL,
  `status` enum('belum','selesai') NOT NULL DEFAULT 'belum',
  `is_valid` enum('0','1','2') NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `ljk_detail`
--

CREATE TABLE `ljk_detail` (
  `id_ljk` int(11) NOT NULL,
  `id_soal` int(11) NOT NULL,
  `jawaban` varchar(1) DEFAULT NULL,
  `is_ragu` enum('0','1') NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `log_level`
--

CREATE TABLE `log_level` (
  `id_log` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `id_level` int(2) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_by` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `log_mail`
--

CREATE TABLE `log_mail` (
  `id_log` int(11) NOT NULL,
  `id_pesan` int(11) NOT NULL,
  `from_mail` varchar(200) NOT NULL,
  `mailto` varchar(200) NOT NULL,
  `pesan` text NOT NULL,
  `send_at` datetime NOT NULL DEFAULT current_timestamp(),
  `id_user` int(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `menu`
--

CREATE TABLE `menu` (
  `id_menu` int(3) NOT NULL,
  `menu` varchar(30) DEFAULT NULL,
  `id_icon` int(5) DEFAULT 1,
  `is_link` enum('0','1') DEFAULT '0',
  `link` varchar(50) DEFAULT NULL,
  `is_badge` enum('0','1') NOT NULL DEFAULT '0',
  `badge_color` varchar(30) DEFAULT NULL,
  `badge_text` char(10) DEFAULT NULL,
  `is_separator` enum('0','1') NOT NULL DEFAULT '0',
  `separator_text` varchar(30) DEFAULT NULL,
  `urutan` varchar(3) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `menu_detail`
--

CREATE TABLE `menu_detail` (
  `id_detail` int(5) NOT NULL,
  `id_menu` int(3) NOT NULL,
  `menu` varchar(30) NOT NULL,
  `is_badge` enum('0','1') NOT NULL DEFAULT '0',
  `badge_color` varchar(30) DEFAULT NULL,
  `badge_text` char(10) DEFAULT NULL,
  `link` varchar(50) DEFAULT NULL,
  `urutan` varchar(3) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `midtrans`
--

CREATE TABLE `midtrans` (
  `id` int(11) NOT NULL,
  `serverkey` varchar(300) NOT NULL,
  `clientkey` varchar(300) NOT NULL,
  `sandbox` int(1) NOT NULL,
  `durasi_payment` char(3) NOT NULL DEFAULT '24',
  `tipe_durasi` enum('days','hours') NOT NULL DEFAULT 'hours'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `nilai`
--

CREATE TABLE `nilai` (
  `id_ljk` int(11) NOT NULL,
  `nilai` int(11) NOT NULL DEFAULT 0,
  `id_jenis_tes` int(3) NOT NULL,
  `id_user` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `pesan`
--

CREATE TABLE `pesan` (
  `id_pesan` int(7) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `email` varchar(100) DEFAULT NULL,
  `no_telp` varchar(14) DEFAULT NULL,
  `pesan` text DEFAULT NULL,
  `published` datetime NOT NULL DEFAULT current_timestamp(),
  `is_read` enum('0','1') NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `pesan_katering`
--

CREATE TABLE `pesan_katering` (
  `id_pesan_katering` int(11) NOT NULL,
  `kd_order` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `total_bayar` int(11) NOT NULL,
  `is_bayar` int(11) NOT NULL,
  `is_proses` int(11) NOT NULL,
  `created_at` date NOT NULL,
  `crated_by` varchar(100) NOT NULL,
  `update_at` date NOT NULL,
  `update_by` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `platform`
--

CREATE TABLE `platform` (
  `id_platform` int(2) NOT NULL,
  `platform` varchar(50) NOT NULL,
  `is_aktif` enum('0','1') NOT NULL DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `program_diet`
--

CREATE TABLE `program_diet` (
  `id_program_diet` int(11) NOT NULL,
  `hari` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `program_diet_harga`
--

CREATE TABLE `program_diet_harga` (
  `id_program_diet_harga` int(11) NOT NULL,
  `id_program_diet_list` int(11) NOT NULL,
  `harga` int(11) NOT NULL,
  `is_aktif` int(11) NOT NULL,
  `created_at` date NOT NULL,
  `created_by` varchar(100) NOT NULL,
  `update_at` date NOT NULL,
  `update_by` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `program_diet_list`
--

CREATE TABLE `program_diet_list` (
  `id_program_diet_list` int(11) NOT NULL,
  `id_program_diet` int(11) NOT NULL,
  `foto` varchar(255) NOT NULL,
  `nama_program` varchar(100) NOT NULL,
  `deskripsi` text NOT NULL,
  `is_aktif` int(11) NOT NULL,
  `is_program_diet` int(11) NOT NULL,
  `created_at` date NOT NULL,
  `created_by` varchar(100) NOT NULL,
  `updated_at` date NOT NULL,
  `updated_by` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `qris`
--

CREATE TABLE `qris` (
  `qris` varchar(400) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `saldo`
--

CREATE TABLE `saldo` (
  `id_saldo` int(11) NOT NULL,
  `id_tipe` int(3) NOT NULL,
  `saldo` double(16,0) DEFAULT 0,
  `id_transaksi` int(11) DEFAULT NULL,
  `is_accepted` enum('0','1','2') NOT NULL DEFAULT '1',
  `kd_request` varchar(30) DEFAULT NULL,
  `id_bank` int(4) DEFAULT NULL,
  `file` varchar(250) DEFAULT NULL,
  `keterangan` varchar(200) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` int(11) DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `soal`
--

CREATE TABLE `soal` (
  `id_soal` int(11) NOT NULL,
  `soal` varchar(50) DEFAULT NULL,
  `id_jenis_tes` int(3) DEFAULT NULL,
  `waktu_pengerjaan` int(11) DEFAULT NULL,
  `is_aktif` enum('0','1') NOT NULL DEFAULT '0',
  `id_user` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `soal_skor`
--

CREATE TABLE `soal_skor` (
  `id_soal_skor` int(3) NOT NULL,
  `id_soal` int(11) NOT NULL,
  `norma` varchar(50) DEFAULT NULL,
  `warna` varchar(15) NOT NULL DEFAULT 'info',
  `skor_awal` int(3) NOT NULL DEFAULT 0,
  `skor_akhir` int(3) NOT NULL DEFAULT 0,
  `rekomendasi` varchar(200) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `status`
--

CREATE TABLE `status` (
  `id_status` tinyint(2) NOT NULL,
  `status` varchar(20) DEFAULT NULL,
  `untuk` enum('layanan','payment') NOT NULL DEFAULT 'layanan',
  `warna` char(10) DEFAULT NULL,
  `set_default` enum('0','1') NOT NULL DEFAULT '0',
  `code` varchar(3) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `status_payment`
--

CREATE TABLE `status_payment` (
  `id_status_payment` int(4) NOT NULL,
  `status_payment` varchar(50) NOT NULL,
  `id_gateway` int(3) NOT NULL,
  `id_status` tinyint(2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_posts`
--

CREATE TABLE `tbl_posts` (
  `post_id` int(11) NOT NULL,
  `author_id` int(3) DEFAULT NULL,
  `question` varchar(200) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_posts_comments`
--

CREATE TABLE `tbl_posts_comments` (
  `comment_id` int(11) NOT NULL,
  `comment_index` int(11) DEFAULT NULL,
  `post_id` int(11) DEFAULT NULL,
  `author_id` int(3) DEFAULT NULL,
  `reply` varchar(200) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `tbl_transaksi`
--

CREATE TABLE `tbl_transaksi` (
  `transaction_id` varchar(255) NOT NULL,
  `order_id` varchar(255) NOT NULL,
  `id_patient` int(3) NOT NULL,
  `card_type` varchar(50) NOT NULL,
  `bank` varchar(50) NOT NULL,
  `masked_card` varchar(50) NOT NULL,
  `amount` varchar(50) NOT NULL,
  `payment_type` varchar(50) NOT NULL,
  `date` varchar(50) NOT NULL,
  `fraud_status` varchar(50) NOT NULL,
  `approval_code` varchar(50) NOT NULL,
  `transaction_status` varchar(50) NOT NULL,
  `status_code` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `tipe_akun`
--

CREATE TABLE `tipe_akun` (
  `id_tipe_akun` int(2) NOT NULL,
  `tipe_akun` varchar(40) NOT NULL,
  `warna` varchar(15) NOT NULL DEFAULT 'success',
  `is_aktif` enum('0','1') NOT NULL DEFAULT '0',
  `biaya` int(6) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `tipe_saldo`
--

CREATE TABLE `tipe_saldo` (
  `id_tipe` int(3) NOT NULL,
  `tipe` varchar(100) DEFAULT NULL,
  `jenis` enum('pemasukan','pengeluaran') NOT NULL DEFAULT 'pengeluaran',
  `untuk` enum('user','sistem') NOT NULL DEFAULT 'user',
  `kategori` varchar(30) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `created_by` int(11) DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `token`
--

CREATE TABLE `token` (
  `id_token` int(11) NOT NULL,
  `id_transaksi` int(11) NOT NULL,
  `token` varchar(6) NOT NULL,
  `id_user` int(11) NOT NULL,
  `id_jenis_tes` int(3) NOT NULL,
  `is_pakai` enum('0','1') NOT NULL DEFAULT '0',
  `mulai` datetime DEFAULT NULL,
  `selesai` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- --------------------------------------------------------

--
-- Table structure for table `transaksi`
--

CREATE TABLE `transaksi` (
  `id_transaksi` int(11) NOT NULL,
  `order_id` varchar(30) DEFAULT NULL,
  `amount` int(11) NOT NULL,
  `id_jenis_tes` int(3) DEFAULT NULL,
  `id_status` tinyint(2) NOT NULL,
  `id_gateway` int(3) NOT NULL,
  `biller_code` varchar(15) DEFAULT NULL,
  `payment_type` varchar(50) DEFAULT NULL,
  `payment_code` varchar(200) DEFAULT NULL,
  `payment_url` text DEFAULT NULL,
  `qrcode` text DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_by` int(11) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `user`
--

CREATE TABLE `user` (
  `id_user` int(3) NOT NULL,
  `username` varchar(100) NOT NULL,
  `password` varchar(255) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `jk` enum('Laki-Laki','Perempuan') NOT NULL DEFAULT 'Laki-Laki',
  `alamat` varchar(150) DEFAULT NULL,
  `tgl_lahir` date DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `no_hp` varchar(15) DEFAULT NULL,
  `foto` varchar(255) DEFAULT NULL,
  `status` enum('1','0') NOT NULL DEFAULT '1',
  `kode_unik` varchar(17) NOT NULL,
  `id_level` int(2) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `created_by` int(11) DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `user_log`
--

CREATE TABLE `user_log` (
  `id_log` int(11) NOT NULL,
  `id_user` int(3) NOT NULL,
  `last_in` datetime NOT NULL DEFAULT current_timestamp(),
  `ip_address` varchar(50) DEFAULT NULL,
  `browser` varchar(50) DEFAULT NULL,
  `os` varchar(100) DEFAULT NULL,
  `device` varchar(30) DEFAULT NULL,
  `user_agent` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Table structure for table `user_oauth`
--

CREATE TABLE `user_oauth` (
  `id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL,
  `email` varchar(100) NOT NULL,
  `password` varchar(100) NOT NULL,
  `image` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Table structure for table `xendit`
--

CREATE TABLE `xendit` (
  `key_name` varchar(100) NOT NULL,
  `secret_key` text DEFAULT NULL,
  `verification_token` text DEFAULT NULL,
  `sandbox` enum('0','1') NOT NULL DEFAULT '1',
  `durasi_payment` char(4) NOT NULL DEFAULT '24',
  `tipe_durasi` enum('days','hours','minutes') NOT NULL DEFAULT 'minutes'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Indexes for dumped tables
--

--
-- Indexes for table `asessment`
--
ALTER TABLE `asessment`
  ADD PRIMARY KEY (`id_asessment`),
  ADD KEY `id_asessment_kategori` (`id_asessment_kategori`);

--
-- Indexes for table `asessment_kategori`
--
ALTER TABLE `asessment_kategori`
  ADD PRIMARY KEY (`id_asessment_kategori`);

--
-- Indexes for table `berita`
--
ALTER TABLE `berita`
  ADD PRIMARY KEY (`id_berita`),
  ADD KEY `created_by` (`created_by`),
  ADD KEY `updated_by` (`updated_by`);

--
-- Indexes for table `data_soal`
--
ALTER TABLE `data_soal`
  ADD PRIMARY KEY (`id_data_soal`);

--
-- Indexes for table `detailkonsultasi`
--
ALTER TABLE `detailkonsultasi`
  ADD PRIMARY KEY (`id_detail`),
  ADD KEY `FK_PasienID` (`id_pasien`),
  ADD KEY `FK_DETAIL_IDTRANSAKSI` (`transaction_id`);

--
-- Indexes for table `file_uploader`
--
ALTER TABLE `file_uploader`
  ADD PRIMARY KEY (`id_file`),
  ADD KEY `id_user` (`created_by`),
  ADD KEY `updated_by` (`updated_by`);

--
-- Indexes for table `gateway`
--
ALTER TABLE `gateway`
  ADD PRIMARY KEY (`id_gateway`);

--
-- Indexes for table `hak_akses`
--
ALTER TABLE `hak_akses`
  ADD PRIMARY KEY (`id_akses`),
  ADD KEY `id_level` (`id_level`);

--
-- Indexes for table `icons`
--
ALTER TABLE `icons`
  ADD PRIMARY KEY (`id_icon`);

--
-- Indexes for table `info_mail`
--
ALTER TABLE `info_mail`
  ADD PRIMARY KEY (`id_mail`);

--
-- Indexes for table `info_sistem`
--
ALTER TABLE `info_sistem`
  ADD PRIMARY KEY (`id_info`);

--
-- Indexes for table `jadwal`
--
ALTER TABLE `jadwal`
  ADD PRIMARY KEY (`id_jadwal`),
  ADD KEY `id_jenis_layanan` (`id_jenis_layanan`);

--
-- Indexes for table `jenis_layanan`
--
ALTER TABLE `jenis_layanan`
  ADD PRIMARY KEY (`id_jenis_layanan`);

--
-- Indexes for table `jenis_tes`
--
ALTER TABLE `jenis_tes`
  ADD PRIMARY KEY (`id_jenis_tes`),
  ADD KEY `created_by` (`created_by`),
  ADD KEY `updated_by` (`updated_by`),
  ADD KEY `id_jenis_layanan` (`id_jenis_layanan`);

--
-- Indexes for table `jenis_tes_akses`
--
ALTER TABLE `jenis_tes_akses`
  ADD KEY `id_tipe_akun` (`id_tipe_akun`),
  ADD KEY `id_jenis_tes` (`id_jenis_tes`);

--
-- Indexes for table `jenis_tes_biaya`
--
ALTER TABLE `jenis_tes_biaya`
  ADD PRIMARY KEY (`id_jenis_tes_biaya`),
  ADD KEY `id_jenis_tes` (`id_jenis_tes`);

--
-- Indexes for table `kategori_berita`
--
ALTER TABLE `kategori_berita`
  ADD PRIMARY KEY (`id_kategori_berita`);

--
-- Indexes for table `katering_diet`
--
ALTER TABLE `katering_diet`
  ADD PRIMARY KEY (`id_katering_diet`);

--
-- Indexes for table `katering_diet_harga`
--
ALTER TABLE `katering_diet_harga`
  ADD PRIMARY KEY (`id_katering_diet_harga`),
  ADD KEY `id_katering_diet_menu` (`id_katering_diet_menu`);

--
-- Indexes for table `katering_diet_menu`
--
ALTER TABLE `katering_diet_menu`
  ADD PRIMARY KEY (`id_katering_diet_menu`),
  ADD KEY `id_katering_diet` (`id_katering_diet`);

--
-- Indexes for table `konsultasi`
--
ALTER TABLE `konsultasi`
  ADD PRIMARY KEY (`room_id`),
  ADD KEY `FK_DokterID` (`dokter_id`),
  ADD KEY `FK_PatientID` (`patient_id`),
  ADD KEY `FK_DetailID` (`id_detail`),
  ADD KEY `FK_TransactionID` (`transaction_id`);

--
-- Indexes for table `konsultasi_gizi`
--
ALTER TABLE `konsultasi_gizi`
  ADD PRIMARY KEY (`id_konsultasi_gizi`),
  ADD UNIQUE KEY `no_ljk` (`no_ljk`),
  ADD KEY `id_user` (`id_user`),
  ADD KEY `id_status` (`id_status`),
  ADD KEY `updated_by` (`updated_by`),
  ADD KEY `id_transaksi` (`id_transaksi`),
  ADD KEY `id_platform` (`id_platform`),
  ADD KEY `id_jenis_tes` (`id_jenis_tes`);

--
-- Indexes for table `konsultasi_gizi_asessment`
--
ALTER TABLE `konsultasi_gizi_asessment`
  ADD KEY `id_konsultasi_gizi` (`id_konsultasi_gizi`),
  ADD KEY `id_asessment` (`id_asessment`);

--
-- Indexes for table `konversi`
--
ALTER TABLE `konversi`
  ADD PRIMARY KEY (`id_konversi_gizi`);

--
-- Indexes for table `layanan_libur`
--
ALTER TABLE `layanan_libur`
  ADD PRIMARY KEY (`id_layanan_libur`),
  ADD KEY `id_jenis_layanan` (`id_jenis_layanan`),
  ADD KEY `created_by` (`created_by`),
  ADD KEY `updated_by` (`updated_by`);

--
-- Indexes for table `level`
--
ALTER TABLE `level`
  ADD PRIMARY KEY (`id_level`);

--
-- Indexes for table `ljk`
--
ALTER TABLE `ljk`
  ADD PRIMARY KEY (`id_ljk`),
  ADD UNIQUE KEY `id_token` (`id_token`),
  ADD KEY `id_user` (`id_user`),
  ADD KEY `id_soal` (`id_soal`);

--
-- Indexes for table `ljk_detail`
--
ALTER TABLE `ljk_detail`
  ADD KEY `id_ljk` (`id_ljk`),
  ADD KEY `id_soal` (`id_soal`);

--
-- Indexes for table `log_level`
--
ALTER TABLE `log_level`
  ADD PRIMARY KEY (`id_log`),
  ADD KEY `id_level` (`id_level`),
  ADD KEY `id_user` (`id_user`),
  ADD KEY `created_by` (`created_by`);

--
-- Indexes for table `log_mail`
--
ALTER TABLE `log_mail`
  ADD PRIMARY KEY (`id_log`),
  ADD KEY `id_pesan` (`id_pesan`),
  ADD KEY `id_user` (`id_user`);

--
-- Indexes for table `menu`
--
ALTER TABLE `menu`
  ADD PRIMARY KEY (`id_menu`),
  ADD KEY `icon` (`id_icon`);

--
-- Indexes for table `menu_detail`
--
ALTER TABLE `menu_detail`
  ADD PRIMARY KEY (`id_detail`),
  ADD KEY `id_menu` (`id_menu`),
  ADD KEY `id_menu_2` (`id_menu`);

--
-- Indexes for table `midtrans`
--
ALTER TABLE `midtrans`
  ADD PRIMARY KEY (`id`);

--
-- Indexes for table `nilai`
--
ALTER TABLE `nilai`
  ADD KEY `id_kategori_soal` (`id_jenis_tes`),
  ADD KEY `id_user` (`id_user`),
  ADD KEY `id_ljk` (`id_ljk`);

--
-- Indexes for table `pesan`
--
ALTER TABLE `pesan`
  ADD PRIMARY KEY (`id_pesan`);

--
-- Indexes for table `pesan_katering`
--
ALTER TABLE `pesan_katering`
  ADD PRIMARY KEY (`id_pesan_katering`);

--
-- Indexes for table `platform`
--
ALTER TABLE `platform`
  ADD PRIMARY KEY (`id_platform`);

--
-- Indexes for table `program_diet`
--
ALTER TABLE `program_diet`
  ADD PRIMARY KEY (`id_program_diet`);

--
-- Indexes for table `program_diet_harga`
--
ALTER TABLE `program_diet_harga`
  ADD PRIMARY KEY (`id_program_diet_harga`),
  ADD KEY `id_program_diet_list` (`id_program_diet_list`);

--
-- Indexes for table `program_diet_list`
--
ALTER TABLE `program_diet_list`
  ADD PRIMARY KEY (`id_program_diet_list`),
  ADD KEY `id_program_diet` (`id_program_diet`);

--
-- Indexes for table `saldo`
--
ALTER TABLE `saldo`
  ADD PRIMARY KEY (`id_saldo`),
  ADD KEY `id_tipe` (`id_tipe`),
  ADD KEY `created_by` (`created_by`),
  ADD KEY `updated_by` (`updated_by`),
  ADD KEY `id_project` (`id_transaksi`),
  ADD KEY `id_bank` (`id_bank`);

--
-- Indexes for table `soal`
--
ALTER TABLE `soal`
  ADD PRIMARY KEY (`id_soal`),
  ADD KEY `id_user` (`id_user`),
  ADD KEY `id_jenis_soal` (`id_jenis_tes`);

--
-- Indexes for table `soal_skor`
--
ALTER TABLE `soal_skor`
  ADD PRIMARY KEY (`id_soal_skor`),
  ADD KEY `id_soal` (`id_soal`);

--
-- Indexes for table `status`
--
ALTER TABLE `status`
  ADD PRIMARY KEY (`id_status`);

--
-- Indexes for table `status_payment`
--
ALTER TABLE `status_payment`
  ADD PRIMARY KEY (`id_status_payment`),
  ADD KEY `id_status` (`id_status`),
  ADD KEY `id_gateway` (`id_gateway`);

--
-- Indexes for table `tbl_posts`
--
ALTER TABLE `tbl_posts`
  ADD PRIMARY KEY (`post_id`),
  ADD KEY `FK_AUTHORID` (`author_id`);

--
-- Indexes for table `tbl_posts_comments`
--
ALTER TABLE `tbl_posts_comments`
  ADD PRIMARY KEY (`comment_id`),
  ADD KEY `FK_ACOMMENT_UTHORID` (`author_id`),
  ADD KEY `FK_POSTID` (`post_id`);

--
-- Indexes for table `tbl_transaksi`
--
ALTER TABLE `tbl_transaksi`
  ADD PRIMARY KEY (`transaction_id`),
  ADD KEY `FK_ID_PASIEN` (`id_patient`);

--
-- Indexes for table `tipe_akun`
--
ALTER TABLE `tipe_akun`
  ADD PRIMARY KEY (`id_tipe_akun`);

--
-- Indexes for table `tipe_saldo`
--
ALTER TABLE `tipe_saldo`
  ADD PRIMARY KEY (`id_tipe`),
  ADD KEY `created_by` (`created_by`);

--
-- Indexes for table `token`
--
ALTER TABLE `token`
  ADD PRIMARY KEY (`id_token`),
  ADD UNIQUE KEY `id_transaksi` (`id_transaksi`),
  ADD KEY `id_user` (`id_user`),
  ADD KEY `id_jenis_tes` (`id_jenis_tes`);

--
-- Indexes for table `transaksi`
--
ALTER TABLE `transaksi`
  ADD PRIMARY KEY (`id_transaksi`),
  ADD UNIQUE KEY `order_id` (`order_id`),
  ADD KEY `id_gateway` (`id_gateway`),
  ADD KEY `created_by` (`created_by`),
  ADD KEY `updated_by` (`updated_by`),
  ADD KEY `id_status` (`id_status`),
  ADD KEY `id_jenis_layanan` (`id_jenis_tes`);

--
-- Indexes for table `user`
--
ALTER TABLE `user`
  ADD PRIMARY KEY (`id_user`),
  ADD UNIQUE KEY `username` (`username`),
  ADD UNIQUE KEY `kode_unik` (`kode_unik`),
  ADD KEY `created_by` (`created_by`),
  ADD KEY `updated_by` (`updated_by`);

--
-- Indexes for table `user_log`
--
ALTER TABLE `user_log`
  ADD PRIMARY KEY (`id_log`),
  ADD KEY `id_user` (`id_user`);

--
-- Indexes for table `user_oauth`
--
ALTER TABLE `user_oauth`
  ADD PRIMARY KEY (`id`);

--
-- Constraints for dumped tables
--

--
-- Constraints for table `detailkonsultasi`
--
ALTER TABLE `detailkonsultasi`
  ADD CONSTRAINT `FK_DETAIL_IDTRANSAKSI` FOREIGN KEY (`transaction_id`) REFERENCES `tbl_transaksi` (`transaction_id`),
  ADD CONSTRAINT `FK_PasienID` FOREIGN KEY (`id_pasien`) REFERENCES `user` (`id_user`);

--
-- Constraints for table `katering_diet_harga`
--
ALTER TABLE `katering_diet_harga`
  ADD CONSTRAINT `katering_diet_harga_ibfk_1` FOREIGN KEY (`id_katering_diet_menu`) REFERENCES `katering_diet_menu` (`id_katering_diet_menu`);

--
-- Constraints for table `katering_diet_menu`
--
ALTER TABLE `katering_diet_menu`
  ADD CONSTRAINT `katering_diet_menu_ibfk_1` FOREIGN KEY (`id_katering_diet`) REFERENCES `katering_diet` (`id_katering_diet`);

--
-- Constraints for table `konsultasi`
--
ALTER TABLE `konsultasi`
  ADD CONSTRAINT `FK_DetailID` FOREIGN KEY (`id_detail`) REFERENCES `detailkonsultasi` (`id_detail`),
  ADD CONSTRAINT `FK_DokterID` FOREIGN KEY (`dokter_id`) REFERENCES `user` (`id_user`),
  ADD CONSTRAINT `FK_PatientID` FOREIGN KEY (`patient_id`) REFERENCES `user` (`id_user`),
  ADD CONSTRAINT `FK_TransactionID` FOREIGN KEY (`transaction_id`) REFERENCES `tbl_transaksi` (`transaction_id`);

--
-- Constraints for table `tbl_posts`
--
ALTER TABLE `tbl_posts`
  ADD CONSTRAINT `FK_AUTHORID` FOREIGN KEY (`author_id`) REFERENCES `user` (`id_user`);

--
-- Constraints for table `tbl_posts_comments`
--
ALTER TABLE `tbl_posts_comments`
  ADD CONSTRAINT `FK_COMMENT_AUTHORID` FOREIGN KEY (`author_id`) REFERENCES `user` (`id_user`),
  ADD CONSTRAINT `FK_POSTID` FOREIGN KEY (`post_id`) REFERENCES `tbl_posts` (`post_id`);

--
-- Constraints for table `tbl_transaksi`
--
ALTER TABLE `tbl_transaksi`
  ADD CONSTRAINT `FK_ID_PASIEN` FOREIGN KEY (`id_patient`) REFERENCES `user` (`id_user`);
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
