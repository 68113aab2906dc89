-- origin: toekangpeci/gymApps gymapps.sql at 6729cb5155218ae7e2b7729157c837298fff33cb (phpMyAdmin dump of database `gymapps`, a gym membership desktop application: members, instructors, classes and their timetable, memberships, check-ins, class attendance, merchandise sales, staff users; schema part: the 15 CREATE TABLE and their key statements; data rows, AUTO_INCREMENT lines and SET lines left out)

CREATE TABLE `instruktur_gym` (
  `id_instruktur` varchar(25) NOT NULL,
  `nama_instruktur` varchar(100) NOT NULL,
  `usia` int(100) NOT NULL,
  `gender` varchar(100) NOT NULL,
  `alamat` varchar(1000) NOT NULL,
  `no_telp` varchar(15) NOT NULL,
  `email` varchar(100) NOT NULL,
  `tanggal_join` date NOT NULL,
  `aktif` varchar(25) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instruktur_harga` (
  `id` int(11) NOT NULL,
  `harga` bigint(20) NOT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `jadwal_kelas` (
  `id` varchar(25) NOT NULL,
  `id_kelas` varchar(25) NOT NULL,
  `tanggal` date NOT NULL,
  `mulai` time NOT NULL,
  `selesai` time NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `kelas_gym` (
  `id_kelas` varchar(25) NOT NULL,
  `nama_kelas` varchar(100) NOT NULL,
  `id_instruktur` varchar(25) NOT NULL,
  `harga_sesi` bigint(20) NOT NULL,
  `keterangan` varchar(250) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs_absensi_kelas` (
  `id_jadwal` varchar(25) NOT NULL,
  `id_member` varchar(25) NOT NULL,
  `time` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `logs_checkin` (
  `id_user` varchar(25) NOT NULL,
  `trainer` varchar(10) NOT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `logs_kelas` (
  `id_member` varchar(25) NOT NULL,
  `id_kelas` varchar(25) NOT NULL,
  `id_membership` varchar(25) NOT NULL,
  `jumlah` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `logs_membership` (
  `id` varchar(25) NOT NULL,
  `id_member` varchar(25) NOT NULL,
  `id_tipe_membership` varchar(25) NOT NULL,
  `mulai` date NOT NULL,
  `akhir` date NOT NULL,
  `id_trainer` varchar(25) NOT NULL,
  `sesi` int(11) NOT NULL,
  `biaya_membership` bigint(20) NOT NULL,
  `biaya_trainer` bigint(20) NOT NULL,
  `biaya_kelas` bigint(20) NOT NULL,
  `total` bigint(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `logs_sesi_trainer` (
  `id_member` varchar(25) NOT NULL,
  `sesi` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `logs_transaksi` (
  `id_transaksi` varchar(25) NOT NULL,
  `id_member` varchar(25) NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `total` bigint(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `logs_transaksi_detail` (
  `id_transaksi` varchar(25) NOT NULL,
  `id_barang` varchar(25) NOT NULL,
  `kuantitas` int(11) NOT NULL,
  `total` bigint(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `member_gym` (
  `id_member` varchar(225) NOT NULL,
  `nama` varchar(100) NOT NULL,
  `usia` int(100) NOT NULL,
  `gender` varchar(100) NOT NULL,
  `alamat` varchar(1000) NOT NULL,
  `no_telp` varchar(15) NOT NULL,
  `email` varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `produk` (
  `id_produk` varchar(200) NOT NULL,
  `nama_produk` varchar(100) NOT NULL,
  `jenis_produk` varchar(100) NOT NULL,
  `harga_produk` bigint(100) NOT NULL,
  `stok` int(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tipe_membership` (
  `id_tipe_membership` varchar(25) NOT NULL,
  `nama_membership` varchar(100) NOT NULL,
  `harga_membership` bigint(20) NOT NULL,
  `durasi` int(11) NOT NULL,
  `keterangan` varchar(250) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id_user` varchar(100) NOT NULL,
  `nama_user` varchar(1000) NOT NULL,
  `password_user` varchar(100) CHARACTER SET latin1 NOT NULL,
  `alamat` varchar(250) NOT NULL,
  `no_telp` varchar(100) NOT NULL,
  `email` varchar(100) NOT NULL,
  `tipe_user` varchar(25) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `instruktur_gym`
  ADD PRIMARY KEY (`id_instruktur`);

ALTER TABLE `instruktur_harga`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `jadwal_kelas`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `kelas_gym`
  ADD PRIMARY KEY (`id_kelas`);

ALTER TABLE `logs_membership`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `logs_transaksi`
  ADD PRIMARY KEY (`id_transaksi`);

ALTER TABLE `member_gym`
  ADD PRIMARY KEY (`id_member`);

ALTER TABLE `produk`
  ADD PRIMARY KEY (`id_produk`);

ALTER TABLE `tipe_membership`
  ADD PRIMARY KEY (`id_tipe_membership`);

ALTER TABLE `user`
  ADD PRIMARY KEY (`id_user`);
