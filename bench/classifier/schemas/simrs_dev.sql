-- phpMyAdmin SQL Dump
-- version 4.9.5deb2
-- https://www.phpmyadmin.net/
--
-- Host: localhost:3306
-- Waktu pembuatan: 08 Okt 2020 pada 12.59
-- Versi server: 8.0.21-0ubuntu0.20.04.4
-- Versi PHP: 7.4.3

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
SET AUTOCOMMIT = 0;
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
-- Struktur dari tabel `abc`
--

CREATE TABLE `abc` (
  `id` bigint NOT NULL,
  `myd` bigint NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `bh_pasien`
--

CREATE TABLE `bh_pasien` (
  `id` bigint NOT NULL,
  `id_gol_darah` tinyint NOT NULL,
  `id_pekerjaan` bigint NOT NULL,
  `id_agama` smallint NOT NULL,
  `id_status_pernikahan` tinyint NOT NULL,
  `id_uic` bigint NOT NULL,
  `id_alamat_kecamatan` bigint DEFAULT NULL,
  `id_alamat_kota` bigint DEFAULT NULL,
  `no_kartu` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `no_identitas` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `id_jenis_kelamin` tinyint NOT NULL,
  `nama_ibu` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `tempat_lahir` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `tgl_lahir` date NOT NULL,
  `nama_pasien` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `alamat` text NOT NULL,
  `no_telepon` varchar(25) NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=BLACKHOLE DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `bh_pendaftaran_pasien_baru`
--

CREATE TABLE `bh_pendaftaran_pasien_baru` (
  `id` bigint NOT NULL,
  `id_gol_darah` tinyint NOT NULL,
  `id_pekerjaan` bigint NOT NULL,
  `id_agama` smallint NOT NULL,
  `id_status_pernikahan` tinyint NOT NULL,
  `id_uic` bigint NOT NULL,
  `id_alamat_kecamatan` bigint DEFAULT NULL,
  `id_alamat_kota` bigint DEFAULT NULL,
  `no_kartu` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `no_identitas` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `id_jenis_kelamin` tinyint NOT NULL,
  `nama_ibu` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `tempat_lahir` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `tgl_lahir` date NOT NULL,
  `nama_pasien` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `alamat` text NOT NULL,
  `no_telepon` varchar(25) NOT NULL,
  `id_cara_masuk` bigint NOT NULL,
  `id_status_rawat` bigint NOT NULL,
  `id_pj_dokter` bigint NOT NULL,
  `id_poli` bigint NOT NULL,
  `id_jenis_bayar` bigint NOT NULL,
  `tgl_daftar` datetime NOT NULL,
  `nama_pj` varchar(100) NOT NULL,
  `id_hub_dg_pj` bigint NOT NULL,
  `alamat_pj` text NOT NULL,
  `no_identitas_pj` varchar(100) NOT NULL,
  `asal_rujukan` varchar(100) DEFAULT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=BLACKHOLE DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `bh_pendaftaran_pasien_lama`
--

CREATE TABLE `bh_pendaftaran_pasien_lama` (
  `id` bigint NOT NULL,
  `id_rekamedis` bigint NOT NULL,
  `id_cara_masuk` bigint NOT NULL,
  `id_status_rawat` bigint NOT NULL,
  `id_pj_dokter` bigint NOT NULL,
  `id_poli` bigint NOT NULL,
  `id_jenis_bayar` bigint NOT NULL,
  `tgl_daftar` datetime NOT NULL,
  `nama_pj` varchar(100) NOT NULL,
  `id_hub_dg_pj` bigint NOT NULL,
  `alamat_pj` text NOT NULL,
  `no_identitas_pj` varchar(100) NOT NULL,
  `asal_rujukan` varchar(100) DEFAULT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=BLACKHOLE DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `bh_pendaftaran_ranap`
--

CREATE TABLE `bh_pendaftaran_ranap` (
  `id` bigint NOT NULL,
  `id_pendaftaran` bigint NOT NULL,
  `id_ruang_ranap` bigint NOT NULL,
  `tgl_keluar` datetime NOT NULL,
  `deposit_awal` bigint NOT NULL,
  `id_uic` bigint NOT NULL
) ENGINE=BLACKHOLE DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_agama`
--

CREATE TABLE `tbl_agama` (
  `id` smallint NOT NULL,
  `agama` varchar(30) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_antrean`
--

CREATE TABLE `tbl_antrean` (
  `id` bigint NOT NULL,
  `id_tipe_antrean` int NOT NULL,
  `no_antrean` int NOT NULL,
  `tanggal_antrean` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` enum('ongoing','done','skipped') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_antrean_type`
--

CREATE TABLE `tbl_antrean_type` (
  `id_tipe_antrean` int NOT NULL,
  `kode_antrean` varchar(10) NOT NULL,
  `nama_antrean` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_barang`
--

CREATE TABLE `tbl_barang` (
  `id` bigint NOT NULL,
  `id_kat_barang` bigint NOT NULL,
  `kode_barang` varchar(100) NOT NULL,
  `nama_barang` varchar(100) NOT NULL,
  `id_satuan_barang` bigint NOT NULL,
  `id_kat_harga` bigint NOT NULL,
  `harga` bigint NOT NULL,
  `keterangan` text,
  `stok` bigint NOT NULL DEFAULT '0',
  `id_uic` bigint NOT NULL DEFAULT '1',
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_barang_kategori`
--

CREATE TABLE `tbl_barang_kategori` (
  `id` bigint NOT NULL,
  `id_kelompok` bigint NOT NULL,
  `nama_kategori` varchar(100) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_barang_kat_harga`
--

CREATE TABLE `tbl_barang_kat_harga` (
  `id` bigint NOT NULL,
  `nama_kategori_harga_brg` varchar(100) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_barang_kelompok`
--

CREATE TABLE `tbl_barang_kelompok` (
  `id` bigint NOT NULL,
  `nama_kelompok` varchar(100) NOT NULL,
  `keterangan` text CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_barang_mutasi`
--

CREATE TABLE `tbl_barang_mutasi` (
  `id` bigint NOT NULL,
  `id_barang` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `qty` bigint NOT NULL,
  `keterangan` text NOT NULL,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_barang_pengadaan`
--

CREATE TABLE `tbl_barang_pengadaan` (
  `id` bigint NOT NULL,
  `no_faktur` varchar(100) NOT NULL,
  `id_supplier` bigint NOT NULL,
  `tanggal` date NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_barang_pengadaan_detail`
--

CREATE TABLE `tbl_barang_pengadaan_detail` (
  `id` bigint NOT NULL,
  `id_barang_pengadaan` bigint NOT NULL,
  `id_barang` bigint NOT NULL,
  `qty` bigint NOT NULL,
  `harga` bigint DEFAULT NULL,
  `keterangan` text,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_barang_satuan`
--

CREATE TABLE `tbl_barang_satuan` (
  `id` bigint NOT NULL,
  `nama_satuan` varchar(60) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_barang_supplier`
--

CREATE TABLE `tbl_barang_supplier` (
  `id` bigint NOT NULL,
  `kode_supplier` varchar(6) NOT NULL,
  `nama_supplier` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `alamat` text NOT NULL,
  `no_telpon` text CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_departemen`
--

CREATE TABLE `tbl_departemen` (
  `id` bigint NOT NULL,
  `nama_departemen` varchar(40) NOT NULL,
  `keterangan` text CHARACTER SET latin1 COLLATE latin1_swedish_ci,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_deposit_mutasi`
--

CREATE TABLE `tbl_deposit_mutasi` (
  `id` bigint NOT NULL,
  `no_rawat` varchar(18) NOT NULL,
  `id_uic` bigint DEFAULT NULL,
  `tanggal_mutasi` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `keterangan` text CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `jumlah_mutasi` bigint NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_diagnosa_penyakit`
--

CREATE TABLE `tbl_diagnosa_penyakit` (
  `id` bigint NOT NULL,
  `kode_diagnosa` varchar(6) NOT NULL,
  `nama_penyakit` varchar(50) NOT NULL,
  `ciri_ciri_penyakit` text NOT NULL,
  `keterangan` text NOT NULL,
  `ciri_ciri_umum` text NOT NULL,
  `id_uic` bigint DEFAULT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_dokter`
--

CREATE TABLE `tbl_dokter` (
  `id` bigint NOT NULL,
  `id_gol_darah` tinyint NOT NULL,
  `id_agama` smallint NOT NULL,
  `id_status_menikah` tinyint NOT NULL,
  `id_spesialis` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `id_alamat_kecamatan` bigint DEFAULT NULL,
  `id_alamat_kota` bigint DEFAULT NULL,
  `kode_dokter` varchar(100) NOT NULL,
  `no_identitas` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `id_jenis_kelamin` tinyint NOT NULL,
  `tempat_lahir` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `tgl_lahir` date NOT NULL,
  `nama_dokter` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `alamat` text NOT NULL,
  `no_telepon` varchar(25) NOT NULL,
  `no_izin_praktik` varchar(100) NOT NULL,
  `alumni` text NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_dokter_jadwal`
--

CREATE TABLE `tbl_dokter_jadwal` (
  `id` bigint NOT NULL,
  `id_dokter` bigint NOT NULL,
  `id_poliklinik` int NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL,
  `hari` varchar(13) NOT NULL,
  `jam_mulai` time(6) NOT NULL,
  `jam_selesai` time(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_dokter_spesialis`
--

CREATE TABLE `tbl_dokter_spesialis` (
  `id` bigint NOT NULL,
  `nama_spesialis` varchar(40) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_gol_darah`
--

CREATE TABLE `tbl_gol_darah` (
  `id` tinyint NOT NULL,
  `nama_gol_darah` varchar(10) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_jabatan`
--

CREATE TABLE `tbl_jabatan` (
  `id` bigint NOT NULL,
  `nama_jabatan` varchar(30) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_jenis_bayar`
--

CREATE TABLE `tbl_jenis_bayar` (
  `id` bigint NOT NULL,
  `jenis_bayar` varchar(30) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_jenis_kelamin`
--

CREATE TABLE `tbl_jenis_kelamin` (
  `id` tinyint NOT NULL,
  `kode_jk` varchar(10) NOT NULL,
  `nama_jk` varchar(50) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_jenjang`
--

CREATE TABLE `tbl_jenjang` (
  `id` bigint NOT NULL,
  `kode_jenjang` varchar(10) NOT NULL,
  `nama_jenjang` varchar(40) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_jenjang_pendidikan`
--

CREATE TABLE `tbl_jenjang_pendidikan` (
  `id` bigint NOT NULL,
  `jenjang_pendidikan` varchar(20) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_menu`
--

CREATE TABLE `tbl_menu` (
  `id` bigint NOT NULL,
  `title` varchar(50) NOT NULL,
  `url` varchar(30) NOT NULL,
  `icon` varchar(30) NOT NULL,
  `is_main_menu` int NOT NULL,
  `is_aktif` enum('y','n') NOT NULL COMMENT 'y=yes,n=no',
  `tabel` varchar(50) DEFAULT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_menu_akses`
--

CREATE TABLE `tbl_menu_akses` (
  `id` bigint NOT NULL,
  `id_user_level` bigint NOT NULL,
  `id_menu` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pasien`
--

CREATE TABLE `tbl_pasien` (
  `id` bigint NOT NULL,
  `id_gol_darah` tinyint NOT NULL,
  `id_pekerjaan` bigint NOT NULL,
  `id_agama` smallint NOT NULL,
  `id_status_pernikahan` tinyint NOT NULL,
  `id_uic` bigint NOT NULL,
  `id_alamat_kecamatan` bigint DEFAULT NULL,
  `id_alamat_kota` bigint DEFAULT NULL,
  `no_kartu` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `no_identitas` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `id_jenis_kelamin` tinyint NOT NULL,
  `nama_ibu` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `tempat_lahir` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `tgl_lahir` date NOT NULL,
  `nama_pasien` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `alamat` text NOT NULL,
  `no_telepon` varchar(25) NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pasien_cara_masuk`
--

CREATE TABLE `tbl_pasien_cara_masuk` (
  `id` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `kode_cara_masuk` varchar(50) NOT NULL,
  `nama_cara_masuk` varchar(100) NOT NULL,
  `keterangan` text NOT NULL,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pasien_hub_pj`
--

CREATE TABLE `tbl_pasien_hub_pj` (
  `id` bigint NOT NULL,
  `nama_hub_pj` varchar(100) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pasien_rekamedis`
--

CREATE TABLE `tbl_pasien_rekamedis` (
  `id` bigint NOT NULL,
  `id_pasien` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `no_rekamedis` varchar(100) NOT NULL,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pasien_riwayat_perjalanan`
--

CREATE TABLE `tbl_pasien_riwayat_perjalanan` (
  `id` bigint NOT NULL,
  `id_rekamedis` bigint NOT NULL,
  `tgl_berangkat` datetime NOT NULL,
  `tgl_pulang` datetime NOT NULL,
  `keterangan` text NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pasien_status_rawat`
--

CREATE TABLE `tbl_pasien_status_rawat` (
  `id` bigint NOT NULL,
  `kode_status_rawat` varchar(100) NOT NULL,
  `nama_status_rawat` varchar(100) NOT NULL,
  `id_uic` bigint NOT NULL,
  `keterangan` text CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pegawai`
--

CREATE TABLE `tbl_pegawai` (
  `id` bigint NOT NULL,
  `nik` varchar(60) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `id_jenjang` bigint NOT NULL,
  `id_departemen` bigint NOT NULL,
  `id_jabatan` bigint NOT NULL,
  `id_alamat_kecamatan` bigint DEFAULT NULL,
  `id_alamat_kota` bigint DEFAULT NULL,
  `id_bidang` bigint NOT NULL,
  `id_jenjang_pendidikan` bigint NOT NULL,
  `id_gol_darah` tinyint NOT NULL,
  `id_status_menikah` tinyint NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL,
  `id_agama` smallint NOT NULL,
  `id_jenis_kelamin` tinyint NOT NULL,
  `npwp` varchar(25) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `tempat_lahir` varchar(30) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `nama_pegawai` varchar(50) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `tgl_lahir` date NOT NULL,
  `alamat` text CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `no_identitas` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `no_telepon` varchar(25) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `alumni` text CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pegawai_bidang`
--

CREATE TABLE `tbl_pegawai_bidang` (
  `id` bigint NOT NULL,
  `nama_bidang` varchar(35) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pegawai_departemen`
--

CREATE TABLE `tbl_pegawai_departemen` (
  `id` bigint NOT NULL,
  `nama_departemen` varchar(40) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pegawai_jabatan`
--

CREATE TABLE `tbl_pegawai_jabatan` (
  `id` int NOT NULL,
  `nama_jabatan` varchar(30) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pekerjaan`
--

CREATE TABLE `tbl_pekerjaan` (
  `id` bigint NOT NULL,
  `nama_pekerjaan` varchar(40) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pendaftaran`
--

CREATE TABLE `tbl_pendaftaran` (
  `id` bigint NOT NULL,
  `id_rekamedis` bigint NOT NULL,
  `id_cara_masuk` bigint NOT NULL,
  `id_status_rawat` bigint NOT NULL,
  `id_pj_dokter` bigint NOT NULL,
  `id_poli` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `id_jenis_bayar` bigint NOT NULL,
  `no_rawat` varchar(100) NOT NULL,
  `tgl_daftar` datetime NOT NULL,
  `asal_rujukan` varchar(100) DEFAULT NULL,
  `nama_pj` varchar(100) NOT NULL,
  `id_hub_dg_pj` bigint NOT NULL,
  `alamat_pj` text NOT NULL,
  `no_identitas_pj` varchar(100) NOT NULL,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pendaftaran_diary`
--

CREATE TABLE `tbl_pendaftaran_diary` (
  `id` bigint NOT NULL,
  `id_pendaftaran` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `isi` text NOT NULL,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pendaftaran_mutasi`
--

CREATE TABLE `tbl_pendaftaran_mutasi` (
  `id` bigint NOT NULL,
  `id_pendaftaran` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `jumlah` bigint NOT NULL,
  `keterangan` text NOT NULL,
  `tgl_input` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pendaftaran_ranap`
--

CREATE TABLE `tbl_pendaftaran_ranap` (
  `id` bigint NOT NULL,
  `id_pendaftaran` bigint NOT NULL,
  `id_tempat_tidur` bigint DEFAULT NULL,
  `id_ruang_ranap` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL,
  `tanggal_masuk` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tanggal_keluar` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pendaftaran_riwayat_obat`
--

CREATE TABLE `tbl_pendaftaran_riwayat_obat` (
  `id` bigint NOT NULL,
  `id_pendaftaran` bigint NOT NULL,
  `id_barang` bigint NOT NULL,
  `id_status_acc` bigint NOT NULL DEFAULT '1',
  `tanggal` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `qty` bigint NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_pendaftaran_riwayat_tindakan`
--

CREATE TABLE `tbl_pendaftaran_riwayat_tindakan` (
  `id` bigint NOT NULL,
  `id_pegawai` bigint DEFAULT NULL,
  `id_dokter` bigint DEFAULT NULL,
  `id_tindakan` bigint NOT NULL,
  `id_pendaftaran` bigint NOT NULL,
  `id_uic` bigint NOT NULL COMMENT 'User in charge',
  `hasil_periksa` text CHARACTER SET latin1 COLLATE latin1_swedish_ci,
  `perkembangan` text CHARACTER SET latin1 COLLATE latin1_swedish_ci,
  `id_status_acc` bigint NOT NULL DEFAULT '1',
  `tanggal` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_poliklinik`
--

CREATE TABLE `tbl_poliklinik` (
  `id` bigint NOT NULL,
  `nama_poliklinik` varchar(40) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_profil_rumah_sakit`
--

CREATE TABLE `tbl_profil_rumah_sakit` (
  `id` int NOT NULL,
  `nama_rumah_sakit` varchar(50) NOT NULL,
  `alamat` text NOT NULL,
  `propinsi` varchar(30) NOT NULL,
  `kabupaten` varchar(30) NOT NULL,
  `no_telpon` varchar(13) NOT NULL,
  `logo` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_rs_gedung`
--

CREATE TABLE `tbl_rs_gedung` (
  `id` bigint NOT NULL,
  `kode_gedung` varchar(100) NOT NULL,
  `nama_gedung` varchar(40) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_rs_ruang`
--

CREATE TABLE `tbl_rs_ruang` (
  `id` bigint NOT NULL,
  `id_ranap_gedung` bigint NOT NULL,
  `id_ruang_kelas` bigint NOT NULL,
  `kode_ruang` varchar(100) NOT NULL,
  `nama_ruangan` varchar(35) NOT NULL,
  `tarif` int NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_rs_ruang_kelas`
--

CREATE TABLE `tbl_rs_ruang_kelas` (
  `id` bigint NOT NULL,
  `nama_kelas_ruang_ranap` varchar(50) NOT NULL,
  `deskripsi_kelas_ruang_ranap` text CHARACTER SET latin1 COLLATE latin1_swedish_ci,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_rs_tempat_tidur`
--

CREATE TABLE `tbl_rs_tempat_tidur` (
  `id` bigint NOT NULL,
  `id_ranap_ruang` bigint NOT NULL,
  `kode_tempat_tidur` varchar(254) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_status_acc`
--

CREATE TABLE `tbl_status_acc` (
  `id` bigint NOT NULL,
  `nama_status_acc` varchar(100) NOT NULL,
  `deskripsi_status_acc` text CHARACTER SET latin1 COLLATE latin1_swedish_ci,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_status_menikah`
--

CREATE TABLE `tbl_status_menikah` (
  `id` tinyint NOT NULL,
  `nama_status_menikah` varchar(30) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_tindakan`
--

CREATE TABLE `tbl_tindakan` (
  `id` bigint NOT NULL,
  `kode_tindakan` varchar(6) NOT NULL,
  `jenis_tindakan` enum('rawat_jalan','rawat_inap') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `nama_tindakan` varchar(254) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `kode_kategori_tindakan` bigint NOT NULL,
  `tarif` int NOT NULL,
  `tindakan_oleh` enum('dokter','petugas','dokter_dan_petugas') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `id_poliklinik` int DEFAULT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_tindakan_kategori`
--

CREATE TABLE `tbl_tindakan_kategori` (
  `id` bigint NOT NULL,
  `kode_kategori_tindakan` varchar(6) NOT NULL,
  `kategori_tindakan` varchar(40) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_user`
--

CREATE TABLE `tbl_user` (
  `id_users` bigint NOT NULL,
  `full_name` varchar(50) NOT NULL,
  `email` varchar(50) NOT NULL,
  `password` varchar(50) NOT NULL,
  `images` text NOT NULL,
  `id_user_level` int NOT NULL,
  `is_aktif` enum('y','n') NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tbl_user_level`
--

CREATE TABLE `tbl_user_level` (
  `id` bigint NOT NULL,
  `nama_level` varchar(30) NOT NULL,
  `id_uic` bigint NOT NULL,
  `tgl_input` datetime DEFAULT CURRENT_TIMESTAMP,
  `tgl_edit` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Indexes for dumped tables
--

--
-- Indeks untuk tabel `abc`
--
ALTER TABLE `abc`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `bh_pasien`
--
ALTER TABLE `bh_pasien`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `bh_pendaftaran_pasien_baru`
--
ALTER TABLE `bh_pendaftaran_pasien_baru`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `bh_pendaftaran_pasien_lama`
--
ALTER TABLE `bh_pendaftaran_pasien_lama`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `bh_pendaftaran_ranap`
--
ALTER TABLE `bh_pendaftaran_ranap`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_agama`
--
ALTER TABLE `tbl_agama`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_antrean`
--
ALTER TABLE `tbl_antrean`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_antrean_type`
--
ALTER TABLE `tbl_antrean_type`
  ADD PRIMARY KEY (`id_tipe_antrean`);

--
-- Indeks untuk tabel `tbl_barang`
--
ALTER TABLE `tbl_barang`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_satuan_1` (`id_satuan_barang`),
  ADD KEY `ifbk_kat_1` (`id_kat_barang`),
  ADD KEY `ifbk_kat_harga_1` (`id_kat_harga`);

--
-- Indeks untuk tabel `tbl_barang_kategori`
--
ALTER TABLE `tbl_barang_kategori`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_kat_kel_1` (`id_kelompok`);

--
-- Indeks untuk tabel `tbl_barang_kat_harga`
--
ALTER TABLE `tbl_barang_kat_harga`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_barang_kelompok`
--
ALTER TABLE `tbl_barang_kelompok`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_barang_mutasi`
--
ALTER TABLE `tbl_barang_mutasi`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_brg_1` (`id_barang`);

--
-- Indeks untuk tabel `tbl_barang_pengadaan`
--
ALTER TABLE `tbl_barang_pengadaan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_brg_supplier_1` (`id_supplier`);

--
-- Indeks untuk tabel `tbl_barang_pengadaan_detail`
--
ALTER TABLE `tbl_barang_pengadaan_detail`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_pengadaan_1` (`id_barang_pengadaan`),
  ADD KEY `ifbk_barang_1` (`id_barang`);

--
-- Indeks untuk tabel `tbl_barang_satuan`
--
ALTER TABLE `tbl_barang_satuan`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_barang_supplier`
--
ALTER TABLE `tbl_barang_supplier`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_departemen`
--
ALTER TABLE `tbl_departemen`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_deposit_mutasi`
--
ALTER TABLE `tbl_deposit_mutasi`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_diagnosa_penyakit`
--
ALTER TABLE `tbl_diagnosa_penyakit`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_dokter`
--
ALTER TABLE `tbl_dokter`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_dokter_gol_darah_1` (`id_gol_darah`),
  ADD KEY `ifbk_dok_spesialis_1` (`id_spesialis`),
  ADD KEY `ifbk_status_nikah_1` (`id_status_menikah`),
  ADD KEY `ifbk_dok_agama_1` (`id_agama`),
  ADD KEY `ifbk_dok_jk_1` (`id_jenis_kelamin`);

--
-- Indeks untuk tabel `tbl_dokter_jadwal`
--
ALTER TABLE `tbl_dokter_jadwal`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_dokter_spesialis`
--
ALTER TABLE `tbl_dokter_spesialis`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_gol_darah`
--
ALTER TABLE `tbl_gol_darah`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_jabatan`
--
ALTER TABLE `tbl_jabatan`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_jenis_bayar`
--
ALTER TABLE `tbl_jenis_bayar`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_jenis_kelamin`
--
ALTER TABLE `tbl_jenis_kelamin`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_jenjang`
--
ALTER TABLE `tbl_jenjang`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_jenjang_pendidikan`
--
ALTER TABLE `tbl_jenjang_pendidikan`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_menu`
--
ALTER TABLE `tbl_menu`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_menu_akses`
--
ALTER TABLE `tbl_menu_akses`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pasien`
--
ALTER TABLE `tbl_pasien`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `no_kartu` (`no_kartu`),
  ADD KEY `ifbk_pasien_jk` (`id_jenis_kelamin`),
  ADD KEY `ifbk_pasien_agama_1` (`id_agama`),
  ADD KEY `ifbk_pasien_gol_darah_1` (`id_gol_darah`),
  ADD KEY `ifbk_pasien_pekerjaan_1` (`id_pekerjaan`),
  ADD KEY `ibfk_pasien_nikah_1` (`id_status_pernikahan`);

--
-- Indeks untuk tabel `tbl_pasien_cara_masuk`
--
ALTER TABLE `tbl_pasien_cara_masuk`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pasien_hub_pj`
--
ALTER TABLE `tbl_pasien_hub_pj`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pasien_rekamedis`
--
ALTER TABLE `tbl_pasien_rekamedis`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_rm_pasien_1` (`id_pasien`);

--
-- Indeks untuk tabel `tbl_pasien_riwayat_perjalanan`
--
ALTER TABLE `tbl_pasien_riwayat_perjalanan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_rekamedis_2` (`id_rekamedis`);

--
-- Indeks untuk tabel `tbl_pasien_status_rawat`
--
ALTER TABLE `tbl_pasien_status_rawat`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pegawai`
--
ALTER TABLE `tbl_pegawai`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_agama_1` (`id_agama`),
  ADD KEY `ifbk_pg_bidang_1` (`id_bidang`),
  ADD KEY `ifbk_pg_gol_darah_1` (`id_gol_darah`),
  ADD KEY `ifbk_pg_jabatan_1` (`id_jabatan`),
  ADD KEY `ifbk_pg_departemen_1` (`id_departemen`),
  ADD KEY `ibfk_pg_jenjang_karir` (`id_jenjang`),
  ADD KEY `ifbk_pg_jk` (`id_jenis_kelamin`),
  ADD KEY `ifbk_pg_jenjang_pdkn` (`id_jenjang_pendidikan`),
  ADD KEY `ifbk_pg_status_nikah` (`id_status_menikah`);

--
-- Indeks untuk tabel `tbl_pegawai_bidang`
--
ALTER TABLE `tbl_pegawai_bidang`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pegawai_departemen`
--
ALTER TABLE `tbl_pegawai_departemen`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pegawai_jabatan`
--
ALTER TABLE `tbl_pegawai_jabatan`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pekerjaan`
--
ALTER TABLE `tbl_pekerjaan`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pendaftaran`
--
ALTER TABLE `tbl_pendaftaran`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_cara_masuk_1` (`id_cara_masuk`),
  ADD KEY `ifbk_jenis_bayar_1` (`id_jenis_bayar`),
  ADD KEY `ifbk_dok_pj_1` (`id_pj_dokter`),
  ADD KEY `ifbk_dok_poli_1` (`id_poli`),
  ADD KEY `ifbk_rekamedis_1` (`id_rekamedis`),
  ADD KEY `ifbk_status_rawat_1` (`id_status_rawat`);

--
-- Indeks untuk tabel `tbl_pendaftaran_diary`
--
ALTER TABLE `tbl_pendaftaran_diary`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pendaftaran_mutasi`
--
ALTER TABLE `tbl_pendaftaran_mutasi`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_pasien_pdftrn_1` (`id_pendaftaran`);

--
-- Indeks untuk tabel `tbl_pendaftaran_ranap`
--
ALTER TABLE `tbl_pendaftaran_ranap`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_pendaftaran_riwayat_obat`
--
ALTER TABLE `tbl_pendaftaran_riwayat_obat`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_rw_iddaftar_1` (`id_pendaftaran`),
  ADD KEY `ifbk_rw_idbarang` (`id_barang`),
  ADD KEY `ifbk_status_acc_2` (`id_status_acc`);

--
-- Indeks untuk tabel `tbl_pendaftaran_riwayat_tindakan`
--
ALTER TABLE `tbl_pendaftaran_riwayat_tindakan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_tindakan_id` (`id_tindakan`),
  ADD KEY `ifbk_tdkn_dokter` (`id_dokter`),
  ADD KEY `ibfk_tdkn_pegawai` (`id_pegawai`),
  ADD KEY `ibfk_tdkn_pdftrn` (`id_pendaftaran`);

--
-- Indeks untuk tabel `tbl_poliklinik`
--
ALTER TABLE `tbl_poliklinik`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_rs_gedung`
--
ALTER TABLE `tbl_rs_gedung`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_rs_ruang`
--
ALTER TABLE `tbl_rs_ruang`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_gedung_1` (`id_ranap_gedung`),
  ADD KEY `ifbk_kelas_1` (`id_ruang_kelas`);

--
-- Indeks untuk tabel `tbl_rs_ruang_kelas`
--
ALTER TABLE `tbl_rs_ruang_kelas`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_rs_tempat_tidur`
--
ALTER TABLE `tbl_rs_tempat_tidur`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_status_acc`
--
ALTER TABLE `tbl_status_acc`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_status_menikah`
--
ALTER TABLE `tbl_status_menikah`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tbl_tindakan`
--
ALTER TABLE `tbl_tindakan`
  ADD PRIMARY KEY (`id`),
  ADD KEY `ifbk_id_kat_3` (`kode_kategori_tindakan`);

--
-- Indeks untuk tabel `tbl_tindakan_kategori`
--
ALTER TABLE `tbl_tindakan_kategori`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `kode_kategori_tindakan` (`kode_kategori_tindakan`);

--
-- Indeks untuk tabel `tbl_user`
--
ALTER TABLE `tbl_user`
  ADD PRIMARY KEY (`id_users`);

--
-- Indeks untuk tabel `tbl_user_level`
--
ALTER TABLE `tbl_user_level`
  ADD PRIMARY KEY (`id`);

--
-- Ketidakleluasaan untuk tabel pelimpahan (Dumped Tables)
--

--
-- Ketidakleluasaan untuk tabel `tbl_barang`
--
ALTER TABLE `tbl_barang`
  ADD CONSTRAINT `ifbk_kat_1` FOREIGN KEY (`id_kat_barang`) REFERENCES `tbl_barang_kategori` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  ADD CONSTRAINT `ifbk_kat_harga_1` FOREIGN KEY (`id_kat_harga`) REFERENCES `tbl_barang_kat_harga` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_satuan_1` FOREIGN KEY (`id_satuan_barang`) REFERENCES `tbl_barang_satuan` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

--
-- Ketidakleluasaan untuk tabel `tbl_barang_kategori`
--
ALTER TABLE `tbl_barang_kategori`
  ADD CONSTRAINT `ifbk_kat_kel_1` FOREIGN KEY (`id_kelompok`) REFERENCES `tbl_barang_kelompok` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

--
-- Ketidakleluasaan untuk tabel `tbl_barang_mutasi`
--
ALTER TABLE `tbl_barang_mutasi`
  ADD CONSTRAINT `ifbk_brg_1` FOREIGN KEY (`id_barang`) REFERENCES `tbl_barang` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Ketidakleluasaan untuk tabel `tbl_barang_pengadaan`
--
ALTER TABLE `tbl_barang_pengadaan`
  ADD CONSTRAINT `ifbk_brg_supplier_1` FOREIGN KEY (`id_supplier`) REFERENCES `tbl_barang_supplier` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

--
-- Ketidakleluasaan untuk tabel `tbl_barang_pengadaan_detail`
--
ALTER TABLE `tbl_barang_pengadaan_detail`
  ADD CONSTRAINT `ifbk_barang_1` FOREIGN KEY (`id_barang`) REFERENCES `tbl_barang` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pengadaan_1` FOREIGN KEY (`id_barang_pengadaan`) REFERENCES `tbl_barang_pengadaan` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Ketidakleluasaan untuk tabel `tbl_dokter`
--
ALTER TABLE `tbl_dokter`
  ADD CONSTRAINT `ifbk_dok_agama_1` FOREIGN KEY (`id_agama`) REFERENCES `tbl_agama` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  ADD CONSTRAINT `ifbk_dok_jk_1` FOREIGN KEY (`id_jenis_kelamin`) REFERENCES `tbl_jenis_kelamin` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  ADD CONSTRAINT `ifbk_dok_spesialis_1` FOREIGN KEY (`id_spesialis`) REFERENCES `tbl_dokter_spesialis` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  ADD CONSTRAINT `ifbk_dokter_gol_darah_1` FOREIGN KEY (`id_gol_darah`) REFERENCES `tbl_gol_darah` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  ADD CONSTRAINT `ifbk_status_nikah_1` FOREIGN KEY (`id_status_menikah`) REFERENCES `tbl_status_menikah` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

--
-- Ketidakleluasaan untuk tabel `tbl_pasien`
--
ALTER TABLE `tbl_pasien`
  ADD CONSTRAINT `ibfk_pasien_nikah_1` FOREIGN KEY (`id_status_pernikahan`) REFERENCES `tbl_status_menikah` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pasien_agama_1` FOREIGN KEY (`id_agama`) REFERENCES `tbl_agama` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pasien_gol_darah_1` FOREIGN KEY (`id_gol_darah`) REFERENCES `tbl_gol_darah` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pasien_jk` FOREIGN KEY (`id_jenis_kelamin`) REFERENCES `tbl_jenis_kelamin` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pasien_pekerjaan_1` FOREIGN KEY (`id_pekerjaan`) REFERENCES `tbl_pekerjaan` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

--
-- Ketidakleluasaan untuk tabel `tbl_pasien_rekamedis`
--
ALTER TABLE `tbl_pasien_rekamedis`
  ADD CONSTRAINT `ifbk_rm_pasien_1` FOREIGN KEY (`id_pasien`) REFERENCES `tbl_pasien` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Ketidakleluasaan untuk tabel `tbl_pasien_riwayat_perjalanan`
--
ALTER TABLE `tbl_pasien_riwayat_perjalanan`
  ADD CONSTRAINT `ifbk_rekamedis_2` FOREIGN KEY (`id_rekamedis`) REFERENCES `tbl_pasien_rekamedis` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Ketidakleluasaan untuk tabel `tbl_pegawai`
--
ALTER TABLE `tbl_pegawai`
  ADD CONSTRAINT `ibfk_pg_jenjang_karir` FOREIGN KEY (`id_jenjang`) REFERENCES `tbl_jenjang` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_agama_1` FOREIGN KEY (`id_agama`) REFERENCES `tbl_agama` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pg_bidang_1` FOREIGN KEY (`id_bidang`) REFERENCES `tbl_pegawai_bidang` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  ADD CONSTRAINT `ifbk_pg_departemen_1` FOREIGN KEY (`id_departemen`) REFERENCES `tbl_pegawai_departemen` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pg_gol_darah_1` FOREIGN KEY (`id_gol_darah`) REFERENCES `tbl_gol_darah` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pg_jabatan_1` FOREIGN KEY (`id_jabatan`) REFERENCES `tbl_jabatan` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pg_jenjang_pdkn` FOREIGN KEY (`id_jenjang_pendidikan`) REFERENCES `tbl_jenjang_pendidikan` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pg_jk` FOREIGN KEY (`id_jenis_kelamin`) REFERENCES `tbl_jenis_kelamin` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_pg_status_nikah` FOREIGN KEY (`id_status_menikah`) REFERENCES `tbl_status_menikah` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

--
-- Ketidakleluasaan untuk tabel `tbl_pendaftaran`
--
ALTER TABLE `tbl_pendaftaran`
  ADD CONSTRAINT `ifbk_cara_masuk_1` FOREIGN KEY (`id_cara_masuk`) REFERENCES `tbl_pasien_cara_masuk` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_dok_pj_1` FOREIGN KEY (`id_pj_dokter`) REFERENCES `tbl_dokter` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_dok_poli_1` FOREIGN KEY (`id_poli`) REFERENCES `tbl_poliklinik` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_jenis_bayar_1` FOREIGN KEY (`id_jenis_bayar`) REFERENCES `tbl_jenis_bayar` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_rekamedis_1` FOREIGN KEY (`id_rekamedis`) REFERENCES `tbl_pasien_rekamedis` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_status_rawat_1` FOREIGN KEY (`id_status_rawat`) REFERENCES `tbl_pasien_status_rawat` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

--
-- Ketidakleluasaan untuk tabel `tbl_pendaftaran_mutasi`
--
ALTER TABLE `tbl_pendaftaran_mutasi`
  ADD CONSTRAINT `ifbk_pasien_pdftrn_1` FOREIGN KEY (`id_pendaftaran`) REFERENCES `tbl_pendaftaran` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

--
-- Ketidakleluasaan untuk tabel `tbl_pendaftaran_riwayat_obat`
--
ALTER TABLE `tbl_pendaftaran_riwayat_obat`
  ADD CONSTRAINT `ifbk_rw_idbarang` FOREIGN KEY (`id_barang`) REFERENCES `tbl_barang` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_rw_iddaftar_1` FOREIGN KEY (`id_pendaftaran`) REFERENCES `tbl_pendaftaran` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `ifbk_status_acc_2` FOREIGN KEY (`id_status_acc`) REFERENCES `tbl_status_acc` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

--
-- Ketidakleluasaan untuk tabel `tbl_pendaftaran_riwayat_tindakan`
--
ALTER TABLE `tbl_pendaftaran_riwayat_tindakan`
  ADD CONSTRAINT `ibfk_tdkn_pdftrn` FOREIGN KEY (`id_pendaftaran`) REFERENCES `tbl_pendaftaran` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ibfk_tdkn_pegawai` FOREIGN KEY (`id_pegawai`) REFERENCES `tbl_pegawai` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_tdkn_dokter` FOREIGN KEY (`id_dokter`) REFERENCES `tbl_dokter` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_tindakan_id` FOREIGN KEY (`id_tindakan`) REFERENCES `tbl_tindakan` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

--
-- Ketidakleluasaan untuk tabel `tbl_rs_ruang`
--
ALTER TABLE `tbl_rs_ruang`
  ADD CONSTRAINT `ifbk_gedung_1` FOREIGN KEY (`id_ranap_gedung`) REFERENCES `tbl_rs_gedung` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  ADD CONSTRAINT `ifbk_kelas_1` FOREIGN KEY (`id_ruang_kelas`) REFERENCES `tbl_rs_ruang_kelas` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;

--
-- Ketidakleluasaan untuk tabel `tbl_tindakan`
--
ALTER TABLE `tbl_tindakan`
  ADD CONSTRAINT `ifbk_id_kat_3` FOREIGN KEY (`kode_kategori_tindakan`) REFERENCES `tbl_tindakan_kategori` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;