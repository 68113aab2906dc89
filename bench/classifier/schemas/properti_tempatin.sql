-- origin: FarisLucky/sidepi-project database.sql (phpMyAdmin dump, database `tempatin`: a housing developer's sales and project administration (properties, units, buyers (konsumen), unit sales contracts (PPJB), instalment payments, bank mortgage partners, buyer follow-ups, income/expense books, letters); schema part: CREATE TABLE and key statements; data rows, AUTO_INCREMENT lines, the 4 stored procedures, the 15 views and the stand-in tables phpMyAdmin writes for those views (tbl_*) left out)

CREATE TABLE `blok` (
  `id_blok` smallint(4) NOT NULL,
  `nama_blok` varchar(15) NOT NULL,
  `id_properti` smallint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_perusahaan` (
  `id_perusahaan` int(11) NOT NULL,
  `siup` varchar(50) NOT NULL,
  `tanda_daftar_perusahaan` varchar(50) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `email` varchar(50) NOT NULL,
  `telepon` varchar(15) NOT NULL,
  `logo_perusahaan` varchar(255) NOT NULL,
  `file_profile` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_rab` (
  `id_detail` mediumint(9) NOT NULL,
  `nama_detail` varchar(255) NOT NULL,
  `id_rab` smallint(6) NOT NULL,
  `volume` float NOT NULL,
  `satuan` varchar(25) NOT NULL,
  `harga_satuan` int(11) NOT NULL,
  `total_harga` int(11) NOT NULL,
  `id_kelompok` smallint(5) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_transaksi` (
  `id_detail` int(11) NOT NULL,
  `penambahan` varchar(150) NOT NULL,
  `volume` int(11) NOT NULL,
  `satuan` varchar(25) NOT NULL,
  `total_harga` int(11) NOT NULL,
  `id_transaksi` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `follow_up` (
  `id_follow` int(11) NOT NULL,
  `id_konsumen` mediumint(9) NOT NULL,
  `tgl_follow` date NOT NULL,
  `media` varchar(50) NOT NULL,
  `keterangan` text NOT NULL,
  `hasil_follow` enum('d','bd') NOT NULL,
  `id_user` tinyint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jenis_pembayaran` (
  `id_jenis` tinyint(2) NOT NULL,
  `jenis_pembayaran` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kategori_kelompok` (
  `id_kategori` tinyint(2) NOT NULL,
  `nama_kategori` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kelompok_item` (
  `id_kelompok` smallint(5) NOT NULL,
  `nama_kelompok` varchar(50) NOT NULL,
  `id_user` tinyint(4) NOT NULL,
  `id_kategori` tinyint(3) NOT NULL,
  `status` enum('aktif','tidak aktif') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kerja_sama_bank` (
  `id_bank` tinyint(3) NOT NULL,
  `no_perusahaan` varchar(25) NOT NULL,
  `nama_bank` varchar(100) NOT NULL,
  `alamat_bank` text NOT NULL,
  `telp_bank` varchar(25) NOT NULL,
  `email_bank` varchar(50) NOT NULL,
  `foto_bank` varchar(255) NOT NULL,
  `nama_direktur` varchar(100) NOT NULL,
  `no_telp_direktur` int(25) NOT NULL,
  `email_direktur` int(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `konsumen` (
  `id_konsumen` mediumint(9) NOT NULL,
  `id_type` tinyint(2) NOT NULL,
  `id_card` varchar(20) NOT NULL,
  `nama_lengkap` varchar(50) NOT NULL,
  `alamat` text NOT NULL,
  `telp` varchar(15) NOT NULL,
  `email` varchar(25) NOT NULL,
  `foto_ktp` varchar(255) DEFAULT NULL,
  `npwp` varchar(30) DEFAULT NULL,
  `pekerjaan` varchar(50) DEFAULT NULL,
  `alamat_kantor` text,
  `telp_kantor` varchar(35) DEFAULT NULL,
  `status_konsumen` enum('calon konsumen','konsumen') NOT NULL,
  `id_user` tinyint(4) NOT NULL,
  `tgl_buat` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pemasukan` (
  `id_pemasukan` mediumint(9) NOT NULL,
  `nama_pemasukan` varchar(100) NOT NULL,
  `volume` int(11) NOT NULL,
  `satuan` varchar(15) NOT NULL,
  `harga_satuan` int(11) NOT NULL,
  `total_harga` int(11) NOT NULL,
  `created_at` date NOT NULL,
  `bukti_kwitansi` varchar(255) DEFAULT NULL,
  `id_user` tinyint(4) NOT NULL,
  `id_properti` smallint(6) NOT NULL,
  `id_kelompok` smallint(5) NOT NULL,
  `status_manager` enum('pending','selesai') NOT NULL,
  `update_by` tinyint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pembayaran_transaksi` (
  `id_pembayaran` int(11) NOT NULL,
  `id_transaksi` int(11) NOT NULL,
  `nama_pembayaran` varchar(255) NOT NULL,
  `total_tagihan` int(11) NOT NULL,
  `tgl_jatuh_tempo` date NOT NULL,
  `tgl_bayar` date DEFAULT NULL,
  `jumlah_bayar` int(11) DEFAULT NULL,
  `total_bayar` int(11) DEFAULT NULL,
  `hutang` int(11) NOT NULL,
  `bukti_bayar` varchar(255) DEFAULT NULL,
  `status` enum('belum bayar','sementara','pending','selesai') NOT NULL,
  `id_user` tinyint(4) NOT NULL,
  `id_jenis` tinyint(2) NOT NULL,
  `id_type_bayar` tinyint(2) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pengeluaran` (
  `id_pengeluaran` mediumint(9) NOT NULL,
  `nama_pengeluaran` varchar(255) NOT NULL,
  `volume` int(11) NOT NULL,
  `satuan` varchar(50) NOT NULL,
  `harga_satuan` int(11) NOT NULL,
  `total_harga` int(11) NOT NULL,
  `bukti_kwitansi` varchar(255) DEFAULT NULL,
  `id_user` tinyint(4) NOT NULL,
  `id_properti` smallint(6) NOT NULL,
  `id_kelompok` smallint(5) NOT NULL,
  `created_at` date NOT NULL,
  `status_manager` enum('pending','selesai') NOT NULL,
  `update_by` tinyint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `persyaratan_kategori` (
  `id_kategori` tinyint(3) NOT NULL,
  `nama_kategori` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `persyaratan_kelompok_sasaran` (
  `id_persyaratan` int(11) NOT NULL,
  `id_sasaran` tinyint(3) NOT NULL,
  `id_konsumen` mediumint(9) NOT NULL,
  `id_user` tinyint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `persyaratan_sasaran` (
  `id_sasaran` tinyint(3) NOT NULL,
  `nama_persyaratan` text NOT NULL,
  `poin_penting` enum('tp','s','p','ps') NOT NULL,
  `keterangan` text NOT NULL,
  `id_kategori_persyaratan` tinyint(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `persyaratan_unit` (
  `id` smallint(6) NOT NULL,
  `id_unit` mediumint(9) DEFAULT NULL,
  `id_sasaran` tinyint(3) DEFAULT NULL,
  `id_user` tinyint(3) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `properti` (
  `id_properti` smallint(6) NOT NULL,
  `nama_properti` varchar(150) NOT NULL,
  `alamat` text NOT NULL,
  `luas_tanah` varchar(50) NOT NULL,
  `jumlah_unit` int(11) NOT NULL,
  `rekening` varchar(50) NOT NULL,
  `logo_properti` varchar(255) DEFAULT NULL,
  `foto_properti` varchar(255) DEFAULT NULL,
  `tgl_buat` date NOT NULL,
  `status` enum('publish','non-publish') DEFAULT NULL,
  `setting_spr` text,
  `id_user` tinyint(4) NOT NULL,
  `id_rab` smallint(6) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rab_properti` (
  `id_rab` smallint(6) NOT NULL,
  `nama_rab` varchar(50) NOT NULL,
  `type` enum('properti','unit') NOT NULL,
  `tgl_buat` date NOT NULL,
  `tanah_effective` varchar(50) NOT NULL,
  `sarana` varchar(50) NOT NULL,
  `total_anggaran` int(11) NOT NULL,
  `id_user` tinyint(4) NOT NULL,
  `id_properti` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rekening_properti` (
  `id_rekening` tinyint(2) NOT NULL,
  `no_rekening` varchar(15) NOT NULL,
  `bank` varchar(50) NOT NULL,
  `pemilik` varchar(100) NOT NULL,
  `deskripsi` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `surat_akta_rumah` (
  `id_akta` tinyint(2) NOT NULL,
  `nama_akta` varchar(25) NOT NULL,
  `isi_akta` text NOT NULL,
  `tgl_buat` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `surat_berita_acara` (
  `id_berita_acara` smallint(6) NOT NULL,
  `id_transaksi` int(11) NOT NULL,
  `id_surat` tinyint(4) NOT NULL,
  `tgl_buat` date NOT NULL,
  `id_user` tinyint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `surat_konsumen` (
  `id_surat_konsumen` int(11) NOT NULL,
  `id_surat` tinyint(3) NOT NULL,
  `isi_surat` int(11) NOT NULL,
  `id_konsumen` mediumint(9) NOT NULL,
  `tambahan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `surat_perumahan` (
  `id_surat_perumahan` tinyint(2) NOT NULL,
  `id_surat` tinyint(3) NOT NULL,
  `id_user` tinyint(4) NOT NULL,
  `tgl_buat` date NOT NULL,
  `id_properti` smallint(6) NOT NULL,
  `tambahan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `surat_surat` (
  `id_surat` tinyint(3) NOT NULL,
  `nama_surat` varchar(100) NOT NULL,
  `sifat` varchar(25) NOT NULL,
  `hal` varchar(255) NOT NULL,
  `isi_surat` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `transaksi_unit` (
  `id_transaksi` int(11) NOT NULL,
  `no_ppjb` varchar(25) NOT NULL,
  `id_konsumen` mediumint(9) NOT NULL,
  `id_unit` mediumint(9) NOT NULL,
  `tgl_transaksi` date NOT NULL,
  `total_kesepakatan` int(11) NOT NULL,
  `total_transaksi` int(11) NOT NULL,
  `tanda_jadi` int(11) NOT NULL,
  `uang_muka` int(11) NOT NULL,
  `periode_uang_muka` int(4) NOT NULL,
  `id_type_bayar` tinyint(2) NOT NULL,
  `bayar_periode` tinyint(2) NOT NULL,
  `pembayaran` int(11) NOT NULL,
  `kunci` enum('default','lock','unlock') NOT NULL,
  `id_user` tinyint(4) NOT NULL,
  `status_transaksi` enum('sementara','progress','selesai') NOT NULL,
  `status_tj` enum('belum lunas','lunas') NOT NULL,
  `status_um` enum('belum lunas','lunas') NOT NULL,
  `status_cicilan` enum('belum lunas','lunas') NOT NULL,
  `tempo_tanda_jadi` date NOT NULL,
  `tempo_uang_muka` date NOT NULL,
  `tempo_bayar` date NOT NULL,
  `total_tambahan` int(11) NOT NULL,
  `total_akhir` int(11) NOT NULL,
  `update_at` date NOT NULL,
  `sp3k` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `type_bayar` (
  `id_type_bayar` tinyint(2) NOT NULL,
  `type_bayar` varchar(25) NOT NULL,
  `id_jenis` tinyint(2) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `type_id_card` (
  `id_type` tinyint(2) NOT NULL,
  `nama_type` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `unit_properti` (
  `id_unit` mediumint(9) NOT NULL,
  `nama_unit` varchar(15) NOT NULL,
  `id_properti` smallint(6) NOT NULL,
  `type` varchar(15) NOT NULL,
  `luas_tanah` varchar(15) NOT NULL,
  `luas_bangunan` varchar(15) NOT NULL,
  `harga_unit` int(11) NOT NULL,
  `foto_unit` varchar(255) NOT NULL,
  `alamat_unit` text NOT NULL,
  `tgl_insert` date NOT NULL,
  `status_unit` enum('sudah terjual','booking','belum terjual') NOT NULL,
  `id_user` tinyint(4) NOT NULL,
  `deskripsi` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user` (
  `id_user` tinyint(4) NOT NULL,
  `nama_lengkap` varchar(100) NOT NULL,
  `jenis_kelamin` enum('laki-laki','perempuan') NOT NULL,
  `alamat` text NOT NULL,
  `email` varchar(100) NOT NULL,
  `no_hp` varchar(15) NOT NULL,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `id_akses` tinyint(3) NOT NULL,
  `foto_user` varchar(255) DEFAULT NULL,
  `tanggal_buat` date NOT NULL,
  `status_user` enum('aktif','nonaktif') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_activity` (
  `id_activity` int(11) NOT NULL,
  `activity_name` varchar(100) NOT NULL,
  `tgl_buat` datetime NOT NULL,
  `id_user` tinyint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_assign_properti` (
  `id_assign` mediumint(9) NOT NULL,
  `id_properti` smallint(6) NOT NULL,
  `id_user` tinyint(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_controller` (
  `id` smallint(6) NOT NULL,
  `id_akses` smallint(6) DEFAULT NULL,
  `controller` char(25) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_menu` (
  `id_menu` tinyint(2) NOT NULL,
  `menu` varchar(50) NOT NULL,
  `url` varchar(25) NOT NULL,
  `icon` varchar(100) NOT NULL,
  `javascript` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_role` (
  `id_akses` tinyint(3) NOT NULL,
  `akses` varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_role_menu` (
  `id_menu_role` tinyint(3) NOT NULL,
  `id_menu` tinyint(2) NOT NULL,
  `id_akses` tinyint(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user_sub_menu` (
  `id_sub` tinyint(3) NOT NULL,
  `nama_sub` varchar(50) NOT NULL,
  `sub_url` varchar(50) NOT NULL,
  `javascript` varchar(50) NOT NULL,
  `id_menu` tinyint(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `blok`
  ADD PRIMARY KEY (`id_blok`),
  ADD KEY `id_properti` (`id_properti`);

ALTER TABLE `data_perusahaan`
  ADD PRIMARY KEY (`id_perusahaan`);

ALTER TABLE `detail_rab`
  ADD PRIMARY KEY (`id_detail`),
  ADD KEY `id_rab` (`id_rab`),
  ADD KEY `id_kelompok` (`id_kelompok`);

ALTER TABLE `detail_transaksi`
  ADD PRIMARY KEY (`id_detail`),
  ADD KEY `kd_transaksi` (`id_transaksi`);

ALTER TABLE `follow_up`
  ADD PRIMARY KEY (`id_follow`),
  ADD KEY `id_user` (`id_user`),
  ADD KEY `id_konsumen` (`id_konsumen`);

ALTER TABLE `jenis_pembayaran`
  ADD PRIMARY KEY (`id_jenis`);

ALTER TABLE `kategori_kelompok`
  ADD PRIMARY KEY (`id_kategori`);

ALTER TABLE `kelompok_item`
  ADD PRIMARY KEY (`id_kelompok`),
  ADD KEY `id_user` (`id_user`),
  ADD KEY `id_kategori` (`id_kategori`);

ALTER TABLE `kerja_sama_bank`
  ADD PRIMARY KEY (`id_bank`);

ALTER TABLE `konsumen`
  ADD PRIMARY KEY (`id_konsumen`),
  ADD UNIQUE KEY `telp` (`telp`),
  ADD UNIQUE KEY `email` (`email`),
  ADD UNIQUE KEY `telp_kantor` (`telp_kantor`),
  ADD KEY `type_id_card` (`id_type`),
  ADD KEY `id_user` (`id_user`);

ALTER TABLE `pemasukan`
  ADD PRIMARY KEY (`id_pemasukan`),
  ADD KEY `id_properti` (`id_properti`),
  ADD KEY `id_kelompok` (`id_kelompok`);

ALTER TABLE `pembayaran_transaksi`
  ADD PRIMARY KEY (`id_pembayaran`),
  ADD KEY `id_jenis` (`id_jenis`);

ALTER TABLE `pengeluaran`
  ADD PRIMARY KEY (`id_pengeluaran`),
  ADD KEY `id_properti` (`id_properti`),
  ADD KEY `id_kelompok` (`id_kelompok`);

ALTER TABLE `persyaratan_kategori`
  ADD PRIMARY KEY (`id_kategori`);

ALTER TABLE `persyaratan_kelompok_sasaran`
  ADD PRIMARY KEY (`id_persyaratan`);

ALTER TABLE `persyaratan_sasaran`
  ADD PRIMARY KEY (`id_sasaran`),
  ADD KEY `id_kategori_persyaratan` (`id_kategori_persyaratan`);

ALTER TABLE `persyaratan_unit`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `properti`
  ADD PRIMARY KEY (`id_properti`),
  ADD KEY `id_rekening` (`rekening`),
  ADD KEY `id_user` (`id_user`),
  ADD KEY `id_rab` (`id_rab`);

ALTER TABLE `rab_properti`
  ADD PRIMARY KEY (`id_rab`),
  ADD KEY `id_user` (`id_user`);

ALTER TABLE `rekening_properti`
  ADD PRIMARY KEY (`id_rekening`);

ALTER TABLE `surat_akta_rumah`
  ADD PRIMARY KEY (`id_akta`);

ALTER TABLE `surat_berita_acara`
  ADD PRIMARY KEY (`id_berita_acara`);

ALTER TABLE `surat_konsumen`
  ADD PRIMARY KEY (`id_surat_konsumen`);

ALTER TABLE `surat_perumahan`
  ADD PRIMARY KEY (`id_surat_perumahan`),
  ADD KEY `id_properti` (`id_properti`),
  ADD KEY `id_user` (`id_user`);

ALTER TABLE `surat_surat`
  ADD PRIMARY KEY (`id_surat`);

ALTER TABLE `transaksi_unit`
  ADD PRIMARY KEY (`id_transaksi`),
  ADD KEY `id_konsumen` (`id_konsumen`),
  ADD KEY `id_unit` (`id_unit`),
  ADD KEY `id_type_bayar` (`id_type_bayar`);

ALTER TABLE `type_bayar`
  ADD PRIMARY KEY (`id_type_bayar`);

ALTER TABLE `type_id_card`
  ADD PRIMARY KEY (`id_type`);

ALTER TABLE `unit_properti`
  ADD PRIMARY KEY (`id_unit`),
  ADD KEY `user_id` (`id_user`),
  ADD KEY `id_properti` (`id_properti`);

ALTER TABLE `user`
  ADD PRIMARY KEY (`id_user`),
  ADD UNIQUE KEY `Email` (`email`),
  ADD UNIQUE KEY `no_hp` (`no_hp`),
  ADD KEY `akses_id` (`id_akses`);

ALTER TABLE `user_activity`
  ADD PRIMARY KEY (`id_activity`),
  ADD KEY `id_user` (`id_user`);

ALTER TABLE `user_assign_properti`
  ADD PRIMARY KEY (`id_assign`),
  ADD KEY `id_properti` (`id_properti`),
  ADD KEY `id_user` (`id_user`);

ALTER TABLE `user_controller`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `user_menu`
  ADD PRIMARY KEY (`id_menu`);

ALTER TABLE `user_role`
  ADD PRIMARY KEY (`id_akses`);

ALTER TABLE `user_role_menu`
  ADD PRIMARY KEY (`id_menu_role`);

ALTER TABLE `user_sub_menu`
  ADD PRIMARY KEY (`id_sub`);
