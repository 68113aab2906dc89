-- origin: renaldin/sistem-informasi-donor-darah db-sistem-donor.sql (phpMyAdmin dump, database `db-sistem-donor`: a regional blood donation unit (members/donors, donations with pre-donation health screening, blood bags in and out of stock, hospital blood requests for patients, blood drive events); schema part, data rows and AUTO_INCREMENT lines left out)

CREATE TABLE `anggota` (
  `id_anggota` int(11) NOT NULL,
  `nik` varchar(30) DEFAULT NULL,
  `nama_anggota` varchar(100) DEFAULT NULL,
  `jenis_kelamin` enum('Laki-laki','Perempuan') NOT NULL,
  `alamat` varchar(100) NOT NULL,
  `kecamatan` varchar(30) DEFAULT NULL,
  `kabupaten` varchar(30) DEFAULT NULL,
  `no_wa` varchar(30) DEFAULT NULL,
  `status_anggota` enum('Mandiri','Event') NOT NULL DEFAULT 'Mandiri',
  `tanggal_donor_kembali` date DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `biodata_web` (
  `id_biodata_web` int(11) NOT NULL,
  `nama_website` varchar(100) NOT NULL,
  `email` varchar(100) NOT NULL,
  `nomor_telepon` varchar(50) NOT NULL,
  `alamat` text NOT NULL,
  `logo` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `darah` (
  `id_darah` int(11) NOT NULL,
  `id_donor` int(11) NOT NULL,
  `no_kantong` varchar(50) DEFAULT NULL,
  `golongan_darah` varchar(10) DEFAULT NULL,
  `resus` varchar(50) DEFAULT NULL,
  `jenis_darah` enum('Darah Segar','Darah Simpan','Darah Baru') DEFAULT 'Darah Segar',
  `volume_darah` varchar(50) DEFAULT NULL,
  `tanggal_kedaluwarsa` date DEFAULT NULL,
  `tanggal_darah_masuk` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `darah_buang` (
  `id_darah_buang` int(11) NOT NULL,
  `id_darah` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `tanggal_buang` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `darah_keluar` (
  `id_darah_keluar` int(11) NOT NULL,
  `id_darah` int(11) NOT NULL,
  `id_permohonan_darah` int(11) NOT NULL,
  `tanggal_keluar` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `darah_masuk` (
  `id_darah_masuk` int(11) NOT NULL,
  `id_darah` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `status_darah_masuk` enum('Belum Masuk','Sudah Masuk') NOT NULL DEFAULT 'Belum Masuk',
  `tanggal_masuk` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `donor` (
  `id_donor` int(11) NOT NULL,
  `id_anggota` int(11) DEFAULT NULL,
  `id_event` int(11) DEFAULT NULL,
  `id_petugas_kuesioner` int(11) DEFAULT NULL,
  `id_petugas_kesehatan` int(11) DEFAULT NULL,
  `tanggal_donor` datetime DEFAULT NULL,
  `status_donor` enum('Ready','Proses','Selesai','Gagal') DEFAULT NULL,
  `hasil_kusioner` enum('Lolos','Tidak Lolos','Proses') DEFAULT NULL,
  `deskripsi_hasil_kusioner` varchar(255) DEFAULT NULL,
  `hb` varchar(10) DEFAULT NULL,
  `tekanan_darah` varchar(10) DEFAULT NULL,
  `berat_badan` varchar(10) DEFAULT NULL,
  `denyut_nadi` varchar(10) DEFAULT NULL,
  `tinggi_badan` varchar(10) DEFAULT NULL,
  `keadaan_umum` varchar(30) DEFAULT NULL,
  `catatan_pendonor` text DEFAULT NULL,
  `nomor_antrian` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `event` (
  `id_event` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `nomor_pengajuan` varchar(30) DEFAULT NULL,
  `nama_koordinator` varchar(255) DEFAULT NULL,
  `nomor_koordinator` varchar(30) DEFAULT NULL,
  `kd_instansi` varchar(30) DEFAULT NULL,
  `nama_instansi` varchar(100) DEFAULT NULL,
  `nama_kegiatan` varchar(200) DEFAULT NULL,
  `alamat_lengkap` varchar(255) DEFAULT NULL,
  `tanggal_event` date DEFAULT NULL,
  `jam` varchar(10) DEFAULT NULL,
  `jumlah_orang` int(11) DEFAULT NULL,
  `upload_surat` text DEFAULT NULL,
  `tanggal_pengajuan` datetime DEFAULT NULL,
  `status_pengajuan` enum('Menunggu Persetujuan','Disetujui','Tidak Disetujui','Belum Dikirim','Dibuat Admin') DEFAULT NULL,
  `status_event` enum('Aktif','Tidak Aktif') NOT NULL DEFAULT 'Tidak Aktif',
  `alasan` varchar(255) DEFAULT NULL,
  `gambar` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kuesioner_donor` (
  `id_kuesioner` int(11) NOT NULL,
  `id_donor` int(11) NOT NULL,
  `pertanyaan_1` int(11) NOT NULL,
  `pertanyaan_2` int(11) NOT NULL,
  `pertanyaan_3` int(11) NOT NULL,
  `pertanyaan_4` int(11) NOT NULL,
  `pertanyaan_5` int(11) NOT NULL,
  `pertanyaan_6` int(11) NOT NULL,
  `pertanyaan_7` int(11) NOT NULL,
  `pertanyaan_8` int(11) NOT NULL,
  `pertanyaan_9` int(11) NOT NULL,
  `pertanyaan_10` int(11) NOT NULL,
  `pertanyaan_11` int(11) NOT NULL,
  `pertanyaan_12` int(11) NOT NULL,
  `pertanyaan_13` int(11) NOT NULL,
  `pertanyaan_14` int(11) NOT NULL,
  `pertanyaan_15` int(11) NOT NULL,
  `pertanyaan_16` int(11) NOT NULL,
  `pertanyaan_17` int(11) NOT NULL,
  `pertanyaan_18` int(11) NOT NULL,
  `pertanyaan_19` int(11) NOT NULL,
  `pertanyaan_20` int(11) NOT NULL,
  `pertanyaan_21` int(11) NOT NULL,
  `pertanyaan_22` int(11) NOT NULL,
  `pertanyaan_23` int(11) NOT NULL,
  `pertanyaan_24` int(11) NOT NULL,
  `pertanyaan_25` int(11) NOT NULL,
  `pertanyaan_26` int(11) NOT NULL,
  `pertanyaan_27` int(11) NOT NULL,
  `pertanyaan_28` int(11) NOT NULL,
  `pertanyaan_29` int(11) NOT NULL,
  `pertanyaan_30` int(11) NOT NULL,
  `pertanyaan_31` int(11) NOT NULL,
  `pertanyaan_32` int(11) NOT NULL,
  `pertanyaan_33` int(11) NOT NULL,
  `pertanyaan_34` int(11) NOT NULL,
  `pertanyaan_35` int(11) NOT NULL,
  `pertanyaan_36` int(11) NOT NULL,
  `pertanyaan_37` int(11) NOT NULL,
  `pertanyaan_38` int(11) NOT NULL,
  `pertanyaan_39` int(11) NOT NULL,
  `pertanyaan_40` int(11) NOT NULL,
  `pertanyaan_41` int(11) NOT NULL,
  `bulan_kehamilan` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `permohonan_darah` (
  `id_permohonan_darah` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `nama_rs` varchar(100) DEFAULT NULL,
  `nama_dokter` varchar(100) DEFAULT NULL,
  `nama_pasien` varchar(255) DEFAULT NULL,
  `golda` varchar(10) DEFAULT NULL,
  `rhesus` enum('Positif','Negatif') NOT NULL,
  `jenis_darah` enum('Darah Segar','Darah Simpan','Darah Baru') NOT NULL,
  `jumlah` int(11) DEFAULT NULL,
  `upload_surat` text DEFAULT NULL,
  `status_permohonan` enum('Belum Dikirim','Menunggu Proses','Dikirim','Diterima') DEFAULT NULL,
  `tanggal_permohonan` datetime DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user` (
  `id_user` int(11) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `alamat_user` varchar(100) DEFAULT NULL,
  `kecamatan` varchar(30) DEFAULT NULL,
  `kabupaten` varchar(30) DEFAULT NULL,
  `email` varchar(100) NOT NULL,
  `password` text NOT NULL,
  `nomor_telepon` varchar(30) DEFAULT NULL,
  `role` enum('Admin','Donatur','Rumah Sakit','Event','Petugas Kesehatan') NOT NULL,
  `status_verifikasi` enum('Belum','Sudah') NOT NULL DEFAULT 'Belum',
  `foto` text DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_donatur` (
  `id_user_donatur` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `kartu` enum('KTP','SIM') NOT NULL,
  `nik` varchar(30) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `jk` enum('Laki-laki','Perempuan') DEFAULT NULL,
  `gol_darah` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_event` (
  `id_user_event` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `kode_instansi` varchar(30) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_rs` (
  `id_user_rs` int(11) NOT NULL,
  `id_user` int(11) NOT NULL,
  `kode_rs` varchar(30) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

ALTER TABLE `anggota`
  ADD PRIMARY KEY (`id_anggota`);

ALTER TABLE `biodata_web`
  ADD PRIMARY KEY (`id_biodata_web`);

ALTER TABLE `darah`
  ADD PRIMARY KEY (`id_darah`);

ALTER TABLE `darah_buang`
  ADD PRIMARY KEY (`id_darah_buang`);

ALTER TABLE `darah_keluar`
  ADD PRIMARY KEY (`id_darah_keluar`);

ALTER TABLE `darah_masuk`
  ADD PRIMARY KEY (`id_darah_masuk`);

ALTER TABLE `donor`
  ADD PRIMARY KEY (`id_donor`);

ALTER TABLE `event`
  ADD PRIMARY KEY (`id_event`);

ALTER TABLE `kuesioner_donor`
  ADD PRIMARY KEY (`id_kuesioner`);

ALTER TABLE `permohonan_darah`
  ADD PRIMARY KEY (`id_permohonan_darah`);

ALTER TABLE `user`
  ADD PRIMARY KEY (`id_user`);

ALTER TABLE `user_donatur`
  ADD PRIMARY KEY (`id_user_donatur`);

ALTER TABLE `user_event`
  ADD PRIMARY KEY (`id_user_event`);

ALTER TABLE `user_rs`
  ADD PRIMARY KEY (`id_user_rs`);
