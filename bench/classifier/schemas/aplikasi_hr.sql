-- origin: muhammadahnafnadewabiyangsaahyar-dev/aplikasi aplikasi.sql at f344d68a86e7dc4bb7ff3348ae6df621aa838935 (phpMyAdmin dump of database `aplikasi`, staff attendance and payroll of a cafe chain; schema part, INSERT rows, AUTO_INCREMENT MODIFY and SET lines left out)

CREATE TABLE `absensi` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `waktu_masuk` datetime DEFAULT NULL,
  `waktu_keluar` datetime DEFAULT NULL,
  `status_lokasi` enum('Valid','Tidak Valid') DEFAULT NULL,
  `latitude_absen` decimal(10,8) DEFAULT NULL,
  `longitude_absen` decimal(11,8) DEFAULT NULL,
  `foto_absen` varchar(255) DEFAULT NULL,
  `tanggal_absensi` date DEFAULT NULL,
  `menit_terlambat` int(11) NOT NULL,
  `status_keterlambatan` enum('tepat waktu','terlambat kurang dari 20 menit','terlambat lebih dari 20 menit') NOT NULL,
  `status_lembur` enum('Pending','Approved','Rejected','Not Applicable') NOT NULL DEFAULT 'Not Applicable'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cabang` (
  `id` int(11) NOT NULL,
  `nama_cabang` varchar(255) NOT NULL,
  `latitude` decimal(10,8) NOT NULL,
  `longitude` decimal(11,8) NOT NULL,
  `radius_meter` int(11) NOT NULL,
  `nama_shift` varchar(255) NOT NULL,
  `jam_masuk` time NOT NULL,
  `jam_keluar` time NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cabang_outlet` (
  `id` int(11) NOT NULL,
  `nama_cabang` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `komponen_gaji` (
  `id` int(11) NOT NULL,
  `register_id` int(11) NOT NULL,
  `jabatan` varchar(100) NOT NULL,
  `gaji_pokok` decimal(15,2) NOT NULL,
  `tunjangan_transport` decimal(15,2) NOT NULL,
  `tunjangan_makan` decimal(15,2) NOT NULL,
  `bonus` decimal(15,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pegawai_whitelist` (
  `id` int(11) NOT NULL,
  `nama_lengkap` varchar(255) NOT NULL,
  `posisi` varchar(100) DEFAULT NULL,
  `status_registrasi` enum('pending','terdaftar') NOT NULL DEFAULT 'pending',
  `tanggal_ditambahkan` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pengajuan_izin` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `perihal` varchar(255) NOT NULL,
  `tanggal_mulai` date NOT NULL,
  `tanggal_selesai` date NOT NULL,
  `lama_izin` int(11) NOT NULL,
  `alasan` text NOT NULL,
  `file_surat` varchar(255) NOT NULL,
  `tanda_tangan_file` varchar(255) DEFAULT NULL,
  `status` enum('Pending','Diterima','Ditolak','') NOT NULL DEFAULT 'Pending',
  `tanggal_pengajuan` date NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `posisi_jabatan` (
  `id` int(11) NOT NULL,
  `nama_posisi` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `register` (
  `id` int(11) NOT NULL,
  `nama_lengkap` varchar(50) NOT NULL,
  `posisi` text NOT NULL,
  `outlet` text NOT NULL,
  `no_whatsapp` varchar(20) NOT NULL,
  `email` varchar(50) NOT NULL,
  `password` varchar(255) NOT NULL,
  `username` varchar(50) NOT NULL,
  `time_created` date NOT NULL DEFAULT current_timestamp(),
  `role` varchar(20) NOT NULL,
  `foto_profil` varchar(255) DEFAULT NULL,
  `tanda_tangan_file` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `riwayat_gaji` (
  `id` int(11) NOT NULL,
  `register_id` int(11) NOT NULL,
  `periode_bulan` tinyint(3) UNSIGNED NOT NULL CHECK (`periode_bulan` >= 1 and `periode_bulan` <= 12),
  `periode_tahun` year(4) NOT NULL,
  `gaji_pokok_aktual` decimal(15,2) NOT NULL,
  `tunjangan_makan` decimal(15,2) NOT NULL,
  `tunjangan_transportasi` decimal(15,2) NOT NULL,
  `tunjangan_jabatan` decimal(15,2) NOT NULL,
  `overwork` decimal(15,2) NOT NULL,
  `piutang_toko` decimal(15,2) NOT NULL,
  `kasbon` decimal(15,2) NOT NULL,
  `potongan_absen` decimal(15,2) NOT NULL,
  `potongan_telat_atas_20` decimal(15,2) NOT NULL,
  `potongan_telat_bawah_20` decimal(15,2) NOT NULL,
  `gaji_bersih` decimal(15,2) NOT NULL,
  `jumlah_hadir` int(11) NOT NULL,
  `jumlah_terlambat` int(11) NOT NULL,
  `jumlah_absen` int(11) NOT NULL,
  `file_slip_gaji` varchar(255) NOT NULL,
  `tanggal_dibuat` timestamp NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

ALTER TABLE `absensi`
  ADD PRIMARY KEY (`id`),
  ADD KEY `user_id` (`user_id`);

ALTER TABLE `cabang`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `cabang_outlet`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `nama_cabang` (`nama_cabang`);

ALTER TABLE `komponen_gaji`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `pegawai_whitelist`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `nama_lengkap` (`nama_lengkap`);

ALTER TABLE `pengajuan_izin`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `posisi_jabatan`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `nama_posisi` (`nama_posisi`);

ALTER TABLE `register`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `EMAIL` (`email`),
  ADD UNIQUE KEY `no_whatsapp` (`no_whatsapp`),
  ADD UNIQUE KEY `username` (`username`);

ALTER TABLE `riwayat_gaji`
  ADD PRIMARY KEY (`id`),
  ADD KEY `register_id` (`register_id`);
