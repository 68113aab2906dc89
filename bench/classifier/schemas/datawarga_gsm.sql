-- origin: manasama77/datawarga.trijayasolution.co.id DB/u2774448_datawargagsm.sql (Navicat dump, schema `u2774448_datawargagsm`; schema part, DROP/INSERT rows and per-column CHARACTER SET/COLLATE clauses left out)

CREATE TABLE `bekerja_luar_negeri_kota`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int NULL DEFAULT NULL,
  `tujuan` varchar(255) NULL DEFAULT NULL,
  `sejak` date NULL DEFAULT NULL,
  `sampai` date NULL DEFAULT NULL,
  `pekerjaan` varchar(255) NULL DEFAULT NULL,
  `pelapor_id` int NULL DEFAULT NULL,
  `hubungan_pelapor` varchar(255) NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int UNSIGNED NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `belum_bekerja`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int UNSIGNED NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `belum_mempunyai_rumah`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int UNSIGNED NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `belum_menikah`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int UNSIGNED NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  `saksi_1` varchar(255) NULL DEFAULT NULL,
  `saksi_2` varchar(255) NULL DEFAULT NULL,
  `saksi_3` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `domisili`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `lama_domisili` int UNSIGNED NULL DEFAULT NULL,
  `sampai` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int UNSIGNED NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `kartu_keluarga`  (
  `id_keluarga` int NOT NULL AUTO_INCREMENT,
  `nomor_keluarga` varchar(16) NOT NULL,
  `id_kepala_keluarga` int NULL DEFAULT NULL,
  `alamat_keluarga` text NOT NULL,
  `dusun_keluarga` varchar(20) NOT NULL,
  `desa_kelurahan_keluarga` varchar(30) NOT NULL,
  `kecamatan_keluarga` varchar(30) NOT NULL,
  `kabupaten_kota_keluarga` varchar(30) NOT NULL,
  `provinsi_keluarga` varchar(30) NOT NULL,
  `negara_keluarga` varchar(30) NOT NULL,
  `rt_keluarga` varchar(3) NOT NULL,
  `rw_keluarga` varchar(3) NOT NULL,
  `kode_pos_keluarga` varchar(5) NOT NULL,
  `id_user` int NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp ON UPDATE CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id_keluarga`) USING BTREE,
  UNIQUE INDEX `FK_keluarga_penduduk`(`id_kepala_keluarga` ASC) USING BTREE,
  UNIQUE INDEX `id_kepala_keluarga`(`id_kepala_keluarga` ASC) USING BTREE,
  INDEX `id_user`(`id_user` ASC) USING BTREE,
  CONSTRAINT `kartu_keluarga_ibfk_1` FOREIGN KEY (`id_kepala_keluarga`) REFERENCES `warga` (`id_warga`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `kartu_keluarga_ibfk_2` FOREIGN KEY (`id_user`) REFERENCES `user` (`id_user`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE = InnoDB CHARACTER SET = latin1;

CREATE TABLE `kelahiran`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int NULL DEFAULT NULL,
  `hari` varchar(255) NULL DEFAULT NULL,
  `tanggal_kelahiran` date NULL DEFAULT NULL,
  `jam_kelahiran` time NULL DEFAULT NULL,
  `tempat_kelahiran` varchar(255) NULL DEFAULT NULL,
  `anak_ke` int UNSIGNED NULL DEFAULT NULL,
  `ibu_id` int NULL DEFAULT NULL,
  `ayah_id` int NULL DEFAULT NULL,
  `pelapor_id` int NULL DEFAULT NULL,
  `hubungan_pelapor` varchar(255) NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int UNSIGNED NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `kematian`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int NULL DEFAULT NULL,
  `hari` varchar(255) NULL DEFAULT NULL,
  `tanggal_kematian` date NULL DEFAULT NULL,
  `jam_kematian` time NULL DEFAULT NULL,
  `penyebab_kematian` varchar(255) NULL DEFAULT NULL,
  `tempat_kematian` varchar(255) NULL DEFAULT NULL,
  `pelapor_id` int NULL DEFAULT NULL,
  `hubungan_pelapor` varchar(255) NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int UNSIGNED NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `keterangan_usaha`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int UNSIGNED NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int NULL DEFAULT NULL,
  `alamat_usaha` text NULL,
  `bidang_usaha` varchar(255) NULL DEFAULT NULL,
  `jenis_usaha` varchar(255) NULL DEFAULT NULL,
  `lama_usaha` varchar(255) NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `mutasi_keluar`  (
  `id_mutasi` int NOT NULL AUTO_INCREMENT,
  `id_warga` int NOT NULL,
  `alamat_mutasi` text NOT NULL,
  `desa_kelurahan_mutasi` varchar(20) NOT NULL,
  `kabupaten_kota_mutasi` varchar(20) NOT NULL,
  `provinsi_mutasi` varchar(20) NOT NULL,
  `negara_mutasi` varchar(20) NOT NULL,
  `dusun_mutasi` varchar(30) NOT NULL,
  `rt_mutasi` varchar(3) NOT NULL,
  `rw_mutasi` varchar(3) NOT NULL,
  `kode_pos_mutasi` varchar(10) NOT NULL,
  `tanggal_pindah` date NOT NULL,
  `alasan_pindah` varchar(20) NOT NULL,
  `jenis_pindah` varchar(30) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp ON UPDATE CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT '0000-00-00 00:00:00',
  `kecamatan_mutasi` varchar(30) NOT NULL,
  PRIMARY KEY (`id_mutasi`) USING BTREE,
  INDEX `id_warga`(`id_warga` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = latin1;

CREATE TABLE `mutasi_masuk`  (
  `id_mutasi_masuk` int NOT NULL AUTO_INCREMENT,
  `id_warga` int NOT NULL,
  `id_keluarga` int NOT NULL,
  `dusun_masuk` varchar(30) NOT NULL,
  `rt_masuk` varchar(3) NOT NULL,
  `rw_masuk` varchar(3) NOT NULL,
  `alamat_asal` text NOT NULL,
  `tanggal_pindah` date NOT NULL,
  `alasan_pindah` varchar(20) NOT NULL,
  `jenis_kepindahan` varchar(30) NOT NULL,
  PRIMARY KEY (`id_mutasi_masuk`) USING BTREE,
  INDEX `id_warga`(`id_warga` ASC) USING BTREE,
  INDEX `id_keluarga`(`id_keluarga` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = latin1;

CREATE TABLE `surat_pengantar`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `kepentingan` varchar(255) NULL DEFAULT NULL,
  `tujuan` varchar(255) NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int UNSIGNED NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `tbl_kelahiran`  (
  `id_kelahiran` int NOT NULL AUTO_INCREMENT,
  `tgl_kelahiran` datetime NOT NULL,
  `nama_bayi` varchar(50) NOT NULL,
  `jk` enum('L','P') NOT NULL,
  `berat_bayi` varchar(10) NULL DEFAULT NULL,
  `panjang_bayi` int NULL DEFAULT NULL,
  `nama_ayah` varchar(100) NULL DEFAULT NULL,
  `nama_ibu` varchar(100) NULL DEFAULT NULL,
  `lokasi_lahir` varchar(100) NULL DEFAULT NULL,
  `tempat_lahir` varchar(100) NULL DEFAULT NULL,
  `id_keluarga` int NULL DEFAULT NULL,
  `penolong` varchar(25) NOT NULL,
  `id_warga` int NULL DEFAULT NULL,
  `id_surat` int NULL DEFAULT NULL,
  PRIMARY KEY (`id_kelahiran`) USING BTREE,
  INDEX `id_surat`(`id_surat` ASC) USING BTREE,
  INDEX `id_warga`(`id_warga` ASC) USING BTREE,
  INDEX `id_keluarga`(`id_keluarga` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = latin1;

CREATE TABLE `tbl_meninggal`  (
  `id_meninggal` int NOT NULL AUTO_INCREMENT,
  `tgl_meninggal` datetime NOT NULL,
  `sebab` varchar(50) NULL DEFAULT NULL,
  `id_warga` int NULL DEFAULT NULL,
  `tempat_kematian` varchar(100) NULL DEFAULT NULL,
  `nama_pelapor` varchar(100) NULL DEFAULT NULL,
  `hubungan_pelapor` varchar(100) NULL DEFAULT NULL,
  `id_surat` int NULL DEFAULT NULL,
  PRIMARY KEY (`id_meninggal`) USING BTREE,
  INDEX `id_surat`(`id_surat` ASC) USING BTREE,
  INDEX `id_warga`(`id_warga` ASC) USING BTREE,
  CONSTRAINT `tbl_meninggal_ibfk_1` FOREIGN KEY (`id_warga`) REFERENCES `warga` (`id_warga`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE = InnoDB CHARACTER SET = latin1;

CREATE TABLE `tidak_mampu_kesehatan_puskesmas`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int UNSIGNED NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int NULL DEFAULT NULL,
  `no_rt_ttd` varchar(255) NULL DEFAULT NULL,
  `nama_rt_ttd` varchar(255) NULL DEFAULT NULL,
  `no_rw_ttd` varchar(255) NULL DEFAULT NULL,
  `nama_rw_ttd` varchar(255) NULL DEFAULT NULL,
  `nama_tksk_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  `no_register_camat` varchar(255) NULL DEFAULT NULL,
  `nama_camat` varchar(255) NULL DEFAULT NULL,
  `nip_camat` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `tidak_mampu_kesehatan_rsud`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int UNSIGNED NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  `no_register_camat` varchar(255) NULL DEFAULT NULL,
  `nama_camat` varchar(255) NULL DEFAULT NULL,
  `nip_camat` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `tidak_mampu_sekolah`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int NULL DEFAULT NULL,
  `tujuan` varchar(255) NULL DEFAULT NULL,
  `pelapor_id` int NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int UNSIGNED NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `tidak_mampu_umum`  (
  `id` bigint UNSIGNED NOT NULL AUTO_INCREMENT,
  `warga_id` int NULL DEFAULT NULL,
  `tanggal_pembuatan` date NULL DEFAULT NULL,
  `nomor_surat` varchar(255) NULL DEFAULT NULL,
  `sequence` int UNSIGNED NULL DEFAULT NULL,
  `nama_ttd` varchar(255) NULL DEFAULT NULL,
  `jabatan_ttd` varchar(255) NULL DEFAULT NULL,
  `nomor_induk_ttd` varchar(255) NULL DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = utf8mb4;

CREATE TABLE `user`  (
  `id_user` int NOT NULL AUTO_INCREMENT,
  `nama_user` varchar(45) NOT NULL,
  `username_user` varchar(20) NOT NULL,
  `password_user` varchar(32) NOT NULL,
  `keterangan_user` text NOT NULL,
  `status_user` enum('Admin','Kasi_Pemerintahan') NOT NULL,
  `desa_kelurahan_user` varchar(30) NOT NULL,
  `kecamatan_user` varchar(30) NOT NULL,
  `kabupaten_kota_user` varchar(30) NOT NULL,
  `provinsi_user` varchar(30) NOT NULL,
  `negara_user` varchar(30) NOT NULL,
  `rt_user` varchar(3) NOT NULL,
  `rw_user` varchar(3) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp ON UPDATE CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id_user`) USING BTREE
) ENGINE = InnoDB CHARACTER SET = latin1;

CREATE TABLE `warga`  (
  `id_warga` int NOT NULL AUTO_INCREMENT,
  `nik_warga` varchar(16) NOT NULL,
  `nama_warga` varchar(45) NOT NULL,
  `tempat_lahir_warga` varchar(30) NOT NULL,
  `tanggal_lahir_warga` date NOT NULL,
  `jenis_kelamin_warga` enum('L','P') NOT NULL,
  `alamat_ktp_warga` text NOT NULL,
  `alamat_warga` text NOT NULL,
  `desa_kelurahan_warga` varchar(30) NOT NULL,
  `kecamatan_warga` varchar(30) NOT NULL,
  `kabupaten_kota_warga` varchar(30) NOT NULL,
  `provinsi_warga` varchar(30) NOT NULL,
  `negara_warga` varchar(30) NOT NULL,
  `dusun_warga` enum('Periuk') NOT NULL,
  `rt_warga` varchar(3) NOT NULL,
  `rw_warga` varchar(3) NOT NULL,
  `agama_warga` enum('Islam','Kristen','Katholik','Hindu','Budha','Konghucu') NOT NULL,
  `pendidikan_terakhir_warga` varchar(20) NOT NULL,
  `pekerjaan_warga` varchar(20) NOT NULL,
  `status_warga` enum('Tinggal Tetap','Kontrak','Meninggal','Pindah Datang','Pindah Keluar') NOT NULL,
  `id_user` int NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp ON UPDATE CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id_warga`) USING BTREE,
  INDEX `id_user`(`id_user` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = latin1;

CREATE TABLE `warga_has_kartu_keluarga`  (
  `id_warga` int NOT NULL,
  `id_keluarga` int NOT NULL,
  UNIQUE INDEX `id_warga`(`id_warga` ASC) USING BTREE,
  INDEX `id_penduduk`(`id_warga` ASC, `id_keluarga` ASC) USING BTREE,
  INDEX `warga_has_kartu_keluarga_ibfk_2`(`id_keluarga` ASC) USING BTREE
) ENGINE = InnoDB CHARACTER SET = latin1;
