-- origin: rafisahendra/koperasi-gapotan-albasikoII koperasi_albasiko.sql at 292b9eb2fad51b39a05ba19e54d681f113eb21ca (phpMyAdmin dump of database `koperasi_albasiko`, savings-and-loan co-operative of a farmers' group (gapoktan); schema part, INSERT rows, AUTO_INCREMENT MODIFY and SET lines left out)

CREATE TABLE `admin` (
  `id_admin` int(11) NOT NULL,
  `nama_lengkap` varchar(50) NOT NULL,
  `nohp` varchar(30) NOT NULL,
  `alamat` varchar(191) NOT NULL,
  `password` varchar(191) NOT NULL,
  `email` varchar(30) NOT NULL,
  `level` varchar(191) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `anggota` (
  `id_anggota` int(11) NOT NULL,
  `nik` varchar(25) NOT NULL,
  `tempat_lahir` varchar(191) NOT NULL,
  `tgl_lahir` date NOT NULL,
  `pekerjaan` varchar(191) NOT NULL,
  `nama_lengkap` varchar(50) NOT NULL,
  `agama` varchar(25) NOT NULL,
  `tgl_registrasi` date NOT NULL,
  `jenis_kelamin` varchar(191) NOT NULL,
  `nohp` varchar(30) NOT NULL,
  `alamat` varchar(191) NOT NULL,
  `email` varchar(30) NOT NULL,
  `level` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `angsuran` (
  `id_angsuran` int(11) NOT NULL,
  `id_peminjaman` varchar(191) NOT NULL,
  `angsuran_ke` int(11) NOT NULL,
  `batas_bayar` date NOT NULL,
  `jumlah_bayar` int(11) NOT NULL,
  `status` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `detail_withdraw` (
  `id_penarikan` int(11) NOT NULL,
  `id_anggota` int(11) NOT NULL,
  `id_kategori` int(11) NOT NULL,
  `Jumlah_penarikan` int(11) NOT NULL,
  `tanggal_penarikan` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kategori` (
  `id_kategori` int(11) NOT NULL,
  `kode_layanan` varchar(25) NOT NULL,
  `nama_kategori` varchar(191) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keuangan_perusahaan` (
  `id_keuangan` int(11) NOT NULL,
  `debit` bigint(11) NOT NULL,
  `kredit` bigint(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `master_transaksi` (
  `id_master_transaksi` int(11) NOT NULL,
  `id_anggota` int(11) NOT NULL,
  `debit_simwajib` int(11) NOT NULL,
  `debit_simpokok` int(11) NOT NULL,
  `kredit_peminjaman` int(11) NOT NULL,
  `bunga_peminjaman` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pembayaran_angsuran` (
  `id_pembayaran` int(11) NOT NULL,
  `id_angsuran` int(11) NOT NULL,
  `tanggal_bayar` date NOT NULL,
  `jumlah_bayar` int(11) NOT NULL,
  `status_pembayaran` varchar(191) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `peminjaman` (
  `id_peminjaman` varchar(191) NOT NULL,
  `id_anggota` int(11) NOT NULL,
  `jumlah_pinjaman` int(11) NOT NULL,
  `lama_pinjaman` int(11) NOT NULL,
  `bunga_pinjaman` int(11) NOT NULL,
  `besar_angsuran` int(11) NOT NULL,
  `biaya_administrasi` int(11) NOT NULL,
  `keterangan` text NOT NULL,
  `tanggal_pinjam` date NOT NULL,
  `status` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `penyimpanan` (
  `id_penyimpanan` int(11) NOT NULL,
  `id_anggota` int(11) NOT NULL,
  `id_kategori` int(11) NOT NULL,
  `jumlah_simpanan` int(11) NOT NULL,
  `tanggal_simpanan` date NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `admin`
  ADD PRIMARY KEY (`id_admin`);

ALTER TABLE `anggota`
  ADD PRIMARY KEY (`id_anggota`);

ALTER TABLE `angsuran`
  ADD PRIMARY KEY (`id_angsuran`);

ALTER TABLE `detail_withdraw`
  ADD PRIMARY KEY (`id_penarikan`);

ALTER TABLE `kategori`
  ADD PRIMARY KEY (`id_kategori`);

ALTER TABLE `keuangan_perusahaan`
  ADD PRIMARY KEY (`id_keuangan`);

ALTER TABLE `master_transaksi`
  ADD PRIMARY KEY (`id_master_transaksi`);

ALTER TABLE `pembayaran_angsuran`
  ADD PRIMARY KEY (`id_pembayaran`);

ALTER TABLE `peminjaman`
  ADD PRIMARY KEY (`id_peminjaman`);

ALTER TABLE `penyimpanan`
  ADD PRIMARY KEY (`id_penyimpanan`);
