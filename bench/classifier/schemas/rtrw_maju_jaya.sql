-- phpMyAdmin SQL Dump
-- version 5.2.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Waktu pembuatan: 07 Jan 2026 pada 17.01
-- Versi server: 10.4.32-MariaDB
-- Versi PHP: 8.2.12

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `db_rtrw`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `aduan`
--

CREATE TABLE `aduan` (
  `id_aduan` int(11) NOT NULL,
  `id_warga` int(11) NOT NULL,
  `judul_aduan` varchar(255) NOT NULL,
  `kategori` enum('infrastruktur','keamanan','kebersihan','sosial','lainnya') NOT NULL,
  `isi_aduan` text NOT NULL,
  `lokasi` varchar(255) DEFAULT NULL,
  `foto_bukti` varchar(255) DEFAULT NULL,
  `status` enum('baru','diproses','selesai','ditolak') DEFAULT 'baru',
  `prioritas` enum('rendah','sedang','tinggi','urgent') DEFAULT 'sedang',
  `tanggal_aduan` timestamp NOT NULL DEFAULT current_timestamp(),
  `tanggal_proses` timestamp NULL DEFAULT NULL,
  `tanggal_selesai` timestamp NULL DEFAULT NULL,
  `ditangani_oleh` int(11) DEFAULT NULL,
  `catatan_penanganan` text DEFAULT NULL,
  `solusi` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `galeri`
--

CREATE TABLE `galeri` (
  `id_galeri` int(11) NOT NULL,
  `id_kegiatan` int(11) DEFAULT NULL,
  `judul` varchar(255) NOT NULL,
  `deskripsi` text DEFAULT NULL,
  `file_path` varchar(255) NOT NULL,
  `tipe_file` enum('foto','video') DEFAULT 'foto',
  `tanggal_upload` timestamp NOT NULL DEFAULT current_timestamp(),
  `uploaded_by` int(11) DEFAULT NULL,
  `status` enum('draft','published','archived') DEFAULT 'published'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `iuran_warga`
--

CREATE TABLE `iuran_warga` (
  `id_iuran` int(11) NOT NULL,
  `id_kk` int(11) NOT NULL,
  `bulan` int(11) NOT NULL,
  `tahun` int(11) NOT NULL,
  `nominal` decimal(10,2) NOT NULL,
  `jenis_iuran` varchar(100) DEFAULT 'Iuran Rutin',
  `status_bayar` enum('belum','lunas') DEFAULT 'belum',
  `tanggal_bayar` timestamp NULL DEFAULT NULL,
  `metode_bayar` enum('tunai','transfer','lainnya') DEFAULT NULL,
  `bukti_bayar` varchar(255) DEFAULT NULL,
  `keterangan` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `jenis_surat`
--

CREATE TABLE `jenis_surat` (
  `id_jenis_surat` int(11) NOT NULL,
  `nama_surat` varchar(100) NOT NULL,
  `keterangan` text DEFAULT NULL,
  `persyaratan` text DEFAULT NULL,
  `template_surat` text DEFAULT NULL,
  `biaya_admin` decimal(10,2) DEFAULT 0.00,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `kas_rt`
--

CREATE TABLE `kas_rt` (
  `id_kas` int(11) NOT NULL,
  `id_rt` int(11) NOT NULL,
  `id_kategori` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `jenis_transaksi` enum('pemasukan','pengeluaran') NOT NULL,
  `nominal` decimal(12,2) NOT NULL,
  `keterangan` text DEFAULT NULL,
  `bukti_transaksi` varchar(255) DEFAULT NULL,
  `id_user_input` int(11) DEFAULT NULL,
  `saldo_akhir` decimal(12,2) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `kas_rw`
--

CREATE TABLE `kas_rw` (
  `id_kas` int(11) NOT NULL,
  `id_rw` int(11) NOT NULL,
  `id_kategori` int(11) NOT NULL,
  `tanggal` date NOT NULL,
  `jenis_transaksi` enum('pemasukan','pengeluaran') NOT NULL,
  `nominal` decimal(12,2) NOT NULL,
  `keterangan` text DEFAULT NULL,
  `bukti_transaksi` varchar(255) DEFAULT NULL,
  `id_user_input` int(11) DEFAULT NULL,
  `saldo_akhir` decimal(12,2) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `kategori_keuangan`
--

CREATE TABLE `kategori_keuangan` (
  `id_kategori` int(11) NOT NULL,
  `nama_kategori` varchar(100) NOT NULL,
  `tipe` enum('pemasukan','pengeluaran') NOT NULL,
  `keterangan` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `kegiatan`
--

CREATE TABLE `kegiatan` (
  `id_kegiatan` int(11) NOT NULL,
  `nama_kegiatan` varchar(255) NOT NULL,
  `deskripsi` text DEFAULT NULL,
  `tanggal_kegiatan` date NOT NULL,
  `waktu_mulai` time DEFAULT NULL,
  `waktu_selesai` time DEFAULT NULL,
  `lokasi` varchar(255) DEFAULT NULL,
  `penyelenggara` enum('rt','rw','gabungan') DEFAULT 'rt',
  `id_rt` int(11) DEFAULT NULL,
  `id_rw` int(11) DEFAULT NULL,
  `kategori` enum('sosial','keagamaan','olahraga','pendidikan','kesehatan','lainnya') DEFAULT 'sosial',
  `peserta_target` varchar(100) DEFAULT NULL,
  `status` enum('rencana','berlangsung','selesai','dibatalkan') DEFAULT 'rencana',
  `anggaran` decimal(12,2) DEFAULT NULL,
  `realisasi_biaya` decimal(12,2) DEFAULT NULL,
  `jumlah_peserta` int(11) DEFAULT NULL,
  `foto_kegiatan` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `kehadiran_rapat`
--

CREATE TABLE `kehadiran_rapat` (
  `id_kehadiran` int(11) NOT NULL,
  `id_rapat` int(11) NOT NULL,
  `id_kk` int(11) NOT NULL,
  `nama_perwakilan` varchar(100) DEFAULT NULL,
  `status_kehadiran` enum('hadir','tidak_hadir','izin') DEFAULT 'tidak_hadir',
  `waktu_datang` timestamp NULL DEFAULT NULL,
  `keterangan` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `kelurahan`
--

CREATE TABLE `kelurahan` (
  `id_kelurahan` int(11) NOT NULL,
  `nama_kelurahan` varchar(100) NOT NULL,
  `kecamatan` varchar(100) DEFAULT NULL,
  `kota` varchar(100) DEFAULT NULL,
  `kode_pos` varchar(10) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `kepala_keluarga`
--

CREATE TABLE `kepala_keluarga` (
  `id_kk` int(11) NOT NULL,
  `id_rt` int(11) DEFAULT NULL,
  `nomor_kk` varchar(20) NOT NULL,
  `nama_kepala_keluarga` varchar(100) NOT NULL,
  `alamat` text NOT NULL,
  `rt_rw` varchar(20) DEFAULT NULL,
  `kelurahan` varchar(100) DEFAULT NULL,
  `kecamatan` varchar(100) DEFAULT NULL,
  `kota` varchar(100) DEFAULT NULL,
  `provinsi` varchar(100) DEFAULT NULL,
  `kode_pos` varchar(10) DEFAULT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `status_kepemilikan` enum('Milik Sendiri','Kontrak','Sewa','Menumpang') DEFAULT 'Milik Sendiri',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `log_aktivitas`
--

CREATE TABLE `log_aktivitas` (
  `id_log` int(11) NOT NULL,
  `id_user` int(11) DEFAULT NULL,
  `aktivitas` varchar(255) NOT NULL,
  `tabel_terkait` varchar(100) DEFAULT NULL,
  `id_record` int(11) DEFAULT NULL,
  `keterangan` text DEFAULT NULL,
  `ip_address` varchar(50) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `pengajuan_surat`
--

CREATE TABLE `pengajuan_surat` (
  `id_pengajuan` int(11) NOT NULL,
  `id_warga` int(11) NOT NULL,
  `id_jenis_surat` int(11) NOT NULL,
  `nomor_surat` varchar(50) DEFAULT NULL,
  `tujuan_surat` text DEFAULT NULL,
  `keterangan_tambahan` text DEFAULT NULL,
  `status_pengajuan` enum('pending','disetujui_rt','ditolak_rt','disetujui_rw','ditolak_rw','selesai','diambil') DEFAULT 'pending',
  `tanggal_pengajuan` timestamp NOT NULL DEFAULT current_timestamp(),
  `tanggal_validasi_rt` timestamp NULL DEFAULT NULL,
  `tanggal_validasi_rw` timestamp NULL DEFAULT NULL,
  `tanggal_selesai` timestamp NULL DEFAULT NULL,
  `tanggal_diambil` timestamp NULL DEFAULT NULL,
  `divalidasi_oleh_rt` int(11) DEFAULT NULL,
  `divalidasi_oleh_rw` int(11) DEFAULT NULL,
  `catatan_rt` text DEFAULT NULL,
  `catatan_rw` text DEFAULT NULL,
  `alasan_penolakan` text DEFAULT NULL,
  `file_surat` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `pengumuman`
--

CREATE TABLE `pengumuman` (
  `id_pengumuman` int(11) NOT NULL,
  `judul` varchar(255) NOT NULL,
  `isi_pengumuman` text NOT NULL,
  `kategori` enum('penting','info','peringatan','acara','lainnya') DEFAULT 'info',
  `prioritas` enum('rendah','normal','tinggi','urgent') DEFAULT 'normal',
  `target_audience` enum('semua','rt_tertentu','rw','pengurus') DEFAULT 'semua',
  `id_rt` int(11) DEFAULT NULL,
  `tanggal_mulai` date DEFAULT NULL,
  `tanggal_berakhir` date DEFAULT NULL,
  `gambar` varchar(255) DEFAULT NULL,
  `dibuat_oleh` int(11) DEFAULT NULL,
  `status` enum('draft','published','archived') DEFAULT 'published',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `rapat`
--

CREATE TABLE `rapat` (
  `id_rapat` int(11) NOT NULL,
  `judul_rapat` varchar(255) NOT NULL,
  `tanggal_rapat` datetime NOT NULL,
  `tempat` varchar(255) DEFAULT NULL,
  `agenda` text DEFAULT NULL,
  `jenis_rapat` enum('rt','rw','gabungan') NOT NULL,
  `id_rt` int(11) DEFAULT NULL,
  `id_rw` int(11) DEFAULT NULL,
  `notulen` text DEFAULT NULL,
  `hasil_rapat` text DEFAULT NULL,
  `status` enum('dijadwalkan','berlangsung','selesai','dibatalkan') DEFAULT 'dijadwalkan',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `rt`
--

CREATE TABLE `rt` (
  `id_rt` int(11) NOT NULL,
  `id_rw` int(11) DEFAULT NULL,
  `nomor_rt` varchar(10) NOT NULL,
  `ketua_rt` varchar(100) DEFAULT NULL,
  `sekretaris_rt` varchar(100) DEFAULT NULL,
  `bendahara_rt` varchar(100) DEFAULT NULL,
  `alamat_kantor` text DEFAULT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `rw`
--

CREATE TABLE `rw` (
  `id_rw` int(11) NOT NULL,
  `id_kelurahan` int(11) DEFAULT NULL,
  `nomor_rw` varchar(10) NOT NULL,
  `ketua_rw` varchar(100) DEFAULT NULL,
  `sekretaris_rw` varchar(100) DEFAULT NULL,
  `bendahara_rw` varchar(100) DEFAULT NULL,
  `alamat_kantor` text DEFAULT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `tugas_rt`
--

CREATE TABLE `tugas_rt` (
  `id_tugas` int(11) NOT NULL,
  `id_rt` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `judul_tugas` varchar(255) NOT NULL,
  `deskripsi` text DEFAULT NULL,
  `prioritas` enum('rendah','normal','tinggi','urgent') DEFAULT 'normal',
  `deadline` date DEFAULT NULL,
  `status` enum('belum','progress','selesai') DEFAULT 'belum',
  `tanggal_selesai` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `users`
--

CREATE TABLE `users` (
  `id_user` int(11) NOT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(255) NOT NULL,
  `role` enum('warga','rt','rw','admin') NOT NULL,
  `id_warga` int(11) DEFAULT NULL,
  `id_rt` int(11) DEFAULT NULL,
  `id_rw` int(11) DEFAULT NULL,
  `status` enum('aktif','nonaktif') DEFAULT 'aktif',
  `last_login` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- --------------------------------------------------------

--
-- Struktur dari tabel `warga`
--

CREATE TABLE `warga` (
  `id_warga` int(11) NOT NULL,
  `id_kk` int(11) DEFAULT NULL,
  `nik` varchar(20) NOT NULL,
  `nama_lengkap` varchar(100) NOT NULL,
  `tempat_lahir` varchar(100) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `jenis_kelamin` enum('Laki-laki','Perempuan') NOT NULL,
  `agama` enum('Islam','Kristen','Katolik','Hindu','Buddha','Konghucu') NOT NULL,
  `pendidikan_terakhir` varchar(50) DEFAULT NULL,
  `pekerjaan` varchar(100) DEFAULT NULL,
  `status_perkawinan` enum('Belum Kawin','Kawin','Cerai Hidup','Cerai Mati') DEFAULT 'Belum Kawin',
  `status_dalam_keluarga` enum('Kepala Keluarga','Istri','Anak','Menantu','Cucu','Orangtua','Lainnya') NOT NULL,
  `kewarganegaraan` varchar(20) DEFAULT 'WNI',
  `nomor_paspor` varchar(50) DEFAULT NULL,
  `nomor_telepon` varchar(20) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `status_hidup` enum('Hidup','Meninggal') DEFAULT 'Hidup',
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Indexes for dumped tables
--

--
-- Indeks untuk tabel `aduan`
--
ALTER TABLE `aduan`
  ADD PRIMARY KEY (`id_aduan`),
  ADD KEY `id_warga` (`id_warga`),
  ADD KEY `ditangani_oleh` (`ditangani_oleh`),
  ADD KEY `idx_aduan_status` (`status`);

--
-- Indeks untuk tabel `galeri`
--
ALTER TABLE `galeri`
  ADD PRIMARY KEY (`id_galeri`),
  ADD KEY `id_kegiatan` (`id_kegiatan`),
  ADD KEY `uploaded_by` (`uploaded_by`);

--
-- Indeks untuk tabel `iuran_warga`
--
ALTER TABLE `iuran_warga`
  ADD PRIMARY KEY (`id_iuran`),
  ADD UNIQUE KEY `unique_iuran` (`id_kk`,`bulan`,`tahun`,`jenis_iuran`),
  ADD KEY `idx_iuran_periode` (`bulan`,`tahun`),
  ADD KEY `idx_iuran_status` (`status_bayar`);

--
-- Indeks untuk tabel `jenis_surat`
--
ALTER TABLE `jenis_surat`
  ADD PRIMARY KEY (`id_jenis_surat`);

--
-- Indeks untuk tabel `kas_rt`
--
ALTER TABLE `kas_rt`
  ADD PRIMARY KEY (`id_kas`),
  ADD KEY `id_rt` (`id_rt`),
  ADD KEY `id_kategori` (`id_kategori`),
  ADD KEY `id_user_input` (`id_user_input`);

--
-- Indeks untuk tabel `kas_rw`
--
ALTER TABLE `kas_rw`
  ADD PRIMARY KEY (`id_kas`),
  ADD KEY `id_rw` (`id_rw`),
  ADD KEY `id_kategori` (`id_kategori`),
  ADD KEY `id_user_input` (`id_user_input`);

--
-- Indeks untuk tabel `kategori_keuangan`
--
ALTER TABLE `kategori_keuangan`
  ADD PRIMARY KEY (`id_kategori`);

--
-- Indeks untuk tabel `kegiatan`
--
ALTER TABLE `kegiatan`
  ADD PRIMARY KEY (`id_kegiatan`),
  ADD KEY `id_rt` (`id_rt`),
  ADD KEY `id_rw` (`id_rw`);

--
-- Indeks untuk tabel `kehadiran_rapat`
--
ALTER TABLE `kehadiran_rapat`
  ADD PRIMARY KEY (`id_kehadiran`),
  ADD KEY `id_rapat` (`id_rapat`),
  ADD KEY `id_kk` (`id_kk`);

--
-- Indeks untuk tabel `kelurahan`
--
ALTER TABLE `kelurahan`
  ADD PRIMARY KEY (`id_kelurahan`);

--
-- Indeks untuk tabel `kepala_keluarga`
--
ALTER TABLE `kepala_keluarga`
  ADD PRIMARY KEY (`id_kk`),
  ADD UNIQUE KEY `nomor_kk` (`nomor_kk`),
  ADD KEY `id_rt` (`id_rt`),
  ADD KEY `idx_kk_nomor` (`nomor_kk`);

--
-- Indeks untuk tabel `log_aktivitas`
--
ALTER TABLE `log_aktivitas`
  ADD PRIMARY KEY (`id_log`),
  ADD KEY `id_user` (`id_user`);

--
-- Indeks untuk tabel `pengajuan_surat`
--
ALTER TABLE `pengajuan_surat`
  ADD PRIMARY KEY (`id_pengajuan`),
  ADD UNIQUE KEY `nomor_surat` (`nomor_surat`),
  ADD KEY `id_warga` (`id_warga`),
  ADD KEY `id_jenis_surat` (`id_jenis_surat`),
  ADD KEY `divalidasi_oleh_rt` (`divalidasi_oleh_rt`),
  ADD KEY `divalidasi_oleh_rw` (`divalidasi_oleh_rw`),
  ADD KEY `idx_pengajuan_status` (`status_pengajuan`);

--
-- Indeks untuk tabel `pengumuman`
--
ALTER TABLE `pengumuman`
  ADD PRIMARY KEY (`id_pengumuman`),
  ADD KEY `id_rt` (`id_rt`),
  ADD KEY `dibuat_oleh` (`dibuat_oleh`),
  ADD KEY `idx_pengumuman_tanggal` (`tanggal_mulai`,`tanggal_berakhir`);

--
-- Indeks untuk tabel `rapat`
--
ALTER TABLE `rapat`
  ADD PRIMARY KEY (`id_rapat`),
  ADD KEY `id_rt` (`id_rt`),
  ADD KEY `id_rw` (`id_rw`);

--
-- Indeks untuk tabel `rt`
--
ALTER TABLE `rt`
  ADD PRIMARY KEY (`id_rt`),
  ADD KEY `id_rw` (`id_rw`);

--
-- Indeks untuk tabel `rw`
--
ALTER TABLE `rw`
  ADD PRIMARY KEY (`id_rw`),
  ADD KEY `id_kelurahan` (`id_kelurahan`);

--
-- Indeks untuk tabel `tugas_rt`
--
ALTER TABLE `tugas_rt`
  ADD PRIMARY KEY (`id_tugas`),
  ADD KEY `id_rt` (`id_rt`),
  ADD KEY `id_user` (`id_user`);

--
-- Indeks untuk tabel `users`
--
ALTER TABLE `users`
  ADD PRIMARY KEY (`id_user`),
  ADD UNIQUE KEY `username` (`username`),
  ADD KEY `id_warga` (`id_warga`),
  ADD KEY `id_rt` (`id_rt`),
  ADD KEY `id_rw` (`id_rw`),
  ADD KEY `idx_users_username` (`username`);

--
-- Indeks untuk tabel `warga`
--
ALTER TABLE `warga`
  ADD PRIMARY KEY (`id_warga`),
  ADD UNIQUE KEY `nik` (`nik`),
  ADD KEY `id_kk` (`id_kk`),
  ADD KEY `idx_warga_nik` (`nik`),
  ADD KEY `idx_warga_nama` (`nama_lengkap`);

--
-- Ketidakleluasaan untuk tabel pelimpahan (Dumped Tables)
--

--
-- Ketidakleluasaan untuk tabel `aduan`
--
ALTER TABLE `aduan`
  ADD CONSTRAINT `aduan_ibfk_1` FOREIGN KEY (`id_warga`) REFERENCES `warga` (`id_warga`) ON DELETE CASCADE,
  ADD CONSTRAINT `aduan_ibfk_2` FOREIGN KEY (`ditangani_oleh`) REFERENCES `users` (`id_user`) ON DELETE SET NULL;

--
-- Ketidakleluasaan untuk tabel `galeri`
--
ALTER TABLE `galeri`
  ADD CONSTRAINT `galeri_ibfk_1` FOREIGN KEY (`id_kegiatan`) REFERENCES `kegiatan` (`id_kegiatan`) ON DELETE SET NULL,
  ADD CONSTRAINT `galeri_ibfk_2` FOREIGN KEY (`uploaded_by`) REFERENCES `users` (`id_user`) ON DELETE SET NULL;

--
-- Ketidakleluasaan untuk tabel `iuran_warga`
--
ALTER TABLE `iuran_warga`
  ADD CONSTRAINT `iuran_warga_ibfk_1` FOREIGN KEY (`id_kk`) REFERENCES `kepala_keluarga` (`id_kk`) ON DELETE CASCADE;

--
-- Ketidakleluasaan untuk tabel `kas_rt`
--
ALTER TABLE `kas_rt`
  ADD CONSTRAINT `kas_rt_ibfk_1` FOREIGN KEY (`id_rt`) REFERENCES `rt` (`id_rt`) ON DELETE CASCADE,
  ADD CONSTRAINT `kas_rt_ibfk_2` FOREIGN KEY (`id_kategori`) REFERENCES `kategori_keuangan` (`id_kategori`) ON DELETE CASCADE,
  ADD CONSTRAINT `kas_rt_ibfk_3` FOREIGN KEY (`id_user_input`) REFERENCES `users` (`id_user`) ON DELETE SET NULL;

--
-- Ketidakleluasaan untuk tabel `kas_rw`
--
ALTER TABLE `kas_rw`
  ADD CONSTRAINT `kas_rw_ibfk_1` FOREIGN KEY (`id_rw`) REFERENCES `rw` (`id_rw`) ON DELETE CASCADE,
  ADD CONSTRAINT `kas_rw_ibfk_2` FOREIGN KEY (`id_kategori`) REFERENCES `kategori_keuangan` (`id_kategori`) ON DELETE CASCADE,
  ADD CONSTRAINT `kas_rw_ibfk_3` FOREIGN KEY (`id_user_input`) REFERENCES `users` (`id_user`) ON DELETE SET NULL;

--
-- Ketidakleluasaan untuk tabel `kegiatan`
--
ALTER TABLE `kegiatan`
  ADD CONSTRAINT `kegiatan_ibfk_1` FOREIGN KEY (`id_rt`) REFERENCES `rt` (`id_rt`) ON DELETE SET NULL,
  ADD CONSTRAINT `kegiatan_ibfk_2` FOREIGN KEY (`id_rw`) REFERENCES `rw` (`id_rw`) ON DELETE SET NULL;

--
-- Ketidakleluasaan untuk tabel `kehadiran_rapat`
--
ALTER TABLE `kehadiran_rapat`
  ADD CONSTRAINT `kehadiran_rapat_ibfk_1` FOREIGN KEY (`id_rapat`) REFERENCES `rapat` (`id_rapat`) ON DELETE CASCADE,
  ADD CONSTRAINT `kehadiran_rapat_ibfk_2` FOREIGN KEY (`id_kk`) REFERENCES `kepala_keluarga` (`id_kk`) ON DELETE CASCADE;

--
-- Ketidakleluasaan untuk tabel `kepala_keluarga`
--
ALTER TABLE `kepala_keluarga`
  ADD CONSTRAINT `kepala_keluarga_ibfk_1` FOREIGN KEY (`id_rt`) REFERENCES `rt` (`id_rt`) ON DELETE CASCADE;

--
-- Ketidakleluasaan untuk tabel `log_aktivitas`
--
ALTER TABLE `log_aktivitas`
  ADD CONSTRAINT `log_aktivitas_ibfk_1` FOREIGN KEY (`id_user`) REFERENCES `users` (`id_user`) ON DELETE SET NULL;

--
-- Ketidakleluasaan untuk tabel `pengajuan_surat`
--
ALTER TABLE `pengajuan_surat`
  ADD CONSTRAINT `pengajuan_surat_ibfk_1` FOREIGN KEY (`id_warga`) REFERENCES `warga` (`id_warga`) ON DELETE CASCADE,
  ADD CONSTRAINT `pengajuan_surat_ibfk_2` FOREIGN KEY (`id_jenis_surat`) REFERENCES `jenis_surat` (`id_jenis_surat`) ON DELETE CASCADE,
  ADD CONSTRAINT `pengajuan_surat_ibfk_3` FOREIGN KEY (`divalidasi_oleh_rt`) REFERENCES `users` (`id_user`) ON DELETE SET NULL,
  ADD CONSTRAINT `pengajuan_surat_ibfk_4` FOREIGN KEY (`divalidasi_oleh_rw`) REFERENCES `users` (`id_user`) ON DELETE SET NULL;

--
-- Ketidakleluasaan untuk tabel `pengumuman`
--
ALTER TABLE `pengumuman`
  ADD CONSTRAINT `pengumuman_ibfk_1` FOREIGN KEY (`id_rt`) REFERENCES `rt` (`id_rt`) ON DELETE SET NULL,
  ADD CONSTRAINT `pengumuman_ibfk_2` FOREIGN KEY (`dibuat_oleh`) REFERENCES `users` (`id_user`) ON DELETE SET NULL;

--
-- Ketidakleluasaan untuk tabel `rapat`
--
ALTER TABLE `rapat`
  ADD CONSTRAINT `rapat_ibfk_1` FOREIGN KEY (`id_rt`) REFERENCES `rt` (`id_rt`) ON DELETE SET NULL,
  ADD CONSTRAINT `rapat_ibfk_2` FOREIGN KEY (`id_rw`) REFERENCES `rw` (`id_rw`) ON DELETE SET NULL;

--
-- Ketidakleluasaan untuk tabel `rt`
--
ALTER TABLE `rt`
  ADD CONSTRAINT `rt_ibfk_1` FOREIGN KEY (`id_rw`) REFERENCES `rw` (`id_rw`) ON DELETE CASCADE;

--
-- Ketidakleluasaan untuk tabel `rw`
--
ALTER TABLE `rw`
  ADD CONSTRAINT `rw_ibfk_1` FOREIGN KEY (`id_kelurahan`) REFERENCES `kelurahan` (`id_kelurahan`) ON DELETE CASCADE;

--
-- Ketidakleluasaan untuk tabel `tugas_rt`
--
ALTER TABLE `tugas_rt`
  ADD CONSTRAINT `tugas_rt_ibfk_1` FOREIGN KEY (`id_rt`) REFERENCES `rt` (`id_rt`) ON DELETE CASCADE,
  ADD CONSTRAINT `tugas_rt_ibfk_2` FOREIGN KEY (`id_user`) REFERENCES `users` (`id_user`) ON DELETE CASCADE;

--
-- Ketidakleluasaan untuk tabel `users`
--
ALTER TABLE `users`
  ADD CONSTRAINT `users_ibfk_1` FOREIGN KEY (`id_warga`) REFERENCES `warga` (`id_warga`) ON DELETE CASCADE,
  ADD CONSTRAINT `users_ibfk_2` FOREIGN KEY (`id_rt`) REFERENCES `rt` (`id_rt`) ON DELETE CASCADE,
  ADD CONSTRAINT `users_ibfk_3` FOREIGN KEY (`id_rw`) REFERENCES `rw` (`id_rw`) ON DELETE CASCADE;

--
-- Ketidakleluasaan untuk tabel `warga`
--
ALTER TABLE `warga`
  ADD CONSTRAINT `warga_ibfk_1` FOREIGN KEY (`id_kk`) REFERENCES `kepala_keluarga` (`id_kk`) ON DELETE CASCADE;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
