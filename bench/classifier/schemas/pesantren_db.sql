-- origin: kangmasjuqi/sistem-informasi-pesantren database/initial-db-v1.sql (schema part; tables kategori_inventaris and inventaris left out; COLLATE clauses and plain indexes left out)

CREATE TABLE `gedung` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `kode_gedung` varchar(20) NOT NULL,
  `nama_gedung` varchar(255) NOT NULL,
  `jenis_gedung` enum('asrama_putra','asrama_putri','kelas','serbaguna','masjid','kantor','perpustakaan','lab','dapur','lainnya') NOT NULL,
  `jumlah_lantai` int NOT NULL DEFAULT '1',
  `kapasitas_total` int DEFAULT NULL COMMENT 'Kapasitas total orang',
  `alamat_lokasi` text,
  `tahun_dibangun` year DEFAULT NULL,
  `kondisi` enum('baik','rusak_ringan','rusak_berat') NOT NULL DEFAULT 'baik',
  `fasilitas` text COMMENT 'JSON array fasilitas',
  `keterangan` text,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gedung_kode_gedung_unique` (`kode_gedung`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jenis_pembayaran` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `kode` varchar(20) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `kategori` enum('bulanan','tahunan','pendaftaran','kegiatan','lainnya') NOT NULL DEFAULT 'bulanan',
  `nominal` decimal(15,2) NOT NULL COMMENT 'Nominal default',
  `deskripsi` text,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `jenis_pembayaran_kode_unique` (`kode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `komponen_nilai` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `kode` varchar(20) NOT NULL,
  `nama` varchar(100) NOT NULL COMMENT 'Contoh: UTS, UAS, Tugas, Quiz, Hafalan',
  `bobot` int NOT NULL COMMENT 'Persentase bobot nilai (0-100)',
  `deskripsi` text,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `komponen_nilai_kode_unique` (`kode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mata_pelajaran` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `kode_mapel` varchar(20) NOT NULL,
  `nama_mapel` varchar(100) NOT NULL,
  `kategori` enum('agama','umum','keterampilan','ekstrakurikuler') NOT NULL DEFAULT 'agama',
  `bobot_sks` int NOT NULL DEFAULT '2' COMMENT 'Bobot SKS/jam per minggu',
  `deskripsi` text,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mata_pelajaran_kode_mapel_unique` (`kode_mapel`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `nama` varchar(50) NOT NULL,
  `kode` varchar(20) NOT NULL,
  `deskripsi` text,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_nama_unique` (`nama`),
  UNIQUE KEY `roles_kode_unique` (`kode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint unsigned DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` text,
  `payload` longtext NOT NULL,
  `last_activity` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sessions_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tahun_ajaran` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `nama` varchar(50) NOT NULL COMMENT 'Contoh: 2024/2025',
  `tahun_mulai` year NOT NULL,
  `tahun_selesai` year NOT NULL,
  `tanggal_mulai` date NOT NULL,
  `tanggal_selesai` date NOT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Hanya 1 tahun ajaran yang aktif',
  `keterangan` text COMMENT 'Catatan: Setiap tahun ajaran memiliki 2 semester di tabel semester',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tahun_ajaran_nama_unique` (`nama`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `nama_lengkap` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `username` varchar(50) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `alamat` text,
  `foto` varchar(255) DEFAULT NULL,
  `status` enum('aktif','tidak_aktif','banned') NOT NULL DEFAULT 'aktif',
  `last_login_at` timestamp NULL DEFAULT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_username_unique` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kamar` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `gedung_id` bigint unsigned NOT NULL,
  `nomor_kamar` varchar(20) NOT NULL,
  `nama_kamar` varchar(100) DEFAULT NULL,
  `lantai` int NOT NULL DEFAULT '1',
  `kapasitas` int NOT NULL COMMENT 'Kapasitas maksimal penghuni',
  `luas` decimal(8,2) DEFAULT NULL COMMENT 'Luas dalam m2',
  `fasilitas` text COMMENT 'JSON array fasilitas',
  `kondisi` enum('baik','rusak_ringan','rusak_berat') NOT NULL DEFAULT 'baik',
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `kamar_gedung_id_nomor_kamar_unique` (`gedung_id`,`nomor_kamar`),
  CONSTRAINT `kamar_gedung_id_foreign` FOREIGN KEY (`gedung_id`) REFERENCES `gedung` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pengajar` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned DEFAULT NULL,
  `nip` varchar(20) NOT NULL COMMENT 'Nomor Induk Pengajar',
  `nama_lengkap` varchar(255) NOT NULL,
  `jenis_kelamin` enum('laki-laki','perempuan') NOT NULL,
  `tempat_lahir` varchar(100) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `nik` varchar(20) DEFAULT NULL,
  `alamat_lengkap` text NOT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `pendidikan_terakhir` varchar(100) DEFAULT NULL,
  `jurusan` varchar(100) DEFAULT NULL,
  `universitas` varchar(150) DEFAULT NULL,
  `tahun_lulus` year DEFAULT NULL,
  `keahlian` text COMMENT 'JSON array keahlian',
  `foto` varchar(255) DEFAULT NULL,
  `tanggal_bergabung` date NOT NULL,
  `tanggal_keluar` date DEFAULT NULL,
  `status_kepegawaian` enum('tetap','tidak_tetap','honorer') NOT NULL DEFAULT 'tidak_tetap',
  `status` enum('aktif','non_aktif','pensiun') NOT NULL DEFAULT 'aktif',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pengajar_nip_unique` (`nip`),
  UNIQUE KEY `pengajar_nik_unique` (`nik`),
  CONSTRAINT `pengajar_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_user` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NOT NULL,
  `role_id` bigint unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_user_user_id_role_id_unique` (`user_id`,`role_id`),
  CONSTRAINT `role_user_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_user_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `santri` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned DEFAULT NULL,
  `nis` varchar(20) NOT NULL COMMENT 'Nomor Induk Santri',
  `nisn` varchar(20) DEFAULT NULL COMMENT 'Nomor Induk Siswa Nasional',
  `nama_lengkap` varchar(255) NOT NULL,
  `nama_panggilan` varchar(50) DEFAULT NULL,
  `jenis_kelamin` enum('laki-laki','perempuan') NOT NULL,
  `tempat_lahir` varchar(100) NOT NULL,
  `tanggal_lahir` date NOT NULL,
  `nik` varchar(20) DEFAULT NULL COMMENT 'NIK KTP',
  `alamat_lengkap` text NOT NULL,
  `provinsi` varchar(100) DEFAULT NULL,
  `kabupaten` varchar(100) DEFAULT NULL,
  `kecamatan` varchar(100) DEFAULT NULL,
  `kelurahan` varchar(100) DEFAULT NULL,
  `kode_pos` varchar(10) DEFAULT NULL,
  `telepon` varchar(20) DEFAULT NULL,
  `anak_ke` int DEFAULT NULL,
  `jumlah_saudara` int DEFAULT NULL,
  `golongan_darah` varchar(5) DEFAULT NULL,
  `riwayat_penyakit` text,
  `foto` varchar(255) DEFAULT NULL,
  `tanggal_masuk` date NOT NULL,
  `tanggal_keluar` date DEFAULT NULL,
  `status` enum('aktif','lulus','pindah','keluar','cuti') NOT NULL DEFAULT 'aktif',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `santri_nis_unique` (`nis`),
  UNIQUE KEY `santri_nisn_unique` (`nisn`),
  UNIQUE KEY `santri_nik_unique` (`nik`),
  CONSTRAINT `santri_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `semester` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tahun_ajaran_id` bigint unsigned NOT NULL,
  `jenis_semester` enum('ganjil','genap') NOT NULL,
  `nama` varchar(100) NOT NULL COMMENT 'Contoh: Semester Ganjil 2024/2025',
  `tanggal_mulai` date NOT NULL,
  `tanggal_selesai` date NOT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Hanya 1 semester yang aktif',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `semester_tahun_ajaran_id_jenis_semester_unique` (`tahun_ajaran_id`,`jenis_semester`),
  CONSTRAINT `semester_tahun_ajaran_id_foreign` FOREIGN KEY (`tahun_ajaran_id`) REFERENCES `tahun_ajaran` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wali_santri` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `santri_id` bigint unsigned NOT NULL,
  `jenis_wali` enum('ayah','ibu','wali') NOT NULL COMMENT 'ayah/ibu/wali',
  `nama_lengkap` varchar(255) NOT NULL,
  `nik` varchar(20) DEFAULT NULL,
  `tempat_lahir` varchar(100) DEFAULT NULL,
  `tanggal_lahir` date DEFAULT NULL,
  `pendidikan_terakhir` varchar(50) DEFAULT NULL,
  `pekerjaan` varchar(100) DEFAULT NULL,
  `penghasilan` decimal(15,2) DEFAULT NULL COMMENT 'Penghasilan per bulan',
  `telepon` varchar(20) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `alamat` text,
  `status` enum('hidup','meninggal') NOT NULL DEFAULT 'hidup',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `wali_santri_santri_id_foreign` FOREIGN KEY (`santri_id`) REFERENCES `santri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kelas` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tahun_ajaran_id` bigint unsigned NOT NULL,
  `wali_kelas_id` bigint unsigned DEFAULT NULL,
  `nama_kelas` varchar(100) NOT NULL COMMENT 'Contoh: 1A, 2B, Tahfidz 1',
  `tingkat` varchar(20) NOT NULL COMMENT 'Contoh: 1, 2, 3, Ibtidaiyah, Tsanawiyah',
  `kapasitas` int NOT NULL DEFAULT '30',
  `deskripsi` text,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `kelas_tahun_ajaran_id_foreign` FOREIGN KEY (`tahun_ajaran_id`) REFERENCES `tahun_ajaran` (`id`) ON DELETE CASCADE,
  CONSTRAINT `kelas_wali_kelas_id_foreign` FOREIGN KEY (`wali_kelas_id`) REFERENCES `pengajar` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kelas_santri` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `kelas_id` bigint unsigned NOT NULL,
  `santri_id` bigint unsigned NOT NULL,
  `tanggal_masuk` date NOT NULL,
  `tanggal_keluar` date DEFAULT NULL,
  `status` enum('aktif','lulus','pindah','keluar') NOT NULL DEFAULT 'aktif',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `kelas_santri_kelas_id_foreign` FOREIGN KEY (`kelas_id`) REFERENCES `kelas` (`id`) ON DELETE CASCADE,
  CONSTRAINT `kelas_santri_santri_id_foreign` FOREIGN KEY (`santri_id`) REFERENCES `santri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pembayaran` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `kode_pembayaran` varchar(30) NOT NULL COMMENT 'Nomor transaksi unik',
  `santri_id` bigint unsigned NOT NULL,
  `jenis_pembayaran_id` bigint unsigned NOT NULL,
  `tahun_ajaran_id` bigint unsigned DEFAULT NULL,
  `tanggal_pembayaran` date NOT NULL,
  `bulan` int DEFAULT NULL COMMENT 'Bulan pembayaran untuk tipe bulanan (1-12)',
  `tahun` year DEFAULT NULL COMMENT 'Tahun pembayaran untuk tipe bulanan',
  `nominal` decimal(15,2) NOT NULL COMMENT 'Nominal yang dibayar',
  `potongan` decimal(15,2) NOT NULL DEFAULT '0.00' COMMENT 'Diskon/potongan',
  `denda` decimal(15,2) NOT NULL DEFAULT '0.00' COMMENT 'Denda keterlambatan',
  `total_bayar` decimal(15,2) NOT NULL COMMENT 'Total yang harus dibayar',
  `metode_pembayaran` enum('tunai','transfer','qris','lainnya') NOT NULL DEFAULT 'tunai',
  `nomor_referensi` varchar(100) DEFAULT NULL COMMENT 'Nomor referensi transfer/bukti',
  `status` enum('lunas','belum_lunas','cicilan') NOT NULL DEFAULT 'lunas',
  `petugas_id` bigint unsigned DEFAULT NULL,
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pembayaran_kode_pembayaran_unique` (`kode_pembayaran`),
  CONSTRAINT `pembayaran_jenis_pembayaran_id_foreign` FOREIGN KEY (`jenis_pembayaran_id`) REFERENCES `jenis_pembayaran` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pembayaran_petugas_id_foreign` FOREIGN KEY (`petugas_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `pembayaran_santri_id_foreign` FOREIGN KEY (`santri_id`) REFERENCES `santri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pembayaran_tahun_ajaran_id_foreign` FOREIGN KEY (`tahun_ajaran_id`) REFERENCES `tahun_ajaran` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pengampu` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pengajar_id` bigint unsigned NOT NULL,
  `mata_pelajaran_id` bigint unsigned NOT NULL,
  `kelas_id` bigint unsigned NOT NULL,
  `semester_id` bigint unsigned NOT NULL,
  `tanggal_mulai` date NOT NULL,
  `tanggal_selesai` date DEFAULT NULL,
  `status` enum('aktif','selesai','diganti') NOT NULL DEFAULT 'aktif',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_pengampu_per_semester` (`pengajar_id`,`mata_pelajaran_id`,`kelas_id`,`semester_id`),
  CONSTRAINT `pengampu_kelas_id_foreign` FOREIGN KEY (`kelas_id`) REFERENCES `kelas` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pengampu_mata_pelajaran_id_foreign` FOREIGN KEY (`mata_pelajaran_id`) REFERENCES `mata_pelajaran` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pengampu_pengajar_id_foreign` FOREIGN KEY (`pengajar_id`) REFERENCES `pengajar` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pengampu_semester_id_foreign` FOREIGN KEY (`semester_id`) REFERENCES `semester` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `penghuni_kamar` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `santri_id` bigint unsigned NOT NULL,
  `kamar_id` bigint unsigned NOT NULL,
  `tanggal_masuk` date NOT NULL,
  `tanggal_keluar` date DEFAULT NULL,
  `status` enum('aktif','keluar','pindah') NOT NULL DEFAULT 'aktif',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `penghuni_kamar_kamar_id_foreign` FOREIGN KEY (`kamar_id`) REFERENCES `kamar` (`id`) ON DELETE CASCADE,
  CONSTRAINT `penghuni_kamar_santri_id_foreign` FOREIGN KEY (`santri_id`) REFERENCES `santri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `perizinan` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `nomor_izin` varchar(30) NOT NULL,
  `santri_id` bigint unsigned NOT NULL,
  `jenis_izin` enum('pulang','kunjungan','sakit','keluar_sementara') NOT NULL DEFAULT 'pulang',
  `tanggal_mulai` date NOT NULL,
  `tanggal_selesai` date NOT NULL,
  `waktu_keluar` time DEFAULT NULL,
  `waktu_kembali` time DEFAULT NULL,
  `keperluan` text NOT NULL COMMENT 'Alasan/keperluan izin',
  `tujuan` varchar(200) DEFAULT NULL COMMENT 'Alamat tujuan',
  `penjemput_nama` varchar(100) DEFAULT NULL,
  `penjemput_hubungan` varchar(50) DEFAULT NULL COMMENT 'Hubungan dengan santri',
  `penjemput_telepon` varchar(20) DEFAULT NULL,
  `penjemput_identitas` varchar(50) DEFAULT NULL COMMENT 'No KTP/SIM',
  `status` enum('diajukan','disetujui','ditolak','selesai') NOT NULL DEFAULT 'diajukan',
  `disetujui_oleh` bigint unsigned DEFAULT NULL,
  `waktu_persetujuan` timestamp NULL DEFAULT NULL,
  `catatan_persetujuan` text,
  `waktu_kembali_aktual` timestamp NULL DEFAULT NULL,
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `perizinan_nomor_izin_unique` (`nomor_izin`),
  CONSTRAINT `perizinan_disetujui_oleh_foreign` FOREIGN KEY (`disetujui_oleh`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `perizinan_santri_id_foreign` FOREIGN KEY (`santri_id`) REFERENCES `santri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rapor` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `santri_id` bigint unsigned NOT NULL,
  `pengampu_id` bigint unsigned NOT NULL,
  `nilai_akhir` decimal(5,2) NOT NULL COMMENT 'Nilai akhir hasil perhitungan dari semua komponen',
  `nilai_huruf` char(2) DEFAULT NULL COMMENT 'A, B+, B, C+, C, D, E',
  `nilai_angka` decimal(3,2) DEFAULT NULL COMMENT 'Nilai 4.0 scale',
  `predikat` enum('sangat_baik','baik','cukup','kurang') DEFAULT NULL,
  `ranking_kelas` int DEFAULT NULL COMMENT 'Ranking di mata pelajaran ini dalam kelas',
  `catatan_pengajar` text COMMENT 'Catatan dari pengajar mata pelajaran',
  `catatan_wali_kelas` text COMMENT 'Catatan dari wali kelas',
  `is_lulus` tinyint(1) NOT NULL DEFAULT '1' COMMENT 'Apakah lulus mata pelajaran ini',
  `is_finalized` tinyint(1) NOT NULL DEFAULT '0' COMMENT 'Apakah rapor sudah final/tidak bisa diubah',
  `finalized_by` bigint unsigned DEFAULT NULL,
  `finalized_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_rapor_per_pengampu` (`santri_id`,`pengampu_id`),
  CONSTRAINT `rapor_finalized_by_foreign` FOREIGN KEY (`finalized_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `rapor_pengampu_id_foreign` FOREIGN KEY (`pengampu_id`) REFERENCES `pengampu` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rapor_santri_id_foreign` FOREIGN KEY (`santri_id`) REFERENCES `santri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rapor_summary` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `santri_id` bigint unsigned NOT NULL,
  `kelas_id` bigint unsigned NOT NULL,
  `semester_id` bigint unsigned NOT NULL,
  `rata_rata` decimal(5,2) NOT NULL COMMENT 'Rata-rata nilai keseluruhan',
  `total_mapel` int NOT NULL COMMENT 'Total mata pelajaran yang diikuti',
  `total_mapel_lulus` int NOT NULL COMMENT 'Total mata pelajaran yang lulus',
  `ranking_kelas` int DEFAULT NULL COMMENT 'Ranking di kelas',
  `total_siswa_kelas` int DEFAULT NULL COMMENT 'Total siswa di kelas',
  `total_kehadiran` int NOT NULL DEFAULT '0' COMMENT 'Total hari masuk',
  `total_sakit` int NOT NULL DEFAULT '0',
  `total_izin` int NOT NULL DEFAULT '0',
  `total_alpa` int NOT NULL DEFAULT '0',
  `catatan_wali_kelas` text,
  `catatan_kepala_sekolah` text,
  `saran` text,
  `prestasi` text COMMENT 'JSON array prestasi yang diraih',
  `pelanggaran` text COMMENT 'JSON array pelanggaran',
  `keputusan` enum('naik_kelas','tinggal_kelas','lulus') DEFAULT NULL,
  `is_finalized` tinyint(1) NOT NULL DEFAULT '0',
  `finalized_by` bigint unsigned DEFAULT NULL,
  `finalized_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_summary_per_semester` (`santri_id`,`semester_id`),
  CONSTRAINT `rapor_summary_finalized_by_foreign` FOREIGN KEY (`finalized_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `rapor_summary_kelas_id_foreign` FOREIGN KEY (`kelas_id`) REFERENCES `kelas` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rapor_summary_santri_id_foreign` FOREIGN KEY (`santri_id`) REFERENCES `santri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rapor_summary_semester_id_foreign` FOREIGN KEY (`semester_id`) REFERENCES `semester` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jadwal_pelajaran` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `pengampu_id` bigint unsigned NOT NULL,
  `hari` enum('senin','selasa','rabu','kamis','jumat','sabtu','minggu') NOT NULL,
  `jam_mulai` time NOT NULL,
  `jam_selesai` time NOT NULL,
  `ruangan` varchar(50) DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `jadwal_pelajaran_pengampu_id_foreign` FOREIGN KEY (`pengampu_id`) REFERENCES `pengampu` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kehadiran` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tanggal` date NOT NULL,
  `santri_id` bigint unsigned NOT NULL,
  `pengampu_id` bigint unsigned DEFAULT NULL,
  `jadwal_pelajaran_id` bigint unsigned DEFAULT NULL,
  `jenis_kehadiran` enum('pelajaran','sholat','kegiatan') NOT NULL DEFAULT 'pelajaran',
  `status_kehadiran` enum('hadir','sakit','izin','alpa') NOT NULL DEFAULT 'hadir',
  `waktu_absen` time DEFAULT NULL,
  `keterangan_kegiatan` varchar(100) DEFAULT NULL COMMENT 'Untuk jenis kehadiran selain pelajaran',
  `keterangan` text,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `kehadiran_jadwal_pelajaran_id_foreign` FOREIGN KEY (`jadwal_pelajaran_id`) REFERENCES `jadwal_pelajaran` (`id`) ON DELETE SET NULL,
  CONSTRAINT `kehadiran_pengampu_id_foreign` FOREIGN KEY (`pengampu_id`) REFERENCES `pengampu` (`id`) ON DELETE SET NULL,
  CONSTRAINT `kehadiran_santri_id_foreign` FOREIGN KEY (`santri_id`) REFERENCES `santri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nilai` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `santri_id` bigint unsigned NOT NULL,
  `pengampu_id` bigint unsigned NOT NULL,
  `komponen_nilai_id` bigint unsigned NOT NULL,
  `nilai` decimal(5,2) NOT NULL COMMENT 'Nilai 0-100',
  `catatan` text COMMENT 'Catatan dari pengajar',
  `tanggal_input` date NOT NULL COMMENT 'Tanggal nilai diinput',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_nilai_per_komponen` (`santri_id`,`pengampu_id`,`komponen_nilai_id`),
  CONSTRAINT `nilai_komponen_nilai_id_foreign` FOREIGN KEY (`komponen_nilai_id`) REFERENCES `komponen_nilai` (`id`) ON DELETE CASCADE,
  CONSTRAINT `nilai_pengampu_id_foreign` FOREIGN KEY (`pengampu_id`) REFERENCES `pengampu` (`id`) ON DELETE CASCADE,
  CONSTRAINT `nilai_santri_id_foreign` FOREIGN KEY (`santri_id`) REFERENCES `santri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
