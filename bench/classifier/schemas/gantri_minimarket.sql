-- origin: adityadees/E-Commerce-Minimarket gantri.sql (phpMyAdmin dump, database `gantri`; schema part, data rows and AUTO_INCREMENT lines left out)

CREATE TABLE `kategori` (
  `kategori_id` int(11) NOT NULL,
  `kategori_nama` varchar(50) NOT NULL,
  `kategori_ket` text NOT NULL,
  `kategori_gambar` varchar(50) NOT NULL DEFAULT 'defaultkat.png'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `keranjang` (
  `keranjang_id` int(11) NOT NULL,
  `produk_kode` varchar(15) NOT NULL,
  `user_id` int(11) NOT NULL,
  `keranjang_qty` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `list` (
  `list_id` int(11) NOT NULL,
  `sk_id` int(11) NOT NULL,
  `list_nama` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pembayaran` (
  `pembayaran_kode` int(11) NOT NULL,
  `pemesanan_kode` varchar(15) NOT NULL,
  `pembayaran_nama` varchar(50) DEFAULT NULL,
  `pembayaran_pesan` text,
  `pembayaran_status` enum('pending','selesai','belumbayar') DEFAULT 'pending',
  `pembayaran_method` enum('ditempat','transfer') NOT NULL,
  `pembayaran_tanggal` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `pembayaran_bukti` varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pemesanan` (
  `pemesanan_kode` varchar(15) NOT NULL,
  `user_id` int(11) NOT NULL,
  `pemesanan_subtotal` int(11) NOT NULL,
  `pemesanan_ongkir` int(11) NOT NULL,
  `pemesanan_total` int(11) NOT NULL,
  `pemesanan_status` enum('waiting','selesai') NOT NULL DEFAULT 'waiting',
  `pemesanan_tanggal` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pemesanan_detailp` (
  `pdp_id` int(11) NOT NULL,
  `pemesanan_kode` varchar(15) NOT NULL,
  `produk_kode` varchar(15) NOT NULL,
  `pdp_qty` int(11) NOT NULL,
  `pdp_bonus` int(11) NOT NULL,
  `pdp_harga` int(11) NOT NULL,
  `pdp_diskon` int(11) NOT NULL,
  `pdp_subtotal` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `pemesanan_ship` (
  `ps_id` int(11) NOT NULL,
  `pemesanan_kode` varchar(15) NOT NULL,
  `ps_nama` varchar(50) NOT NULL,
  `ps_email` varchar(50) NOT NULL,
  `ps_tel` varchar(50) NOT NULL,
  `ps_alamat` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `produk` (
  `produk_kode` varchar(15) NOT NULL,
  `list_id` int(11) NOT NULL,
  `produk_nama` varchar(150) NOT NULL,
  `produk_harga` int(11) NOT NULL,
  `produk_ket` text NOT NULL,
  `produk_up` enum('yes','no') NOT NULL DEFAULT 'no',
  `produk_gambar` varchar(150) NOT NULL DEFAULT 'images/default.php'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `promo` (
  `promo_id` int(11) NOT NULL,
  `produk_kode` varchar(15) NOT NULL,
  `promo_diskon` int(11) NOT NULL,
  `promo_start` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `promo_end` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `rekening` (
  `rekening_id` int(11) NOT NULL,
  `rekening_bank` varchar(25) NOT NULL,
  `rekening_nama` varchar(50) NOT NULL,
  `rekening_nomor` varchar(25) NOT NULL,
  `rekening_gambar` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `slider` (
  `slider_id` int(11) NOT NULL,
  `slider_judul` varchar(50) NOT NULL,
  `slider_ket` text NOT NULL,
  `slider_gambar` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `sub_kategori` (
  `sk_id` int(11) NOT NULL,
  `kategori_id` int(11) NOT NULL,
  `sk_nama` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `user` (
  `user_id` int(11) NOT NULL,
  `user_username` varchar(25) NOT NULL,
  `user_password` varchar(50) NOT NULL,
  `user_nama` varchar(50) NOT NULL,
  `user_email` varchar(50) NOT NULL,
  `user_tel` char(12) NOT NULL,
  `user_alamat` text NOT NULL,
  `user_jk` enum('L','P') NOT NULL,
  `user_role` enum('customer','admin','pemilik') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `kategori`
  ADD PRIMARY KEY (`kategori_id`);
ALTER TABLE `keranjang`
  ADD PRIMARY KEY (`keranjang_id`),
  ADD KEY `produk_kode` (`produk_kode`);
ALTER TABLE `list`
  ADD PRIMARY KEY (`list_id`),
  ADD KEY `sk_id` (`sk_id`);
ALTER TABLE `pembayaran`
  ADD PRIMARY KEY (`pembayaran_kode`),
  ADD KEY `pemesanan_kode` (`pemesanan_kode`);
ALTER TABLE `pemesanan`
  ADD PRIMARY KEY (`pemesanan_kode`),
  ADD KEY `user_id` (`user_id`);
ALTER TABLE `pemesanan_detailp`
  ADD PRIMARY KEY (`pdp_id`),
  ADD KEY `pemesanan_kode` (`pemesanan_kode`),
  ADD KEY `produk_kode` (`produk_kode`);
ALTER TABLE `pemesanan_ship`
  ADD PRIMARY KEY (`ps_id`),
  ADD KEY `pemesanan_kode` (`pemesanan_kode`);
ALTER TABLE `produk`
  ADD PRIMARY KEY (`produk_kode`),
  ADD KEY `list_id` (`list_id`);
ALTER TABLE `promo`
  ADD PRIMARY KEY (`promo_id`),
  ADD KEY `produk_kode` (`produk_kode`);
ALTER TABLE `rekening`
  ADD PRIMARY KEY (`rekening_id`);
ALTER TABLE `slider`
  ADD PRIMARY KEY (`slider_id`);
ALTER TABLE `sub_kategori`
  ADD PRIMARY KEY (`sk_id`),
  ADD KEY `kategori_id` (`kategori_id`);
ALTER TABLE `user`
  ADD PRIMARY KEY (`user_id`);

ALTER TABLE `keranjang`
  ADD CONSTRAINT `keranjang_ibfk_1` FOREIGN KEY (`produk_kode`) REFERENCES `produk` (`produk_kode`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `list`
  ADD CONSTRAINT `list_ibfk_1` FOREIGN KEY (`sk_id`) REFERENCES `sub_kategori` (`sk_id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `pembayaran`
  ADD CONSTRAINT `pembayaran_ibfk_1` FOREIGN KEY (`pemesanan_kode`) REFERENCES `pemesanan` (`pemesanan_kode`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `pemesanan`
  ADD CONSTRAINT `pemesanan_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`user_id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `pemesanan_detailp`
  ADD CONSTRAINT `pemesanan_detailp_ibfk_1` FOREIGN KEY (`pemesanan_kode`) REFERENCES `pemesanan` (`pemesanan_kode`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `pemesanan_detailp_ibfk_2` FOREIGN KEY (`produk_kode`) REFERENCES `produk` (`produk_kode`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `pemesanan_ship`
  ADD CONSTRAINT `pemesanan_ship_ibfk_1` FOREIGN KEY (`pemesanan_kode`) REFERENCES `pemesanan` (`pemesanan_kode`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `produk`
  ADD CONSTRAINT `produk_ibfk_1` FOREIGN KEY (`list_id`) REFERENCES `list` (`list_id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `promo`
  ADD CONSTRAINT `promo_ibfk_1` FOREIGN KEY (`produk_kode`) REFERENCES `produk` (`produk_kode`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `sub_kategori`
  ADD CONSTRAINT `sub_kategori_ibfk_1` FOREIGN KEY (`kategori_id`) REFERENCES `kategori` (`kategori_id`) ON DELETE CASCADE ON UPDATE CASCADE;
