CREATE TABLE `cabang` (
  `IDCabang` int(9) NOT NULL,
  `nama_cabang` varchar(50) NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `nama_kota` varchar(100) NOT NULL,
  `latitude` varchar(30) NOT NULL,
  `longitude` varchar(30) NOT NULL,
  `IP` varchar(30) NOT NULL,
  `isSyn` enum('Y','N') NOT NULL DEFAULT 'N',
  `trash` enum('Y','N') NOT NULL DEFAULT 'N',
  `created_on` char(18) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `harga_paket` (
  `IDHarga` int(9) NOT NULL,
  `nama_kota` varchar(100) NOT NULL,
  `kategori` enum('REG','EXP') NOT NULL,
  `harga` varchar(100) NOT NULL,
  `isSyn` enum('Y','N') NOT NULL DEFAULT 'N',
  `created_on` char(12) NOT NULL,
  `trash` enum('Y','N') NOT NULL DEFAULT 'N'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kurir` (
  `IDKurir` int(9) NOT NULL,
  `nama_kurir` varchar(100) NOT NULL,
  `telepon` varchar(30) NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `jenis` enum('MTR','BSR') NOT NULL,
  `password` varchar(255) NOT NULL,
  `created_on` char(18) NOT NULL,
  `isSyn` enum('Y','N') NOT NULL DEFAULT 'N',
  `trash` enum('Y','N') NOT NULL DEFAULT 'N',
  `key_login` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `list_pengiriman` (
  `IDPengiriman` int(9) NOT NULL,
  `IDKurir` int(9) NOT NULL,
  `IDPaket` int(9) NOT NULL,
  `kategori_paket` enum('REG','EXP') NOT NULL,
  `prioritas` int(10) NOT NULL,
  `waktu_mulai` char(18) NOT NULL,
  `waktu_selesai` char(18) NOT NULL,
  `status_pengiriman` enum('SUKSES','GAGAL','PENDING') NOT NULL,
  `keterangan` varchar(255) NOT NULL,
  `IDCabang` int(9) NOT NULL,
  `isSyn` enum('Y','N') NOT NULL DEFAULT 'N',
  `created_on` char(18) NOT NULL,
  `trash` enum('Y','N') NOT NULL DEFAULT 'N'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `log_tracking` (
  `IDLog` int(9) NOT NULL,
  `IDPaket` int(9) NOT NULL,
  `detail` varchar(255) NOT NULL,
  `created_on` char(12) NOT NULL,
  `trash` enum('Y','N') NOT NULL DEFAULT 'N',
  `isSyn` enum('Y','N') NOT NULL DEFAULT 'N'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `paket_barang` (
  `IDPaket` int(9) NOT NULL,
  `IDCabang` int(9) NOT NULL,
  `nama_paket` varchar(100) NOT NULL,
  `no_resi` varchar(255) NOT NULL,
  `nama_pengirim` varchar(50) NOT NULL,
  `alamat_pengirim` varchar(255) NOT NULL,
  `telepon_pengirim` varchar(30) NOT NULL,
  `nama_penerima` varchar(50) NOT NULL,
  `alamat_penerima` varchar(255) NOT NULL,
  `lat` varchar(50) NOT NULL DEFAULT '-6.75',
  `lng` varchar(50) NOT NULL DEFAULT '106.75',
  `telepon_penerima` varchar(30) NOT NULL,
  `berat` varchar(10) NOT NULL,
  `kategori_paket` enum('REG','EXP') NOT NULL,
  `jenis_paket` enum('BRG','DKM') NOT NULL,
  `tarif` varchar(50) NOT NULL,
  `created_on` char(18) NOT NULL,
  `isSyn` enum('Y','N') NOT NULL DEFAULT 'N',
  `trash` enum('Y','N') NOT NULL DEFAULT 'N'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `penempatan_detail` (
  `IDPenempatan` int(9) NOT NULL,
  `IDKurir` int(9) NOT NULL,
  `IDCabang` int(9) NOT NULL,
  `deskripsi_lokasi` varchar(255) NOT NULL,
  `latitude` varchar(30) NOT NULL,
  `longitude` varchar(30) NOT NULL,
  `isSyn` enum('Y','N') NOT NULL DEFAULT 'N',
  `created_on` char(18) NOT NULL,
  `trash` enum('Y','N') NOT NULL DEFAULT 'N'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `penerimaan_paket` (
  `IDPenerimaan` int(9) NOT NULL,
  `IDPaket` int(9) NOT NULL,
  `IDCabang` int(9) NOT NULL,
  `waktu_masuk` char(18) NOT NULL,
  `waktu_keluar` char(18) NOT NULL,
  `jenis_paket` enum('BRG','DKM') NOT NULL,
  `isSend` enum('Y','N') NOT NULL,
  `created_on` char(18) NOT NULL,
  `isSyn` enum('Y','N') NOT NULL DEFAULT 'N',
  `trash` enum('Y','N') NOT NULL DEFAULT 'N'
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

ALTER TABLE `cabang`
  ADD PRIMARY KEY (`IDCabang`);

ALTER TABLE `harga_paket`
  ADD PRIMARY KEY (`IDHarga`);

ALTER TABLE `kurir`
  ADD PRIMARY KEY (`IDKurir`);

ALTER TABLE `list_pengiriman`
  ADD PRIMARY KEY (`IDPengiriman`);

ALTER TABLE `log_tracking`
  ADD PRIMARY KEY (`IDLog`);

ALTER TABLE `paket_barang`
  ADD PRIMARY KEY (`IDPaket`);

ALTER TABLE `penempatan_detail`
  ADD PRIMARY KEY (`IDPenempatan`);

ALTER TABLE `penerimaan_paket`
  ADD PRIMARY KEY (`IDPenerimaan`);
