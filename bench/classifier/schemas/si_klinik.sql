-- origin: thaufiqumardi/si_klinik db_app/si_klinik.sql at 312e071e8fa0aebe6755bc419b804af09f54ce4d (phpMyAdmin dump of database `si_klinik`, clinic with pharmacy and cashier; schema part, INSERT rows, AUTO_INCREMENT MODIFY and SET lines left out)

CREATE TABLE `admins` (
  `id` int(4) NOT NULL,
  `username` varchar(49) DEFAULT NULL,
  `password` varchar(150) DEFAULT NULL,
  `level` varchar(25) DEFAULT 'N',
  `role_id` int(10) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `bed` (
  `id_bed` int(11) NOT NULL,
  `id_kamar` int(11) DEFAULT NULL,
  `nama_bed` varchar(20) DEFAULT NULL,
  `status_isi` varchar(20) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_date` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL,
  `updated_date` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `detail_pembiayaan` (
  `id_pembiayaan` int(11) NOT NULL,
  `id_registrasi` int(11) DEFAULT NULL,
  `no_registrasi` varchar(10) DEFAULT NULL,
  `tgl_registrasi` datetime DEFAULT NULL,
  `nama_item` varchar(100) DEFAULT NULL,
  `jenis_item` enum('Pendaftaran','Layanan','Obat','Lain-Lain','Paket') DEFAULT 'Pendaftaran',
  `item_id` int(11) DEFAULT NULL,
  `harga` decimal(10,2) DEFAULT NULL,
  `qty` decimal(10,2) DEFAULT NULL,
  `total_harga` decimal(10,2) DEFAULT NULL,
  `status_bayar` char(1) DEFAULT '0',
  `satuan` varchar(50) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_date` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL,
  `updated_date` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `dokter` (
  `id_dokter` int(11) NOT NULL,
  `kd_dokter` varchar(8) DEFAULT NULL,
  `nama_dokter` varchar(40) DEFAULT NULL,
  `jenis_kelamin` enum('Laki-Laki','Perempuan') DEFAULT NULL,
  `tmp_lahir` varchar(15) DEFAULT NULL,
  `tgl_lahir` date DEFAULT NULL,
  `gol_darah` enum('A','B','O','AB','-') DEFAULT NULL,
  `agama` varchar(12) DEFAULT NULL,
  `alamat` text,
  `telepon` varchar(20) DEFAULT NULL,
  `status_nikah` enum('Kawin','Belum Kawin','Janda','Duda') DEFAULT NULL,
  `alumni` varchar(60) DEFAULT NULL,
  `no_izin_praktek` varchar(20) DEFAULT NULL,
  `status` enum('Aktif','Tidak Aktif') DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `d_jual` (
  `idjual` smallint(6) NOT NULL,
  `kodejual` char(15) DEFAULT NULL,
  `kode_barang` char(15) DEFAULT NULL,
  `jmljual` int(11) DEFAULT NULL,
  `hargajual` double DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `hak_akses` (
  `id_hak_akses` int(11) UNSIGNED NOT NULL,
  `hak_akses_role` int(11) DEFAULT NULL,
  `hak_akses_menu` int(11) DEFAULT NULL,
  `hak_akses_create` int(1) DEFAULT NULL,
  `hak_akses_retrive` int(1) DEFAULT NULL,
  `hak_akses_update` int(1) DEFAULT NULL,
  `hak_akses_delete` int(1) DEFAULT NULL,
  `hak_akses_search` int(1) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_date` datetime DEFAULT NULL,
  `updated_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `harga_obat` (
  `harga_obat_id` int(11) NOT NULL,
  `id_obat` int(11) DEFAULT NULL,
  `harga_beli` decimal(10,2) DEFAULT NULL,
  `harga_jual1` decimal(10,2) DEFAULT NULL,
  `harga_jual2` decimal(10,2) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `h_jual` (
  `kodejual` char(15) NOT NULL,
  `tgljual` date DEFAULT NULL,
  `username` varchar(50) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `kategori` (
  `id_kategori` int(5) NOT NULL,
  `nama_kategori` varchar(100) COLLATE latin1_general_ci DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci;

CREATE TABLE `layanan` (
  `id_layanan` int(11) NOT NULL,
  `nama_layanan` varchar(128) NOT NULL,
  `tarif_layanan` decimal(10,2) NOT NULL,
  `tarif_khusus` decimal(10,2) NOT NULL,
  `created_by` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_by` int(11) NOT NULL,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `menu` (
  `id_menu` int(11) NOT NULL,
  `name` varchar(50) DEFAULT NULL,
  `title` varchar(30) DEFAULT NULL,
  `url` varchar(30) DEFAULT NULL,
  `icon` varchar(20) DEFAULT NULL,
  `ref` varchar(50) DEFAULT NULL,
  `urutan` int(11) DEFAULT NULL,
  `parent` int(11) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `merk` (
  `merk_id` int(11) NOT NULL,
  `merk_nama` varchar(50) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `obat` (
  `id_obat` int(10) NOT NULL,
  `id_kategori` int(11) DEFAULT NULL,
  `id_satuan` int(11) DEFAULT NULL,
  `id_merk` int(11) DEFAULT NULL,
  `id_supplier` int(11) DEFAULT NULL,
  `kode_obat` varchar(8) NOT NULL,
  `nama_obat` varchar(100) DEFAULT NULL,
  `stok` int(11) NOT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `owner` (
  `owner_id` int(10) NOT NULL,
  `nama_owner` varchar(120) DEFAULT NULL,
  `alamat_owner` text,
  `logo_owner` text,
  `no_telpon_owner` varchar(14) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `pasien` (
  `id_pasien` int(11) NOT NULL,
  `no_rm` varchar(8) DEFAULT '0',
  `no_kartu` varchar(8) DEFAULT '0',
  `nama_pasien` varchar(125) DEFAULT NULL,
  `nik_pasien` varchar(16) DEFAULT NULL,
  `tempat_lahir` varchar(50) DEFAULT NULL,
  `tgl_lahir` date DEFAULT NULL,
  `umur` int(2) NOT NULL,
  `agama` varchar(20) DEFAULT NULL,
  `pekerjaan_pasien` varchar(120) DEFAULT NULL,
  `gol_darah` enum('A','B','AB','O') DEFAULT NULL,
  `jenis_kelamin` enum('Laki-Laki','Perempuan') DEFAULT NULL,
  `no_telp_rumah` varchar(20) DEFAULT NULL,
  `no_handphone` varchar(20) DEFAULT NULL,
  `jalan` varchar(75) DEFAULT NULL,
  `rtrw` varchar(7) DEFAULT NULL,
  `kelurahan` varchar(50) DEFAULT NULL,
  `kecamatan` varchar(50) DEFAULT NULL,
  `kota` varchar(50) DEFAULT NULL,
  `status_pasien` enum('LAMA','BARU') DEFAULT 'BARU',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `pemasukan` (
  `pemasukan_id` int(11) NOT NULL,
  `no_kuitansi` varchar(12) DEFAULT NULL,
  `no_registrasi` varchar(10) DEFAULT NULL,
  `tgl_pemasukan` datetime DEFAULT CURRENT_TIMESTAMP,
  `nama_pemasukan` varchar(100) DEFAULT NULL,
  `jenis_pemasukan` enum('Pendaftaran','Layanan','Obat','Lain-Lain','Paket') DEFAULT NULL,
  `harga_pemasukan` decimal(10,2) DEFAULT NULL,
  `qty_pemasukan` decimal(10,2) DEFAULT NULL,
  `total_pemasukan` decimal(10,2) DEFAULT NULL,
  `uang_bayar` decimal(10,2) NOT NULL,
  `uang_kembalian` decimal(10,2) NOT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `pembayaran` (
  `id` int(11) NOT NULL,
  `id_kunjungan` int(11) DEFAULT NULL,
  `waktu` date DEFAULT NULL,
  `biaya` int(11) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `penanggung_pasien` (
  `id_penanggung` int(11) NOT NULL,
  `id_pasien` int(11) DEFAULT NULL,
  `nama_penanggung` varchar(125) DEFAULT NULL,
  `nik_penanggung` varchar(16) DEFAULT NULL,
  `tempat_lahir_penanggung` varchar(50) DEFAULT NULL,
  `tgl_lahir_penanggung` date DEFAULT NULL,
  `hubungan_pasien` varchar(75) DEFAULT NULL,
  `pendidikan_penanggung` varchar(50) DEFAULT NULL,
  `pekerjaan_penanggung` varchar(75) DEFAULT NULL,
  `no_telp_penanggung` varchar(20) DEFAULT NULL,
  `no_hp_penanggung` varchar(20) DEFAULT NULL,
  `jalan` varchar(75) DEFAULT NULL,
  `rtrw` varchar(7) DEFAULT NULL,
  `kelurahan` varchar(50) DEFAULT NULL,
  `kecamatan` varchar(50) DEFAULT NULL,
  `kota` varchar(50) DEFAULT NULL,
  `email` varchar(75) DEFAULT NULL,
  `cara_pembayaran` enum('Pribadi','Kantor','Asuransi') DEFAULT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `piutang` (
  `piutang_id` int(11) NOT NULL,
  `no_registrasi` varchar(10) DEFAULT NULL,
  `tgl_registrasi` datetime DEFAULT NULL,
  `no_rm` varchar(100) DEFAULT NULL,
  `nama_pasien` varchar(100) DEFAULT NULL,
  `total_biaya` decimal(10,2) DEFAULT NULL,
  `total_bayar` decimal(10,2) DEFAULT NULL,
  `sisa_bayar` decimal(10,2) DEFAULT NULL,
  `status` int(1) DEFAULT '0',
  `created_by` int(11) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `produsen_obat` (
  `suplier_id` int(11) NOT NULL,
  `nama_sup` varchar(70) DEFAULT NULL,
  `kode_sup` varchar(70) DEFAULT NULL,
  `alamat_sup` text,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `registrasi_pasien` (
  `id_registrasi` int(11) NOT NULL,
  `no_registrasi` int(11) NOT NULL,
  `id_dokter` int(11) DEFAULT NULL,
  `id_pasien` int(11) DEFAULT NULL,
  `tgl_registrasi` date DEFAULT NULL,
  `jam_registrasi` time DEFAULT NULL,
  `no_antrian` int(11) DEFAULT NULL,
  `status_registrasi` char(1) DEFAULT '0',
  `status_antrian` char(1) DEFAULT '0',
  `status_pembayaran` char(1) NOT NULL,
  `play_sound` char(1) DEFAULT '0',
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `rekam_medik` (
  `id_rekam_medik` int(11) NOT NULL,
  `id_pasien` int(11) NOT NULL,
  `id_dokter` int(11) NOT NULL,
  `tgl_rekam_medik` date NOT NULL,
  `keluhan` text NOT NULL,
  `anamnesa` text NOT NULL,
  `diagnosa` text NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) NOT NULL,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rm_resep` (
  `id_resep` int(11) NOT NULL,
  `id_obat` int(10) NOT NULL,
  `id_registrasi` int(11) NOT NULL,
  `no_registrasi` int(11) NOT NULL,
  `satuan_id` int(11) NOT NULL,
  `qty_resep` int(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `role` (
  `role_id` int(11) NOT NULL,
  `role_name` varchar(100) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `satuan` (
  `satuan_id` int(11) NOT NULL,
  `satuan_nama` varchar(50) DEFAULT NULL,
  `created_by` int(11) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `supplier` (
  `supplier_id` int(11) NOT NULL,
  `nama_supplier` varchar(150) DEFAULT NULL,
  `kode_supplier` varchar(100) DEFAULT NULL,
  `alamat_supplier` text,
  `no_telpon_supplier` varchar(20) DEFAULT NULL,
  `contact_person` varchar(50) DEFAULT NULL,
  `no_telp_cp` varchar(20) DEFAULT NULL,
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `transaksi_kasir` (
  `id_transaksi` int(11) NOT NULL,
  `no_kuitansi` varchar(18) NOT NULL,
  `id_barang` int(11) NOT NULL,
  `id_satuan` int(11) NOT NULL,
  `harga_barang` decimal(10,2) NOT NULL,
  `qty_barang` int(3) NOT NULL,
  `total_harga` decimal(10,2) NOT NULL,
  `created_by` int(11) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `users` (
  `user_id` int(11) UNSIGNED NOT NULL,
  `is_admin` tinyint(1) DEFAULT '0',
  `role_id` int(11) DEFAULT '0',
  `name` varchar(128) NOT NULL,
  `username` varchar(100) DEFAULT NULL,
  `password` varchar(128) DEFAULT NULL,
  `user_photo` longtext,
  `status` enum('Aktif','Tidak Aktif') DEFAULT 'Aktif',
  `created_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_by` int(11) DEFAULT NULL,
  `updated_date` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_by` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

ALTER TABLE `admins`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `bed`
  ADD PRIMARY KEY (`id_bed`);

ALTER TABLE `detail_pembiayaan`
  ADD PRIMARY KEY (`id_pembiayaan`);

ALTER TABLE `dokter`
  ADD PRIMARY KEY (`id_dokter`);

ALTER TABLE `d_jual`
  ADD PRIMARY KEY (`idjual`),
  ADD KEY `kode_barang` (`kode_barang`),
  ADD KEY `kodejual` (`kodejual`);

ALTER TABLE `hak_akses`
  ADD PRIMARY KEY (`id_hak_akses`);

ALTER TABLE `harga_obat`
  ADD PRIMARY KEY (`harga_obat_id`);

ALTER TABLE `h_jual`
  ADD PRIMARY KEY (`kodejual`),
  ADD KEY `username` (`username`);

ALTER TABLE `kategori`
  ADD PRIMARY KEY (`id_kategori`);

ALTER TABLE `layanan`
  ADD PRIMARY KEY (`id_layanan`);

ALTER TABLE `menu`
  ADD PRIMARY KEY (`id_menu`);

ALTER TABLE `merk`
  ADD PRIMARY KEY (`merk_id`);

ALTER TABLE `obat`
  ADD PRIMARY KEY (`id_obat`);

ALTER TABLE `owner`
  ADD PRIMARY KEY (`owner_id`);

ALTER TABLE `pasien`
  ADD PRIMARY KEY (`id_pasien`);

ALTER TABLE `pemasukan`
  ADD PRIMARY KEY (`pemasukan_id`);

ALTER TABLE `pembayaran`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `penanggung_pasien`
  ADD PRIMARY KEY (`id_penanggung`);

ALTER TABLE `piutang`
  ADD PRIMARY KEY (`piutang_id`);

ALTER TABLE `produsen_obat`
  ADD PRIMARY KEY (`suplier_id`);

ALTER TABLE `registrasi_pasien`
  ADD PRIMARY KEY (`id_registrasi`);

ALTER TABLE `rekam_medik`
  ADD PRIMARY KEY (`id_rekam_medik`);

ALTER TABLE `rm_resep`
  ADD PRIMARY KEY (`id_resep`);

ALTER TABLE `role`
  ADD PRIMARY KEY (`role_id`);

ALTER TABLE `satuan`
  ADD PRIMARY KEY (`satuan_id`);

ALTER TABLE `supplier`
  ADD PRIMARY KEY (`supplier_id`);

ALTER TABLE `transaksi_kasir`
  ADD PRIMARY KEY (`id_transaksi`);

ALTER TABLE `users`
  ADD PRIMARY KEY (`user_id`);

