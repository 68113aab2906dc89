-- origin: syfnblca/globetix globetix.sql at d1d3fe02db6a818687284eea388471bdda50a455 (phpMyAdmin dump of database `globetix`, an online bus/travel ticket booking system: trips, seats, bookings, passengers, payments, refunds, e-tickets; schema part: the 12 CREATE TABLE and their key statements; data rows, AUTO_INCREMENT lines, SET lines, the 2 procedures, the booking triggers, the 6 views and the stand-in tables phpMyAdmin writes for those views (v_*) left out)

CREATE TABLE `booking` (
  `booking_id` int NOT NULL,
  `user_id` int NOT NULL,
  `jadwal_id` int NOT NULL,
  `tanggal_booking` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `total_harga` decimal(12,2) DEFAULT NULL,
  `status_booking` enum('pending','confirmed','cancelled') COLLATE utf8mb4_general_ci DEFAULT 'pending',
  `kode_booking` char(36) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `seat_locked_until` timestamp NULL DEFAULT NULL,
  `last_update` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `jadwal_pulang_id` int DEFAULT NULL
);

CREATE TABLE `booking_seat` (
  `booking_seat_id` int NOT NULL,
  `booking_id` int DEFAULT NULL,
  `seat_id` int DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `eticket` (
  `eticket_id` int NOT NULL,
  `booking_id` int DEFAULT NULL,
  `kode_booking` char(36) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `qr_code` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tanggal_terbit` timestamp NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `jadwal` (
  `jadwal_id` int NOT NULL,
  `provider_id` int DEFAULT NULL,
  `asal` varchar(100) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tujuan` varchar(100) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tanggal_keberangkatan` date DEFAULT NULL,
  `jam_keberangkatan` time DEFAULT NULL,
  `estimasi_durasi` varchar(50) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `kelas_layanan` enum('reguler','premium','bisnis') COLLATE utf8mb4_general_ci DEFAULT 'reguler',
  `harga_perkursi` decimal(10,2) DEFAULT NULL,
  `status` enum('tersedia','batal','selesai') COLLATE utf8mb4_general_ci DEFAULT 'tersedia',
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
);

CREATE TABLE `kursi` (
  `seat_id` int NOT NULL,
  `jadwal_id` int DEFAULT NULL,
  `nomor_kursi` varchar(10) COLLATE utf8mb4_general_ci NOT NULL,
  `status` enum('tersedia','dipesan','terjual','dibatalkan','locked') COLLATE utf8mb4_general_ci DEFAULT 'tersedia',
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `locked_until` timestamp NULL DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `password_resets` (
  `email` varchar(100) COLLATE utf8mb4_general_ci NOT NULL,
  `token` varchar(255) COLLATE utf8mb4_general_ci NOT NULL,
  `expires_at` timestamp NOT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pembayaran` (
  `payment_id` int NOT NULL,
  `booking_id` int DEFAULT NULL,
  `metode` enum('transfer_bank','qris') COLLATE utf8mb4_general_ci NOT NULL,
  `no_identitas` varchar(50) COLLATE utf8mb4_general_ci NOT NULL,
  `jumlah_bayar` decimal(12,2) DEFAULT NULL,
  `status_pembayaran` enum('pending','sukses','gagal') COLLATE utf8mb4_general_ci DEFAULT 'pending',
  `tanggal_bayar` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `batas_waktu` timestamp NULL DEFAULT NULL,
  `payment_gateway_ref` varchar(100) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `bukti_bayar` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL
);

CREATE TABLE `penumpang` (
  `penumpang_id` int NOT NULL,
  `booking_id` int DEFAULT NULL,
  `nama_penumpang` varchar(100) COLLATE utf8mb4_general_ci NOT NULL,
  `no_identitas` varchar(50) COLLATE utf8mb4_general_ci NOT NULL,
  `no_hp` varchar(20) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `email` varchar(100) COLLATE utf8mb4_general_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `providers` (
  `provider_id` int NOT NULL,
  `nama_provider` varchar(100) COLLATE utf8mb4_general_ci NOT NULL,
  `kontak` varchar(50) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `alamat` text COLLATE utf8mb4_general_ci,
  `deskripsi` text COLLATE utf8mb4_general_ci,
  `status` enum('aktif','nonaktif') COLLATE utf8mb4_general_ci DEFAULT 'aktif',
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `refund` (
  `refund_id` int NOT NULL,
  `booking_id` int DEFAULT NULL,
  `payment_id` int DEFAULT NULL,
  `alasan` text COLLATE utf8mb4_general_ci,
  `rekening_refund` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `jumlah_refund` decimal(12,2) DEFAULT NULL,
  `status_refund` enum('diproses','disetujui','ditolak','selesai') COLLATE utf8mb4_general_ci DEFAULT 'diproses',
  `tanggal_request` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `tanggal_selesai` timestamp NULL DEFAULT NULL
);

CREATE TABLE `transaksi_log` (
  `log_id` int NOT NULL,
  `tabel_asal` varchar(50) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `aksi` enum('INSERT','UPDATE','DELETE') COLLATE utf8mb4_general_ci DEFAULT NULL,
  `booking_id` int DEFAULT NULL,
  `detail` text COLLATE utf8mb4_general_ci,
  `timestamp` timestamp NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users` (
  `user_id` int NOT NULL,
  `username` varchar(50) COLLATE utf8mb4_general_ci NOT NULL,
  `nama_lengkap` varchar(100) COLLATE utf8mb4_general_ci NOT NULL,
  `email` varchar(100) COLLATE utf8mb4_general_ci NOT NULL,
  `password` varchar(255) COLLATE utf8mb4_general_ci NOT NULL,
  `role` enum('user','admin') COLLATE utf8mb4_general_ci DEFAULT 'user',
  `tanggal_daftar` timestamp NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

ALTER TABLE `booking`
  ADD PRIMARY KEY (`booking_id`),
  ADD UNIQUE KEY `kode_booking` (`kode_booking`),
  ADD KEY `user_id` (`user_id`),
  ADD KEY `jadwal_id` (`jadwal_id`);

ALTER TABLE `booking_seat`
  ADD PRIMARY KEY (`booking_seat_id`),
  ADD UNIQUE KEY `booking_id` (`booking_id`,`seat_id`),
  ADD KEY `seat_id` (`seat_id`);

ALTER TABLE `eticket`
  ADD PRIMARY KEY (`eticket_id`),
  ADD UNIQUE KEY `booking_id` (`booking_id`);

ALTER TABLE `jadwal`
  ADD PRIMARY KEY (`jadwal_id`),
  ADD KEY `provider_id` (`provider_id`),
  ADD KEY `idx_jadwal_asal_tujuan_tanggal` (`asal`,`tujuan`,`tanggal_keberangkatan`);

ALTER TABLE `kursi`
  ADD PRIMARY KEY (`seat_id`),
  ADD UNIQUE KEY `jadwal_id` (`jadwal_id`,`nomor_kursi`);

ALTER TABLE `password_resets`
  ADD PRIMARY KEY (`token`),
  ADD UNIQUE KEY `token` (`token`),
  ADD KEY `idx_password_resets_email` (`email`);

ALTER TABLE `pembayaran`
  ADD PRIMARY KEY (`payment_id`),
  ADD KEY `booking_id` (`booking_id`);

ALTER TABLE `penumpang`
  ADD PRIMARY KEY (`penumpang_id`),
  ADD KEY `booking_id` (`booking_id`);

ALTER TABLE `providers`
  ADD PRIMARY KEY (`provider_id`);

ALTER TABLE `refund`
  ADD PRIMARY KEY (`refund_id`),
  ADD KEY `booking_id` (`booking_id`),
  ADD KEY `payment_id` (`payment_id`);

ALTER TABLE `transaksi_log`
  ADD PRIMARY KEY (`log_id`);

ALTER TABLE `users`
  ADD PRIMARY KEY (`user_id`),
  ADD UNIQUE KEY `username` (`username`),
  ADD UNIQUE KEY `email` (`email`);

ALTER TABLE `booking`
  ADD CONSTRAINT `booking_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `booking_ibfk_2` FOREIGN KEY (`jadwal_id`) REFERENCES `jadwal` (`jadwal_id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `booking_seat`
  ADD CONSTRAINT `booking_seat_ibfk_1` FOREIGN KEY (`booking_id`) REFERENCES `booking` (`booking_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `booking_seat_ibfk_2` FOREIGN KEY (`seat_id`) REFERENCES `kursi` (`seat_id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `eticket`
  ADD CONSTRAINT `eticket_ibfk_1` FOREIGN KEY (`booking_id`) REFERENCES `booking` (`booking_id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `jadwal`
  ADD CONSTRAINT `jadwal_ibfk_1` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`provider_id`) ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE `kursi`
  ADD CONSTRAINT `kursi_ibfk_1` FOREIGN KEY (`jadwal_id`) REFERENCES `jadwal` (`jadwal_id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `pembayaran`
  ADD CONSTRAINT `pembayaran_ibfk_1` FOREIGN KEY (`booking_id`) REFERENCES `booking` (`booking_id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `penumpang`
  ADD CONSTRAINT `penumpang_ibfk_1` FOREIGN KEY (`booking_id`) REFERENCES `booking` (`booking_id`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `refund`
  ADD CONSTRAINT `refund_ibfk_1` FOREIGN KEY (`booking_id`) REFERENCES `booking` (`booking_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `refund_ibfk_2` FOREIGN KEY (`payment_id`) REFERENCES `pembayaran` (`payment_id`) ON DELETE CASCADE ON UPDATE CASCADE;
