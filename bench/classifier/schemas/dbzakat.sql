-- origin: Haris2303/Pzakat app/config/dbzakat.sql at 80f9d200352d582c1264fc5a677bd32836a775b1 (phpMyAdmin dump of database `dbzakat`, zakat/infaq/donation management for mosques; schema part: the 19 tables with their keys; the 33 phpMyAdmin stand-in tables and CREATE VIEW statements of the views, INSERT rows, AUTO_INCREMENT MODIFY and SET lines left out)

CREATE TABLE `tb_admin` (
  `id_admin` int NOT NULL,
  `id_user` int NOT NULL,
  `nama` varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_amil` (
  `id_amil` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `id_user` int NOT NULL,
  `id_mesjid` int DEFAULT NULL,
  `nama` varchar(50) NOT NULL,
  `email` varchar(100) NOT NULL,
  `nohp` varchar(13) NOT NULL,
  `alamat` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_banner` (
  `id_banner` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `username` varchar(50) NOT NULL,
  `gambar` varchar(100) NOT NULL,
  `link` varchar(255) NOT NULL,
  `datetime` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_donasibarang` (
  `id_donasibarang` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `slug_program` varchar(255) NOT NULL,
  `nama_donatur` varchar(100) NOT NULL,
  `email` varchar(100) DEFAULT NULL,
  `nohp` varchar(13) NOT NULL,
  `pesan` text,
  `jenis_barang` varchar(50) NOT NULL,
  `berat_barang` int NOT NULL,
  `bukti_barang` varchar(100) NOT NULL,
  `datetime` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_donatur` (
  `id_donatur` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `id_user` int DEFAULT NULL,
  `id_bank` int DEFAULT NULL,
  `slug_program` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `kode` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `nama_donatur` varchar(50) NOT NULL,
  `email` varchar(100) NOT NULL,
  `nohp` varchar(13) NOT NULL,
  `donasi` int NOT NULL,
  `pesan` text NOT NULL,
  `datetime` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_kategoriprogram` (
  `id_kategoriprogram` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `nama_kategoriprogram` varchar(20) NOT NULL,
  `status` enum('aktif','pasif') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_laporan` (
  `id_laporan` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `link` varchar(255) NOT NULL,
  `keterangan` text NOT NULL,
  `tahun` year NOT NULL,
  `created_at` timestamp NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_latarbelakang` (
  `id_latarbelakang` int NOT NULL,
  `username` varchar(50) NOT NULL,
  `content` text NOT NULL,
  `datetime` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_mesjid` (
  `id_mesjid` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `nama_mesjid` varchar(50) NOT NULL,
  `alamat_mesjid` varchar(255) NOT NULL,
  `RT` varchar(3) NOT NULL,
  `RW` varchar(3) NOT NULL,
  `provinsi` varchar(100) NOT NULL,
  `kabupaten` varchar(100) NOT NULL,
  `kecamatan` varchar(100) NOT NULL,
  `kelurahan` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_muzakki` (
  `id_muzakki` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `id_user` int NOT NULL,
  `nama` varchar(50) NOT NULL,
  `email` varchar(100) NOT NULL,
  `nohp` varchar(13) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_norek` (
  `id_norek` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `nama_pemilik` varchar(50) NOT NULL,
  `nama_bank` varchar(50) NOT NULL,
  `norek` varchar(20) NOT NULL,
  `jenis_program` varchar(50) NOT NULL,
  `saldo_donasi` bigint NOT NULL,
  `gambar` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_pemasukkan` (
  `id_pemasukkan` int NOT NULL,
  `id_pembayaran` int NOT NULL,
  `id_norek` int NOT NULL,
  `pemasukkan_harian` int NOT NULL,
  `pemasukkan_mingguan` int NOT NULL,
  `pemasukkan_bulanan` int NOT NULL,
  `datetime` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_pembayaran` (
  `id_pembayaran` int NOT NULL,
  `id_donatur` int NOT NULL,
  `id_user` int DEFAULT NULL,
  `username_amil` varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `nomor_pembayaran` varchar(100) NOT NULL,
  `jenis_pembayaran` varchar(100) NOT NULL,
  `jumlah_pembayaran` int NOT NULL,
  `bukti_pembayaran` varchar(100) NOT NULL,
  `tanggal_pembayaran` datetime NOT NULL,
  `status_pembayaran` enum('failed','pending','konfirmasi','success') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_pengeluaran` (
  `id_pengeluaran` int NOT NULL,
  `id_program` int NOT NULL,
  `id_bank` int DEFAULT NULL,
  `username_amil` varchar(50) NOT NULL,
  `nama_penerima` varchar(50) NOT NULL,
  `alamat` varchar(255) NOT NULL,
  `nohp` varchar(13) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `jenis_pengeluaran` varchar(20) NOT NULL,
  `nominal` int NOT NULL,
  `keterangan` text NOT NULL,
  `tanggal` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_program` (
  `id_program` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `nama_program` varchar(100) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `jenis_program` varchar(20) NOT NULL,
  `jenis_pembayaran` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `deskripsi_program` text NOT NULL,
  `nominal_bayar` int DEFAULT NULL,
  `total_dana` int NOT NULL,
  `jumlah_donatur` int NOT NULL,
  `gambar` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL,
  `content` text CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci,
  `datetime` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_user` (
  `id_user` int NOT NULL,
  `username` varchar(50) NOT NULL,
  `password` varchar(100) NOT NULL,
  `token` varchar(60) NOT NULL,
  `waktu_login` datetime NOT NULL,
  `level` enum('1','2','3') NOT NULL,
  `status_aktivasi` enum('0','1') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_video` (
  `link` varchar(255) NOT NULL,
  `datetime` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_views` (
  `id_views` int NOT NULL,
  `UUID` varchar(60) NOT NULL,
  `nama_penulis` varchar(50) NOT NULL,
  `jenis_views` varchar(25) NOT NULL,
  `judul` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `gambar` varchar(100) NOT NULL,
  `content` text NOT NULL,
  `datetime` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE `tb_visimisi` (
  `id_visimisi` int NOT NULL,
  `username` varchar(50) NOT NULL,
  `content` text NOT NULL,
  `datetime` datetime NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

ALTER TABLE `tb_admin`
  ADD PRIMARY KEY (`id_admin`),
  ADD KEY `INDEX` (`id_user`);

ALTER TABLE `tb_amil`
  ADD PRIMARY KEY (`id_amil`),
  ADD UNIQUE KEY `UNIQUE` (`email`,`nohp`),
  ADD UNIQUE KEY `UUID` (`UUID`),
  ADD KEY `INDEX` (`id_user`,`id_mesjid`),
  ADD KEY `id_mesjid` (`id_mesjid`);

ALTER TABLE `tb_banner`
  ADD PRIMARY KEY (`id_banner`);

ALTER TABLE `tb_donasibarang`
  ADD PRIMARY KEY (`id_donasibarang`);

ALTER TABLE `tb_donatur`
  ADD PRIMARY KEY (`id_donatur`);

ALTER TABLE `tb_kategoriprogram`
  ADD PRIMARY KEY (`id_kategoriprogram`),
  ADD UNIQUE KEY `UNIQUE` (`nama_kategoriprogram`);

ALTER TABLE `tb_laporan`
  ADD PRIMARY KEY (`id_laporan`),
  ADD UNIQUE KEY `UNIQUE` (`link`,`tahun`);

ALTER TABLE `tb_latarbelakang`
  ADD PRIMARY KEY (`id_latarbelakang`),
  ADD KEY `INDEX` (`username`);

ALTER TABLE `tb_mesjid`
  ADD PRIMARY KEY (`id_mesjid`),
  ADD UNIQUE KEY `UNIQUE` (`UUID`);

ALTER TABLE `tb_muzakki`
  ADD PRIMARY KEY (`id_muzakki`),
  ADD UNIQUE KEY `UNIQUE` (`email`),
  ADD KEY `INDEX` (`id_user`);

ALTER TABLE `tb_norek`
  ADD PRIMARY KEY (`id_norek`),
  ADD UNIQUE KEY `UNIQUE` (`norek`);

ALTER TABLE `tb_pemasukkan`
  ADD PRIMARY KEY (`id_pemasukkan`),
  ADD KEY `INDEX` (`id_pembayaran`,`id_norek`);

ALTER TABLE `tb_pembayaran`
  ADD PRIMARY KEY (`id_pembayaran`),
  ADD UNIQUE KEY `UNIQUE` (`nomor_pembayaran`),
  ADD KEY `INDEX` (`id_donatur`,`username_amil`);

ALTER TABLE `tb_pengeluaran`
  ADD PRIMARY KEY (`id_pengeluaran`);

ALTER TABLE `tb_program`
  ADD PRIMARY KEY (`id_program`),
  ADD UNIQUE KEY `slug` (`slug`);

ALTER TABLE `tb_user`
  ADD PRIMARY KEY (`id_user`),
  ADD UNIQUE KEY `UNIQUE` (`username`);

ALTER TABLE `tb_video`
  ADD PRIMARY KEY (`link`);

ALTER TABLE `tb_views`
  ADD PRIMARY KEY (`id_views`),
  ADD KEY `INDEX` (`nama_penulis`);

ALTER TABLE `tb_visimisi`
  ADD PRIMARY KEY (`id_visimisi`),
  ADD KEY `INDEX` (`username`);

ALTER TABLE `tb_admin`
  ADD CONSTRAINT `tb_admin_ibfk_1` FOREIGN KEY (`id_user`) REFERENCES `tb_user` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `tb_amil`
  ADD CONSTRAINT `tb_amil_ibfk_1` FOREIGN KEY (`id_user`) REFERENCES `tb_user` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT `tb_amil_ibfk_2` FOREIGN KEY (`id_mesjid`) REFERENCES `tb_mesjid` (`id_mesjid`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `tb_muzakki`
  ADD CONSTRAINT `tb_muzakki_ibfk_1` FOREIGN KEY (`id_user`) REFERENCES `tb_user` (`id_user`) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE `tb_pembayaran`
  ADD CONSTRAINT `tb_pembayaran_ibfk_1` FOREIGN KEY (`id_donatur`) REFERENCES `tb_donatur` (`id_donatur`) ON DELETE CASCADE ON UPDATE CASCADE;
