-- origin: virdiggg/s-kopkar application/files/kopkar.sql (Navicat dump, schema `kopkar`: an employees' cooperative (koperasi karyawan) of a retail company: members with their store and bank account, principal/compulsory/voluntary savings paid by payroll deduction, loan applications, loans and instalments; schema part, DROP/SET lines and data rows left out)

CREATE TABLE `tb_anggota`  (
  `anggota_id` int NOT NULL AUTO_INCREMENT,
  `koperasi_id` varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `nama` varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `tgl_lahir` date NOT NULL,
  `alamat` varchar(50) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `tgl_gabung` date NOT NULL,
  `kode_toko` char(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `bank` varchar(50) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `no_rek` char(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `username` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `password` char(200) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `level` enum('1','2') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` datetime NULL DEFAULT NULL,
  `flag` enum('0','1') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '1',
  `token` text CHARACTER SET latin1 COLLATE latin1_swedish_ci NULL,
  PRIMARY KEY (`anggota_id`) USING BTREE,
  UNIQUE INDEX `user_name`(`username` ASC) USING BTREE,
  UNIQUE INDEX `koperasi_id`(`koperasi_id` ASC) USING BTREE
) ENGINE = InnoDB AUTO_INCREMENT = 136 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_bank`  (
  `bank_id` int NOT NULL AUTO_INCREMENT,
  `kode_bank` varchar(4) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `bank` varchar(50) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  PRIMARY KEY (`bank_id`) USING BTREE
) ENGINE = InnoDB AUTO_INCREMENT = 6 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_kegiatan_simpanan`  (
  `keg_simpan_id` int NOT NULL AUTO_INCREMENT,
  `kode_kegiatan` varchar(15) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `koperasi_id` char(5) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `status_simpanan` enum('Wajib','Sukarela','Pokok') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `aksi` enum('Masuk','Keluar') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `jumlah` int NOT NULL,
  `transaksi` enum('Payroll','Transfer','Cash') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `no_kwitansi` varchar(15) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `pengurus` char(6) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `tanggal` date NOT NULL,
  `created` datetime NULL DEFAULT CURRENT_TIMESTAMP,
  `bukti_transfer` text CHARACTER SET latin1 COLLATE latin1_swedish_ci NULL,
  PRIMARY KEY (`keg_simpan_id`) USING BTREE,
  INDEX `koperasi_id`(`koperasi_id` ASC) USING BTREE,
  CONSTRAINT `tb_kegiatan_simpanan_ibfk_1` FOREIGN KEY (`koperasi_id`) REFERENCES `tb_anggota` (`koperasi_id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE = InnoDB AUTO_INCREMENT = 66 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_pembayaran`  (
  `pembayaran_id` int NOT NULL AUTO_INCREMENT,
  `no_pembayaran` varchar(15) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `no_pinjaman` varchar(15) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `koperasi_id` char(5) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `status_pinjaman` varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `aksi` varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `no_kwitansi` varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `transaksi` varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `besar_angsuran` int NOT NULL,
  `shu_bln` int NOT NULL,
  `qty` int NOT NULL,
  `tanggal` date NULL DEFAULT NULL,
  `pengurus` char(6) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  PRIMARY KEY (`pembayaran_id`) USING BTREE,
  INDEX `koperasi_id`(`koperasi_id` ASC) USING BTREE,
  INDEX `no_pinjaman`(`no_pinjaman` ASC) USING BTREE,
  CONSTRAINT `tb_pembayaran_ibfk_1` FOREIGN KEY (`koperasi_id`) REFERENCES `tb_anggota` (`koperasi_id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `tb_pembayaran_ibfk_2` FOREIGN KEY (`no_pinjaman`) REFERENCES `tb_pinjaman` (`no_pinjaman`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE = InnoDB AUTO_INCREMENT = 34 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_pengajuan`  (
  `pengajuan_id` int NOT NULL AUTO_INCREMENT,
  `koperasi_id` varchar(5) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `no_pinjaman` varchar(15) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `tgl_pengajuan` date NOT NULL,
  `jumlah_pinjaman` int NOT NULL,
  `lama_angsuran` int NOT NULL,
  `biaya_admin` int NOT NULL,
  `jumlah_kewajiban` int NOT NULL,
  `kewajiban_bulan` int NOT NULL,
  `jenis_pinjaman` enum('HARDLOAN','SOFTLOAN','SHOPPING','ELEKTRONIK','MOTOR') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `shu_kop` int NOT NULL,
  `shu_ang` int NOT NULL,
  `shu_bln` int NOT NULL,
  `status_pengajuan` enum('DISETUJUI','DITOLAK','MENUNGGU') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `diajukan` char(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `tgl_proses` date NULL DEFAULT NULL,
  PRIMARY KEY (`pengajuan_id`) USING BTREE,
  INDEX `koperasi_id`(`koperasi_id` ASC) USING BTREE,
  CONSTRAINT `tb_pengajuan_ibfk_1` FOREIGN KEY (`koperasi_id`) REFERENCES `tb_anggota` (`koperasi_id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE = InnoDB AUTO_INCREMENT = 71 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_pinjaman`  (
  `pinjaman_id` int NOT NULL AUTO_INCREMENT,
  `koperasi_id` char(5) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `no_pinjaman` varchar(15) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `status_pinjaman` enum('HARDLOAN','SOFTLOAN','SHOPPING','ELEKTRONIK','MOTOR') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `tgl_pengajuan` date NOT NULL,
  `tgl_proses` date NOT NULL,
  `jumlah_pinjaman` int NOT NULL,
  `biaya_admin` int NOT NULL,
  `pct_admin` char(12) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `biaya_jasa` int NOT NULL,
  `pct_jasa` char(12) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `lama_angsuran` int NOT NULL,
  `besar_angsuran` int NOT NULL,
  `total_angsuran` int NOT NULL,
  `masuk_angsuran` int NOT NULL,
  `sisa_angsuran` int NOT NULL,
  `sisa_angsuran_bln` int NOT NULL,
  `shu_kop` int NOT NULL,
  `shu_ang` int NOT NULL,
  `shu_bln` int NOT NULL,
  `updated` datetime NULL DEFAULT NULL,
  PRIMARY KEY (`pinjaman_id`) USING BTREE,
  UNIQUE INDEX `no_pinjaman`(`no_pinjaman` ASC) USING BTREE,
  INDEX `koperasi_id`(`koperasi_id` ASC) USING BTREE,
  CONSTRAINT `tb_pinjaman_ibfk_1` FOREIGN KEY (`koperasi_id`) REFERENCES `tb_anggota` (`koperasi_id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE = InnoDB AUTO_INCREMENT = 33 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_simpanan_pokok`  (
  `sp_id` int NOT NULL AUTO_INCREMENT,
  `no_tab_pokok` varchar(15) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `koperasi_id` char(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `jumlah` int NOT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` datetime NULL DEFAULT NULL,
  `pengurus` varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `flag` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`sp_id`) USING BTREE,
  INDEX `koperasi_id`(`koperasi_id` ASC) USING BTREE,
  CONSTRAINT `tb_simpanan_pokok_ibfk_1` FOREIGN KEY (`koperasi_id`) REFERENCES `tb_anggota` (`koperasi_id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE = InnoDB AUTO_INCREMENT = 11 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_simpanan_sukarela`  (
  `ss_id` int NOT NULL AUTO_INCREMENT,
  `no_tab_sukarela` varchar(15) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `koperasi_id` char(5) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `jumlah` int NOT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` date NULL DEFAULT NULL,
  `pengurus` char(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `flag` enum('1','0') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '1',
  PRIMARY KEY (`ss_id`) USING BTREE,
  UNIQUE INDEX `no_tabungan_wajib`(`no_tab_sukarela` ASC) USING BTREE,
  INDEX `koperasi_id`(`koperasi_id` ASC) USING BTREE,
  CONSTRAINT `tb_simpanan_sukarela_ibfk_1` FOREIGN KEY (`koperasi_id`) REFERENCES `tb_anggota` (`koperasi_id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE = InnoDB AUTO_INCREMENT = 36 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_simpanan_wajib`  (
  `sw_id` int NOT NULL AUTO_INCREMENT,
  `no_tab_wajib` varchar(15) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `koperasi_id` char(5) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `jumlah` int NOT NULL,
  `created` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated` date NULL DEFAULT NULL,
  `pengurus` char(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `flag` enum('1','0') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '1',
  PRIMARY KEY (`sw_id`) USING BTREE,
  UNIQUE INDEX `no_tabungan_wajib`(`no_tab_wajib` ASC) USING BTREE,
  INDEX `koperasi_id`(`koperasi_id` ASC) USING BTREE,
  CONSTRAINT `tb_simpanan_wajib_ibfk_1` FOREIGN KEY (`koperasi_id`) REFERENCES `tb_anggota` (`koperasi_id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE = InnoDB AUTO_INCREMENT = 9 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_swk`  (
  `swk_id` int NOT NULL AUTO_INCREMENT,
  `koperasi_id` char(5) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `kode_swk` varchar(14) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `type` enum('IN','OUT') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `jumlah` int NOT NULL,
  `jenis_transaksi` enum('PASYROLL','TRANSFER','CASH') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `tanggal` date NOT NULL,
  `pengurus` varchar(50) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  PRIMARY KEY (`swk_id`) USING BTREE
) ENGINE = InnoDB AUTO_INCREMENT = 1 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;

CREATE TABLE `tb_toko`  (
  `toko_id` int NOT NULL AUTO_INCREMENT,
  `kode_toko` varchar(5) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `nama_toko` varchar(50) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  PRIMARY KEY (`toko_id`) USING BTREE,
  UNIQUE INDEX `kode_toko`(`kode_toko` ASC) USING BTREE
) ENGINE = InnoDB AUTO_INCREMENT = 7 CHARACTER SET = latin1 COLLATE = latin1_swedish_ci ROW_FORMAT = Dynamic;
