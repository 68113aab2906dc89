-- origin: rzkiiawldn/e-posyandu db_posyandu.sql (phpMyAdmin dump, database `db_posyandu` of a village health post (posyandu): cadres, mothers, infants, immunisation and growth-chart (KMS) records; schema part, data rows and AUTO_INCREMENT lines left out)

CREATE TABLE `artikel` (
  `id_artikel` int(11) NOT NULL,
  `judul` varchar(225) NOT NULL,
  `isi_artikel` text NOT NULL,
  `view` int(11) NOT NULL,
  `foto` varchar(225) NOT NULL,
  `id_kategori` varchar(50) NOT NULL,
  `created_by` varchar(225) NOT NULL,
  `created_date` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dataakun` (
  `id_akun` int(11) NOT NULL,
  `nik` varchar(20) DEFAULT NULL,
  `nama` varchar(50) NOT NULL,
  `email` varchar(50) NOT NULL,
  `kode_posyandu` varchar(80) NOT NULL,
  `password` varchar(256) NOT NULL,
  `alamat` varchar(150) NOT NULL,
  `no_telepon` varchar(20) NOT NULL,
  `jabatan` varchar(50) DEFAULT NULL,
  `role` int(11) NOT NULL,
  `pendidikan_terakhir` varchar(20) NOT NULL,
  `tempat_lahir` varchar(50) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `image` varchar(80) NOT NULL,
  `created_at` date NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dataanak` (
  `nik` char(20) NOT NULL,
  `kode_posyandu` varchar(20) NOT NULL,
  `id_kms` varchar(10) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `email` varchar(30) NOT NULL,
  `password` varchar(128) NOT NULL,
  `tempat_lahir` varchar(100) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `jk` varchar(30) NOT NULL,
  `golongan_darah` varchar(3) NOT NULL,
  `alamat` varchar(150) NOT NULL,
  `anak_ke` varchar(2) NOT NULL,
  `nik_wali` varchar(50) NOT NULL,
  `nama_wali` varchar(50) NOT NULL,
  `status` char(1) NOT NULL,
  `created_at` date NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dataibu` (
  `nik` char(20) NOT NULL,
  `kode_posyandu` varchar(20) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `tempat_lahir` varchar(100) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `golongan_darah` varchar(3) NOT NULL,
  `alamat` varchar(150) NOT NULL,
  `no_telepon` varchar(30) NOT NULL,
  `created_at` date NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dataimunisasi` (
  `id_imunisasi` int(11) NOT NULL,
  `nik` varchar(20) NOT NULL,
  `kode_posyandu` varchar(50) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `tanggal_imunisasi` date DEFAULT NULL,
  `bulan` varchar(20) DEFAULT NULL,
  `jenis_imunisasi` varchar(50) NOT NULL,
  `status` tinyint(1) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `datakegiatan` (
  `id_kegiatan` int(11) NOT NULL,
  `kode_posyandu` varchar(100) NOT NULL,
  `kegiatan` varchar(225) NOT NULL,
  `isi_kegiatan` text NOT NULL,
  `waktu` date NOT NULL,
  `foto` varchar(225) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `datakms` (
  `id_pa` int(11) NOT NULL,
  `id_kms` varchar(20) NOT NULL,
  `kode_posyandu` varchar(30) NOT NULL,
  `jk` varchar(10) NOT NULL,
  `tanggal_periksa` date NOT NULL,
  `bulan` varchar(20) NOT NULL,
  `tahun` varchar(20) NOT NULL,
  `tinggi_badan` varchar(3) NOT NULL,
  `berat_badan` double NOT NULL,
  `umur` varchar(10) NOT NULL,
  `status_gizi` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dataposyandu` (
  `id_posyandu` int(11) NOT NULL,
  `nama_posyandu` varchar(80) NOT NULL,
  `kode_posyandu` varchar(15) NOT NULL,
  `alamat` varchar(225) NOT NULL,
  `jumlah_kader` varchar(10) NOT NULL,
  `jumlah_wus` varchar(10) NOT NULL,
  `keterangan` varchar(80) NOT NULL,
  `lng` varchar(128) NOT NULL,
  `lat` varchar(128) NOT NULL,
  `created_date` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jadwal_posyandu` (
  `id_jadwal` int(11) NOT NULL,
  `kode_posyandu` varchar(225) NOT NULL,
  `hari` date NOT NULL,
  `jam_buka` time NOT NULL,
  `jam_tutup` time NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_token` (
  `id_token` int(11) NOT NULL,
  `email` varchar(128) NOT NULL,
  `token` varchar(225) NOT NULL,
  `date_created` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `artikel`
  ADD PRIMARY KEY (`id_artikel`);

ALTER TABLE `dataakun`
  ADD PRIMARY KEY (`id_akun`);

ALTER TABLE `dataanak`
  ADD PRIMARY KEY (`nik`);

ALTER TABLE `dataibu`
  ADD PRIMARY KEY (`nik`);

ALTER TABLE `dataimunisasi`
  ADD PRIMARY KEY (`id_imunisasi`);

ALTER TABLE `datakegiatan`
  ADD PRIMARY KEY (`id_kegiatan`);

ALTER TABLE `datakms`
  ADD PRIMARY KEY (`id_pa`);

ALTER TABLE `dataposyandu`
  ADD PRIMARY KEY (`id_posyandu`);

ALTER TABLE `jadwal_posyandu`
  ADD PRIMARY KEY (`id_jadwal`);

ALTER TABLE `user_token`
  ADD PRIMARY KEY (`id_token`);
