CREATE TABLE `admin` (
  `id_admin` int(11) NOT NULL,
  `admin_nama` varchar(50) DEFAULT NULL,
  `admin_username` varchar(100) DEFAULT NULL,
  `admin_password` varchar(32) DEFAULT NULL,
  `admin_view_password` varchar(32) DEFAULT NULL,
  `admin_level` char(2) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `daerah_kirim` (
  `id_daerah_kirim` int(11) NOT NULL,
  `id_kota` int(11) NOT NULL,
  `kota_kirim` varchar(60) NOT NULL,
  `id_kec` int(11) NOT NULL,
  `kec_kirim` varchar(60) NOT NULL,
  `id_kel` int(11) NOT NULL,
  `kel_kirim` varchar(60) NOT NULL,
  `kurir` varchar(60) NOT NULL,
  `ongkir` varchar(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_bank` (
  `id_data` int(11) NOT NULL,
  `jenis_bank` varchar(255) NOT NULL,
  `atas_nama_bank` varchar(255) NOT NULL,
  `no_rekening` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `data_refund` (
  `id_refund` int(11) NOT NULL,
  `id_detail_order` int(11) NOT NULL,
  `no_rekening` varchar(50) NOT NULL,
  `ATM` varchar(50) NOT NULL,
  `nama_penerima` varchar(50) NOT NULL,
  `status_kirim` tinyint(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_order` (
  `id_detail_order` int(11) NOT NULL,
  `id_order` varchar(20) DEFAULT NULL,
  `id_penjual` varchar(50) DEFAULT NULL,
  `id_ongkir_pembeli` int(11) DEFAULT NULL,
  `id_produk` varchar(15) DEFAULT NULL,
  `id_jadwal` int(11) DEFAULT NULL,
  `jumlah_produk` int(11) DEFAULT NULL,
  `berat_produk` double DEFAULT NULL,
  `harga` double DEFAULT NULL,
  `harga_pajak` double DEFAULT NULL,
  `subtotal` double DEFAULT NULL,
  `subtotal_pajak` double DEFAULT NULL,
  `no_resi` varchar(50) DEFAULT NULL,
  `pembayaran` double DEFAULT NULL,
  `tagihan` double DEFAULT NULL,
  `status_kirim` int(1) DEFAULT NULL,
  `status_detail_komplain` int(11) NOT NULL DEFAULT 0,
  `status_bayar` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `detail_pengiriman` (
  `id_detail_pengiriman` int(11) NOT NULL,
  `id_detail_order` int(11) NOT NULL,
  `tanggal_konfirmasi` date NOT NULL,
  `tanggal_kirim` date DEFAULT NULL,
  `status_kadaluarsa` int(1) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jadwal` (
  `id_jadwal` int(11) NOT NULL,
  `tgl_berangkat` varchar(100) NOT NULL,
  `tgl_pulang` varchar(100) NOT NULL,
  `id_produk` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jam_kirim` (
  `id_jam` int(11) NOT NULL,
  `jam_kirim` time NOT NULL,
  `keterangan` varchar(225) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kategori_produk` (
  `id_kategori_produk` int(11) NOT NULL,
  `nama_kategori_produk` varchar(100) NOT NULL,
  `aktif_kategori_produk` int(11) NOT NULL,
  `id_menu` int(11) NOT NULL,
  `title_kategori_produk` varchar(50) NOT NULL,
  `meta_description_kategori_produk` varchar(100) NOT NULL,
  `meta_keywords_kategori_produk` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kecamatan` (
  `id_kecamatan` int(11) NOT NULL,
  `id_kota_fk` int(11) NOT NULL,
  `nama_kecamatan` varchar(60) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kelurahan` (
  `id_kelurahan` int(11) NOT NULL,
  `id_kecamatan_fk` int(11) NOT NULL,
  `id_kota_fk` int(11) NOT NULL,
  `nama_kelurahan` varchar(60) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `keranjang_belanja` (
  `id` int(11) NOT NULL,
  `id_keranjang_belanja` varchar(60) NOT NULL,
  `id_produk` int(11) NOT NULL,
  `harga_produk` double NOT NULL,
  `jumlah_produk` int(11) NOT NULL,
  `subtotal_belanja` double NOT NULL,
  `id_jadwal` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `klaim_detail_order` (
  `id_detail_order` int(11) NOT NULL,
  `id_order` varchar(20) NOT NULL,
  `id_penjual` varchar(50) NOT NULL,
  `id_produk` varchar(15) NOT NULL,
  `jumlah_produk` int(11) NOT NULL,
  `berat_produk` double NOT NULL,
  `harga` double NOT NULL,
  `harga_pajak` double NOT NULL,
  `subtotal` double NOT NULL,
  `subtotal_pajak` double NOT NULL,
  `no_resi` varchar(50) NOT NULL,
  `pembayaran` double NOT NULL,
  `tagihan` double NOT NULL,
  `status_kirim` int(1) NOT NULL,
  `keterangan` text NOT NULL,
  `id_ongkir_pembeli` varchar(255) NOT NULL,
  `status_detail_komplain` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `komplain_barang` (
  `id_komplain` int(11) NOT NULL,
  `id_detail_order` varchar(50) NOT NULL,
  `id_penjual` varchar(50) DEFAULT NULL,
  `pesan_komplain` text NOT NULL,
  `bukti_komplain` varchar(50) NOT NULL,
  `jumlah_produk_komplain` int(11) NOT NULL,
  `jenis_komplain` varchar(255) NOT NULL,
  `status_komplain` varchar(50) NOT NULL DEFAULT 'Belum Ditangani',
  `tgl_komplain` date NOT NULL,
  `status_dana_kembali` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `konfirmasi_bayar` (
  `id_konfirmasi` int(11) NOT NULL,
  `tgl_konfirmasi` date NOT NULL,
  `id_order` varchar(255) NOT NULL,
  `jumlah_bayar` int(11) NOT NULL,
  `bank_bayar` varchar(20) NOT NULL,
  `rekening_bayar` varchar(30) NOT NULL,
  `nama_bayar` varchar(30) NOT NULL,
  `foto` varchar(225) CHARACTER SET utf8mb4 NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `konfirmasi_penerimaan` (
  `id_penerimaan` int(11) NOT NULL,
  `id_order` int(11) NOT NULL,
  `id_penjual` varchar(50) NOT NULL,
  `tanggal_penerimaan` date NOT NULL,
  `foto_bukti` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `konfirmasi_pengembalian_produk` (
  `id_konfirmasi_pengembalian_produk` int(11) NOT NULL,
  `id_komplain_barang` int(11) NOT NULL,
  `id_detail_order` int(11) NOT NULL,
  `id_order` varchar(255) NOT NULL,
  `no_resi_pengembalian` varchar(255) DEFAULT NULL,
  `no_rek` varchar(255) NOT NULL,
  `nama_rek` varchar(255) NOT NULL,
  `jenis_bank` varchar(255) NOT NULL,
  `status_sampai` int(11) NOT NULL DEFAULT 0,
  `no_resi_ganti` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `konten` (
  `id_konten` int(11) NOT NULL,
  `tentang` text NOT NULL,
  `aturan` text NOT NULL,
  `alamat` text NOT NULL,
  `no_telp` varchar(20) NOT NULL,
  `Email` varchar(20) NOT NULL,
  `panduan` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kota` (
  `id_kota` int(11) NOT NULL,
  `nama_kota` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logo` (
  `id_logo` int(11) NOT NULL,
  `logo` varchar(256) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_aktivitas` (
  `id_log` int(11) NOT NULL,
  `id_user` varchar(255) NOT NULL,
  `aktivitas` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `mainmenu` (
  `seq` int(11) NOT NULL,
  `idmenu` int(11) NOT NULL,
  `nama_menu` varchar(50) NOT NULL,
  `active_menu` varchar(50) NOT NULL,
  `icon_class` varchar(50) NOT NULL,
  `link_menu` varchar(50) NOT NULL,
  `menu_akses` varchar(12) NOT NULL,
  `entry_date` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `entry_user` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `menu` (
  `id_menu` int(11) NOT NULL,
  `nama_menu` varchar(50) NOT NULL,
  `foto_menu` varchar(100) NOT NULL,
  `title_menu` varchar(50) NOT NULL,
  `meta_description_menu` varchar(100) NOT NULL,
  `meta_keywords_menu` varchar(100) NOT NULL,
  `aktif_menu` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `ongkir_pembeli` (
  `id_ongkir` int(11) NOT NULL,
  `ongkir` varchar(50) NOT NULL,
  `id_order` varchar(50) NOT NULL,
  `id_penjual` varchar(50) NOT NULL,
  `tagihan_admin` int(11) NOT NULL DEFAULT 0,
  `pembayaran` int(11) NOT NULL DEFAULT 0,
  `jasa_pengiriman` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `order` (
  `id_order` varchar(11) NOT NULL,
  `tgl_order` datetime NOT NULL,
  `total_order` int(11) NOT NULL,
  `jumlah_order` int(11) NOT NULL,
  `id_jadwal` int(11) DEFAULT NULL,
  `status_order` varchar(30) NOT NULL DEFAULT '1' COMMENT 'transaksi belum bayar,menunggu konfirmasi, sudah bayar',
  `nama_order` varchar(30) NOT NULL,
  `alamat_order` text NOT NULL,
  `tlp_order` varchar(20) NOT NULL,
  `kota_order` varchar(50) NOT NULL,
  `kelurahan` varchar(50) NOT NULL,
  `kecamatan` varchar(50) NOT NULL,
  `jam_kirim` varchar(50) NOT NULL,
  `ongkir` varchar(50) DEFAULT NULL,
  `status_bayar` int(11) DEFAULT 0,
  `kurir` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pemasukan` (
  `id_pemasukan` int(11) NOT NULL,
  `id_detail_order` int(11) NOT NULL,
  `jumlah_pemasukan` int(11) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `produk` (
  `id_produk` int(11) NOT NULL,
  `id_user` varchar(50) NOT NULL DEFAULT 'Admin',
  `kode_produk` varchar(20) NOT NULL,
  `nama_produk` varchar(255) NOT NULL,
  `id_menu` int(11) NOT NULL DEFAULT 1,
  `kategori_produk` int(11) NOT NULL,
  `harga` int(255) NOT NULL,
  `berat` int(11) NOT NULL,
  `stok_produk` varchar(20) DEFAULT NULL,
  `ket` text DEFAULT NULL,
  `deskripsi` text NOT NULL,
  `foto_produk1` varchar(50) DEFAULT NULL,
  `foto_produk2` varchar(50) NOT NULL,
  `foto_produk3` varchar(50) NOT NULL,
  `jumlah_stok` int(11) NOT NULL,
  `jumlah_terjual` int(11) DEFAULT NULL,
  `provinsi` int(11) NOT NULL DEFAULT 11,
  `kota` int(11) NOT NULL DEFAULT 255,
  `validasi` tinyint(1) NOT NULL DEFAULT 0,
  `pajak` double NOT NULL DEFAULT 5
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `slider` (
  `id_slider` int(11) NOT NULL,
  `gambar` varchar(256) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_order` (
  `id_status` int(11) NOT NULL,
  `desk_status` varchar(255) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `submenu` (
  `id_sub` int(11) NOT NULL,
  `nama_sub` varchar(50) NOT NULL,
  `mainmenu_idmenu` int(11) NOT NULL,
  `active_sub` varchar(20) NOT NULL,
  `icon_class` varchar(100) NOT NULL,
  `link_sub` varchar(50) NOT NULL,
  `sub_akses` varchar(12) NOT NULL,
  `entry_date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `entry_user` varchar(20) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tab_akses_mainmenu` (
  `id` int(11) NOT NULL,
  `id_menu` int(11) NOT NULL,
  `id_level` int(11) NOT NULL,
  `c` int(11) DEFAULT 0,
  `r` int(11) DEFAULT 0,
  `u` int(11) DEFAULT 0,
  `d` int(11) DEFAULT 0,
  `entry_date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `entry_user` varchar(50) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tab_akses_submenu` (
  `id` int(11) NOT NULL,
  `id_sub_menu` int(11) NOT NULL,
  `id_level` int(11) NOT NULL,
  `c` int(11) DEFAULT 0,
  `r` int(11) DEFAULT 0,
  `u` int(11) DEFAULT 0,
  `d` int(11) DEFAULT 0,
  `entry_date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `entry_user` varchar(30) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tb_about` (
  `id_about` int(11) NOT NULL,
  `about_logo` varchar(30) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `about_deskripsi` text CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `id_admin` int(11) DEFAULT NULL,
  `about_title_meta` varchar(200) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `about_deskripsi_meta` varchar(200) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `about_keyword_meta` varchar(200) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tb_event` (
  `id_event` varchar(20) NOT NULL,
  `value` int(255) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tb_foto` (
  `id_gallery` int(11) NOT NULL,
  `gallery_nama` varchar(30) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `gallery_gambar` varchar(30) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `id_admin` int(11) DEFAULT NULL,
  `id_album` int(11) DEFAULT NULL,
  `gallery_title_meta` varchar(200) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `gallery_deskripsi_meta` varchar(200) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL,
  `gallery_keyword_meta` varchar(200) CHARACTER SET latin1 COLLATE latin1_general_ci DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tb_kontak` (
  `id_kontak` int(11) NOT NULL,
  `kontak_lat` varchar(100) DEFAULT NULL,
  `kontak_long` varchar(100) DEFAULT NULL,
  `kontak_deskripsi` text DEFAULT NULL,
  `kontak_judul` varchar(30) DEFAULT NULL,
  `kontak_title_meta` varchar(200) DEFAULT NULL,
  `kontak_deskripsi_meta` text DEFAULT NULL,
  `kontak_keyword_meta` varchar(200) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `tema` (
  `id_tema` int(11) NOT NULL,
  `tema` varchar(50) NOT NULL,
  `nama_tema` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `t_detail_pengiriman` (
  `id_detail_pengiriman` int(11) NOT NULL,
  `id_detail_order` int(11) NOT NULL,
  `tanggal_konfirmasi` date NOT NULL,
  `tanggal_kirim` date DEFAULT NULL,
  `status_kadaluarsa` int(1) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `user` (
  `id_user` varchar(20) NOT NULL,
  `nama` varchar(50) NOT NULL,
  `email` varchar(30) NOT NULL,
  `level` varchar(30) NOT NULL,
  `status` varchar(1) NOT NULL,
  `foto` text DEFAULT NULL,
  `password` varchar(100) NOT NULL,
  `provinsi` varchar(50) NOT NULL,
  `kota` varchar(50) NOT NULL,
  `id_ongkir` int(11) NOT NULL,
  `aktif_user` tinyint(1) NOT NULL,
  `nama_rek_user` varchar(255) NOT NULL,
  `no_rek_user` varchar(255) NOT NULL,
  `bank_rek_user` varchar(255) NOT NULL,
  `view_password` varchar(100) DEFAULT NULL,
  `admin_level` int(11) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

ALTER TABLE `admin`
  ADD PRIMARY KEY (`id_admin`);

ALTER TABLE `daerah_kirim`
  ADD PRIMARY KEY (`id_daerah_kirim`);

ALTER TABLE `data_bank`
  ADD PRIMARY KEY (`id_data`);

ALTER TABLE `data_refund`
  ADD PRIMARY KEY (`id_refund`);

ALTER TABLE `detail_order`
  ADD PRIMARY KEY (`id_detail_order`);

ALTER TABLE `detail_pengiriman`
  ADD PRIMARY KEY (`id_detail_pengiriman`);

ALTER TABLE `jadwal`
  ADD PRIMARY KEY (`id_jadwal`);

ALTER TABLE `jam_kirim`
  ADD PRIMARY KEY (`id_jam`);

ALTER TABLE `kategori_produk`
  ADD PRIMARY KEY (`id_kategori_produk`);

ALTER TABLE `kecamatan`
  ADD PRIMARY KEY (`id_kecamatan`),
  ADD KEY `id_kota_fk` (`id_kota_fk`);

ALTER TABLE `kelurahan`
  ADD PRIMARY KEY (`id_kelurahan`),
  ADD KEY `id_kecamatan_fk` (`id_kecamatan_fk`),
  ADD KEY `id_kota_fk` (`id_kota_fk`);

ALTER TABLE `keranjang_belanja`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `klaim_detail_order`
  ADD PRIMARY KEY (`id_detail_order`);

ALTER TABLE `komplain_barang`
  ADD PRIMARY KEY (`id_komplain`);

ALTER TABLE `konfirmasi_bayar`
  ADD PRIMARY KEY (`id_konfirmasi`);

ALTER TABLE `konfirmasi_penerimaan`
  ADD PRIMARY KEY (`id_penerimaan`);

ALTER TABLE `konfirmasi_pengembalian_produk`
  ADD PRIMARY KEY (`id_konfirmasi_pengembalian_produk`);

ALTER TABLE `konten`
  ADD PRIMARY KEY (`id_konten`);

ALTER TABLE `kota`
  ADD PRIMARY KEY (`id_kota`),
  ADD UNIQUE KEY `nama_kota` (`nama_kota`);

ALTER TABLE `logo`
  ADD PRIMARY KEY (`id_logo`);

ALTER TABLE `log_aktivitas`
  ADD PRIMARY KEY (`id_log`);

ALTER TABLE `mainmenu`
  ADD PRIMARY KEY (`seq`);

ALTER TABLE `menu`
  ADD PRIMARY KEY (`id_menu`);

ALTER TABLE `ongkir_pembeli`
  ADD PRIMARY KEY (`id_ongkir`);

ALTER TABLE `order`
  ADD PRIMARY KEY (`id_order`);

ALTER TABLE `pemasukan`
  ADD PRIMARY KEY (`id_pemasukan`);

ALTER TABLE `produk`
  ADD PRIMARY KEY (`id_produk`);

ALTER TABLE `slider`
  ADD PRIMARY KEY (`id_slider`);

ALTER TABLE `status_order`
  ADD PRIMARY KEY (`id_status`);

ALTER TABLE `submenu`
  ADD PRIMARY KEY (`id_sub`);

ALTER TABLE `tab_akses_mainmenu`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `tab_akses_submenu`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `tb_about`
  ADD PRIMARY KEY (`id_about`);

ALTER TABLE `tb_event`
  ADD PRIMARY KEY (`id_event`);

ALTER TABLE `tb_foto`
  ADD PRIMARY KEY (`id_gallery`);

ALTER TABLE `tb_kontak`
  ADD PRIMARY KEY (`id_kontak`);

ALTER TABLE `tema`
  ADD PRIMARY KEY (`id_tema`);

ALTER TABLE `t_detail_pengiriman`
  ADD PRIMARY KEY (`id_detail_pengiriman`);

ALTER TABLE `user`
  ADD PRIMARY KEY (`id_user`);

ALTER TABLE `admin`
  MODIFY `id_admin` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `daerah_kirim`
  MODIFY `id_daerah_kirim` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=38;

ALTER TABLE `data_bank`
  MODIFY `id_data` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

ALTER TABLE `data_refund`
  MODIFY `id_refund` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `detail_order`
  MODIFY `id_detail_order` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=88;

ALTER TABLE `detail_pengiriman`
  MODIFY `id_detail_pengiriman` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=18;

ALTER TABLE `jadwal`
  MODIFY `id_jadwal` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=17;

ALTER TABLE `jam_kirim`
  MODIFY `id_jam` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=13;

ALTER TABLE `kategori_produk`
  MODIFY `id_kategori_produk` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=16;

ALTER TABLE `kecamatan`
  MODIFY `id_kecamatan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

ALTER TABLE `kelurahan`
  MODIFY `id_kelurahan` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=8;

ALTER TABLE `keranjang_belanja`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=151;

ALTER TABLE `klaim_detail_order`
  MODIFY `id_detail_order` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `komplain_barang`
  MODIFY `id_komplain` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=7;

ALTER TABLE `konfirmasi_bayar`
  MODIFY `id_konfirmasi` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=35;

ALTER TABLE `konfirmasi_penerimaan`
  MODIFY `id_penerimaan` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `konfirmasi_pengembalian_produk`
  MODIFY `id_konfirmasi_pengembalian_produk` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;

ALTER TABLE `kota`
  MODIFY `id_kota` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=11;

ALTER TABLE `logo`
  MODIFY `id_logo` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `log_aktivitas`
  MODIFY `id_log` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=39;

ALTER TABLE `mainmenu`
  MODIFY `seq` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=22;

ALTER TABLE `menu`
  MODIFY `id_menu` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=9;

ALTER TABLE `ongkir_pembeli`
  MODIFY `id_ongkir` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=109;

ALTER TABLE `pemasukan`
  MODIFY `id_pemasukan` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `produk`
  MODIFY `id_produk` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2106210002;

ALTER TABLE `slider`
  MODIFY `id_slider` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=31;

ALTER TABLE `status_order`
  MODIFY `id_status` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `submenu`
  MODIFY `id_sub` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `tab_akses_mainmenu`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=26;

ALTER TABLE `tab_akses_submenu`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `tb_about`
  MODIFY `id_about` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `tb_foto`
  MODIFY `id_gallery` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=4;

ALTER TABLE `tb_kontak`
  MODIFY `id_kontak` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `tema`
  MODIFY `id_tema` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

ALTER TABLE `t_detail_pengiriman`
  MODIFY `id_detail_pengiriman` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

ALTER TABLE `kecamatan`
  ADD CONSTRAINT `kecamatan_ibfk_1` FOREIGN KEY (`id_kota_fk`) REFERENCES `kota` (`id_kota`) ON DELETE CASCADE;

ALTER TABLE `kelurahan`
  ADD CONSTRAINT `kelurahan_ibfk_1` FOREIGN KEY (`id_kecamatan_fk`) REFERENCES `kecamatan` (`id_kecamatan`) ON DELETE CASCADE ON UPDATE CASCADE;

