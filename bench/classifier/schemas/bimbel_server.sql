-- origin: jimmyadrian7/bimbel docs/schema/Dump20251212/bimbel_server_*.sql (MySQL Workbench per-table dump of database `bimbel_server`, 50 files concatenated in name order; schema part: CREATE TABLE statements only, DROP/LOCK/SET lines and data rows left out)

CREATE TABLE `account_configuration` (
  `id` int NOT NULL AUTO_INCREMENT,
  `wa_invoice_template` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `wa_invoice_template_language` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `parameter` tinyint(1) NOT NULL,
  `wa_business_account_id` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `wa_phone_number_id` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `wa_access_token` text COLLATE utf8mb4_general_ci,
  `mail_host` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `mail_port` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `mail_user` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `mail_pass` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `agama` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kode` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `aset` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tanggal_beli` date DEFAULT NULL,
  `kondisi` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `jumlah` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `harga` int DEFAULT NULL,
  `kursus_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `kursus_id` (`kursus_id`),
  CONSTRAINT `aset_ibfk_1` FOREIGN KEY (`kursus_id`) REFERENCES `kursus` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=55 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `asisten_guru` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `orang_id` int DEFAULT NULL,
  `status` enum('a','n','d') COLLATE utf8mb3_unicode_ci DEFAULT 'a',
  `pp_id` int DEFAULT NULL,
  `berhenti` text COLLATE utf8mb3_unicode_ci,
  `memilih` text COLLATE utf8mb3_unicode_ci,
  `kelebihan` text COLLATE utf8mb3_unicode_ci,
  `kekurangan` text COLLATE utf8mb3_unicode_ci,
  `kesehatan` text COLLATE utf8mb3_unicode_ci,
  `lingkungan` text COLLATE utf8mb3_unicode_ci,
  `aturan` text COLLATE utf8mb3_unicode_ci,
  `pelatihan` text COLLATE utf8mb3_unicode_ci,
  `kapan` text COLLATE utf8mb3_unicode_ci,
  `gaji_sebelumnya` int DEFAULT NULL,
  `gaji_diminta` int DEFAULT NULL,
  `gaji_tetap` int DEFAULT NULL,
  `rekaman_id` int DEFAULT NULL,
  `ideal` text COLLATE utf8mb3_unicode_ci,
  `nama_bank` varchar(255) COLLATE utf8mb3_unicode_ci NOT NULL,
  `no_rek` varchar(255) COLLATE utf8mb3_unicode_ci NOT NULL,
  `jabatan` varchar(255) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `asisten_guru_orang_id_foreign` (`orang_id`),
  KEY `asisten_guru_pp_id_foreign` (`pp_id`),
  KEY `asisten_guru_rekaman_id_foreign` (`rekaman_id`),
  CONSTRAINT `asisten_guru_orang_id_foreign` FOREIGN KEY (`orang_id`) REFERENCES `orang` (`id`),
  CONSTRAINT `asisten_guru_pp_id_foreign` FOREIGN KEY (`pp_id`) REFERENCES `file` (`id`),
  CONSTRAINT `asisten_guru_rekaman_id_foreign` FOREIGN KEY (`rekaman_id`) REFERENCES `file` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `asisten_guru_kursus` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `asisten_guru_id` int DEFAULT NULL,
  `kursus_id` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `broadcast` (
  `id` int NOT NULL AUTO_INCREMENT,
  `template_name` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `content` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `status` enum('n','s') COLLATE utf8mb4_general_ci DEFAULT 'n',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `broadcast_siswa` (
  `id` int NOT NULL AUTO_INCREMENT,
  `broadcast_id` int DEFAULT NULL,
  `siswa_id` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cicilan_aset` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tabungan_aset_id` int DEFAULT NULL,
  `bukti_pembayaran_id` int DEFAULT NULL,
  `pengeluaran_id` int DEFAULT NULL,
  `nominal` int DEFAULT NULL,
  `tanggal` datetime DEFAULT CURRENT_TIMESTAMP,
  `status` enum('m','s') COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'm',
  PRIMARY KEY (`id`),
  KEY `tabungan_aset_id` (`tabungan_aset_id`),
  KEY `bukti_pembayaran_id` (`bukti_pembayaran_id`),
  KEY `pengeluaran_id` (`pengeluaran_id`),
  CONSTRAINT `cicilan_aset_ibfk_1` FOREIGN KEY (`tabungan_aset_id`) REFERENCES `tabungan_aset` (`id`),
  CONSTRAINT `cicilan_aset_ibfk_2` FOREIGN KEY (`bukti_pembayaran_id`) REFERENCES `file` (`id`),
  CONSTRAINT `cicilan_aset_ibfk_3` FOREIGN KEY (`pengeluaran_id`) REFERENCES `pengeluaran` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cicilan_modal` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `modal_id` int unsigned NOT NULL,
  `nominal` int NOT NULL,
  `pengeluaran_id` int DEFAULT NULL,
  `bukti_id` int DEFAULT NULL,
  `status` enum('m','s') COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT 'm',
  `tanggal` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cicilan_modal_modal_id_foreign` (`modal_id`),
  KEY `cicilan_modal_bukti_id_foreign` (`bukti_id`),
  KEY `cicilan_modal_pengeluaran_id_foreign` (`pengeluaran_id`),
  CONSTRAINT `cicilan_modal_bukti_id_foreign` FOREIGN KEY (`bukti_id`) REFERENCES `file` (`id`),
  CONSTRAINT `cicilan_modal_modal_id_foreign` FOREIGN KEY (`modal_id`) REFERENCES `modal` (`id`),
  CONSTRAINT `cicilan_modal_pengeluaran_id_foreign` FOREIGN KEY (`pengeluaran_id`) REFERENCES `pengeluaran` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `deposit` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tanggal` date DEFAULT (now()),
  `tanggal_keluar` date DEFAULT NULL,
  `nominal` int DEFAULT NULL,
  `siswa_id` int DEFAULT NULL,
  `bukti_pembayaran_id` int DEFAULT NULL,
  `status` enum('a','t','h') COLLATE utf8mb4_general_ci DEFAULT 'a',
  PRIMARY KEY (`id`),
  KEY `siswa_id` (`siswa_id`),
  KEY `bukti_pembayaran_id` (`bukti_pembayaran_id`),
  CONSTRAINT `deposit_ibfk_1` FOREIGN KEY (`siswa_id`) REFERENCES `siswa` (`id`),
  CONSTRAINT `deposit_ibfk_2` FOREIGN KEY (`bukti_pembayaran_id`) REFERENCES `file` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=1064 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `diskon` (
  `id` int NOT NULL AUTO_INCREMENT,
  `diskon` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tipe_diskon` enum('p','n') COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `file` (
  `id` int NOT NULL AUTO_INCREMENT,
  `filename` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `filetype` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `base64` longtext COLLATE utf8mb4_general_ci,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=566 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `gaji` (
  `id` int NOT NULL AUTO_INCREMENT,
  `guru_id` int DEFAULT NULL,
  `asisten_guru_id` int DEFAULT NULL,
  `total_siswa` int DEFAULT NULL,
  `potongan` int DEFAULT NULL,
  `sub_total` int DEFAULT NULL,
  `tunjangan` int DEFAULT NULL,
  `komisi` int DEFAULT NULL,
  `total` int DEFAULT NULL,
  `tanggal` date DEFAULT (now()),
  `pengeluaran_id` int DEFAULT NULL,
  `bulan` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tahun` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `guru_id` (`guru_id`),
  KEY `pengeluaran_id` (`pengeluaran_id`),
  CONSTRAINT `gaji_ibfk_1` FOREIGN KEY (`guru_id`) REFERENCES `guru` (`id`),
  CONSTRAINT `gaji_ibfk_2` FOREIGN KEY (`pengeluaran_id`) REFERENCES `pengeluaran` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=110 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `guru` (
  `id` int NOT NULL AUTO_INCREMENT,
  `orang_id` int DEFAULT NULL,
  `status` enum('a','n') COLLATE utf8mb4_general_ci DEFAULT 'a',
  `pp_id` int DEFAULT NULL,
  `berhenti` text COLLATE utf8mb4_general_ci,
  `memilih` text COLLATE utf8mb4_general_ci,
  `kelebihan` text COLLATE utf8mb4_general_ci,
  `kekurangan` text COLLATE utf8mb4_general_ci,
  `kesehatan` text COLLATE utf8mb4_general_ci,
  `lingkungan` text COLLATE utf8mb4_general_ci,
  `aturan` text COLLATE utf8mb4_general_ci,
  `pelatihan` text COLLATE utf8mb4_general_ci,
  `kapan` text COLLATE utf8mb4_general_ci,
  `gaji_sebelumnya` int DEFAULT NULL,
  `gaji_diminta` int DEFAULT NULL,
  `rekaman_id` int DEFAULT NULL,
  `ideal` text COLLATE utf8mb4_general_ci,
  `nama_bank` varchar(255) COLLATE utf8mb4_general_ci NOT NULL,
  `no_rek` varchar(255) COLLATE utf8mb4_general_ci NOT NULL,
  `jabatan` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `orang_id` (`orang_id`),
  KEY `pp_id` (`pp_id`),
  KEY `rekaman_id` (`rekaman_id`),
  CONSTRAINT `guru_ibfk_1` FOREIGN KEY (`orang_id`) REFERENCES `orang` (`id`),
  CONSTRAINT `guru_ibfk_2` FOREIGN KEY (`pp_id`) REFERENCES `file` (`id`),
  CONSTRAINT `guru_ibfk_3` FOREIGN KEY (`rekaman_id`) REFERENCES `file` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `guru_kursus` (
  `id` int NOT NULL AUTO_INCREMENT,
  `guru_id` int DEFAULT NULL,
  `kursus_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `guru_id` (`guru_id`),
  KEY `kursus_id` (`kursus_id`),
  CONSTRAINT `guru_kursus_ibfk_1` FOREIGN KEY (`guru_id`) REFERENCES `guru` (`id`),
  CONSTRAINT `guru_kursus_ibfk_2` FOREIGN KEY (`kursus_id`) REFERENCES `kursus` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `iuran` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `bulan` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=58 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `iuran_detail` (
  `id` int NOT NULL AUTO_INCREMENT,
  `iuran_id` int DEFAULT NULL,
  `pembiayaan_id` int DEFAULT NULL,
  `skip` tinyint(1) DEFAULT NULL,
  `qty` int DEFAULT NULL,
  `total` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `iuran_id` (`iuran_id`),
  KEY `pembiayaan_id` (`pembiayaan_id`),
  CONSTRAINT `iuran_detail_ibfk_1` FOREIGN KEY (`iuran_id`) REFERENCES `iuran` (`id`),
  CONSTRAINT `iuran_detail_ibfk_2` FOREIGN KEY (`pembiayaan_id`) REFERENCES `pembiayaan` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=91 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `iuran_terbuat` (
  `id` int NOT NULL AUTO_INCREMENT,
  `siswa_id` int DEFAULT NULL,
  `bulan` int DEFAULT NULL,
  `tahun` int DEFAULT NULL,
  `iuran_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `siswa_id` (`siswa_id`),
  KEY `iuran_id` (`iuran_id`),
  CONSTRAINT `iuran_terbuat_ibfk_1` FOREIGN KEY (`siswa_id`) REFERENCES `siswa` (`id`),
  CONSTRAINT `iuran_terbuat_ibfk_2` FOREIGN KEY (`iuran_id`) REFERENCES `iuran` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4488 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `jadwal` (
  `id` int NOT NULL AUTO_INCREMENT,
  `siswa_id` int DEFAULT NULL,
  `hari` enum('1','2','3','4','5','6','7') COLLATE utf8mb4_general_ci DEFAULT NULL,
  `waktu` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `siswa_id` (`siswa_id`),
  CONSTRAINT `jadwal_ibfk_1` FOREIGN KEY (`siswa_id`) REFERENCES `siswa` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=749 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `konfigurasi_web` (
  `id` int NOT NULL AUTO_INCREMENT,
  `lokasi` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `email` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `gmap` text COLLATE utf8mb4_general_ci,
  `no_hp` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `facebook` text COLLATE utf8mb4_general_ci,
  `whatsapp` text COLLATE utf8mb4_general_ci,
  `instagram` text COLLATE utf8mb4_general_ci,
  `tiktok` text COLLATE utf8mb4_general_ci,
  `youtube` text COLLATE utf8mb4_general_ci,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kontak` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `email` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `subject` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `message` text COLLATE utf8mb4_general_ci,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `kursus` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kode` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `sequance` int NOT NULL,
  `sequance_pendaftaran` int unsigned NOT NULL,
  `no_rek` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama_rek` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `logo_bank_id` int DEFAULT NULL,
  `diserahkan_oleh` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `diketahui_oleh` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `diterima_oleh` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `diserahkan_oleh_file_id` int DEFAULT NULL,
  `diketahui_oleh_file_id` int DEFAULT NULL,
  `diterima_oleh_file_id` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `target_id` int DEFAULT NULL,
  `target_table` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `operation` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `data` text COLLATE utf8mb4_general_ci,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `log_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8992 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `menu` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kode` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `parent` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `modal` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `kursus_id` int NOT NULL,
  `keterangan` text COLLATE utf8mb3_unicode_ci NOT NULL,
  `nominal` int NOT NULL,
  `sisa` int NOT NULL,
  `status` enum('a','c','l') COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT 'a',
  PRIMARY KEY (`id`),
  KEY `modal_kursus_id_foreign` (`kursus_id`),
  CONSTRAINT `modal_kursus_id_foreign` FOREIGN KEY (`kursus_id`) REFERENCES `kursus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `orang` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama_mandarin` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `jenis_kelamin` enum('l','p') COLLATE utf8mb4_general_ci DEFAULT NULL,
  `agama_id` int DEFAULT NULL,
  `alamat` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `email` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tempat_lahir` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tanggal_lahir` datetime DEFAULT NULL,
  `hobi` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `no_hp` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama_ayah` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama_ibu` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `no_hp_ortu` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `pekerjaan_ayah` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `pekerjaan_ibu` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `no_rek_ortu` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `pp_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `agama_id` (`agama_id`),
  CONSTRAINT `orang_ibfk_1` FOREIGN KEY (`agama_id`) REFERENCES `agama` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=620 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pembiayaan` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kategori_pembiayaan` enum('a','s','p','d','l') COLLATE utf8mb4_general_ci DEFAULT NULL,
  `kode` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `harga` int DEFAULT NULL,
  `stok` tinyint(1) DEFAULT NULL,
  `jumlah_stok` int DEFAULT NULL,
  `jenis_komisi` enum('s','p','n') COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nominal` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=63 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `penarikan` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `nominal` int NOT NULL,
  `bukti_id` int DEFAULT NULL,
  `status` enum('m','s') COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT 'm',
  `tanggal` date NOT NULL,
  `tabungan_aset_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `penarikan_tabungan_aset_id_foreign` (`tabungan_aset_id`),
  KEY `penarikan_bukti_id_foreign` (`bukti_id`),
  CONSTRAINT `penarikan_bukti_id_foreign` FOREIGN KEY (`bukti_id`) REFERENCES `file` (`id`),
  CONSTRAINT `penarikan_tabungan_aset_id_foreign` FOREIGN KEY (`tabungan_aset_id`) REFERENCES `tabungan_aset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `pengeluaran` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kursus_id` int DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `jumlah` int DEFAULT NULL,
  `harga` int DEFAULT NULL,
  `total` int DEFAULT NULL,
  `gaji` tinyint(1) DEFAULT NULL,
  `aset` tinyint(1) DEFAULT NULL,
  `tanggal` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `kursus_id` (`kursus_id`),
  CONSTRAINT `pengeluaran_ibfk_1` FOREIGN KEY (`kursus_id`) REFERENCES `kursus` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=18 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pengumuman` (
  `id` int NOT NULL AUTO_INCREMENT,
  `judul` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `isi` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `gambar_id` int DEFAULT NULL,
  `tanggal` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `gambar_id` (`gambar_id`),
  CONSTRAINT `pengumuman_ibfk_1` FOREIGN KEY (`gambar_id`) REFERENCES `file` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `potongan_gaji` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `guru_id` int NOT NULL,
  `asisten_guru_id` int DEFAULT NULL,
  `tanggal` date NOT NULL,
  `nominal` int NOT NULL,
  `asisten_guru` varchar(255) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `potongan_gaji_guru_id_foreign` (`guru_id`),
  CONSTRAINT `potongan_gaji_guru_id_foreign` FOREIGN KEY (`guru_id`) REFERENCES `guru` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `promo` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tanggal` datetime DEFAULT CURRENT_TIMESTAMP,
  `judul` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `gambar_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `gambar_id` (`gambar_id`),
  CONSTRAINT `promo_ibfk_1` FOREIGN KEY (`gambar_id`) REFERENCES `file` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `referal` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `report_info` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `logo_id` int DEFAULT NULL,
  `alamat` text COLLATE utf8mb3_unicode_ci,
  `no_hp` varchar(255) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  `email` varchar(255) COLLATE utf8mb3_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `report_info_logo_id_foreign` (`logo_id`),
  CONSTRAINT `report_info_logo_id_foreign` FOREIGN KEY (`logo_id`) REFERENCES `file` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kode` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `role_menu` (
  `id` int NOT NULL AUTO_INCREMENT,
  `role_id` int DEFAULT NULL,
  `menu_id` int DEFAULT NULL,
  `create` tinyint(1) DEFAULT NULL,
  `update` tinyint(1) DEFAULT NULL,
  `delete` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `role_id` (`role_id`),
  KEY `menu_id` (`menu_id`),
  CONSTRAINT `role_menu_ibfk_1` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`),
  CONSTRAINT `role_menu_ibfk_2` FOREIGN KEY (`menu_id`) REFERENCES `menu` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=50 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sequance` (
  `id` int NOT NULL AUTO_INCREMENT,
  `kode` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nomor` int DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `kode` (`kode`),
  UNIQUE KEY `nama` (`nama`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `siswa` (
  `id` int NOT NULL AUTO_INCREMENT,
  `no_formulir` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `guru_id` int DEFAULT NULL,
  `orang_id` int DEFAULT NULL,
  `status` enum('b','a','p','n') COLLATE utf8mb4_general_ci DEFAULT 'b',
  `tanggal_pendaftaran` date DEFAULT (now()),
  `komisi` int DEFAULT NULL,
  `pinyin` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `dengar` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `bicara` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `membaca` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `menulis` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `kondisi` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `respon` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tanggapan` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `program` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `paket_belajar` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `referal_other` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `kursus_id` int DEFAULT NULL,
  `sekolah` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `kelas` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `status_siswa` enum('Pelajar','Mahasiswa','Pekerja') COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `guru_id` (`guru_id`),
  KEY `orang_id` (`orang_id`),
  KEY `kursus_id` (`kursus_id`),
  CONSTRAINT `siswa_ibfk_1` FOREIGN KEY (`guru_id`) REFERENCES `guru` (`id`),
  CONSTRAINT `siswa_ibfk_2` FOREIGN KEY (`orang_id`) REFERENCES `orang` (`id`),
  CONSTRAINT `siswa_ibfk_3` FOREIGN KEY (`kursus_id`) REFERENCES `kursus` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=603 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `siswa_iuran` (
  `id` int NOT NULL AUTO_INCREMENT,
  `siswa_id` int DEFAULT NULL,
  `iuran_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `siswa_id` (`siswa_id`),
  KEY `iuran_id` (`iuran_id`),
  CONSTRAINT `siswa_iuran_ibfk_1` FOREIGN KEY (`siswa_id`) REFERENCES `siswa` (`id`),
  CONSTRAINT `siswa_iuran_ibfk_2` FOREIGN KEY (`iuran_id`) REFERENCES `iuran` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=1928 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `siswa_referal` (
  `id` int NOT NULL AUTO_INCREMENT,
  `siswa_id` int DEFAULT NULL,
  `referal_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `siswa_id` (`siswa_id`),
  KEY `referal_id` (`referal_id`),
  CONSTRAINT `siswa_referal_ibfk_1` FOREIGN KEY (`siswa_id`) REFERENCES `siswa` (`id`),
  CONSTRAINT `siswa_referal_ibfk_2` FOREIGN KEY (`referal_id`) REFERENCES `referal` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=247 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tabungan_aset` (
  `id` int NOT NULL AUTO_INCREMENT,
  `code` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `jumlah` int DEFAULT NULL,
  `harga` int DEFAULT NULL,
  `total` int DEFAULT NULL,
  `sisa` int DEFAULT NULL,
  `keterangan` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `cicil` int DEFAULT NULL,
  `kursus_id` int DEFAULT NULL,
  `tarik` tinyint(1) DEFAULT NULL,
  `status` enum('a','c','l') COLLATE utf8mb4_general_ci DEFAULT 'a',
  PRIMARY KEY (`id`),
  KEY `kursus_id` (`kursus_id`),
  CONSTRAINT `tabungan_aset_ibfk_1` FOREIGN KEY (`kursus_id`) REFERENCES `kursus` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tagihan` (
  `id` int NOT NULL AUTO_INCREMENT,
  `siswa_id` int DEFAULT NULL,
  `kursus_id` int DEFAULT NULL,
  `code` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `sub_total` int DEFAULT NULL,
  `potongan` int DEFAULT NULL,
  `total` int DEFAULT NULL,
  `hutang` int DEFAULT NULL,
  `status` enum('p','c','l') COLLATE utf8mb4_general_ci DEFAULT 'p',
  `tanggal` datetime DEFAULT CURRENT_TIMESTAMP,
  `tanggal_lunas` date DEFAULT NULL,
  `guru_id` int unsigned DEFAULT NULL,
  `program_belajar` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `jenis_pembayaran` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `terima_dari` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `untuk_pembayaran` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `keterangan` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `siswa_id` (`siswa_id`),
  KEY `kursus_id` (`kursus_id`),
  CONSTRAINT `tagihan_ibfk_1` FOREIGN KEY (`siswa_id`) REFERENCES `siswa` (`id`),
  CONSTRAINT `tagihan_ibfk_2` FOREIGN KEY (`kursus_id`) REFERENCES `kursus` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2102 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tagihan_detail` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tagihan_id` int DEFAULT NULL,
  `kategori_pembiayaan` enum('a','s','p','d','l') COLLATE utf8mb4_general_ci DEFAULT NULL,
  `diskon_id` int DEFAULT NULL,
  `kode` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nominal` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `qty` int DEFAULT NULL,
  `potongan` int DEFAULT NULL,
  `sub_total` int DEFAULT NULL,
  `total` int DEFAULT NULL,
  `komisi` int DEFAULT NULL,
  `pembiayaan_id` int DEFAULT NULL,
  `system` tinyint(1) DEFAULT NULL,
  `tanggal_iuran_mulai` date DEFAULT NULL,
  `tanggal_iuran_berakhir` date DEFAULT NULL,
  `bulan` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `tagihan_id` (`tagihan_id`),
  KEY `diskon_id` (`diskon_id`),
  KEY `pembiayaan_id` (`pembiayaan_id`),
  CONSTRAINT `tagihan_detail_ibfk_1` FOREIGN KEY (`tagihan_id`) REFERENCES `tagihan` (`id`),
  CONSTRAINT `tagihan_detail_ibfk_2` FOREIGN KEY (`diskon_id`) REFERENCES `diskon` (`id`),
  CONSTRAINT `tagihan_detail_ibfk_3` FOREIGN KEY (`pembiayaan_id`) REFERENCES `pembiayaan` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8520 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tarik_modal` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `modal_id` int unsigned NOT NULL,
  `nominal` int NOT NULL,
  `bukti_id` int DEFAULT NULL,
  `status` enum('m','s') COLLATE utf8mb3_unicode_ci NOT NULL DEFAULT 'm',
  `tanggal` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tarik_modal_modal_id_foreign` (`modal_id`),
  KEY `tarik_modal_bukti_id_foreign` (`bukti_id`),
  CONSTRAINT `tarik_modal_bukti_id_foreign` FOREIGN KEY (`bukti_id`) REFERENCES `file` (`id`),
  CONSTRAINT `tarik_modal_modal_id_foreign` FOREIGN KEY (`modal_id`) REFERENCES `modal` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `testimoni` (
  `id` int NOT NULL AUTO_INCREMENT,
  `gambar_id` int DEFAULT NULL,
  `link` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `tipe` enum('g','l') COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `gambar_id` (`gambar_id`),
  CONSTRAINT `testimoni_ibfk_1` FOREIGN KEY (`gambar_id`) REFERENCES `file` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `transaksi` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tagihan_id` int DEFAULT NULL,
  `nominal` int DEFAULT NULL,
  `bukti_pembayaran_id` int DEFAULT NULL,
  `tanggal` datetime DEFAULT CURRENT_TIMESTAMP,
  `jenis_pembayaran` enum('c','tf') COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'tf',
  `status` enum('p','v') COLLATE utf8mb4_general_ci DEFAULT 'p',
  PRIMARY KEY (`id`),
  KEY `tagihan_id` (`tagihan_id`),
  KEY `bukti_pembayaran_id` (`bukti_pembayaran_id`),
  CONSTRAINT `transaksi_ibfk_1` FOREIGN KEY (`tagihan_id`) REFERENCES `tagihan` (`id`),
  CONSTRAINT `transaksi_ibfk_2` FOREIGN KEY (`bukti_pembayaran_id`) REFERENCES `file` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=1761 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tunjangan_guru` (
  `id` int NOT NULL AUTO_INCREMENT,
  `guru_id` int DEFAULT NULL,
  `asisten_guru_id` int DEFAULT NULL,
  `nama` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `nominal` int DEFAULT NULL,
  `jumlah` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `guru_id` (`guru_id`),
  CONSTRAINT `tunjangan_guru_ibfk_1` FOREIGN KEY (`guru_id`) REFERENCES `guru` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `password` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `unenpass` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `jenis_user` enum('s','c','u') COLLATE utf8mb4_general_ci DEFAULT 'u',
  `orang_id` int DEFAULT NULL,
  `status` enum('a','n') COLLATE utf8mb4_general_ci DEFAULT 'a',
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  KEY `orang_id` (`orang_id`),
  CONSTRAINT `user_ibfk_1` FOREIGN KEY (`orang_id`) REFERENCES `orang` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=344 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_question` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `email` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `phone` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `subject` varchar(255) COLLATE utf8mb4_general_ci DEFAULT NULL,
  `message` text COLLATE utf8mb4_general_ci,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_role` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int DEFAULT NULL,
  `role_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `role_id` (`role_id`),
  CONSTRAINT `user_role_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  CONSTRAINT `user_role_ibfk_2` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=350 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

