-- phpMyAdmin SQL Dump
-- version 5.0.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Waktu pembuatan: 11 Apr 2023 pada 05.04
-- Versi server: 10.4.11-MariaDB
-- Versi PHP: 7.4.1

START TRANSACTION;

--
-- Database: `rauminid_pmb`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `admin`
--

CREATE TABLE `admin` (
  `id` int(11) NOT NULL,
  `username` varchar(30) NOT NULL,
  `password` varchar(200) NOT NULL,
  `cookie` varchar(100) NOT NULL,
  `level` varchar(40) DEFAULT NULL,
  `photo_profile` varchar(100) DEFAULT NULL,
  `email` varchar(50) DEFAULT NULL,
  `nama` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `admin`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `akte_kelahiran`
--

CREATE TABLE `akte_kelahiran` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `akte_kelahiran` varchar(200) DEFAULT NULL,
  `token` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `akte_kelahiran`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `berita`
--

CREATE TABLE `berita` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `judul` varchar(100) DEFAULT NULL,
  `slug` varchar(100) DEFAULT NULL,
  `isi` text DEFAULT NULL,
  `waktu` datetime DEFAULT NULL,
  `foto` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `berita`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `berkas_pendaftaran`
--

CREATE TABLE `berkas_pendaftaran` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `ktp` varchar(100) DEFAULT NULL,
  `token_ktp` varchar(10) DEFAULT NULL,
  `kk` varchar(100) DEFAULT NULL,
  `token_kk` varchar(10) DEFAULT NULL,
  `akte_kelahiran` varchar(100) DEFAULT NULL,
  `token_akte_kelahiran` varchar(10) DEFAULT NULL,
  `ijazah_sma_smk` varchar(100) DEFAULT NULL,
  `token_ijazah_sma_smk` varchar(10) NOT NULL,
  `nilai_un` varchar(100) DEFAULT NULL,
  `token_nilai_un` varchar(10) DEFAULT NULL,
  `transkrip_nilai` varchar(100) DEFAULT NULL,
  `token_transkirp_nilai` varchar(10) DEFAULT NULL,
  `ijazah_d1_d2_d3_s1` varchar(100) DEFAULT NULL,
  `token_ijazah_d1_d2_d3_s1` varchar(10) DEFAULT NULL,
  `sk_pindah` varchar(100) DEFAULT NULL,
  `token_sk_pindah` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `berkas_pendaftaran`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `camaba`
--

CREATE TABLE `camaba` (
  `id` int(11) NOT NULL,
  `no_pendaftaran` varchar(50) DEFAULT NULL,
  `jurusan` varchar(10) DEFAULT NULL,
  `name` varchar(40) NOT NULL,
  `username` varchar(45) NOT NULL,
  `email` varchar(50) NOT NULL,
  `password` varchar(200) NOT NULL,
  `date_register` datetime NOT NULL,
  `is_activate` int(1) NOT NULL,
  `token` varchar(100) NOT NULL,
  `token_reset` varchar(100) NOT NULL,
  `cookie` varchar(100) NOT NULL,
  `photo_profile` varchar(30) NOT NULL,
  `nohp` varchar(15) DEFAULT NULL,
  `tokenwa` varchar(20) DEFAULT NULL,
  `tanggal_daftar` date DEFAULT NULL,
  `bulan` varchar(20) DEFAULT NULL,
  `hari` varchar(20) DEFAULT NULL,
  `tahun` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `camaba`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `device`
--

CREATE TABLE `device` (
  `id` int(11) NOT NULL,
  `id_users` int(11) DEFAULT NULL,
  `number` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `description` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `multidevice` varchar(10) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `status` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data untuk tabel `device`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `fasilitas`
--

CREATE TABLE `fasilitas` (
  `id` int(11) NOT NULL,
  `nama` varchar(100) DEFAULT NULL,
  `foto` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `fasilitas`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `foto`
--

CREATE TABLE `foto` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `foto` varchar(200) DEFAULT NULL,
  `token` varchar(20) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `foto`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `general`
--

CREATE TABLE `general` (
  `id` int(11) NOT NULL,
  `app_name` varchar(150) NOT NULL,
  `slogan` varchar(150) NOT NULL,
  `host_mail` varchar(50) NOT NULL,
  `port_mail` varchar(10) NOT NULL,
  `crypto_smtp` varchar(20) NOT NULL,
  `account_gmail` varchar(50) NOT NULL,
  `pass_gmail` varchar(50) NOT NULL,
  `whatsapp` varchar(20) NOT NULL,
  `server_api_midtrans` varchar(150) NOT NULL,
  `client_api_midtrans` varchar(150) NOT NULL,
  `waapi` varchar(100) DEFAULT NULL,
  `xenditkey` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `general`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `ijazah`
--

CREATE TABLE `ijazah` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `ijazah` varchar(200) DEFAULT NULL,
  `token` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `ijazah`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `ijazah_d1_d2_d3`
--

CREATE TABLE `ijazah_d1_d2_d3` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `ijazah_d1_d2_d3` varchar(100) DEFAULT NULL,
  `token` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `ijazah_d1_d2_d3`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `ijazah_s1`
--

CREATE TABLE `ijazah_s1` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `ijazah_s1` varchar(100) DEFAULT NULL,
  `token` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `ijazah_s1`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `inbox`
--

CREATE TABLE `inbox` (
  `penerima` varchar(10) DEFAULT NULL,
  `pengirim` varchar(10) DEFAULT NULL,
  `waktu` varchar(50) DEFAULT NULL,
  `isi` text DEFAULT NULL,
  `status` varchar(5) DEFAULT NULL,
  `terkirim` varchar(10) DEFAULT NULL,
  `realtime` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `inbox`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `invoice`
--

CREATE TABLE `invoice` (
  `id` int(11) NOT NULL,
  `camaba` varchar(20) NOT NULL,
  `invoice_code` varchar(100) NOT NULL,
  `jurusan` varchar(10) DEFAULT NULL,
  `total_all` int(11) NOT NULL,
  `date_input` datetime NOT NULL DEFAULT current_timestamp(),
  `xendit_id` varchar(100) DEFAULT NULL,
  `pay_status` varchar(30) NOT NULL,
  `link_pay` varchar(150) NOT NULL,
  `bulan` varchar(30) DEFAULT NULL,
  `tahun` year(4) DEFAULT NULL,
  `bukti` varchar(100) DEFAULT NULL,
  `tanggal_konfirmasi` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `invoice`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `jurusan`
--

CREATE TABLE `jurusan` (
  `id` int(11) NOT NULL,
  `kode` varchar(4) DEFAULT NULL,
  `jurusan` varchar(50) DEFAULT NULL,
  `foto` varchar(50) DEFAULT NULL,
  `biaya` varchar(20) DEFAULT NULL,
  `deskripsi` text DEFAULT NULL,
  `slug` varchar(50) DEFAULT NULL,
  `instagram` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `jurusan`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `kk`
--

CREATE TABLE `kk` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `kk` varchar(200) DEFAULT NULL,
  `token` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `kk`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `ktp`
--

CREATE TABLE `ktp` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `ktp` varchar(200) DEFAULT NULL,
  `token` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- --------------------------------------------------------

--
-- Struktur dari tabel `norek`
--

CREATE TABLE `norek` (
  `id` int(11) NOT NULL,
  `norek` varchar(100) DEFAULT NULL,
  `bank` varchar(100) DEFAULT NULL,
  `atasnama` varchar(100) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `norek`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `notifadmin`
--

CREATE TABLE `notifadmin` (
  `id` int(11) NOT NULL,
  `notifikasi` varchar(100) DEFAULT NULL,
  `date` datetime DEFAULT current_timestamp(),
  `is_read` int(11) DEFAULT NULL,
  `type` varchar(20) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `notifadmin`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `notifikasi`
--

CREATE TABLE `notifikasi` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `notifikasi` varchar(50) DEFAULT NULL,
  `is_read` varchar(1) DEFAULT NULL,
  `date` datetime DEFAULT current_timestamp(),
  `desktopnotif` varchar(5) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `notifikasi`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `outbox`
--

CREATE TABLE `outbox` (
  `id` int(11) NOT NULL,
  `penerima` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `text` text COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `status` varchar(5) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `id_device` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `type` varchar(15) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `url_file` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data untuk tabel `outbox`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `pendaftaran`
--

CREATE TABLE `pendaftaran` (
  `id` int(11) NOT NULL,
  `id_user` varchar(10) DEFAULT NULL,
  `no_pendaftaran` varchar(20) DEFAULT NULL,
  `tahun` year(4) DEFAULT NULL,
  `jurusan` varchar(20) DEFAULT NULL,
  `nama_depan` varchar(50) DEFAULT NULL,
  `nama_belakang` varchar(50) DEFAULT NULL,
  `nik` int(11) NOT NULL,
  `nisn` int(11) NOT NULL,
  `tempat_lahir` varchar(30) DEFAULT NULL,
  `tanggal_lahir` varchar(30) DEFAULT NULL,
  `alamat` varchar(100) DEFAULT NULL,
  `alamat_jember` varchar(100) NOT NULL,
  `size_almet` char(3) NOT NULL,
  `nohp` varchar(15) DEFAULT NULL,
  `gdarah` varchar(5) DEFAULT NULL,
  `jk` varchar(10) DEFAULT NULL,
  `wn` varchar(20) DEFAULT NULL,
  `agama` varchar(20) DEFAULT NULL,
  `anak` varchar(20) DEFAULT NULL,
  `jsaudara` varchar(20) DEFAULT NULL,
  `pekerjaan` varchar(20) DEFAULT NULL,
  `asalsekolah` varchar(20) DEFAULT NULL,
  `tahunlulus` year(4) DEFAULT NULL,
  `npsn` int(11) NOT NULL,
  `alamatsekolah` varchar(200) DEFAULT NULL,
  `kota` varchar(20) DEFAULT NULL,
  `prov` varchar(20) DEFAULT NULL,
  `nama_ortu` varchar(50) DEFAULT NULL,
  `nohp_ortu` varchar(15) DEFAULT NULL,
  `agama_ortu` varchar(20) DEFAULT NULL,
  `pekerjaan_ortu` varchar(40) DEFAULT NULL,
  `pendidikan_ortu` varchar(30) DEFAULT NULL,
  `penghasilan_ortu` varchar(30) DEFAULT NULL,
  `alamat_ortu` varchar(100) DEFAULT NULL,
  `jalur_pendaftaran` varchar(100) NOT NULL,
  `informasi` text NOT NULL,
  `kipk` int(11) NOT NULL,
  `tanggal_daftar` date DEFAULT NULL,
  `bulan` varchar(20) DEFAULT NULL,
  `hari` varchar(20) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `pendaftaran`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `persyaratan_lain`
--

CREATE TABLE `persyaratan_lain` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `persyaratan_lain` varchar(100) DEFAULT NULL,
  `token` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `persyaratan_lain`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `provinces`
--

CREATE TABLE `provinces` (
  `id` char(2) COLLATE utf8_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

--
-- Dumping data untuk tabel `provinces`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `regencies`
--

CREATE TABLE `regencies` (
  `id` char(4) COLLATE utf8_unicode_ci NOT NULL,
  `province_id` char(2) COLLATE utf8_unicode_ci NOT NULL,
  `name` varchar(255) COLLATE utf8_unicode_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

--
-- Dumping data untuk tabel `regencies`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `settings`
--

CREATE TABLE `settings` (
  `id` int(11) NOT NULL,
  `short_desc` text NOT NULL,
  `address` varchar(200) NOT NULL,
  `logo` varchar(100) NOT NULL,
  `favicon` varchar(100) NOT NULL,
  `header_pendaftaran` varchar(100) DEFAULT NULL,
  `buka_pendaftaran` varchar(2) DEFAULT NULL,
  `video_profile` text DEFAULT NULL,
  `hero` varchar(100) DEFAULT NULL,
  `fasilitas` varchar(100) DEFAULT NULL,
  `bghero` varchar(100) DEFAULT NULL,
  `lokasi` varchar(1000) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `settings`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `sk_pindah`
--

CREATE TABLE `sk_pindah` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `sk` varchar(100) DEFAULT NULL,
  `token` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `sk_pindah`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `status_pendaftaran`
--

CREATE TABLE `status_pendaftaran` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `form_pendaftaran` int(11) DEFAULT NULL,
  `pembayaran` int(11) DEFAULT NULL,
  `ijazah` int(11) DEFAULT NULL,
  `foto` int(11) DEFAULT NULL,
  `kk` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `status_pendaftaran`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `tahun_akademik`
--

CREATE TABLE `tahun_akademik` (
  `id` int(11) NOT NULL,
  `tahun` varchar(20) DEFAULT NULL,
  `awal` date DEFAULT NULL,
  `akhir` date DEFAULT NULL,
  `aktif` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `tahun_akademik`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `transkrip_nilai_d1_d2_d3`
--

CREATE TABLE `transkrip_nilai_d1_d2_d3` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `transkrip_d1_d2_d3` varchar(100) DEFAULT NULL,
  `token` int(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `transkrip_nilai_d1_d2_d3`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `transkrip_nilai_s1`
--

CREATE TABLE `transkrip_nilai_s1` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `transkrip_s1` varchar(100) DEFAULT NULL,
  `token` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `transkrip_nilai_s1`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `un`
--

CREATE TABLE `un` (
  `id` int(11) NOT NULL,
  `user` int(11) DEFAULT NULL,
  `un` varchar(100) DEFAULT NULL,
  `token` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data untuk tabel `un`
--

-- --------------------------------------------------------

--
-- Stand-in struktur untuk tampilan `v_pilihan_prodi_pendaftar`
-- (Lihat di bawah untuk tampilan aktual)
--
CREATE TABLE `v_pilihan_prodi_pendaftar` (
`id_user` int(11)
,`no_pendaftaran` varchar(20)
,`nama_lengkap` varchar(101)
,`kode_prodi` varchar(4)
,`nama_prodi` varchar(50)
,`tanggal_daftar` date
);

-- --------------------------------------------------------

--
-- Struktur untuk view `v_pilihan_prodi_pendaftar`
--
DROP TABLE IF EXISTS `v_pilihan_prodi_pendaftar`;

CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_pilihan_prodi_pendaftar`  AS  select `c`.`id` AS `id_user`,`p`.`no_pendaftaran` AS `no_pendaftaran`,concat_ws(' ',`p`.`nama_depan`,`p`.`nama_belakang`) AS `nama_lengkap`,`j`.`kode` AS `kode_prodi`,`j`.`jurusan` AS `nama_prodi`,`p`.`tanggal_daftar` AS `tanggal_daftar` from ((`camaba` `c` join `pendaftaran` `p` on(`c`.`id` = `p`.`id_user`)) join `jurusan` `j` on(`j`.`kode` = `p`.`jurusan`)) ;

--
-- Indexes for dumped tables
--

--
-- Indeks untuk tabel `admin`
--
ALTER TABLE `admin`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `akte_kelahiran`
--
ALTER TABLE `akte_kelahiran`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `berita`
--
ALTER TABLE `berita`
  ADD KEY `id` (`id`);

--
-- Indeks untuk tabel `berkas_pendaftaran`
--
ALTER TABLE `berkas_pendaftaran`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `camaba`
--
ALTER TABLE `camaba`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `device`
--
ALTER TABLE `device`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `fasilitas`
--
ALTER TABLE `fasilitas`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `foto`
--
ALTER TABLE `foto`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `general`
--
ALTER TABLE `general`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `ijazah`
--
ALTER TABLE `ijazah`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `ijazah_d1_d2_d3`
--
ALTER TABLE `ijazah_d1_d2_d3`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `ijazah_s1`
--
ALTER TABLE `ijazah_s1`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `invoice`
--
ALTER TABLE `invoice`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `jurusan`
--
ALTER TABLE `jurusan`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `kk`
--
ALTER TABLE `kk`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `ktp`
--
ALTER TABLE `ktp`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `norek`
--
ALTER TABLE `norek`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `notifadmin`
--
ALTER TABLE `notifadmin`
  ADD KEY `id` (`id`);

--
-- Indeks untuk tabel `notifikasi`
--
ALTER TABLE `notifikasi`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `outbox`
--
ALTER TABLE `outbox`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `pendaftaran`
--
ALTER TABLE `pendaftaran`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `persyaratan_lain`
--
ALTER TABLE `persyaratan_lain`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `provinces`
--
ALTER TABLE `provinces`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `regencies`
--
ALTER TABLE `regencies`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `settings`
--
ALTER TABLE `settings`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `sk_pindah`
--
ALTER TABLE `sk_pindah`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `status_pendaftaran`
--
ALTER TABLE `status_pendaftaran`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `tahun_akademik`
--
ALTER TABLE `tahun_akademik`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `transkrip_nilai_d1_d2_d3`
--
ALTER TABLE `transkrip_nilai_d1_d2_d3`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `transkrip_nilai_s1`
--
ALTER TABLE `transkrip_nilai_s1`
  ADD PRIMARY KEY (`id`);

--
-- Indeks untuk tabel `un`
--
ALTER TABLE `un`
  ADD PRIMARY KEY (`id`);

--
-- AUTO_INCREMENT untuk tabel yang dibuang
--

--
-- AUTO_INCREMENT untuk tabel `admin`
--
ALTER TABLE `admin`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT untuk tabel `akte_kelahiran`
--
ALTER TABLE `akte_kelahiran`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=28;

--
-- AUTO_INCREMENT untuk tabel `berita`
--
ALTER TABLE `berita`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=27;

--
-- AUTO_INCREMENT untuk tabel `berkas_pendaftaran`
--
ALTER TABLE `berkas_pendaftaran`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT untuk tabel `camaba`
--
ALTER TABLE `camaba`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=212;

--
-- AUTO_INCREMENT untuk tabel `device`
--
ALTER TABLE `device`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT untuk tabel `fasilitas`
--
ALTER TABLE `fasilitas`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=13;

--
-- AUTO_INCREMENT untuk tabel `foto`
--
ALTER TABLE `foto`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=65;

--
-- AUTO_INCREMENT untuk tabel `general`
--
ALTER TABLE `general`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT untuk tabel `ijazah`
--
ALTER TABLE `ijazah`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=138;

--
-- AUTO_INCREMENT untuk tabel `ijazah_d1_d2_d3`
--
ALTER TABLE `ijazah_d1_d2_d3`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=11;

--
-- AUTO_INCREMENT untuk tabel `ijazah_s1`
--
ALTER TABLE `ijazah_s1`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=15;

--
-- AUTO_INCREMENT untuk tabel `invoice`
--
ALTER TABLE `invoice`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=134;

--
-- AUTO_INCREMENT untuk tabel `jurusan`
--
ALTER TABLE `jurusan`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=31;

--
-- AUTO_INCREMENT untuk tabel `kk`
--
ALTER TABLE `kk`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=78;

--
-- AUTO_INCREMENT untuk tabel `ktp`
--
ALTER TABLE `ktp`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=32;

--
-- AUTO_INCREMENT untuk tabel `norek`
--
ALTER TABLE `norek`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

--
-- AUTO_INCREMENT untuk tabel `notifadmin`
--
ALTER TABLE `notifadmin`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=83;

--
-- AUTO_INCREMENT untuk tabel `notifikasi`
--
ALTER TABLE `notifikasi`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=658;

--
-- AUTO_INCREMENT untuk tabel `outbox`
--
ALTER TABLE `outbox`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=124;

--
-- AUTO_INCREMENT untuk tabel `pendaftaran`
--
ALTER TABLE `pendaftaran`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=98;

--
-- AUTO_INCREMENT untuk tabel `persyaratan_lain`
--
ALTER TABLE `persyaratan_lain`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT untuk tabel `settings`
--
ALTER TABLE `settings`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT untuk tabel `sk_pindah`
--
ALTER TABLE `sk_pindah`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT untuk tabel `status_pendaftaran`
--
ALTER TABLE `status_pendaftaran`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=31;

--
-- AUTO_INCREMENT untuk tabel `tahun_akademik`
--
ALTER TABLE `tahun_akademik`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT untuk tabel `transkrip_nilai_d1_d2_d3`
--
ALTER TABLE `transkrip_nilai_d1_d2_d3`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

--
-- AUTO_INCREMENT untuk tabel `transkrip_nilai_s1`
--
ALTER TABLE `transkrip_nilai_s1`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=14;

--
-- AUTO_INCREMENT untuk tabel `un`
--
ALTER TABLE `un`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;
COMMIT;

