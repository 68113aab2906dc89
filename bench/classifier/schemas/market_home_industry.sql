CREATE TABLE `admin` (
  `id_admin` int(5) NOT NULL,
  `id_user` int(5) NOT NULL,
  `nm_admin` varchar(50) NOT NULL,
  `jk_admin` char(10) NOT NULL,
  `telp_admin` varchar(15) NOT NULL,
  `email_admin` varchar(25) NOT NULL,
  `alamat_admin` text NOT NULL,
  `foto_admin` text NOT NULL,
  `change_admin` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `alamat_costumer` (
  `id_alamat` int(5) NOT NULL,
  `costumer` int(3) NOT NULL,
  `nama_alamat` varchar(50) NOT NULL,
  `wilayah` int(3) NOT NULL,
  `detail_alamat` text NOT NULL,
  `telp_alamat` varchar(16) NOT NULL,
  `tipe_alamat` varchar(25) NOT NULL,
  `status_alamat` int(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bank` (
  `id_bank` int(3) NOT NULL,
  `nm_bank` varchar(35) NOT NULL,
  `no_rekening` varchar(50) NOT NULL,
  `pemilik` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `costumer` (
  `id_costumer` int(5) NOT NULL,
  `id_user` int(5) NOT NULL,
  `nm_costumer` varchar(50) NOT NULL,
  `jk_costumer` char(10) NOT NULL,
  `telp_costumer` varchar(15) NOT NULL,
  `email_costumer` varchar(25) NOT NULL,
  `foto_costumer` text NOT NULL,
  `change_costumer` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `diskon` (
  `id_diskon` int(4) NOT NULL,
  `kode_diskon` varchar(18) NOT NULL,
  `kode_produk` varchar(18) NOT NULL,
  `jumlah_diskon` int(3) NOT NULL,
  `awal_diskon` date NOT NULL,
  `akhir_diskon` date NOT NULL,
  `status_diskon` int(2) NOT NULL,
  `change_diskon` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gambar_produk` (
  `id_gambar_produk` int(4) NOT NULL,
  `kode_produk` varchar(18) NOT NULL,
  `gambar_produk` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jasa_pelayanan` (
  `id_jasa_pelayanan` int(5) NOT NULL,
  `persen_jasa` int(11) NOT NULL,
  `pajak_jasa` int(11) NOT NULL,
  `status` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kategori_produk` (
  `id_kategori_produk` int(3) NOT NULL,
  `nm_kategori_produk` varchar(35) NOT NULL,
  `gambar_kategori_produk` text NOT NULL,
  `status_kategori_produk` int(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kebijakan` (
  `id_kebijakan` int(3) NOT NULL,
  `konten_kebijakan` text NOT NULL,
  `change_kebijakan` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kecamatan` (
  `id_kecamatan` int(5) NOT NULL,
  `id_kota` int(5) NOT NULL,
  `nm_kecamatan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kelurahan` (
  `id_kelurahan` int(5) NOT NULL,
  `id_kecamatan` int(5) NOT NULL,
  `nm_kelurahan` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keranjang` (
  `id_keranjang` int(5) NOT NULL,
  `costumer` int(3) NOT NULL,
  `reseler` int(5) NOT NULL,
  `kode_produk` varchar(18) NOT NULL,
  `qty` int(5) NOT NULL,
  `nm_produk` text NOT NULL,
  `harga_produk` bigint(15) NOT NULL,
  `variasi_produk` int(5) NOT NULL,
  `change_keranjang` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kota` (
  `id_kota` int(5) NOT NULL,
  `nm_kota` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kurir` (
  `id_kurir` int(5) NOT NULL,
  `id_user` int(5) NOT NULL,
  `reseler` int(5) NOT NULL,
  `nm_kurir` varchar(50) NOT NULL,
  `jk_kurir` char(10) NOT NULL,
  `telp_kurir` varchar(15) NOT NULL,
  `email_kurir` varchar(25) NOT NULL,
  `alamat_kurir` text NOT NULL,
  `foto_kurir` text NOT NULL,
  `status_kurir` int(3) NOT NULL,
  `change_kurir` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ongkir` (
  `id_ongkir` int(5) NOT NULL,
  `wilayah` int(3) NOT NULL,
  `harga_ongkir` bigint(15) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ongkir_jasa` (
  `id_ongkir_jasa` int(3) NOT NULL,
  `jasa_pengiriman` varchar(30) NOT NULL,
  `harga_perkilo` bigint(15) NOT NULL,
  `logo_jasa` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `produk` (
  `id_produk` int(5) NOT NULL,
  `reseler` int(5) NOT NULL,
  `kategori_produk` int(3) NOT NULL,
  `kode_produk` varchar(18) NOT NULL,
  `nm_produk` text NOT NULL,
  `deskripsi_produk` text NOT NULL,
  `harga_produk` bigint(15) NOT NULL,
  `harga_modal` bigint(15) NOT NULL,
  `stok` int(4) NOT NULL,
  `ukuran_jual` varchar(50) NOT NULL,
  `satuan_jual` varchar(15) NOT NULL,
  `berat` int(11) NOT NULL,
  `status_produk` int(2) NOT NULL,
  `change_produk` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `produk_atribut` (
  `id_produk_atribut` int(11) NOT NULL,
  `kode_produk` varchar(18) NOT NULL,
  `judul_taribut` text NOT NULL,
  `isian_atribut` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `produk_variasi` (
  `id_produk_variasi` int(7) NOT NULL,
  `kode_produk` varchar(18) NOT NULL,
  `size` varchar(35) NOT NULL,
  `warna_rasa` varchar(50) NOT NULL,
  `stok_variasi` int(9) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reseler` (
  `id_reseler` int(5) NOT NULL,
  `id_user` int(5) NOT NULL,
  `nik_reseler` bigint(16) NOT NULL,
  `nm_reseler` varchar(50) NOT NULL,
  `telp_reseler` varchar(15) NOT NULL,
  `email_reseler` varchar(50) NOT NULL,
  `jk_reseler` char(10) NOT NULL,
  `alamat_reseler` text NOT NULL,
  `foto_reseler` text NOT NULL,
  `change_reseler` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `set_web` (
  `id_web` int(3) NOT NULL,
  `nama_web` text NOT NULL,
  `title_web` varchar(35) NOT NULL,
  `sidebar_title` char(9) NOT NULL,
  `nm_instansi` text NOT NULL,
  `email_web` varchar(50) NOT NULL,
  `telepon_web` varchar(20) NOT NULL,
  `fax_web` varchar(20) NOT NULL,
  `web_kantor` text NOT NULL,
  `alamat_web` text NOT NULL,
  `tentang_aplikasi` text NOT NULL,
  `gambar_about` text NOT NULL,
  `logo_web` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `slider` (
  `id_slider` int(3) NOT NULL,
  `gbr_slider` text NOT NULL,
  `ket_slider` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `toko` (
  `id_toko` int(5) NOT NULL,
  `reseler` int(5) NOT NULL,
  `nm_toko` varchar(50) NOT NULL,
  `alamat_toko` text NOT NULL,
  `maps_toko` text NOT NULL,
  `email_toko` varchar(25) NOT NULL,
  `telp_toko` varchar(17) NOT NULL,
  `izin_usaha` text NOT NULL,
  `foto_ktp` text NOT NULL,
  `logo_toko` text NOT NULL,
  `status_toko` int(3) NOT NULL,
  `change_toko` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaksi` (
  `id_transaksi` int(5) NOT NULL,
  `costumer` int(5) NOT NULL,
  `alamat_costumer` int(3) NOT NULL,
  `reseler` int(5) NOT NULL,
  `invoice` varchar(18) NOT NULL,
  `kode_barang` varchar(18) NOT NULL,
  `harga_barang` bigint(15) NOT NULL,
  `nm_barang` text NOT NULL,
  `jumlah_beli` int(5) NOT NULL,
  `variasi_produk` int(5) NOT NULL,
  `total_beban` bigint(15) NOT NULL,
  `total_pengiriman` bigint(15) NOT NULL,
  `total_transaksi` bigint(15) NOT NULL,
  `jenis_pembayaran` int(3) NOT NULL,
  `status_transaksi` int(3) NOT NULL,
  `status_pengemasan` int(2) NOT NULL,
  `jasa_pengiriman` int(3) NOT NULL,
  `kurir` int(3) NOT NULL,
  `terima_barang` int(3) NOT NULL,
  `penyerahan_barang` int(3) NOT NULL,
  `bukti_penyerahan` text NOT NULL,
  `bukti_terima` text NOT NULL,
  `change_transaksi` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaksi_pembayaran` (
  `id_pembayaran` int(5) NOT NULL,
  `costumer` int(5) NOT NULL,
  `invoice` varchar(18) NOT NULL,
  `bank_transfer` int(3) NOT NULL,
  `bukti_pembayaran` text NOT NULL,
  `change_pembayaran` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `transaksi_to` (
  `id_transaksi_to` int(5) NOT NULL,
  `costumer` int(5) NOT NULL,
  `invoice` varchar(18) NOT NULL,
  `status_to` int(3) NOT NULL,
  `change_to` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id_user` int(5) NOT NULL,
  `username` varchar(25) NOT NULL,
  `password` text NOT NULL,
  `akses` int(3) NOT NULL,
  `sts_akun` int(5) NOT NULL,
  `change_user` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `admin`
  ADD PRIMARY KEY (`id_admin`);

ALTER TABLE `alamat_costumer`
  ADD PRIMARY KEY (`id_alamat`);

ALTER TABLE `bank`
  ADD PRIMARY KEY (`id_bank`);

ALTER TABLE `costumer`
  ADD PRIMARY KEY (`id_costumer`);

ALTER TABLE `diskon`
  ADD PRIMARY KEY (`id_diskon`);

ALTER TABLE `gambar_produk`
  ADD PRIMARY KEY (`id_gambar_produk`);

ALTER TABLE `jasa_pelayanan`
  ADD PRIMARY KEY (`id_jasa_pelayanan`);

ALTER TABLE `kategori_produk`
  ADD PRIMARY KEY (`id_kategori_produk`);

ALTER TABLE `kebijakan`
  ADD PRIMARY KEY (`id_kebijakan`);

ALTER TABLE `kecamatan`
  ADD PRIMARY KEY (`id_kecamatan`);

ALTER TABLE `kelurahan`
  ADD PRIMARY KEY (`id_kelurahan`);

ALTER TABLE `keranjang`
  ADD PRIMARY KEY (`id_keranjang`);

ALTER TABLE `kota`
  ADD PRIMARY KEY (`id_kota`);

ALTER TABLE `kurir`
  ADD PRIMARY KEY (`id_kurir`);

ALTER TABLE `ongkir`
  ADD PRIMARY KEY (`id_ongkir`);

ALTER TABLE `ongkir_jasa`
  ADD PRIMARY KEY (`id_ongkir_jasa`);

ALTER TABLE `produk`
  ADD PRIMARY KEY (`id_produk`);

ALTER TABLE `produk_atribut`
  ADD PRIMARY KEY (`id_produk_atribut`);

ALTER TABLE `produk_variasi`
  ADD PRIMARY KEY (`id_produk_variasi`);

ALTER TABLE `reseler`
  ADD PRIMARY KEY (`id_reseler`);

ALTER TABLE `set_web`
  ADD PRIMARY KEY (`id_web`);

ALTER TABLE `slider`
  ADD PRIMARY KEY (`id_slider`);

ALTER TABLE `toko`
  ADD PRIMARY KEY (`id_toko`);

ALTER TABLE `transaksi`
  ADD PRIMARY KEY (`id_transaksi`);

ALTER TABLE `transaksi_pembayaran`
  ADD PRIMARY KEY (`id_pembayaran`);

ALTER TABLE `transaksi_to`
  ADD PRIMARY KEY (`id_transaksi_to`);

ALTER TABLE `user`
  ADD PRIMARY KEY (`id_user`);
