-- phpMyAdmin SQL Dump
-- version 4.8.3
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Waktu pembuatan: 18 Agu 2021 pada 06.05
-- Versi server: 10.1.35-MariaDB
-- Versi PHP: 7.2.9

START TRANSACTION;

--
-- Database: `pts`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `ahli_waris`
--

CREATE TABLE `ahli_waris` (
  `id_ahli_waris` int(11) NOT NULL,
  `nik_ahli_waris` varchar(255) NOT NULL,
  `id_jk` int(11) NOT NULL,
  `nama_ahli_waris` varchar(255) NOT NULL,
  `temp_lahir_ahli_waris` varchar(255) NOT NULL,
  `desa_ahli_waris` varchar(255) NOT NULL,
  `tgl_lahir_ahli_waris` date DEFAULT NULL,
  `kecamatan_ahli_waris` varchar(255) NOT NULL,
  `pekerjaan_ahli_waris` varchar(255) NOT NULL,
  `kabupaten_ahli_waris` varchar(255) NOT NULL,
  `agama_ahli_waris` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `ahli_waris`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `bukti_alas_hak`
--

CREATE TABLE `bukti_alas_hak` (
  `id_bah` int(11) NOT NULL,
  `id_jah` int(11) NOT NULL,
  `id_klaster` int(11) NOT NULL,
  `id_ss` int(11) NOT NULL,
  `nama_alas_hak` varchar(255) NOT NULL,
  `nomor_alas_hak` varchar(255) NOT NULL,
  `tgl_alas_hak` date NOT NULL,
  `pembuat_alas_hak` varchar(255) NOT NULL,
  `luas_yang_dimohon` varchar(255) NOT NULL,
  `bt_utara` varchar(255) NOT NULL,
  `bt_timur` varchar(255) NOT NULL,
  `bt_selatan` varchar(255) NOT NULL,
  `bt_barat` varchar(255) NOT NULL,
  `harga_bah` int(100) NOT NULL,
  `nama_alm` varchar(255) NOT NULL,
  `tgl_alm` date NOT NULL,
  `desa_alm` varchar(255) NOT NULL,
  `kecamatan_alm` varchar(255) NOT NULL,
  `kabupaten_alm` varchar(255) NOT NULL,
  `desa_akhir` varchar(255) NOT NULL,
  `kecamatan_akhir` varchar(255) NOT NULL,
  `kabupaten_akhir` varchar(255) NOT NULL,
  `kawin_dengan` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `bukti_alas_hak`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `desa`
--

CREATE TABLE `desa` (
  `id_desa` int(11) NOT NULL,
  `id_kecamatan` int(11) NOT NULL,
  `kode_desa` varchar(50) NOT NULL,
  `nama_desa` varchar(225) NOT NULL,
  `kabupaten` varchar(225) NOT NULL,
  `reje_kampung` varchar(225) NOT NULL,
  `nama_camat` varchar(100) NOT NULL,
  `nip` varchar(50) NOT NULL,
  `alamat` text NOT NULL,
  `kode_pos` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `desa`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `jabatan_ajudikasi`
--

CREATE TABLE `jabatan_ajudikasi` (
  `id_jabatan_ajudikasi` int(11) NOT NULL,
  `jabatan_ajudikasi` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `jabatan_ajudikasi`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `jenis_alas_hak`
--

CREATE TABLE `jenis_alas_hak` (
  `id_jah` int(11) NOT NULL,
  `nama_jah` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `jenis_alas_hak`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `jenis_hak`
--

CREATE TABLE `jenis_hak` (
  `id_jh` int(11) NOT NULL,
  `nama_jh` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `jenis_hak`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `jenis_kelamin`
--

CREATE TABLE `jenis_kelamin` (
  `id_jk` int(11) NOT NULL,
  `nama_jk` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `jenis_kelamin`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `jenis_pemohon`
--

CREATE TABLE `jenis_pemohon` (
  `id_jenis_pemohon` int(11) NOT NULL,
  `jenis_pemohon` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `jenis_pemohon`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `kecamatan`
--

CREATE TABLE `kecamatan` (
  `id_kecamatan` int(11) NOT NULL,
  `nama_kecamatan` varchar(225) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `kecamatan`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `keluarga`
--

CREATE TABLE `keluarga` (
  `id_keluarga` int(11) NOT NULL,
  `nik_keluarga` varchar(255) NOT NULL,
  `id_jk` int(11) NOT NULL,
  `nama_keluarga` varchar(255) NOT NULL,
  `temp_lahir_keluarga` varchar(255) NOT NULL,
  `desa_keluarga` varchar(255) NOT NULL,
  `tgl_lahir_keluarga` date NOT NULL,
  `kecamatan_keluarga` varchar(255) NOT NULL,
  `pekerjaan_keluarga` varchar(255) NOT NULL,
  `kabupaten_keluarga` varchar(255) NOT NULL,
  `agama_keluarga` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

-- --------------------------------------------------------

--
-- Struktur dari tabel `klaster`
--

CREATE TABLE `klaster` (
  `id_klaster` int(11) NOT NULL,
  `nama_klaster` varchar(255) NOT NULL,
  `keterangan_klaster` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `klaster`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `kuasa`
--

CREATE TABLE `kuasa` (
  `id_kuasa` int(11) NOT NULL,
  `nik_kuasa` varchar(255) NOT NULL,
  `id_jk` int(11) NOT NULL,
  `nama_kuasa` varchar(255) NOT NULL,
  `temp_lahir_kuasa` varchar(255) NOT NULL,
  `desa_kuasa` varchar(255) NOT NULL,
  `tgl_lahir_kuasa` date NOT NULL,
  `kecamatan_kuasa` varchar(255) NOT NULL,
  `pekerjaan_kuasa` varchar(255) NOT NULL,
  `kabupaten_kuasa` varchar(255) NOT NULL,
  `agama_kuasa` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `kuasa`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `level`
--

CREATE TABLE `level` (
  `id_level` int(11) NOT NULL,
  `nama_level` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `level`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `panitia_ajudikasi`
--

CREATE TABLE `panitia_ajudikasi` (
  `nama_pegawai` varchar(255) NOT NULL,
  `NIP` int(11) NOT NULL,
  `golongan` varchar(255) NOT NULL,
  `jabatan` varchar(255) NOT NULL,
  `id_jabatan_ajudikasi` int(11) NOT NULL,
  `id_proyek` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `panitia_ajudikasi`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `pemohon`
--

CREATE TABLE `pemohon` (
  `nik` varchar(255) NOT NULL,
  `id_jk` int(11) NOT NULL,
  `id_desa` int(11) NOT NULL,
  `id_kecamatan` int(11) NOT NULL,
  `nama_pemohon` varchar(255) NOT NULL,
  `no_telp` varchar(255) NOT NULL,
  `tempat_lahir` varchar(255) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `pekerjaan` varchar(255) NOT NULL,
  `agama` varchar(255) NOT NULL,
  `kabupaten` varchar(255) NOT NULL,
  `id_jenis_pemohon` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `pemohon`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `penlok`
--

CREATE TABLE `penlok` (
  `id_penlok` int(11) NOT NULL,
  `id_proyek` int(11) NOT NULL,
  `id_desa` int(11) NOT NULL,
  `jumlah_persil` int(11) NOT NULL,
  `no_sk_penlok` varchar(255) NOT NULL,
  `tgl_sk_penlok` date NOT NULL,
  `id_kecamatan` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `penlok`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `penyanggah`
--

CREATE TABLE `penyanggah` (
  `id_penyanggah` int(11) NOT NULL,
  `nik_penyanggah` varchar(255) NOT NULL,
  `id_jk` int(11) NOT NULL,
  `nama_penyanggah` varchar(255) NOT NULL,
  `temp_lahir_penyanggah` varchar(255) NOT NULL,
  `desa_penyanggah` varchar(255) NOT NULL,
  `tgl_lahir_penyanggah` date NOT NULL,
  `kecamatan_penyanggah` varchar(255) NOT NULL,
  `pekerjaan_penyanggah` varchar(255) NOT NULL,
  `kabupaten_penyanggah` varchar(255) NOT NULL,
  `agama_penyanggah` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `penyanggah`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `pihak_pertama`
--

CREATE TABLE `pihak_pertama` (
  `id_pihak_pertama` int(11) NOT NULL,
  `nik_pihak_pertama` varchar(255) NOT NULL,
  `id_jk` int(11) NOT NULL,
  `nama_pihak_pertama` varchar(255) NOT NULL,
  `temp_lahir_pihak_pertama` varchar(255) NOT NULL,
  `desa_pihak_pertama` varchar(255) NOT NULL,
  `tgl_lahir_pihak_pertama` date NOT NULL,
  `kecamatan_pihak_pertama` varchar(255) NOT NULL,
  `pekerjaan_pihak_pertama` varchar(255) NOT NULL,
  `kabupaten_pihak_pertama` varchar(255) NOT NULL,
  `agama_pihak_pertama` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `pihak_pertama`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `proyek`
--

CREATE TABLE `proyek` (
  `id_proyek` int(11) NOT NULL,
  `nama_proyek` varchar(225) NOT NULL,
  `tahun_proyek` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `proyek`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `saksi`
--

CREATE TABLE `saksi` (
  `id_saksi` int(11) NOT NULL,
  `nik_saksi` varchar(100) NOT NULL,
  `id_jk` int(11) NOT NULL,
  `nama_saksi` varchar(225) NOT NULL,
  `temp_lahir_saksi` varchar(225) NOT NULL,
  `desa_saksi` varchar(255) NOT NULL,
  `tgl_lahir_saksi` date NOT NULL,
  `kecamatan_saksi` varchar(255) NOT NULL,
  `pekerjaan_saksi` varchar(255) NOT NULL,
  `kabupaten_saksi` varchar(255) NOT NULL,
  `agama_saksi` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `saksi`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `status_surat`
--

CREATE TABLE `status_surat` (
  `id_ss` int(11) NOT NULL,
  `nama_ss` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `status_surat`
--

-- --------------------------------------------------------

--
-- Struktur dari tabel `user`
--

CREATE TABLE `user` (
  `id_user` int(11) NOT NULL,
  `nama_user` varchar(100) NOT NULL,
  `user_nama` varchar(100) NOT NULL,
  `password` varchar(225) NOT NULL,
  `id_desa` int(11) NOT NULL,
  `id_level` int(11) NOT NULL,
  `id_proyek` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

--
-- Dumping data untuk tabel `user`
--

--
-- Indexes for dumped tables
--

--
-- Indeks untuk tabel `ahli_waris`
--
ALTER TABLE `ahli_waris`
  ADD PRIMARY KEY (`id_ahli_waris`);

--
-- Indeks untuk tabel `bukti_alas_hak`
--
ALTER TABLE `bukti_alas_hak`
  ADD PRIMARY KEY (`id_bah`);

--
-- Indeks untuk tabel `desa`
--
ALTER TABLE `desa`
  ADD PRIMARY KEY (`id_desa`);

--
-- Indeks untuk tabel `jabatan_ajudikasi`
--
ALTER TABLE `jabatan_ajudikasi`
  ADD PRIMARY KEY (`id_jabatan_ajudikasi`);

--
-- Indeks untuk tabel `jenis_alas_hak`
--
ALTER TABLE `jenis_alas_hak`
  ADD PRIMARY KEY (`id_jah`);

--
-- Indeks untuk tabel `jenis_hak`
--
ALTER TABLE `jenis_hak`
  ADD PRIMARY KEY (`id_jh`);

--
-- Indeks untuk tabel `jenis_kelamin`
--
ALTER TABLE `jenis_kelamin`
  ADD PRIMARY KEY (`id_jk`);

--
-- Indeks untuk tabel `jenis_pemohon`
--
ALTER TABLE `jenis_pemohon`
  ADD PRIMARY KEY (`id_jenis_pemohon`);

--
-- Indeks untuk tabel `kecamatan`
--
ALTER TABLE `kecamatan`
  ADD PRIMARY KEY (`id_kecamatan`);

--
-- Indeks untuk tabel `keluarga`
--
ALTER TABLE `keluarga`
  ADD PRIMARY KEY (`id_keluarga`);

--
-- Indeks untuk tabel `klaster`
--
ALTER TABLE `klaster`
  ADD PRIMARY KEY (`id_klaster`);

--
-- Indeks untuk tabel `kuasa`
--
ALTER TABLE `kuasa`
  ADD PRIMARY KEY (`id_kuasa`);

--
-- Indeks untuk tabel `level`
--
ALTER TABLE `level`
  ADD PRIMARY KEY (`id_level`);

--
-- Indeks untuk tabel `panitia_ajudikasi`
--
ALTER TABLE `panitia_ajudikasi`
  ADD PRIMARY KEY (`NIP`);

--
-- Indeks untuk tabel `pemohon`
--
ALTER TABLE `pemohon`
  ADD PRIMARY KEY (`nik`);

--
-- Indeks untuk tabel `penlok`
--
ALTER TABLE `penlok`
  ADD PRIMARY KEY (`id_penlok`);

--
-- Indeks untuk tabel `penyanggah`
--
ALTER TABLE `penyanggah`
  ADD PRIMARY KEY (`id_penyanggah`);

--
-- Indeks untuk tabel `pihak_pertama`
--
ALTER TABLE `pihak_pertama`
  ADD PRIMARY KEY (`id_pihak_pertama`);

--
-- Indeks untuk tabel `proyek`
--
ALTER TABLE `proyek`
  ADD PRIMARY KEY (`id_proyek`);

--
-- Indeks untuk tabel `saksi`
--
ALTER TABLE `saksi`
  ADD PRIMARY KEY (`id_saksi`);

--
-- Indeks untuk tabel `status_surat`
--
ALTER TABLE `status_surat`
  ADD PRIMARY KEY (`id_ss`);

--
-- Indeks untuk tabel `user`
--
ALTER TABLE `user`
  ADD PRIMARY KEY (`id_user`);

--
-- AUTO_INCREMENT untuk tabel yang dibuang
--

--
-- AUTO_INCREMENT untuk tabel `ahli_waris`
--
ALTER TABLE `ahli_waris`
  MODIFY `id_ahli_waris` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT untuk tabel `bukti_alas_hak`
--
ALTER TABLE `bukti_alas_hak`
  MODIFY `id_bah` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

--
-- AUTO_INCREMENT untuk tabel `desa`
--
ALTER TABLE `desa`
  MODIFY `id_desa` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT untuk tabel `jenis_alas_hak`
--
ALTER TABLE `jenis_alas_hak`
  MODIFY `id_jah` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

--
-- AUTO_INCREMENT untuk tabel `jenis_hak`
--
ALTER TABLE `jenis_hak`
  MODIFY `id_jh` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT untuk tabel `jenis_kelamin`
--
ALTER TABLE `jenis_kelamin`
  MODIFY `id_jk` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT untuk tabel `jenis_pemohon`
--
ALTER TABLE `jenis_pemohon`
  MODIFY `id_jenis_pemohon` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=6;

--
-- AUTO_INCREMENT untuk tabel `kecamatan`
--
ALTER TABLE `kecamatan`
  MODIFY `id_kecamatan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=11;

--
-- AUTO_INCREMENT untuk tabel `keluarga`
--
ALTER TABLE `keluarga`
  MODIFY `id_keluarga` int(11) NOT NULL AUTO_INCREMENT;

--
-- AUTO_INCREMENT untuk tabel `klaster`
--
ALTER TABLE `klaster`
  MODIFY `id_klaster` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT untuk tabel `kuasa`
--
ALTER TABLE `kuasa`
  MODIFY `id_kuasa` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT untuk tabel `level`
--
ALTER TABLE `level`
  MODIFY `id_level` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT untuk tabel `penlok`
--
ALTER TABLE `penlok`
  MODIFY `id_penlok` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT untuk tabel `penyanggah`
--
ALTER TABLE `penyanggah`
  MODIFY `id_penyanggah` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT untuk tabel `pihak_pertama`
--
ALTER TABLE `pihak_pertama`
  MODIFY `id_pihak_pertama` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT untuk tabel `proyek`
--
ALTER TABLE `proyek`
  MODIFY `id_proyek` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

--
-- AUTO_INCREMENT untuk tabel `saksi`
--
ALTER TABLE `saksi`
  MODIFY `id_saksi` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT untuk tabel `status_surat`
--
ALTER TABLE `status_surat`
  MODIFY `id_ss` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

--
-- AUTO_INCREMENT untuk tabel `user`
--
ALTER TABLE `user`
  MODIFY `id_user` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;
COMMIT;

